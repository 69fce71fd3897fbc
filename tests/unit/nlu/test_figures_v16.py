"""Digits that name something rather than a sum (read from blind12's misses).

blind12 was measured once on v15: 12 of its 88 amounts were wrong, most of them phone numbers,
case numbers and references read as money.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "have someone call me on 0412 555 019"),
        ("zh_Hans", "能不能让你们经理给我回个电话，我号码138 0013 8000"),
        ("zh_Hans", "请联系我的代理律师王律师，电话021-6288 1234"),
        ("en", "got a debt relief order approved last week, ref DRO-55120"),
        ("zh_Hant", "身份被盜用，報案編號HK-26-00917，唔好再搵我"),
        ("zh_Hans", "个人破产申请已经提交了，案号（2026）粤03破申123号"),
        ("en", "call me back on 0412"),
    ],
)
def test_phone_numbers_and_references_are_no_sums(language: str, text: str) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("I can pay 100 200 or 300", "100"),
        ("pay 0.5k now", "500"),
        ("I'll send 1,200 monday", "1200"),
    ],
)
def test_figures_next_to_other_figures_are_still_sums(text: str, amount: str) -> None:
    reading = read(text, "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "Hours got cut from 40 to 22 a week, can barely cover rent",
        "my hours went from 40 a week to 20 since october",
        "I sent 4 emails and nobody answered",
    ],
)
def test_hours_and_emails_counted_are_no_offer(text: str) -> None:
    reading = read(text, "en")

    assert reading.amount is None
    assert not reading.has(Intent.COUNTER_OFFER)


@pytest.mark.parametrize(
    ("language", "text"),
    [("zh_Hant", "卡債滾到快兩百萬，真係頂唔順"), ("en", "I owe nearly 20k across five cards")],
)
def test_a_sum_said_to_be_nearly_so_much_is_rough(language: str, text: str) -> None:
    # as rough as 两万多: every corpus author leaves such sums unlabelled
    assert read(text, language).amount is None


def test_a_day_after_paid_in_the_past_is_no_promise() -> None:
    # "paid" is past: it does not make "monday" the day of a promise
    assert not read("my wife paid it on monday", "en").has(Intent.PROMISE_TO_PAY)


@pytest.mark.parametrize(
    ("language", "text"), [("en", "$400 a month? no way"), ("zh_Hant", "每個月五千？做唔到")]
)
def test_a_figure_asked_back_then_refused_is_a_refusal(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.DECLINE
    assert not reading.has(Intent.COUNTER_OFFER)
