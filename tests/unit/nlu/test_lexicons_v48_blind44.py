"""Lexicons v48, fitted on blind44 (health, care and age) beyond its safety misses, in other words
than blind44's: pension and benefit days are paydays (after_payday, or the day when one is named);
someone getting into a relative's card or banking, a forged signature and an account stolen while
the debtor was away are identity theft; curses at the collector are abuse."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll clear the arrears once my universal credit comes in"),
        ("en", "will send it when my state pension lands"),
        ("en", "can pay when my sick pay comes through"),
        ("zh_Hans", "养老金到账了我就转给你"),
        ("zh_Hans", "等低保下来再还吧"),
        ("zh_Hant", "出生果金我就還"),
    ],
)
def test_pension_and_benefit_days_are_paydays_v48(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.date is not None, text
    assert reading.date.relative_to_payday, text


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "somebody got into my dad's bank account while he was in the home",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("en", "they forged my signature on the agreement", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "我住院期间支付宝被人盗刷了", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "hope your whole company burns", Intent.ABUSE),
        ("zh_Hant", "你哋呢班人不得好死", Intent.ABUSE),
    ],
)
def test_what_blind44_missed_is_read_in_other_words_v48(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "my pension is too small to live on", Intent.PROMISE_TO_PAY),
        ("en", "I hope you have a good weekend", Intent.ABUSE),
    ],
)
def test_their_look_alikes_are_not_read_so_v48(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)
