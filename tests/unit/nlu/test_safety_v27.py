"""Lexicons v27: the safety families blind23's misses showed (read after blind24 was committed
sealed), in other words than the corpus messages, with look-alikes that must keep their
reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "lost the flat, lost her, no reason to go on living", Intent.SELF_HARM_RISK),
        ("en", "they kept me in the psych ward for a week after my attempt", Intent.SELF_HARM_RISK),
        ("en", "not ready to talk payments, not after what i nearly did", Intent.SELF_HARM_RISK),
        ("zh_Hans", "不要找我了，我真的走了", Intent.SELF_HARM_RISK),
        ("en", "how can I get your texts to stop", Intent.OPT_OUT),
        ("en", "how do i unsubscribe from this", Intent.OPT_OUT),
        ("zh_Hant", "stop text 我 ok", Intent.OPT_OUT),
        ("zh_Hans", "跟我无关，别再烦我", Intent.OPT_OUT),
        ("zh_Hant", "乜嘢網貸？唔知你講緊乜", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "什么贷款？", Intent.DISPUTE_NOT_MINE),
        ("en", "the fees now are not what my contract says", Intent.DISPUTE_AMOUNT),
        ("en", "4k?? on a 1,200 loan, are you serious", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_families_v27(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "no reason to keep paying for a plan I can't afford", Intent.SELF_HARM_RISK),
        ("en", "how do i make a payment", Intent.OPT_OUT),
        ("zh_Hans", "我走了，明天再聊", Intent.SELF_HARM_RISK),
        ("en", "I'll pay 300 for a start, ok?", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_v27(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_a_question_about_interest_with_the_terms_signed_is_a_dispute() -> None:
    # the figurative entry that keeps "does the interest keep going up?" a question now ends at
    # its clause, so the terms signed after it are read
    reading = read("does the interest keep adding up, because that's not what i agreed to", "en")

    assert reading.intent is Intent.DISPUTE_AMOUNT


def test_interest_going_up_is_no_evidence_of_self_harm() -> None:
    # "keep going" was an evidence word; "keep going up" is not one
    reading = read("why does my balance keep going up every single month", "en")

    assert Intent.SELF_HARM_RISK not in reading.signals


def test_a_denial_over_a_sum_is_a_figure_of_speech() -> None:
    reading = read("im not gonna jump off a bridge over 900 bucks, just give me time", "en")

    assert Intent.SELF_HARM_RISK not in reading.signals


def test_the_not_mine_keeps_its_own_cue_beside_the_opt_out() -> None:
    reading = read("不是我借的，别找我")

    assert lexicon_said("不是我借的，别找我", "zh_Hans", Intent.DISPUTE_NOT_MINE)
    assert reading.intent is Intent.DISPUTE_NOT_MINE
    assert Intent.OPT_OUT in reading.signals


def test_medical_bills_eating_the_savings_are_no_stockpiled_pills() -> None:
    assert Intent.SELF_HARM_RISK not in read("醫藥費把存款都用光了", "zh_Hant").signals
    assert lexicon_said("药已经攒够了", "zh_Hans", Intent.SELF_HARM_RISK)
    assert lexicon_said("我把药都存起来了", "zh_Hans", Intent.SELF_HARM_RISK)
