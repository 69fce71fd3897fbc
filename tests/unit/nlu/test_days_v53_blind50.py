"""Days read from blind50's misses (v53), time, holidays and travel: the week after next (下下周,
"the Monday after next") and the end of a week ("by the end of next week": its Sunday); the
holidays that move with the moon (春节 before which a debt is settled is the Spring Festival's day,
from the lunar calendar), while after or during a holiday, or a schedule run until one, names no
day; "in a fortnight"; a day beside "can't pay" dates a story, unless the inability ends at it
("can't pay until the 29th"); and the year-end bonus as a payday."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.dates import DayOfYear
from tests.unit.nlu.support import assert_payday, read


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "下下周三还500可以吗", date(2026, 12, 2)),
        ("zh_Hant", "下下個禮拜開始每個禮拜還1500", date(2026, 11, 30)),
        ("en", "can I push the payment to the monday after next", date(2026, 11, 30)),
        ("en", "I'll pay the rest the week after next", date(2026, 11, 30)),
        ("en", "i'll send 220 by the end of next week", date(2026, 11, 29)),
        ("zh_Hant", "下禮拜結束前會轉過去", date(2026, 11, 29)),
        ("zh_Hant", "只是問一下下禮拜一還可以嗎", date(2026, 11, 23)),
        ("zh_Hans", "春节前一定还清", date(2027, 2, 6)),
        ("zh_Hant", "農曆年前還NT$2萬，剩下的年後再分期", date(2027, 2, 6)),
        ("en", "I'll pay it all before Chinese New Year", date(2027, 2, 6)),
        ("en", "I'll pay in a fortnight", date(2026, 12, 2)),
        ("en", "I can't pay until the 29th", date(2026, 11, 29)),
    ],
)
def test_the_day_is_read_v53(language: str, text: str, day: date) -> None:
    reading = read(text, language)

    assert reading.date is not None, text
    assert reading.date.date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "春节后再还吧"),
        ("zh_Hans", "春节期间还不了"),
        ("zh_Hans", "我每周还200块，还到春节前，行吗"),
        ("en", "there's nothing left over at the end of the week. I simply cannot pay."),
        ("en", "Lost my savings on crypto over Halloween weekend. Can't pay."),
        ("zh_Hant", "餐廳撐不下去，農曆年前就要收了，真的沒錢繳"),
    ],
)
def test_no_day_is_read_v53(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.date is None or reading.date.date is None, text


def test_the_year_end_party_is_no_year_end_v53() -> None:
    reading = read("今年尾牙抽獎八成又槓龜，不過年終一下來就繳", "zh_Hant")

    assert reading.date is not None
    assert reading.date.date is None
    assert reading.date.relative_to_payday


def test_the_year_end_bonus_coming_down_is_a_payday_v53() -> None:
    assert_payday("年会抽奖又是陪跑，不过年终奖下来就还你们", "zh_Hans")


@pytest.mark.parametrize(
    ("written", "year", "day"),
    [
        ("L01-01", 2027, date(2027, 2, 6)),
        ("L01-01-1", 2027, date(2027, 2, 5)),
        ("L08-15", 2026, date(2026, 9, 25)),
        ("L05-05", 2028, date(2028, 5, 28)),
    ],
)
def test_a_lunar_holiday_falls_on_its_day_of_the_year(written: str, year: int, day: date) -> None:
    assert DayOfYear.parse(written).in_year(year) == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can someone ring me? the baby's due on the 30th, we need to sort this out"),
        ("en", "I want to discuss moving my payment date, my next cycle starts Dec 2"),
        ("zh_Hans", "预产期是下个月5号，到时候还款的事再说"),
    ],
)
def test_a_day_of_something_else_implies_no_promise_v54(language: str, text: str) -> None:
    """v54 (blind50's leftovers): a treatment's next cycle, a birth are days of the debtor's life,
    not of a payment (``story_words``)."""
    reading = read(text, language)

    assert "builtin.day_with_payment" not in {cue.rule for cue in reading.cues}, text
