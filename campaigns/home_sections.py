"""The home page's "awareness campaigns" section: the campaigns running now."""

from django.utils import timezone
from django.utils.translation import gettext as _

from citizens_site.core.content.pages import visible_pages
from citizens_site.core.content.sections import HomeSection, listing_url

from .models import CampaignIndexPage, CampaignPage

HOME_ITEMS = 3


def active_campaigns(home_page, request):
    today = timezone.localdate()
    items = list(
        visible_pages(CampaignPage.objects.filter(locale_id=home_page.locale_id), request)
        .filter(start_date__lte=today, end_date__gte=today)
        .order_by("end_date")[:HOME_ITEMS]
    )
    if not items:
        return None
    return HomeSection(
        key="current-campaigns",
        heading=_("Awareness campaigns"),
        items=items,
        more_url=listing_url(CampaignIndexPage, home_page, request),
        more_label=_("All campaigns"),
    )
