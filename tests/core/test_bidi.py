"""Left-to-right values inside right-to-left text: references, codes, phone numbers and
addresses keep their order on pages (<bdi dir="ltr">) and in e-mails and text messages (LRI
... PDI), and the title says when a form came back with errors."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from citizens_site.core import bidi

LRI, PDI = "\u2066", "\u2069"


def render(source, **context):
    return Template("{% load portal_tags %}" + source).render(Context(context))


def test_a_value_on_a_page_is_escaped_and_isolated_left_to_right():
    assert render("{{ v|ltr }}", v="<b>26-000003-5") == (
        '<bdi dir="ltr" class="ltr">&lt;b&gt;26-000003-5</bdi>'
    )
    assert render("{{ v|ltr }}", v="") == ""


def test_only_the_numbers_of_a_hint_are_isolated_and_the_rest_escaped():
    html = render("{{ v|ltr_numbers }}", v="مثل 0770 123 4567، أو +44 7911 123456 <i>'5,000'</i>")

    isolated = [bdi.get_text() for bdi in BeautifulSoup(html, "html.parser").find_all("bdi")]
    assert isolated == ["0770 123 4567", "+44 7911 123456", "5,000"]
    assert "<i>" not in html
    assert "&#x27;" in html


def test_a_value_in_an_e_mail_is_isolated_with_its_no_wrap_inline():
    """Mail programs drop style sheets: the no-wrap the page's class gives is in the tag."""
    assert render("{{ v|ltr_mail }}", v="<b>26-000003-5") == (
        '<bdi dir="ltr" style="white-space:nowrap">&lt;b&gt;26-000003-5</bdi>'
    )
    assert render("{{ v|ltr_mail }}", v=None) == ""


def test_typed_text_takes_the_direction_of_its_first_letter_in_right_to_left_text():
    with translation.override("ckb"):
        assert render("{{ v|typed_text }}", v="0770 123 4567") == "\u20680770 123 4567" + PDI
    with translation.override("en"):
        assert render("{{ v|typed_text }}", v="سارة علي") == "سارة علي"
    assert render("{{ v|typed_html }}", v="<i>سارة</i>") == "<bdi>&lt;i&gt;سارة&lt;/i&gt;</bdi>"


@pytest.mark.parametrize(("language", "isolated"), [("ar", True), ("ckb", True), ("en", False)])
def test_plain_text_is_isolated_only_in_right_to_left_languages(language, isolated):
    with translation.override(language):
        text = bidi.text("26-000003-5")

    assert text == (f"{LRI}26-000003-5{PDI}" if isolated else "26-000003-5")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "ckb", "en"])
def test_the_example_phone_numbers_of_the_sign_up_form_read_left_to_right(client, language):
    response = client.get(f"/{language}/accounts/signup/")

    hint = BeautifulSoup(response.content, "html.parser").select_one("#id_phone_helptext")
    assert [bdi.get_text() for bdi in hint.select("bdi[dir=ltr]")] == [
        "0770 123 4567",
        "+44 7911 123456",
    ]


@pytest.mark.django_db
def test_the_example_numbers_of_an_error_read_left_to_right_and_the_title_says_error(client):
    response = client.post("/ar/complaints/phone/", {"phone": "12"})

    page = BeautifulSoup(response.content, "html.parser")
    error = page.select_one("#id_phone_error")
    assert [bdi.get_text() for bdi in error.select("bdi[dir=ltr]")] == [
        "0770 123 4567",
        "+44 7911 123456",
    ]
    assert page.select_one("#id_phone")["aria-describedby"].endswith("id_phone_error")
    assert page.title.get_text().startswith("خطأ: ")


@pytest.mark.django_db
def test_a_page_without_errors_has_no_error_in_its_title(client):
    response = client.get("/ar/complaints/phone/")

    assert "خطأ" not in BeautifulSoup(response.content, "html.parser").title.get_text()


def test_a_hint_that_is_markup_already_keeps_its_markup():
    from django.utils.functional import lazy
    from django.utils.safestring import SafeString, mark_safe

    hint = lazy(
        lambda: mark_safe('<a href="/ar/accounts/password/reset/">نسيت؟</a>'), str, SafeString
    )()

    assert render("{{ v|ltr_numbers }}", v=hint) == (
        '<a href="/ar/accounts/password/reset/">نسيت؟</a>'
    )
