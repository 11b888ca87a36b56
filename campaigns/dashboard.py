"""The admin home's panel for PR editors and publishers: complaint categories rising well
above their usual week, beside the campaigns and rights pages that speak to them, so an
awareness campaign can answer a problem while it grows."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from citizens_site.core import roles
from complaints.models import Category

from .models import CampaignPage, RightPage

BASELINE_WEEKS = 8


def is_pr_staff(user):
    return (
        user.is_superuser
        or user.groups.filter(name__in=[roles.PR_EDITORS, roles.PR_PUBLISHERS]).exists()
    )


class RisingComplaintsPanel(Component):
    name = "rising_complaints"
    order = 60
    template_name = "campaigns/admin/rising_complaints_panel.html"

    def get_context_data(self, parent_context):
        rising = list(
            Category.objects.rising(today=timezone.localdate(), baseline_weeks=BASELINE_WEEKS)
        )
        ids = [category.pk for category in rising]
        pages = {}
        for model in (CampaignPage, RightPage):
            # The Arabic pages (the editors' tree) that link each category, in one query.
            field = model._meta.model_name
            links = model.categories.through.objects.filter(
                category_id__in=ids, **{f"{field}__locale__language_code": "ar"}
            ).select_related(field)
            for link in links:
                pages.setdefault(link.category_id, []).append(getattr(link, field))
        return {
            "rising": [
                {
                    "category": category,
                    "recent": category.recent,
                    "usual": round(category.baseline / BASELINE_WEEKS, 1),
                    "pages": pages.get(category.pk, []),
                }
                for category in rising
            ],
        }
