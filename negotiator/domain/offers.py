"""Proposing plans: the creditor's preferred plan first, never one the debtor said they cannot pay.

:func:`propose_plans` looks at every kind of plan the portfolio offers (see
:mod:`negotiator.domain.candidates` for how each is chosen) and returns either

* :class:`Offers`: the affordable plans, best first. The first is the creditor's preferred kind
  when the debtor can afford it, else the next kind in the creditor's order whose shortest
  affordable plan fits; hardship kinds come last and only for a qualifying reason. A debtor who
  told us why they fell behind and named no amount they can pay
  (:func:`~negotiator.domain.instalment_search.spread_out`) is offered the plans with the
  smallest payment first, each as long as the limits allow: one payment of the whole balance
  is no plan for someone who has just lost their job; or
* :class:`Unaffordable`: nothing inside the limits fits what the debtor said. It carries the gap
  and the closest plan, so the conversation can ask about hardship or hand the case to a person;
  that plan is never offered as such.

Every plan returned has passed :func:`~negotiator.domain.plan_check.check_plan`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from negotiator.domain.account import Account
from negotiator.domain.affordability import DebtorSituation, payment_costs
from negotiator.domain.candidates import KIND_ORDER, candidate
from negotiator.domain.instalment_search import spread_out
from negotiator.domain.money import Money
from negotiator.domain.offer_context import Candidate, offer_context
from negotiator.domain.plan_check import LimitBreach, check_plan
from negotiator.domain.plans import Plan
from negotiator.domain.policy import Portfolio
from negotiator.errors import DomainError

__all__ = [
    "DebtorSituation",
    "LimitBreach",
    "Offers",
    "Proposal",
    "Unaffordable",
    "check_plan",
    "propose_plans",
]

DEFAULT_MAX_PLANS = 3
"""Plans in a proposal: the offer and two alternatives; more would bury the debtor in choices."""


@dataclass(frozen=True, slots=True)
class Offers:
    """Plans the debtor can afford, inside every limit, best first.

    Attributes:
        plans: At least one plan; ``plans[0]`` is the one to offer, of different kinds each.
    """

    plans: tuple[Plan, ...]

    def __post_init__(self) -> None:
        if not self.plans:
            raise DomainError("Offers needs at least one plan")

    @property
    def offer(self) -> Plan:
        """The plan to put to the debtor first."""
        return self.plans[0]

    @property
    def alternatives(self) -> tuple[Plan, ...]:
        """The other plans, in the creditor's order."""
        return self.plans[1:]


@dataclass(frozen=True, slots=True)
class Unaffordable:
    """No plan inside the limits fits what the debtor told us.

    Attributes:
        gap: How much more a month the closest plan's dearest payment needs than the debtor said
            they can pay (zero when only the date is the problem).
        best: The plan inside the limits that comes closest, to explain the gap. Not an offer.
        late_days: Days by which the closest plan's first payment falls before the debtor's
            earliest pay date (0 when the date is not the problem).
        hardship_available: Whether the portfolio has hardship terms the debtor might qualify
            for but that were not considered because no reason is known yet: ask why.
    """

    gap: Money
    best: Plan
    late_days: int
    hardship_available: bool


Proposal = Offers | Unaffordable
"""What :func:`propose_plans` returns."""


def propose_plans(
    account: Account,
    portfolio: Portfolio,
    situation: DebtorSituation,
    today: date,
    *,
    max_plans: int = DEFAULT_MAX_PLANS,
) -> Proposal:
    """The plans to put to the debtor of ``account`` on ``today``, ranked.

    Args:
        account: The overdue account.
        portfolio: Its portfolio, whose limits every plan stays inside.
        situation: What the debtor told us (capacity, reason, earliest pay date).
        today: The day of the offer.
        max_plans: Most plans in :class:`Offers` (at least 1).

    Returns:
        :class:`Offers` when some plan fits the debtor, else :class:`Unaffordable`.

    Raises:
        CurrencyMismatch: the account or the capacity is not in the portfolio currency.
        DomainError: the account owes nothing.
    """
    context = offer_context(account, portfolio, situation, today)
    balance = account.balance
    previous = situation.previous_deferrals
    found: list[Candidate] = []
    plans: list[Plan] = []
    smallest_first = spread_out(context)
    for kind in KIND_ORDER[portfolio.preferred_plan]:
        if len(plans) == max_plans and not smallest_first:
            break
        option = candidate(kind, context)
        if option is None:
            continue
        found.append(option)
        if option.affordable:
            plan = Plan(option.terms, balance, today)
            # Defence in depth: the search should never produce a plan outside the limits, and
            # if it ever did, the creditor's limits win over offering something.
            if not check_plan(plan, account, portfolio, today, previous_deferrals=previous):
                plans.append(plan)
    if smallest_first:  # the smallest payment first; the creditor's order between equals
        plans = sorted(plans, key=lambda plan: max(payment_costs(plan)))[:max_plans]
    if plans:
        return Offers(tuple(plans))
    ranked = sorted(
        enumerate(found), key=lambda item: (item[1].shortfall, item[1].late_days, item[0])
    )
    for _, option in ranked:
        plan = Plan(option.terms, balance, today)
        if not check_plan(plan, account, portfolio, today, previous_deferrals=previous):
            return Unaffordable(
                gap=context.money(option.shortfall),
                best=plan,
                late_days=option.late_days,
                hardship_available=context.limits.hardship is not None and situation.reason is None,
            )
    raise DomainError(  # pay in full is always inside the limits; reaching here is a bug
        f"no plan inside the limits of portfolio {portfolio.id} for account {account.reference}"
    )
