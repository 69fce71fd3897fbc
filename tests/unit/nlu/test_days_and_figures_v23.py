"""Days and figures read from blind19's misses (v23).

blind19 was measured once on v22: 5 of its 85 amounts were wrong, most of them a dispute whose
amount, under the corpus conventions, is the first figure of money.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        # nothing proposed: the first figure of money
        ("en", "why is it 3,400 when i only borrowed 2,000??", "3400"),
        ("zh_Hant", "本金得三千，點解要還九千", "3000"),
        ("zh_Hans", "借一万还一万八，这合法吗？", "10000"),
        # a figure offered with a verb of paying still wins
        ("en", "cannot pay the 3000 you want, i could send 800 though", "800"),
        # a figure refused, another offered
        ("en", "300 a month isnt realistic for me, I can do 120", "120"),
        # four digits alone are a sum, not a year
        ("zh_Hans", "2000？", "2000"),
    ],
)
def test_the_figure_that_matters(language: str, text: str, amount: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text",
    [
        "site hasnt paid any of us in 6 weeks, I got nothing to send you",
        "I haven't worked in a month",
        "foreman keeps saying next friday, I got nothing to send you",
    ],
)
def test_a_span_gone_by_or_a_day_someone_else_keeps_promising_is_no_day(text: str) -> None:
    assert read(text, "en").date is None


def test_a_day_to_pay_in_weeks_is_still_a_day() -> None:
    reading = read("I haven't worked in a month, I'll pay in 2 weeks", "en")

    assert reading.date is not None
    assert reading.date.expression == "in 2 weeks"


@pytest.mark.parametrize(
    "text", ["150 a month? absolutely not", "300 a month is not realistic", "500? dream on"]
)
def test_a_figure_refused_is_no_offer(text: str) -> None:
    assert read(text, "en").intent is Intent.DECLINE


def test_the_balance_asked_with_its_charges_is_no_dispute() -> None:
    reading = read("can u tell me the exact balance incl interest", "en")

    assert reading.intent is Intent.ASK_BALANCE
    assert Intent.DISPUTE_AMOUNT not in reading.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "能不能先还一半，剩下的下个月补上"),
        ("zh_Hant", "好啦，就每月五千，下個月開始"),
        ("en", "I can pay half now, 425, and the other half next month"),
        ("zh_Hans", "上个月已经还了"),
    ],
)
def test_a_month_without_a_day_is_no_day(language: str, text: str) -> None:
    assert read(text, language).date is None


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "下个月15号还", "2026-12-15"),
        ("zh_Hans", "下个月初还", "2026-12-01"),
        ("en", "I'll pay next month on the 5th", "2026-12-05"),
        ("en", "I'll pay early next month", "2026-12-01"),
    ],
)
def test_a_day_of_a_month_is_a_day(language: str, text: str, day: str) -> None:
    reading = read(text, language)

    assert reading.date is not None
    assert str(reading.date.date) == day


def test_a_payment_promised_for_next_month_is_a_promise() -> None:
    assert read("我又唔會去死，你哋唔使驚，下個月還", "zh_Hant").intent is Intent.PROMISE_TO_PAY
