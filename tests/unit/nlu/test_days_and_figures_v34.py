"""Figures v34 (after blind30's run): a figure turned down ranks below every other, and the one
put up in its place keeps its period ("每个月2000太多了，1200行不行" offers 1200 a month); a
figure put up "instead of" another is offered; a hotline's number is no sum."""

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
