"""Lexicons v43, safety: blind39's safety misses as families — lump sums, settlements and seasonal
money. A means named by water (walking into the sea) and a warning sign by a place with nothing
mattering any more (在楼顶了，还多少都无所谓了); contact refused in two words ("stop. please stop.")
or against any offer ("whatever the offer is I don't want to hear it") — in other words than the
corpus messages, with the look-alikes that must keep their reading: to "die of embarrassment",
"I get the point" (but "I don't see the point in any of this" stays a warning sign), another's
angry 去死 said to be so; "stop calling me" told to someone else; a lawyer not needed, one years
ago, a relative who is one but not involved, 我要找律师 quoted from a sketch; a bank's fraud team
and "this one's mine", another's stolen card, 不是别人冒用的; 这不是我的错; a discount called too small
(no amount disputed); 我不是不想跟机器人聊 and a catchphrase in quotes (no person asked for); a
bank's hotline called again and again is no sum; another's bankruptcy, or a joke that the
debtor should go bankrupt, is none of the debtor's; a bonus cut and a dead season are income
reduced."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # a life at risk
        ("en", "some nights I think about walking into the sea", Intent.SELF_HARM_RISK, True),
        ("zh_Hans", "我在楼顶了，还多少都无所谓了", Intent.SELF_HARM_RISK, True),
        ("zh_Hans", "我在江边散步，八折可以吗", Intent.SELF_HARM_RISK, False),
        (
            "en",
            "I wanted to die of embarrassment at the till lol, 200 ok?",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "ok I get the point, stop the reminders", Intent.SELF_HARM_RISK, False),
        (
            "en",
            "honestly I don't see the point in any of this anymore",
            Intent.SELF_HARM_RISK,
            True,
        ),
        ("zh_Hans", "我老婆骂我“再欠钱就去死”，那是气话，周五还", Intent.SELF_HARM_RISK, False),
        # contact refused
        ("en", "stop. please stop.", Intent.OPT_OUT, True),
        ("en", "whatever the offer is I don't want to hear it", Intent.OPT_OUT, True),
        (
            "en",
            "I told my brother 'stop texting me' lol. what's the balance?",
            Intent.OPT_OUT,
            False,
        ),
        # representation
        ("en", "lawyer? no, don't need one. 300 on friday", Intent.LEGAL_REPRESENTATION, False),
        (
            "en",
            "had a solicitor for my divorce years ago, not relevant. 60% ok?",
            Intent.LEGAL_REPRESENTATION,
            False,
        ),
        ("en", "my uncle's a lawyer but he's not involved", Intent.LEGAL_REPRESENTATION, False),
        ("en", "my uncle's a lawyer and he's handling this now", Intent.LEGAL_REPRESENTATION, True),
        ("zh_Hans", "我舅舅是律师，但这事他不管，八折行吗", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "电视剧里那句“我要找律师”太好笑了，七折吧", Intent.LEGAL_REPRESENTATION, False),
        # identity theft
        (
            "en",
            "the bank's fraud team sorted my other card, this one's mine",
            Intent.FRAUD_IDENTITY_THEFT,
            False,
        ),
        ("zh_Hans", "我朋友的卡被盗刷了，我没有，下周还", Intent.FRAUD_IDENTITY_THEFT, False),
        ("zh_Hant", "放心，呢筆唔係別人冒用嘅，係我自己借", Intent.FRAUD_IDENTITY_THEFT, False),
        ("zh_Hans", "有人冒用我的身份借的", Intent.FRAUD_IDENTITY_THEFT, True),
        # not mine, amount, a person
        ("zh_Hans", "这不是我的错，是奖金晚发了，下月还", Intent.DISPUTE_NOT_MINE, False),
        ("en", "95% is not much of a discount, no", Intent.DISPUTE_AMOUNT, False),
        ("zh_Hans", "我不是不想跟机器人聊，挺方便的，谢谢", Intent.REQUEST_HUMAN, False),
        ("zh_Hant", "「我要搵你經理」係我老公嘅口頭禪😂 唔使，聽日還", Intent.REQUEST_HUMAN, False),
        ("zh_Hans", "我要找你们经理", Intent.REQUEST_HUMAN, True),
        # bankruptcy: another's, or a joke about the debtor's
        (
            "en",
            "my dad's bankruptcy wrecked him, not going down that road. 200 a month?",
            Intent.BANKRUPTCY,
            False,
        ),
        ("en", "I'm filing for bankruptcy next month", Intent.BANKRUPTCY, True),
        ("zh_Hans", "我同事破产了，我没有，就是手头紧", Intent.BANKRUPTCY, False),
        ("zh_Hans", "同事笑我不如去申请破产哈哈，每月还800吧", Intent.BANKRUPTCY, False),
        ("zh_Hans", "我已经申请破产了", Intent.BANKRUPTCY, True),
    ],
)
def test_safety_read_only_where_meant_v43(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted


def test_a_hotline_called_again_is_no_sum_v43() -> None:
    assert read("有没有人工？我打了95566好几次都是语音", "zh_Hans").amount is None


@pytest.mark.parametrize(
    "text", ["the bonus got cut this year, can I do 100 a month?", "the fishing season was a bust"]
)
def test_a_bonus_cut_or_a_dead_season_is_income_reduced_v43(text: str) -> None:
    assert read(text, "en").reason == "income_reduced"
