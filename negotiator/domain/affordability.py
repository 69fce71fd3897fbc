"""What the debtor told us, and whether a plan fits it.

Affordability is judged payment by payment (FCA CONC 7.3: never push a payment the debtor said
they cannot make, nor a lump sum above their means):

* a regular instalment costs its monthly equivalent: monthly as it is, fortnightly
  ``x * 26 / 12``, weekly ``x * 52 / 12`` (rounded up to a minor unit);
* every other payment (down payment, token, part payment, a pay-in-full or deferred lump sum)
  counts at its face value;
* each must be at most the stated monthly capacity, and none may fall due before the earliest
  date the debtor said they can pay.

Without a stated capacity every amount fits; without an earliest date every date does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from negotiator.domain.limits import monthly_cost
from negotiator.domain.money import Money
from negotiator.domain.plans import Plan
from negotiator.domain.policy import HardshipReason
from negotiator.domain.schedules import minor_of
from negotiator.errors import CurrencyMismatch, DomainError


@dataclass(frozen=True, slots=True)
class DebtorSituation:
    """What the debtor told us about their means, as the conversation understood it.

    Attributes:
        monthly_capacity: What they say they can pay each month; ``None`` when not said.
        reason: Why they fell behind; ``None`` when not (yet) known.
        earliest_pay_date: The first day they can pay anything (payday, a new job); ``None``
            for any day.
        previous_deferrals: Deferrals the account has already had. This comes from the ledger,
            not from the debtor; the service fills it in (``deferral.max_times``).
    """

    monthly_capacity: Money | None = None
    reason: HardshipReason | None = None
    earliest_pay_date: date | None = None
    previous_deferrals: int = 0

    def __post_init__(self) -> None:
        if self.monthly_capacity is not None and self.monthly_capacity.amount < 0:
            raise DomainError("a monthly capacity cannot be negative")
        if self.previous_deferrals < 0:
            raise DomainError("previous deferrals cannot be negative")


def payment_costs(plan: Plan) -> list[int]:
    """What the distinct payments of ``plan`` cost a month, in minor units (module docstring)."""
    terms, exact = plan.terms, plan.figures
    if not terms.kind.has_instalments:
        return [terms.down_payment, exact.rest] if terms.down_payment else [exact.total]
    costs = [monthly_cost(max(exact.regular, exact.last), terms.frequency)]
    if terms.down_payment:
        costs.append(terms.down_payment)
    if terms.token_count:
        costs.append(terms.token_amount)
    return costs


def peak_monthly_cost(plan: Plan) -> Money:
    """The dearest payment of ``plan`` in monthly terms."""
    return Money.from_minor(max(payment_costs(plan)), plan.currency)


def shortfall(plan: Plan, situation: DebtorSituation) -> Money:
    """How much more a month the dearest payment needs than the debtor can pay (zero if none)."""
    capacity = situation.monthly_capacity
    if capacity is None:
        return Money.zero(plan.currency)
    if capacity.currency != plan.currency:
        raise CurrencyMismatch(f"capacity in {capacity.currency}, plan in {plan.currency}")
    gap = max(payment_costs(plan)) - minor_of(capacity)
    return Money.from_minor(max(gap, 0), plan.currency)


def is_affordable(plan: Plan, situation: DebtorSituation) -> bool:
    """Whether every payment of ``plan`` fits what the debtor told us."""
    earliest = situation.earliest_pay_date
    if earliest is not None and plan.first_due < earliest:
        return False
    return shortfall(plan, situation).is_zero()
