"""Site search: Arabic spellings that readers treat as one word find the same pages."""

import pytest

from search.query import highlight, query_words
from tests.conftest import publish
from tests.factories import (
    BulletinIndexPageFactory,
    BulletinPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def result_titles(response):
    results = response.context["results"]
    return [page.title for page in results.object_list] if results else []


@pytest.fixture
def pages(homes):
    bulletins = BulletinIndexPageFactory(parent=homes["ar"], slug="bulletins")
    news = NewsIndexPageFactory(parent=homes["ar"], slug="news")
    english_news = NewsIndexPageFactory(parent=homes["en"], slug="news")
    for page in [
        BulletinPageFactory(
            parent=bulletins,
            title="إطلاق خدمة المدرسة الإلكترونية",
            search_description="تسجيل التلاميذ في المدرسة عبر البوابة.",
        ),
        NewsPageFactory(
            parent=news,
            title="زيارة مستشفى الكَرْخ",
            search_description="جولة ميدانية في المستشفى لمتابعة الشكاوى.",
        ),
        NewsPageFactory(
            parent=news,
            title="أحمد يتسلّم جواز سفره",
            search_description="قصة مواطن أنجزت معاملته إلكترونياً.",
        ),
        NewsPageFactory(
            parent=english_news,
            title="School enrolment online",
            search_description="Pupils can now enrol through the portal.",
        ),
    ]:
        publish(page)
    return homes


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("المدرسة", "إطلاق خدمة المدرسة الإلكترونية"),  # as written
        ("المدرسه", "إطلاق خدمة المدرسة الإلكترونية"),  # ta marbuta typed as ha
        ("الْمَدْرَسَة", "إطلاق خدمة المدرسة الإلكترونية"),  # with diacritics
        ("المـــدرسة", "إطلاق خدمة المدرسة الإلكترونية"),  # with tatweel
        ("اطلاق", "إطلاق خدمة المدرسة الإلكترونية"),  # alef without hamza below
        ("مستشفي", "زيارة مستشفى الكَرْخ"),  # alef maqsura typed as ya
        ("الكرخ", "زيارة مستشفى الكَرْخ"),  # diacritics in the text
        ("احمد", "أحمد يتسلّم جواز سفره"),  # alef without hamza above
        ("آحمد", "أحمد يتسلّم جواز سفره"),  # alef madda
        ("مدرسة", "إطلاق خدمة المدرسة الإلكترونية"),  # without the article
        ("بالمدرسة", "إطلاق خدمة المدرسة الإلكترونية"),  # with a joined preposition
        ("البوابه", "إطلاق خدمة المدرسة الإلكترونية"),  # the text says عبر البوابة
    ],
)
def test_arabic_spelling_variants_find_the_same_page(client, pages, query, expected):
    response = client.get("/ar/search/", {"q": query})

    assert result_titles(response) == [expected]


def test_search_covers_only_the_current_language(client, pages):
    assert result_titles(client.get("/en/search/", {"q": "school"})) == ["School enrolment online"]
    assert result_titles(client.get("/ar/search/", {"q": "school"})) == []


def test_unpublished_pages_are_not_found(client, pages):
    draft = NewsPageFactory(
        parent=pages["ar"].get_children().get(slug="news"), title="مسودة عن المدرسة", live=False
    )
    draft.save()

    assert "مسودة عن المدرسة" not in result_titles(client.get("/ar/search/", {"q": "المدرسة"}))


def test_type_facet_counts_and_narrows_the_results(client, pages):
    everything = client.get("/ar/search/", {"q": "البوابة"})
    facets = {facet["key"]: facet["count"] for facet in everything.context["facets"]}
    assert facets == {"publications.bulletinpage": 1}

    news_only = client.get("/ar/search/", {"q": "المواطن الكرخ", "type": "publications.newspage"})
    assert news_only.status_code == 200


def test_facet_filter_keeps_only_that_type(client, pages):
    response = client.get("/ar/search/", {"q": "المستشفى", "type": "publications.bulletinpage"})

    assert result_titles(response) == []
    assert response.context["chosen_type"] == "publications.bulletinpage"


def test_found_words_are_highlighted_whatever_their_spelling(client, pages):
    response = client.get("/ar/search/", {"q": "المدرسه"})

    assert "<mark>المدرسة</mark>" in response.text


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "<script>alert(1)</script>",
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "NOT AND OR *",
        "مدرسة " * 400,
        "ـــ ً ٌ",
    ],
)
def test_odd_queries_get_a_sensible_page(client, pages, query):
    response = client.get("/ar/search/", {"q": query})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


def test_long_query_is_cut_and_says_so(client, pages):
    response = client.get("/ar/search/", {"q": "المدرسة " * 300})

    assert response.context["was_cut"] is True
    assert result_titles(response) == ["إطلاق خدمة المدرسة الإلكترونية"]


def test_results_are_paginated_with_the_query_kept(client, homes):
    listing = NewsIndexPageFactory(parent=homes["ar"], slug="news")
    for number in range(14):
        publish(NewsPageFactory(parent=listing, title=f"خبر عن الجواز {number}"))

    response = client.get("/ar/search/", {"q": "الجواز"})

    assert len(result_titles(response)) == 10
    assert "q=%D8%A7%D9%84%D8%AC%D9%88%D8%A7%D8%B2&amp;page=2" in response.text


def test_query_words_drop_markup_and_normalise():
    words, cut = query_words("<b>الإسْتِمارة</b> OR 1=1")
    assert words == ["b", "استمار", "or", "1"]  # each word once, as its light stem
    assert cut is False


def test_highlight_marks_the_whole_word_with_its_article():
    html = str(highlight("تسجيل التلاميذ بالمدرسة ومدرستها", ["مدرسه"]))

    assert html == "تسجيل التلاميذ <mark>بالمدرسة</mark> ومدرستها"


def test_highlight_escapes_the_text():
    assert str(highlight("<i>مدرسة</i>", ["مدرسه"])) == "&lt;i&gt;<mark>مدرسة</mark>&lt;/i&gt;"


@pytest.mark.parametrize("query", ["المدرسي", "مدرسية", "المدرسية الإلكتروني"])
def test_related_forms_of_a_word_find_the_page(client, pages, query):
    response = client.get("/ar/search/", {"q": query})

    assert result_titles(response) == ["إطلاق خدمة المدرسة الإلكترونية"]


def test_a_related_form_is_highlighted_whole(client, pages):
    response = client.get("/ar/search/", {"q": "المدرسي"})

    assert "<mark>المدرسة</mark>" in response.text


@pytest.mark.parametrize("language", ["en", "ckb"])
def test_an_arabic_word_on_another_site_offers_the_arabic_pages(client, pages, language):
    response = client.get(f"/{language}/search/", {"q": "المدرسة"})

    assert result_titles(response) == []
    offer = response.context["elsewhere"]
    assert [(o["language"], o["count"]) for o in offer] == [("ar", 1)]
    assert offer[0]["url"] == "/ar/search/?q=%D8%A7%D9%84%D9%85%D8%AF%D8%B1%D8%B3%D8%A9"
    assert "العربية" in response.text


def test_no_offer_when_the_language_has_results(client, pages):
    response = client.get("/en/search/", {"q": "school"})

    assert result_titles(response) == ["School enrolment online"]
    assert response.context["elsewhere"] == []
