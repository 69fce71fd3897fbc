"""Days and figures read from blind27's misses (v31): holidays on a fixed day, 昨晚, a payday
in Taiwanese words; 万一 ("in case") is no figure, "once a month" is a period, an age is no sum."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Period
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "I'll clear it all before Christmas", date(2026, 12, 25)),
        ("en", "can pay on new year's eve", date(2026, 12, 31)),
        ("zh_Hans", "元旦前一定还", date(2027, 1, 1)),
        ("zh_Hant", "聖誕節前會還清", date(2026, 12, 25)),
        ("zh_Hans", "昨晚已经转过去了", date(2026, 11, 17)),
    ],
)
def test_days_named_by_holidays_and_evenings(language: str, text: str, day: date) -> None:
    mention = read(text, language).date

    assert mention is not None
    assert mention.date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll pay the rest after christmas"),
        ("en", "with christmas and the kids I can only do 20 a week"),
        ("zh_Hans", "圣诞节后再还"),
    ],
)
def test_a_holiday_after_which_or_in_passing_is_no_day(language: str, text: str) -> None:
    mention = read(text, language).date

    assert mention is None or mention.date is None


def test_a_payday_in_taiwanese_words_is_kept_as_such() -> None:
    mention = read("領到薪水就匯給你們", "zh_Hant").date

    assert mention is not None
    assert mention.relative_to_payday
    assert mention.date is None


def test_a_holiday_already_paid_on_looks_back() -> None:
    mention = read("paid it on christmas eve", "en").date

    assert mention is not None
    assert mention.date == date(2025, 12, 24)


@pytest.mark.parametrize("text", ["萬一我有一期冇還到會點？", "万一下个月还不上怎么办"])
def test_in_case_is_no_figure(text: str) -> None:
    assert read(text).amount is None


@pytest.mark.parametrize(("text", "amount"), [("一萬一", "11000"), ("借咗萬五蚊", "15000")])
def test_figures_that_start_with_a_unit_still_count(text: str, amount: str) -> None:
    reading = read(text, "zh_Hant")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


def test_once_a_month_is_a_period() -> None:
    reading = read("best I can do is 250 once a month", "en")

    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.per) == (Decimal("250"), Period.MONTH)


def test_an_age_is_no_sum() -> None:
    assert read("please leave my son alone, he's only 19", "en").amount is None
