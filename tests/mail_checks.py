"""What every e-mail of the portal is, whatever it says (site/core/mail.py): its subject in
the recipient's language and naming the portal, a text part and an HTML part, the HTML in
the language's direction with nothing loaded from anywhere, references and addresses
isolated left to right, and every link on the configured public address."""

import re

from bs4 import BeautifulSoup

LRI, PDI = "\u2066", "\u2069"
PORTAL_NAMES = {"ar": "حكومة المواطن", "ckb": "حکوومەتی هاووڵاتی", "en": "Citizen Government"}
# A public address the development server's default (127.0.0.1:8000) cannot be taken for.
PUBLIC_URL = "http://127.0.0.1:8101"
SORANI_LETTERS = set("ەێۆڕڵڤگچپژ")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


def written_in(text, language):
    """Letters of ``language``'s script and none of the others': Sorani has letters Arabic
    lacks; English none of the Arabic script."""
    if language == "en":
        return bool(re.search(r"[A-Za-z]", text)) and not ARABIC_SCRIPT.search(text)
    has_sorani = bool(SORANI_LETTERS & set(text))
    return bool(ARABIC_SCRIPT.search(text)) and has_sorani == (language == "ckb")


def html_part(message):
    parts = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    assert len(parts) == 1, "one HTML part"
    return parts[0]


def check_portal_mail(message, language, *, isolated=(), typed=(), public_url=PUBLIC_URL):
    """Assert what every mail holds; return its text and its parsed HTML. ``typed``: text
    of either language in the subject (a page's title), left out of its language check."""
    name = PORTAL_NAMES[language]
    assert message.subject.startswith(f"{name}: "), message.subject
    wording = message.subject.removeprefix(f"{name}: ")
    for value in typed:
        wording = wording.replace(value, "")
    assert written_in(wording, language), message.subject
    assert "\n" not in message.subject

    text = message.body
    html = html_part(message)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == language
    assert soup.html["dir"] == ("ltr" if language == "en" else "rtl")
    assert name in soup.get_text()
    assert f"\n-- \n{name}\n" in text  # signed by the portal, not by a host name
    assert "Hello from" not in text + html
    assert not soup.select("img, script, link, style, iframe, object")

    shown = [bdi.get_text() for bdi in soup.select('bdi[dir="ltr"]')]
    for value in isolated:
        assert value in shown, (value, shown)
        if language == "en":
            assert value in text
        else:
            assert f"{LRI}{value}{PDI}" in text, value
    if language == "en":
        assert LRI not in text + message.subject

    links = [a["href"] for a in soup.select("a[href]")] + re.findall(r"https?://\S+", text)
    assert links
    assert [link for link in links if not link.startswith(f"{public_url}/")] == []
    if "127.0.0.1:8000" not in public_url:
        assert "127.0.0.1:8000" not in text + html
    # Each link in the text alone on its line: nothing a mail program could take into it.
    for line in text.splitlines():
        if "http" in line:
            assert line.startswith(public_url), line
            assert " " not in line, line
    return text, soup
