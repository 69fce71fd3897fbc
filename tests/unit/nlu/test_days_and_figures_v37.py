"""Days and figures read from blind33's misses (v37): counts of instalments ("paid 2 of 12", "the
2nd payment", 3/12期) and the parts of a total ("2 x 130 = 260") are neither sums nor days; a
figure or a due day moved from one to another ("from 240 to 150", 从5号改成20号) is the second; a
figure one cannot cover is turned down; references, tickets and numbers to call are no sums."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # counts of instalments and the parts of a total are no sums
        ("en", "paid 2 of 12 on monday, 120", "120"),
        ("en", "I'll send 2 of the payments together on dec 1st, 2 x 130 = 260", "260"),
        ("zh_Hans", "下个月1号我把两期一起还，2×430=860", "860"),
        # a figure moved from, and the one it is moved to
        ("zh_Hans", "每期能不能从750降到600", "600"),
        ("en", "can you lower it from 300 to 200 a month", "200"),
        # a figure one cannot cover, and the one put up
        ("en", "I can't cover the full 260 a month. 130?", "130"),
        ("zh_Hant", "每月5200我一個人繳不起，2600可以嗎", "2600"),
        # a part of a larger sum stays a sum
        ("en", "I can pay 50 of the 120 now", "50"),
    ],
)
def test_counts_and_totals_v37(language: str, text: str, value: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(value)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "STOP texting me. Paid 2 of 6 already"),
        ("en", "i need a human agent, not a chatbot. ticket 88213"),
        ("en", "id rather speak to someone on the 1800 number"),
        ("zh_Hans", "我要人工客服回电，工单20931"),
        ("zh_Hans", "我要跟真人说，打你们400电话也行"),
    ],
)
def test_numbers_that_are_no_sums_v37(language: str, text: str) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # an instalment counted is no day of the month
        (
            "en",
            "im good thanks, just confirming i paid the 2nd payment on tuesday",
            date(2026, 11, 17),
        ),
        ("en", "can the 4th instalment be split, 75 on the 20th and 75 later", date(2026, 11, 20)),
        ("zh_Hans", "搞定 3/12期已还，884元，今天14:32", date(2026, 11, 18)),
        # the day a due date is moved to
        ("zh_Hans", "能不能把还款日从5号改成20号？新工作20号才发工资", date(2026, 11, 20)),
        ("zh_Hans", "他每月10号发退休金，能不能把扣款日改到11号？", date(2026, 12, 11)),
        ("en", "I get paid on the 15th, can you push it to the 20th", date(2026, 11, 20)),
    ],
)
def test_days_of_instalments_v37(language: str, text: str, day: date) -> None:
    mention = read(text, language).date

    assert mention is not None
    assert mention.date == day


def test_an_ordinal_alone_is_still_a_day_v37() -> None:
    mention = read("I'll pay on the 3rd", "en").date
    assert mention is not None
    assert mention.date == date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a bare figure with the day to pay it on is a payment
        ("but payment 7 will go out on time, 90 on the 25th", "90"),
        ("my wallet is dead lol. 20 on friday is all ive got", "20"),
    ],
)
def test_a_figure_with_its_day_is_a_payment_v37(text: str, value: str) -> None:
    reading = read(text, "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(value)


@pytest.mark.parametrize(
    "text",
    ["paid, 14:32 today", "we're filing chapter 13 next week", "I work 3 on monday"],
)
def test_times_chapters_and_small_counts_before_a_day_are_no_sums_v37(text: str) -> None:
    assert read(text, "en").amount is None
