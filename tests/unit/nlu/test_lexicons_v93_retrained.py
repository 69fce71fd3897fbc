"""Lexicons v93, written with the retraining on blind76 to blind79: what the retrained models no
longer read is said in words (not being here "to see" the new year, in Jamaican Patois too), and
what the n-gram model began to read falsely is kept out (a warning sign's evidence words "hurt",
"drag" and "rest" only as harm to oneself, a burden or a last rest)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "Mi nah go deh yah fi see next year, so why unu a call mi", Intent.SELF_HARM_RISK),
        ("en", "i aint gonna be here to see xmas", Intent.SELF_HARM_RISK),
        ("en", "mi nah go deh yah fi see mi birthday, unu can stop call", Intent.SELF_HARM_RISK),
    ],
)
def test_what_the_retrained_models_no_longer_read_is_said_in_words_v93(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # blind35's, blind37's and blind52's (training files): the retrained n-gram model read a
        # warning sign in each through "hurt", "dragging" and "rest"
        ("en", "ok, if it won't hurt my credit score any further then yes, go ahead with the plan"),
        (
            "en",
            "Good news for once, I got my bonus. I'd like to clear the whole remaining balance "
            "next Tuesday instead of dragging it out till March.",
        ),
        (
            "en",
            "Long story short: the restaurant failed, the landlord sued us for the rest of the "
            "lease, and on my lawyer's advice I'm filing for bankruptcy next week. Please direct "
            "everything to her from here on.",
        ),
    ],
)
def test_ordinary_words_no_longer_let_a_model_read_a_warning_sign_v93(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "mi nah go deh yah fi see di doctor till Monday", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_stay_as_they_were_v93(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
