"""Proposing plans: the creditor's order, the debtor's means, and the limits every plan obeys."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from negotiator.domain.affordability import is_affordable
from negotiator.domain.offer_report import proposal_to_dict
from negotiator.domain.offers import Offers, Unaffordable, check_plan, propose_plans
from negotiator.domain.plans import PlanKind
from negotiator.domain.policy import Frequency, HardshipReason
from negotiator.errors import CurrencyMismatch, DomainError
from tests.unit.builders import (
    DEFERRAL,
    INSTALMENTS,
    TODAY,
    a_balance,
    a_plan,
    a_portfolio,
    a_situation,
    amounts,
    an_account,
    changed,
    dues,
    money,
)


def offers(proposal: Offers | Unaffordable) -> Offers:
    assert isinstance(proposal, Offers), proposal
    return proposal


def test_without_a_capacity_the_shortest_plan_comes_first_then_the_alternatives() -> None:
    proposal = offers(propose_plans(an_account(), a_portfolio(), a_situation(), TODAY))
    assert [plan.kind for plan in proposal.plans] == [
        PlanKind.INSTALMENTS,
        PlanKind.PAY_IN_FULL,
        PlanKind.DEFERRAL,
    ]
    shortest, in_full, deferral = proposal.plans
    assert amounts(shortest) == ["1180.00", "5310.00", "5310.00"]
    assert dues(shortest) == [date(2026, 11, 23), date(2026, 12, 23), date(2027, 1, 23)]
    assert amounts(in_full) == ["9440.00"]
    assert dues(in_full) == [date(2026, 12, 7)]
    assert in_full.discount == money("2360.00")
    assert amounts(deferral) == ["11800.00"]
    assert dues(deferral) == [date(2027, 1, 21)]


def test_a_pay_in_full_creditor_opens_with_the_discounted_settlement() -> None:
    portfolio = a_portfolio(preferred_plan="pay_in_full")
    proposal = offers(propose_plans(an_account(), portfolio, a_situation(), TODAY))
    assert proposal.offer.kind is PlanKind.PAY_IN_FULL
    assert proposal.offer.total == money("9440.00")


def test_an_account_not_yet_long_enough_past_due_gets_no_discount() -> None:
    portfolio = a_portfolio(preferred_plan="pay_in_full")
    account = an_account(days_past_due=30)
    proposal = offers(propose_plans(account, portfolio, a_situation(), TODAY))
    assert proposal.offer.total == money("11800.00")
    assert proposal.offer.discount == money("0.00")


def test_a_stated_capacity_picks_the_shortest_plan_whose_instalment_fits() -> None:
    proposal = offers(propose_plans(an_account(), a_portfolio(), a_situation("2000"), TODAY))
    offer = proposal.offer
    assert offer.kind is PlanKind.INSTALMENTS
    assert offer.count == 6
    assert amounts(offer) == ["1180.00"] + ["1770.00"] * 6
    assert all(is_affordable(plan, a_situation("2000")) for plan in proposal.plans)


def test_one_less_than_the_instalment_needs_one_more_instalment() -> None:
    proposal = offers(propose_plans(an_account(), a_portfolio(), a_situation("1769.99"), TODAY))
    assert proposal.offer.count == 7
    assert proposal.offer.instalment_amount == money("1517.14")
    assert proposal.offer.final_amount == money("1517.16")


def test_lump_sums_above_the_capacity_are_never_offered() -> None:
    proposal = offers(propose_plans(an_account(), a_portfolio(), a_situation("2000"), TODAY))
    kinds = {plan.kind for plan in proposal.plans}
    assert PlanKind.PAY_IN_FULL not in kinds
    assert PlanKind.DEFERRAL not in kinds


def test_when_nothing_fits_the_gap_is_reported_and_no_plan_is_offered() -> None:
    proposal = propose_plans(an_account(), a_portfolio(), a_situation("100"), TODAY)
    assert isinstance(proposal, Unaffordable)
    # The minimum down payment (10% of 11800.00) is what cannot be met.
    assert proposal.gap == money("1080.00")
    assert proposal.hardship_available
    assert proposal.late_days == 0
    assert check_plan(proposal.best, an_account(), a_portfolio(), TODAY) == []
    assert not is_affordable(proposal.best, a_situation("100"))


def test_a_qualifying_reason_opens_hardship_terms_with_token_payments() -> None:
    situation = a_situation("300", reason=HardshipReason.UNEMPLOYMENT)
    proposal = offers(propose_plans(an_account(), a_portfolio(), situation, TODAY))
    offer = proposal.offer
    assert offer.kind is PlanKind.TOKEN_THEN_INSTALMENTS
    assert offer.total == money("10000.00")
    assert (offer.interest_waived, offer.fees_waived) == (money("1500.00"), money("300.00"))
    # The most token months that leave an affordable plan: three tokens, then 300 a month
    # with a smaller last instalment settling what is left.
    assert amounts(offer) == ["100.00"] * 3 + ["300.00"] * 32 + ["100.00"]
    assert offer.last_due == date(2029, 10, 23)
    assert offer.hardship_reason is HardshipReason.UNEMPLOYMENT


@pytest.mark.parametrize(
    "preferred", ["pay_in_full", "shortest", "deferral"], ids=lambda preferred: preferred
)
def test_a_reason_without_an_amount_opens_with_the_smallest_payment(preferred: str) -> None:
    """A job lost and no amount named: the plans with the smallest payment come first, each as
    long as the limits allow, whatever the creditor prefers (the seeds: after learning of
    unemployment, offer instalments with relief). One payment of the whole balance comes last,
    if at all."""
    portfolio = a_portfolio(preferred_plan=preferred)
    situation = a_situation(reason=HardshipReason.UNEMPLOYMENT)
    proposal = offers(propose_plans(an_account(), portfolio, situation, TODAY))
    largest = [max(Decimal(a) for a in amounts(plan)) for plan in proposal.plans]
    assert largest == sorted(largest)
    assert proposal.offer.kind in (PlanKind.HARDSHIP_INSTALMENTS, PlanKind.TOKEN_THEN_INSTALMENTS)
    assert proposal.offer.count >= 24  # spread out, not the shortest allowed
    assert PlanKind.PAY_IN_FULL not in [plan.kind for plan in proposal.plans[:1]]
    for plan in proposal.plans:
        assert check_plan(plan, an_account(), portfolio, TODAY) == []


def test_forgetting_without_an_amount_keeps_the_creditor_s_order() -> None:
    situation = a_situation(reason=HardshipReason.FORGOT)
    portfolio = a_portfolio(preferred_plan="pay_in_full")
    proposal = offers(propose_plans(an_account(), portfolio, situation, TODAY))
    assert proposal.offer.kind is PlanKind.PAY_IN_FULL


def test_a_reason_the_policy_does_not_list_gets_no_hardship_terms() -> None:
    situation = a_situation("300", reason=HardshipReason.FORGOT)
    proposal = propose_plans(an_account(), a_portfolio(), situation, TODAY)
    assert isinstance(proposal, Unaffordable)
    assert not proposal.hardship_available


def test_a_later_earliest_pay_date_moves_the_start_or_becomes_a_payment_holiday() -> None:
    payday = date(2027, 1, 10)
    proposal = offers(
        propose_plans(an_account(), a_portfolio(), a_situation(earliest=payday), TODAY)
    )
    assert [plan.kind for plan in proposal.plans] == [
        PlanKind.DEFERRAL,
        PlanKind.DEFERRAL_THEN_INSTALMENTS,
    ]
    assert dues(proposal.plans[0]) == [payday]
    assert dues(proposal.plans[1]) == [payday, date(2027, 2, 10), date(2027, 3, 10)]


def test_an_account_that_had_its_deferral_gets_no_other() -> None:
    situation = a_situation(earliest=date(2027, 1, 10), previous_deferrals=1)
    proposal = propose_plans(an_account(), a_portfolio(), situation, TODAY)
    assert isinstance(proposal, Unaffordable)
    assert proposal.late_days == 19  # instalments can start on 22 December at the latest


def test_weekly_instalments_are_compared_with_the_capacity_at_52_over_12() -> None:
    weekly = changed(INSTALMENTS, frequency="weekly", max_count=104, min_amount="100")
    proposal = offers(
        propose_plans(an_account(), a_portfolio(instalments=weekly), a_situation("1200"), TODAY)
    )
    offer = proposal.offer
    # 38 weekly instalments of 279.47 would cost 1211.04 a month; 39 of 272.30 cost 1179.97.
    assert offer.count == 39
    assert offer.instalment_amount == money("272.30")
    assert offer.final_amount == money("272.60")
    assert dues(offer)[:3] == [date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 7)]


def test_yen_plans_are_in_whole_yen() -> None:
    yen = changed(
        INSTALMENTS, min_amount="3000", min_down_payment_amount="5000", max_count=24, max_months=24
    )
    portfolio = a_portfolio(
        currency="JPY",
        instalments=yen,
        hardship=None,
        settlement={"max_discount_percent": "15"},
    )
    account = an_account(principal="1000000", interest="33333", fees="0", currency="JPY")
    situation = a_situation("110000", currency="JPY")
    offer = offers(propose_plans(account, portfolio, situation, TODAY)).offer
    # 10% down of 1033333 rounds up to 103334; 929999 over 9 leaves 2 yen for the last.
    assert amounts(offer) == ["103334"] + ["103333"] * 8 + ["103335"]
    assert all(p.amount.amount == p.amount.amount.to_integral_value() for p in offer.schedule)


def test_a_portfolio_without_instalments_offers_only_one_off_plans() -> None:
    portfolio = a_portfolio(
        preferred_plan="pay_in_full",
        instalments=None,
        hardship=None,
        deferral=changed(DEFERRAL, then_instalments=False),
    )
    proposal = offers(propose_plans(an_account(), portfolio, a_situation(), TODAY))
    assert [plan.kind for plan in proposal.plans] == [PlanKind.PAY_IN_FULL, PlanKind.DEFERRAL]


def test_a_capacity_in_another_currency_is_refused() -> None:
    with pytest.raises(CurrencyMismatch):
        propose_plans(an_account(), a_portfolio(), a_situation("100", currency="USD"), TODAY)


def test_an_account_that_owes_nothing_has_nothing_to_offer() -> None:
    account = an_account(principal="0", interest="0", fees="0")
    with pytest.raises(DomainError, match="owes nothing"):
        propose_plans(account, a_portfolio(), a_situation(), TODAY)


def limits_broken(plan_kind: PlanKind = PlanKind.INSTALMENTS, **terms: object) -> list[str]:
    plan = a_plan(plan_kind, **terms)
    return [breach.limit for breach in check_plan(plan, an_account(), a_portfolio(), TODAY)]


def test_the_default_plan_is_inside_every_limit() -> None:
    assert limits_broken() == []


@pytest.mark.parametrize(
    ("kind", "terms", "limit"),
    [
        (PlanKind.INSTALMENTS, {"instalments": 25}, "instalments.max_count"),
        (PlanKind.INSTALMENTS, {"instalments": 1}, "instalments.min_count"),
        (PlanKind.INSTALMENTS, {"first_due": TODAY}, "instalments.first_due_min_days"),
        (
            PlanKind.INSTALMENTS,
            {"first_due": TODAY + timedelta(31)},
            "instalments.first_due_max_days",
        ),
        (PlanKind.INSTALMENTS, {"instalments": 24}, "instalments.max_months"),
        (PlanKind.INSTALMENTS, {"down_payment": 100000}, "instalments.min_down_payment"),
        (PlanKind.INSTALMENTS, {"frequency": Frequency.WEEKLY}, "instalments.frequency"),
        (PlanKind.INSTALMENTS, {"waive_fees": True}, "hardship"),
        (PlanKind.PAY_IN_FULL, {"discount": 240000}, "settlement.max_discount_percent"),
        (PlanKind.PAY_IN_FULL, {"first_due": TODAY + timedelta(16)}, "settlement.pay_within_days"),
        (PlanKind.DEFERRAL, {"first_due": TODAY + timedelta(61)}, "deferral.max_days"),
        (
            PlanKind.HARDSHIP_INSTALMENTS,
            {"reason": HardshipReason.FORGOT, "waive_interest": True},
            "hardship.reasons",
        ),
        (
            PlanKind.TOKEN_THEN_INSTALMENTS,
            {
                "reason": HardshipReason.ILLNESS,
                "token_count": 4,
                "token_amount": 10000,
                "instalments": 2,
            },
            "hardship.token_payments.max_months",
        ),
        (
            PlanKind.TOKEN_THEN_INSTALMENTS,
            {
                "reason": HardshipReason.ILLNESS,
                "token_count": 2,
                "token_amount": 5000,
                "instalments": 2,
            },
            "hardship.token_payments.amount",
        ),
    ],
)
def test_each_limit_is_named_when_a_plan_breaks_it(
    kind: PlanKind, terms: dict[str, object], limit: str
) -> None:
    assert limit in limits_broken(kind, **terms)


def test_a_breach_carries_the_allowed_and_the_actual_figures() -> None:
    plan = a_plan(balance=a_balance("1000.00", "0", "0"), down_payment=50000)
    account = an_account(principal="1000.00", interest="0", fees="0")
    (breach,) = check_plan(plan, account, a_portfolio(), TODAY)
    assert breach.limit == "instalments.min_amount"
    assert (breach.allowed, breach.actual) == (money("300.00"), money("250.00"))
    assert str(breach) == "instalments.min_amount: allowed CNY 300.00, plan has CNY 250.00"


def test_a_discount_before_the_qualifying_days_breaks_the_settlement_rule() -> None:
    plan = a_plan(PlanKind.PAY_IN_FULL, discount=100000)
    (breach,) = check_plan(plan, an_account(days_past_due=30), a_portfolio(), TODAY)
    assert (breach.limit, breach.allowed, breach.actual) == ("settlement.min_days_past_due", 90, 30)


def test_a_second_deferral_breaks_the_lifetime_limit() -> None:
    plan = a_plan(PlanKind.DEFERRAL, first_due=date(2027, 1, 1))
    breaches = check_plan(plan, an_account(), a_portfolio(), TODAY, previous_deferrals=1)
    assert [(b.limit, b.allowed, b.actual) for b in breaches] == [("deferral.max_times", 1, 2)]


def test_a_payment_holiday_needs_the_policy_to_allow_instalments_after_it() -> None:
    plan = a_plan(PlanKind.DEFERRAL_THEN_INSTALMENTS, first_due=date(2027, 1, 10))
    portfolio = a_portfolio(deferral=changed(DEFERRAL, then_instalments=False))
    limits = [b.limit for b in check_plan(plan, an_account(), portfolio, TODAY)]
    assert limits == ["deferral.then_instalments"]


def test_a_plan_for_another_balance_or_currency_is_refused() -> None:
    plan = a_plan()
    other = an_account(principal="9000.00")
    assert [b.limit for b in check_plan(plan, other, a_portfolio(), TODAY)] == ["account.balance"]
    dollars = a_portfolio(currency="USD", hardship=None)
    assert [b.limit for b in check_plan(plan, an_account(), dollars, TODAY)] == [
        "portfolio.currency"
    ]


def test_a_proposal_becomes_a_json_ready_dict_with_every_schedule() -> None:
    proposal = propose_plans(an_account(), a_portfolio(), a_situation("2000"), TODAY)
    data = json.loads(json.dumps(proposal_to_dict(proposal)))
    assert data["status"] == "offers"
    first = data["plans"][0]
    assert first["kind"] == "instalments"
    assert first["total"] == "11800.00"
    assert first["schedule"][0] == {
        "number": 1,
        "due": "2026-11-23",
        "amount": "1180.00",
        "label": "down_payment",
    }
    for plan in data["plans"]:
        assert sum(Decimal(p["amount"]) for p in plan["schedule"]) == Decimal(plan["total"])


def test_an_unaffordable_proposal_becomes_a_dict_with_the_gap() -> None:
    proposal = propose_plans(an_account(), a_portfolio(), a_situation("100"), TODAY)
    data = proposal_to_dict(proposal)
    assert (data["status"], data["gap"], data["hardship_available"]) == (
        "unaffordable",
        "1080.00",
        True,
    )
    assert data["best"]["kind"] == "instalments"
