"""Lexicons v48 (figures and days, a helper): the sums and days blind43's misses showed — a rate
"from now on" (no day, the period stands); a count of payments after "in" ("Pay in 3", "in 4
goes") and in other words ("3 tranches"); a hedge after a word of a sum stated ("the loan was
only 2,000": stated, so a dispute keeps the figure shown); charges laid on a price ("£180 in
charges on a £200 phone": the charges are at issue); Hong Kong slang for hundreds and
thousands (十二舊水, 一撇, 兩皮) — in other words than the corpus messages, with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Period
from tests.unit.nlu.support import assert_figure, read


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency", "per"),
    [
        # a rate "from now on": the period stands
        (
            "en",
            "cancelled netflix and the gym, can do 40 a week from now on",
            "40",
            None,
            Period.WEEK,
        ),
        ("en", "i'll put 120 a month in from now onwards", "120", None, Period.MONTH),
        # a figure shown by the creditor and a smaller one stated with a hedge: the shown one
        (
            "en",
            "your letter says 4,750 but what I borrowed was only 3,000",
            "4750",
            None,
            Period.ONCE,
        ),
        ("en", "app has me at 1,980, the actual loan was just 1,500", "1980", None, Period.ONCE),
        # charges laid on a price or a loan: the charges are the money at issue
        (
            "en",
            "you've added $95 in late fees on a $300 phone, I won't pay that",
            "95",
            "USD",
            Period.ONCE,
        ),
        (
            "en",
            "65 quid of interest on a 400 quid loan is daylight robbery",
            "65",
            "GBP",
            Period.ONCE,
        ),
        # Hong Kong slang for thousands
        ("zh_Hant", "月尾先過一撇畀你得唔得", "1000", "HKD", Period.ONCE),
        ("zh_Hant", "每個月還三撇，唔好再打嚟", "3000", "HKD", Period.MONTH),
        ("zh_Hant", "聽日過十二舊水畀你", "1200", "HKD", Period.ONCE),
        ("zh_Hant", "一個月二十嚿水得唔得", "2000", "HKD", Period.MONTH),
        ("zh_Hant", "我最多一次過俾兩皮", "20000", "HKD", Period.ONCE),
        ("zh_Hant", "禮拜一轉四舊水過去", "400", "HKD", Period.ONCE),
        # look-alikes that keep their reading
        ("en", "I'll pay in 80 on friday at the branch", "80", None, Period.ONCE),
        ("en", "my wages are only 850 a month but I can pay 60", "60", None, Period.ONCE),
        ("en", "I can pay you 75 a week", "75", None, Period.WEEK),
        ("en", "I'll pay 300 in two weeks", "300", None, Period.ONCE),
    ],
)
def test_figures_v48(
    language: str, text: str, amount: str, currency: str | None, per: Period
) -> None:
    assert_figure(text, language, amount, currency, per)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a count of payments after "in" or "into", a plan's name
        ("en", "my ex set up a Klarna pay in 4 on my card"),
        ("en", "can we do it in 5 bits rather than all at once"),
        ("en", "would you let me split it into 3 please"),
        ("en", "could I clear it over 4 tranches"),
        # the idiom and the look-alikes of the slang
        ("zh_Hant", "呢單嘢八字都未有一撇"),
        ("zh_Hant", "銀包得返一舊水都冇"),
        ("zh_Hant", "炒股蝕到一皮都冇"),
        ("zh_Hans", "他就是个二皮脸"),
    ],
)
def test_no_sum_v48(language: str, text: str) -> None:
    assert read(text, language).amount is None, text


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # a rate from now on names no day
        ("en", "going to pay 30 a week from now on", None),
        ("en", "from now on I'll pay 15 a week, starting today", date(2026, 11, 18)),
        # look-alikes that keep their day
        ("en", "I can clear it two weeks from now", date(2026, 12, 2)),
        ("en", "I'll send 300 a week from now", date(2026, 11, 25)),
    ],
)
def test_days_v48(language: str, text: str, day: date | None) -> None:
    reading = read(text, language)
    assert (reading.date.date if reading.date is not None else None) == day, text
