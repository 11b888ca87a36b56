"""How each kind of case ends, and the causes staff record for cause analysis.

A complaint is resolved, partly resolved or unfounded; a request granted, refused (with the
legal reason) or redirected; a suggestion studied, adopted or declined. The citizen reads the
outcome in words that fit the kind.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Resolution(models.TextChoices):
    RESOLVED = "resolved", _("Resolved")
    PARTLY_RESOLVED = "partly_resolved", _("Partly resolved")
    UNFOUNDED = "unfounded", _("Unfounded")
    GRANTED = "granted", _("Granted")
    REFUSED = "refused", _("Refused")
    REDIRECTED = "redirected", _("Redirected to the competent body")
    STUDIED = "studied", _("Studied")
    ADOPTED = "adopted", _("Adopted")
    DECLINED = "declined", _("Declined")


RESOLUTIONS_BY_KIND = {
    "complaint": [Resolution.RESOLVED, Resolution.PARTLY_RESOLVED, Resolution.UNFOUNDED],
    "request": [Resolution.GRANTED, Resolution.REFUSED, Resolution.REDIRECTED],
    "suggestion": [Resolution.STUDIED, Resolution.ADOPTED, Resolution.DECLINED],
}

# Outcomes that must say why (a refused request cites its legal basis).
REASON_REQUIRED = {Resolution.REFUSED, Resolution.UNFOUNDED, Resolution.DECLINED}


class Cause(models.TextChoices):
    DELAY = "delay", _("Delay in completing a transaction")
    PROCEDURE = "procedure", _("Unclear or complicated procedure")
    CONDUCT = "conduct", _("Staff conduct")
    SERVICE = "service", _("Service quality or availability")
    INFORMATION = "information", _("Missing or wrong information")
    LEGISLATION = "legislation", _("Legislation or policy")
    OTHER = "other", _("Other")


class RejectionReason(models.TextChoices):
    SPAM = "spam", _("Spam")
    ABUSE = "abuse", _("Abusive content")
    OUT_OF_SCOPE = "out_of_scope", _("Outside the portal's scope")
    DUPLICATE = "duplicate", _("Duplicate of another case")


def resolution_choices(kind):
    return [(r.value, r.label) for r in RESOLUTIONS_BY_KIND[kind]]
