"""Lexicons v118, fitted on blind96 after its one run: its eleven safety misses said in words
(nothing mattering after a day and "I won't be here", a wish to steer off the elevated road, post
only, a firm named instead of the debtor, "these messages" not wanted, someone asked to call in
Tagalog, a consumer body gone to, an IVA's practitioner and a council's money adviser at work, a
charge refused as unlawful, charges taken to the ombudsman), the false warning signs it showed
kept out ("killing myself working doubles", 笑到我想死), and the counterfactual, missed and future
payments it read as paid (有钱早还了, 错过咗扣数日, 年终奖下来就把剩下的全还了, 一定找数); each with
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


@pytest.mark.parametrize(
    "text",
    [
        "I'll pay the £50 on Friday. Doesn't matter after that, I won't be here.",
        "it won't matter anyway, I'll be gone",
    ],
)
def test_not_being_here_after_nothing_matters_is_a_warning_sign_v118(text: str) -> None:
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v118")


@pytest.mark.parametrize(
    "text",
    [
        "I won't be here next week, I'm in Spain till the 20th",
        "I won't be here on Friday, the kids have a school trip so I'll pay Monday",
    ],
)
def test_a_trip_is_no_warning_sign_v118(text: str) -> None:
    assert_not_said_by(text, "en", "_v118")
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "我是送外卖的，一天跑十四个钟头还是还不上，有时候骑在高架上真想一把方向拐出去算了",
            "zh_Hans",
        ),
        ("開車上高架的時候真想方向盤一打衝下去", "zh_Hant"),
    ],
)
def test_a_wish_to_steer_off_the_road_is_a_warning_sign_v118(text: str, language: str) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v118")


def test_steering_told_as_driving_is_none_v118() -> None:
    assert_not_said_by("前面路口方向盘往右打就到银行了", "zh_Hans", "_v118")


@pytest.mark.parametrize(
    "text",
    [
        "From now on write to me by post only. Not on here.",
        "letters only please, I can't deal with the texts",
    ],
)
def test_post_only_is_an_opt_out_v118(text: str) -> None:
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v118")
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals


def test_a_payment_sent_by_post_is_none_v118() -> None:
    assert_not_said_by("I posted the cheque by first class post on Monday", "en", "_v118")


def test_a_firm_named_instead_of_the_debtor_is_an_opt_out_beside_the_lawyer_v118() -> None:
    text = "I have an attorney. Contact Reyes & Ortiz, not me."
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v118")


@pytest.mark.parametrize(
    "text", ["please contact me, not my mother", "call me not my wife, she knows nothing"]
)
def test_contact_asked_for_the_debtor_is_none_v118(text: str) -> None:
    assert_not_said_by(text, "en", "_v118")


def test_these_messages_not_wanted_are_an_opt_out_v118() -> None:
    text = (
        "I've told you three times now that I don't want these messages. Talk to my son, he "
        "handles my affairs since my wife passed."
    )
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v47")
    assert read(text, "en").intent is Intent.OPT_OUT


def test_someone_asked_to_call_in_tagalog_is_a_request_for_a_person_v118() -> None:
    text = (
        "Pwede po ba may tumawag sa akin? Mas madali po sa Tagalog, hirap ako mag-English sa chat"
    )
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "_v118")


def test_calls_refused_in_tagalog_stay_an_opt_out_v118() -> None:
    reading = assert_not_said_by("wag nyo na akong tawagan", "en", "_v118")
    assert reading.intent is Intent.OPT_OUT


@pytest.mark.parametrize(
    "text", ["金額對不上，請寄明細給我，不給個交代我就去找消基會", "再乱收费我就向消协反映"]
)
def test_a_consumer_body_gone_to_is_a_request_for_a_person_v118(text: str) -> None:
    language = "zh_Hant" if "對" in text else "zh_Hans"
    assert_read_in_words(text, language, Intent.REQUEST_HUMAN, "_v118")


def test_a_dispute_beside_a_consumer_body_stays_the_label_v118() -> None:
    text = "金額對不上，請寄明細給我，不給個交代我就去找消基會"
    assert_kept_beside(text, "zh_Hant", Intent.DISPUTE_AMOUNT, Intent.REQUEST_HUMAN)


def test_a_consumer_body_named_for_news_is_none_v118() -> None:
    assert_not_said_by("消基會的報告說這種卡很多人在用", "zh_Hant", "_v118")


def test_an_ivas_practitioner_at_work_is_representation_beside_the_bankruptcy_v118() -> None:
    text = (
        "My IVA started in October and this account is in it. The insolvency practitioner will be "
        "in touch with you."
    )
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.LEGAL_REPRESENTATION)


def test_an_appointment_with_a_practitioner_is_no_representation_v118() -> None:
    text = "Got an appointment with an insolvency practitioner on the 2nd."
    assert_not_said_by(text, "en", "_v118")


def test_a_money_adviser_sorting_a_plan_is_representation_v118() -> None:
    text = (
        "I've got a money adviser from the council sorting out a plan for me. She says I can "
        "offer £5 a month for now."
    )
    assert_read_in_words(text, "en", Intent.LEGAL_REPRESENTATION, "_v118")
    assert read(text, "en").intent is Intent.LEGAL_REPRESENTATION


def test_an_adviser_not_yet_seen_is_no_representation_v118() -> None:
    text = "I've got a debt adviser appointment next Tuesday, can you hold off till then?"
    assert_not_said_by(text, "en", "_v118")


@pytest.mark.parametrize(
    "text",
    [
        "I will pay the principal amount ₹18,000 but not the penalty interest, that is not legal "
        "as per RBI rules",
        "I'll pay what I borrowed, not the late fees, they're illegal",
    ],
)
def test_a_charge_refused_as_unlawful_is_a_dispute_v118(text: str) -> None:
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v118")
    assert read(text, "en").intent is Intent.DISPUTE_AMOUNT


def test_a_charge_not_called_unlawful_by_the_debtor_is_none_v118() -> None:
    text = "I'm not saying the interest, it's not like it is illegal, just high"
    assert_not_said_by(text, "en", "_v118")


def test_charges_taken_to_the_ombudsman_are_a_dispute_beside_the_complaint_v118() -> None:
    text = "I'm taking these charges to the Financial Ombudsman."
    assert_kept_beside(text, "en", Intent.DISPUTE_AMOUNT, Intent.REQUEST_HUMAN)


def test_a_complaint_to_the_ombudsman_alone_is_a_request_for_a_person_v118() -> None:
    reading = assert_not_said_by("I'm taking this to the ombudsman", "en", "_v118")
    assert reading.intent is Intent.REQUEST_HUMAN


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("im killing myself working doubles to pay this off. 100 on friday ok?", "en"),
        ("笑到我想死 你哋個系統又寄錯單 我上個月已經找清㗎啦", "zh_Hant"),
    ],
)
def test_worked_or_laughed_to_death_is_no_warning_sign_v118(text: str, language: str) -> None:
    suffix = "_v47" if language == "en" else "_v118"
    reading = read_as_figure_of_speech(text, language, suffix)
    assert Intent.SELF_HARM_RISK not in reading.signals


@pytest.mark.parametrize(
    ("text", "language"),
    [("im killing myself, working or not", "en"), ("我真的想死，笑不出来", "zh_Hans")],
)
def test_a_wish_to_die_beside_the_words_stays_one_v118(text: str, language: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("你妈的，老子有钱早还了", "zh_Hans", Intent.ABUSE),
        ("你老母，有錢我早就還咗啦", "zh_Hant", Intent.ABUSE),
        ("衰鬼鬧鐘冇響，錯過咗扣數日，今晚補返", "zh_Hant", Intent.PROMISE_TO_PAY),
        ("年终奖下来就把剩下的全还了", "zh_Hans", Intent.PROMISE_TO_PAY),
        ("sorry 完全忘記咗，聽日一定找數", "zh_Hant", Intent.PROMISE_TO_PAY),
    ],
)
def test_payments_not_made_are_not_read_as_paid_v118(
    text: str, language: str, intent: Intent
) -> None:
    reading = read(text, language)
    assert Intent.ALREADY_PAID not in reading.signals, reading
    assert reading.intent is intent, reading


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("上个月工资到了就把剩下的全还了", "zh_Hans"),
        ("我早就还了，你们查一下", "zh_Hans"),
        ("上個月已經找清數", "zh_Hant"),
    ],
)
def test_payments_made_stay_paid_v118(text: str, language: str) -> None:
    assert read(text, language).intent is Intent.ALREADY_PAID
