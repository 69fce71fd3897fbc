"""Exact payment schedules derived from :class:`~negotiator.domain.plan_terms.PlanTerms`.

All arithmetic is on integer minor units of the account currency, so nothing is ever rounded
twice. Equal instalments are the rest of the plan divided by the count, rounded down to a minor
unit, with the remainder of the division on the *last* instalment: 1000.00 in three is 333.33,
333.33, 333.34. A fixed instalment (the debtor's "800 a month") repeats and the last one is
whatever is left, never more than the others.

Layout of the instalment kinds, all counted from ``first_due``:

* tokens (hardship): one a month from ``first_due``; regular instalments start a month after
  the last token;
* otherwise a down payment (if any) on ``first_due``, the regular instalments one period later;
* without either, the first regular instalment is due on ``first_due``.

Monthly dates are all counted from ``first_due`` and clamp to month end (31 Jan, 28 Feb,
31 Mar), with or without a down payment or tokens before them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final, NamedTuple

from negotiator.domain.account import Balance
from negotiator.domain.calendar import add_months, count_fitting, period_after
from negotiator.domain.money import Money, currency_exponent
from negotiator.domain.plan_terms import PaymentLabel, PlanKind, PlanTerms
from negotiator.domain.policy import Frequency
from negotiator.errors import DomainError

MAX_PAYMENTS: Final = 1200
"""No plan has more regular instalments (a century of monthly ones; policies allow 120)."""


def exact_money(minor: int, currency: str, quantum: Decimal) -> Money:
    """``minor`` units of ``currency`` (whose minor unit is ``quantum``) as Money.

    ``Decimal(minor) * quantum`` is exact to the minor unit by construction, so this skips the
    re-quantizing Money's constructor would do.
    """
    money = object.__new__(Money)
    object.__setattr__(money, "amount", Decimal(minor) * quantum)
    object.__setattr__(money, "currency", currency)
    return money


_DECIMALS: dict[str, int] = {}


_BALANCES: dict[int, tuple[Balance, tuple[int, int, int]]] = {}


def balance_minors(balance: Balance) -> tuple[int, int, int]:
    """Principal, interest and fees of ``balance`` in minor units.

    Remembered per balance object (balances are frozen): one proposal makes several plans for
    the same balance. The cache holds a reference to each balance it knows, so an ``id`` is never
    reused while its entry lives.
    """
    entry = _BALANCES.get(id(balance))
    if entry is not None and entry[0] is balance:
        return entry[1]
    if len(_BALANCES) >= 4096:
        _BALANCES.clear()
    minors = (minor_of(balance.principal), minor_of(balance.interest), minor_of(balance.fees))
    _BALANCES[id(balance)] = (balance, minors)
    return minors


def minor_of(money: Money) -> int:
    """``money`` as an integer count of minor units."""
    decimals = _DECIMALS.get(money.currency)
    if decimals is None:
        decimals = _DECIMALS[money.currency] = -currency_exponent(money.currency).adjusted()
    # Money is always exact to its minor unit, so shifting the decimal point loses nothing.
    return int(money.amount.scaleb(decimals))


class Figures(NamedTuple):
    """A plan's exact figures in minor units, derived from its terms and balance.

    Attributes:
        total: What the plan collects.
        interest_waived: Interest frozen.
        fees_waived: Fees waived.
        rest: What the regular instalments repay (the deferred payment, for a deferral).
        regular: The regular instalment (0 for one-off plans).
        last: The last instalment (0 for one-off plans).
        first_regular: Due date of the first regular instalment (``None`` for one-off plans).
        last_due: Due date of the last payment.
    """

    total: int
    interest_waived: int
    fees_waived: int
    rest: int
    regular: int
    last: int
    first_regular: date | None
    last_due: date


def regular_anchor(terms: PlanTerms) -> tuple[date, int]:
    """The date regular instalments are counted from, and the period of the first one.

    Regular instalment ``i`` (from 0) is due ``period_after(anchor, frequency, first + i)``.
    Monthly instalments are anchored on ``first_due`` itself, so a plan that starts on 31 January
    with a down payment falls due on 28 February, 31 March, ... and never drifts to the 28th.
    """
    if terms.token_count:
        if terms.frequency is Frequency.MONTHLY:
            return terms.first_due, terms.token_count
        return add_months(terms.first_due, terms.token_count), 0
    return terms.first_due, 1 if terms.down_payment else 0


def regular_due(terms: PlanTerms, index: int) -> date:
    """Due date of regular instalment ``index`` (from 0) of ``terms``."""
    anchor, first = regular_anchor(terms)
    return period_after(anchor, terms.frequency, first + index)


def regulars_fitting(terms: PlanTerms, end: date) -> int:
    """How many regular instalments of ``terms`` fall due on or before ``end``."""
    anchor, first = regular_anchor(terms)
    return max(0, count_fitting(anchor, end, terms.frequency) - first)


def regular_amounts(rest: int, count: int, fixed: int | None) -> tuple[int, int]:
    """The regular instalment and the last one for ``rest`` minor units over ``count``.

    A fixed instalment repeats and the last one settles what is left; a single instalment is
    always the whole of ``rest``, so ``fixed`` does not apply to it.

    Raises:
        DomainError: the terms do not repay ``rest`` exactly with positive instalments.
    """
    if count < 1 or rest <= 0:
        raise DomainError(f"cannot spread {rest} minor units over {count} instalments")
    if fixed is None or count == 1:
        regular = rest // count
        if regular <= 0:
            raise DomainError(f"{rest} minor units cannot make {count} positive instalments")
        return regular, rest - regular * (count - 1)
    last = rest - fixed * (count - 1)
    if not 0 < last <= fixed:
        raise DomainError(f"{count} instalments of {fixed} do not repay {rest} exactly")
    return fixed, last


def _refuse(problem: str) -> DomainError:
    return DomainError(f"inconsistent plan terms: {problem}")


def figures(terms: PlanTerms, principal: int, interest: int, fees: int) -> Figures:
    """The exact figures of ``terms`` applied to a balance given in minor units.

    Raises:
        DomainError: the terms do not describe a plan (nothing left to pay, fields that do not
            belong to the kind, a part payment as large as the balance, ...).
    """
    kind = terms.kind
    interest_waived = interest if terms.waive_interest else 0
    fees_waived = fees if terms.waive_fees else 0
    total = principal + interest + fees - terms.discount - interest_waived - fees_waived
    if terms.discount < 0 or terms.down_payment < 0 or terms.token_count < 0:
        raise _refuse("negative amounts")
    if total <= 0:
        raise _refuse("the plan collects nothing")
    if kind is PlanKind.PAY_IN_FULL or kind is PlanKind.DEFERRAL:
        if terms.instalments or terms.token_count or terms.fixed_instalment is not None:
            raise _refuse(f"a {kind} plan has no instalments")
        if kind is PlanKind.PAY_IN_FULL and (terms.down_payment or terms.deferred_due):
            raise _refuse("pay in full is a single payment")
        if not terms.down_payment:
            if terms.deferred_due is not None:
                raise _refuse("a deferred date without a part payment")
            return Figures(total, interest_waived, fees_waived, total, 0, 0, None, terms.first_due)
        if terms.deferred_due is None or terms.deferred_due <= terms.first_due:
            raise _refuse("a part payment needs a later date for the rest")
        if terms.down_payment >= total:
            raise _refuse("a part payment must leave something to defer")
        rest = total - terms.down_payment
        return Figures(total, interest_waived, fees_waived, rest, 0, 0, None, terms.deferred_due)
    if terms.deferred_due is not None:
        raise _refuse("instalment plans have no deferred date")
    if kind is PlanKind.TOKEN_THEN_INSTALMENTS:
        if terms.token_count < 1 or terms.token_amount <= 0 or terms.down_payment:
            raise _refuse("a token plan needs positive tokens and no down payment")
    elif terms.token_count or terms.token_amount:
        raise _refuse(f"a {kind} plan has no tokens")
    if terms.instalments > MAX_PAYMENTS or terms.token_count > MAX_PAYMENTS:
        raise _refuse(f"more than {MAX_PAYMENTS} payments")
    rest = total - terms.down_payment - terms.token_count * terms.token_amount
    regular, last = regular_amounts(rest, terms.instalments, terms.fixed_instalment)
    try:
        first_regular = regular_due(terms, 0)
        last_due = regular_due(terms, terms.instalments - 1)
    except (OverflowError, ValueError) as exc:
        raise _refuse("the plan would end beyond the calendar") from exc
    return Figures(
        total, interest_waived, fees_waived, rest, regular, last, first_regular, last_due
    )


@dataclass(frozen=True, slots=True)
class Instalment:
    """One payment of a schedule.

    Attributes:
        number: 1-based position in the schedule (the down payment, if any, is number 1).
        due: The date the payment is due.
        amount: The exact amount due.
        label: What the payment is (down payment, instalment, token, ...).
    """

    number: int
    due: date
    amount: Money
    label: PaymentLabel


@dataclass(frozen=True, slots=True)
class PaymentRun:
    """``count`` equal payments at a fixed frequency.

    Payment ``i`` (from 0) is due ``period_after(anchor, frequency, first_period + i)``; monthly
    runs count from their anchor, so a run anchored on the 31st falls on each month's end.

    Attributes:
        label: What the payments are.
        amount: Each payment.
        count: How many payments (at least 1).
        anchor: The date the run's periods are counted from.
        frequency: The spacing between them (``monthly`` for a single payment).
        first_period: The period of the first payment, counted from ``anchor``.
    """

    label: PaymentLabel
    amount: Money
    count: int
    anchor: date
    frequency: Frequency = Frequency.MONTHLY
    first_period: int = 0

    def __post_init__(self) -> None:
        if self.count < 1:
            raise DomainError(f"a run of payments needs at least one, got {self.count}")

    def due(self, index: int) -> date:
        """Due date of payment ``index`` (from 0) of the run."""
        period = self.first_period + index
        return self.anchor if period == 0 else period_after(self.anchor, self.frequency, period)

    @property
    def first_due(self) -> date:
        """Due date of the first payment of the run."""
        return self.due(0)

    @property
    def last_due(self) -> date:
        """Due date of the last payment of the run."""
        return self.due(self.count - 1)

    @property
    def total(self) -> Money:
        """The run's payments added up."""
        return Money(self.amount.amount * self.count, self.amount.currency)


def payment_runs(terms: PlanTerms, exact: Figures, currency: str) -> tuple[PaymentRun, ...]:
    """The schedule of ``terms`` as runs of equal payments (see the module docstring)."""
    quantum = currency_exponent(currency)

    def money(minor: int) -> Money:
        return exact_money(minor, currency, quantum)

    kind = terms.kind
    first_due = terms.first_due
    if kind is PlanKind.PAY_IN_FULL:
        return (PaymentRun(PaymentLabel.FULL_PAYMENT, money(exact.total), 1, first_due),)
    if kind is PlanKind.DEFERRAL:
        if not terms.down_payment:
            return (PaymentRun(PaymentLabel.DEFERRED_PAYMENT, money(exact.total), 1, first_due),)
        return (
            PaymentRun(PaymentLabel.PART_PAYMENT, money(terms.down_payment), 1, first_due),
            PaymentRun(PaymentLabel.DEFERRED_PAYMENT, money(exact.rest), 1, exact.last_due),
        )
    runs: list[PaymentRun] = []
    if terms.token_count:
        token = money(terms.token_amount)
        runs.append(PaymentRun(PaymentLabel.TOKEN, token, terms.token_count, first_due))
    elif terms.down_payment:
        runs.append(PaymentRun(PaymentLabel.DOWN_PAYMENT, money(terms.down_payment), 1, first_due))
    count, frequency = terms.instalments, terms.frequency
    anchor, first = regular_anchor(terms)
    label = PaymentLabel.INSTALMENT
    if exact.regular == exact.last:
        runs.append(PaymentRun(label, money(exact.regular), count, anchor, frequency, first))
    else:
        if count > 1:
            runs.append(
                PaymentRun(label, money(exact.regular), count - 1, anchor, frequency, first)
            )
        last = first + count - 1
        runs.append(PaymentRun(label, money(exact.last), 1, anchor, frequency, last))
    return tuple(runs)


def expand(runs: tuple[PaymentRun, ...]) -> tuple[Instalment, ...]:
    """Every payment of ``runs``, numbered from 1, in date order."""
    payments: list[Instalment] = []
    for run in runs:
        for index in range(run.count):
            payments.append(Instalment(len(payments) + 1, run.due(index), run.amount, run.label))
    return tuple(payments)
