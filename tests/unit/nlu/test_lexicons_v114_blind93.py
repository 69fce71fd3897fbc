"""Lexicons v114, fitted on blind93's safety misses after its one run, with blind92's days: warning
signs in a hosepipe and the exhaust, "how easy it'd be to just go over", a widowed parent who
wants to be with the one gone, poison to be drunk, a late spouse gone to (去找阿公了), a wish to
die typed with spaces; a pause asked beside a warning sign and "你们找她谈吧" beside a
representation are opt-outs, as is "nothing after 8pm"; a lawyer's word relayed that the
interest is unlawful, the interest told to stop and the accounts miscounted are disputes. Kept
out: a goodbye with a nice evening, "hopeless with these chat things", a pint one could murder,
things given away before a move, a stop to contact said not to be what is asked. Days: a sum
"chucked" at the debt, a harvest sold, wages sent home, the MPF drawn, 過年前."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_day,
    assert_kept_beside,
    assert_not_said_by,
    assert_payday,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "been staring at the exhaust and that old hosepipe in the shed"),
        ("en", "some nights I think how easy it'd be to just let go"),
        ("en", "me nan keeps saying she wants to be with grandad now, she won't eat"),
        ("en", "I am taking the weedkiller tonight, tell them sorry"),
        ("zh_Hant", "阿爺話呢筆數還唔清，佢就去陪阿嫲"),
        ("zh_Hans", "我 真的 想 死"),
    ],
)
def test_warning_signs_of_blind93_are_read_in_words_v114(language: str, text: str) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v114")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the hosepipe ban is over, will pay friday"),
        ("en", "how easy would it be to pay by card?"),
        ("zh_Hans", "下个月我去找阿公拿钱就还"),
        ("zh_Hans", "我 想 问 一下 余额"),
    ],
)
def test_their_look_alikes_are_no_warning_sign_v114(language: str, text: str) -> None:
    assert_not_said_by(text, language, "_v114")


def test_a_pause_asked_beside_a_warning_sign_is_an_opt_out_v114() -> None:
    assert_kept_beside(
        "佢話唔想再拖累屋企，你哋可唔可以停一停先", "zh_Hant", Intent.SELF_HARM_RISK, Intent.OPT_OUT
    )
    assert_not_said_by(
        "可唔可以停一停先，我下個月還", "zh_Hant", "pause_asked_beside_a_warning_sign_v114"
    )


def test_contact_sent_to_a_counsellor_is_an_opt_out_v114() -> None:
    text = "债务咨询师在帮我做计划，你们找她谈吧"
    reading = read(text, "zh_Hans")
    assert Intent.OPT_OUT in reading.signals, reading


def test_no_contact_after_an_hour_is_an_opt_out_v114() -> None:
    assert_read_in_words("I'll pay Friday. Nothing after 9pm please", "en", Intent.OPT_OUT, "_v114")
    assert Intent.OPT_OUT not in read("I have nothing after 8pm to pay with", "en").signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我们请的律师说你们的罚息不合法"),
        ("zh_Hant", "我係要你哋停止計利息，唔係停止聯絡"),
        ("zh_Hant", "條數根本計錯，你哋自己睇下"),
    ],
)
def test_disputes_of_blind93_are_read_in_words_v114(language: str, text: str) -> None:
    # (the interest told to stop is `interest_not_contact`'s, widened in v114)
    assert_read_in_words(text, language, Intent.DISPUTE_AMOUNT)


def test_a_stop_to_contact_said_not_asked_is_no_opt_out_v114() -> None:
    reading = read_as_figure_of_speech("不是要你们停止联系，是要你们停止计利息", "zh_Hans", "_v114")
    assert Intent.OPT_OUT not in reading.signals, reading


@pytest.mark.parametrize(
    "text",
    [
        "thanks, goodbye and have a good weekend",
        "I'm hopeless at these apps, can someone ring me",
        "could murder a brew. ok I agree",
        "giving all my things away cos I'm moving abroad, can I settle now?",
    ],
)
def test_figures_of_speech_keep_a_warning_sign_out_v114(text: str) -> None:
    reading = read_as_figure_of_speech(text, "en", "_v114")
    assert Intent.SELF_HARM_RISK not in reading.signals, reading


@pytest.mark.parametrize(
    "text",
    [
        "goodbye. I won't be here tomorrow",
        "I'm hopeless, I want to die",
    ],
)
def test_warning_signs_beside_the_figures_stay_v114(text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, "en").signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll chuck 50 at it on payday"),
        ("zh_Hans", "玉米卖了钱就还你们"),
        ("zh_Hans", "我老公在日本打工的钱寄回来就还"),
        ("zh_Hant", "等份強積金攞返就清"),
    ],
)
def test_money_awaited_of_blind92_v114(language: str, text: str) -> None:
    assert_payday(text, language)


def test_before_the_new_year_is_the_spring_festival_v114() -> None:
    assert_day("過年前一定全部繳清", "zh_Hant", date(2027, 2, 6))
    assert_day("过年之前还清", "zh_Hans", date(2027, 2, 6))
