"""Figures and sums of money: Chinese numerals, full-width digits, currencies and periods."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from negotiator.nlu.numerals import parse_english_number, parse_number
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("五百", 500),
        ("两千五", 2500),
        ("一千二百", 1200),
        ("一千二", 1200),
        ("两千零五", 2005),
        ("三百五", 350),
        ("一万二", 12000),
        ("1.5万", 15000),
        ("1万5", 15000),
        ("3千", 3000),
        ("十五", 15),
        ("1,200.50", Decimal("1200.50")),
    ],
)
def test_numbers_are_read_the_way_people_say_them(text: str, value: int | Decimal) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["一二", "1.2.3", "", "abc"])
def test_text_that_is_not_one_number_is_not_read_as_one(text: str) -> None:
    assert parse_number(text) is None


def test_english_number_words_are_read() -> None:
    assert parse_english_number("two hundred") == 200
    assert parse_english_number("a thousand") == 1000
    assert parse_english_number("fifty") == 50
    assert parse_english_number("plenty") is None


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency", "per"),
    [
        ("五百行吗", "zh_Hans", "500", None, "once"),
        ("两千五一个月可以吗", "zh_Hans", "2500", None, "month"),
        ("一千二百一个月", "zh_Hans", "1200", None, "month"),
        ("1.5万一次结清", "zh_Hans", "15000", None, "once"),
        ("三千块下个月给你", "zh_Hans", "3000", "CNY", "once"),
        ("八百塊可以嗎", "zh_Hant", "800", "TWD", "once"),
        ("每个月还¥500", "zh_Hans", "500", "CNY", "month"),
        ("每月300元", "zh_Hans", "300", "CNY", "month"),
        ("一個月還2000塊", "zh_Hant", "2000", "TWD", "month"),
        ("NT$600/月", "zh_Hant", "600", "TWD", "month"),
        ("每個月還1500港幣", "zh_Hant", "1500", "HKD", "month"),
        ("can I do $200 a month?", "en", "200", "USD", "month"),
        ("50 bucks weekly", "en", "50", "USD", "week"),
        ("I could pay 300/mo", "en", "300", None, "month"),
        ("the most I can do is $5k", "en", "5000", "USD", "once"),
        ("$1,500 to settle it", "en", "1500", "USD", "once"),
        ("每月５００元", "zh_Hans", "500", "CNY", "month"),
    ],
)
def test_amounts_come_with_their_currency_and_period(
    text: str, language: str, amount: str, currency: str | None, per: str
) -> None:
    reading = read(text, language)
    assert reading.amount is not None
    assert (str(reading.amount.amount), reading.amount.currency, reading.amount.per.value) == (
        amount,
        currency,
        per,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("想一了百了", "zh_Hans"),
        ("我有3个孩子要养", "zh_Hans"),
        ("下个月15号还", "zh_Hans"),
        ("I have 6 credit cards maxed out", "en"),
        ("I filed for chapter 7", "en"),
        ("my number is 13812345678", "en"),
        ("I've been sick for two weeks", "en"),
    ],
)
def test_counts_days_and_numbers_that_are_not_money_give_no_amount(
    text: str, language: str
) -> None:
    assert read(text, language).amount is None


def test_the_instalment_wins_over_the_balance_in_one_message() -> None:
    reading = read("I owe 5000 but can pay 200 a month", "en")
    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.per.value) == (Decimal(200), "month")


@given(st.integers(min_value=1, max_value=10**9))
def test_any_whole_amount_in_arabic_digits_round_trips(value: int) -> None:
    reading = read(f"¥{value}", "zh_Hans")
    assert reading.amount is not None
    assert reading.amount.amount == value
    assert reading.amount.currency == "CNY"


@given(st.integers(min_value=1, max_value=10**9))
def test_any_whole_amount_in_full_width_digits_round_trips(value: int) -> None:
    full_width = "".join(chr(ord(digit) + 0xFEE0) for digit in str(value))
    reading = read(f"每月还{full_width}元", "zh_Hans")
    assert reading.amount is not None
    assert reading.amount.amount == value
    assert reading.amount.per.value == "month"
