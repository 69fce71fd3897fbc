"""Lexicons v85, fitted on blind73's safety misses after its one run, in other words than
blind73's: a complaint promised if a relative is contacted again, a figure told against the
creditor's later one, contact sent to the law firm or its papers sent there, the collection
stopped with the debtor named, one more message dared after a curse, the debtor out of reach and
the search refused, what is left sent to a relative, and a life's affairs put in order (passwords
left, an apology with the number soon gone, a memorial photo chosen, "only a few days left
anyway"); with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "text my husband once more and I'm going straight to the FCA", Intent.OPT_OUT),
        ("en", "call my daughter again and I will file a complaint, simple as", Intent.OPT_OUT),
        (
            "en",
            "I was told the payoff was 1,150 but now your email says 1,390. which is it?",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "有什么问题找律所", Intent.OPT_OUT),
        ("zh_Hans", "有问题请找事务所", Intent.OPT_OUT),
        ("zh_Hant", "相關信件請寄往本人的律師行", Intent.OPT_OUT),
        ("zh_Hans", "请不要再向我追讨，这钱不是我借的", Intent.OPT_OUT),
        ("zh_Hant", "屌你，再send多一次message試試", Intent.OPT_OUT),
        ("zh_Hans", "你们联系不上我了，也不用再打", Intent.OPT_OUT),
        ("zh_Hans", "家里的事都交代好了，后面的事你们找我哥", Intent.OPT_OUT),
        ("zh_Hans", "反正没几天了，利息你们想怎么收就怎么收", Intent.SELF_HARM_RISK),
        ("zh_Hans", "手机密码写好了留给我女儿", Intent.SELF_HARM_RISK),
        ("zh_Hans", "昨晚跟我爸说了声对不起，这张卡下周就停用了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我嘅遺照都揀定咗", Intent.SELF_HARM_RISK),
    ],
)
def test_blind73s_safety_misses_in_other_words_v85(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "call me again tomorrow and I'll have the money", Intent.OPT_OUT),
        ("en", "text me once more and I'll send the reference number", Intent.OPT_OUT),
        ("en", "the app said 300 last week and it was 300 this week, fine", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "反正也没几天了，月底就发工资", Intent.SELF_HARM_RISK),
        ("zh_Hans", "把银行卡交给老婆管了，密码她知道", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我爸的遗照选好了，丧事下周办", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我爸嘅遺照揀好咗", Intent.SELF_HARM_RISK),
        ("zh_Hans", "跟我妈说了对不起，她原谅我了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "剩下的事我自己处理，你们找我就行", Intent.OPT_OUT),
        ("zh_Hans", "文件请寄到我家", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_stay_as_they_were_v85(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
