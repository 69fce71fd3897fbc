"""Lexicons v77, fitted on blind67 (a fifteenth representative month, no theme, asked for
understated wordings) after its one run, in other words than blind67's: its twenty safety misses
as families, most of them kin of families fitted on blind65 and blind66 in words those fits did
not reach (不疼 beside 不痛, a dare alone at the end, a letter as the contact, "rather than me",
a bare hour) — with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # warning signs
        ("en", "Don't worry, I won't be anyone's burden soon", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我真的不想再熬了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "上网查哪种方法不会疼", Intent.SELF_HARM_RISK),
        ("zh_Hans", "再过两天你们就联系不上我了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我没有未来了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "跟家里人说了对不起，以后不用再找我了", Intent.SELF_HARM_RISK),
        # contact refused, sent elsewhere, or forbidden on pain of harm or a complaint
        ("en", "one more voicemail and I'll come down there", Intent.OPT_OUT),
        (
            "en",
            "if your lot phones my mum again about this I'm complaining to the ombudsman",
            Intent.OPT_OUT,
        ),
        ("en", "nothing after 8, thanks", Intent.OPT_OUT),
        ("en", "please talk to him instead of me", Intent.OPT_OUT),
        ("en", "leave him be, he's 90", Intent.OPT_OUT),
        ("zh_Hans", "有问题请直接和律师对接", Intent.OPT_OUT),
        ("zh_Hant", "敢再call我阿爸，我實叫你吃不了兜著走", Intent.OPT_OUT),
        ("zh_Hant", "再敢send嘢俾我阿媽，你試下！", Intent.OPT_OUT),
        # a person, a denial, disputed amounts, representation
        ("en", "only with a member of staff please, not the chatbot", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我奶奶借的钱我们一律不认", Intent.DISPUTE_NOT_MINE),
        ("en", "I borrowed 2,000. Two grand. Not 3,400.", Intent.DISPUTE_AMOUNT),
        ("en", "the fee the judge told you to take off is still there", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "the council's money advice people are helping me with it all now",
            Intent.LEGAL_REPRESENTATION,
        ),
    ],
)
def test_blind67s_safety_misses_in_other_words_v77(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I borrowed 500 and paid back 300, not sure what's left", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "过几天我换新号码，你们就打不通这个号了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我跟老婆说了对不起，以后一定按时还", Intent.SELF_HARM_RISK),
        ("zh_Hans", "不想撑到月底，能不能现在就还一部分", Intent.SELF_HARM_RISK),
        ("en", "I'm a real person, not a bot, I promise lol", Intent.REQUEST_HUMAN),
        ("en", "nothing before 12 months of payments, that was the deal", Intent.OPT_OUT),
    ],
)
def test_look_alikes_stay_as_they_were_v77(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
