"""Low bandwidth: a first visit to any kind of public page, with an empty cache, transfers
less than 150 KB of HTML, CSS, JavaScript and fonts (images are the editors' to size).

The test server sends everything uncompressed, while production compresses text (whitenoise
serves CSS and JS pre-compressed; the TLS proxy compresses HTML): text is counted at its gzip
size (level 6, what nginx and most proxies use; whitenoise's brotli is smaller still), fonts
(WOFF2, compressed already) at their size.
"""

import gzip
import sys
from collections import Counter

import pytest

from tests.browser.sessions import sign_in
from tests.conftest import publish
from tests.factories import (
    BulletinIndexPageFactory,
    BulletinPageFactory,
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    RightPageFactory,
    RightsLibraryPageFactory,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BUDGET = 150 * 1024
COUNTED = {"document", "stylesheet", "script", "font"}

# A body of the length of the demo's articles: headings and paragraphs of Arabic with figures
# (distinct, so that compression counts them as an article, not as one paragraph repeated).
PARAGRAPHS = [
    "عقدت دائرة شؤون المواطنين والعلاقات العامة اجتماعها الدوري مع ممثلي الوزارات والمحافظات "
    "لمتابعة الطلبات والشكاوى المتأخرة، وبلغ عدد الطلبات المنجزة 1,250 طلباً خلال الشهر الماضي.",
    "وتقرر تقليص مدة الرد على طلبات إصدار البطاقة الوطنية إلى 15 يوم عمل، على أن تُحال الطلبات "
    "التي تتجاوز هذه المدة إلى الجهة الأعلى مع إشعار المواطن برقم طلبه وموعد الرد المتوقع.",
    "ودعا المجتمعون المواطنين المقيمين خارج العراق إلى استخدام البوابة بدلاً من مراجعة "
    "السفارات، إذ يمكن إرفاق المستندات إلكترونياً ومتابعة الطلب برمز المتابعة دون تسجيل الدخول.",
    "وأكدت الدائرة أن بيانات المواطنين لا يطّلع عليها إلا الموظفون المختصون، وأن أي طلب يتضمن "
    "معلومات شخصية لا يُنشر إلا بموافقة صاحبه وبعد حذف كل ما يدل على هويته.",
]
BODY = [
    block
    for n, text in enumerate(PARAGRAPHS * 2)
    for block in (
        {"type": "heading", "value": {"text": f"القسم {n + 1}", "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{text}</p>"},
    )
]


@pytest.fixture
def public_pages(site, homes):
    """One page of each public kind, in Arabic (the default language, and the heaviest: its
    pages draw on both the Arabic and the Latin fonts), by path."""
    home = homes["ar"]
    bulletins = publish(BulletinIndexPageFactory(parent=home, slug="bulletins"))
    events = publish(EventIndexPageFactory(parent=home, slug="events"))
    campaigns = publish(CampaignIndexPageFactory(parent=home, slug="campaigns"))
    rights = publish(RightsLibraryPageFactory(parent=home, slug="your-rights"))
    for n in range(6):
        publish(BulletinPageFactory(parent=bulletins, slug=f"bulletin-{n}", body=BODY))
        publish(EventPageFactory(parent=events, slug=f"event-{n}", body=BODY))
        publish(RightPageFactory(parent=rights, slug=f"right-{n}", body=BODY))
    publish(CampaignPageFactory(parent=campaigns, slug="back-to-school", body=BODY))
    return {
        "home": "/ar/",
        "bulletin listing": "/ar/bulletins/",
        "bulletin": "/ar/bulletins/bulletin-0/",
        "event listing": "/ar/events/",
        "event": "/ar/events/event-0/",
        "campaign": "/ar/campaigns/back-to-school/",
        "rights library": "/ar/your-rights/",
        "transparency": "/ar/transparency/",
        "search": "/ar/search/?q=النشرة",
        "sign-in": "/ar/accounts/login/",
        "submission form": "/ar/complaints/submit/",
    }


def first_visit(browser, url, storage_state=None):
    """Bytes by kind of resource for one visit in a fresh context (an empty cache)."""
    context = browser.new_context(storage_state=storage_state)
    page = context.new_page()
    responses = []

    def keep(answer):  # Playwright cannot take a bound built-in method as a handler
        responses.append(answer)

    page.on("response", keep)
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, url
    page.evaluate("document.fonts.ready.then(() => document.fonts.size)")
    page.wait_for_load_state("networkidle")
    sizes = Counter()
    for answer in responses:
        kind = answer.request.resource_type
        if kind not in COUNTED or not 200 <= answer.status < 300:
            continue
        body = answer.body()
        sizes[kind] += len(body) if kind == "font" else len(gzip.compress(body, 6))
        if kind == "document":
            sizes["raw html"] += len(body)
    context.close()
    return sizes


def total(sizes):
    return sum(size for kind, size in sizes.items() if kind in COUNTED)


def test_every_kind_of_public_page_weighs_under_150_kb_on_a_first_visit(
    browser, page, site, public_pages
):
    sign_in(page, site.url, "citizen@example.com", staff=False)
    citizen = page.context.storage_state()

    weights = {
        name: first_visit(browser, site.url + path, citizen if name == "submission form" else None)
        for name, path in public_pages.items()
    }

    report = "\n".join(
        f"{name}: {total(sizes) / 1024:.1f} KB "
        + ", ".join(f"{kind} {size / 1024:.1f}" for kind, size in sorted(sizes.items()))
        for name, sizes in weights.items()
    )
    sys.stdout.write(f"{report}\n")  # shown with -s: the figures the README records
    assert all(sizes["font"] for sizes in weights.values())  # the fonts were counted
    assert {name for name, sizes in weights.items() if total(sizes) >= BUDGET} == set(), report
