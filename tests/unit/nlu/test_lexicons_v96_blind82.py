"""Lexicons v96, fitted on blind82's eight safety misses after its one run, in other words than
blind82's: "ill" with no apostrophe and "sort you out" after contact named (v22); a formal complaint
if rung again with a day between; a carer to be spoken to "from now on, not her"; a figure that
still has the thing posted back; windows as the harm after one more letter; the account plainly
wrong (擺明亂算); a procedure applied for with an adviser (債務舒緩); pressing refused in Taiwanese
(毋通催伊). Also in words: the means bought (paraquat), which blind82's models alone read, and
being alive called a burden (活着就是拖累子女). Kept out: "never been a member of that gym in my
life" and a debt not to be lived with "hanging over me", which blind82's first run read as warning
signs; with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "if you phone my work on a weekday again I will be making a formal complaint",
            Intent.OPT_OUT,
        ),
        ("en", "I'm her carer. Please speak to me only from now on, not her.", Intent.OPT_OUT),
        (
            "en",
            "your balance still has the router that we posted back in May",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "我爸说他活着就是拖累子女", Intent.SELF_HARM_RISK),
        ("en", "keep emailing me and ill sort you out", Intent.OPT_OUT),
        ("en", "Send one more letter and I'll put your windows in", Intent.OPT_OUT),
        ("en", "I've bought the paraquat now, it's done", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我同顧問申請緊債務舒緩", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "阮老爸破病，拜託毋通催伊", Intent.OPT_OUT),
        ("zh_Hant", "你哋嘅餘額擺明亂算", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这个金额显然乱算", Intent.DISPUTE_AMOUNT),
    ],
)
def test_blind82s_safety_misses_in_other_words_v96(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I bought some poison for the rats in the shed", Intent.SELF_HARM_RISK),
        ("en", "if you ring me again on Monday I'll have the money ready", Intent.OPT_OUT),
        ("en", "talk to me from now on, not the bank", Intent.OPT_OUT),
        ("zh_Hans", "这账明明是对的，我认", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "莫名其妙又扣了一笔", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_stay_as_they_were_v96(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Never been a member of that gym in my life. Never even been to Bolton."),
        (
            "en",
            "I just don't want to live with this hanging over me anymore. Would you take 900 to settle it in full?",
        ),
    ],
)
def test_blind82s_false_warning_signs_are_read_as_ordinary_v96(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals
