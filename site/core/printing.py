"""Printing to PDF with WeasyPrint, for every app: the fonts and the call.

Vazirmatn (OFL, from the npm package @expo-google-fonts/vazirmatn 0.4.1): full TrueType files
with Arabic and Sorani letters drawn whole. The site's Noto Sans Arabic builds letters from a
dotless base and dots, which prints well but makes the PDF's text come out with wrong letters
when copied or searched. One family per file: WeasyPrint mixes up several. Templates name the
families 'Case File' and 'Case File Bold' and put ``font_css`` in their <style>.
"""

from pathlib import Path

FONTS = Path(__file__).resolve().parent / "print_fonts"
FONT_CSS = "".join(
    f"@font-face {{ font-family: '{family}'; src: url('{(FONTS / name).as_uri()}'); }}\n"
    for family, name in [
        ("Case File", "Vazirmatn_400Regular.ttf"),
        ("Case File Bold", "Vazirmatn_700Bold.ttf"),
    ]
)


def html_to_pdf(html: str) -> bytes:
    """The PDF of a page of HTML that uses the fonts above. Seconds of work: call it from a
    task or a command, never in a request."""
    from weasyprint import HTML  # imported here: it loads Pango, which only the worker needs

    return HTML(string=html, base_url=str(FONTS)).write_pdf()
