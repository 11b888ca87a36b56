"""The kinds of news and events, shared by the models and the listing filters."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NewsKind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS_RELEASE = "press_release", _("Press release")
    STATEMENT = "statement", _("Official statement")
    MEDIA_APPEARANCE = "media_appearance", _("Media appearance")


class EventKind(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    MEETING = "meeting", _("Meeting")
    WORKSHOP = "workshop", _("Workshop")
    OCCASION = "occasion", _("Occasion")
