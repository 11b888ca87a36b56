"""Reference data: the tree of government bodies, request categories, staff memberships.

Names are fields per language (not per-locale copies) because cases, routing and permissions
point at one row whatever language the citizen writes in.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from citizens_site.core.geography import Governorate
from citizens_site.core.i18n import localized


class LocalizedNameMixin(models.Model):
    name_ar = models.CharField(_("name (Arabic)"), max_length=200)
    name_ckb = models.CharField(_("name (Central Kurdish)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self):
        return localized(self, "name")


class Kind(models.TextChoices):
    REQUEST = "request", _("Request")
    COMPLAINT = "complaint", _("Complaint")
    SUGGESTION = "suggestion", _("Suggestion")


class Agency(LocalizedNameMixin, MP_Node):
    """A ministry, governorate, independent body or formation; a tree (sub-formations under
    their parent). An officer of an agency sees the cases of its whole subtree."""

    class AgencyKind(models.TextChoices):
        GENERAL_SECRETARIAT = "general_secretariat", _("General Secretariat")
        MINISTRY = "ministry", _("Ministry")
        GOVERNORATE = "governorate", _("Governorate")
        INDEPENDENT_BODY = "independent_body", _("Independent body")
        CENTRAL_FORMATION = "central_formation", _("Central formation")
        SUB_FORMATION = "sub_formation", _("Sub-formation")

    code = models.CharField(_("code"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=AgencyKind.choices, db_index=True)
    email = models.EmailField(_("contact email"), blank=True)
    service_days = models.PositiveSmallIntegerField(
        _("service level (working days)"),
        default=15,
        help_text=_("Used when a category sets no service level of its own."),
    )
    triage_hours = models.PositiveSmallIntegerField(
        _("triage time (hours)"),
        default=48,
        help_text=_(
            "A case referred here and not picked up within this time is reported in "
            "the staff's daily digest."
        ),
    )
    governorate = models.CharField(
        _("governorate"),
        max_length=20,
        choices=Governorate.choices,
        blank=True,
        help_text=_("For a governorate, which one."),
    )
    is_active = models.BooleanField(_("active"), default=True, db_index=True)

    node_order_by = ["code"]

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")


class CategoryQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_kind(self, kind):
        return self.filter(**{f"accepts_{kind}s": True})

    def for_agency(self, agency):
        """Categories the agency or one of its sub-formations handles, and the general ones."""
        subtree = Agency.get_tree(agency).values("pk")
        return self.filter(Q(all_agencies=True) | Q(agencies__in=subtree)).distinct()

    def rising(self, *, today, baseline_weeks=8, factor=2, minimum=10):
        """Categories whose cases of the last 7 days are at least ``factor`` times their usual
        week (the average of the ``baseline_weeks`` before) and at least ``minimum``.

        The public-relations side reads complaint trends through this one method, so an
        awareness campaign can answer a problem while it grows. Each category gets
        ``recent`` (cases in the last 7 days) and ``baseline`` (cases in the weeks before);
        one grouped query on indexed columns.
        """
        week_start = today - datetime.timedelta(days=7)
        baseline_start = week_start - datetime.timedelta(weeks=baseline_weeks)
        return (
            self.annotate(
                recent=Count("cases", filter=Q(cases__submitted_at__date__gt=week_start)),
                baseline=Count(
                    "cases",
                    filter=Q(
                        cases__submitted_at__date__gt=baseline_start,
                        cases__submitted_at__date__lte=week_start,
                    ),
                ),
            )
            # recent / (baseline / weeks) >= factor, kept in integers.
            .alias(recent_scaled=F("recent") * baseline_weeks)
            .filter(recent__gte=minimum, recent_scaled__gte=F("baseline") * factor)
            .order_by("-recent")
        )


class Category(LocalizedNameMixin):
    """What a request, complaint or suggestion is about; decides the service level."""

    code = models.CharField(_("code"), max_length=40, unique=True)
    accepts_requests = models.BooleanField(_("accepts requests"), default=False)
    accepts_complaints = models.BooleanField(_("accepts complaints"), default=False)
    accepts_suggestions = models.BooleanField(_("accepts suggestions"), default=False)
    all_agencies = models.BooleanField(
        _("every agency"),
        default=False,
        help_text=_("Offered for every agency."),
    )
    agencies = models.ManyToManyField(
        Agency,
        blank=True,
        related_name="categories",
        verbose_name=_("agencies"),
        help_text=_("The agencies that handle it (and so their parents offer it too)."),
    )
    documents_ar = models.CharField(_("documents to attach (Arabic)"), max_length=300, blank=True)
    documents_ckb = models.CharField(
        _("documents to attach (Central Kurdish)"), max_length=300, blank=True
    )
    documents_en = models.CharField(_("documents to attach (English)"), max_length=300, blank=True)
    service_days = models.PositiveSmallIntegerField(
        _("service level (working days)"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the agency's service level."),
    )
    is_active = models.BooleanField(_("active"), default=True, db_index=True)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["code"]

    @property
    def documents(self):
        return localized(self, "documents")

    @property
    def kinds(self):
        return [k for k in Kind.values if getattr(self, f"accepts_{k}s")]


class Membership(models.Model):
    """A staff member's place in an agency: officer (the subtree's cases) or supervisor (the same,
    plus reassigning, escalating and the subtree's indicators)."""

    class Role(models.TextChoices):
        OFFICER = "officer", _("Officer")
        SUPERVISOR = "supervisor", _("Supervisor")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("agency")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.OFFICER)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "agency"], name="unique_membership"),
        ]

    def __str__(self):
        return f"{self.user} · {self.agency} · {self.get_role_display()}"


class PublicHoliday(models.Model):
    """A day that does not count towards service levels (besides Friday and Saturday)."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("public holiday")
        verbose_name_plural = _("public holidays")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"
