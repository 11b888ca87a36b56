"""The citizen's portal on a phone, in a real browser: references that read left to right in
Arabic and Kurdish, no page that scrolls sideways at 320 px, a header that leaves the screen
to the page, forms sent once, and a failed submit that says so where the citizen is."""

import re

import pytest

from complaints.models import Agency, Case, CaseEvent, Category
from tests.browser.sessions import sign_in
from tests.browser.test_accessibility import serious_violations
from tests.complaints.conftest import submit
from tests.factories.site import TEAM, team_member

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LANGUAGES = ["ar", "ckb", "en"]
PHONE = {"width": 390, "height": 844}
SMALLEST = {"width": 320, "height": 640}

# The left edges of the first and the last group of digits in an element's text, in pixels.
GROUP_EDGES = """element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const text = node.textContent;
    const edge = (start, end) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        return range.getBoundingClientRect().left;
    };
    return [edge(0, text.indexOf("-")), edge(text.lastIndexOf("-") + 1, text.length)];
}"""

SIDEWAYS = "document.documentElement.scrollWidth - window.innerWidth"
# How many lines an element's text takes.
LINES = """element => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set(Array.from(range.getClientRects(), rect => Math.round(rect.top))).size;
}"""


def track(page, base, submission):
    page.goto(f"{base}/complaints/track/")
    page.fill("#id_reference", submission.case.reference)
    page.fill("#id_access_code", submission.access_code)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_the_track_result_shows_the_reference_left_to_right(page, site, language):
    submission = submit(team_member("citizen"))
    reference = submission.case.reference

    track(page, f"{site.url}/{language}", submission)

    isolated = page.locator("h1 bdi[dir=ltr]")
    assert isolated.inner_text() == reference
    first, last = isolated.evaluate(GROUP_EDGES)
    assert first < last, f"{reference} shows as {reference[::-1]}"
    assert page.evaluate("getComputedStyle(document.querySelector('h1 bdi')).whiteSpace") == (
        "nowrap"
    )


def test_no_page_scrolls_sideways_at_320_pixels(page, site):
    citizen = team_member("citizen")
    submission = submit(citizen)
    submit(
        citizen,
        agency="GOV-BASRA",
        category="BASRA-MUNICIPAL",
        kind="complaint",
        subject="تراكم النفايات في الشارع الرئيسي لحي الجمهورية منذ أسابيع",
    )
    reference = submission.case.reference
    page.set_viewport_size(SMALLEST)
    wide = {}

    def check(language, name, path):
        response = page.goto(f"{site.url}/{language}{path}")
        assert response.status in {200, 404}, (language, name, response.status)
        overflow = page.evaluate(SIDEWAYS)
        if overflow > 0:
            wide[f"{language} {name}"] = overflow

    for language in LANGUAGES:
        track(page, f"{site.url}/{language}", submission)
        for name, path in [
            ("home", "/"),
            ("general page", "/about/"),
            ("track form", "/complaints/track/"),
            ("track result", f"/complaints/track/{reference}/"),
            ("sign-in", "/accounts/login/"),
            ("sign-up", "/accounts/signup/"),
            ("404", "/no-such-page/"),
        ]:
            check(language, name, path)
    sign_in(page, site.url, citizen.email, staff=False)
    for language in LANGUAGES:
        for name, path in [
            ("submit form", "/complaints/submit/"),
            ("my requests", "/complaints/mine/"),
            ("case page", f"/complaints/case/{reference}/"),
            ("receipt", f"/complaints/case/{reference}/receipt/"),
        ]:
            check(language, name, path)

    assert wide == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_my_requests_are_cards_on_a_phone_with_every_value_shown(page, site, language):
    sign_in(page, site.url, TEAM["citizen"][0], staff=False)
    page.set_viewport_size(PHONE)

    page.goto(f"{site.url}/{language}/complaints/mine/")

    first = page.locator("tbody tr").first
    box = first.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= PHONE["width"]
    status = first.locator(".status")
    assert status.is_visible()
    status_box = status.bounding_box()
    assert status_box["x"] >= 0
    assert status_box["x"] + status_box["width"] <= PHONE["width"]
    # A reference never breaks at its hyphens: its text is on one line.
    reference = first.locator("bdi[dir=ltr]").first
    assert re.fullmatch(r"\d{2}-\d{6}-\d", reference.inner_text())
    assert reference.evaluate(LINES) == 1
    assert serious_violations(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_takes_a_quarter_of_a_phone_screen_and_opens_a_menu(page, site, language):
    sign_in(page, site.url, TEAM["citizen"][0], staff=False)
    page.set_viewport_size(PHONE)
    page.goto(f"{site.url}/{language}/")

    header = page.locator("header.site-header")
    assert header.bounding_box()["height"] <= 240
    actions = header.locator(".site-actions a")
    assert actions.count() == 2
    assert all(actions.nth(i).is_visible() for i in range(2))
    assert actions.nth(1).bounding_box()["y"] + actions.nth(1).bounding_box()["height"] <= 240
    search = page.locator("#site-search-q")
    assert not search.is_visible()

    # The keyboard opens it and Escape closes it, back on the button.
    menu_button = header.locator("summary")
    menu_button.focus()
    page.keyboard.press("Enter")
    assert search.is_visible()
    assert page.locator(".language-switcher").is_visible()
    assert serious_violations(page) == []
    page.keyboard.press("Escape")
    assert not search.is_visible()
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"


def test_the_menu_opens_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site.url}/ar/")

    assert not page.locator("#site-search-q").is_visible()
    page.locator("header summary").click()
    assert page.locator("#site-search-q").is_visible()
    context.close()


@pytest.mark.parametrize("java_script", [True, False])
def test_on_a_desktop_the_navigation_shows_without_a_menu_button(browser, site, java_script):
    context = browser.new_context(
        java_script_enabled=java_script, viewport={"width": 1280, "height": 800}
    )
    page = context.new_page()
    page.goto(f"{site.url}/ar/")

    assert not page.locator("header summary").is_visible()
    assert page.locator("#site-search-q").is_visible()
    assert page.locator(".language-switcher").is_visible()
    assert page.locator(".account-menu").is_visible()
    context.close()


def fill_submission(page):
    page.select_option("#id_agency", str(Agency.objects.get(code="MOI").pk))
    page.check("input[name=kind][value=request]")
    page.select_option("#id_category", str(Category.objects.get(code="PASSPORT").pk))
    page.fill("#id_subject", "تجديد جواز السفر")
    page.fill("#id_details", "أرجو تجديد جواز سفري المنتهي منذ شهر.")


def click_twice(page, button, path):
    """Click ``button``, and click it again while the first request is on its way (held
    until both clicks are done); the POST requests the browser sent to ``path``."""
    posts, held = [], []
    page.on(
        "request",
        lambda request: (
            posts.append(request.url)
            if request.method == "POST" and request.url.endswith(path)
            else None
        ),
    )
    page.route(
        f"**{path}",
        lambda route: held.append(route) if route.request.method == "POST" else route.continue_(),
    )
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(300)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(300)
    sent = list(posts)
    for route in held:
        route.continue_()
    page.unroute(f"**{path}")
    return sent


def test_a_double_click_on_submit_sends_the_submission_once(page, site):
    citizen = team_member("citizen")
    sign_in(page, site.url, citizen.email, staff=False)
    page.goto(f"{site.url}/ar/complaints/submit/")
    fill_submission(page)
    cases_before = Case.objects.filter(citizen=citizen).count()

    posts = click_twice(
        page, page.locator("form.form button[type=submit]:not([name])"), "/complaints/submit/"
    )

    assert len(posts) == 1
    page.wait_for_url(re.compile(r"/receipt/$"))
    assert Case.objects.filter(citizen=citizen).count() == cases_before + 1


def test_a_double_click_on_send_adds_the_reply_once(page, site):
    citizen = team_member("citizen")
    case = submit(citizen).case
    sign_in(page, site.url, citizen.email, staff=False)
    page.goto(f"{site.url}/ar/complaints/case/{case.reference}/")
    page.fill("#id_message", "أرفقت نسخة من الجواز القديم.")

    posts = click_twice(
        page, page.locator("form[action$='/reply/'] button[type=submit]"), "/reply/"
    )

    assert len(posts) == 1
    page.wait_for_url(re.compile(rf"/case/{case.reference}/$"))
    assert CaseEvent.objects.filter(case=case, kind="citizen_reply").count() == 1


def test_the_submit_button_is_disabled_once_sent_and_works_again_from_the_history(page, site):
    sign_in(page, site.url, TEAM["citizen"][0], staff=False)
    page.goto(f"{site.url}/ar/complaints/submit/")
    fill_submission(page)
    # "No content": the browser stays on the form, as it does while a slow answer is awaited.
    page.route(
        "**/complaints/submit/",
        lambda route: (
            route.fulfill(status=204) if route.request.method == "POST" else route.continue_()
        ),
    )
    button = page.locator("form.form button[type=submit]:not([name])")

    button.click()
    page.wait_for_function("document.querySelector('form.form button:not([name])').disabled")

    # Back to the page from the back-forward cache.
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert button.is_enabled()


@pytest.mark.parametrize(
    ("language", "error"), [("ar", "خطأ:"), ("ckb", "هەڵە:"), ("en", "Error:")]
)
def test_a_failed_submit_takes_focus_to_the_error_summary(page, site, language, error):
    sign_in(page, site.url, TEAM["citizen"][0], staff=False)
    page.goto(f"{site.url}/{language}/complaints/submit/")

    page.locator("form.form button[type=submit]:not([name])").click()
    page.wait_for_load_state()

    assert page.evaluate("document.activeElement.className") == "error-summary"
    assert page.title().startswith(f"{error} ")
    # An invalid text box shows its error as an invalid list does.
    colour = "el => getComputedStyle(el).borderInlineStartColor"
    assert (
        page.locator("#id_subject").evaluate(colour)
        == (page.locator("#id_agency").evaluate(colour))
        == "rgb(179, 38, 30)"
    )
    assert serious_violations(page) == []
