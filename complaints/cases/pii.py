"""Finding personal data in a text meant for the public (anonymised questions and answers).

A safety net for the moderator, not a guarantee: it flags the citizen's own names, phone
numbers in Iraqi and international formats, email addresses, and long digit runs such as a
national ID or a passport number. Approval waits until nothing is flagged.
"""

import re

from citizens_site.core.text import normalize_arabic

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# +964 770 123 4567, 00964..., 0770-123-4567, +44 7911 123456, and the same in Arabic digits.
PHONE = re.compile(r"(?:\+|00)\d[\d\s\-]{7,}\d|\b0?7\d{2}[\s\-]?\d{3}[\s\-]?\d{4}\b")
LONG_NUMBER = re.compile(r"\d{8,}")


def find_personal_data(text, *, names=()):
    """The pieces of ``text`` that look like personal data, in the order found."""
    plain = normalize_arabic(text)  # Arabic-Indic digits become 0-9
    found = []
    found += [m.group(0) for m in EMAIL.finditer(plain)]
    found += [m.group(0).strip() for m in PHONE.finditer(plain)]
    compact = re.sub(r"[\s\-]", "", plain)
    found += [
        m.group(0)
        for m in LONG_NUMBER.finditer(compact)
        if not any(m.group(0) in re.sub(r"[\s\-+]", "", f) for f in found)
    ]
    words = set(re.findall(r"\w+", plain))
    for name in names:
        for part in normalize_arabic(name).split():
            if len(part) >= 3 and part in words and part not in found:
                found.append(part)
    return found
