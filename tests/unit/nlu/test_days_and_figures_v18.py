"""Days and figures read from blind14's misses (v18).

blind14 was measured once on v17: 9 of its 97 amounts and 5 of its 80 dates were wrong, most of
the amounts phone, case and identity-card numbers, and sums in financial numerals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from negotiator.nlu.numerals import parse_number
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "ring me on 07911 123456 after work, I want a person"),
        ("zh_Hant", "搵個真人覆我，手提 6123 9876"),
        ("zh_Hant", "我律師已經入咗稟，案件編號DCCJ 4410/2026"),
        ("zh_Hans", "帮我查查，身份证后四位3307"),
        ("zh_Hant", "查下我筆數，身分證後四碼 8812"),
    ],
)
def test_phone_case_and_card_numbers_are_no_sums(language: str, text: str) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("伍佰", "500"), ("陸仟", "6000"), ("壹万贰仟", "12000"), ("叁拾", "30"), ("玖佰捌拾", "980")],
)
def test_financial_numerals_read_as_plain_ones(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("zh_Hans", "每月还叁佰元，一年还清行不行", "300"),
        ("zh_Hant", "下禮拜還新台幣捌仟元", "8000"),
        ("zh_Hans", "先还个 5百ok不", "500"),
        ("en", "i cant do the full 1800 but i could do 600 now", "600"),
    ],
)
def test_sums_in_financial_numerals_and_beside_latin_words(
    language: str, text: str, amount: str
) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


def test_figures_that_are_two_offers_stay_sums() -> None:
    reading = read("I can pay 100 200 or 300", "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(100)


def test_a_cheque_clearing_is_a_payday() -> None:
    reading = read("fine, I'll pay it when my paycheck clears", "en")

    assert reading.date is not None
    assert reading.date.relative_to_payday
    assert reading.date.date is None


def test_a_day_held_out_until_is_no_payment_day() -> None:
    reading = read("每月还两千可以，不过我都唔知自己捱唔捱得到下个月", "zh_Hans")

    assert reading.date is None


def test_a_promise_in_another_sentence_of_a_warning_sign_dates_nothing() -> None:
    reading = read(
        "wrote letters for my kids today. you'll get your money from the insurance anyway", "en"
    )

    assert reading.has(Intent.SELF_HARM_RISK)
    assert reading.date is None


def test_a_promise_beside_its_day_in_a_warning_sign_keeps_it() -> None:
    reading = read("i dont want to live anymore but i will pay 200 on friday", "en")

    assert reading.has(Intent.SELF_HARM_RISK)
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 20)
