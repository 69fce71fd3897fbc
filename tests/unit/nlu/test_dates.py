"""Days resolved against the debtor's today, in their own time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import TODAY, interpreter, read


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("下个月15号还", "zh_Hans", date(2026, 12, 15)),
        ("月底还清", "zh_Hans", date(2026, 11, 30)),
        ("下周五转账", "zh_Hans", date(2026, 11, 27)),
        ("周五还", "zh_Hans", date(2026, 11, 20)),
        ("下禮拜還", "zh_Hant", date(2026, 11, 23)),
        ("下禮拜五匯款", "zh_Hant", date(2026, 11, 27)),
        ("兩個禮拜後繳", "zh_Hant", date(2026, 12, 2)),
        ("明天还", "zh_Hans", date(2026, 11, 19)),
        ("后天转给你", "zh_Hans", date(2026, 11, 20)),
        ("12月5号还款", "zh_Hans", date(2026, 12, 5)),
        ("年底前还清", "zh_Hans", date(2026, 12, 31)),
        ("I'll pay next Friday", "en", date(2026, 11, 27)),
        ("I'll pay in two weeks", "en", date(2026, 12, 2)),
        ("will pay by the end of the month", "en", date(2026, 11, 30)),
        ("I will pay on Dec 5th", "en", date(2026, 12, 5)),
        ("payment will be made on 12/24", "en", date(2026, 12, 24)),
        ("I'll pay on the 15th of next month", "en", date(2026, 12, 15)),
        ("ok will pay on fri", "en", date(2026, 11, 20)),
        ("I'll pay 2026-12-01", "en", date(2026, 12, 1)),
        # British "Friday week" is the Friday after the coming one (blind80's was read as the
        # coming Friday); "50 a week from Friday" stays a weekly sum from the coming Friday
        ("I'll pay the 60 Friday week", "en", date(2026, 11, 27)),
        ("paying monday week, promise", "en", date(2026, 11, 30)),
        ("pay you friday weekend", "en", date(2026, 11, 20)),
        ("I can do 50 a week from friday", "en", date(2026, 11, 20)),
        ("I'll pay the monday after next", "en", date(2026, 11, 30)),
        # "come Thanksgiving" is by Thanksgiving (blind81 named no day there)
        ("I'll have that $75 to y'all come Thanksgiving.", "en", date(2026, 11, 26)),
        ("i'll have it paid off come christmas", "en", date(2026, 12, 25)),
    ],
)
def test_relative_and_absolute_dates_resolve_against_today(
    text: str, language: str, day: date
) -> None:
    reading = read(text, language)
    assert reading.date is not None
    assert reading.date.date == day


def test_end_of_next_month_is_its_last_day_even_in_february() -> None:
    reading = read("下个月底还", "zh_Hans", today=date(2027, 1, 31))
    assert reading.date is not None
    assert reading.date.date == date(2027, 2, 28)


def test_in_a_month_from_the_31st_lands_on_the_last_day_of_a_shorter_month() -> None:
    reading = read("I'll pay in a month", "en", today=date(2027, 1, 31))
    assert reading.date is not None
    assert reading.date.date == date(2027, 2, 28)


def test_next_month_in_december_is_january_of_next_year() -> None:
    reading = read("下个月15号还", "zh_Hans", today=date(2026, 12, 20))
    assert reading.date is not None
    assert reading.date.date == date(2027, 1, 15)


def test_a_month_and_day_already_past_this_year_means_next_year() -> None:
    reading = read("I'll have it paid by January 10", "en")
    assert reading.date is not None
    assert reading.date.date == date(2027, 1, 10)


def test_a_day_of_the_month_already_past_means_next_month() -> None:
    reading = read("15号还", "zh_Hans")
    assert reading.date is not None
    assert reading.date.date == date(2026, 12, 15)


def test_already_paid_looks_back_for_a_day_name() -> None:
    reading = read("I made the transfer on Monday", "en")
    assert reading.intent is Intent.ALREADY_PAID
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 16)


def test_tomorrow_is_counted_in_the_debtors_time_zone() -> None:
    # 17:00 UTC on 30 November is already 1 December in Shanghai, still 30 November in New York.
    now = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    shanghai = interpreter().interpret("明天还", "zh_Hans", today=now, tz="Asia/Shanghai")
    new_york = interpreter().interpret("明天还", "zh_Hans", today=now, tz="America/New_York")
    assert shanghai.date is not None
    assert new_york.date is not None
    assert shanghai.date.date == date(2026, 12, 2)
    assert new_york.date.date == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [("等发工资了就还你", "zh_Hans"), ("出糧就還", "zh_Hant"), ("I'll pay you after payday", "en")],
)
def test_after_payday_without_a_day_is_kept_and_not_guessed(text: str, language: str) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.date is None
    assert reading.date.relative_to_payday
    assert reading.to_json_dict()["after_payday"] is True


def test_payday_with_a_day_keeps_both() -> None:
    reading = read("月底发工资就还", "zh_Hans")
    assert reading.date is not None
    assert (reading.date.date, reading.date.relative_to_payday) == (date(2026, 11, 30), True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I've been in the hospital for two weeks", "en"),
        ("my employer hasn't paid me in 6 weeks", "en"),
        ("老板一直不发工资", "zh_Hans"),
        ("今天天气不错", "zh_Hans"),
    ],
)
def test_durations_stories_and_small_talk_give_no_date(text: str, language: str) -> None:
    assert read(text, language).date is None


def test_without_a_today_no_date_is_read() -> None:
    assert interpreter().interpret("明天还", "zh_Hans").date is None
    assert TODAY.weekday() == 2  # the corpus is labelled on a Wednesday


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [("下周五", "zh_Hans", date(2026, 11, 27)), ("月底吧", "zh_Hans", date(2026, 11, 30))],
)
def test_a_bare_date_as_an_answer_keeps_its_day(text: str, language: str, day: date) -> None:
    reading = read(text, language)
    assert reading.date is not None
    assert reading.date.date == day


def test_a_bare_after_payday_answer_is_kept_as_such() -> None:
    reading = read("after payday", "en")
    assert reading.date is not None
    assert (reading.date.date, reading.date.relative_to_payday) == (None, True)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I'll pay on the twenty fifth", date(2026, 11, 25)),
        ("can do it by the fifth", date(2026, 12, 5)),
        ("i'll clear it before the thirty-first", date(2026, 12, 31)),  # November has 30
    ],
)
def test_a_day_of_the_month_in_words_after_on_or_by(text: str, day: date) -> None:
    reading = read(text, "en")

    assert reading.date is not None
    assert reading.date.date == day
    assert reading.amount is None  # "twenty fifth" is the day, not 20


def test_the_first_payment_is_not_the_first_of_the_month() -> None:
    reading = read("i'll make the first payment friday", "en")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 20)


def test_a_day_after_a_comma_is_a_day() -> None:
    reading = read("发工资那天就还，20号", "zh_Hans")

    assert reading.date is not None
    assert (reading.date.date, reading.date.relative_to_payday) == (date(2026, 11, 20), True)
