"""A figure refused by a "too much" right after it is no offer; a hotline is no sum; a message
the lexicons read as saying nothing on purpose is not guessed at by the models."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "nah, 750 a month is way too much"),
        ("zh_Hans", "每个月三千太多了"),
        ("zh_Hant", "一個月五千真係太多了"),
    ],
)
def test_a_figure_refused_right_after_it_is_no_offer(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.DECLINE
    assert not reading.has(Intent.COUNTER_OFFER)


def test_take_it_or_leave_it_is_still_an_offer() -> None:
    assert read("800一个月 行就行 不行就算了", "zh_Hans").intent is Intent.COUNTER_OFFER


@pytest.mark.parametrize("text", ["我已经打12378投诉了", "再这样我就打12315举报你们"])
def test_a_hotline_is_not_money(text: str) -> None:
    assert read(text, "zh_Hans").amount is None


@pytest.mark.parametrize(("language", "text"), [("en", "huh?"), ("zh_Hans", "不好意思，发错了")])
def test_saying_nothing_on_purpose_is_not_guessed_at(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.UNKNOWN
    assert not any(c.rule.startswith(("model:", "meaning:")) for c in reading.cues)
