"""Choices shared by the campaign models and their listing filters."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CampaignStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    ACTIVE = "active", _("Running now")
    PAST = "past", _("Ended")


class LegalBasis(models.TextChoices):
    CONSTITUTION = "constitution", _("The Constitution")
    LAW = "law", _("Law or regulation")
    INTERNATIONAL = "international", _("International agreement")
