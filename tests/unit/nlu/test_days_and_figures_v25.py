"""Days and figures read from blind21's misses (v25): a day of every week is no one day, pay in a
currency is no payday, a figure to try is offered, and hours cut far from their figure stay
hours."""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Period
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I visit my dad every weekend and the gas alone eats my money, $30 a week is it"),
        ("en", "each friday i do a double shift and it still isnt enough. 40 a week?"),
        ("zh_Hans", "每个周末都要去医院陪我爸，每周只能还两百"),
        ("zh_Hant", "逢星期六要返工，每星期還三百得唔得"),
    ],
)
def test_a_day_of_every_week_is_no_date(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.date is None
    assert reading.amount is not None
    assert reading.amount.per is Period.WEEK


@pytest.mark.parametrize(
    ("language", "text", "per"),
    [
        ("en", "I can pay 100 every friday", Period.WEEK),
        ("zh_Hans", "每周五还500", Period.WEEK),
    ],
)
def test_a_figure_every_weekday_is_weekly(language: str, text: str, per: Period) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.per is per
    assert reading.date is None


def test_a_day_named_once_still_dates_the_payment() -> None:
    assert read("下周五还500").date is not None
    assert read("I can pay 100 this friday", "en").date is not None


@pytest.mark.parametrize(
    "text",
    [
        "how about 2,500 a month? I get paid in USD now since I moved",
        "my wages come in cash and i get paid in crypto sometimes, 150 a week works",
    ],
)
def test_paid_in_a_currency_is_no_payday(text: str) -> None:
    assert read(text, "en").date is None
    assert read("I'll pay it when I get paid", "en").date is not None


def test_a_figure_to_try_outranks_the_plan_turned_down() -> None:
    reading = read("the 600/month plan wont work for me. can we try 250 a month instead?", "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal("250")


def test_hours_cut_far_from_their_figure_are_no_money() -> None:
    reading = read(
        "they cut my hours at the warehouse on nights to 16 a week. i cant cover rent", "en"
    )

    assert reading.amount is None


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "there's no way i can do 700. maybe 300 though", "300"),
        ("en", "can't pay the 3000 you want, 800 maybe", "800"),
        ("zh_Hans", "还不起一万二，八千可以吗", "8000"),
    ],
)
def test_a_figure_turned_down_before_it_gives_way_to_the_next(
    language: str, text: str, amount: str
) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


def test_a_figure_turned_down_alone_is_still_the_amount() -> None:
    reading = read("I can't pay 500", "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal("500")
