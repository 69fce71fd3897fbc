"""Days read from blind37's misses (v41), life after a plan was agreed: a day and month written
day first where the first number can be no month ("180 on 17/11" is 17 November; "12/5" stays 5
December), and a day beside a word of paying in a message that hands the debt on to a lawyer or
to bankruptcy dates that, not a promise ("seeing a solicitor on Monday … the payment pause"); an
opt-out still keeps the promise beside it ("周五还，别再打了")."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "sent 250 on 16/11 by transfer", date(2026, 11, 16)),
        ("en", "I'll pay on 12/5", date(2026, 12, 5)),
        ("zh_Hant", "11/2已經繳了6,000", date(2026, 11, 2)),
    ],
)
def test_a_day_and_month_with_a_slash_v41(language: str, text: str, day: date) -> None:
    reading = read(text, language)

    assert reading.date is not None
    assert reading.date.date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "meeting my lawyer on Monday, she'll deal with the payments from then"),
        ("en", "filed for bankruptcy on Friday, the payments stop now"),
        ("zh_Hans", "我周一约了律师，之后还款的事由她跟你们谈"),
    ],
)
def test_a_day_that_hands_the_debt_on_promises_nothing_v41(language: str, text: str) -> None:
    reading = read(text, language)

    assert Intent.PROMISE_TO_PAY not in reading.signals
    assert reading.date is None


def test_an_opt_out_keeps_the_promise_beside_it_v41() -> None:
    reading = read("周五还，别再打我单位电话了", "zh_Hans")

    assert Intent.PROMISE_TO_PAY in reading.signals
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 20)
