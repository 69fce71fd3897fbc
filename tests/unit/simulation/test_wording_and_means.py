"""How synthetic debtors write figures, and the simulator's own yardstick of what they can pay."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest

from negotiator.domain.plans import PlanKind
from negotiator.domain.policy_sections import Frequency
from negotiator.domain.verification import FactKind, normalize_fact
from negotiator.simulation.means import beyond_means, monthly_peak
from negotiator.simulation.wording import (
    chinese_numeral,
    spoken_amount,
    spoken_date,
    spoken_fact,
)
from tests.unit.builders import TODAY, a_plan


@pytest.mark.parametrize(
    ("number", "simplified", "traditional"),
    [
        (10, "十", "十"),
        (15, "十五", "十五"),
        (305, "三百零五", "三百零五"),
        (450, "四百五十", "四百五十"),
        (1010, "一千零一十", "一千零一十"),
        (2000, "两千", "兩千"),
        (12000, "一万两千", "一萬兩千"),
        (20500, "两万零五百", "兩萬零五百"),
        (250000, "二十五万", "二十五萬"),
    ],
)
def test_amounts_are_written_in_chinese_numerals_as_people_say_them(
    number: int, simplified: str, traditional: str
) -> None:
    assert chinese_numeral(number) == simplified
    assert chinese_numeral(number, traditional=True) == traditional


def test_amounts_take_the_forms_people_type_in_each_language() -> None:
    rng = random.Random(4)
    english = {spoken_amount(Decimal(1200), "USD", "en", rng) for _ in range(60)}
    assert english == {"1200", "1,200", "$1200", "1200 dollars"}
    chinese = {spoken_amount(Decimal(1200), "CNY", "zh_Hans", rng) for _ in range(60)}
    assert chinese == {"1200元", "1200", "1200块", "一千二百元"}
    traditional = {spoken_amount(Decimal(20000), "CNY", "zh_Hant", rng) for _ in range(80)}
    assert "2萬" in traditional
    assert "兩萬元" in traditional


def test_a_date_next_month_may_be_named_relative_to_today() -> None:
    rng = random.Random(1)
    forms = {spoken_date(date(2026, 12, 15), TODAY, "zh_Hans", rng) for _ in range(40)}
    assert forms == {"12月15日", "12月15号", "下个月15号"}
    english = {spoken_date(date(2027, 3, 3), TODAY, "en", rng) for _ in range(40)}
    assert english == {"March 3", "3 March", "the 3rd of March"}


def test_every_form_of_a_birth_date_is_one_the_bot_accepts() -> None:
    rng = random.Random(2)
    for _ in range(50):
        typed = spoken_fact("1987-02-09", FactKind.DATE_OF_BIRTH, rng)
        assert normalize_fact(FactKind.DATE_OF_BIRTH, typed) == "1987-02-09"
    assert spoken_fact("123X", FactKind.ID_LAST4, rng) == "123X"


def test_a_plan_is_beyond_means_when_an_instalment_exceeds_the_monthly_capacity() -> None:
    plan = a_plan(instalments=4, down_payment=100000)  # 1000.00 down, 4 × 2700.00
    assert monthly_peak(plan, regular_only=True) == Decimal("2700.00")
    assert not beyond_means(plan, Decimal(2700), None)
    assert beyond_means(plan, Decimal("2699.99"), None)


def test_a_down_payment_may_come_from_savings_but_instalments_may_not() -> None:
    plan = a_plan(instalments=10, down_payment=300000)  # 3000.00 down, 10 × 880.00
    assert beyond_means(plan, Decimal(900), None)
    assert not beyond_means(plan, Decimal(900), None, savings=Decimal(3000))
    assert beyond_means(plan, Decimal(800), None, savings=Decimal(100000))


def test_nothing_may_fall_due_before_income_returns() -> None:
    plan = a_plan(instalments=10, down_payment=100000)
    assert not beyond_means(plan, Decimal(2000), plan.first_due)
    assert beyond_means(plan, Decimal(2000), plan.first_due + timedelta(days=1))


def test_weekly_instalments_count_per_month() -> None:
    plan = a_plan(
        PlanKind.INSTALMENTS, instalments=20, down_payment=100000, frequency=Frequency.WEEKLY
    )
    weekly = plan.runs[1].amount.amount
    assert monthly_peak(plan, regular_only=True) == weekly * 52 / 12
    assert beyond_means(plan, weekly * 4, None)
