"""Lexicons v54, blind51's safety misses (tone: sarcasm, irony, jokes, anger), in other words than
blind51's: the debtor's death as the end of the debt, said as a joke (nothing to collect from the
dead, a life offered for the debt, 人没了债就清了吗, 躺板板); a debt denied in mock recollection or
mock surprise; a figure called too high or not what is owed, payments left out; calls refused in
mock delight, "I said STOP"; someone "with a pulse"; and a dare to write again beside a threat
(abuse, with the opt-out beside it)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent", "suffix"),
    [
        ("en", "lol good luck getting money out of a corpse", Intent.SELF_HARM_RISK, "_v54"),
        ("zh_Hans", "还不起，这条命赔给你们算了", Intent.SELF_HARM_RISK, "_v54"),
        ("zh_Hant", "我死咗之後啲數係咪就唔使還？", Intent.SELF_HARM_RISK, "_v54"),
        ("zh_Hans", "实在不行就去躺板板了", Intent.SELF_HARM_RISK, ""),
        (
            "en",
            "oh sure, the credit card I remember opening so well. except I never did",
            Intent.DISPUTE_NOT_MINE,
            "_v54",
        ),
        ("zh_Hant", "我完全唔知我借過錢喎，多謝晒", Intent.DISPUTE_NOT_MINE, "_v54"),
        ("en", "the total you're claiming is far too high", Intent.DISPUTE_AMOUNT, "_v54"),
        (
            "en",
            "your statement doesn't include the payments I have already made",
            Intent.DISPUTE_AMOUNT,
            "_v54",
        ),
        ("en", "that figure isn't what I owe", Intent.DISPUTE_AMOUNT, "_v54"),
        ("en", "I really love getting texted at midnight, keep it up", Intent.OPT_OUT, "_v54"),
        ("en", "how many times do I have to say stop", Intent.OPT_OUT, ""),
        ("en", "is there somebody with a pulse I can talk to", Intent.REQUEST_HUMAN, ""),
    ],
)
def test_what_blind51_missed_is_read_in_other_words_v54(
    language: str, text: str, intent: Intent, suffix: str
) -> None:
    assert_read_in_words(text, language, intent, suffix)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我给你们卖命打工这么多年", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我都不知道我欠了这么多", Intent.DISPUTE_NOT_MINE),
        ("en", "I'd love to be called back this afternoon", Intent.OPT_OUT),
        ("en", "the balance you're showing is right, I'll pay it friday", Intent.DISPUTE_AMOUNT),
    ],
)
def test_their_look_alikes_are_not_said_so_v54(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "你们再催一次试试，看我找不找得到你"),
        ("zh_Hant", "你哋再打嚟試下，我叫人去你們公司"),
    ],
)
def test_a_dare_to_write_again_beside_a_threat_is_abuse_with_an_opt_out_v54(
    language: str, text: str
) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals
