"""Lexicons v33, safety: blind29's two safety misses and one reading they led to — a stranger
named as the one asked for, taken off the list in Cantonese, knowing no way out — in other words
than the corpus messages, with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I don't know any Daniel Okafor. wrong number", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "dont know anyone named Sarah here, you have the wrong guy",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("zh_Hant", "幫我喺名單嗰度刪走，唔該", Intent.OPT_OUT),
        ("zh_Hant", "唔好再講，將我個名喺你哋名單度剔走", Intent.OPT_OUT),
        ("en", "honestly I can't think of any way out anymore", Intent.SELF_HARM_RISK),
        ("en", "i dont know any way out of this mess", Intent.SELF_HARM_RISK),
    ],
)
def test_safety_families_v33(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # "know any" followed by things, not a person's two names
        ("en", "I don't know any other way to pay this", Intent.DISPUTE_NOT_MINE),
        ("en", "i dont know any lawyer who would take this", Intent.DISPUTE_NOT_MINE),
        # a way out that was found
        ("en", "I found a way out, I'll pay it off friday", Intent.SELF_HARM_RISK),
    ],
)
def test_look_alikes_keep_their_reading_v33(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_talking_it_over_at_home_asks_for_no_one_v33() -> None:
    """The meaning model retrained with blind29 read a debtor's talk with their family before
    answering as a request for a person; one asked for beside it still is one."""
    assert Intent.REQUEST_HUMAN not in read("我要同屋企人倾下先，迟啲覆你", "zh_Hant").signals
    assert Intent.REQUEST_HUMAN not in read("等我和老婆商量一下再说", "zh_Hans").signals
    both = read("我跟我老婆商量一下，叫你们经理打给我", "zh_Hans")
    assert both.intent is Intent.REQUEST_HUMAN


def test_patterns_see_cantonese_characters_as_the_text_does() -> None:
    """Patterns are matched against folded text (捱 is 挨 there, 嗰 is 𠮶): a Traditional or
    Cantonese character written in a pattern is folded with it, or the branch it stands in
    could never match. "唔知自己仲可以捱幾耐" was self-harm by the n-gram model's guess alone."""
    assert lexicon_said("唔知自己仲可以捱幾耐", "zh_Hant", Intent.SELF_HARM_RISK)
    assert lexicon_said("我都唔知仲可以捱几耐", "zh_Hans", Intent.SELF_HARM_RISK)
