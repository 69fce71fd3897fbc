"""Lexicons v28: the safety families blind24's misses showed (read after blind25 was committed
sealed), in other words than the corpus messages, with look-alikes that must keep their
reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "you've reached a dental office, no one here named Kevin", Intent.DISPUTE_NOT_MINE),
        ("en", "that card was my ex-wife's. I had nothing to do with it", Intent.DISPUTE_NOT_MINE),
        ("en", "my son gets his mail sent to our house, it's his loan", Intent.DISPUTE_NOT_MINE),
        ("en", "I disagree with the amount, explain how you got to it", Intent.DISPUTE_AMOUNT),
        ("en", "paid for a year and I still owe the same amount??", Intent.DISPUTE_AMOUNT),
        ("en", "it should only be 450, not 900", Intent.DISPUTE_AMOUNT),
        ("en", "we have a debt counsellor now, speak to my advisor, not me", Intent.OPT_OUT),
        ("zh_Hans", "昨晚割了手腕，现在没心情谈钱", Intent.SELF_HARM_RISK),
        ("zh_Hans", "狗狗交给我妹了，手机号月底就注销", Intent.SELF_HARM_RISK),
    ],
)
def test_safety_families_v28(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "she has nothing to do with this account, stop calling her",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("en", "I should be able to pay 300, not sure about 500", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "手机号换了，新号码发给你", Intent.SELF_HARM_RISK),
        ("zh_Hans", "猫托给朋友了，出差一周", Intent.SELF_HARM_RISK),
    ],
)
def test_look_alikes_v28(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_a_lawyer_named_keeps_the_legal_reading() -> None:
    reading = read("talk to my lawyer, not me. dont text this number again", "en")

    assert Intent.LEGAL_REPRESENTATION in reading.signals


def test_the_debtor_sent_to_their_lawyer_is_an_opt_out_beside_the_representation() -> None:
    # v28 read "talk to my lawyer, not me" as no opt-out; since v65 the contact sent to the
    # representative is one, beside the representation, as v61's settled convention reads it
    # (tests/nlu_corpus/README.md, "Labelling conventions")
    assert_kept_beside(
        "talk to my lawyer, not me", "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT
    )


def test_the_debt_driving_me_to_death_is_a_figure_and_you_driving_me_is_not() -> None:
    assert Intent.SELF_HARM_RISK not in read("这些债真的逼死我了，没钱就是没钱").signals
    assert Intent.SELF_HARM_RISK in read("你们是要逼死我吗").signals


def test_a_farewell_from_the_models_beside_an_opt_out_keeps_the_opt_out() -> None:
    reading = read("enough. dont want to hear from you again, not here not anywhere", "en")

    assert reading.intent is Intent.OPT_OUT
