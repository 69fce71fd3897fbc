"""Lexicons v120, fitted on blind97 after its one run: its eight safety misses said in words (the
pursuit asked closed, "call ME, not her", the calls held off, "ring me. now.", a debt planner
handling every debt, a letter left for the family and then the debts left to the creditor, fees
called a disgrace, a fee for one letter refused), and the false readings it showed kept out
(another's death, "rather die than ring your call centre", a solicitor paid for a custody case,
bankrupt in jest or for an empty pocket); each with its look-alikes."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


def test_the_pursuit_asked_closed_is_an_opt_out_v120() -> None:
    text = (
        "I have stage 4 pancreatic cancer and the consultant has given me months, not years. I "
        "cannot pay this and I would like to spend the time I have left with my grandchildren, "
        "not opening your letters. Please close this down or deal with my son after I'm gone."
    )
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v120")
    assert read(text, "en").reason is HardshipReason.ILLNESS


def test_a_shop_closed_down_is_none_v120() -> None:
    assert_not_said_by("they had to close the shop down in March, so no wages", "en", "_v120")


@pytest.mark.parametrize(
    "text",
    [
        "My mum has been saying she wants to go to sleep and not wake up ever since your letters "
        "started. She's 71 and lives alone. Please can a real person call ME about it, not her.",
        "ring me instead of my dad, he's not well",
    ],
)
def test_contact_sent_to_the_writer_and_not_a_relative_is_an_opt_out_v120(text: str) -> None:
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v120")


def test_a_call_asked_for_alone_is_no_refusal_v120() -> None:
    assert_not_said_by("can you call me about the payment plan tomorrow?", "en", "_v120")


def test_the_calls_held_off_beside_a_brothers_warning_sign_are_an_opt_out_v120() -> None:
    text = (
        "My brother 欠你們的錢，他最近一直說 everyone would be better off without him，我們很擔心，"
        "can you please hold off the calls for now"
    )
    assert_kept_beside(text, "zh_Hant", Intent.SELF_HARM_RISK, Intent.OPT_OUT)
    assert_read_in_words(text, "zh_Hant", Intent.OPT_OUT, "_v120")


def test_a_payment_held_off_is_no_refusal_v120() -> None:
    assert_not_said_by("can you hold off the payment until the 15th?", "en", "_v120")


@pytest.mark.parametrize("text", ["ring me. now.", "Please call me back asap", "call me"])
def test_a_call_asked_for_as_the_whole_message_is_a_request_for_a_person_v120(text: str) -> None:
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "_v120")


@pytest.mark.parametrize("text", ["don't ring me. now.", "ring me and I'll block you"])
def test_a_call_refused_or_in_a_sentence_is_none_v120(text: str) -> None:
    assert_not_said_by(text, "en", "_v120")


def test_a_debt_planner_handling_every_debt_is_representation_v120() -> None:
    text = "我找了个债务规划师帮我统一处理所有欠款，还款方案他会跟你们谈"
    assert_read_in_words(text, "zh_Hans", Intent.LEGAL_REPRESENTATION, "_v120")


def test_a_debt_planner_asked_about_is_none_v120() -> None:
    assert_not_said_by("债务规划师靠谱吗？要收费吗", "zh_Hans", "_v120")


def test_a_letter_left_for_the_family_then_the_debts_left_is_a_warning_sign_v120() -> None:
    text = "我喺賭場輸晒，仲借埋貴利，而家咩都冇晒。我寫低咗封信俾屋企人，之後啲數你哋自己睇住辦"
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v120")


def test_a_letter_to_the_family_alone_is_none_v120() -> None:
    assert_not_said_by("我写了封信给家里人说明情况，下个月开始还", "zh_Hans", "_v120")


@pytest.mark.parametrize(
    "text",
    [
        "I'm taking this to the Ombudsman. £340 in fees on a £500 loan is a disgrace",
        "the interest on this is an absolute scandal",
    ],
)
def test_charges_called_a_disgrace_are_a_dispute_v120(text: str) -> None:
    # (v120's pattern lives in v41's entry of charges called absurd since session 45)
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v41")


def test_a_disgrace_of_another_thing_is_none_v120() -> None:
    assert_not_said_by("the state of the bus service is a disgrace, I'll pay Friday", "en", "_v41")


def test_a_fee_for_one_letter_refused_is_a_dispute_v120() -> None:
    text = "Over my dead body am I paying £90 in admin fees for one letter"
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v120")
    assert read(text, "en").intent is Intent.DISPUTE_AMOUNT


def test_a_fee_for_one_letter_asked_is_none_v120() -> None:
    assert_not_said_by("do I have to pay £90 in admin fees for one letter?", "en", "_v120")


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        (
            "My late father's identity was used after his death to take this out. I have an "
            "Action Fraud reference.",
            "_v120",
        ),
        # (v120's figure about calling lives in v41's entry about paying late since session 45)
        (
            "i'd rather die than ring your call centre again lol, can i just pay it through here?",
            "_v41",
        ),
    ],
)
def test_anothers_death_and_a_figure_about_calling_are_no_warning_sign_v120(
    text: str, suffix: str
) -> None:
    reading = read_as_figure_of_speech(text, "en", suffix)
    assert Intent.SELF_HARM_RISK not in reading.signals


def test_a_wish_to_die_after_anothers_death_stays_one_v120() -> None:
    text = "since her death I have no reason to carry on"
    assert Intent.SELF_HARM_RISK in read(text, "en").signals


def test_a_solicitor_paid_for_a_custody_case_is_hardship_not_representation_v120() -> None:
    text = (
        "I'm sorry. I know I owe it. My wife left in the summer, took the kids, and I've been "
        "paying the mortgage on my own and the solicitor for the custody case on top. There's "
        "nothing left once that's gone out. I'm not dodging you, I just can't."
    )
    reading = read_as_figure_of_speech(text, "en", "_v120")
    assert reading.intent is Intent.HARDSHIP
    assert Intent.LEGAL_REPRESENTATION not in reading.signals


def test_my_solicitor_acting_stays_representation_v120() -> None:
    reading = read("my solicitor is handling this now, please contact her", "en")
    assert Intent.LEGAL_REPRESENTATION in reading.signals


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("再這樣下去我真的要宣告破產了啦，哈哈開玩笑的，月底會繳", "zh_Hant"),
        ("真破产了，兜里一分钱都没有", "zh_Hans"),
    ],
)
def test_bankrupt_in_jest_or_for_an_empty_pocket_is_no_procedure_v120(
    text: str, language: str
) -> None:
    reading = read(text, language)
    assert Intent.BANKRUPTCY not in reading.signals, reading


def test_bankruptcy_declared_stays_one_v120() -> None:
    assert read("我已经向法院申请个人破产了", "zh_Hans").intent is Intent.BANKRUPTCY
