"""Demo awareness campaigns and rights pages in Arabic, Central Kurdish and English.

Loads after the complaints and publications demo data (``DEPENDS_ON``): campaigns link to
complaint categories and to demo events and news.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page

from citizens_site.core.demo_pages import ensure_child, stream
from complaints.models import Category
from home.models import HomePage

from . import demo_content as content
from .models import (
    CampaignIndexPage,
    CampaignLink,
    CampaignPage,
    RightPage,
    RightsLibraryPage,
)

DEPENDS_ON = ["core", "home", "complaints", "publications"]


def _day(offset):
    return timezone.localdate() + datetime.timedelta(days=offset)


def _steps(steps):
    return "<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>"


def _listing(home, key, model):
    spec = content.INDEXES[key]

    def fields(code):
        return {"title": spec[code]["title"], "introduction": spec[code]["introduction"]}

    return ensure_child(home, model, spec["slug"],
                        {**fields(home.locale.language_code), "show_in_menus": True}, fields)


def _categories(codes):
    return list(Category.objects.filter(code__in=codes))


def ensure_rights(library):
    rights = {}
    for spec in content.RIGHTS:
        def fields(code, spec=spec):
            text = spec[code]
            return {"title": text["title"], "search_description": text["summary"],
                    "legal_basis": text["legal_basis"],
                    "how_to_claim": _steps(text["how_to_claim"]), "body": stream(text["body"])}

        rights[spec["slug"]] = ensure_child(
            library, RightPage, spec["slug"],
            {**fields(library.locale.language_code), "basis_kind": spec["basis_kind"],
             "categories": _categories(spec["category_codes"])},
            fields,
        )
    return rights


def ensure_campaigns(listing, rights):
    for spec in content.CAMPAIGNS:
        def fields(code, spec=spec):
            text = spec[code]
            return {"title": text["title"], "search_description": text["summary"],
                    "audience": text["audience"], "goals": "\n".join(text["goals"]),
                    "body": stream(text["body"])}

        related = Page.objects.filter(
            slug__in=spec["related"], locale=listing.locale
        ).order_by("slug")
        ensure_child(
            listing, CampaignPage, spec["slug"],
            {**fields(listing.locale.language_code),
             "start_date": _day(spec["start_days_from_today"]),
             "end_date": _day(spec["end_days_from_today"]),
             "categories": _categories(spec["category_codes"]),
             "links": [CampaignLink(page=rights[slug]) for slug in spec["rights"]]
             + [CampaignLink(page=page) for page in related]},
            fields,
        )


def load(*, with_users, stdout):
    home = HomePage.objects.get(locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE))
    library = _listing(home, "rights", RightsLibraryPage)
    campaigns = _listing(home, "campaigns", CampaignIndexPage)
    ensure_campaigns(campaigns, ensure_rights(library))
    stdout.write("Awareness campaigns and the rights library in ar, ckb and en.")
