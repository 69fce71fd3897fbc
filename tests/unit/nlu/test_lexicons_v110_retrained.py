"""Lexicons v110, written with the retraining on blind88 and blind89: what the retrained models no
longer read is said in words (a lethal amount looked up as "how many … it would take"; the one
named asked about and denied, "Who is Kevin? I'm not Kevin"), and ``model_evidence``'s "live"
counts only in living's forms, so "she doesn't live here anymore" gives a model no warning sign
to add."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, interpreter, read


@pytest.mark.parametrize(
    "text",
    [
        "searched how many sleeping pills it'd take. anyway can I do 200 friday",
        "I keep checking how much insulin it would take, sorry, ignore me. what's my balance",
        "looked up how many tablets it will take last night",
    ],
)
def test_a_lethal_amount_looked_up_is_a_warning_sign_v110(text: str) -> None:
    # (v34's entry, its verbs widened in v110)
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v34")


@pytest.mark.parametrize(
    "text",
    [
        "how many payments would it take to clear it?",
        "how much would it take to settle today",
    ],
)
def test_payments_counted_are_no_lethal_amount_v110(text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals


@pytest.mark.parametrize(
    "text",
    [
        "Who's Darren? I'm not Darren. Take this number off your list",
        "who is mrs okafor?? i am not okafor",
        "I'm not Priya so stop chasing me for Priya's loan",
    ],
)
def test_the_one_named_denied_is_not_my_debt_v110(text: str) -> None:
    assert_read_in_words(text, "en", Intent.DISPUTE_NOT_MINE, "_v110")


def test_the_stop_after_the_name_denied_keeps_its_words_v110() -> None:
    reading = read("Who is Kevin? I'm not Kevin. Stop texting me about Kevin's debt.", "en")
    assert reading.intent is Intent.DISPUTE_NOT_MINE
    assert Intent.OPT_OUT in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure who is paying John's loan now",
        "who is this? I'm not paying until I know",
    ],
)
def test_a_name_not_denied_is_no_denial_in_words_v110(text: str) -> None:
    assert not any(c.rule.endswith("not_the_one_named_v110") for c in read(text, "en").cues)


def _gives_evidence(text: str) -> bool:
    it = interpreter()
    return Intent.SELF_HARM_RISK not in it.unsupported(it.normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "Whoever she is, she doesn't live here",
        "we live in a caravan now, can I pay weekly",
        "my ex said she'd tell you where I live",
    ],
)
def test_where_someone_lives_is_no_evidence_of_a_warning_sign_v110(text: str) -> None:
    assert not _gives_evidence(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live",
        "nothing left to live for",
        "I can't live like this",
        "he says he won't live through another winter of this",
        "我 really 不想 live 了",  # (blind42's code-switched Chinese)
    ],
)
def test_living_s_forms_stay_evidence_v110(text: str) -> None:
    assert _gives_evidence(text)
