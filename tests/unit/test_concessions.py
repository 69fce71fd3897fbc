"""The concession ladder: one step toward the debtor per refusal, never back, then a person."""

from __future__ import annotations

import json
from datetime import date

import pytest

from negotiator.domain.affordability import DebtorSituation, is_affordable
from negotiator.domain.concessions import (
    Concession,
    EscalateAfterRounds,
    EscalationCause,
    LadderOutcome,
    NegotiationHistory,
    never_worse,
    next_offer,
)
from negotiator.domain.offers import Unaffordable, check_plan
from negotiator.domain.plans import Plan, PlanKind
from negotiator.domain.policy import ConcessionStep, HardshipReason, Portfolio
from negotiator.errors import DomainError
from tests.unit.builders import (
    INSTALMENTS,
    TODAY,
    a_plan,
    a_portfolio,
    a_situation,
    amounts,
    an_account,
    changed,
    dues,
)


def negotiate(
    portfolio: Portfolio, situation: DebtorSituation, refusals: int
) -> list[LadderOutcome]:
    """Offer, refuse, offer, ... ``refusals`` times; every outcome in order."""
    history = NegotiationHistory()
    outcomes: list[LadderOutcome] = []
    for _ in range(refusals + 1):
        outcome = next_offer(history, an_account(), portfolio, situation, TODAY)
        outcomes.append(outcome)
        if not isinstance(outcome, Concession):
            break
        history = history.offered(outcome.plan).refused()
    return outcomes


def plans_of(outcomes: list[LadderOutcome]) -> list[Plan]:
    return [outcome.plan for outcome in outcomes if isinstance(outcome, Concession)]


def test_the_opening_offer_is_the_proposal_s_first_plan() -> None:
    outcome = next_offer(NegotiationHistory(), an_account(), a_portfolio(), a_situation(), TODAY)
    assert isinstance(outcome, Concession)
    assert (outcome.step, outcome.round) == (None, 0)
    assert amounts(outcome.plan) == ["1180.00", "5310.00", "5310.00"]


def test_extending_the_term_spreads_the_range_over_the_rounds_left() -> None:
    portfolio = a_portfolio(negotiation={"max_rounds": 4, "concession_steps": ["extend_term"]})
    outcomes = negotiate(portfolio, a_situation(), 4)
    assert [plan.count for plan in plans_of(outcomes)] == [2, 9, 16, 23]
    assert [p.plan.instalment_amount for p in outcomes if isinstance(p, Concession)][-1] is not None
    assert amounts(plans_of(outcomes)[-1])[1] == "461.73"
    last = outcomes[-1]
    assert isinstance(last, EscalateAfterRounds)
    assert (last.cause, last.rounds) == (EscalationCause.MAX_ROUNDS, 4)
    assert last.last_offer == plans_of(outcomes)[-1]


def test_each_step_follows_the_policy_order_and_skips_what_is_at_its_limit() -> None:
    situation = a_situation("2000", reason=HardshipReason.ILLNESS)
    outcomes = negotiate(a_portfolio(), situation, 4)
    steps = [outcome.step for outcome in outcomes if isinstance(outcome, Concession)]
    # The down payment is already the minimum, so that step is skipped for the next one.
    assert steps == [
        None,
        ConcessionStep.EXTEND_TERM,
        ConcessionStep.DEFER_START,
        ConcessionStep.HARDSHIP_TERMS,
    ]
    opening, longer, later, hardship = plans_of(outcomes)
    assert (opening.count, longer.count) == (6, 23)
    assert dues(later)[0] == date(2026, 12, 22)
    assert hardship.kind is PlanKind.HARDSHIP_INSTALMENTS
    assert amounts(hardship)[:2] == ["1000.00", "391.30"]


def test_a_refused_settlement_is_deferred_then_spread_never_due_sooner() -> None:
    portfolio = a_portfolio(
        preferred_plan="pay_in_full",
        negotiation={"max_rounds": 3, "concession_steps": ["defer_start", "extend_term"]},
    )
    plans = plans_of(negotiate(portfolio, a_situation(), 3))
    assert [plan.kind for plan in plans] == [
        PlanKind.PAY_IN_FULL,
        PlanKind.DEFERRAL,
        PlanKind.DEFERRAL_THEN_INSTALMENTS,
    ]
    # One deferral step left in three rounds: it goes all the way to the 60 days allowed.
    assert [plan.first_due for plan in plans] == [
        date(2026, 12, 7),
        date(2027, 1, 21),
        date(2027, 1, 21),
    ]
    assert amounts(plans[2]) == ["1180.00", "5310.00", "5310.00"]


def test_later_offers_are_never_worse_than_earlier_ones() -> None:
    # an amount the debtor can pay: the ladder from the creditor's preferred plan
    situation = a_situation("100000", reason=HardshipReason.ILLNESS)
    plans = plans_of(negotiate(a_portfolio(), situation, 4))
    assert len(plans) == 4
    for index, plan in enumerate(plans):
        assert check_plan(plan, an_account(), a_portfolio(), TODAY) == []
        assert all(never_worse(plan, earlier) for earlier in plans[:index])


def test_a_reason_and_no_amount_open_with_the_gentlest_plan_and_nothing_is_left_to_concede() -> (
    None
):
    # A job lost or an illness says the shortest plan is not the one they can keep: the
    # opening is the longest on hardship terms, token payments first, and its instalments are
    # the policy's minimum with a smaller last one, as equal ones would fall below it.
    situation = a_situation(reason=HardshipReason.ILLNESS)
    outcomes = negotiate(a_portfolio(), situation, 4)
    [plan] = plans_of(outcomes)
    assert check_plan(plan, an_account(), a_portfolio(), TODAY) == []
    assert plan.kind is PlanKind.TOKEN_THEN_INSTALMENTS
    assert amounts(plan) == ["100.00"] * 3 + ["300.00"] * 32 + ["100.00"]
    last = outcomes[-1]
    assert isinstance(last, EscalateAfterRounds)
    assert (last.cause, last.rounds) == (EscalationCause.NO_FURTHER_CONCESSION, 1)


def test_when_nothing_is_left_to_concede_the_case_goes_to_a_person() -> None:
    portfolio = a_portfolio(
        instalments=changed(INSTALMENTS, max_count=2, first_due_max_days=1),
        deferral=None,
        hardship=None,
    )
    outcomes = negotiate(portfolio, a_situation(), 4)
    assert len(plans_of(outcomes)) == 1
    last = outcomes[-1]
    assert isinstance(last, EscalateAfterRounds)
    assert (last.cause, last.rounds) == (EscalationCause.NO_FURTHER_CONCESSION, 1)


def test_an_open_offer_stands_until_it_is_refused() -> None:
    plan = a_plan()
    history = NegotiationHistory().offered(plan)
    outcome = next_offer(history, an_account(), a_portfolio(), a_situation(), TODAY)
    assert outcome == Concession(plan, None, 0)


def test_an_opening_nobody_can_afford_is_reported_not_offered() -> None:
    outcome = next_offer(
        NegotiationHistory(), an_account(), a_portfolio(), a_situation("50"), TODAY
    )
    assert isinstance(outcome, Unaffordable)


def test_hardship_terms_are_only_for_a_qualifying_reason() -> None:
    portfolio = a_portfolio(negotiation={"max_rounds": 2, "concession_steps": ["hardship_terms"]})
    outcomes = negotiate(portfolio, a_situation(reason=HardshipReason.FORGOT), 2)
    assert len(plans_of(outcomes)) == 1
    assert isinstance(outcomes[-1], EscalateAfterRounds)


def test_the_history_survives_json() -> None:
    situation = a_situation("100000", reason=HardshipReason.ILLNESS)
    plans = plans_of(negotiate(a_portfolio(), situation, 2))
    history = NegotiationHistory(tuple(plans), 2)
    again = NegotiationHistory.from_dict(json.loads(json.dumps(history.to_dict())))
    assert again == history


def test_a_malformed_history_is_refused() -> None:
    with pytest.raises(DomainError):
        NegotiationHistory.from_dict({"offers": [{"currency": "CNY"}], "refusals": 0})


def test_refusing_needs_an_open_offer_and_offering_needs_none() -> None:
    with pytest.raises(DomainError):
        NegotiationHistory().refused()
    open_offer = NegotiationHistory().offered(a_plan())
    with pytest.raises(DomainError):
        open_offer.offered(a_plan(instalments=3))


def test_more_smaller_instalments_are_never_worse_and_a_sooner_start_is() -> None:
    shorter, longer = a_plan(instalments=2), a_plan(instalments=6)
    assert never_worse(longer, shorter)
    assert not never_worse(shorter, longer)
    later = a_plan(instalments=2, first_due=date(2026, 12, 1))
    assert never_worse(later, shorter)
    assert not never_worse(shorter, later)


def test_a_refused_discount_does_not_count_against_the_full_balance_later() -> None:
    settlement = a_plan(PlanKind.PAY_IN_FULL, first_due=date(2026, 12, 7), discount=236000)
    spread = a_plan(first_due=date(2026, 12, 7), instalments=6)
    assert never_worse(spread, settlement)
    sooner = a_plan(first_due=date(2026, 12, 6), instalments=6)
    assert not never_worse(sooner, settlement)


def test_after_a_refusal_no_concession_asks_more_than_the_debtor_said_they_can_pay() -> None:
    # Found by the simulator: a debtor who refused the opening offer and then said what they can
    # pay was offered the next step of the ladder anyway, far above it.
    opening = next_offer(NegotiationHistory(), an_account(), a_portfolio(), a_situation(), TODAY)
    assert isinstance(opening, Concession)
    history = NegotiationHistory().offered(opening.plan).refused()
    kinds = set()
    for capacity in ("100", "300", "600", "900", "1500", "3000"):
        situation = a_situation(capacity)
        outcome = next_offer(history, an_account(), a_portfolio(), situation, TODAY)
        kinds.add(type(outcome).__name__)
        if isinstance(outcome, Concession):
            assert is_affordable(outcome.plan, situation), capacity
    assert {"Concession", "Unaffordable"} <= kinds  # both sides of the line were seen
