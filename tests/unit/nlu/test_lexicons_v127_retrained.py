"""Lexicons v127, with the models retrained on blind101 and blind102: the two ordinary messages the
retrained n-gram model read as warning signs through an evidence word (a former resident's "used
to live here", the insult "get a life") are figures of speech in words; each with its look-alikes."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read, read_as_figure_of_speech


@pytest.mark.parametrize(
    "text",
    [
        "This is my son's debt not mine. He used to live here but moved to Leeds two years ago.",
        "This debt belongs to my brother, he used to live at this address. I'm not him.",
    ],
)
def test_a_former_resident_is_no_warning_sign_v127(text: str) -> None:
    reading = read_as_figure_of_speech(text, "en", "_v127")
    assert Intent.SELF_HARM_RISK not in reading.signals
    assert reading.intent is Intent.DISPUTE_NOT_MINE


@pytest.mark.parametrize(
    "text",
    [
        "oh wow ANOTHER text. you must really love me. get a life you sad muppets",
        "You absolute leeches, texting me the week before Thanksgiving. Get a life.",
    ],
)
def test_get_a_life_is_an_insult_not_a_warning_sign_v127(text: str) -> None:
    reading = read_as_figure_of_speech(text, "en", "_v127")
    assert Intent.SELF_HARM_RISK not in reading.signals
    assert reading.intent is Intent.ABUSE


@pytest.mark.parametrize(
    "text",
    [
        "my brother used to live here and I have nothing to live for anymore",
        "I don't want to live like this, get a life they say, what life",
    ],
)
def test_a_warning_sign_beside_the_figures_is_still_read_v127(text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, "en").signals
