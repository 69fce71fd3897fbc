"""Lexicons v134, fitted on blind108 after its one run: its nine safety misses read in words, one
of its false warning signs kept out in words, and the look-alikes each must leave alone."""

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
    ("text", "lang", "intent", "suffix"),
    [
        (
            "I can do £20 a month. Though to be honest I don't know if I'll still be here by "
            "Christmas, I'm so tired of all of it",
            "en",
            Intent.SELF_HARM_RISK,
            "",
        ),
        ("not sure i'll even be around by the new year", "en", Intent.SELF_HARM_RISK, ""),
        (
            "That £1,240 is wrong, I want to speak to a supervisor",
            "en",
            Intent.DISPUTE_AMOUNT,
            "_v134",
        ),
        ("it's not my fucking debt you idiots", "en", Intent.DISPUTE_NOT_MINE, "_v134"),
        (
            "湘江边风挺大的。手机快没电了，跟你们说一声，不用再打了",
            "zh_Hans",
            Intent.SELF_HARM_RISK,
            "_v134",
        ),
        (
            "在义乌做直播带货，货压了一仓库，本钱全赔光了，粉丝也掉光了。每天早上醒来都不知道还醒来干嘛",
            "zh_Hans",
            Intent.SELF_HARM_RISK,
            "_v16",
        ),
        (
            "利息怎么算出一万二的？我借的才八千，我要跟你们主管谈",
            "zh_Hans",
            Intent.DISPUTE_AMOUNT,
            "_v134",
        ),
        ("这账算得不对，你们改过来之前别再打给我", "zh_Hans", Intent.OPT_OUT, ""),
        (
            "Sorry 我唔會再覆你哋了。封信我寄咗返香港畀阿媽，入面有我所有嘅密碼",
            "zh_Hant",
            Intent.SELF_HARM_RISK,
            "_v134",
        ),
        (
            "吉隆坡這邊的朋友說吃多少顆會睡著不醒，我已經查好了。欠你們的我這輩子都還不完",
            "zh_Hant",
            Intent.SELF_HARM_RISK,
            "_v134",
        ),
    ],
)
def test_blind108s_safety_misses_are_read_in_words_v134(
    text: str, lang: str, intent: Intent, suffix: str
) -> None:
    assert_read_in_words(text, lang, intent, suffix)


@pytest.mark.parametrize(
    ("text", "lang", "intent", "beside"),
    [
        (
            "That £1,240 is wrong, I want to speak to a supervisor",
            "en",
            Intent.DISPUTE_AMOUNT,
            Intent.REQUEST_HUMAN,
        ),
        ("it's not my fucking debt you idiots", "en", Intent.DISPUTE_NOT_MINE, Intent.ABUSE),
        (
            "利息怎么算出一万二的？我借的才八千，我要跟你们主管谈",
            "zh_Hans",
            Intent.DISPUTE_AMOUNT,
            Intent.REQUEST_HUMAN,
        ),
        (
            "这账算得不对，你们改过来之前别再打给我",
            "zh_Hans",
            Intent.DISPUTE_AMOUNT,
            Intent.OPT_OUT,
        ),
        (
            "湘江边风挺大的。手机快没电了，跟你们说一声，不用再打了",
            "zh_Hans",
            Intent.SELF_HARM_RISK,
            Intent.OPT_OUT,
        ),
    ],
)
def test_what_is_said_beside_them_is_kept_v134(
    text: str, lang: str, intent: Intent, beside: Intent
) -> None:
    assert_kept_beside(text, lang, intent, beside)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("not my fucking problem mate", "en"),
        ("the balance is wrong", "en"),
        ("我收到你们的信了，里面有我所有的账户密码吗？", "zh_Hans"),
        ("江边风挺大的，今天不出摊了，下周还，不用再打了", "zh_Hans"),
        ("吃多少颗维生素比较好？先别催", "zh_Hans"),
        ("利息怎么算的？", "zh_Hans"),
    ],
)
def test_look_alikes_are_not_read_so_v134(text: str, lang: str) -> None:
    assert_not_said_by(text, lang, "_v134")


def test_money_sent_to_me_is_still_no_payment_v134() -> None:
    reading = read("妈妈刚转给我五百 现在就还", "zh_Hans")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert Intent.ALREADY_PAID not in reading.signals


def test_a_trade_gone_dead_at_a_stall_is_a_figure_of_speech_v134() -> None:
    reading = read_as_figure_of_speech(
        "business at the stall has been dead since they dug up the high street for the "
        "roadworks. still open but barely taking anything",
        "en",
        "_v106",
    )
    assert Intent.SELF_HARM_RISK not in reading.signals
    assert reading.reason is not None
    assert reading.reason.value == "income_reduced"


@pytest.mark.parametrize(
    "text",
    ["再打我老娘电话，我让你全家都不好过", "再打來試試看，我就帶人去你們樓下等"],
)
def test_threats_whose_condition_is_contact_keep_the_opt_out_beside_v134(text: str) -> None:
    assert_read_in_words(text, "zh_Hant", Intent.ABUSE, "_v134")
    assert_kept_beside(text, "zh_Hant", Intent.ABUSE, Intent.OPT_OUT)


def test_the_saying_is_a_refusal_unless_more_of_dying_is_said_v134() -> None:
    text = "上次那個催收我就跟他說了，要錢沒有，要命一條，換誰來問都一樣"
    assert_read_in_words(text, "zh_Hant", Intent.DECLINE, "_v134")
    assert Intent.SELF_HARM_RISK not in read(text, "zh_Hant").signals
    reading = read("要钱没有，要命一条，反正我也不想活了", "zh_Hans")
    assert reading.intent is Intent.SELF_HARM_RISK
    assert Intent.DECLINE in reading.signals


def test_the_saying_with_an_insult_is_abuse_v134() -> None:
    reading = read("要钱没有要命一条，你们这群狗腿子", "zh_Hans")
    assert reading.intent is Intent.ABUSE
    assert Intent.DECLINE in reading.signals
    assert_not_said_by("我老板就是资本家的狗腿子，工资拖了三个月", "zh_Hans", "_v134")
