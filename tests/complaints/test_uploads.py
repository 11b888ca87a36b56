"""The upload rules, with real bad files: type from the content, images re-opened, limits."""

import io
import os

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from complaints.cases.uploads import check_file, sanitize_name

from .conftest import PDF_BYTES, jpeg_bytes, png_bytes, upload


def test_a_png_renamed_pdf_is_taken_for_what_it_is():
    checked = check_file(upload("scan.pdf", png_bytes()))

    assert checked.content_type == "image/png"
    assert checked.original_name == "scan.png"


def test_an_html_file_named_jpg_is_refused():
    html = b"<!DOCTYPE html><html><script>alert(1)</script></html>"

    with pytest.raises(ValidationError) as error:
        check_file(upload("photo.jpg", html))

    assert "photo.jpg" in error.value.messages[0]


def test_a_truncated_image_is_refused():
    data = jpeg_bytes()

    with pytest.raises(ValidationError) as error:
        check_file(upload("card.jpg", data[: len(data) // 2]))

    assert error.value.code == "broken_image"


def test_a_truncated_pdf_is_refused():
    with pytest.raises(ValidationError):
        check_file(upload("form.pdf", PDF_BYTES[:60]))


def test_an_oversized_file_is_refused_before_it_is_read(settings):
    settings.COMPLAINTS_MAX_FILE_SIZE = 1024

    with pytest.raises(ValidationError) as error:
        check_file(upload("big.pdf", PDF_BYTES + b" " * 2048))

    assert error.value.code == "too_large"


def test_images_lose_their_exif_data_such_as_gps_position():
    image = Image.new("RGB", (20, 20), (10, 10, 10))
    exif = Image.Exif()
    exif[0x8825] = {2: (33.0, 18.0, 0.0)}  # GPSInfo: latitude
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)

    checked = check_file(upload("me.jpg", buffer.getvalue()))

    with Image.open(io.BytesIO(checked.content.read())) as stored:
        assert not stored.getexif()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\a\\هوية.pdf", "هوية.pdf"),
        ("\u202egpj.exe.pdf", "gpj.exe.pdf"),
        ("   .pdf", "file.pdf"),
    ],
)
def test_original_names_are_sanitised(name, expected):
    assert sanitize_name(name, "pdf") == expected


@pytest.mark.django_db
def test_kept_uploads_nobody_came_back_for_are_swept_after_a_day(citizen, private_storage):
    import datetime

    from django.core.files.base import ContentFile
    from django.core.management import call_command
    from django.utils import timezone

    from complaints.models import PendingUpload

    def kept(name):
        item = PendingUpload(
            owner=citizen,
            original_name=name,
            content_type="application/pdf",
            size=len(PDF_BYTES),
            sha256="x",
        )
        item.file.save(name, ContentFile(PDF_BYTES), save=False)
        item.save()
        return item

    old, fresh = kept("old.pdf"), kept("fresh.pdf")
    PendingUpload.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=2)
    )
    old_path = old.file.path

    call_command("sweep_pending_uploads", stdout=io.StringIO())

    assert list(PendingUpload.objects.all()) == [fresh]
    assert not os.path.exists(old_path)


def _png_declaring(width, height):
    """A small file (zeros compress well) whose header declares width x height pixels."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_decompression_bomb_is_refused_by_its_declared_size_before_decoding(settings):
    # 72 million pixels: Pillow alone would only warn (its limit is global and about 89
    # million) and decode it, half a gigabyte and seconds of a worker's time.
    bomb = _png_declaring(9000, 8000)
    assert len(bomb) < 300_000

    with pytest.raises(ValidationError) as error:
        check_file(upload("photo.png", bomb))

    assert error.value.code == "too_many_pixels"
    assert "photo.png" in error.value.messages[0]
    assert "50" in error.value.messages[0]  # the limit, in millions of pixels


def test_pillows_global_limit_is_left_to_wagtails_own_images():
    from PIL import Image as PillowImage

    assert PillowImage.MAX_IMAGE_PIXELS == (1024 * 1024 * 1024 // 4 // 3)  # Pillow's own


def test_a_large_but_real_phone_photo_passes(settings):
    settings.COMPLAINTS_MAX_IMAGE_PIXELS = 1_000_000

    checked = check_file(upload("photo.png", _png_declaring(1000, 1000)))

    assert checked.content_type == "image/png"
