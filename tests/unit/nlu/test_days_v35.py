"""Days v35 (after blind31's run): of several days to come, one in a clause told in the past
("I told you monday…", "the reminder Monday helped", 周一没还上) is a day that has been, and yields
to the day of the payment; terms recalled ("on Friday like we said", "as agreed") are not the
past."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.nlu.support import read

# read() dates against Wednesday 18 November 2026


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "en",
            "I called you guys on Tuesday already. Payment goes out Saturday",
            date(2026, 11, 21),
        ),
        ("en", "i told you thursday i'd pay on the 30th, stop texting", date(2026, 11, 30)),
        (
            "en",
            "The text on Monday was helpful, I'll send 70 Friday like we agreed",
            date(2026, 11, 20),
        ),
        ("zh_Hans", "周二没还上，不好意思，周五一定还", date(2026, 11, 20)),
        ("zh_Hant", "禮拜二冇還到，唔好意思，禮拜五一定還", date(2026, 11, 20)),
        ("zh_Hans", "周四已经跟你们的人谈好了，第一笔周六转", date(2026, 11, 21)),
    ],
)
def test_a_day_told_in_the_past_yields(language: str, text: str, day: date) -> None:
    reading = read(text, language)

    assert reading.date is not None
    assert reading.date.date == day


def test_one_day_told_in_the_past_is_still_the_day() -> None:
    """With no other day, the day stays what it is (the rule only breaks a tie)."""
    reading = read("I told you already, I'll pay on Monday", "en")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 23)
