"""A negation or someone else's words cancel a cue; the cue is still shown, marked suppressed."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


def test_a_negated_self_harm_phrase_is_not_self_harm() -> None:
    reading = read("I'm not going to kill myself over this, relax", "en")
    assert not reading.has(Intent.SELF_HARM_RISK)
    assert any(cue.suppressed == "negated" for cue in reading.cues)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("我不会想不开的，你放心", "zh_Hans"),
        ("我沒有要自殺，只是壓力很大", "zh_Hant"),
        ("not suicidal or anything, just stressed about money", "en"),
    ],
)
def test_denying_self_harm_is_not_a_risk(text: str, language: str) -> None:
    assert not read(text, language).has(Intent.SELF_HARM_RISK)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("再逼我我就去死", "zh_Hans"),
        ("我不想活了", "zh_Hans"),
        ("I don't want to live anymore", "en"),
        ("my wife says she wants to die because of you people", "en"),
        ("我太太說她不想活了", "zh_Hant"),
    ],
)
def test_self_harm_is_reported_even_when_phrased_with_a_negation_or_by_someone_else(
    text: str, language: str
) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.SELF_HARM_RISK


def test_stop_charging_me_interest_is_a_dispute_not_an_opt_out() -> None:
    reading = read("stop charging me interest", "en")
    assert not reading.has(Intent.OPT_OUT)
    assert reading.intent is Intent.DISPUTE_AMOUNT


def test_stop_on_its_own_is_an_opt_out() -> None:
    assert read("STOP", "en").intent is Intent.OPT_OUT


def test_a_threat_reported_from_someone_else_is_not_abuse_by_the_debtor() -> None:
    reading = read("my brother told me he'd call the police", "en")
    assert not reading.has(Intent.ABUSE)
    assert any(cue.suppressed == "quoted" for cue in reading.cues)


def test_a_threat_by_the_debtor_is_abuse() -> None:
    assert read("call again and I'll kill you", "en").intent is Intent.ABUSE


def test_a_threat_in_quotation_marks_is_not_the_debtors() -> None:
    reading = read("他在群里发了「我要砍你们」，不是我说的", "zh_Hans")
    assert not reading.has(Intent.ABUSE)


def test_a_reported_chinese_threat_is_not_abuse_but_the_promise_counts() -> None:
    reading = read("我哥说他要去砍你们，我拦着呢，钱我会还", "zh_Hans")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert not reading.has(Intent.ABUSE)


def test_a_chinese_a_not_a_question_is_not_a_negation() -> None:
    assert read("能不能分期", "zh_Hans").intent is Intent.COUNTER_OFFER
    assert read("能不能让真人来跟我谈", "zh_Hans").intent is Intent.REQUEST_HUMAN


def test_disagreeing_is_a_refusal_not_an_agreement() -> None:
    assert read("不同意", "zh_Hans").intent is Intent.DECLINE
    assert read("I don't agree to that", "en").intent is Intent.DECLINE


@pytest.mark.parametrize(
    ("text", "language"),
    [("嗯……", "zh_Hans"), ("嗯。。。", "zh_Hant"), ("hmm...", "en"), ("umm…", "en")],
)
def test_a_sound_trailing_off_is_hesitation_not_agreement(text: str, language: str) -> None:
    # At the confirmation step a "yes" records consent: "嗯……" must not be read as one.
    reading = read(text, language)
    assert reading.intent is Intent.UNKNOWN
    assert [cue.suppressed for cue in reading.cues] == ["hesitant"]


@pytest.mark.parametrize(("text", "language"), [("嗯", "zh_Hans"), ("嗯嗯～", "zh_Hans")])
def test_the_same_sound_said_plainly_is_a_yes(text: str, language: str) -> None:
    assert read(text, language).intent is Intent.AGREE
