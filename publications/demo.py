"""Demo publications in every language: the four listings under the home page, bulletins,
news of every kind, events (one with a registration form) and monitoring reports with tables.

Pure data: one file per page in ``demo/`` (``bulletins.toml`` is the listing, ``bulletins/``
its pages), loaded by ``load_demo`` with site/core's ``demo.data``. Dates are written relative
to today, so "upcoming" stays upcoming.
"""

from pathlib import Path

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.documents import get_document_model

from citizens_site.core.printing import FONT_CSS, html_to_pdf

from .models import BulletinPage

DEPENDS_ON = ["core", "home"]
PAGES = Path(__file__).with_name("demo")


def finish(pages, *, stdout):
    """Each bulletin, in each language, carries its printed issue: a PDF of its own text, as
    the department would print it. Skipped, with a word, where WeasyPrint cannot run (no
    Pango: `make pdf-deps`)."""
    bulletins = [page for page in pages if isinstance(page, BulletinPage)]
    translations = BulletinPage.objects.filter(
        translation_key__in=[page.translation_key for page in bulletins], pdf__isnull=True
    )
    Document = get_document_model()
    made = 0
    for bulletin in translations.select_related("locale"):
        language = bulletin.locale.language_code
        with translation.override(language):
            html = render_to_string(
                "publications/printed_issue.html",
                {
                    "page": bulletin,
                    "font_css": FONT_CSS,
                    "bidi": translation.get_language_bidi(),
                    "language": language,
                },
            )
        try:
            pdf = html_to_pdf(html)
        except OSError as error:  # Pango missing: WeasyPrint cannot load
            stdout.write(f"Bulletin PDFs left out: {error}")
            return
        document = Document(title=bulletin.title)
        document.file.save(f"bulletin-{bulletin.issue_number}-{language}.pdf", ContentFile(pdf))
        bulletin.pdf = document
        bulletin.save_revision().publish()
        made += 1
    if made:
        stdout.write(f"publications: {made} printed bulletins (PDF).")
