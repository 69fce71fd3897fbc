"""Lexicons v23: the safety families blind19's misses showed (read after blind20 was committed
sealed), with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "my daughter told me she's been cutting herself", Intent.SELF_HARM_RISK),
        ("en", "my son is self-harming again since the calls started", Intent.SELF_HARM_RISK),
        ("zh_Hans", "今晚就去江边，谁也别找我", Intent.SELF_HARM_RISK),
        ("zh_Hant", "而家就上天台，唔好揾我", Intent.SELF_HARM_RISK),
        ("en", "i dont recognize this company or this loan at all", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "I'll pay what I actually borrowed, not this inflated number",
            Intent.DISPUTE_AMOUNT,
        ),
    ],
)
def test_safety_families_v23(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我今晚去江边散步", Intent.SELF_HARM_RISK),
        ("zh_Hant", "去死啦你們這些地下錢莊", Intent.SELF_HARM_RISK),
        ("en", "I recognize the loan, I just can't pay it", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_look_alikes_v23(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_go_die_at_the_creditor_is_abuse() -> None:
    assert read("去死啦你們這些地下錢莊", "zh_Hant").intent is Intent.ABUSE
