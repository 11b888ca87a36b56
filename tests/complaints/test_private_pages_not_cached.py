"""Pages with a citizen's personal data tell every cache (a shared proxy, the browser's
back-forward store on a shared computer) not to keep them: Cache-Control private, no-store."""

import pytest
from bs4 import BeautifulSoup

from complaints.messaging import sms

from .test_submission import SUBMIT, form_data

pytestmark = pytest.mark.django_db


def stored(response):
    """Whether a cache may keep the response: Cache-Control without private and no-store."""
    cache_control = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return not {"private", "no-store"} <= cache_control


def test_every_page_with_personal_data_forbids_caching(
    client, reference_data, citizen, settings, django_capture_on_commit_callbacks
):
    settings.SMS_BACKEND = "complaints.messaging.sms.LocmemBackend"
    sms.outbox.clear()
    client.force_login(citizen)
    seen = {}
    submitted = client.post(SUBMIT, form_data(), follow=True)
    receipt = BeautifulSoup(submitted.content, "html.parser")
    reference = receipt.select_one(".receipt__reference").get_text()
    access_code = receipt.select_one(".receipt__code").get_text()
    case = f"/ar/complaints/case/{reference}/"

    seen["the receipt, with the access code"] = submitted
    for url in [
        "/ar/complaints/submit/",
        "/ar/complaints/mine/",
        case,
        f"{case}receipt/",
        "/ar/accounts/profile/",
        "/ar/accounts/email/",
        "/ar/accounts/password/change/",
        "/ar/accounts/2fa/",
        "/ar/complaints/track/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        seen[url] = response
    # A reply refused: the case page again, with what was typed.
    seen["refused reply"] = client.post(f"{case}reply/", {"message": ""})
    seen["refused submission"] = client.post(SUBMIT, form_data(subject=""))

    tracked = client.post(
        "/ar/complaints/track/", {"reference": reference, "access_code": access_code}, follow=True
    )
    assert tracked.redirect_chain
    assert tracked.status_code == 200
    seen["the tracked case"] = tracked

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ar/complaints/phone/", {"phone": "0770 123 4567"})
    seen["the phone code page"] = client.get("/ar/complaints/phone/code/")
    code = "".join(ch for ch in sms.outbox[-1]["message"] if ch.isdigit())[:6]
    cases = client.post("/ar/complaints/phone/code/", {"code": code}, follow=True)
    assert reference in cases.text
    seen["the cases of a phone"] = cases

    assert [what for what, response in seen.items() if stored(response)] == []
