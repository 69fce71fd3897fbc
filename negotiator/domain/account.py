"""An overdue account as the creditor's ledger describes it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final
from zoneinfo import ZoneInfo

from negotiator.domain.money import Money
from negotiator.errors import DomainError

REFERENCE_PATTERN: Final = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
"""Account references: letters, digits, ``_`` and ``-``, at most 40 characters.

They travel inside Telegram deep links, whose payload allows exactly these characters.
"""


@dataclass(frozen=True, slots=True)
class Balance:
    """The amount owed, itemised as the debtor is entitled to see it.

    Attributes:
        principal: Outstanding principal.
        interest: Accrued interest.
        fees: Fees and charges recorded in the ledger (late fees, ...).
    """

    principal: Money
    interest: Money
    fees: Money

    def __post_init__(self) -> None:
        currencies = {self.principal.currency, self.interest.currency, self.fees.currency}
        if len(currencies) != 1:
            raise DomainError(f"a balance is in one currency, got {sorted(currencies)}")
        for name in ("principal", "interest", "fees"):
            if getattr(self, name).amount < 0:
                raise DomainError(f"balance {name} cannot be negative")

    @property
    def currency(self) -> str:
        """The ISO code of the balance."""
        return self.principal.currency

    @property
    def total(self) -> Money:
        """Principal + interest + fees."""
        return self.principal + self.interest + self.fees


@dataclass(frozen=True, slots=True)
class Account:
    """One overdue account and what we know of its debtor.

    Attributes:
        reference: The creditor's account reference (see :data:`REFERENCE_PATTERN`).
        portfolio: Id of the policy portfolio whose limits apply.
        debtor_name: The debtor's name as the creditor has it (shown only after verification).
        language: One of ``SUPPORTED_LANGUAGES``.
        timezone: IANA time zone of the debtor (``Asia/Shanghai``); contact windows use it.
        balance: The itemised balance.
        due_date: The first missed due date; days past due are counted from it.
    """

    reference: str
    portfolio: str
    debtor_name: str
    language: str
    timezone: str
    balance: Balance
    due_date: date

    def __post_init__(self) -> None:
        if not REFERENCE_PATTERN.match(self.reference):
            raise DomainError(f"account reference {self.reference!r} is not valid")

    @property
    def currency(self) -> str:
        """The account's currency."""
        return self.balance.currency

    def local_date(self, now: datetime) -> date:
        """The date it is for the debtor at ``now`` (their own time zone)."""
        return now.astimezone(ZoneInfo(self.timezone)).date()

    def days_past_due(self, today: date) -> int:
        """Whole days since the first missed due date, as of ``today`` (never negative)."""
        return max(0, (today - self.due_date).days)
