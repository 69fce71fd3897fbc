"""Lexicons v124, with the models retrained on blind97 to blind100: what the retrained models no
longer read, said in words (a loan taken out in another's own name, not on the account and not
liable, a fee that should never have been added, the complaint's ombudsman outside v118's span);
each with its look-alikes."""

from __future__ import annotations

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
)


def test_a_loan_taken_out_in_an_exs_own_name_is_a_denial_v124() -> None:
    text = (
        "My ex-wife took out the car finance in her own name after we split in 2023. Why is this "
        "coming to me?"
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_NOT_MINE, "_v124")


def test_a_loan_taken_out_in_ones_own_name_is_none_v124() -> None:
    assert_not_said_by("I took out the loan in my own name, I'll pay it", "en", "_v124")


def test_not_on_the_card_and_not_liable_is_a_denial_v124() -> None:
    text = "this was my late mother's credit card and I was not on it, I'm not responsible for it"
    assert_read_in_words(text, "en", Intent.DISPUTE_NOT_MINE, "_v124")


def test_not_on_shift_and_not_responsible_for_a_delay_is_none_v124() -> None:
    assert_not_said_by("I'm not on it today, I'm not responsible for the delay", "en", "_v124")


def test_a_fee_that_should_never_have_been_added_is_a_dispute_beside_the_promise_v124() -> None:
    text = (
        "Take the £85 default fee off, it should never have been added, and I'll clear the lot on "
        "Friday."
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v124")
    assert_kept_beside(text, "en", Intent.DISPUTE_AMOUNT, Intent.PROMISE_TO_PAY)


def test_a_payment_that_should_have_been_added_is_none_v124() -> None:
    text = "the payment should have been added to my account by now"
    assert_not_said_by(text, "en", "_v124")


def test_charges_taken_to_the_ombudsman_keep_the_complaint_in_words_v124() -> None:
    text = "I'm taking these charges to the Financial Ombudsman."
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v118")
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "complaint")
    assert read(text, "en").intent is Intent.DISPUTE_AMOUNT


def test_how_a_dispute_works_asked_keeps_the_models_off_the_dispute_v124() -> None:
    # v29's question of how to dispute a bill: the retrained n-gram model read it as a dispute
    reading = read("假如账单算错了，该找谁核实", "zh_Hans")
    assert reading.intent is Intent.ASK_QUESTION
    assert Intent.DISPUTE_AMOUNT not in reading.signals


def test_a_bill_said_to_be_wrong_stays_a_dispute_v124() -> None:
    assert_read_in_words("账单算错了，我要申诉", "zh_Hans", Intent.DISPUTE_AMOUNT)
