"""The interpreter as the dialog engine sees it: signals, cues, confidence, robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator.domain.policy import HardshipReason
from negotiator.errors import DomainError
from negotiator.nlu.interpretation import INTENT_PRIORITY, SAFETY_INTENTS, Intent
from tests.unit.nlu.support import TODAY, interpreter, read

LANGUAGES = st.sampled_from(["zh_Hans", "zh_Hant", "en"])


def test_a_hardship_reason_and_a_counter_offer_are_both_kept() -> None:
    reading = read("失业了，每月只能还200元", "zh_Hans")
    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.has(Intent.HARDSHIP)
    assert reading.reason is HardshipReason.UNEMPLOYMENT


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I'm out of hospital now. What are my options for paying?", Intent.ASK_QUESTION),
        ("zh_Hans", "他在住院，他还欠多少", Intent.ASK_BALANCE),
        ("zh_Hant", "我啱啱出院，仲欠幾多", Intent.ASK_BALANCE),
    ],
)
def test_a_cause_told_on_the_way_to_a_question_leaves_the_question_the_intent(
    language: str, text: str, intent: Intent
) -> None:
    reading = read(text, language)
    assert reading.intent is intent
    assert reading.has(Intent.HARDSHIP)
    assert reading.reason is HardshipReason.ILLNESS


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I was in hospital for a month and can't pay. What are my options?"),
        ("en", "I have Parkinson's and had to stop working. I don't know how to pay this"),
        ("zh_Hans", "今天不行，我在我爸的葬礼上"),
    ],
)
def test_a_cause_beside_a_plea_a_refusal_or_no_question_stays_hardship(
    language: str, text: str
) -> None:
    assert read(text, language).intent is Intent.HARDSHIP


def test_a_safety_signal_is_reported_even_when_another_intent_wins() -> None:
    reading = read("wrong number, I'm not John. stop calling", "en")
    assert reading.intent is Intent.DISPUTE_NOT_MINE
    assert Intent.OPT_OUT in reading.safety_signals


def test_cues_say_which_lexicon_entry_matched() -> None:
    reading = read("请不要再打电话给我", "zh_Hans")
    assert reading.intent is Intent.OPT_OUT
    assert any(cue.rule.startswith("zh_Hans.opt_out.") for cue in reading.cues)


def test_json_output_has_the_keys_users_rely_on() -> None:
    data = read("每个月还500块行不行？", "zh_Hans").to_json_dict()
    for key in ("intent", "signals", "reason", "amount", "currency", "per", "date"):
        assert key in data
    assert (data["intent"], data["amount"], data["currency"], data["per"]) == (
        "counter_offer",
        "500",
        "CNY",
        "month",
    )
    assert 0 < data["confidence"] <= 1
    assert data["cues"]


def test_nothing_recognisable_is_unknown_with_no_confidence() -> None:
    reading = read("今天天气不错", "zh_Hans")
    assert reading.intent is Intent.UNKNOWN
    assert reading.signals == ()
    assert reading.confidence == 0


def test_a_language_negotiator_does_not_speak_is_refused() -> None:
    with pytest.raises(DomainError, match="unsupported language"):
        interpreter().interpret("bonjour", "fr", today=TODAY)


def test_a_5000_character_message_with_a_late_safety_cue_is_still_caught() -> None:
    text = "😀今天真的很烦 " * 700 + "我不想活了"
    assert len(text) > 5000
    assert read(text, "zh_Hans").has(Intent.SELF_HARM_RISK)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), LANGUAGES)
def test_the_interpreter_never_raises_on_arbitrary_text(text: str, language: str) -> None:
    reading = interpreter().interpret(text, language, today=TODAY)
    assert 0 <= reading.confidence <= 1
    assert list(reading.signals) == [i for i in INTENT_PRIORITY if i in reading.signals]
    if reading.intent is not Intent.UNKNOWN:
        assert reading.intent is reading.signals[0]


@settings(max_examples=20, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("还钱不想活了stop 我 ?!123五百万😀🙏\n，。「」\"'"),
        min_size=10,
        max_size=200,
    ),
    LANGUAGES,
)
def test_long_messages_full_of_emoji_and_cues_never_raise(piece: str, language: str) -> None:
    text = (piece * (5000 // len(piece) + 1))[:5200]
    reading = interpreter().interpret(text, language, today=TODAY)
    assert set(reading.safety_signals) <= SAFETY_INTENTS
