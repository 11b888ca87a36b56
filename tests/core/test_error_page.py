"""The 500 page says what is true after a failure: what was sent may not have been saved."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "may_be_unsaved", "choose_files_again", "old_claim"),
    [
        ("ar", "قد لا يكون ما أرسلته قد حُفظ", "فيجب اختيارها من جديد", "لم يُفقد لدينا شيء"),
        (
            "ckb",
            "لەوانەیە ئەوەی ناردووتە پاشەکەوت نەکرابێت",
            "دەبێت دووبارە هەڵیانبژێریتەوە",
            "ون نەبووە",
        ),
        (
            "en",
            "What you sent may not have been saved",
            "Files you had chosen must be chosen again",
            "Nothing you sent has been lost",
        ),
    ],
)
def test_the_error_page_does_not_promise_that_nothing_was_lost(
    client, settings, language, may_be_unsaved, choose_files_again, old_claim
):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.core.failing_urls"
    client.raise_request_exception = False

    response = client.get(f"/{language}/boom/")

    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    text = page.get_text(" ", strip=True)
    assert may_be_unsaved in text
    assert choose_files_again in text
    assert old_claim not in text
    # Where to look before sending it again.
    assert page.select_one(f"a[href='/{language}/complaints/mine/']")
