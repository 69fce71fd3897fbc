"""Days and figures read from blind36's misses (v40), messages written late or for someone else: a
phone number of three digits and four after a word of phoning, or of two groups of four before a
comma, is no sum; nor is a reference with a slash, with groups of digits after its letters, or
glued to its letters; "3 charges of 12.50" counts charges; 九月份还是18000 states a sum, no offer;
the 中 of 中风 ends no 月中; and in an amount dispute that promises and offers nothing, the day
money was taken (``charged_words``) is the day gone by, which is kept."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "his mobile is 555 0142, evenings are best"),
        ("en", "please call my solicitor on 555 0177, she has the file"),
        ("zh_Hant", "唔好再打去我屋企，9123 4567，屋企人好擔心"),
        ("zh_Hant", "我律師電話係6123 8899，你哋搵佢"),
        ("en", "my adviser is handling it, ref AB/4471"),
        ("zh_Hans", "我是社工，编号SW-2025-207，请先联系我"),
        ("zh_Hant", "已經過咗數，交易編號TX77120"),
    ],
)
def test_numbers_that_name_something_are_no_sum_v40(language: str, text: str) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # without a word of phoning, three digits and four may be two sums said in one breath
        ("en", "can i pay 300 1500 is too much", "300"),
        # a count of charges before the sum charged
        ("en", "that's 4 charges of 9.99 I never agreed to", "9.99"),
        # 还是 after a time states a sum: the figure disputed is the first one
        ("zh_Hans", "怎么变成一万二了？上个月还是9000", "12000"),
    ],
)
def test_the_sum_that_matters_v40(language: str, text: str, value: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(value)


def test_a_stroke_in_october_is_no_mid_month_v40() -> None:
    reading = read("我爸十月中风住院了，实在还不了", "zh_Hans")

    assert reading.date is None
    assert read("月中还你", "zh_Hans").date is not None  # 月中 on its own is still a day


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "you charged me twice on the 9th, 80 each", date(2026, 11, 9)),
        ("zh_Hans", "9号那笔800重复扣款了", date(2026, 11, 9)),
        ("zh_Hant", "9號嗰筆800扣咗兩次", date(2026, 11, 9)),
    ],
)
def test_the_day_money_was_taken_in_a_dispute_v40(language: str, text: str, day: date) -> None:
    reading = read(text, language)

    assert reading.date is not None
    assert reading.date.date == day


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # a promise in a dispute still looks ahead
        ("en", "wrong amount, I'll pay the 300 on the 9th", date(2026, 12, 9)),
        # a day in a dispute with no charge told does not look back
        ("en", "the balance is wrong, it jumped up on the 9th", None),
    ],
)
def test_days_in_a_dispute_that_tell_no_charge_v40(
    language: str, text: str, day: date | None
) -> None:
    reading = read(text, language)

    assert (reading.date.date if reading.date is not None else None) == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "5000块年化18%，这个利率是根据什么定的？"),
        ("zh_Hant", "那NT$12,000我還有什麼辦法？"),
        ("en", "where does the 2,030 come from?"),
    ],
)
def test_a_figure_asked_about_is_no_offer_v40(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert Intent.COUNTER_OFFER not in reading.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "500?"), ("en", "how about 400?"), ("zh_Hans", "2000？"), ("zh_Hans", "800行不行？")],
)
def test_a_figure_alone_is_still_an_offer_v40(language: str, text: str) -> None:
    assert read(text, language).intent is Intent.COUNTER_OFFER


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "got fired on the 3rd, I have nothing to pay with"),
        ("zh_Hans", "3号公司把我炒了，拿什么还"),
    ],
)
def test_a_day_that_dates_a_story_promises_nothing_v40(language: str, text: str) -> None:
    reading = read(text, language)

    assert Intent.PROMISE_TO_PAY not in reading.signals
    assert reading.date is None


def test_a_promise_beside_a_story_keeps_its_day_v40() -> None:
    reading = read("I was laid off last month, I'll pay 50 on the 2nd", "en")

    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.date == date(2026, 12, 2)


def test_a_statement_of_account_asked_for_is_no_assent_v40() -> None:
    assert Intent.AGREE not in read("麻烦把明细对账单寄给我", "zh_Hans").signals
