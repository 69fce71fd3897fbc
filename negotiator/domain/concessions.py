"""The concession ladder: each refusal moves one step toward the debtor, and never back.

:func:`next_offer` is a pure function of the negotiation so far (a :class:`NegotiationHistory`,
which the dialog stores as JSON), the account, the portfolio, what the debtor told us and the
day. It opens with the proposal's first plan, then after each refusal takes the policy's next
concession step (``negotiation.concession_steps``, one per refusal, in order and round again),
skipping steps that have nothing left to give, until ``negotiation.max_rounds`` refusals, then
escalation to a person. Once the debtor has said what they can pay (or from when), a concession
beyond that is never offered: the ladder takes the first step that fits, else what fits them
(:func:`~negotiator.domain.offers.propose_plans`), else says nothing fits (:class:`Unaffordable`).

Monotonic means :func:`never_worse`: a later offer never asks the debtor for more, or sooner,
than an earlier one in the same negotiation:

* its first payment is due no earlier;
* its dearest payment (in monthly terms, see :mod:`negotiator.domain.affordability`) is no
  larger, so a plan the debtor could afford stays affordable;
* by every date, the amount it asks to have been paid in all is no larger.

The settlement discount is a reward for paying at once: a debtor who turns it down is not made
worse off by later offers that do not carry it, so earlier offers count at their undiscounted
amount.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from negotiator.domain.account import Account
from negotiator.domain.affordability import DebtorSituation, is_affordable, payment_costs
from negotiator.domain.concession_steps import step_terms
from negotiator.domain.offer_context import offer_context
from negotiator.domain.offers import Unaffordable, propose_plans
from negotiator.domain.plan_check import check_plan
from negotiator.domain.plan_codec import JsonDict, plan_from_dict, plan_to_dict
from negotiator.domain.plan_terms import PlanKind
from negotiator.domain.plans import Plan
from negotiator.domain.policy import ConcessionStep, Portfolio
from negotiator.domain.schedules import minor_of
from negotiator.errors import DomainError


@dataclass(frozen=True, slots=True)
class NegotiationHistory:
    """The offers made in one negotiation and how many the debtor refused.

    Attributes:
        offers: Every plan offered, oldest first.
        refusals: How many of them the debtor refused (all but possibly the last).
    """

    offers: tuple[Plan, ...] = ()
    refusals: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.refusals <= len(self.offers):
            raise DomainError(f"{self.refusals} refusals of {len(self.offers)} offers")

    @property
    def open_offer(self) -> Plan | None:
        """The last offer, if the debtor has not refused it yet."""
        return self.offers[-1] if self.refusals < len(self.offers) else None

    def offered(self, plan: Plan) -> NegotiationHistory:
        """This history with ``plan`` offered.

        Raises:
            DomainError: the previous offer is still open (record its refusal first).
        """
        if self.open_offer is not None and self.open_offer != plan:
            raise DomainError("the previous offer is still open; record its refusal first")
        if self.open_offer is not None:
            return self
        return NegotiationHistory((*self.offers, plan), self.refusals)

    def refused(self) -> NegotiationHistory:
        """This history with the open offer refused.

        Raises:
            DomainError: there is no open offer.
        """
        if self.open_offer is None:
            raise DomainError("there is no open offer to refuse")
        return NegotiationHistory(self.offers, self.refusals + 1)

    def to_dict(self) -> JsonDict:
        """The history as a JSON-ready dict."""
        return {"offers": [plan_to_dict(plan) for plan in self.offers], "refusals": self.refusals}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NegotiationHistory:
        """The history written by :meth:`to_dict`.

        Raises:
            DomainError: the data is malformed.
        """
        try:
            offers = tuple(plan_from_dict(item) for item in data["offers"])
            return cls(offers, int(data["refusals"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise DomainError(f"stored negotiation history is malformed: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Concession:
    """The offer to make now.

    Attributes:
        plan: The plan to offer (inside the limits, never worse than an earlier offer).
        step: The concession it makes after the last refusal; ``None`` for the opening offer or
            an offer that is still open.
        round: How many offers the debtor has refused so far.
    """

    plan: Plan
    step: ConcessionStep | None
    round: int


class EscalationCause(StrEnum):
    """Why the ladder hands the case to a person."""

    MAX_ROUNDS = "max_rounds"
    """The debtor refused ``negotiation.max_rounds`` offers."""
    NO_FURTHER_CONCESSION = "no_further_concession"
    """Every concession step is at the edge of the limits."""


@dataclass(frozen=True, slots=True)
class EscalateAfterRounds:
    """Stop offering and hand the case to a person.

    Attributes:
        rounds: Offers refused.
        cause: Why.
        last_offer: The last plan offered, for the agent's summary.
    """

    rounds: int
    cause: EscalationCause
    last_offer: Plan | None


LadderOutcome = Concession | EscalateAfterRounds | Unaffordable
"""What :func:`next_offer` returns; :class:`Unaffordable` only before any offer was made."""


def next_offer(
    history: NegotiationHistory,
    account: Account,
    portfolio: Portfolio,
    situation: DebtorSituation,
    today: date,
) -> LadderOutcome:
    """The offer to make after ``history``, or escalation.

    Args:
        history: The negotiation so far.
        account: The account negotiated.
        portfolio: Its portfolio.
        situation: What the debtor told us.
        today: The day of the offer.

    Returns:
        The opening offer when nothing was offered yet (or :class:`Unaffordable` when no plan
        fits the debtor); the open offer again when it was not refused; else the next
        concession, or :class:`EscalateAfterRounds`.
    """
    rules = portfolio.negotiation
    last = history.offers[-1] if history.offers else None
    if history.refusals >= rules.max_rounds:
        return EscalateAfterRounds(history.refusals, EscalationCause.MAX_ROUNDS, last)
    if history.open_offer is not None:
        return Concession(history.open_offer, None, history.refusals)
    if last is None:
        proposal = propose_plans(account, portfolio, situation, today)
        if isinstance(proposal, Unaffordable):
            return proposal
        return Concession(proposal.offer, None, 0)
    context = offer_context(account, portfolio, situation, today)
    steps = rules.concession_steps
    first = (history.refusals - 1) % len(steps)
    beyond_means: Concession | None = None
    for shift in range(len(steps)):
        step = steps[(first + shift) % len(steps)]
        uses = _uses(step, steps, history.refusals, rules.max_rounds)
        for terms in step_terms(step, last, context, uses):
            try:
                plan = Plan(terms, account.balance, today)
            except DomainError:
                continue
            if _acceptable(plan, history, account, portfolio, situation, today):
                if is_affordable(plan, situation):
                    return Concession(plan, step, history.refusals)
                beyond_means = beyond_means or Concession(plan, step, history.refusals)
    if beyond_means is not None and _states_means(situation):
        # Every concession left asks more than the debtor said they can pay: never offer one
        # of those "based on what you've told me". What fits them, if anything does.
        proposal = propose_plans(account, portfolio, situation, today)
        if isinstance(proposal, Unaffordable):
            return proposal
        plan = proposal.offer
        if _acceptable(plan, history, account, portfolio, situation, today):
            return Concession(plan, None, history.refusals)
        return EscalateAfterRounds(history.refusals, EscalationCause.NO_FURTHER_CONCESSION, last)
    if beyond_means is not None:
        return beyond_means
    return EscalateAfterRounds(history.refusals, EscalationCause.NO_FURTHER_CONCESSION, last)


def _states_means(situation: DebtorSituation) -> bool:
    """Whether the debtor told us what they can pay, or from when."""
    return situation.monthly_capacity is not None or situation.earliest_pay_date is not None


def _uses(
    step: ConcessionStep, steps: tuple[ConcessionStep, ...], refusals: int, max_rounds: int
) -> int:
    """How often ``step`` comes up from this round to the last one."""
    return sum(
        1 for index in range(refusals - 1, max_rounds - 1) if steps[index % len(steps)] is step
    )


def _acceptable(
    plan: Plan,
    history: NegotiationHistory,
    account: Account,
    portfolio: Portfolio,
    situation: DebtorSituation,
    today: date,
) -> bool:
    previous = situation.previous_deferrals
    if check_plan(plan, account, portfolio, today, previous_deferrals=previous):
        return False
    if _payments(plan) == _payments(history.offers[-1]):
        return False
    return all(never_worse(plan, earlier) for earlier in history.offers)


def _payments(plan: Plan) -> list[tuple[date, int]]:
    return [(payment.due, minor_of(payment.amount)) for payment in plan.schedule]


def _gross(plan: Plan) -> list[tuple[date, int]]:
    """The payments, with a settlement discount added back to the payment it reduced."""
    payments = _payments(plan)
    if plan.terms.discount:
        due, amount = payments[-1]
        payments[-1] = (due, amount + plan.terms.discount)
    return payments


def never_worse(new: Plan, old: Plan) -> bool:
    """Whether ``new`` asks no more of the debtor than ``old`` (see the module docstring)."""
    if new.currency != old.currency or new.first_due < old.first_due:
        return False
    old_peak = max(payment_costs(old))
    if old.kind is PlanKind.PAY_IN_FULL:
        old_peak += old.terms.discount
    if max(payment_costs(new)) > old_peak:
        return False
    asked = _gross(old)
    offered = _payments(new)
    dates = sorted({due for due, _ in asked} | {due for due, _ in offered})
    paid_old = paid_new = 0
    old_index = new_index = 0
    for day in dates:
        while old_index < len(asked) and asked[old_index][0] <= day:
            paid_old += asked[old_index][1]
            old_index += 1
        while new_index < len(offered) and offered[new_index][0] <= day:
            paid_new += offered[new_index][1]
            new_index += 1
        if paid_new > paid_old:
            return False
    return True
