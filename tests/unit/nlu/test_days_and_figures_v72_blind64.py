"""Days, a sum and two figures of speech read from blind64's misses (v72), in other words than
blind64's.

* Money awaited: a student loan coming through, compensation for a demolition, a year-end bonus
  (年底奖金 names no 年底), severance pay; "once it comes" after the pay named.
* A holiday's weekend is no weekend day ("Thanksgiving weekend").
* A currency sign right before a figure is that figure's ("three £12 charges" is 12).
* A suicide denied ("我冇想過要自殺") and an app bad enough to die of are no warning signs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_payday, read, read_as_figure_of_speech


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll clear it when my student finance comes through in January"),
        ("en", "my wages are late again, I'll send the 200 once it comes in"),
        ("zh_Hans", "等拆迁补偿款到账了我一次还清"),
        ("zh_Hans", "年底奖金发下来就还你们"),
        ("zh_Hant", "等遣散費到賬就即刻還"),
    ],
)
def test_money_awaited_is_a_payday_v72(language: str, text: str) -> None:
    assert_payday(text, language)


def test_it_comes_waits_for_no_pay_unnamed_v72() -> None:
    reading = read("I'll pay you back once it comes, promise", "en")

    assert reading.date is None or not reading.date.relative_to_payday


def test_a_holidays_weekend_is_no_weekend_day_v72() -> None:
    reading = read("Thanksgiving weekend is busy, I'll pay by black friday", "en")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("there were three £12 charges on my statement", "12"), ("two $35 fees in a week?!", "35")],
)
def test_a_sign_before_a_figure_is_that_figures_v72(text: str, amount: str) -> None:
    reading = read(text, "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "放心，我从来没想过要去死，下周一还"),
        ("zh_Hant", "呢個app卡到想死，我去7-11繳"),
    ],
)
def test_a_denial_and_a_bad_app_are_figures_of_speech_v72(language: str, text: str) -> None:
    reading = read_as_figure_of_speech(text, language, "_v72")

    assert Intent.SELF_HARM_RISK not in reading.signals
