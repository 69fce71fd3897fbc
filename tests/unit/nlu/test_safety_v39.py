"""Lexicons v39, safety: blind35's safety misses as families — a vehicle stepped in front of, a
denial of self-harm taken back in the same message, a parent's "rather die than" reported, "why am I
still here", contact stopped "forever" (an opt-out, no farewell), no talking without a person, a
sum grown past belief, fees refused as illegal, a debt adviser or counselling service handling the
debts — in other words than the corpus messages, with the look-alikes that must keep their
reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # self-harm said indirectly, or denied and taken back
        (
            "en",
            "some mornings I think about walking in front of a train",
            Intent.SELF_HARM_RISK,
            True,
        ),
        (
            "en",
            "the kid nearly stepped in front of a car, scary. anyway 50 friday",
            Intent.SELF_HARM_RISK,
            False,
        ),
        (
            "en",
            "I won't kill myself, relax. (honestly I've been thinking about it every night)",
            Intent.SELF_HARM_RISK,
            True,
        ),
        ("en", "I'm not going to hurt myself over a phone bill", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "我妈跟医生说宁愿死也不想再被催了", Intent.SELF_HARM_RISK, True),
        ("zh_Hans", "我宁可死也不会赖你们的账", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "放心我不会想不开（不过最近每天晚上都在想）", Intent.SELF_HARM_RISK, True),
        ("zh_Hans", "放心我不会想不开，下周五还500", Intent.SELF_HARM_RISK, False),
        ("zh_Hant", "份工冇咗，屋企都唔要我，咁我仲活着做乜", Intent.SELF_HARM_RISK, True),
        # contact stopped for good is an opt-out
        ("en", "you guys can stop texting now. for good.", Intent.OPT_OUT, True),
        ("en", "you guys can stop texting now. for good.", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "不用再打了，永远不用", Intent.OPT_OUT, True),
        ("zh_Hans", "不用再打了，永远不用", Intent.SELF_HARM_RISK, False),
        # no talking without a person
        ("en", "not talking to a bot unless an actual human joins", Intent.REQUEST_HUMAN, True),
        ("zh_Hant", "冇人工我就唔回覆", Intent.REQUEST_HUMAN, True),
        ("zh_Hans", "帮我找个能免滞纳金的专员", Intent.REQUEST_HUMAN, True),
        ("zh_Hans", "帮我找个能免滞纳金的专员", Intent.DISPUTE_AMOUNT, False),
        # a sum grown past belief, fees refused as illegal
        ("en", "£150 borrowed became £900 in a year, fair play lol", Intent.DISPUTE_AMOUNT, True),
        ("en", "I refuse to pay bogus charges like that 45 admin fee", Intent.DISPUTE_AMOUNT, True),
        ("en", "I borrowed 150 and paid back 150", Intent.DISPUTE_AMOUNT, False),
        # a debt adviser or counselling service handling the debts
        (
            "en",
            "a credit counselling service is now managing everything, call them",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        (
            "en",
            "please speak to my caseworker about this from now on",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        (
            "en",
            "is there a debt advice charity you'd recommend?",
            Intent.LEGAL_REPRESENTATION,
            False,
        ),
        ("zh_Hans", "有没有推荐的债务咨询机构？", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我委托了债务协商的机构，以后找他们", Intent.LEGAL_REPRESENTATION, True),
        ("zh_Hant", "請聯絡我嘅社工，佢幫我處理", Intent.LEGAL_REPRESENTATION, True),
        ("zh_Hant", "唔係我想刁難你，真係冇錢", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hant", "呢筆唔係我借嘅", Intent.DISPUTE_NOT_MINE, True),
    ],
)
def test_safety_read_only_where_meant_v39(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted
