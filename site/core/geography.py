"""Iraq's nineteen governorates: a fixed list shared by citizens' residence, cases and events.

Choices rather than rows, because they change by constitutional amendment, not by editing,
and every app may need them (site/core is the one place all apps can import).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Governorate(models.TextChoices):
    BAGHDAD = "baghdad", _("Baghdad")
    BASRA = "basra", _("Basra")
    NINEVEH = "nineveh", _("Nineveh")
    ERBIL = "erbil", _("Erbil")
    SULAYMANIYAH = "sulaymaniyah", _("Sulaymaniyah")
    DUHOK = "duhok", _("Duhok")
    KIRKUK = "kirkuk", _("Kirkuk")
    ANBAR = "anbar", _("Anbar")
    BABYLON = "babylon", _("Babylon")
    KARBALA = "karbala", _("Karbala")
    NAJAF = "najaf", _("Najaf")
    DIYALA = "diyala", _("Diyala")
    SALADIN = "saladin", _("Salah al-Din")
    WASIT = "wasit", _("Wasit")
    MAYSAN = "maysan", _("Maysan")
    DHI_QAR = "dhi-qar", _("Dhi Qar")
    MUTHANNA = "muthanna", _("Muthanna")
    QADISIYYAH = "qadisiyyah", _("Qadisiyyah")
    HALABJA = "halabja", _("Halabja")


# The value a place-of-residence or place-of-event field takes for "outside Iraq".
ABROAD = "abroad"


def place_choices():
    """The governorates, then "outside Iraq": what a citizen picks for where they live."""
    return [*Governorate.choices, (ABROAD, _("Outside Iraq"))]
