"""Lexicons v62, fitted on blind57 (a fifth representative month, no theme) after its one run, in
other words than blind57's: its safety misses as families — a lender never heard of or dealt
with, a stranger's name disowned, Jamaican Patois refusing contact, a call asked for because
writing is hard, 别再问我, a threat's condition ending in 砍人, someone who will speak for the
debtor — and the currencies of Pakistan, Jamaica and Macau by code and name."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import (
    assert_figure,
    assert_kept_beside,
    assert_read_in_words,
    read,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I have never dealt with your bank in my life", Intent.DISPUTE_NOT_MINE),
        ("en", "never done business with your lending company", Intent.DISPUTE_NOT_MINE),
        ("en", "who is Grace Otieno?? that is not me", Intent.DISPUTE_NOT_MINE),
        ("en", "nuh ring mi at work again", Intent.OPT_OUT),
        ("en", "mi beg yuh, lef mi alone", Intent.OPT_OUT),
        ("en", "I'm not good at texting, easier over the phone", Intent.REQUEST_HUMAN),
        ("en", "can somebody ring me please, my mum's in a bad way", Intent.REQUEST_HUMAN),
        ("zh_Hans", "这辈子都没跟你们银行有过来往", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我壓根冇同你哋有往來", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "说了不是我的，别再问我了", Intent.OPT_OUT),
        ("zh_Hans", "我哥以后全权代表我跟你们协商", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_blind57s_safety_misses_in_other_words_v62(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v62")


def test_a_threats_condition_ending_in_a_blade_is_an_opt_out_v62() -> None:
    # opt_out.threat_if_contacted_v31, whose threats v62 widened to 砍 and 杀人
    reading = read("再打来我就砍人", "zh_Hans")

    assert Intent.OPT_OUT in reading.signals
    assert any(cue.rule.endswith("threat_if_contacted_v31") for cue in reading.cues)


@pytest.mark.parametrize(
    "text",
    [
        "is this legit? I've never heard of your agency",
        "Never heard of your company, is this a scam? how did you get my number",
    ],
)
def test_the_sender_doubted_is_no_debt_denied_v62(text: str) -> None:
    assert Intent.DISPUTE_NOT_MINE not in read(text, "en").signals


@pytest.mark.parametrize(
    "text",
    ["I don't text well so call me", "I can't type much at work, call me after 5"],
)
def test_writing_badly_refuses_no_contact_v62(text: str) -> None:
    assert Intent.OPT_OUT not in read(text, "en").signals


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency", "per"),
    [
        ("en", "sent 8,500 PKR yesterday", "8500", "PKR", Period.ONCE),
        ("en", "I can do J$4,000 every week", "4000", "JMD", Period.WEEK),
        ("en", "3000 JMD a month is my limit", "3000", "JMD", Period.MONTH),
        ("zh_Hant", "每月還1500澳門元", "1500", "MOP", Period.MONTH),
        ("zh_Hans", "我在澳门上班，先还3000澳门币", "3000", "MOP", Period.ONCE),
    ],
)
def test_the_currencies_of_pakistan_jamaica_and_macau_v62(
    language: str, text: str, amount: str, currency: str, per: Period
) -> None:
    assert_figure(text, language, amount, currency, per)


@pytest.mark.parametrize(
    "text",
    [
        "call me again and see what happens",
        "ring my mum one more time and see what happens",
        "text again and see what happens to your branch",  # v18's
    ],
)
def test_a_veiled_threats_condition_is_an_opt_out_beside_it_v62(text: str) -> None:
    assert_kept_beside(text, "en", Intent.ABUSE, Intent.OPT_OUT)


def test_a_retry_suggested_is_no_threat_v62() -> None:
    assert Intent.ABUSE not in read("try the payment again and see what happens", "en").signals
