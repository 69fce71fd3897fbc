"""Lexicons v104, fitted on blind86's seventeen safety misses after its one run, in other words
than blind86's. Opt-outs: the collection asked to stop or pause (催款先停一停, 先停止催收), as a relative
asks beside a reported risk, and "hold off on these notices"; a relative writing for the debtor who
takes over the talk of money (我是她姐……钱的事你们跟我说); a lawyer named by surname to be contacted
(请与李律师联系); the debt sent to a son (债你们去找我女儿); a contact received as a threat's condition
(再让我收到一条短信); "im coming down to your office"; "direct everything to them and not to me",
"any further contact should go through … at her office"; Geordie "divvent"; contact not consented
to. Warning signs: an avatar turned black; treatment pulled out and being saved refused; a goodbye
posted to friends, a friend's fear for them, days without food or drink; a one-way ticket that
does not go home; going to heaven to a dead parent. With the look-alikes that must stay as they
were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我是她妹妹，她最近情绪很不好，催收能不能先暂停", Intent.OPT_OUT),
        ("zh_Hant", "可唔可以先停止對佢嘅催收", Intent.OPT_OUT),
        ("en", "Could you hold off on the calls for now, he's not well", Intent.OPT_OUT),
        ("zh_Hans", "我是他老婆，他住院了，以后还款的事你们跟我说", Intent.OPT_OUT),
        ("zh_Hans", "已经请了律师，请直接与张律师联络", Intent.OPT_OUT),
        ("zh_Hant", "這筆債你們去找我女兒", Intent.OPT_OUT),
        ("zh_Hans", "再让我收到一条短信，我就找人处理你", Intent.OPT_OUT),
        ("en", "call me again and i'm coming round to sort this out in person", Intent.OPT_OUT),
        (
            "en",
            "My adviser has it now. Please direct everything to him and not to me.",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "Any further communication must go through Mr Okoro at his chambers.",
            Intent.OPT_OUT,
        ),
        ("en", "divvent ring us again", Intent.OPT_OUT),
        ("en", "I do not consent to contact by text message", Intent.OPT_OUT),
        ("zh_Hans", "头像改成纯黑了，不想说话", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我阿爸話唔好再救佢啦", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我妈昨晚自己把氧气管拔了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "他微博发了一条大家保重就再没回复", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我怕她会出事", Intent.SELF_HARM_RISK),
        ("zh_Hans", "买了张单程票，不会回来了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "好想去天堂陪奶奶", Intent.SELF_HARM_RISK),
    ],
)
def test_blind86s_safety_misses_in_other_words_v104(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "自动扣款能不能先停一下，我改成手动还", Intent.OPT_OUT),
        ("zh_Hans", "钱的事你们跟我说就行，我下周还", Intent.OPT_OUT),
        ("zh_Hans", "请问王律师是你们公司的吗", Intent.OPT_OUT),
        ("en", "call me again and i'm sorry I missed you, was at work", Intent.OPT_OUT),
        ("en", "any further contact should go through this chat, thanks", Intent.OPT_OUT),
        ("zh_Hans", "头像换成黑色的猫了哈哈", Intent.SELF_HARM_RISK),
        ("zh_Hans", "朋友圈发了一句谢谢大家的生日祝福", Intent.SELF_HARM_RISK),
        ("zh_Hans", "买了张单程票去深圳打工，下个月开始还", Intent.SELF_HARM_RISK),
        ("zh_Hans", "周末想去天上人间那边找我哥吃饭", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_stay_as_they_were_v104(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
