"""Lexicons v100, written with the retraining on blind83 and blind84: what the retrained n-gram
model began to read falsely as a warning sign is kept out (a thing that "just died" and a phone
that is dead are figures of speech; ``model_evidence``'s "meds", "matter", "can't take", "roof"
and "around" count only in their despair's or their means' forms), and what the retrained models
no longer read is said in words (a condition put before agreeing is no agreement; "swear on my
mother" closing a day promises; the rate asked keeps the models from a dispute)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the retrained n-gram model read a warning sign in each (training files' words, reworded)
        ("en", "the market stall is finished. gave it three years and it just died on me"),
        ("en", "sorry, my phone's dead most of the day at work, thanks for being patient"),
        ("en", "her inhaler went up again, it's her meds or your bill this month"),
        ("en", "My solicitor is handling the matter now and will write to you on my behalf."),
        ("en", "please don't put me through, I can't take a call at work, just text the figure"),
        ("en", "A branch came through the roof in the gales and the insurer is dragging its feet"),
        (
            "en",
            "so my van broke down and my hours got cut but I get paid on the 28th and I'll send "
            "probably around £60 then, just don't want you thinking I'm ignoring it",
        ),
    ],
)
def test_ordinary_words_no_longer_let_a_model_read_a_warning_sign_v100(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the same words in their despair's or means' forms still let the models read one
        ("en", "I've been saving up my meds. it won't matter soon what I owe"),
        ("en", "stood on the car park roof for an hour last night, I can't take it anymore"),
        ("en", "don't think I'll be around long enough for any of this to matter"),
        ("en", "it just died inside me, all of it, and I've written letters to my kids"),
    ],
)
def test_warning_signs_beside_the_narrowed_words_stay_warning_signs_v100(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals, text


def test_a_condition_put_before_agreeing_is_no_agreement_v100() -> None:
    reading = read(
        "these charges have tripled in a year, I want every fee explained before I agree to "
        "anything",
        "en",
    )
    assert reading.intent is not Intent.AGREE
    assert Intent.AGREE not in reading.signals


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("你们的月利率是多少", Intent.ASK_QUESTION),
        ("想问下息率系几多", Intent.ASK_QUESTION),
        ("年化利率是多少？怎么会多收我这么多", Intent.DISPUTE_AMOUNT),
    ],
)
def test_the_rate_asked_is_no_dispute_unless_one_is_said_v100(text: str, intent: Intent) -> None:
    assert read(text, "zh_Hans").intent is intent


@pytest.mark.parametrize(
    "text", ["in 2 days. swear on my life", "friday, swear on my kids", "Monday. I swear to God"]
)
def test_a_day_closed_by_an_oath_promises_v100(text: str) -> None:
    assert read(text, "en").intent is Intent.PROMISE_TO_PAY
