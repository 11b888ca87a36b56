"""Anonymised questions and answers proposed for publication, moderated before they appear."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from complaints.agencies.models import Agency, Category
from complaints.cases.models.cases import Case


class PublicAnswerQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=PublicAnswer.Status.APPROVED)


class PublicAnswer(models.Model):
    """Proposed by the officer who answered (only with the citizen's consent), edited and
    approved by an intake moderator; only approved ones are ever shown to the public."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="public_answer")
    # Copied from the case so the public listing filters without touching case rows.
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="+", verbose_name=_("agency")
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="+", verbose_name=_("category")
    )
    language = models.CharField(_("language"), max_length=8, db_index=True)
    question = models.TextField(_("question"))
    answer = models.TextField(_("answer"))
    search_text = models.TextField(editable=False, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED, db_index=True
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    proposed_at = models.DateTimeField(_("proposed"))
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)

    objects = PublicAnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("public answer")
        verbose_name_plural = _("public answers")
        indexes = [
            models.Index(fields=["status", "agency"], name="answer_status_agency"),
            models.Index(fields=["status", "category"], name="answer_status_category"),
        ]

    def __str__(self):
        return self.question[:80]
