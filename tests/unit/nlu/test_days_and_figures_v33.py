"""Days and figures read from blind29's misses (v33): holidays on a weekday of their month
(Thanksgiving, Black Friday); a figure the debtor turns down — not wanted ("don't want to pay 200
a month"), negated ("not $400 each") or beyond reach in Cantonese (還唔到, 做唔到) — ranks below
the figure they put up instead."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.dates import DayOfYear
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "en",
            "I get my bonus the week of thanksgiving, I'll pay it on thanksgiving",
            date(2026, 11, 26),
        ),
        ("en", "can I do 150 on black friday and the rest in december", date(2026, 11, 27)),
        ("en", "I'll have it by cyber monday", date(2026, 11, 30)),
        ("zh_Hans", "黑五那天先还500", date(2026, 11, 27)),
        ("zh_Hant", "感恩節之前會還一半", date(2026, 11, 26)),
    ],
)
def test_days_named_by_holidays_on_a_weekday_of_their_month(
    language: str, text: str, day: date
) -> None:
    mention = read(text, language).date

    assert mention is not None
    assert mention.date == day


@pytest.mark.parametrize(
    ("text", "year", "day"),
    [
        ("11-thu4", 2026, date(2026, 11, 26)),
        ("11-thu4", 2027, date(2027, 11, 25)),
        ("11-thu4+1", 2026, date(2026, 11, 27)),
        ("05-monl", 2026, date(2026, 5, 25)),
        ("09-mon1", 2026, date(2026, 9, 7)),
        ("12-25", 2026, date(2026, 12, 25)),
        ("02-29", 2026, None),  # no such day that year
        ("03-sun5", 2026, date(2026, 3, 29)),
        ("02-sun5", 2026, None),  # no fifth Sunday that month
    ],
)
def test_a_holiday_s_day_in_a_year(text: str, year: int, day: date | None) -> None:
    assert DayOfYear.parse(text).in_year(year) == day


@pytest.mark.parametrize(
    ("language", "text", "value", "per"),
    [
        ("en", "i really don't want to pay 300 a month. could we say 180 a month", "180", "month"),
        ("en", "won't pay 1,200 in one go, but I'd do 400 now", "400", "once"),
        ("en", "happy with the plan, just not $250 per payment — $175 works", "175", "once"),
        ("zh_Hant", "你哋要每個月3500我還唔到㗎，每個月2000得唔得", "2000", "month"),
        ("zh_Hant", "每月五千我真係做唔到，每月兩千啦", "2000", "month"),
        ("zh_Hans", "一次还8000我真的还不了，先还3000行吗", "3000", "once"),
        # v36: "not paying" turns the figure down too
        ("en", "I'm not paying $500 for this, I can do $100", "100", "once"),
        ("en", "im not paying 300 a month. 150 is what i can do", "150", "month"),
        ("en", "not paying 1200, i'll do 600", "600", "once"),
    ],
)
def test_the_figure_put_up_instead_of_one_turned_down(
    language: str, text: str, value: str, per: str
) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(value)
    assert reading.amount.per is Period(per)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a figure turned down with nothing put up instead is still the message's figure
        ("en", "I won't pay 900, that's robbery", "900"),
        ("en", "I'm not paying 200", "200"),
        ("zh_Hant", "每月三千我還唔到", "3000"),
        # "more than" between the refusal and the figure: a ceiling, still the figure
        ("en", "I don't want to pay more than 200 a month", "200"),
    ],
)
def test_a_figure_turned_down_alone_is_still_read(language: str, text: str, value: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(value)


@pytest.mark.parametrize(
    "text",
    ["ok I'll go with the 12-month plan", "can I get a 30-day extension", "the 3-payment one"],
)
def test_a_figure_in_a_compound_word_counts_a_thing(text: str) -> None:
    """A figure in a compound word ("the 6-month option") names a plan, not a sum: it had been
    read as a counter-offer of 6."""
    assert read(text, "en").amount is None


def test_a_plan_named_by_its_length_is_taken_not_countered() -> None:
    assert read("Alright, I'll take the 12-month option", "en").intent is Intent.AGREE
