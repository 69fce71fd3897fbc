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
