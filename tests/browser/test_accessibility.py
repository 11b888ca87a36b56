"""The pages a person sees, in a real browser: axe finds no serious or critical violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def serious_violations(page):
    """Run axe in the page. Injected with evaluate(): add_script_tag breaks under our CSP."""
    axe = Axe()
    page.evaluate(axe.axe_script)
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]])
        for v in results["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("ckb", "rtl"), ("en", "ltr")])
def test_home_page_has_no_serious_accessibility_violation(page, site, code, direction, width):
    """On a desktop screen and on the narrowest phone (the menu folded behind its button);
    the accessibility statement (home/demo/pages/accessibility.toml) says so."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{site.url}/{code}/")

    assert page.locator("html").get_attribute("dir") == direction
    assert serious_violations(page) == []


def test_home_page_works_on_a_320_pixel_screen(page, site):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site.url}/ar/")

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert page.get_by_role("link", name="تقديم طلب أو شكوى").first.is_visible()


def test_skip_link_moves_focus_to_the_main_content(page, site):
    page.goto(f"{site.url}/en/")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_public_pages_raise_no_content_security_policy_violation(page, site):
    messages = []
    page.on("console", lambda message: messages.append(message.text))

    for code in ["ar", "en"]:
        page.goto(f"{site.url}/{code}/about/")

    assert [m for m in messages if "Content Security Policy" in m] == []
    font_loaded = page.evaluate("document.fonts.check('16px \"Noto Sans Arabic\"', 'ع')")
    assert font_loaded


PUBLIC_RELATIONS_PAGES = [
    "/ar/bulletins/",
    "/ar/bulletins/bulletin-1/",
    "/en/news/?kind=media_appearance",
    "/ckb/events/",
    "/en/events/rights-seminar-baghdad/",
    "/en/events/rights-seminar-baghdad/register/",
    "/ar/reports/",
    "/ar/campaigns/back-to-school/",
    "/ckb/your-rights/",
    "/en/your-rights/right-to-education/",
    "/ar/search/?q=المدرسه",
    "/ar/transparency/",
    "/en/transparency/?period=90",
    "/ar/accessibility/",
    "/ckb/accessibility/",
]


def test_public_relations_pages_have_no_serious_accessibility_violation(page, demo_site):
    found = {}
    for path in PUBLIC_RELATIONS_PAGES:
        response = page.goto(f"{demo_site.url}{path}")
        assert response.status == 200, path
        violations = serious_violations(page)
        if violations:
            found[path] = violations

    assert found == {}


def test_reports_tables_scroll_on_a_320_pixel_screen_without_the_page(page, demo_site):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{demo_site.url}/ar/reports/")
    page.locator(".card__link").first.click()
    page.wait_for_load_state()

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert page.locator("table caption").first.is_visible()
