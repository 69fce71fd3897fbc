"""Whether a plan asks more than a debtor can really pay: the simulator's own yardstick.

This is deliberately not :mod:`negotiator.domain.affordability` (the bot's rule, which it is
meant to check): a plan is beyond a debtor's means when a regular instalment, counted per month
(weekly ``× 52 / 12``, fortnightly ``× 26 / 12``), exceeds what the debtor can really pay a
month; when a single payment (a down payment, a payment in full, a deferred lump sum) exceeds
both that and its savings; or when anything falls due before its income returns.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from negotiator.domain.plan_terms import PaymentLabel
from negotiator.domain.plans import Plan
from negotiator.domain.policy_sections import Frequency

_REGULAR: Final = frozenset({PaymentLabel.INSTALMENT, PaymentLabel.TOKEN})

_PER_MONTH: Final = {
    Frequency.MONTHLY: Decimal(1),
    Frequency.FORTNIGHTLY: Decimal(26) / 12,
    Frequency.WEEKLY: Decimal(52) / 12,
}


def monthly_peak(plan: Plan, *, regular_only: bool = False) -> Decimal:
    """The most ``plan`` asks in one month: its dearest payment, instalments per month (only
    regular instalments with ``regular_only``)."""
    peak = Decimal(0)
    for run in plan.runs:
        amount = run.amount.amount
        if run.label in _REGULAR:
            amount *= _PER_MONTH[run.frequency]
        elif regular_only:
            continue
        peak = max(peak, amount)
    return peak


def beyond_means(
    plan: Plan, capacity: Decimal, income_from: date | None, savings: Decimal = Decimal(0)
) -> bool:
    """Whether ``plan`` asks more than ``capacity`` a month (single payments: more than that
    and ``savings``), or anything before ``income_from``."""
    if income_from is not None and plan.first_due < income_from:
        return True
    if monthly_peak(plan, regular_only=True) > capacity:
        return True
    return monthly_peak(plan) > max(capacity, savings)
