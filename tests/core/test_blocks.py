"""The shared blocks refuse what would make a page inaccessible or load another host."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from citizens_site.core.content.blocks import (
    BodyBlock,
    CallToActionBlock,
    VideoBlock,
    data_table_block,
)

pytestmark = pytest.mark.django_db


def document(name, content=b"data"):
    item = Document(title=name)
    item.file.save(name, ContentFile(content), save=False)
    item.save()
    return item


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def video_value(**values):
    block = VideoBlock()
    return block, block.to_python(
        {
            "title": "فيديو",
            "video": None,
            "captions": None,
            "external_url": "",
            "transcript": "",
            **values,
        }
    )


def test_video_needs_a_file_or_a_link():
    block, value = video_value()

    with pytest.raises(ValidationError):
        block.clean(value)


def test_video_file_must_be_mp4_or_webm():
    block, value = video_value(video=document("clip.pdf").pk)

    with pytest.raises(ValidationError):
        block.clean(value)


def test_video_from_another_site_is_a_link_not_an_embed():
    block, value = video_value(external_url="https://video.example.org/watch/1")

    html = block.render(block.clean(value))

    assert '<a href="https://video.example.org/watch/1"' in html
    assert "<iframe" not in html


def test_uploaded_video_plays_from_our_host_with_captions():
    block, value = video_value(
        video=document("clip.mp4").pk, captions=document("clip.vtt", b"WEBVTT\n").pk
    )

    html = block.render(block.clean(value))

    assert "<video controls" in html
    assert 'src="/documents/' in html
    assert '<track kind="captions"' in html


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    value = block.to_python({"text": "قدّم شكواك", "button": "ابدأ", "page": None, "url": ""})

    with pytest.raises(ValidationError):
        block.clean(value)


def test_table_needs_a_caption_and_renders_header_cells():
    block = data_table_block()
    raw = {
        "caption": "",
        "columns": [
            {"type": "text", "heading": "المحافظة"},
            {"type": "number", "heading": "الشكاوى"},
        ],
        "rows": [{"values": ["بغداد", "1200"]}],
    }

    with pytest.raises(ValidationError):
        block.clean(block.to_python(raw))

    html = block.render(block.clean(block.to_python({**raw, "caption": "الشكاوى حسب المحافظة"})))
    assert "<caption>الشكاوى حسب المحافظة</caption>" in html
    assert '<th scope="col"' in html
    assert '<th scope="row">بغداد</th>' in html
    assert '<td class="numeric">1,200</td>' in html


def test_document_link_says_type_and_size():
    block = BodyBlock()
    value = block.to_python(
        [
            {
                "type": "document",
                "value": {
                    "document": document("report.pdf", b"x" * 2048).pk,
                    "label": "التقرير الكامل",
                },
            }
        ]
    )

    html = block.render(value)

    assert "التقرير الكامل" in html
    assert "PDF" in html
    assert "2.0" in html
