"""What the documents read of an agreement: a role, so this room never imports the storage."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol


class ScheduledPayment(Protocol):
    """One payment of an agreed schedule."""

    @property
    def seq(self) -> int:
        """The payment's number, from 1."""
        ...

    @property
    def due_date(self) -> date:
        """When it falls due."""
        ...

    @property
    def amount(self) -> Decimal:
        """What is due, exact in the agreement's currency."""
        ...


class AgreementRecord(Protocol):
    """An accepted agreement as stored (:class:`negotiator.storage.records.Agreement` is one).

    ``terms`` must be the accepted plan as :func:`negotiator.domain.plan_codec.plan_to_dict`
    writes it: the confirmation reads the plan's kind, figures and payment labels from it.
    """

    @property
    def number(self) -> str:
        """The agreement number."""
        ...

    @property
    def account_reference(self) -> str:
        """The account it settles."""
        ...

    @property
    def kind(self) -> str:
        """The plan kind."""
        ...

    @property
    def terms(self) -> Mapping[str, Any]:
        """The accepted plan, JSON-ready."""
        ...

    @property
    def currency(self) -> str:
        """ISO code of every amount."""
        ...

    @property
    def total(self) -> Decimal:
        """What the debtor pays in all."""
        ...

    @property
    def accepted_at(self) -> datetime:
        """When the debtor accepted."""
        ...

    @property
    def verification_digest(self) -> str:
        """The verification code (canonical form, see :func:`verification_code`)."""
        ...

    @property
    def instalments(self) -> Sequence[ScheduledPayment]:
        """The schedule, in order."""
        ...
