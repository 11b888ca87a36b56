"""Cut the upstream Noto Sans Arabic files down to the characters the portal writes
(``citizens_site.core.font_subset``) and write them under site/static/fonts/.

The upstream files are @fontsource/noto-sans-arabic's ``files/noto-sans-arabic-arabic-
{400,700}-normal.woff2`` (npm; OFL). Run it when the character set changes, commit the
output, and paste the printed unicode-range into portal.css's two Arabic @font-face rules.
fontTools (with brotli, for WOFF2) comes with WeasyPrint.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from citizens_site.core.font_subset import code_points, unicode_range

WEIGHTS = [400, 700]


class Command(BaseCommand):
    help = "Subset the upstream Noto Sans Arabic WOFF2 files to Arabic and Central Kurdish."

    def add_arguments(self, parser):
        parser.add_argument("upstream", help="the folder holding the upstream .woff2 files")

    def handle(self, *args, upstream, **options):
        from fontTools import subset
        from fontTools.ttLib import TTFont

        logging.getLogger("fontTools").setLevel(logging.WARNING)  # it logs every glyph

        target = Path(settings.PROJECT_DIR) / "static" / "fonts"
        for weight in WEIGHTS:
            source = Path(upstream) / f"noto-sans-arabic-arabic-{weight}-normal.woff2"
            if not source.exists():
                raise CommandError(f"{source} is missing")
            font = TTFont(source, recalcTimestamp=False)  # the same output every run
            options = subset.Options()
            options.flavor = "woff2"
            # Every OpenType feature: Arabic needs its joining forms, ligatures and marks.
            options.layout_features = ["*"]
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=sorted(code_points()))
            subsetter.subset(font)
            output = target / f"noto-sans-arabic-ar-ckb-{weight}.woff2"
            font.flavor = "woff2"
            font.save(output)
            self.stdout.write(f"{output.name}: {output.stat().st_size} bytes")
        self.stdout.write(f"unicode-range: {unicode_range()};")
