"""Cases (requests, complaints, suggestions), their append-only timeline and attachments.

Nothing here changes a case's status: complaints.cases.workflow does, in one place.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from citizens_site.core.geography import place_choices
from complaints.agencies.models import Agency, Category, Kind


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    REGISTERED = "registered", _("Registered")
    REFERRED = "referred", _("Referred to the agency")
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_CITIZEN = "awaiting_citizen", _("Waiting for your reply")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    ARCHIVED = "archived", _("Archived")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STATUSES = [
    Status.SUBMITTED,
    Status.REGISTERED,
    Status.REFERRED,
    Status.IN_PROGRESS,
    Status.AWAITING_CITIZEN,
]


class Channel(models.TextChoices):
    WEB = "web", _("Web")
    PHONE = "phone", _("Telephone")
    WALK_IN = "walk_in", _("In person")
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("Email")
    API = "api", _("API")


class Priority(models.TextChoices):
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")
    URGENT = "urgent", _("Urgent")


class ReferenceSequence(models.Model):
    """The last number given out in a year; locked row by row when a case is numbered."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class _PrivateStorage(LazyObject):
    """storages["private"], looked up when first used and again after STORAGES changes
    (a FileField resolves a storage callable once, when models load)."""

    def _setup(self):
        self._wrapped = storages["private"]


_private_storage = _PrivateStorage()


@receiver(setting_changed)
def _reset_private_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        _private_storage._wrapped = empty


def private_storage():
    return _private_storage


class Case(models.Model):
    reference = models.CharField(_("reference number"), max_length=20, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="cases", verbose_name=_("category")
    )
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="cases", verbose_name=_("agency")
    )
    citizen = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="cases",
        null=True,
        blank=True,
        verbose_name=_("citizen"),
    )
    # Kept on the case as given at submission: the account may change, the record must not.
    citizen_name = models.CharField(_("citizen's name"), max_length=150)
    citizen_phone = models.CharField(_("citizen's phone"), max_length=20, db_index=True)
    citizen_email = models.EmailField(_("citizen's email"), blank=True)
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.WEB, db_index=True
    )
    subject = models.CharField(_("subject"), max_length=200)
    details = models.TextField(_("details"))
    place = models.CharField(
        _("where it happened"), max_length=20, choices=place_choices, db_index=True
    )
    place_country = CountryField(_("country"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SUBMITTED,
        db_index=True,
    )
    priority = models.CharField(
        _("priority"), max_length=10, choices=Priority.choices, default=Priority.NORMAL
    )
    consent_to_publish = models.BooleanField(_("consents to anonymised publication"), default=False)
    language = models.CharField(_("language"), max_length=8, default="ar")
    submitted_at = models.DateTimeField(_("submitted"), db_index=True)
    registered_at = models.DateTimeField(_("registered"), null=True, blank=True)
    referred_at = models.DateTimeField(_("referred"), null=True, blank=True)
    first_reply_at = models.DateTimeField(_("first reply"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    archived_at = models.DateTimeField(_("archived"), null=True, blank=True)
    anonymised_at = models.DateTimeField(
        _("personal data removed"),
        null=True,
        blank=True,
        editable=False,
    )
    due_date = models.DateField(_("expected response by"), db_index=True)
    cause_code = models.CharField(_("cause"), max_length=40, blank=True)
    resolution_code = models.CharField(_("resolution"), max_length=40, blank=True)
    satisfaction_rating = models.PositiveSmallIntegerField(
        _("satisfaction"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    satisfaction_comment = models.TextField(_("comment on the answer"), blank=True)
    overdue_warned_on = models.DateField(_("overdue warning sent"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated for lateness"), null=True, blank=True)
    access_code_hash = models.CharField(max_length=64, editable=False)
    # Identifies one filled-in form: a double click or a resent form finds the first case.
    submission_token = models.UUIDField(null=True, blank=True, editable=False, unique=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-submitted_at"]
        indexes = [
            models.Index(fields=["citizen", "-submitted_at"], name="case_citizen_recent"),
            models.Index(fields=["agency", "status"], name="case_agency_status"),
            models.Index(fields=["status", "due_date"], name="case_status_due"),
            models.Index(fields=["category", "-submitted_at"], name="case_category_recent"),
            # The daily archive and retention tasks select by status and a finishing date.
            models.Index(fields=["status", "answered_at"], name="case_status_answered"),
            models.Index(fields=["status", "closed_at"], name="case_status_closed"),
            models.Index(fields=["status", "archived_at"], name="case_status_archived"),
        ]

    def __str__(self):
        return f"{self.reference} · {self.subject}"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def can_be_rated(self):
        # Not once archived: an archived case is read-only.
        return self.status in (Status.ANSWERED, Status.CLOSED)

    @property
    def grievance_deadline(self):
        """Until when the citizen may contest the answer (None if it cannot be contested)."""
        import datetime

        from django.conf import settings

        if self.status not in (Status.ANSWERED, Status.CLOSED) or self.answered_at is None:
            return None
        return self.answered_at + datetime.timedelta(days=settings.COMPLAINTS_GRIEVANCE_DAYS)

    @property
    def can_be_contested(self):
        from django.utils import timezone

        deadline = self.grievance_deadline
        return deadline is not None and timezone.now() <= deadline

    @property
    def is_overdue(self):
        from django.utils import timezone

        return self.is_open and self.due_date < timezone.localdate()

    @property
    def overdue_label(self):
        return _("Overdue") if self.is_overdue else ""

    @property
    def outcome_label(self):
        """The outcome in the words that fit the kind (granted, resolved, adopted...)."""
        from complaints.cases.outcomes import Resolution

        if self.resolution_code in Resolution.values:
            return Resolution(self.resolution_code).label
        return ""

    def clean(self):
        if self.kind and self.category_id and self.kind not in self.category.kinds:
            raise ValidationError({"category": _("This category does not take this kind.")})


class CaseEvent(models.Model):
    """One line of a case's timeline. Append-only: never edited, never deleted."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        REGISTERED = "registered", _("Registered")
        REFERRED = "referred", _("Referred")
        REPLY = "reply", _("Reply")
        NOTE = "note", _("Internal note")
        INFO_REQUESTED = "info_requested", _("Information requested")
        CITIZEN_REPLY = "citizen_reply", _("Citizen's reply")
        RESOLVED = "resolved", _("Resolved")
        CLOSED = "closed", _("Closed")
        REOPENED = "reopened", _("Reopened")
        REJECTED = "rejected", _("Rejected")
        MERGED = "merged", _("Merged")
        ARCHIVED = "archived", _("Archived")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        RATED = "rated", _("Rated")
        RETURNED = "returned", _("Returned as not the agency's")
        REASSIGNED = "reassigned", _("Reassigned")
        ESCALATED = "escalated", _("Escalated")
        GRIEVANCE = "grievance", _("Answer contested")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("when"), db_index=True)
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    from_agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    to_agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    message = models.TextField(_("message"), blank=True)
    is_public = models.BooleanField(_("shown to the citizen"), default=False)

    class Meta:
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["case", "created_at"], name="event_case_time")]

    def __str__(self):
        return f"{self.case_id} · {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError("Case events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("Case events are append-only.")


def attachment_path(instance, filename):
    # A random stored name: the original name is kept only as data, never as a path.
    return f"cases/{instance.case_id}/{uuid.uuid4().hex}"


class Attachment(models.Model):
    """A citizen's or officer's file, in private storage, served only through a view that
    checks the right to see the case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    event = models.ForeignKey(
        CaseEvent, on_delete=models.SET_NULL, null=True, blank=True, related_name="attachments"
    )
    file = models.FileField(upload_to=attachment_path, storage=private_storage, max_length=200)
    original_name = models.CharField(_("file name"), max_length=150)
    content_type = models.CharField(_("type"), max_length=60)
    size = models.PositiveIntegerField(_("size"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_public = models.BooleanField(_("shown to the citizen"), default=True)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.original_name
