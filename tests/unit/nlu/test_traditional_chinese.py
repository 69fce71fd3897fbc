"""Traditional Chinese is understood as well as Simplified."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from negotiator.nlu.script import chinese_script
from tests.unit.nlu.support import read

PAIRS = [
    ("下个月15号我一定还钱", "下個月15號我一定還錢"),
    ("不要再发信息给我了", "不要再發訊息給我了"),
    ("我失业了，每个月只能还两千块", "我失業了，每個月只能還兩千塊"),
    ("这笔债不是我的", "這筆債不是我的"),
    ("我已经请了律师", "我已經請了律師"),
    ("我真的不想活了", "我真的不想活了"),
    ("下礼拜五转账", "下禮拜五轉帳"),
    ("利息太高了，不合理", "利息太高了，不合理"),
]


@pytest.mark.parametrize(("simplified", "traditional"), PAIRS)
def test_the_same_message_in_either_script_means_the_same(
    simplified: str, traditional: str
) -> None:
    hans = read(simplified, "zh_Hans")
    hant = read(traditional, "zh_Hant")
    assert (hant.intent, hant.signals, hant.reason) == (hans.intent, hans.signals, hans.reason)
    assert (hant.date and hant.date.date) == (hans.date and hans.date.date)
    assert (hant.amount and hant.amount.amount) == (hans.amount and hans.amount.amount)


def test_plain_currency_words_are_new_taiwan_dollars_in_traditional_chinese() -> None:
    reading = read("每個月還3000元", "zh_Hant")
    assert reading.amount is not None
    assert reading.amount.currency == "TWD"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("我已經聲請更生了", Intent.BANKRUPTCY),
        ("唔好再打嚟", Intent.OPT_OUT),
        ("我想搵真人同我傾", Intent.REQUEST_HUMAN),
        ("我被資遣了", Intent.HARDSHIP),
        ("我已經準備燒炭了", Intent.SELF_HARM_RISK),
    ],
)
def test_taiwan_and_hong_kong_words_are_understood(text: str, intent: Intent) -> None:
    assert read(text, "zh_Hant").intent is intent


def test_folding_maps_traditional_characters_to_simplified_ones() -> None:
    script = chinese_script()
    assert script.fold("還錢、什麼、發薪、裡") == "还钱、什么、发薪、里"
    assert script.guess("還錢") == "zh_Hant"
    assert script.guess("还钱") == "zh_Hans"
    assert script.guess("OK") is None


def test_the_language_is_guessed_when_not_given() -> None:
    from tests.unit.nlu.support import interpreter

    assert interpreter().interpret("我不想活了").language == "zh_Hans"
    assert interpreter().interpret("不要再傳訊息給我").language == "zh_Hant"
    assert interpreter().interpret("leave me alone").language == "en"
