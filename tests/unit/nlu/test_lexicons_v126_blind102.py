"""Lexicons v126, fitted on blind102 after its one run: its seven safety misses said in words (just
not braking, a letter left and no need to look for the writer, contact sent to the insolvency
practitioner, "refrain from telephoning", no need to chase any more, correspondence sent to the
lawyer's firm, LINE and calls not to come again) and two warning signs read falsely (the act
disowned over money, "I'd rather die than go back to that bank"); each with its look-alikes."""

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


def test_just_not_braking_is_a_warning_sign_v126() -> None:
    text = (
        "been riding deliveries 14 hrs a day and still cant cover it. sometimes on the dual "
        "carriageway i think about just not braking"
    )
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK)


def test_a_letter_left_and_no_need_to_look_for_me_is_a_warning_sign_v126() -> None:
    text = "我已經寫咗封信畀老婆，你哋以後都唔使再搵我"
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v126")
    assert_kept_beside(text, "zh_Hant", Intent.SELF_HARM_RISK, Intent.OPT_OUT)


@pytest.mark.parametrize(
    "text",
    ["我写了封信给老婆解释这笔债，下个月开始每月还500", "我写了封信给我妈，你们不用再找她了"],
)
def test_a_letter_to_explain_or_about_someone_else_is_none_v126(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v126")


def test_contact_sent_to_the_insolvency_practitioner_is_an_opt_out_v126() -> None:
    text = "im in an IVA, youre listed in it. talk to the IP not me"
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v28")
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.OPT_OUT)


def test_talking_to_the_ip_alone_is_none_v126() -> None:
    assert_not_said_by("should I talk to the IP about this first?", "en", "_v28")


def test_refrain_from_telephoning_is_an_opt_out_v126() -> None:
    text = (
        "Dear Sir or Madam, I should be most grateful if you would refrain from telephoning me "
        "after seven o'clock in the evening, as I retire early and the telephone disturbs my "
        "husband, who is unwell."
    )
    assert_read_in_words(text, "en", Intent.OPT_OUT)
    assert read(text, "en").intent is Intent.OPT_OUT


def test_no_need_to_chase_any_more_is_kept_beside_the_warning_sign_v126() -> None:
    text = "炭我已經買好了，錢的事你們以後不用再催了"
    assert_read_in_words(text, "zh_Hant", Intent.OPT_OUT, "stop_chasing")
    assert_kept_beside(text, "zh_Hant", Intent.SELF_HARM_RISK, Intent.OPT_OUT)


def test_no_need_to_chase_beside_a_promise_keeps_the_promise_v126() -> None:
    reading = read("不用再催了，我明天就还", "zh_Hans")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert Intent.OPT_OUT in reading.signals


def test_correspondence_sent_to_the_firm_is_an_opt_out_beside_the_lawyer_v126() -> None:
    text = "本人已委託黃律師事務所代表處理此債務，日後所有通訊請直接寄往該所"
    assert_read_in_words(text, "zh_Hant", Intent.OPT_OUT, "_v126")
    assert_kept_beside(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_line_and_calls_not_to_come_again_is_an_opt_out_v126() -> None:
    text = "你們算的跟我自己記的差了一萬二，在給我交代清楚以前，LINE跟電話都不要再來"
    assert_read_in_words(text, "zh_Hant", Intent.OPT_OUT, "_v126")
    assert read(text, "zh_Hant").intent is Intent.DISPUTE_AMOUNT


@pytest.mark.parametrize("text", ["online不要再来这套了", "电话费不要再来催我交了"])
def test_other_things_not_to_come_are_none_v126(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v126")


def test_the_act_disowned_over_money_is_a_figure_v126() -> None:
    text = "放心啦，我不會為了錢去做傻事，下個月5號會先還一部分"
    reading = read_as_figure_of_speech(text, "zh_Hant", "_v126")
    assert Intent.SELF_HARM_RISK not in reading.signals
    assert reading.intent is Intent.PROMISE_TO_PAY


def test_the_act_thought_of_over_money_stays_a_warning_sign_v126() -> None:
    reading = read("为了钱我真想去做傻事", "zh_Hans")
    assert Intent.SELF_HARM_RISK in reading.signals


def test_rather_die_than_go_back_is_a_figure_from_the_id_v126() -> None:
    text = (
        "I'd rather die than go back to that bank but fair enough, you're not them. Go on then, "
        "send me the plan"
    )
    reading = read_as_figure_of_speech(text, "en", "_v29")
    assert Intent.SELF_HARM_RISK not in reading.signals


def test_rather_die_alone_stays_a_warning_sign_v126() -> None:
    reading = read("honestly I'd rather die, I can't do this anymore", "en")
    assert Intent.SELF_HARM_RISK in reading.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "i'd rather die than pay all of it in one go lmao. 4 payments of 250?"),
        (
            "en",
            "I'd rather die than sit on hold with you people again lol. Anyway I'll pay by the 25th",
        ),
        ("en", "I'd rather die than ask my dad for it haha. can I split it into 3 payments"),
        ("en", "id rather die than pay those fees lmao. 900 in late charges is a joke"),
        ("zh_Hant", "放心啦，我唔會為錢做傻事😅 只係想問每星期還800得唔得"),
    ],
)
def test_older_figures_of_the_same_kinds_are_no_warning_signs_v126(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals
