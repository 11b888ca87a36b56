"""Demo awareness campaigns and rights pages in every language.

The prose is in one file per page in ``demo/`` (``your-rights.toml`` is the rights library,
``your-rights/`` its rights; ``campaigns.toml`` and ``campaigns/`` likewise), loaded by
``load_demo`` with site/core's ``demo_data``. This module says what the files cannot: the
complaint categories and pages they name by code and slug, and the lists that are HTML or
lines in the models. Campaigns link to complaint categories and to demo events and news, so
complaints and publications load first.
"""

from pathlib import Path

from wagtail.models import Page

from citizens_site.core.demo.data import PageType
from complaints.models import Category

from .models import CampaignLink, RightPage

DEPENDS_ON = ["core", "home", "complaints", "publications"]
PAGES = Path(__file__).with_name("demo")


def _categories(codes):
    return list(Category.objects.filter(code__in=codes))


def _right_shared(values, parent):
    categories = _categories(values.pop("category_codes"))
    return {**values, "categories": categories}


def _right_translated(values, code):
    steps = "".join(f"<li>{step}</li>" for step in values["how_to_claim"])
    return {**values, "how_to_claim": f"<ol>{steps}</ol>"}


def _campaign_shared(values, parent):
    """The campaign's categories, then links to its rights (in the file's order) and to the
    other pages it names (by slug), all in the campaign's language."""
    rights = [
        RightPage.objects.get(locale=parent.locale, slug=slug) for slug in values.pop("rights")
    ]
    related = Page.objects.filter(locale=parent.locale, slug__in=values.pop("related")).order_by(
        "slug"
    )
    categories = _categories(values.pop("category_codes"))
    return {
        **values,
        "categories": categories,
        "links": [CampaignLink(page=page) for page in [*rights, *related]],
    }


def _campaign_translated(values, code):
    return {**values, "goals": "\n".join(values["goals"])}


PAGE_TYPES = {
    "campaigns.RightPage": PageType(shared=_right_shared, translated=_right_translated),
    "campaigns.CampaignPage": PageType(shared=_campaign_shared, translated=_campaign_translated),
}
