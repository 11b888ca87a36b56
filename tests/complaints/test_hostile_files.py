"""A corpus of hostile files, each sent as a citizen would: refused with its own message in
the citizen's language, or neutralised (re-encoded, renamed); nothing runs, nothing is kept
from a refusal, and the worker's memory stays bounded."""

import io
import tracemalloc

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from complaints.cases.uploads import check_file

from .conftest import PDF_BYTES, jpeg_bytes, png_bytes, upload

HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(2)</script></svg>"
)


def declaring(width, height):
    """A small PNG (zeros compress well) whose header declares width x height pixels."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


REFUSED = [
    # (what, name, content, error code)
    ("an HTML page named as a photo", "photo.jpg", HTML, "bad_type"),
    ("an SVG with scripts named as a PNG", "map.png", SVG, "bad_type"),
    ("an SVG under its own name", "map.svg", SVG, "bad_type"),
    ("a Windows program named as a PDF", "letter.pdf", b"MZ\x90\x00" + b"\x00" * 200, "bad_type"),
    ("a ZIP archive named as a PDF", "letter.pdf", b"PK\x03\x04" + b"\x00" * 200, "bad_type"),
    ("zero bytes", "empty.pdf", b"", "empty"),
    ("a truncated PDF", "cut.pdf", PDF_BYTES[: len(PDF_BYTES) // 2], "broken_pdf"),
    ("a corrupt JPEG", "broken.jpg", jpeg_bytes()[:40] + b"\x00" * 300, "broken_image"),
    ("a truncated PNG", "cut.png", png_bytes()[:60], "broken_image"),
    ("a bomb just over the limit", "over.png", declaring(8000, 6400), "too_many_pixels"),
    ("a bomb of 100 million pixels", "big.png", declaring(10_000, 10_000), "too_many_pixels"),
    ("a bomb of 400 million pixels", "huge.png", declaring(20_000, 20_000), "too_many_pixels"),
]


@pytest.mark.parametrize(
    ("what", "name", "content", "code"), REFUSED, ids=[row[0] for row in REFUSED]
)
@pytest.mark.parametrize("language", ["ar", "ckb", "en"])
def test_each_hostile_file_is_refused_with_its_own_message(what, name, content, code, language):
    with translation.override(language), pytest.raises(ValidationError) as refused:
        check_file(upload(name, content))

    assert refused.value.code == code, what
    message = refused.value.messages[0]
    assert name in message
    if language != "en":
        assert any("\u0600" <= ch <= "\u06ff" for ch in message), message


def test_the_messages_differ_so_the_citizen_knows_what_to_do():
    messages = {}
    for _what, name, content, code in REFUSED:
        with pytest.raises(ValidationError) as refused:
            check_file(upload(name, content))
        messages.setdefault(code, set()).add(refused.value.messages[0].replace(name, "…"))

    assert all(len(texts) == 1 for texts in messages.values())
    assert len({texts.pop() for texts in messages.values()}) == len(messages)


@pytest.mark.parametrize(("width", "height"), [(8000, 6400), (20_000, 20_000)])
def test_a_bomb_is_refused_without_decoding_it(width, height):
    bomb = declaring(width, height)
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError):
            check_file(upload("bomb.png", bomb))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # Decoding would take width x height bytes at least (51 MB and 400 MB here).
    assert peak < 5 * len(bomb) + 2_000_000


def test_a_photo_carrying_a_script_is_re_encoded_and_keeps_no_trace_of_it():
    polyglot = jpeg_bytes() + HTML  # a valid JPEG with a page appended
    checked = check_file(upload("photo.jpg", polyglot))

    stored = checked.content.read()
    assert checked.content_type == "image/jpeg"
    assert b"<script" not in stored
    assert stored != polyglot


def test_a_png_with_a_text_chunk_holding_markup_is_stripped():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<script>alert(1)</script>")
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (10, 200, 10)).save(buffer, "PNG", pnginfo=info)

    checked = check_file(upload("chart.png", buffer.getvalue()))

    assert b"<script" not in checked.content.read()


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("../../../etc/passwd.png", "passwd.png"),
        ("..\\..\\windows\\win.ini.png", "win.ini.png"),
        ("invoice\u202egnp.exe", "invoicegnp.png"),
        ("\u2066scan\u2069.png", "scan.png"),
        ("photo\x00.php.png", "photo.php.png"),
        ("<img src=x onerror=alert(1)>.png", "img src=x onerror=alert(1).png"),
    ],
)
def test_hostile_names_are_shown_safely_with_the_true_extension(name, shown):
    assert check_file(upload(name, png_bytes())).original_name == shown
