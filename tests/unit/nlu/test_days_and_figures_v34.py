"""Figures v34 (after blind30's run): a figure turned down ranks below every other, and the one
put up in its place keeps its period ("每个月2000太多了，1200行不行" offers 1200 a month); a
figure put up "instead of" another is offered; a hotline's number is no sum; a first payment
then a rate ("put down $300, then $100 a month") is read as both."""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "amount", "per"),
    [
        ("zh_Hans", "每月三千太多了，两千行不行", "2000", Period.MONTH),
        ("zh_Hant", "一個月八千太多啦，五千得唔得", "5000", Period.MONTH),
        ("zh_Hant", "每月九千太硬，六千行唔行", "6000", Period.MONTH),
        ("en", "$400 a month is way too much, 250?", "250", Period.MONTH),
        # the answer's own period stands
        ("zh_Hans", "每个月三千太多了，每周五百行吗", "500", Period.WEEK),
        ("en", "could the instalments be 60 instead of 90", "60", Period.ONCE),
    ],
)
def test_the_figure_put_up_instead_v34(language: str, text: str, amount: str, per: Period) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.per) == (Decimal(amount), per)


def test_a_figure_turned_down_alone_is_still_its_amount() -> None:
    """With nothing put up instead, the figure turned down is the message's amount (a dispute
    or a refusal is about it), and it is no offer."""
    reading = read("每个月三千太多了", "zh_Hans")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(3000)
    assert reading.intent is not Intent.COUNTER_OFFER


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hant", "我已經打過165反詐騙專線報案了"),
        ("zh_Hans", "我打了12315热线投诉你们"),
    ],
)
def test_a_hotline_is_no_sum(language: str, text: str) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("language", "text", "first", "rate", "per"),
    [
        (
            "en",
            "could I put down $500 this friday and then $120 every month after",
            "500",
            "120",
            Period.MONTH,
        ),
        ("en", "400 now, the rest at 50 a week", "400", "50", Period.WEEK),
        ("zh_Hans", "我先还八千，剩下的每个月一千五", "8000", "1500", Period.MONTH),
        ("zh_Hant", "頭期先俾五千，之後每月還兩千", "5000", "2000", Period.MONTH),
    ],
)
def test_a_first_payment_then_a_rate(
    language: str, text: str, first: str, rate: str, per: Period
) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.per) == (Decimal(first), Period.ONCE)
    assert reading.then is not None
    assert (reading.then.amount, reading.then.per) == (Decimal(rate), per)
    assert reading.rate is reading.then
    assert reading.to_json_dict()["then_amount"] == rate


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        # the same figure twice: a monthly plan from that day, no first payment of its own
        ("en", "can I pay 250 on the 30th and then 250 every month after", "250"),
        # a sum owed or earned before the rate is no first payment
        ("zh_Hans", "我欠了五万，然后每个月还两千", "2000"),
        ("en", "I make 2000, then after rent I can do 150 a month", "150"),
    ],
)
def test_no_first_payment(language: str, text: str, amount: str) -> None:
    reading = read(text, language)

    assert reading.then is None
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)
    assert reading.rate is reading.amount
