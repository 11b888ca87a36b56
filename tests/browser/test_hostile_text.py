"""Markup that a citizen typed never runs in a real browser: no dialog opens on the admin's
listing, dashboard or case page, nor on the citizen's own pages."""

import pytest

from complaints.models import Agency, Category
from tests.browser.sessions import sign_in, sign_out
from tests.factories import CaseFactory
from tests.factories.site import team_member

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SUBJECT = '<script>alert("subject")</script><img src=x onerror=alert("img")> تأخر'
DETAILS = '<svg onload=alert("svg")></svg><iframe src="javascript:alert(1)"></iframe> تفاصيل'


def test_no_dialog_opens_anywhere_the_text_is_shown(page, site):
    case = CaseFactory(
        citizen=team_member("citizen"),
        subject=SUBJECT,
        details=DETAILS,
        agency=Agency.objects.get(code="MOI-NCA"),
        category=Category.objects.get(code="CIVIL-ID"),
    )
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    sign_in(page, site.url, "moderator@example.com", staff=True)
    for path in ["/admin/", "/admin/cases/", f"/admin/cases/{case.pk}/"]:
        page.goto(f"{site.url}{path}")
        page.wait_for_load_state("networkidle")
    assert page.get_by_text('<script>alert("subject")</script>', exact=False).count() >= 1
    sign_out(page)
    sign_in(page, site.url, "citizen@example.com", staff=False)
    for path in ["/ar/complaints/mine/", f"/ar/complaints/case/{case.reference}/"]:
        page.goto(f"{site.url}{path}")
        page.wait_for_load_state("networkidle")

    assert dialogs == []
