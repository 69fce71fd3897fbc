"""Lexicons v63, fitted on blind58 (a sixth representative month, no theme) after its one run, in
other words than blind58's: its safety misses as families — no loans at all, correspondence sent
to the representative, contact sent to the debtor's lawyer, no more calls needed, a life offered
to settle the debt, a dead parent's debt disowned, a threat's condition on more messages."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "sorry who? I don't even have any credit cards", Intent.DISPUTE_NOT_MINE),
        ("en", "I have no loans with your company", Intent.DISPUTE_NOT_MINE),
        ("en", "my attorney will call. Forward all further letters", Intent.OPT_OUT),
        ("en", "we act for the account holder in this matter", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "律师已经请好了，以后请联系我的律师", Intent.OPT_OUT),
        ("zh_Hant", "有咩同我律師傾", Intent.OPT_OUT),
        ("zh_Hans", "炭都买好了，你们以后不用再打电话了", Intent.OPT_OUT),
        ("zh_Hans", "实在没办法了，只能用命来还了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我媽過身咗兩年，點解要搵我還", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_blind58s_safety_misses_in_other_words_v63(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v63")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "有事找我律师"),
        ("zh_Hant", "請直接聯絡我的律師"),
        ("en", "I act for Ms Okafor. Please direct all communications to this office."),
    ],
)
def test_the_lawyer_keeps_the_intent_with_the_opt_out_beside_it_v63(
    language: str, text: str
) -> None:
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我和我的律师看过方案了，没问题，她说可以签"),
        ("zh_Hant", "唔使再打嚟催，我三日後一定入3,200落去"),
    ],
)
def test_their_look_alikes_v63(language: str, text: str) -> None:
    signals = read(text, language).signals
    assert Intent.OPT_OUT not in signals
    assert Intent.DISPUTE_NOT_MINE not in signals


def test_a_threats_condition_on_more_messages_is_an_opt_out_v63() -> None:
    # opt_out.threat_if_contacted_v31, widened in v63 to 传 and 找人处理
    reading = read("再傳訊息我就找人處理你", "zh_Hant")

    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals


def test_other_loans_named_deny_nothing_in_words_v63() -> None:
    # (the meaning model still reads a denial here, at 0.92: left to it)
    text = "I don't have any loans other than my mortgage and this one"
    assert not lexicon_said(text, "en", Intent.DISPUTE_NOT_MINE)


@pytest.mark.parametrize(
    "text",
    [
        "I need to talk to my manager about extra shifts first",
        "I'll ask my boss if I can get an advance and let you know",
    ],
)
def test_the_debtors_own_boss_is_no_one_at_the_bank_v63(text: str) -> None:
    # (v60's officer in charge reads "the officer", "my account officer", never "my manager")
    assert Intent.REQUEST_HUMAN not in read(text, "en").signals
