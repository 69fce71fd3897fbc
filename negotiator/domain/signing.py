"""Keyed signatures: tamper-evident deep links, hashes of verification facts, and the
verification codes printed on written agreements."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Final

from negotiator.domain.account import REFERENCE_PATTERN
from negotiator.domain.money import currency_exponent
from negotiator.domain.verification import FactKind, find_fact
from negotiator.errors import LinkError

LINK_SIGNATURE_LENGTH: Final = 16
"""Characters of base64url signature appended to a reference (96 bits)."""

TELEGRAM_PAYLOAD_LIMIT: Final = 64
"""Telegram's limit on a ``/start`` payload; references are at most 40, so links fit."""

AGREEMENT_CODE_ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base 32: digits and capitals without I, L, O and U, which people misread."""

AGREEMENT_CODE_LENGTH: Final = 16
"""Characters of an agreement's verification code: 80 bits of the keyed hash."""

AGREEMENT_CODE_GROUP: Final = 4
"""Characters per group when a code is shown (``7KQ2-M9XD-4HPA-3TZC``)."""

# Crockford: letters people type for the digits they look like.
_CODE_LOOKALIKES: Final = str.maketrans({"O": "0", "I": "1", "L": "1"})
_CODE_SEPARATORS: Final = str.maketrans("", "", " -_.\t\u3000")


def canonical_agreement(
    *,
    number: str,
    account_reference: str,
    kind: str,
    currency: str,
    total: Decimal,
    accepted_at: datetime,
    terms: Mapping[str, Any],
    schedule: Iterable[tuple[int, date, Decimal]],
) -> str:
    """The text a verification code is a keyed hash of: what the debtor agreed to, exactly.

    Amounts are written to the currency's minor unit and the instant in UTC to the second, so
    the text is the same before and after a round trip through either database (PostgreSQL pads
    decimals to the column's scale). Payments made and statuses are left out: they change as
    the plan is paid, the agreement does not.

    Args:
        number: The agreement number.
        account_reference: The account the agreement settles.
        kind: The plan kind.
        currency: ISO code of every amount.
        total: What the debtor pays in all.
        accepted_at: When the debtor accepted (timezone-aware).
        terms: The agreed terms as JSON-ready data.
        schedule: ``(number, due date, amount)`` of every payment.
    """
    quantum = currency_exponent(currency)
    document = {
        "number": number,
        "account": account_reference,
        "kind": kind,
        "currency": currency,
        "total": str(total.quantize(quantum)),
        "accepted_at": accepted_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "terms": terms,
        "schedule": [
            [seq, due.isoformat(), str(amount.quantize(quantum))] for seq, due, amount in schedule
        ],
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def normalize_agreement_code(typed: str) -> str | None:
    """The canonical form of a code as a person typed it, or ``None`` if it cannot be one.

    Spaces, dashes and full-width forms are ignored, case does not matter, and ``O``, ``I``
    and ``L`` are read as the digits they look like: ``7kq2 m9xd-4hpa-3tzc`` is
    ``7KQ2M9XD4HPA3TZC``.
    """
    text = unicodedata.normalize("NFKC", typed).translate(_CODE_SEPARATORS).upper()
    text = text.translate(_CODE_LOOKALIKES)
    if len(text) != AGREEMENT_CODE_LENGTH or any(c not in AGREEMENT_CODE_ALPHABET for c in text):
        return None
    return text


def group_agreement_code(code: str) -> str:
    """A canonical code in groups for reading aloud and typing: ``7KQ2-M9XD-4HPA-3TZC``."""
    return "-".join(
        code[start : start + AGREEMENT_CODE_GROUP]
        for start in range(0, len(code), AGREEMENT_CODE_GROUP)
    )


class Signer:
    """Signs and checks values with the installation's secret key (HMAC-SHA256).

    Args:
        secret: At least 32 bytes, from :meth:`negotiator.settings.Settings.resolve_secret`.
    """

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 32:
            raise ValueError("the signing secret must be at least 32 bytes")
        self._secret = secret

    def _mac(self, purpose: str, value: str) -> bytes:
        # The purpose prefix keeps a signature for one use from being replayed for another.
        return hmac.new(self._secret, f"{purpose}\x00{value}".encode(), hashlib.sha256).digest()

    def link_payload(self, reference: str) -> str:
        """The ``/start`` payload for an account: the reference then a 16-character signature.

        Only ``A-Z a-z 0-9 _ -`` are used, as Telegram requires, and the whole stays within 64.
        """
        if not REFERENCE_PATTERN.match(reference):
            raise LinkError(f"account reference {reference!r} cannot be put in a link")
        signature = base64.urlsafe_b64encode(self._mac("link", reference)).decode()
        return reference + signature[:LINK_SIGNATURE_LENGTH]

    def open_link_payload(self, payload: str) -> str:
        """The account reference inside a payload made by :meth:`link_payload`.

        Raises:
            LinkError: the payload is malformed or its signature does not match.
        """
        if len(payload) <= LINK_SIGNATURE_LENGTH or len(payload) > TELEGRAM_PAYLOAD_LIMIT:
            raise LinkError("the link is malformed")
        reference = payload[:-LINK_SIGNATURE_LENGTH]
        if not REFERENCE_PATTERN.match(reference):
            raise LinkError("the link is malformed")
        if not hmac.compare_digest(self.link_payload(reference), payload):
            raise LinkError("the link's signature does not match")
        return reference

    def callback_signature(self, text: str) -> str:
        """A short signature for a button's callback data (Telegram allows 64 bytes in all).

        Twelve URL-safe characters (72 bits): a client cannot guess one for a button it was
        not shown, and the callback data stays well inside the limit.
        """
        return base64.urlsafe_b64encode(self._mac("callback", text)).decode()[:12]

    @staticmethod
    def same_signature(expected: str, given: str) -> bool:
        """Compare two signatures in constant time."""
        return hmac.compare_digest(expected.encode(), given.encode())

    def fact_digest(self, kind: FactKind, raw: str) -> str | None:
        """The keyed hash of the verification fact a debtor's message gives, or ``None`` if it
        gives none (:func:`~negotiator.domain.verification.find_fact`)."""
        canonical = find_fact(kind, raw)
        return None if canonical is None else self.canonical_fact_digest(kind, canonical)

    def canonical_fact_digest(self, kind: FactKind, canonical: str) -> str:
        """The keyed hash of a fact already in canonical form (see ``normalize_fact``)."""
        return self._mac(f"fact:{kind.value}", canonical).hex()

    def agreement_code(self, canonical: str) -> str:
        """The verification code of an agreement, from :func:`canonical_agreement`'s text.

        Sixteen characters of :data:`AGREEMENT_CODE_ALPHABET` (80 bits of HMAC-SHA256): short
        enough to type, and without the key nobody can make a code that matches altered terms.
        """
        value = int.from_bytes(self._mac("agreement", canonical)[:10], "big")
        characters = []
        for _ in range(AGREEMENT_CODE_LENGTH):
            value, index = divmod(value, 32)
            characters.append(AGREEMENT_CODE_ALPHABET[index])
        return "".join(reversed(characters))
