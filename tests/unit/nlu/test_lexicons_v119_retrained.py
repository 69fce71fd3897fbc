"""Lexicons v119, written with the retraining on blind94 to blind96: what the retrained n-gram
model read as warning signs is kept out in words — a transfer set up "tonight" (blind29), a card
had "all my life" (blind38), Afrikaans' "die saak" inside an attorney's "hy handle die saak"
(blind88) — while the warning signs those words also carry stay read."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    "text",
    [
        "What I can do is $130 a month, on the 28th. If that's ok I'll set up the transfer tonight.",
        "ok I'll make the payment tonight after work",
    ],
)
def test_a_payment_made_tonight_is_no_warning_sign_v119(text: str) -> None:
    reading = read_as_figure_of_speech(text, "en", "_v119")
    assert Intent.SELF_HARM_RISK not in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "After tonight none of this will be my problem. Tell whoever reads these that I'm sorry.",
        "cutting again tonight bc of this. whatever",
    ],
)
def test_tonight_in_a_warning_sign_stays_one_v119(text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, "en").signals


def test_a_card_had_all_my_life_is_no_warning_sign_v119() -> None:
    text = "I've had a Barclays card all my life and nothing else. Whoever Fastcash Ltd is, I've never dealt with them."
    reading = read_as_figure_of_speech(text, "en", "_v119")
    assert reading.intent is Intent.DISPUTE_NOT_MINE
    assert Intent.SELF_HARM_RISK not in reading.signals


def test_a_life_had_enough_of_stays_a_warning_sign_v119() -> None:
    text = "I've had enough of my life, all my life it's been one debt after another"
    assert Intent.SELF_HARM_RISK in read(text, "en").signals


def test_an_afrikaans_attorney_handling_the_matter_is_no_warning_sign_v119() -> None:
    text = "Praat met my prokureur, Mr Adams in Wynberg. Hy handle die saak nou. Moenie my weer bel nie."
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals


def test_he_handles_the_matter_in_afrikaans_stays_representation_v119() -> None:
    assert_read_in_words("Hy handle die saak nou.", "en", Intent.LEGAL_REPRESENTATION, "_v107")
