"""Knowledge facts that prove a debtor is who they say, and their canonical forms.

Facts are never stored in clear: only a keyed hash of the canonical form (see
:class:`negotiator.domain.signing.Signer`), so a leaked database reveals no birth dates and a
four-digit ID suffix cannot be brute-forced without the key.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID_LAST4 = re.compile(r"^[0-9]{3}[0-9X]$")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号號]?$"),
)


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A date of birth inside a sentence: year first (ISO, 年月日), or written with a month name in
# either order ("31 May 1990", "May 31, 1990"). Numeric day/month orders (05/31 vs 31/05) are
# left out: the two readings cannot be told apart, and a wrong guess costs an attempt.
_DATES_INSIDE = re.compile(
    r"(?<!\d)(?:"
    r"(?P<y1>\d{4})\s*[-/.年]\s*(?P<m1>\d{1,2})\s*[-/.月]\s*(?P<d1>\d{1,2})(?!\d)"
    r"|(?P<y2>\d{4})(?P<m2>\d{2})(?P<d2>\d{2})(?!\d)"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m3>{_MONTH})\.?,?\s+(?P<y3>\d{{4}})(?!\d)"
    rf"|(?P<m4>{_MONTH})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}})(?!\d)"
    r")",
    re.IGNORECASE,
)
_ID_INSIDE = re.compile(r"(?<![0-9A-Za-z])[0-9]{3}[0-9Xx](?![0-9A-Za-z])")


class FactKind(StrEnum):
    """Which fact the debtor is asked for."""

    DATE_OF_BIRTH = "dob"
    """Date of birth."""
    ID_LAST4 = "id_last4"
    """The last four characters of the national ID (digits, or ``X`` in a Chinese ID)."""


def normalize_fact(kind: FactKind, raw: str) -> str | None:
    """The canonical form of a fact as typed by a debtor or a creditor's file.

    Full-width digits and stray spaces are accepted (``１９９０年５月３日`` works).

    Returns:
        ``YYYY-MM-DD`` for a date of birth, four upper-case characters for an ID suffix, or
        ``None`` when ``raw`` cannot be that fact.
    """
    text = raw if raw.isascii() else unicodedata.normalize("NFKC", raw)
    text = text.strip().replace(" ", "")
    if kind is FactKind.ID_LAST4:
        text = text.upper()
        return text if _ID_LAST4.match(text) else None
    if _ISO_DATE.match(text):  # the common case, without trying every pattern
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return date(*(int(g) for g in match.groups())).isoformat()
            except ValueError:
                return None
    return None


def find_fact(kind: FactKind, message: str) -> str | None:
    """The canonical fact a debtor's message gives, or ``None`` when it gives none.

    The whole message as the fact (``1990-05-31``), or else exactly one piece of the message
    shaped like it ("my date of birth is 1990-05-31", "我的生日是1990年5月31日", "born 31 May
    1990", "last four: 123X"). A message with two different such pieces gives none: which one
    was meant is not guessed.
    """
    whole = normalize_fact(kind, message)
    if whole is not None:
        return whole
    text = message if message.isascii() else unicodedata.normalize("NFKC", message)
    found: set[str] = set()
    if kind is FactKind.ID_LAST4:
        found = {piece.upper() for piece in _ID_INSIDE.findall(text)}
    else:
        for match in _DATES_INSIDE.finditer(text):
            year, month, day = _date_parts(match)
            try:
                found.add(date(year, month, day).isoformat())
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


def _date_parts(match: re.Match[str]) -> tuple[int, int, int]:
    """Year, month and day of a :data:`_DATES_INSIDE` match, whichever shape it has."""
    for shape in "1234":
        year = match.group(f"y{shape}")
        if year is not None:
            month = match.group(f"m{shape}")
            number = _MONTHS[month.lower()] if month.isalpha() else int(month)
            return int(year), number, int(match.group(f"d{shape}"))
    raise AssertionError("a date match has one complete shape")
