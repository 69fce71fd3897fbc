"""Lexicons v130, fitted on blind105 after its one run: its seven safety misses said in words (not
knowing how much longer one will be around, a pet given to the family, the debts taken along, a
card in another's sole name, interest "stuck on", a promise of no more interest broken, a Hokkien
"how can so much still be owed") and a false warning sign (livestock frozen to death); each with
its look-alikes."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


def test_not_knowing_how_much_longer_one_will_be_around_is_a_warning_sign_v130() -> None:
    text = (
        "I can put 20 a week towards it but honestly I don't know how much longer I'll be "
        "around. Don't think I want to be."
    )
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v130")
    assert_kept_beside(text, "en", Intent.SELF_HARM_RISK, Intent.COUNTER_OFFER)


def test_how_much_longer_a_job_lasts_is_none_v130() -> None:
    assert_not_said_by(
        "don't know how much longer the contract will last, 50 a week ok?", "en", "_v130"
    )


def test_a_pet_given_to_the_family_is_a_warning_sign_v130() -> None:
    text = (
        "I've given the dog to my sister and the van's gone to my nephew. There's nothing left "
        "for you to take off me. Doesn't matter now anyway."
    )
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v130")


@pytest.mark.parametrize(
    "text",
    ["I've given the car to my son to sell, I'll pay you from that", "gave the dog a bath lol"],
)
def test_a_car_to_sell_or_a_dogs_bath_is_none_v130(text: str) -> None:
    assert_not_said_by(text, "en", "_v130")


def test_taking_the_debts_along_is_a_warning_sign_v130() -> None:
    text = "先讓我分期，每期三千，不然我真的會帶著這些債一起走"
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v130")
    assert_kept_beside(text, "zh_Hant", Intent.SELF_HARM_RISK, Intent.COUNTER_OFFER)


def test_livestock_frozen_to_death_is_no_warning_sign_v130() -> None:
    text = "我老家在阿里，今年雪灾冻死了好多牛羊，收入全没了，这个月还不了"
    reading = read_as_figure_of_speech(text, "zh_Hans", "_v130")
    assert Intent.SELF_HARM_RISK not in reading.signals
    assert reading.intent is Intent.HARDSHIP


def test_dying_oneself_beside_livestock_is_still_read_v130() -> None:
    reading = read("牛羊都冻死了，我也不想活了", "zh_Hans")
    assert Intent.SELF_HARM_RISK in reading.signals


def test_a_card_in_anothers_sole_name_is_a_denial_v130() -> None:
    text = (
        "That was my late husband's credit card, in his sole name. I am not liable for it and I "
        "won't be paying it."
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_NOT_MINE, "_v130")


def test_interest_stuck_on_is_a_disputed_amount_v130() -> None:
    text = (
        "I'm not suicidal or anything so don't panic, I'm just livid about how much interest "
        "you've stuck on this"
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v130")
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hant", "上次電話裡你們同事明明答應不再加利息，錄音我有"),
        ("zh_Hant", "阮攏有照起工繳，哪會閣欠遐爾濟？"),
    ],
)
def test_a_broken_promise_and_a_hokkien_question_are_disputed_amounts_v130(
    language: str, text: str
) -> None:
    assert_read_in_words(text, language, Intent.DISPUTE_AMOUNT, "_v130")


def test_asking_for_no_more_interest_is_none_v130() -> None:
    assert_not_said_by("能不能答应我不再加利息，我每个月还500", "zh_Hans", "_v130")


@pytest.mark.parametrize(
    "text",
    [
        "I owe the original balance, fine, but not the 300 in fees you've piled on top of it. "
        "Take those off and I'll pay what's fair.",
        "I owe the loan, fair enough, but I'm not paying the 600 quid in charges you've stuck on top",
    ],
)
def test_older_charges_piled_on_take_the_intent_v130(text: str) -> None:
    # blind81's and blind93's, which v130 mended: the dispute, not the offer or the refusal
    assert read(text, "en").intent is Intent.DISPUTE_AMOUNT
