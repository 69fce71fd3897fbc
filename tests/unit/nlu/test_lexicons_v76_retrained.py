"""Lexicons v76: what the retraining with blind66 stopped reading, put back in words and in other
words than the corpus's — a threat's condition with a place between ("one more call to my
mum's house and …"), waiting outside the office as a threat, 包你唔会好过, and this month's
instalment paid in Cantonese — with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "one more text to my sister at work and I'll be waiting outside your office"),
        ("en", "ring my dad again and we'll be waiting for you at your branch"),
        ("zh_Hant", "再打去我公司，我包你唔會好過"),
        ("zh_Hans", "再骚扰我爸妈，我保证你们没好日子过"),
    ],
)
def test_threats_and_their_conditions_are_read_in_words_v76(language: str, text: str) -> None:
    assert_kept_beside(text, language, Intent.ABUSE, Intent.OPT_OUT)
    assert lexicon_said(text, language, Intent.OPT_OUT), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll be waiting outside your branch at 9 to pay in cash"),
        ("zh_Hans", "我知道你们也不好过，我尽量月底前还"),
    ],
)
def test_a_visit_to_pay_and_sympathy_are_no_threat_v76(language: str, text: str) -> None:
    assert not lexicon_said(text, language, Intent.ABUSE), text


def test_this_months_instalment_paid_is_read_and_asked_is_not_v76() -> None:
    assert lexicon_said("今個月供咗喇，唔該", "zh_Hant", Intent.ALREADY_PAID)
    assert Intent.ALREADY_PAID not in read("今個月供咗未？", "zh_Hant").signals
