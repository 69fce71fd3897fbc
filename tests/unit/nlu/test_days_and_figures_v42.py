"""Figures read from blind38's misses (v42), first replies to a collector: a range of sums is read
as its bottom whatever its shape — "20-30 dollars a month" with the currency after its top,
"between 250 and 300 a month", and Chinese neighbouring digits before a unit (两三百, 三四千), the
top never counting alone; a figure with no period falls due every month when a day of every month
stands earlier in its clause (每个月25号发工资后还你们2500元, unless it is this time's only: 先还) or
when words after it repeat it (``month_again``: "200 on the 1st and the same every month after",
之后每个月都这个数); a figure to the cent is money without a money word ("paid via the app,
96.40"); Cantonese change after 蚊, 块 or 元 counts (九十六蚊四毫, 四百一十二蚊半, not 块半年); and in
an opt-out, a request for a person or a lawyer's message, today opening a time from then on
(从今天起, "as of today") dates the change of contact, not a payment promised elsewhere. From
blind37, fitted before: a figure held against an increase ("it stays 150", 就还是1500) or refused
after it (唔会接受) is declined, not offered; a hardship that cannot keep a figure up (扛不住, 顶唔顺)
offers nothing; and a denial itself denied ("never said it isn't mine", 我没说这笔不是我的) is none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent, Period
from negotiator.nlu.numerals import parse_number
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "value", "currency", "per"),
    [
        # a range is its bottom, the least the debtor says they can do
        ("en", "would 40-50 dollars a month be ok while I study?", "40", "USD", Period.MONTH),
        ("en", "I could do between $200 and $300 a month", "200", "USD", Period.MONTH),
        (
            "en",
            "somewhere between 150 and 200 a week is what I can manage",
            "150",
            None,
            Period.WEEK,
        ),
        ("zh_Hans", "能不能每月先还两三百？", "200", None, Period.MONTH),
        ("zh_Hans", "每个月三四千还是可以的", "3000", None, Period.MONTH),
        # a day of every month earlier in the clause
        ("zh_Hans", "每个月10号发工资后还你们1800元，行吗？", "1800", "CNY", Period.MONTH),
        ("zh_Hant", "每個月尾出糧之後還你哋港幣二千，得唔得？", "2000", "HKD", Period.MONTH),
        ("zh_Hant", "每個月5號出糧之後還你哋港幣二千，得唔得？", "2000", "HKD", Period.MONTH),
        ("zh_Hans", "每个月15号发工资，到时候先还你们两千，剩下的再说", "2000", None, Period.ONCE),
        # words after the figure repeat it every month
        ("en", "150 on the 5th and then the same every month", "150", None, Period.MONTH),
        ("en", "I'll send 150 on the 5th, then let's talk", "150", None, Period.ONCE),
        ("zh_Hans", "下个月5号先还1500，以后每个月都是这个数", "1500", None, Period.MONTH),
        ("zh_Hant", "下個月五號先還二千，之後每個月都係咁多", "2000", None, Period.MONTH),
        # to the cent, and Cantonese change
        ("en", "sent it through the app this morning, 45.60", "45.60", None, Period.ONCE),
        ("zh_Hant", "尋日已經過咗數，五十八蚊六毫", "58.6", "HKD", Period.ONCE),
        ("zh_Hant", "我聽日還晒嗰三百二十蚊半", "320.5", "HKD", Period.ONCE),
        ("zh_Hant", "我聽日還晒嗰三百二十蚊四毫五仙", "320.45", "HKD", Period.ONCE),
    ],
)
def test_the_figure_and_its_period_v42(
    language: str, text: str, value: str, currency: str | None, per: Period
) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.currency, reading.amount.per) == (
        Decimal(value),
        currency,
        per,
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "version 2.10 of your app keeps crashing"),
        ("en", "it's between 2 and 3 pm that I finish"),
        ("en", "call me on 555-0142"),
    ],
)
def test_no_sum_v42(language: str, text: str) -> None:
    assert read(text, language).amount is None


def test_half_a_year_after_a_sum_is_no_change_v42() -> None:
    reading = read("每月三百块半年还清", "zh_Hans")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal("300")


@pytest.mark.parametrize(
    ("text", "value"),
    [("两三百", "200"), ("三四千", "3000"), ("一两万", "10000"), ("三五百", None), ("一二", None)],
)
def test_neighbouring_digits_before_a_unit_are_a_range_v42(text: str, value: str | None) -> None:
    assert parse_number(text) == (Decimal(value) if value is not None else None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "钱我会还，放心。但从今天起别再打我单位电话了"),
        ("zh_Hant", "數我會還，但由今日開始唔好再打嚟我公司"),
        ("en", "I'll pay it, but as of today stop calling my mother"),
    ],
)
def test_today_opening_a_change_of_contact_dates_no_payment_v42(language: str, text: str) -> None:
    assert read(text, language).date is None


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "从今天起每周还200，别再打电话了", date(2026, 11, 18)),
        ("en", "starting friday I'll pay 100 a week, stop calling", date(2026, 11, 20)),
        ("en", "talk to someone? I could do 200 a month from Dec 1", date(2026, 12, 1)),
    ],
)
def test_a_day_a_payment_starts_on_is_kept_v42(language: str, text: str, day: date) -> None:
    reading = read(text, language)

    assert reading.date is not None
    assert reading.date.date == day


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a figure held against an increase is refused, not offered
        ("zh_Hans", "加月供不可能，原来每月1500就还是1500", Intent.DECLINE),
        ("zh_Hant", "加供？冇可能，原本每月3,000就繼續3,000", Intent.DECLINE),
        ("en", "no, I'm not accepting the increase. it was 150 and it stays 150", Intent.DECLINE),
        ("zh_Hant", "唔得，加到每月4000我唔會接受", Intent.DECLINE),
        # a hardship that cannot keep the figure up is no offer of it
        ("zh_Hans", "店关了，每月三千的分期真的扛不住了", Intent.HARDSHIP),
        ("zh_Hant", "冇咗份工，每月5000嘅供款真係頂唔順", Intent.HARDSHIP),
        # look-alikes: a figure asked beside a hardship, a figure answering a refused one
        ("zh_Hans", "今年活少，下周开始每月还800？", Intent.COUNTER_OFFER),
        ("zh_Hans", "每月2000我接受不了，1500可以", Intent.COUNTER_OFFER),
    ],
)
def test_a_figure_refused_held_or_beyond_reach_is_no_offer_v42(
    language: str, text: str, intent: Intent
) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("en", "the debt is mine, never said it isn't. can I move the date?", False),
        ("en", "I'm not saying it isn't mine, I just have nothing left", False),
        ("zh_Hans", "我又没说这笔不是我的，就是想问怎么还", False),
        ("zh_Hant", "張收據唔係我個名，不過錢肯定係我俾㗎", False),
        ("zh_Hans", "这笔不是我的，我没借过", True),
        ("en", "it isn't mine, I never took a loan", True),
    ],
)
def test_a_denial_denied_is_no_denial_v42(language: str, text: str, wanted: bool) -> None:
    assert (Intent.DISPUTE_NOT_MINE in read(text, language).signals) is wanted
