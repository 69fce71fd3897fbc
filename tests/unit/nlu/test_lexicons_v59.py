"""Lexicons v59: the models retrained with blind53 to blind55, and the two models' agreement on a
safety intent no evidence word supports raised to 0.9 for the n-gram model
(``nlu/corroboration.py``). The one safety label of the readable files that bar lost, a
supervisor's name asked for, is read in words."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read


@pytest.mark.parametrize(
    "text",
    [
        "give me your manager's name",
        "what's your supervisor's direct line",
        "I need the team leader's email, this has gone on long enough",
        "can you send me your boss's contact details",
    ],
)
def test_someone_senior_asked_for_by_name_or_number_v59(text: str) -> None:
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "_v59")


@pytest.mark.parametrize(
    "text",
    [
        "my manager's name is on the payslip",
        "my boss's number is in my phone, he can confirm I was off sick",
    ],
)
def test_the_debtors_own_manager_named_is_no_request_v59(text: str) -> None:
    assert Intent.REQUEST_HUMAN not in read(text, "en").signals


@pytest.mark.parametrize(
    "text",
    [
        "I won't be anywhere near a laptop till Monday",
        "our takings are maybe half what they used to be",
    ],
)
def test_plain_sentences_the_retrained_models_agreed_on_are_no_warning_sign_v59(
    text: str,
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals
