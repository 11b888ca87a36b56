"""Checking and storing citizens' files.

The type is read from the content, never from the name; images are opened with Pillow to
reject broken or disguised files and re-encoded, which also drops EXIF data such as the GPS
position a phone camera records.

An image is refused by the size its header declares, before a pixel is decoded: a 273 KB PNG
can declare 9000x8000 pixels and cost a worker half a gigabyte and seconds of CPU to open.
Pillow's own guard (``Image.MAX_IMAGE_PIXELS``) only warns below twice its limit and is global,
so it would also bind Wagtail's images; ours is ``COMPLAINTS_MAX_IMAGE_PIXELS`` and applies
here only, with Pillow's warning turned into a refusal for good measure.
"""

import hashlib
import io
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from complaints.cases import stored_files
from complaints.cases.models import PendingUpload

ALLOWED_TYPES = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
}
PILLOW_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
# The names a browser may give these files: it checks type and size before sending
# (forms.AttachmentsMixin.browser_checks), with the messages below, the server's own.
ALLOWED_EXTENSIONS = ("pdf", "jpg", "jpeg", "png", "webp")
TOO_LARGE = _("“%(name)s” is larger than %(limit)s.")
EMPTY = _("“%(name)s” is empty. Please choose the file again.")
BAD_TYPE = _("“%(name)s” is not a PDF, JPEG, PNG or WebP file.")


@dataclass
class CheckedFile:
    content: ContentFile
    original_name: str
    content_type: str
    size: int
    sha256: str


def limits():
    return {
        "max_file_size": settings.COMPLAINTS_MAX_FILE_SIZE,
        "max_case_size": settings.COMPLAINTS_MAX_CASE_SIZE,
        "max_files": settings.COMPLAINTS_MAX_FILES,
    }


def sanitize_name(name, extension):
    """A display name that is safe anywhere: no path, no control characters, right extension."""
    name = unicodedata.normalize("NFC", os.path.basename(name.replace("\\", "/")))
    stem = os.path.splitext(name)[0]
    stem = "".join(ch for ch in stem if unicodedata.category(ch)[0] not in {"C"})
    stem = re.sub(r"[<>:\"/\\|?*\s]+", " ", stem).strip(" .") or "file"
    return f"{stem[:100]}.{extension}"


IMAGE_ERRORS = (
    OSError,
    ValueError,
    SyntaxError,
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
)


class TooManyPixels(ValueError):
    pass


def _reencode_image(data, content_type):
    """Open fully (a truncated file fails here), then save afresh without metadata."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return _decode_and_save(data, content_type)


def _decode_and_save(data, content_type):
    with Image.open(io.BytesIO(data)) as probe:  # reads the header only
        width, height = probe.size
        if width * height > settings.COMPLAINTS_MAX_IMAGE_PIXELS:
            raise TooManyPixels
        probe.verify()
    with Image.open(io.BytesIO(data)) as image:
        if image.format != PILLOW_FORMATS[content_type]:
            raise ValueError("format differs from content")
        image.load()
        upright = ImageOps.exif_transpose(image)
        output = io.BytesIO()
        if content_type == "image/jpeg":
            upright.convert("RGB").save(output, "JPEG", quality=90)
        else:
            upright.save(output, PILLOW_FORMATS[content_type])
    return output.getvalue()


def check_file(uploaded):
    """Validate one uploaded file; return it ready to store, or raise ValidationError."""
    name = uploaded.name or "file"
    if uploaded.size > settings.COMPLAINTS_MAX_FILE_SIZE:
        raise ValidationError(
            TOO_LARGE,
            code="too_large",
            params={"name": name, "limit": filesizeformat(settings.COMPLAINTS_MAX_FILE_SIZE)},
        )
    data = uploaded.read()
    if not data:
        raise ValidationError(
            EMPTY,
            code="empty",
            params={"name": name},
        )
    kind = filetype.guess(data)
    content_type = kind.mime if kind else None
    if content_type not in ALLOWED_TYPES:
        raise ValidationError(
            BAD_TYPE,
            code="bad_type",
            params={"name": name},
        )
    if content_type in PILLOW_FORMATS:
        try:
            data = _reencode_image(data, content_type)
        except (
            TooManyPixels,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as error:
            raise ValidationError(
                _(
                    "“%(name)s” has more than %(limit)s million pixels. Please send a smaller "
                    "photo or a screenshot of it."
                ),
                code="too_many_pixels",
                params={"name": name, "limit": settings.COMPLAINTS_MAX_IMAGE_PIXELS // 1_000_000},
            ) from error
        except IMAGE_ERRORS as error:
            raise ValidationError(
                _("“%(name)s” is not a readable image. It may be damaged; please choose it again."),
                code="broken_image",
                params={"name": name},
            ) from error
    elif not data.rstrip().endswith(b"%%EOF"):
        raise ValidationError(
            _("“%(name)s” is not a complete PDF file. It may be damaged; please choose it again."),
            code="broken_pdf",
            params={"name": name},
        )
    return CheckedFile(
        content=ContentFile(data),
        original_name=sanitize_name(name, ALLOWED_TYPES[content_type]),
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def keep_checked_files(owner, checked_files):
    """Keep files that passed their checks in a submission that failed on another field, as
    pending uploads of ``owner`` (swept after a day if nobody comes back for them). All or
    none: a full disk or a failing database keeps no file without its row."""
    kept = []
    with stored_files.atomic():
        for checked in checked_files:
            upload = PendingUpload(
                owner=owner,
                original_name=checked.original_name,
                content_type=checked.content_type,
                size=checked.size,
                sha256=checked.sha256,
            )
            stored_files.save(upload.file, checked.original_name, checked.content)
            upload.save()
            kept.append(upload)
    return kept
