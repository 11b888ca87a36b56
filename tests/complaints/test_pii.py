"""The personal-data check on texts proposed for publication."""

import pytest

from complaints.cases.pii import find_personal_data


@pytest.mark.parametrize(
    "text",
    [
        "اتصل بي على 0770 123 4567",
        "رقمي +964 770 123 4567",
        "هاتفي ٠٧٧٠١٢٣٤٥٦٧",
        "my UK number is +44 7911 123456",
        "راسلني على ali.hassan@example.com",
        "رقم البطاقة الوطنية 199012345678",
    ],
)
def test_contact_details_and_long_numbers_are_flagged(text):
    assert find_personal_data(text)


def test_the_citizens_own_names_are_flagged_whatever_the_spelling():
    flagged = find_personal_data("قال المواطن أحمد كاظم إن الطلب تأخر", names=["احمد كاظم السعدي"])

    assert flagged == ["احمد", "كاظم"]


def test_an_anonymised_text_is_clean():
    text = "سأل مواطن عن مدة إصدار البطاقة الوطنية، والجواب: عشرة أيام عمل من تاريخ التقديم."

    assert find_personal_data(text, names=["زينب عباس"]) == []
