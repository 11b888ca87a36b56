"""The home page's "latest bulletins" and "upcoming events" sections."""

from django.utils import timezone
from django.utils.translation import gettext as _

from citizens_site.core.content.pages import visible_pages
from citizens_site.core.content.sections import HomeSection, listing_url

from .models import BulletinIndexPage, BulletinPage, EventIndexPage, EventPage

HOME_ITEMS = 3


def latest_bulletins(home_page, request):
    items = list(
        visible_pages(BulletinPage.objects.filter(locale_id=home_page.locale_id), request).order_by(
            "-issue_date", "-issue_number"
        )[:HOME_ITEMS]
    )
    if not items:
        return None
    return HomeSection(
        key="latest-bulletins",
        heading=_("Latest bulletins"),
        items=items,
        more_url=listing_url(BulletinIndexPage, home_page, request),
        more_label=_("All bulletins"),
    )


def upcoming_events(home_page, request):
    items = list(
        visible_pages(EventPage.objects.filter(locale_id=home_page.locale_id), request)
        .filter(end__gte=timezone.now())
        .order_by("start")[:HOME_ITEMS]
    )
    if not items:
        return None
    return HomeSection(
        key="upcoming-events",
        heading=_("Upcoming events"),
        items=items,
        more_url=listing_url(EventIndexPage, home_page, request),
        more_label=_("All events"),
    )
