"""Lexicons v129, fitted on blind104 after its one run: its seven safety misses said in words
(affairs squared "before I go", medicine kept and not taken, jewellery shared out, creditors sent
through the trustee, the creditor sent to liaise with an adviser, "have somebody phone me", a fee
that "is not on", a charge added and its fairness asked); each with its look-alikes."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
)


def test_all_squared_before_i_go_is_a_warning_sign_v129() -> None:
    text = (
        "I'll send the last £30 on Friday so it's all squared before I go. Already given the car "
        "to my nephew. Nothing else left to sort after that."
    )
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v129")
    assert_kept_beside(text, "en", Intent.SELF_HARM_RISK, Intent.PROMISE_TO_PAY)


@pytest.mark.parametrize(
    "text",
    [
        "I'll get it all sorted before I go abroad on the 3rd",
        "want it squared before I go into hospital next week",
        "I'll have it paid off before I go back to work",
    ],
)
def test_settled_before_a_trip_is_none_v129(text: str) -> None:
    assert_not_said_by(text, "en", "_v129")


def test_medicine_kept_and_jewellery_shared_out_are_warning_signs_v129() -> None:
    text = (
        "這幾天她一直跟我說想去找我爸，還把她的金項鍊、手鐲都分給我們三姊妹，說留著也沒用。"
        "發現她把藥都收在一個袋子裡，一顆都沒吃。拜託先不要再打給她了"
    )
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v129")
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v123")
    assert_kept_beside(text, "zh_Hant", Intent.SELF_HARM_RISK, Intent.OPT_OUT)


@pytest.mark.parametrize("text", ["药都收好了，饭后再吃", "首饰是我妈留给我的，下个月卖了还钱"])
def test_medicine_put_away_or_jewellery_inherited_is_none_v129(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v129")
    assert_not_said_by(text, "zh_Hans", "_v123")


def test_creditors_sent_through_the_trustee_is_an_opt_out_v129() -> None:
    text = (
        "I was made bankrupt in September. My trustee is with Begbies Traynor — all creditors "
        "have to go through them now."
    )
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v129")
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.OPT_OUT)


def test_the_lawyer_named_after_it_keeps_the_representation_v129() -> None:
    # blind32's: the match ends before the one named, so that "my attorney" is not hidden
    text = "Any further contact should go through my attorney, Mr. Banks."
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_payments_going_through_the_bank_is_none_v129() -> None:
    assert_not_said_by("all payments have to go through my bank now, is that ok?", "en", "_v129")


def test_the_creditor_sent_to_liaise_with_an_adviser_v129() -> None:
    text = "广州这边债务咨询的老师在帮我做还款方案，你们先跟她对接，我这边就不回了"
    assert_read_in_words(text, "zh_Hans", Intent.OPT_OUT, "_v129")
    assert_read_in_words(text, "zh_Hans", Intent.LEGAL_REPRESENTATION, "_v125")
    assert_kept_beside(text, "zh_Hans", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_have_somebody_phone_me_is_a_request_v129() -> None:
    text = "I can't do this by text. Please have somebody phone me."
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "_v129")


def test_having_a_friend_phone_is_none_v129() -> None:
    assert_not_said_by("I'll have my sister phone you tomorrow about it", "en", "_v129")


def test_a_fee_that_is_not_on_is_a_disputed_amount_v129() -> None:
    text = (
        "The £35 'admin fee' for sending me one letter is not on. Take it off and I'll pay the rest"
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v41")


def test_a_charge_added_and_its_fairness_asked_is_a_disputed_amount_v129() -> None:
    text = "我失業三個月，你們每個月還加收500塊的違約金，講不講道理"
    assert_read_in_words(text, "zh_Hant", Intent.DISPUTE_AMOUNT, "_v129")


def test_a_charge_added_alone_is_none_v129() -> None:
    assert_not_said_by("逾期会加收违约金吗？我月底能还", "zh_Hans", "_v129")
