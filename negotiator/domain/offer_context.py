"""One account, its limits and what its debtor said, ready for the offer search.

The search works on integers (minor units) and plain dates; :func:`offer_context` converts once
per proposal. :class:`Candidate` is what the search returns for one kind of plan: its terms and
how far it misses what the debtor can pay.
"""

from __future__ import annotations

from datetime import date
from typing import Final, NamedTuple

from negotiator.domain.account import Account
from negotiator.domain.affordability import DebtorSituation
from negotiator.domain.limits import PortfolioLimits, limits_for
from negotiator.domain.money import Money
from negotiator.domain.plan_terms import PlanKind, PlanTerms
from negotiator.domain.policy import Portfolio
from negotiator.domain.schedules import balance_minors, minor_of
from negotiator.errors import CurrencyMismatch, DomainError

HARDSHIP_KINDS: Final = frozenset({PlanKind.HARDSHIP_INSTALMENTS, PlanKind.TOKEN_THEN_INSTALMENTS})
"""The plan kinds that need a qualifying hardship reason."""


class OfferContext(NamedTuple):
    """One account, its limits and what its debtor said, as integers ready for the search.

    A ``NamedTuple`` for speed (one per proposal, in the hot path); immutable all the same.

    Attributes:
        portfolio: The portfolio.
        limits: Its limits.
        account: The account.
        today: The day of the offer.
        principal: Principal in minor units.
        interest: Interest in minor units.
        fees: Fees in minor units.
        total: The whole balance in minor units.
        days_past_due: Days past due today.
        capacity: Monthly capacity in minor units, ``None`` when not stated.
        situation: What the debtor told us.
        hardship_qualifies: Whether the debtor's reason qualifies for the hardship terms.
    """

    portfolio: Portfolio
    limits: PortfolioLimits
    account: Account
    today: date
    principal: int
    interest: int
    fees: int
    total: int
    days_past_due: int
    capacity: int | None
    situation: DebtorSituation
    hardship_qualifies: bool

    def money(self, minor: int) -> Money:
        """``minor`` units of the account currency."""
        return Money.from_minor(minor, self.limits.currency)


def offer_context(
    account: Account, portfolio: Portfolio, situation: DebtorSituation, today: date
) -> OfferContext:
    """The search context for ``account``.

    Raises:
        CurrencyMismatch: the account or the stated capacity is not in the portfolio currency.
        DomainError: nothing is owed.
    """
    limits = limits_for(portfolio)
    balance = account.balance
    if balance.currency != limits.currency:
        raise CurrencyMismatch(f"account in {balance.currency}, portfolio in {limits.currency}")
    capacity = situation.monthly_capacity
    if capacity is not None and capacity.currency != limits.currency:
        raise CurrencyMismatch(f"capacity in {capacity.currency}, portfolio in {limits.currency}")
    principal, interest, fees = balance_minors(balance)
    total = principal + interest + fees
    if total <= 0:
        raise DomainError(f"account {account.reference} owes nothing; there is nothing to offer")
    hardship = limits.hardship
    reason = situation.reason
    return OfferContext(
        portfolio,
        limits,
        account,
        today,
        principal,
        interest,
        fees,
        total,
        max(0, (today - account.due_date).days),
        None if capacity is None else minor_of(capacity),
        situation,
        hardship is not None and reason is not None and reason in hardship.reasons,
    )


class Candidate(NamedTuple):
    """The terms of the plan put forward for one kind, and how well it fits the debtor.

    Attributes:
        terms: The plan's terms.
        shortfall: Monthly amount (minor units) by which the dearest payment exceeds the stated
            capacity; 0 when it fits or no capacity was stated.
        late_days: Days by which the first payment falls before the debtor's earliest pay date.
    """

    terms: PlanTerms
    shortfall: int
    late_days: int

    @property
    def affordable(self) -> bool:
        """Whether the plan fits both the debtor's capacity and their earliest pay date."""
        return self.shortfall == 0 and self.late_days == 0


def late_days(context: OfferContext, first_due: date) -> int:
    """Days by which ``first_due`` falls before the debtor's earliest pay date (0 if not)."""
    earliest = context.situation.earliest_pay_date
    return 0 if earliest is None or earliest <= first_due else (earliest - first_due).days


def lump_shortfall(context: OfferContext, amount: int) -> int:
    """How much a one-off payment of ``amount`` exceeds the monthly capacity (0 if it fits)."""
    capacity = context.capacity
    return 0 if capacity is None or amount <= capacity else amount - capacity


def start_within(context: OfferContext, lowest: date, highest: date, default: date) -> date:
    """The debtor's earliest pay date moved into ``lowest..highest``, else ``default``."""
    earliest = context.situation.earliest_pay_date
    if earliest is None:
        return default
    return min(max(earliest, lowest), highest)
