"""Plans and their exact schedules: sums, remainders, month ends, minor units, explanations."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from negotiator.domain.money import Money
from negotiator.domain.plan_codec import plan_from_dict, plan_to_dict
from negotiator.domain.plans import PaymentLabel, Plan, PlanKind, PlanTerms
from negotiator.domain.policy import Frequency, HardshipReason
from negotiator.errors import DomainError
from tests.unit.builders import TODAY, a_balance, a_plan, amounts, dues, money


def test_equal_instalments_put_the_rounding_remainder_on_the_last_one() -> None:
    plan = a_plan(balance=a_balance("1000.00", "0", "0"), instalments=3, down_payment=0)
    assert amounts(plan) == ["333.33", "333.33", "333.34"]
    assert plan.total == money("1000.00")


def test_a_down_payment_is_due_first_and_instalments_follow_monthly() -> None:
    plan = a_plan()
    assert [p.label for p in plan.schedule] == [
        PaymentLabel.DOWN_PAYMENT,
        PaymentLabel.INSTALMENT,
        PaymentLabel.INSTALMENT,
    ]
    assert amounts(plan) == ["1180.00", "5310.00", "5310.00"]
    assert dues(plan) == [date(2026, 11, 23), date(2026, 12, 23), date(2027, 1, 23)]
    assert [p.number for p in plan.schedule] == [1, 2, 3]
    assert (plan.count, plan.payments, plan.down_payment) == (2, 3, money("1180.00"))


def test_instalments_from_the_31st_fall_on_each_month_end() -> None:
    plan = a_plan(first_due=date(2027, 1, 31), instalments=4, down_payment=0)
    assert dues(plan) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert amounts(plan) == ["2950.00"] * 4


def test_instalments_after_a_down_payment_on_the_31st_stay_on_month_ends() -> None:
    plan = a_plan(first_due=date(2027, 1, 31), instalments=3)
    assert dues(plan) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]


def test_a_leap_year_february_gets_the_29th() -> None:
    plan = a_plan(first_due=date(2028, 1, 31), instalments=2, down_payment=0)
    assert dues(plan) == [date(2028, 1, 31), date(2028, 2, 29)]


def test_yen_have_no_minor_unit_so_the_remainder_is_whole_yen() -> None:
    balance = a_balance("100000", "0", "1", currency="JPY")
    plan = a_plan(balance=balance, instalments=3, down_payment=0)
    assert amounts(plan) == ["33333", "33333", "33335"]
    assert all(p.amount.amount.as_tuple().exponent == 0 for p in plan.schedule)
    assert plan.total == Money(Decimal(100001), "JPY")


def test_weekly_instalments_after_a_down_payment_start_a_week_later() -> None:
    plan = a_plan(frequency=Frequency.WEEKLY, instalments=3, down_payment=100000)
    assert dues(plan) == [
        date(2026, 11, 23),
        date(2026, 11, 30),
        date(2026, 12, 7),
        date(2026, 12, 14),
    ]
    assert amounts(plan) == ["1000.00", "3600.00", "3600.00", "3600.00"]


def test_a_fixed_instalment_repeats_and_the_last_one_is_what_is_left() -> None:
    plan = a_plan(
        balance=a_balance("1000.00", "0", "0"),
        instalments=4,
        down_payment=0,
        fixed_instalment=30000,
    )
    assert amounts(plan) == ["300.00", "300.00", "300.00", "100.00"]
    assert plan.instalment_amount == money("300.00")
    assert plan.final_amount == money("100.00")


def test_pay_in_full_with_a_discount_reduces_interest_then_fees_then_principal() -> None:
    plan = a_plan(PlanKind.PAY_IN_FULL, first_due=date(2026, 12, 7), discount=236000)
    assert amounts(plan) == ["9440.00"]
    assert plan.saved == money("2360.00")
    assert plan.payable.interest == money("0.00")
    assert plan.payable.fees == money("0.00")
    assert plan.payable.principal == money("9440.00")
    assert (plan.interest_saved, plan.fees_saved) == (money("1500.00"), money("300.00"))


def test_a_small_discount_only_reduces_interest() -> None:
    plan = a_plan(PlanKind.PAY_IN_FULL, discount=100000)
    assert plan.payable.interest == money("500.00")
    assert plan.payable.fees == money("300.00")
    assert plan.interest_saved == money("1000.00")


def test_hardship_terms_drop_interest_and_fees_from_the_total() -> None:
    plan = a_plan(
        PlanKind.HARDSHIP_INSTALMENTS,
        instalments=4,
        down_payment=100000,
        waive_interest=True,
        waive_fees=True,
        reason=HardshipReason.ILLNESS,
    )
    assert plan.total == money("10000.00")
    assert (plan.interest_waived, plan.fees_waived) == (money("1500.00"), money("300.00"))
    assert amounts(plan) == ["1000.00", "2250.00", "2250.00", "2250.00", "2250.00"]
    assert plan.hardship_reason is HardshipReason.ILLNESS


def test_token_payments_come_monthly_and_the_instalments_start_a_month_after_the_last() -> None:
    plan = a_plan(
        PlanKind.TOKEN_THEN_INSTALMENTS,
        first_due=date(2027, 1, 31),
        token_count=3,
        token_amount=10000,
        instalments=2,
    )
    assert [p.label for p in plan.schedule][:3] == [PaymentLabel.TOKEN] * 3
    assert dues(plan) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
        date(2027, 5, 31),
    ]
    assert amounts(plan) == ["100.00", "100.00", "100.00", "5750.00", "5750.00"]
    assert plan.token_amount == money("100.00")


def test_a_deferral_can_take_part_now_and_the_rest_later() -> None:
    plan = a_plan(
        PlanKind.DEFERRAL,
        first_due=date(2026, 11, 23),
        down_payment=590000,
        deferred_due=date(2027, 1, 21),
    )
    assert amounts(plan) == ["5900.00", "5900.00"]
    assert [p.label for p in plan.schedule] == [
        PaymentLabel.PART_PAYMENT,
        PaymentLabel.DEFERRED_PAYMENT,
    ]
    assert plan.last_due == date(2027, 1, 21)


@pytest.mark.parametrize(
    ("kind", "terms"),
    [
        (PlanKind.INSTALMENTS, {"instalments": 0}),
        (PlanKind.INSTALMENTS, {"down_payment": 1180000}),
        (PlanKind.INSTALMENTS, {"token_count": 2, "token_amount": 100}),
        (PlanKind.PAY_IN_FULL, {"instalments": 2}),
        (PlanKind.PAY_IN_FULL, {"discount": 1180000}),
        (PlanKind.DEFERRAL, {"down_payment": 100, "deferred_due": TODAY}),
        (PlanKind.TOKEN_THEN_INSTALMENTS, {"instalments": 2, "token_count": 0}),
        (PlanKind.INSTALMENTS, {"fixed_instalment": 100}),
    ],
)
def test_terms_that_do_not_make_a_plan_are_refused(kind: PlanKind, terms: dict[str, int]) -> None:
    fields: dict[str, object] = {"first_due": date(2026, 11, 23), **terms}
    with pytest.raises(DomainError):
        Plan(PlanTerms(kind, **fields), a_balance(), TODAY)  # type: ignore[arg-type]


def test_the_explanation_has_every_figure_a_confirmation_needs() -> None:
    explained = a_plan(instalments=12).explain()
    assert explained.kind is PlanKind.INSTALMENTS
    assert (explained.total, explained.original_total) == (money("11800.00"), money("11800.00"))
    assert explained.saved == money("0.00")
    assert explained.down_payment == money("1180.00")
    assert explained.instalment_amount == money("885.00")
    assert (explained.count, explained.payments, explained.months) == (12, 13, 13)
    assert (explained.first_due, explained.last_due) == (date(2026, 11, 23), date(2027, 11, 23))


def test_a_plan_survives_json_and_comes_back_equal() -> None:
    plan = a_plan(PlanKind.PAY_IN_FULL, discount=236000)
    data = json.loads(json.dumps(plan_to_dict(plan)))
    assert data["total"] == "9440.00"
    assert data["schedule"] == [
        {"number": 1, "due": "2026-11-23", "amount": "9440.00", "label": "full_payment"}
    ]
    assert plan_from_dict(data) == plan


def test_a_stored_plan_whose_total_no_longer_matches_is_refused() -> None:
    data = plan_to_dict(a_plan())
    data["total"] = "1.00"
    with pytest.raises(DomainError, match="does not match"):
        plan_from_dict(data)


def test_a_stored_plan_with_too_many_decimals_is_refused() -> None:
    data = plan_to_dict(a_plan())
    data["terms"]["down_payment"] = "1180.001"
    with pytest.raises(DomainError, match="decimals"):
        plan_from_dict(data)
