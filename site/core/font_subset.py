"""The Arabic-script characters the portal's font carries: Arabic and Central Kurdish (and the
Persian letters Kurdish shares), their digits and punctuation, and nothing else.

The upstream file (@fontsource/noto-sans-arabic, "arabic" subset) also draws Urdu, Sindhi,
Pashto and the presentation forms: about 49 KB a weight, most of a page's first-visit budget
(150 KB, tests/browser/test_page_weight.py). Cut to these characters it is about 11 KB; a
character outside them (a Pashto letter in a citizen's name) is drawn by the visitor's own
Arabic font, since portal.css declares this set as the faces' unicode-range.
``manage.py subset_fonts`` cuts the upstream files to it, and tests/core/test_font_subset.py
holds the committed fonts, portal.css and the catalogues to it.
"""

# (first, last) code points, inclusive.
ARABIC_AND_KURDISH = [
    (0x060C, 0x060C),  # comma
    (0x061B, 0x061B),  # semicolon
    (0x061F, 0x061F),  # question mark
    (0x0621, 0x063A),  # hamza to ghain
    (0x0640, 0x0655),  # tatweel, feh to yeh, the vowel marks, hamza above and below
    (0x0660, 0x066D),  # Arabic-Indic digits, percent, decimal and thousands separators
    (0x0670, 0x0670),  # superscript alef
    (0x067E, 0x067E),  # peh
    (0x0686, 0x0686),  # tcheh
    (0x0695, 0x0695),  # reh with small v below (Kurdish ڕ)
    (0x0698, 0x0698),  # jeh
    (0x06A4, 0x06A4),  # veh
    (0x06A9, 0x06A9),  # keheh
    (0x06AF, 0x06AF),  # gaf
    (0x06B5, 0x06B5),  # lam with small v (Kurdish ڵ)
    (0x06BE, 0x06BE),  # heh doachashmee
    (0x06C5, 0x06C7),  # Kurdish o, oe, u
    (0x06CC, 0x06CC),  # Farsi yeh
    (0x06CE, 0x06CE),  # yeh with small v (Kurdish ێ)
    (0x06D5, 0x06D5),  # ae (Kurdish ە)
    (0x06F0, 0x06F9),  # Eastern Arabic-Indic digits
    (0x200C, 0x200D),  # zero-width non-joiner and joiner: shaping, Kurdish spelling
]


def code_points(ranges=ARABIC_AND_KURDISH):
    return {point for first, last in ranges for point in range(first, last + 1)}


def unicode_range(ranges=ARABIC_AND_KURDISH):
    """The CSS ``unicode-range`` value for ``ranges``."""
    return ", ".join(
        f"U+{first:04X}" if first == last else f"U+{first:04X}-{last:04X}" for first, last in ranges
    )
