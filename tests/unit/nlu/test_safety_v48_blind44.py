"""Lexicons v48, blind44's safety misses (health, care and age), in other words than blind44's:
no contact wanted from the creditor, a balance said to be wrong or a sum not owed, a payment not
credited, a fee to be taken off; pills kept and counted, no more years of this, treatment given
up and going welcomed; a supervisor asked to step in; the STOP keyword of a text message."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I don't want any contact from your lot, I'm in respite care", Intent.OPT_OUT),
        ("en", "there's 40 on here that should not be there", Intent.DISPUTE_AMOUNT),
        ("en", "the figure you've got is incorrect", Intent.DISPUTE_AMOUNT),
        ("en", "i dont owe £900, never did", Intent.DISPUTE_AMOUNT),
        ("en", "you've only credited half of what I sent", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "charging interest while I was in a coma is wrong. knock it off",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "my tablets are in the drawer and I've been counting them every night",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I cannot face another winter of this", Intent.SELF_HARM_RISK),
        ("zh_Hans", "化疗太贵，不想再治了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "早啲走咗仲好", Intent.SELF_HARM_RISK),
        ("zh_Hans", "要你們負責人出嚟同我傾", Intent.REQUEST_HUMAN),
        ("zh_Hant", "我回覆STOP了", Intent.OPT_OUT),
    ],
)
def test_what_blind44_missed_is_read_in_other_words_v48(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "that was a full stop.", Intent.OPT_OUT),
        ("en", "I don't want any contact lenses, just the bill sorted", Intent.OPT_OUT),
        ("en", "I don't owe much now, about 200 left?", Intent.DISPUTE_AMOUNT),
        ("en", "I keep counting the days till my pension", Intent.SELF_HARM_RISK),
        ("zh_Hans", "不想再拖了，这个月还清", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_are_not_read_so_v48(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)
