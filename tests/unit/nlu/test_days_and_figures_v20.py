"""Days and figures read from blind17's misses (v21).

blind17 was measured once on v20: 6 of its 193 amounts and 12 of its 145 dates were wrong, and
a figure offered after another one was turned down read as a promise.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import TODAY, read


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # last month names a day only with its day
        ("zh_Hans", "上个月15号就一次性结清了", date(2026, 10, 15)),
        ("zh_Hant", "上個月10號就一次繳清了", date(2026, 10, 10)),
        ("en", "I paid on the 3rd of last month", date(2026, 10, 3)),
        # three days ago
        ("zh_Hans", "我大前天已经还了", date(2026, 11, 15)),
        ("zh_Hant", "我大前日已經過咗數", date(2026, 11, 15)),
        # a refused day with 真係 between: the day named next is the one
        ("zh_Hant", "今日真係唔得，聽朝第一時間過數", date(2026, 11, 19)),
    ],
)
def test_days(language: str, text: str, day: date) -> None:
    assert date(2026, 11, 18) == TODAY
    reading = read(text, language)

    assert reading.date is not None
    assert reading.date.date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [("zh_Hans", "上个月已经还了"), ("en", "I paid last month, check again")],
)
def test_last_month_alone_is_no_day(language: str, text: str) -> None:
    assert read(text, language).date is None


@pytest.mark.parametrize(
    ("language", "text", "amount", "per"),
    [
        ("zh_Hans", "1.5万月底一次结清可以吗", "15000", Period.ONCE),  # a day follows, no count
        ("zh_Hans", "逾期费一天50？你们怎么不去抢", "50", Period.ONCE),  # a fee stated
        ("zh_Hans", "每个week还个一百五ok吗", "150", Period.WEEK),
        ("zh_Hant", "一萬二我真係拎唔出，八千啦，下個禮拜一過數俾你", "8000", Period.ONCE),
        (
            "en",
            "my son used my face to take out 3 loans worth 2,400 on the app",
            "2400",
            Period.ONCE,
        ),
    ],
)
def test_figures(language: str, text: str, amount: str, per: Period) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.per) == (Decimal(amount), per)


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("zh_Hant", "一萬二我真係拎唔出，八千啦，下個禮拜一過數俾你", "8000"),
        ("en", "not 1400. I can give you 900 next friday, final", "900"),
        ("en", "1400? I can pay 900 on friday", "900"),
        ("zh_Hans", "三千太多了，两千五下周五转你", "2500"),
        ("zh_Hans", "一个月三千我做不到，最多给一千", "1000"),
    ],
)
def test_a_figure_after_one_turned_down_is_a_counter_offer(
    language: str, text: str, amount: str
) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)
    assert any(cue.rule == "builtin.amount_countering" for cue in reading.cues)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I will pay 900 on friday", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "三千太多了，我不还", Intent.DECLINE),
        ("zh_Hans", "每月三千太多，一千也不行", Intent.DECLINE),
    ],
)
def test_no_figure_turned_down_no_counter_offer(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "there's nothing coming in except $640 disability a month", "640"),
        ("zh_Hans", "公司三个月没发工资了，一个月5500的工资一分没见着", "5500"),
        ("zh_Hans", "降薪了，一个月就拿三千，房租都不够", "3000"),
        ("zh_Hant", "我在洗腎，沒辦法工作，每個月只有六千塊的補助，真的繳不出來", "6000"),
        ("zh_Hant", "公司減薪，一個月只剩兩萬二，房租都快付不出來", "22000"),
        ("zh_Hant", "機車被偷，上班都要搭計程車，一個月多花四千，錢根本不夠", "4000"),
    ],
)
def test_money_earned_or_spent_a_month_is_no_offer(language: str, text: str, amount: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.per) == (Decimal(amount), Period.MONTH)
    assert Intent.COUNTER_OFFER not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "I only make 1200 a month, can I do 100 a month", "100"),
        ("zh_Hans", "我一个月只拿三千，每月还500可以吗", "500"),
    ],
)
def test_an_offer_beside_an_income_is_still_an_offer(language: str, text: str, amount: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)
