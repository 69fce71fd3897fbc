"""Lexicons v109, fitted on blind89's safety misses after its one run, in other words: a goodbye
that is "the last you'll hear from me" and names who deals with everything after; joining a late
husband "soon enough"; a car running in a shut garage; the creditor sent through someone else
"not me", or to a relative from now on (以后…找我妹妹); contact refused in Wu (勿要再打), by a
procedure (别再单独催), after a denial (别找我), in English words among Chinese (不要再 contact
我), and 别催 at the end of a plea; threats in Nigerian Pidgin and in scare quotes (好好「傾」下),
which make the contact they are conditioned on an opt-out (v107); charges called a joke after
them, Pidgin's "interest too wicked", interest above the legal limit; a fraud officer and Krio's
"tɔk to pɔsin" asked for. And 被法院裁定 is a court's ruling, not a layoff."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "That'll be the last you hear from me. Sorry for everything.",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "Fifty years married. I'll be with my husband again soon.", Intent.SELF_HARM_RISK),
        (
            "en",
            "gonna sit in the car in the closed garage with the engine running",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I've a solicitor now. Talk to him about it, not me.", Intent.OPT_OUT),
        ("en", "Una interest too wicked, I no fit pay am", Intent.DISPUTE_AMOUNT),
        ("en", "£90 in late fees for a week, that's a disgrace", Intent.DISPUTE_AMOUNT),
        ("en", "I need to speak to your hardship officer today", Intent.REQUEST_HUMAN),
        ("en", "I wan tok to posin abeg", Intent.REQUEST_HUMAN),
        ("zh_Hans", "勿要再打电话来了，屋里厢老人吓煞了", Intent.OPT_OUT),
        ("zh_Hans", "破产程序已经开始了，别再私下催了", Intent.OPT_OUT),
        ("zh_Hans", "那是我前夫欠的，别找我", Intent.OPT_OUT),
        ("zh_Hant", "我已經報咗警，調查完成之前唔好再 call 我", Intent.OPT_OUT),
        ("zh_Hans", "你们年化利率超出了法律规定的上限", Intent.DISPUTE_AMOUNT),
    ],
)
def test_blind89s_safety_misses_in_other_words_v109(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v109")


def test_a_relative_named_for_the_account_keeps_the_warning_sign_v109() -> None:
    assert_kept_beside(
        "孩子我已经送到奶奶家了，以后有什么事你们找我哥哥吧。我撑不下去了",
        "zh_Hans",
        Intent.SELF_HARM_RISK,
        Intent.OPT_OUT,
    )
    assert_kept_beside(
        "This is the last you'll hear from me. My brother will sort out everything.",
        "en",
        Intent.SELF_HARM_RISK,
        Intent.OPT_OUT,
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If una text my wife again I go find una office, una go see wetin go happen"),
        ("zh_Hant", "你再打嚟我公司，我就上嚟同你哋老細好好「傾」下"),
    ],
)
def test_threats_in_words_make_their_condition_an_opt_out_v109(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals


def test_a_plea_ending_in_bie_cui_asks_to_stop_v109() -> None:
    reading = read("他还在住院，钱能不能先缓缓别催", "zh_Hans")
    assert Intent.OPT_OUT in reading.signals
    assert read("明天就还，别催", "zh_Hans").intent is Intent.PROMISE_TO_PAY  # secondary
    assert not lexicon_said("别催收了，直接起诉吧", "zh_Hans", Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我会跟他好好谈一下再回复你们"),  # no scare quotes, no threat
        ("en", "I'll talk to my brother about it, not sure yet"),
        ("zh_Hans", "以后我自己找我哥借钱还你们"),
    ],
)
def test_their_look_alikes_stay_as_they_were_v109(language: str, text: str) -> None:
    reading = read(text, language)
    assert Intent.ABUSE not in reading.signals
    assert not lexicon_said(text, language, Intent.OPT_OUT)


def test_a_courts_ruling_is_no_layoff_v109() -> None:
    reading = read("我已经被法院裁定进入个人破产程序了", "zh_Hans")
    assert reading.reason is not HardshipReason.UNEMPLOYMENT
    assert reading.intent is Intent.BANKRUPTCY


def test_the_one_named_keeps_their_own_words_v109() -> None:
    # the creditor sent through someone "not me" stops before the one named: the lawyer stays
    # (as before v109: the first try hid the lawyer's words and lost three files' labels)
    reading = read("speak to my solicitor please, not me", "en")
    assert reading.intent is Intent.LEGAL_REPRESENTATION
    assert Intent.OPT_OUT in reading.signals


@pytest.mark.parametrize("text", ["铜钿上个礼拜都还掉了，侬查查看", "我昨日已经转脱了，勿要再催"])
def test_paid_off_in_wu_v109(text: str) -> None:
    assert lexicon_said(text, "zh_Hans", Intent.ALREADY_PAID), text  # (the models read it before)
    assert read(text, "zh_Hans").intent is Intent.ALREADY_PAID


def test_money_that_should_come_through_is_awaited_v109() -> None:
    reading = read("My back pay should come through next month, I'll settle it all then.", "en")
    assert reading.date is not None
    assert reading.date.relative_to_payday
