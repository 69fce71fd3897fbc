"""The one check every offer passes: does a plan stay inside the portfolio's limits?

:func:`check_plan` is the creditor's guarantee. Every plan the engine proposes, concedes or
accepts goes through it, and the property tests hold the engine to it. It returns every
:class:`LimitBreach` it finds (an empty list means the plan is allowed), named after the policy
field it breaks, e.g. ``instalments.max_count``, with the allowed and the actual value.

What the limits mean, where the policy file leaves room:

* day limits count from ``today`` (the day of the agreement); ``max_months`` is
  ``add_months(today, max_months)``, the last payment may fall on that day;
* ``instalments.min_amount`` binds every regular instalment, except that the last one may be
  smaller when it only settles what is left (the debtor's "800 a month" ends with a smaller one);
  a single instalment has nothing to be smaller than, so it meets the minimum too;
* instalments fall due at the policy's ``instalments.frequency``; tokens are monthly;
* the down payment is at least ``min_down_payment_*`` of the plan total; token plans have no
  down payment: the hardship tokens take its place;
* a settlement discount is for paying in full only, within ``settlement.pay_within_days`` and
  never above ``max_discount_percent`` of the balance;
* hardship terms (waivers, a longer term, tokens) need a hardship plan kind and one of the
  policy's qualifying reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from negotiator.domain.account import Account
from negotiator.domain.calendar import add_months, days_after
from negotiator.domain.limits import PortfolioLimits, limits_for, percent_down
from negotiator.domain.money import Money
from negotiator.domain.plans import Plan, PlanKind
from negotiator.domain.policy import Portfolio

LimitValue = Money | Decimal | int | date | str | bool
"""The kinds of value a limit and a plan's figure can be."""


@dataclass(frozen=True, slots=True)
class LimitBreach:
    """One limit a plan would break, with the numbers the debtor and the creditor need.

    Attributes:
        limit: The policy field, dotted, e.g. ``instalments.max_count`` or ``deferral.max_days``
            (a whole section, e.g. ``deferral``, when the portfolio offers none of it).
        allowed: The bound the limit sets (a count, an amount, the latest or earliest date, ...).
        actual: The plan's value that breaks it.
    """

    limit: str
    allowed: LimitValue
    actual: LimitValue

    def __str__(self) -> str:
        return f"{self.limit}: allowed {self.allowed}, plan has {self.actual}"


_NOT_OFFERED = "not offered"
_HARDSHIP_KINDS: Final = frozenset(kind for kind in PlanKind if kind.is_hardship)


def check_plan(
    plan: Plan, account: Account, portfolio: Portfolio, today: date, *, previous_deferrals: int = 0
) -> list[LimitBreach]:
    """Every limit of ``portfolio`` that ``plan`` breaks for ``account`` agreed on ``today``.

    The check runs on the plan's exact figures (integer minor units), from which its schedule is
    derived; see the module docstring for what each limit means.

    Args:
        plan: The plan to check.
        account: The account it is for; the plan must settle its current balance.
        portfolio: The portfolio whose limits apply.
        today: The day of the agreement; day and month limits count from it.
        previous_deferrals: Deferrals the account has already had (``deferral.max_times``).

    Returns:
        The breaches, in the order found; empty when the plan is inside every limit.
    """
    limits = limits_for(portfolio)
    if plan.currency != limits.currency:
        return [LimitBreach("portfolio.currency", limits.currency, plan.currency)]
    found: list[LimitBreach] = []
    if plan.balance is not account.balance and plan.balance != account.balance:
        found.append(LimitBreach("account.balance", account.balance.total, plan.balance.total))
    terms = plan.terms
    if terms.first_due < today:
        found.append(LimitBreach("schedule.first_due", today, terms.first_due))
    _check_reductions(plan, account, limits, today, found)
    kind = terms.kind
    if kind is PlanKind.PAY_IN_FULL:
        latest = days_after(today, limits.full_payment_days)
        if terms.first_due > latest:
            found.append(LimitBreach("settlement.pay_within_days", latest, terms.first_due))
    elif kind is PlanKind.DEFERRAL:
        _check_deferral(plan, limits, today, previous_deferrals, plan.figures.last_due, found)
    else:
        _check_instalments(plan, limits, today, previous_deferrals, found)
    return found


def _money(minor: int, limits: PortfolioLimits) -> Money:
    return Money(Decimal(minor) * limits.quantum, limits.currency)


def _check_reductions(
    plan: Plan, account: Account, limits: PortfolioLimits, today: date, found: list[LimitBreach]
) -> None:
    terms = plan.terms
    kind = terms.kind
    if terms.discount:
        if kind is not PlanKind.PAY_IN_FULL:
            found.append(LimitBreach("settlement.pay_in_full_only", 0, plan.discount))
        elif limits.settlement_percent is None:
            found.append(LimitBreach("settlement", _NOT_OFFERED, plan.discount))
        else:
            days = account.days_past_due(today)
            if days < limits.settlement_min_days_past_due:
                least = limits.settlement_min_days_past_due
                found.append(LimitBreach("settlement.min_days_past_due", least, days))
            exact = plan.figures
            whole = exact.total + terms.discount + exact.interest_waived + exact.fees_waived
            largest = percent_down(whole, limits.settlement_percent)
            if terms.discount > largest:
                found.append(
                    LimitBreach(
                        "settlement.max_discount_percent", _money(largest, limits), plan.discount
                    )
                )
    waived = plan.figures.interest_waived or plan.figures.fees_waived
    if kind in _HARDSHIP_KINDS:
        hardship = limits.hardship
        if hardship is None:
            found.append(LimitBreach("hardship", _NOT_OFFERED, kind.value))
            return
        if terms.reason is None or terms.reason not in hardship.reasons:
            allowed = ", ".join(sorted(hardship.reasons))
            found.append(LimitBreach("hardship.reasons", allowed, str(terms.reason)))
        if plan.figures.interest_waived and not hardship.interest_freeze:
            found.append(LimitBreach("hardship.interest_freeze", False, True))
        if plan.figures.fees_waived and not hardship.fee_waiver:
            found.append(LimitBreach("hardship.fee_waiver", False, True))
    elif waived:
        found.append(LimitBreach("hardship", "hardship plans only", kind.value))


def _check_deferral(
    plan: Plan,
    limits: PortfolioLimits,
    today: date,
    previous_deferrals: int,
    deferred_to: date,
    found: list[LimitBreach],
) -> None:
    deferral = limits.deferral
    if deferral is None:
        found.append(LimitBreach("deferral", _NOT_OFFERED, plan.kind.value))
        return
    if plan.kind is PlanKind.DEFERRAL_THEN_INSTALMENTS and not deferral.then_instalments:
        found.append(LimitBreach("deferral.then_instalments", False, True))
    if previous_deferrals >= deferral.max_times:
        found.append(LimitBreach("deferral.max_times", deferral.max_times, previous_deferrals + 1))
    latest = days_after(today, deferral.max_days)
    if deferred_to > latest:
        found.append(LimitBreach("deferral.max_days", latest, deferred_to))


def _check_instalments(
    plan: Plan,
    limits: PortfolioLimits,
    today: date,
    previous_deferrals: int,
    found: list[LimitBreach],
) -> None:
    rules = limits.instalments
    terms = plan.terms
    kind = terms.kind
    if rules is None:
        found.append(LimitBreach("instalments", _NOT_OFFERED, kind.value))
        return
    hardship = limits.hardship if kind in _HARDSHIP_KINDS else None
    max_count, max_months, months_limit = rules.max_count, rules.max_months, "instalments"
    if hardship is not None:
        max_count, max_months, months_limit = hardship.max_count, hardship.max_months, "hardship"
    first = terms.first_due
    earliest = days_after(today, rules.first_due_min_days)
    if first < earliest:
        found.append(LimitBreach("instalments.first_due_min_days", earliest, first))
    if kind is PlanKind.DEFERRAL_THEN_INSTALMENTS:
        _check_deferral(plan, limits, today, previous_deferrals, first, found)
    else:
        latest = days_after(today, rules.first_due_max_days)
        if first > latest:
            found.append(LimitBreach("instalments.first_due_max_days", latest, first))
    if terms.frequency is not rules.frequency:
        found.append(
            LimitBreach("instalments.frequency", rules.frequency.value, terms.frequency.value)
        )
    count = terms.instalments
    if count < rules.min_count:
        found.append(LimitBreach("instalments.min_count", rules.min_count, count))
    if count > max_count:
        found.append(LimitBreach("instalments.max_count", max_count, count))
    exact = plan.figures
    if kind is PlanKind.TOKEN_THEN_INSTALMENTS:
        _check_tokens(plan, limits, found)
    else:
        smallest = rules.min_down_payment(exact.total)
        if terms.down_payment < smallest:
            found.append(
                LimitBreach(
                    "instalments.min_down_payment",
                    _money(smallest, limits),
                    _money(terms.down_payment, limits),
                )
            )
    # A smaller last instalment only settles what is left; any other must meet the minimum.
    if exact.regular < rules.min_amount:
        found.append(
            LimitBreach(
                "instalments.min_amount",
                _money(rules.min_amount, limits),
                _money(exact.regular, limits),
            )
        )
    elif exact.last < rules.min_amount and not exact.last < exact.regular:
        found.append(
            LimitBreach(
                "instalments.min_amount",
                _money(rules.min_amount, limits),
                _money(exact.last, limits),
            )
        )
    end = add_months(today, max_months)
    if exact.last_due > end:
        found.append(LimitBreach(f"{months_limit}.max_months", end, exact.last_due))


def _check_tokens(plan: Plan, limits: PortfolioLimits, found: list[LimitBreach]) -> None:
    hardship = limits.hardship
    terms = plan.terms
    if hardship is None or hardship.token_amount is None:
        found.append(LimitBreach("hardship.token_payments", _NOT_OFFERED, terms.token_count))
        return
    if terms.token_count > hardship.token_months:
        found.append(
            LimitBreach(
                "hardship.token_payments.max_months", hardship.token_months, terms.token_count
            )
        )
    if terms.token_amount < hardship.token_amount:
        found.append(
            LimitBreach(
                "hardship.token_payments.amount",
                _money(hardship.token_amount, limits),
                _money(terms.token_amount, limits),
            )
        )
