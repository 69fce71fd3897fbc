"""Lexicons v97, written with the retraining on blind80 to blind82: what the retrained models no
longer read is said in words (no one left to chase, a barrister who has taken the case on,
accounts on a credit file never seen, a debt denied with a double negative), and what the n-gram
model began to read falsely is kept out ("I'd kill for", "nearly died when I opened the letter"
as figures of speech; a warning sign's evidence word "give up" only as despair's, an opt-out's
"phone" only as contact's)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "过两天就没人要你们催了，谢谢", Intent.SELF_HARM_RISK),
        ("zh_Hant", "多謝你哋咁耐以嚟嘅耐性，好快就冇人要你哋追喇", Intent.SELF_HARM_RISK),
        ("en", "i aint never had no loan with yall, wrong number", Intent.DISPUTE_NOT_MINE),
        ("en", "I don't owe no one nothing, so quit it", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "My brother is a solicitor and he has taken the case on, so hold off",
            Intent.LEGAL_REPRESENTATION,
        ),
        (
            "en",
            "his chambers are going to be in touch about the account",
            Intent.LEGAL_REPRESENTATION,
        ),
        (
            "en",
            "checked my credit report last night, two loans on there I have never heard of",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
    ],
)
def test_what_the_retrained_models_no_longer_read_is_said_in_words_v97(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # blind49's, blind67's and blind74's (training files): the retrained n-gram model read a
        # warning sign in each
        (
            "en",
            "I'd kill for an app that actually remembers my payee details. anyway, the 90's been "
            "transferred",
        ),
        ("en", "I nearly died when I opened the envelope lol. what's the actual payoff figure?"),
        (
            "en",
            "My son's been in and out of A&E with his asthma and I've had to give up work to look "
            "after him",
        ),
        ("en", "Had to give up work to look after my wife after her operation"),
    ],
)
def test_ordinary_words_no_longer_let_a_model_read_a_warning_sign_v97(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # test_self_harm_families' negation: the retrained meaning model read an opt-out in it
        ("en", "I'm not going to hurt myself over a phone bill, chill"),
        ("en", "lol not gonna off myself over a phone bill relax. can i split it into 3 payments"),
    ],
)
def test_a_phone_bill_no_longer_lets_a_model_read_an_opt_out_v97(language: str, text: str) -> None:
    assert Intent.OPT_OUT not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a near death that was one's own doing is no figure of speech
        ("en", "I nearly died when I took all those pills last year"),
        ("en", "some days I just want to give up on everything"),
    ],
)
def test_warning_signs_beside_the_new_figures_stay_warning_signs_v97(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "很快就没人需要催我了，下周一次还清", Intent.SELF_HARM_RISK),
        (
            "en",
            "we never had no heating with you lot last winter, the boiler was broke",
            Intent.DISPUTE_NOT_MINE,
        ),
        (
            "en",
            "my cousin is a barrister and she has taken up running, anyway here is the 50",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "I've taken this on myself, no need for a lawyer", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_their_look_alikes_are_not_said_in_words_v97(
    language: str, text: str, intent: Intent
) -> None:
    assert not lexicon_said(text, language, intent), text
