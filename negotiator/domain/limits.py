"""A portfolio's offer limits as plain numbers, derived once per policy and cached.

The policy models are pydantic (they are validated files); the offer engine runs in tight loops,
so it reads the limits through :class:`PortfolioLimits`: amounts as integer minor units of the
portfolio currency, the hardship extensions already worked out. Everything here is derived from
the policy alone; nothing is a limit of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from negotiator.domain.calendar import PAYMENTS_PER_YEAR
from negotiator.domain.money import currency_exponent
from negotiator.domain.policy import Frequency, HardshipReason, Portfolio

DEFAULT_FULL_PAYMENT_DAYS: Final = 14
"""Days to pay in full when the portfolio has no settlement section (the settlement default)."""


def to_minor(amount: Decimal, quantum: Decimal) -> int:
    """An exact amount as an integer count of minor units (``quantum`` is one minor unit)."""
    return int(amount / quantum)


def percent_down(amount: int, percent: Decimal) -> int:
    """``percent`` of ``amount`` minor units, rounded down to a whole minor unit."""
    numerator, denominator = percent.as_integer_ratio()
    return amount * numerator // (denominator * 100)


_RATIOS: dict[Decimal, tuple[int, int]] = {}


def _ratio(percent: Decimal) -> tuple[int, int]:
    """``percent`` as an exact fraction of one (``12.5`` is ``(1, 8)``), remembered."""
    numerator, denominator = percent.as_integer_ratio()
    _RATIOS[percent] = found = (numerator, denominator * 100)
    return found


@dataclass(frozen=True, slots=True)
class InstalmentRules:
    """``instalments`` limits with amounts in minor units (see :class:`InstalmentLimits`).

    Attributes:
        min_count: Fewest regular instalments.
        max_count: Most regular instalments on standard terms.
        min_amount: Smallest regular instalment.
        down_payment_percent: Smallest down payment as a percentage of the plan total.
        down_payment_amount: Smallest down payment as an amount.
        max_months: Longest standard plan, in months from the offer to the last payment.
        frequency: How often instalments fall due.
        first_due_min_days: Earliest first payment, in days from the offer.
        first_due_max_days: Latest first payment, in days from the offer.
    """

    min_count: int
    max_count: int
    min_amount: int
    down_payment_percent: Decimal
    down_payment_amount: int
    max_months: int
    frequency: Frequency
    first_due_min_days: int
    first_due_max_days: int

    def min_down_payment(self, total: int) -> int:
        """The smallest down payment on a plan total of ``total`` minor units.

        The larger of the percentage (rounded up, so it is never below the percentage) and the
        amount; a down payment is a share of what the plan collects, i.e. after any hardship
        reductions.
        """
        numerator, denominator = _RATIOS.get(self.down_payment_percent) or _ratio(
            self.down_payment_percent
        )
        by_percent = -(-total * numerator // denominator)
        return by_percent if by_percent > self.down_payment_amount else self.down_payment_amount


@dataclass(frozen=True, slots=True)
class HardshipRules:
    """``hardship`` options as the engine applies them.

    Attributes:
        reasons: The qualifying reasons.
        interest_freeze: Whether interest may be dropped from the plan total.
        fee_waiver: Whether fees may be dropped from the plan total.
        max_months: Longest hardship plan (the hardship value, else the instalment one).
        max_count: Most regular instalments in a hardship plan: ``instalments.max_count``
            stretched in proportion to the longer hardship term (rounded down), so a policy that
            allows 24 monthly instalments in 24 months allows 36 in a 36-month hardship term.
        token_amount: The token payment per month in minor units, or ``None`` for no tokens.
        token_months: Most months of token payments (0 without tokens).
    """

    reasons: frozenset[HardshipReason]
    interest_freeze: bool
    fee_waiver: bool
    max_months: int
    max_count: int
    token_amount: int | None
    token_months: int


@dataclass(frozen=True, slots=True)
class DeferralRules:
    """``deferral`` limits (see :class:`DeferralLimits`).

    Attributes:
        max_days: Latest deferred payment, in days from the offer.
        max_times: Deferrals an account may get over its life.
        then_instalments: Whether a deferral may be followed by instalments.
    """

    max_days: int
    max_times: int
    then_instalments: bool


@dataclass(frozen=True, slots=True)
class PortfolioLimits:
    """Every limit of a portfolio the offer engine needs, in minor units.

    Attributes:
        currency: The portfolio currency.
        quantum: One minor unit of it, e.g. ``Decimal("0.01")``.
        full_payment_days: Days within which a pay-in-full plan is due
            (``settlement.pay_within_days``, else :data:`DEFAULT_FULL_PAYMENT_DAYS`).
        settlement_percent: Largest settlement discount in percent, ``None`` without settlement.
        settlement_min_days_past_due: Days past due from which the discount applies.
        instalments: Instalment limits, ``None`` when the portfolio offers none.
        deferral: Deferral limits, ``None`` when the portfolio offers none.
        hardship: Hardship options, ``None`` when the portfolio offers none or has no
            instalments to apply them to.
    """

    currency: str
    quantum: Decimal
    full_payment_days: int
    settlement_percent: Decimal | None
    settlement_min_days_past_due: int
    instalments: InstalmentRules | None
    deferral: DeferralRules | None
    hardship: HardshipRules | None

    def max_discount(self, total: int, days_past_due: int) -> int:
        """The largest settlement discount in minor units on ``total`` (rounded down)."""
        if self.settlement_percent is None or days_past_due < self.settlement_min_days_past_due:
            return 0
        return percent_down(total, self.settlement_percent)


def _derive(portfolio: Portfolio) -> PortfolioLimits:
    quantum = currency_exponent(portfolio.currency)
    settlement = portfolio.settlement
    inst = portfolio.instalments
    instalments = (
        None
        if inst is None
        else InstalmentRules(
            min_count=inst.min_count,
            max_count=inst.max_count,
            min_amount=to_minor(inst.min_amount, quantum),
            down_payment_percent=inst.min_down_payment_percent,
            down_payment_amount=to_minor(inst.min_down_payment_amount, quantum),
            max_months=inst.max_months,
            frequency=inst.frequency,
            first_due_min_days=inst.first_due_min_days,
            first_due_max_days=inst.first_due_max_days,
        )
    )
    hardship = None
    if portfolio.hardship is not None and inst is not None:
        options = portfolio.hardship
        months = max(options.max_months or inst.max_months, inst.max_months)
        tokens = options.token_payments
        hardship = HardshipRules(
            reasons=frozenset(options.reasons),
            interest_freeze=options.interest_freeze,
            fee_waiver=options.fee_waiver,
            max_months=months,
            max_count=max(inst.max_count, inst.max_count * months // inst.max_months),
            token_amount=None if tokens is None else to_minor(tokens.amount, quantum),
            token_months=0 if tokens is None else tokens.max_months,
        )
    deferral = portfolio.deferral
    return PortfolioLimits(
        currency=portfolio.currency,
        quantum=quantum,
        full_payment_days=(
            settlement.pay_within_days if settlement is not None else DEFAULT_FULL_PAYMENT_DAYS
        ),
        settlement_percent=None if settlement is None else settlement.max_discount_percent,
        settlement_min_days_past_due=0 if settlement is None else settlement.min_days_past_due,
        instalments=instalments,
        deferral=(
            None
            if deferral is None
            else DeferralRules(deferral.max_days, deferral.max_times, deferral.then_instalments)
        ),
        hardship=hardship,
    )


_CACHE: dict[int, tuple[Portfolio, PortfolioLimits]] = {}
_CACHE_SIZE: Final = 256


def limits_for(portfolio: Portfolio) -> PortfolioLimits:
    """The limits of ``portfolio``, derived once per portfolio object.

    Portfolios are frozen, so the derived limits can be kept; the cache holds a reference to each
    portfolio it knows, so an ``id`` is never reused while its entry lives.
    """
    entry = _CACHE.get(id(portfolio))
    if entry is not None and entry[0] is portfolio:
        return entry[1]
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    limits = _derive(portfolio)
    _CACHE[id(portfolio)] = (portfolio, limits)
    return limits


def per_payment_cap(monthly: int, frequency: Frequency) -> int:
    """The largest regular payment of ``frequency`` that fits a monthly budget of ``monthly``.

    A payment ``p`` fits when ``p * payments_per_year <= monthly * 12``: a weekly payment costs
    52/12 of itself a month, a fortnightly one 26/12.
    """
    return monthly * 12 // PAYMENTS_PER_YEAR[frequency]


def monthly_cost(payment: int, frequency: Frequency) -> int:
    """What a regular payment of ``frequency`` costs a month, rounded up to a minor unit."""
    per_year = PAYMENTS_PER_YEAR[frequency]
    return -(-payment * per_year // 12)
