"""Days and figures read from blind88's misses (v108), in other words than blind88's.

* Currencies of Barbados (BDS$) and the Eastern Caribbean (EC$); a plain "$" followed by the
  currency named ("$450 加幣") is that currency's. Not Kenya's "bob" (a name before a figure as
  often: "pay Bob 200").
* A figure before "month end" is money paid at the end of the month, not a count of months; "by
  end month" is the end of the month.
* Doric's "a wik" is a week.
* Money awaited: 东北's 开资, a platform's settlement (结算下来, 结算完), Centrelink's money
  coming in.
* 剩下的一把给你们清了: the rest cleared in one go is a promise.
"""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import assert_day, assert_figure, assert_payday, read


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency", "per"),
    [
        ("en", "can send BDS$150 on Friday when I get paid", "150", "BBD", Period.ONCE),
        ("en", "EC$80 a week is the most I could give", "80", "XCD", Period.WEEK),
        ("zh_Hant", "我上禮拜已經轉了 $600 加幣，請查收", "600", "CAD", Period.ONCE),
        ("zh_Hant", "下個月還 $300 澳幣可以嗎", "300", "AUD", Period.ONCE),
        ("en", "I'd dee £25 a wik if that's ony eese", "25", "GBP", Period.WEEK),
        ("en", "I can pay 900 month end", "900", None, Period.ONCE),
    ],
)
def test_blind88s_figures_in_other_words_v108(
    language: str, text: str, amount: str, currency: str | None, per: Period
) -> None:
    assert_figure(text, language, amount, currency, per)


def test_a_plain_sign_stays_the_accounts_currency_v108() -> None:
    assert_figure("可以先還 $500 嗎", "zh_Hant", "500", "TWD", Period.ONCE)
    reading = read("I will pay Bob 200 tomorrow", "en")
    assert reading.amount is not None
    assert reading.amount.currency is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I will send 900 month end"),
        ("en", "will clear it by end month, promise"),
    ],
)
def test_the_end_of_the_month_after_a_figure_v108(language: str, text: str) -> None:
    assert_day(text, language, date(2026, 11, 30))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "下礼拜开资了就给你们转过去"),
        ("zh_Hans", "等平台这周结算下来，先还五百"),
        ("zh_Hans", "每天跑完单，平台结算完我就转"),
        ("zh_Hant", "Centrelink的錢一進來我就先還"),
    ],
)
def test_money_awaited_v108(language: str, text: str) -> None:
    assert_payday(text, language)


def test_the_rest_cleared_in_one_go_is_a_promise_v108() -> None:
    reading = read("等奖金下来，尾数一把给你们清了", "zh_Hans")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.relative_to_payday
    assert read("剩下的还不清了", "zh_Hans").intent is not Intent.PROMISE_TO_PAY
