"""Lexicons v106, written with the retraining on blind85 to blind87: the figures of speech blind87's
ordinary messages were read through as warning signs are named (a laugh, a fright, a denial "in me
life", thanks for not giving up, years of one's life given to a business, a trade gone dead, an
insult aimed at the collector, affairs in order meaning the money's, a stranger's death in the
news asked about) and ``model_evidence``'s "life" counts only in a life's forms; a debt to be
"paid in full by" a day is a promise, not a payment made; a debt paid "off by" a day is no
disputed figure; seven more currencies, and Guyana's by its sign. What the retrained models no
longer read is said in words: charges called outrageous and the full amount asked for after part
was paid are disputed amounts; no cent more (不会再还一分钱) is a refusal."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import (
    assert_day,
    assert_figure,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # blind87's false warning signs, reworded
        ("en", "im literally dead 😂 the bot called me 'esteemed client' twice. how do i pay"),
        ("en", "Ring my dad's landline again and see. It scares the life out of him at his age"),
        ("en", "Never been a customer of that phone shop in me life. Not my debt, wrong person"),
        ("en", "thanks a million for not giving up on us, we'll get there"),
        ("en", "The bakery was fifteen years of my life and the landlord took it back in June"),
        ("en", "Since the bridge closed the shop's been dead. Nothing to send you this month"),
        ("en", "Useless app. A waste of space, all of you."),
        ("en", "These repayments have been eating me alive since the summer, I'm skint"),
        ("zh_Hant", "網上說有人被催收逼到輕生，你們會這樣做嗎？"),
    ],
)
def test_figures_of_speech_keep_a_warning_sign_out_v106(language: str, text: str) -> None:
    reading = read_as_figure_of_speech(text, language, "_v106")
    assert Intent.SELF_HARM_RISK not in reading.signals, reading


def test_affairs_in_order_meaning_the_money_are_no_warning_sign_v106() -> None:
    # (v102's entry for the affairs said to be the money's holds the v106 form too)
    text = "Getting my affairs in order, by which I mean getting the cards onto one loan. Balance?"
    reading = read_as_figure_of_speech(text, "en", "_v102")
    assert Intent.SELF_HARM_RISK not in reading.signals, reading
    assert Intent.SELF_HARM_RISK in read("Getting my affairs in order. Balance?", "en").signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # beside the same words, a warning sign stays one
        ("en", "I'm a waste of space, everyone would be better off"),
        ("en", "twelve years of my life gone and I don't want to be here anymore"),
        ("en", "I'm dead inside and I've given my dog to my sister"),
        ("en", "I've never felt this hopeless in my life, I want to end it"),
        ("en", "this life is eating me alive and I've stopped caring what happens"),
        ("zh_Hans", "新闻说有人被催到跳楼，我也快了"),
    ],
)
def test_warning_signs_beside_the_figures_stay_v106(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals, text


def test_paid_in_full_by_a_day_to_come_is_a_promise_v106() -> None:
    reading = read("We'll have it paid in full by Christmas, God willing.", "en")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert Intent.ALREADY_PAID not in reading.signals
    assert_day("We'll have it paid in full by Christmas, God willing.", "en", date(2026, 12, 25))
    assert read("it was paid in full on the 2nd, check again", "en").intent is Intent.ALREADY_PAID


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'll get it paid off by friday", Intent.PROMISE_TO_PAY),
        ("can I pay the balance off by the 30th?", Intent.COUNTER_OFFER),
        ("your figure is off by 200 quid", Intent.DISPUTE_AMOUNT),
        ("the total's off by a mile, check it", Intent.DISPUTE_AMOUNT),
    ],
)
def test_paid_off_by_a_day_is_no_figure_disputed_v106(text: str, intent: Intent) -> None:
    assert read(text, "en").intent is intent


@pytest.mark.parametrize(
    ("text", "amount", "currency", "per"),
    [
        ("I can send 2,500 birr at month end", "2500", "ETB", Period.ONCE),
        ("Tk 6,000 every month is my limit", "6000", "BDT", Period.MONTH),
        ("is 150 pa'anga a month ok from the 5th?", "150", "TOP", Period.MONTH),
        ("can do 60 tala a week", "60", "WST", Period.WEEK),
        ("I'll pay SRD 1,500 on friday", "1500", "SRD", Period.ONCE),
        ("BD$300 today and the rest in January", "300", "BMD", Period.ONCE),
        ("LKR 12,000 a month from January", "12000", "LKR", Period.MONTH),
        ("lemme pay G$15,000 a month", "15000", "GYD", Period.MONTH),
    ],
)
def test_seven_more_currencies_and_guyanas_sign_v106(
    text: str, amount: str, currency: str, per: Period
) -> None:
    assert_figure(text, "en", amount, currency, per)


def test_on_top_is_no_currency_v106() -> None:
    assert_figure("I can pay 20 on top of the 50", "en", "20", None, Period.ONCE)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # what the models read before the retraining, reworded
        (
            "en",
            "the fees you're charging are extortionate. put me through to someone",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "the late fees you add are obscene", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "Paid 3 of 5 already so why are you asking for the full balance?",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "之前还了那么多，我不会再给你们一分钱了", Intent.DECLINE),
        ("zh_Hant", "我唔會再俾你哋一蚊，已經還夠多", Intent.DECLINE),
    ],
)
def test_what_the_retrained_models_no_longer_read_is_said_in_words_v106(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v106")


def test_a_rate_of_interest_named_is_no_dispute_v106() -> None:
    assert read("what's the interest rate on this?", "en").intent is Intent.ASK_QUESTION
