"""Lexicons v71, with the models retrained on blind61 to blind63: what the retraining read
differently, put in words in other wordings — a threat to come to the office in person if a
relative is called again (abuse, with the contact refused as a secondary opt-out), and a hit (命中)
and money that lasts till payday, which are no warning signs."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    "text",
    [
        "ring my dad again and I'll come round to your office myself",
        "text my sister one more time and I'll come down to your branch in person",
        "phone my boss again and I'll show up at your head office personally",
    ],
)
def test_coming_to_the_office_in_person_if_contacted_again_is_a_threat_v71(text: str) -> None:
    assert lexicon_said(text, "en", Intent.ABUSE), text
    assert_kept_beside(text, "en", Intent.ABUSE, Intent.OPT_OUT)


@pytest.mark.parametrize(
    "text",
    [
        "I can be at your branch in person on monday with the cash",
        "my mum wants to come to your office in person to pay it for me",
        "can I come to your branch in person and pay cash?",
    ],
)
def test_coming_to_the_office_to_pay_is_no_threat_v71(text: str) -> None:
    assert Intent.ABUSE not in read(text, "en").signals, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "买了几注彩票，不知道这次有没有命中"),
        ("zh_Hant", "熬到發工資就夠了，下個月再還多啲"),
    ],
)
def test_a_hit_and_money_that_lasts_are_figures_of_speech_v71(language: str, text: str) -> None:
    reading = read_as_figure_of_speech(text, language, "_v71")

    assert Intent.SELF_HARM_RISK not in reading.signals
