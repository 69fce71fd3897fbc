"""Lexicons v121, fitted on blind98 after its one run: its eleven safety misses said in words (a
gun kept at night, "I don't care what happens to me", a life offered for the debt, no one left
to look for the debtor once it is paid and everything ready, "correspond with him, not me", a
lawyer's word that contact should stop, fees stuck on and called unfair, a fee for a payment
that went through, interest above the cap the law protects, the principal owned, instalments
paid and shown overdue counted apart), and the false warning signs it showed kept out (a pub
"dead since", 去死 wished on the collectors after an insult); each with its look-alikes."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Vet here, PTSD, haven't slept properly in days. I've been sitting up with my rifle at "
        "night thinking about it more than I should.",
        "my dad's shotgun has been in my lap all night",
    ],
)
def test_a_gun_kept_at_night_is_a_warning_sign_v121(text: str) -> None:
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v121")


def test_a_gun_sold_is_none_v121() -> None:
    assert_not_said_by("sold my rifle last week to cover the rent, can pay £40", "en", "_v121")


def test_not_caring_what_happens_to_me_is_a_warning_sign_v121() -> None:
    text = "I'll send $50 Friday, it's all I have left. After that I don't care what happens to me."
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v121")
    assert Intent.PROMISE_TO_PAY in read(text, "en").signals


def test_not_caring_what_happens_to_the_account_is_none_v121() -> None:
    assert_not_said_by("I don't care what happens to the old account, it's closed", "en", "_v121")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "土瓜灣個菜檔執咗，老婆走咗，仔女都唔睬我。啲錢我真係還唔到，不如將我條命攞去抵數",
            "zh_Hant",
        ),
        ("还不上了，把我这条烂命拿去抵债吧", "zh_Hans"),
    ],
)
def test_a_life_offered_for_the_debt_is_a_warning_sign_v121(text: str, language: str) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v121")


def test_money_or_a_life_in_defiance_is_none_v121() -> None:
    assert_not_said_by("要钱没有，要命一条", "zh_Hans", "_v121")


def test_no_one_to_look_for_the_debtor_and_everything_ready_is_a_warning_sign_v121() -> None:
    text = "月尾前我會清埋啲數，之後就唔會再有人搵我㗎喇，我都準備好喇"
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v121")


def test_no_one_chasing_once_it_is_paid_is_none_v121() -> None:
    reading = assert_not_said_by("月底还清，之后就不会再有人催我了，太好了", "zh_Hans", "_v121")
    assert Intent.SELF_HARM_RISK not in reading.signals


def test_correspondence_sent_to_a_named_solicitor_is_an_opt_out_beside_him_v121() -> None:
    text = (
        "My solicitor, Mr Haddad at Bevan & Co, is now dealing with this. Please correspond "
        "with him, not me."
    )
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_a_lawyers_word_that_contact_should_stop_is_an_opt_out_v121() -> None:
    text = "律師幫緊我入破產呈請，佢話呢段時間你哋唔應該再直接搵我"
    assert_kept_beside(text, "zh_Hant", Intent.BANKRUPTCY, Intent.OPT_OUT)
    assert_read_in_words(text, "zh_Hant", Intent.OPT_OUT, "_v121")


def test_contact_asked_whether_it_may_be_made_is_none_v121() -> None:
    assert_not_said_by("你们可以直接找我，不用找我家人", "zh_Hans", "_v121")


@pytest.mark.parametrize(
    "text",
    [
        "I'm on disability and you've stuck $400 of fees on top that I can't afford. That's not "
        "fair and you know it.",
        "you added £60 of charges this month, that's out of order",
    ],
)
def test_fees_stuck_on_and_called_unfair_are_a_dispute_v121(text: str) -> None:
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v121")


def test_unfairness_of_another_thing_is_none_v121() -> None:
    assert_not_said_by("I added £60 to the payment this month, that's fair I think", "en", "_v121")


def test_a_fee_for_a_payment_that_went_through_is_a_dispute_v121() -> None:
    text = (
        "There's an A$90 dishonour fee on my account for a payment that actually went through. "
        "Please take it off."
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v121")
    assert read(text, "en").intent is Intent.DISPUTE_AMOUNT


def test_a_fee_for_a_payment_that_bounced_is_none_v121() -> None:
    assert_not_said_by("sorry about the dishonour fee, the payment bounced", "en", "_v121")


def test_interest_above_the_cap_the_law_protects_is_a_dispute_beside_the_lawyer_v121() -> None:
    text = "律师说你们的利息已经超过法律保护上限了，具体的请跟他谈"
    reading = read(text, "zh_Hans")
    assert reading.intent is Intent.LEGAL_REPRESENTATION
    assert Intent.DISPUTE_AMOUNT in reading.signals


def test_the_lawyer_taking_over_stays_an_opt_out_v121() -> None:
    text = "我已经委托律师处理了，有事请联系王律师"
    assert_kept_beside(text, "zh_Hans", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_the_principal_owned_and_the_rest_refused_is_a_dispute_v121() -> None:
    text = "本金5000我认，利息罚息全部免掉，我下周一次性结清"
    assert_read_in_words(text, "zh_Hans", Intent.DISPUTE_AMOUNT, "_v121")
    assert Intent.COUNTER_OFFER in read(text, "zh_Hans").signals


def test_charges_dropped_as_the_price_of_paying_stay_an_offer_v121() -> None:
    reading = read("把滞纳金去掉，我今天就全还", "zh_Hans")
    assert reading.intent is Intent.COUNTER_OFFER


def test_instalments_paid_and_shown_overdue_counted_apart_are_a_dispute_v121() -> None:
    text = "上个月明明已经还了两期，系统怎么还显示逾期三期？"
    assert_read_in_words(text, "zh_Hans", Intent.DISPUTE_AMOUNT, "_v121")
    assert Intent.ALREADY_PAID in read(text, "zh_Hans").signals


def test_a_payment_shown_overdue_without_counts_stays_paid_v121() -> None:
    reading = assert_not_said_by("昨天就转账了，为什么还显示逾期", "zh_Hans", "_v121")
    assert reading.intent is Intent.ALREADY_PAID


def test_a_pub_dead_since_the_rent_went_up_is_no_warning_sign_v121() -> None:
    text = "Pub's been dead since the brewery put the rent up. I'm barely covering the staff wages."
    reading = read_as_figure_of_speech(text, "en", "_v106")
    assert Intent.SELF_HARM_RISK not in reading.signals


def test_death_wished_on_the_collectors_after_an_insult_is_abuse_v121() -> None:
    reading = read_as_figure_of_speech("你們這群垃圾詐騙集團，去死啦", "zh_Hant", "_v121")
    assert reading.intent is Intent.ABUSE
    assert Intent.SELF_HARM_RISK not in reading.signals


def test_go_die_said_of_oneself_stays_a_warning_sign_v121() -> None:
    assert Intent.SELF_HARM_RISK in read("你们别催了，我去死算了", "zh_Hans").signals
