"""Language-bound fields kept side by side (name_ar, name_ckb, name_en) on one row."""

from django.conf import settings
from django.utils.translation import get_language


def localized(obj, field):
    """``obj.<field>_<active language>``, falling back to the default language (Arabic)."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return getattr(obj, f"{field}_{language}", "") or getattr(
        obj, f"{field}_{settings.LANGUAGE_CODE}"
    )
