"""The debtor's own proposals: accepted inside the limits, else the nearest plan and the reason."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.domain.counter_offers import (
    Accepted,
    CounterOffer,
    CounterOfferOutcome,
    Rejected,
    evaluate_counter_offer,
)
from negotiator.domain.offer_report import counter_offer_outcome_to_dict
from negotiator.domain.offers import check_plan
from negotiator.domain.plans import Plan, PlanKind
from negotiator.domain.policy import HardshipReason, Portfolio
from negotiator.errors import CurrencyMismatch, DomainError
from tests.unit.builders import (
    INSTALMENTS,
    TODAY,
    a_portfolio,
    a_situation,
    amounts,
    an_account,
    changed,
    dues,
    money,
)

NO_DOWN_PAYMENT = a_portfolio(
    instalments=changed(INSTALMENTS, min_down_payment_percent="0", min_down_payment_amount="0")
)
"""The default limits without a minimum first payment."""


def evaluate(
    offer: CounterOffer,
    reason: HardshipReason | None = None,
    portfolio: Portfolio | None = None,
) -> CounterOfferOutcome:
    return evaluate_counter_offer(
        offer, an_account(), portfolio or a_portfolio(), a_situation(reason=reason), TODAY
    )


def accepted(outcome: CounterOfferOutcome, portfolio: Portfolio | None = None) -> Plan:
    assert isinstance(outcome, Accepted), outcome
    assert check_plan(outcome.plan, an_account(), portfolio or a_portfolio(), TODAY) == []
    return outcome.plan


def rejected(outcome: CounterOfferOutcome) -> Rejected:
    assert isinstance(outcome, Rejected), outcome
    if outcome.nearest is not None:
        assert check_plan(outcome.nearest, an_account(), a_portfolio(), TODAY) == []
    return outcome


def test_800_a_month_is_accepted_with_a_smaller_last_instalment() -> None:
    offer = CounterOffer(monthly_amount=money("800"))
    plan = accepted(evaluate(offer, portfolio=NO_DOWN_PAYMENT), NO_DOWN_PAYMENT)
    assert plan.kind is PlanKind.INSTALMENTS
    assert amounts(plan) == ["800.00"] * 14 + ["600.00"]
    assert (dues(plan)[0], dues(plan)[-1]) == (date(2026, 11, 23), date(2028, 1, 23))


def test_800_a_month_never_hides_a_larger_first_payment() -> None:
    # The minimum first payment (10% = 1180) is more than the debtor offers a month: that is
    # a limit the offer breaks, said as such, not a payment quietly added to their proposal.
    outcome = rejected(evaluate(CounterOffer(monthly_amount=money("800"))))
    assert ("instalments.min_down_payment", money("1180.00"), money("800.00")) in [
        (b.limit, b.allowed, b.actual) for b in outcome.breaches
    ]


def test_all_of_it_on_the_15th_of_next_month_is_an_accepted_deferral() -> None:
    plan = accepted(evaluate(CounterOffer(pay_date=date(2026, 12, 15))))
    assert plan.kind is PlanKind.DEFERRAL
    assert (amounts(plan), dues(plan)) == (["11800.00"], [date(2026, 12, 15)])


def test_paying_everything_inside_the_window_earns_the_settlement_discount() -> None:
    plan = accepted(evaluate(CounterOffer(pay_date=date(2026, 12, 1))))
    assert plan.kind is PlanKind.PAY_IN_FULL
    assert amounts(plan) == ["9440.00"]


def test_a_date_beyond_the_deferral_limit_gets_the_last_day_allowed() -> None:
    outcome = rejected(evaluate(CounterOffer(pay_date=date(2027, 3, 15))))
    assert [(b.limit, b.allowed, b.actual) for b in outcome.breaches] == [
        ("deferral.max_days", date(2027, 1, 21), date(2027, 3, 15))
    ]
    assert outcome.nearest is not None
    assert (outcome.nearest.kind, dues(outcome.nearest)) == (
        PlanKind.DEFERRAL,
        [date(2027, 1, 21)],
    )


def test_half_now_rest_in_three_months_is_brought_back_to_the_deferral_limit() -> None:
    offer = CounterOffer(lump_sum_now=money("5900"), pay_date=date(2027, 2, 22))
    outcome = rejected(evaluate(offer))
    assert [b.limit for b in outcome.breaches] == ["deferral.max_days"]
    nearest = outcome.nearest
    assert nearest is not None
    assert amounts(nearest) == ["5900.00", "5900.00"]
    assert dues(nearest) == [date(2026, 11, 23), date(2027, 1, 21)]


def test_half_now_rest_in_three_instalments_is_accepted() -> None:
    plan = accepted(evaluate(CounterOffer(lump_sum_now=money("5900"), count=3)))
    assert amounts(plan) == ["5900.00", "1966.66", "1966.66", "1966.68"]


def test_an_amount_too_small_for_the_limits_names_every_limit_and_offers_the_longest_plan() -> None:
    outcome = rejected(evaluate(CounterOffer(monthly_amount=money("100"))))
    breaches = {b.limit: (b.allowed, b.actual) for b in outcome.breaches}
    assert breaches["instalments.min_amount"] == (money("300.00"), money("100.00"))
    assert breaches["instalments.max_count"] == (24, 117)
    assert breaches["instalments.min_down_payment"] == (money("1180.00"), money("100.00"))
    assert "instalments.max_months" in breaches
    assert outcome.nearest is not None
    assert outcome.nearest.count == 23
    assert outcome.nearest.instalment_amount == money("461.73")


def test_too_many_instalments_are_brought_into_the_range() -> None:
    outcome = rejected(evaluate(CounterOffer(count=40)))
    assert ("instalments.max_count", 24, 40) in [
        (b.limit, b.allowed, b.actual) for b in outcome.breaches
    ]
    assert outcome.nearest is not None
    assert outcome.nearest.count == 23


def test_a_down_payment_below_the_minimum_is_raised_to_it() -> None:
    outcome = rejected(evaluate(CounterOffer(lump_sum_now=money("500"), count=6)))
    assert [(b.limit, b.allowed, b.actual) for b in outcome.breaches] == [
        ("instalments.min_down_payment", money("1180.00"), money("500.00"))
    ]
    assert outcome.nearest is not None
    assert amounts(outcome.nearest) == ["1180.00"] + ["1770.00"] * 6


def test_an_amount_beyond_standard_terms_is_accepted_on_hardship_terms_for_a_good_reason() -> None:
    offer = CounterOffer(monthly_amount=money("400"))
    outcome = rejected(evaluate(offer))
    assert "instalments.max_count" in [b.limit for b in outcome.breaches]
    illness = evaluate(offer, reason=HardshipReason.ILLNESS, portfolio=NO_DOWN_PAYMENT)
    plan = accepted(illness, NO_DOWN_PAYMENT)
    assert plan.kind is PlanKind.HARDSHIP_INSTALMENTS
    assert amounts(plan) == ["400.00"] * 25


def test_a_monthly_amount_from_a_later_date_becomes_a_payment_holiday() -> None:
    offer = CounterOffer(monthly_amount=money("800"), pay_date=date(2027, 1, 1))
    plan = accepted(evaluate(offer, portfolio=NO_DOWN_PAYMENT), NO_DOWN_PAYMENT)
    assert plan.kind is PlanKind.DEFERRAL_THEN_INSTALMENTS
    assert dues(plan)[:2] == [date(2027, 1, 1), date(2027, 2, 1)]


def test_an_offer_in_another_currency_is_refused() -> None:
    with pytest.raises(CurrencyMismatch):
        evaluate(CounterOffer(monthly_amount=money("100", "USD")))


@pytest.mark.parametrize(
    "fields",
    [{}, {"count": 0}, {"monthly_amount": money("0")}, {"lump_sum_now": money("-1")}],
)
def test_a_counter_offer_must_propose_something_positive(fields: dict[str, object]) -> None:
    with pytest.raises(DomainError):
        CounterOffer(**fields)  # type: ignore[arg-type]


def test_a_rejection_becomes_a_dict_with_the_breaches_and_the_nearest_plan() -> None:
    data = counter_offer_outcome_to_dict(evaluate(CounterOffer(pay_date=date(2027, 3, 15))))
    assert data["status"] == "rejected"
    assert data["breaches"] == [
        {"limit": "deferral.max_days", "allowed": "2027-01-21", "actual": "2027-03-15"}
    ]
    assert data["nearest"]["schedule"][0]["due"] == "2027-01-21"
