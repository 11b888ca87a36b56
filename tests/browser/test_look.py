"""What the page looks like, read from the browser's computed styles: one button component
everywhere, the text column lined up with the header, figures in tables lined up with their
headings."""

import io

import pytest
from pypdf import PdfReader

from complaints.models import Case
from tests.browser.sessions import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PUBLIC_PAGES = [
    "/ar/",
    "/en/",
    "/ckb/about/",
    "/ar/complaints/follow-up/",
    "/en/complaints/track/",
    "/ar/complaints/phone/",
    "/ar/complaints/answered/",
    "/ar/transparency/",
    "/en/search/?q=passport",
    "/en/accounts/login/",
    "/ar/accounts/signup/",
    "/en/accounts/password/reset/",
]
CITIZEN_PAGES = [
    "/ar/complaints/submit/",
    "/en/complaints/mine/",
    "/ar/complaints/case/{reference}/",
    "/en/complaints/case/{reference}/receipt/",
    "/ar/accounts/profile/",
    "/en/accounts/email/",
    "/en/accounts/password/change/",
]

# The component's backgrounds (portal.css, section 7): primary, secondary, tertiary, danger.
# The browser's own button is grey (Chromium: rgb(239, 239, 239)) in its own small font.
BUTTON_BACKGROUNDS = {
    "rgb(138, 90, 0)",
    "rgb(255, 255, 255)",
    "rgba(0, 0, 0, 0)",
    "rgb(179, 38, 30)",
}

BUTTONS_OFF_THE_COMPONENT = """bodyFont => {
    document.querySelectorAll("details").forEach(details => { details.open = true; });
    const found = [];
    const selector = "button, input[type=submit], input[type=button], input[type=reset], .button";
    for (const element of document.querySelectorAll(selector)) {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
        if (!element.classList.contains("button")
            || !BACKGROUNDS.includes(style.backgroundColor)
            || style.fontFamily !== bodyFont
            || style.borderTopLeftRadius !== "6px"
            || box.height < 44) {
            found.push([element.outerHTML.slice(0, 120), style.backgroundColor, style.fontFamily]);
        }
    }
    return found;
}""".replace("BACKGROUNDS", str(sorted(BUTTON_BACKGROUNDS)))


def citizen_paths():
    reference = Case.objects.order_by("pk").first().reference
    return [path.format(reference=reference) for path in CITIZEN_PAGES]


def test_every_visible_button_is_the_portals_component(page, site):
    found = {}

    def check(path):
        response = page.goto(f"{site.url}{path}")
        assert response.status == 200, path
        body_font = page.evaluate("getComputedStyle(document.body).fontFamily")
        off = page.evaluate(BUTTONS_OFF_THE_COMPONENT, body_font)
        if off:
            found[path] = off

    for path in PUBLIC_PAGES:
        check(path)
    sign_in(page, site.url, "citizen@example.com", staff=False)
    for path in citizen_paths():
        check(path)

    assert found == {}


# The start edge of the portal's name in the header and of the main heading's text, in CSS
# pixels from the left: the right edges in a right-to-left page.
START_EDGES = """() => {
    const rtl = document.documentElement.dir === "rtl";
    const edge = box => rtl ? box.right : box.left;
    const range = document.createRange();
    range.selectNodeContents(document.querySelector("main h1"));
    return [edge(document.querySelector(".site-brand").getBoundingClientRect()),
            edge(range.getBoundingClientRect())];
}"""


def test_the_text_column_starts_where_the_header_does(page, site):
    page.set_viewport_size({"width": 1280, "height": 900})
    misaligned = {}

    def check(path):
        page.goto(f"{site.url}{path}")
        header, text = page.evaluate(START_EDGES)
        if abs(header - text) > 1:
            misaligned[path] = (header, text)

    for path in ["/ar/", "/en/", "/ar/about/", "/en/about/", "/ckb/complaints/follow-up/"]:
        check(path)
    for path in ["/en/accounts/login/", "/ar/accounts/signup/", "/ar/transparency/"]:
        check(path)
    sign_in(page, site.url, "citizen@example.com", staff=False)
    for path in ["/ar/complaints/submit/", citizen_paths()[2], citizen_paths()[3]]:
        check(path)

    assert misaligned == {}


# For each column of each data table: the heading's computed text-align and the cells', the
# physical edge their text ends on, and whether the figures are tabular.
TABLE_COLUMNS = """() => {
    const rtl = document.documentElement.dir === "rtl";
    const textEdge = cell => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const box = range.getBoundingClientRect();
        return rtl ? box.left : box.right;
    };
    const columns = [];
    for (const table of document.querySelectorAll("table.data-table")) {
        const headings = table.querySelectorAll("thead th");
        headings.forEach((heading, index) => {
            const cells = Array.from(table.querySelectorAll("tbody tr"))
                .map(row => row.children[index]).filter(Boolean);
            const figures = cells.filter(cell => /\\d/.test(cell.textContent));
            columns.push({
                heading: heading.textContent.trim(),
                headingAlign: getComputedStyle(heading).textAlign,
                cellAligns: [...new Set(cells.map(cell => getComputedStyle(cell).textAlign))],
                numeric: figures.length > 0 && figures.length === cells.filter(
                    cell => cell.textContent.trim() !== "–").length && index > 0,
                tabular: figures.every(
                    cell => getComputedStyle(cell).fontVariantNumeric.includes("tabular-nums")),
                headingEnd: textEdge(heading),
                cellEnds: figures.map(textEdge),
            });
        });
    }
    return columns;
}"""


@pytest.mark.parametrize("language", ["ar", "ckb", "en"])
def test_figures_and_their_headings_line_up_at_the_end_edge(page, site, language):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site.url}/{language}/transparency/")

    columns = page.evaluate(TABLE_COLUMNS)

    numeric = [column for column in columns if column["numeric"]]
    assert len(numeric) >= 8  # two tables, each with four counts of cases at least
    for column in columns:
        assert column["cellAligns"] in ([column["headingAlign"]], []), column["heading"]
    for column in numeric:
        assert column["headingAlign"] == "end", column["heading"]
        assert column["tabular"], column["heading"]
        # The padding is the same on both: the text ends on the same vertical line.
        assert all(abs(end - column["headingEnd"]) <= 1 for end in column["cellEnds"]), column


FLAG = ["rgb(206, 17, 38)", "rgb(255, 255, 255)", "rgb(0, 0, 0)"]  # red, white, black

IDENTITY = """() => {
    const header = document.querySelector(".site-header");
    const band = getComputedStyle(header, "::before");
    const mark = header.querySelector(".site-brand img");
    return {
        headerTop: header.getBoundingClientRect().top,
        bandHeight: band.height,
        bandImage: band.backgroundImage,
        mark: mark && mark.complete && mark.naturalWidth > 0 ? mark.src : null,
    };
}"""


def test_every_page_wears_the_flag_band_and_the_mark(page, site):
    for path in ["/ar/", "/ckb/about/", "/en/accounts/login/", "/ar/transparency/", "/ar/nowhere/"]:
        page.goto(f"{site.url}{path}")
        identity = page.evaluate(IDENTITY)

        assert identity["headerTop"] == 0, path
        assert identity["bandHeight"] == "9px", path
        image = identity["bandImage"]
        positions = [image.index(colour) for colour in FLAG]
        assert positions == sorted(positions), (path, image)  # red above white above black
        assert identity["mark"].endswith(".svg"), path

    mark = page.request.get(identity["mark"]).text()
    assert 'role="img"' in mark
    assert "<title" in mark
    assert "Citizen Government" in mark


def printed_text(page):
    pdf = page.pdf(format="A4")
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_a_printed_receipt_or_case_page_is_the_portal_the_reference_and_the_case(page, site):
    sign_in(page, site.url, "citizen@example.com", staff=False)
    case = Case.objects.order_by("pk").first()

    for path, heading in [
        (f"/en/complaints/case/{case.reference}/receipt/", "Your submission has been received"),
        (f"/en/complaints/case/{case.reference}/", "Timeline"),
    ]:
        page.goto(f"{site.url}{path}")
        text = printed_text(page)

        assert text.index("Citizen Government") < text.index(case.reference), path
        assert text.index(case.reference) < text.index(heading), path
        for left_out in ["Submit a request or complaint", "Search", "Sign out", "Contact us"]:
            assert left_out not in text, (path, left_out)  # header, navigation, footer
        for left_out in ["Print this receipt", "Add information or files", "Withdraw"]:
            assert left_out not in text, (path, left_out)  # what one does on screen
        assert "http" not in text, path  # no link's address

    # In Arabic too the reference heads the page (Chromium's PDF text of the Arabic letters
    # themselves is not reliable: the font draws letters from shared shapes).
    page.goto(f"{site.url}/ar/complaints/case/{case.reference}/receipt/")
    assert case.reference in printed_text(page)[:60]
