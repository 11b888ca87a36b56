"""Every page type goes through wagtail-localize: its text is extracted for translators and a
translated page is created in the other language, blocks and all."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from complaints.agencies.seed import load_reference_data
from publications.models import RegistrationField
from tests import factories

pytestmark = pytest.mark.django_db

BODY = [
    {"type": "heading", "value": {"text": "عنوان فرعي", "level": "h2"}},
    {"type": "paragraph", "value": "<p>فقرة من النص.</p>"},
    {"type": "quote", "value": {"quote": "اقتباس", "attribution": "الدائرة"}},
    {"type": "question", "value": {"question": "سؤال؟", "answer": "<p>جواب.</p>"}},
    {
        "type": "call_to_action",
        "value": {
            "text": "قدّم طلبك",
            "button": "ابدأ",
            "page": None,
            "url": "https://example.org/ar/complaints/submit/",
        },
    },
    {
        "type": "table",
        "value": {
            "caption": "الشكاوى حسب المحافظة",
            "columns": [
                {"type": "text", "heading": "المحافظة"},
                {"type": "number", "heading": "العدد"},
            ],
            "rows": [{"values": ["بغداد", "12"]}],
        },
    },
]

DETAIL_PAGES = [
    (factories.BulletinIndexPageFactory, factories.BulletinPageFactory),
    (factories.NewsIndexPageFactory, factories.NewsPageFactory),
    (factories.EventIndexPageFactory, factories.EventPageFactory),
    (factories.ReportIndexPageFactory, factories.MonitoringReportPageFactory),
    (factories.CampaignIndexPageFactory, factories.CampaignPageFactory),
    (factories.RightsLibraryPageFactory, factories.RightPageFactory),
]


def translate_everything(source, locale):
    """What a translator does in wagtail-localize's editor: every segment, then publish."""
    for segment in source.stringsegment_set.select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"EN: {segment.string.data}"},
        )
    page, _created = source.create_or_update_translation(locale)
    return page


@pytest.mark.parametrize(("listing_factory", "page_factory"), DETAIL_PAGES)
def test_page_type_is_translated_with_wagtail_localize(homes, listing_factory, page_factory):
    load_reference_data()
    english = Locale.objects.get(language_code="en")
    listing = listing_factory(parent=homes["ar"], slug="listing")
    page = page_factory(parent=listing, slug="item", title="عنوان الصفحة", body=BODY)
    for item in (listing, page):
        source, _created = TranslationSource.get_or_create_from_instance(item)
        translated = translate_everything(source, english)

    translated = translated.specific
    assert translated.locale == english
    assert translated.title == "EN: عنوان الصفحة"
    blocks = {block.block_type: block.value for block in translated.body}
    assert blocks["heading"]["text"] == "EN: عنوان فرعي"
    assert "EN: فقرة من النص." in blocks["paragraph"].source
    table = blocks["table"]
    assert table.caption == "EN: الشكاوى حسب المحافظة"
    assert [column["heading"] for column in table.columns] == ["EN: المحافظة", "EN: العدد"]
    assert [[str(cell.value) for cell in row] for row in table.rows] == [["EN: بغداد", "12"]]


def test_event_registration_questions_are_translated(homes):
    english = Locale.objects.get(language_code="en")
    listing = factories.EventIndexPageFactory(parent=homes["ar"], slug="events")
    event = factories.EventPageFactory(parent=listing, slug="seminar", takes_registrations=True)
    RegistrationField.objects.create(page=event, label="الاسم الكامل", field_type="singleline")
    for item in (listing, event):
        translated = translate_everything(
            TranslationSource.get_or_create_from_instance(item)[0], english
        )

    assert [field.label for field in translated.specific.form_fields.all()] == ["EN: الاسم الكامل"]
