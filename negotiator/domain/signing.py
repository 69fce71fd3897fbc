"""Keyed signatures: tamper-evident deep links and hashes of verification facts."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Final

from negotiator.domain.account import REFERENCE_PATTERN
from negotiator.domain.verification import FactKind, normalize_fact
from negotiator.errors import LinkError

LINK_SIGNATURE_LENGTH: Final = 16
"""Characters of base64url signature appended to a reference (96 bits)."""

TELEGRAM_PAYLOAD_LIMIT: Final = 64
"""Telegram's limit on a ``/start`` payload; references are at most 40, so links fit."""


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

    def fact_digest(self, kind: FactKind, raw: str) -> str | None:
        """The keyed hash of a verification fact, or ``None`` if ``raw`` is not such a fact."""
        canonical = normalize_fact(kind, raw)
        return None if canonical is None else self.canonical_fact_digest(kind, canonical)

    def canonical_fact_digest(self, kind: FactKind, canonical: str) -> str:
        """The keyed hash of a fact already in canonical form (see ``normalize_fact``)."""
        return self._mac(f"fact:{kind.value}", canonical).hex()
