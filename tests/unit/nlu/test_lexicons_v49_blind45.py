"""Lexicons v49, fitted on blind45 (young people and first debts) beyond its safety misses, in
other words than blind45's: a game or social account hacked, a phone stolen so a message unseen
and someone else's account stolen are no identity theft; a stop said to someone else "not you"
and someone else blocked are no opt-out; one bill disowned beside the one owned and a sum "not
borrowed that much" are no denial of the debt; money sent to the debtor is no payment made;
instalments carrying on are no new offer; "…, promise" promises; a student's loan or grant and
a scholarship are paydays; a flat moved into is no sum."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_payday,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "my xbox account was hacked last week, anyway can i pay 25 a week",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("en", "been hacked on snapchat lol, ill pay friday", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "我抖音账号被盗了 烦死 这个月还三百", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "手机丢了所以没收到短信 今天补上", Intent.FRAUD_IDENTITY_THEFT),
        (
            "en",
            "i told my little brother to stop texting me lol not you. whats left",
            Intent.OPT_OUT,
        ),
        ("zh_Hans", "我屏蔽的是前男友不是你们 下周还", Intent.OPT_OUT),
        (
            "en",
            "the gym membership isnt mine, but this card is, paying it monday",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("zh_Hans", "房租不是我的 但是这张卡是我的 周五还", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我没借这么多 账单算错了吧", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "分期照旧 我下个月按时还", Intent.COUNTER_OFFER),
    ],
)
def test_look_alikes_are_figures_of_speech_v49(language: str, text: str, intent: Intent) -> None:
    reading = read_as_figure_of_speech(text, language, "_v49")
    assert intent not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "someone hacked my account and took out a loan", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "我的手机被偷了，有人用它借了钱", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "stop calling me", Intent.OPT_OUT),
        ("zh_Hans", "我已经拉黑你们了", Intent.OPT_OUT),
        ("en", "this loan isn't mine", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我没借过你们的钱", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我没借这么多", Intent.DISPUTE_AMOUNT),
        ("en", "friday, promise", Intent.PROMISE_TO_PAY),
        ("en", "stop calling me, I'm not talking to you", Intent.OPT_OUT),
    ],
)
def test_their_own_forms_stay_v49(language: str, text: str, intent: Intent) -> None:
    assert_read_in_words(text, language, intent)


def test_money_sent_to_the_debtor_is_no_payment_made_v49() -> None:
    reading = read("我哥刚转了一千给我 现在就还你们", "zh_Hans")
    assert Intent.ALREADY_PAID not in reading.signals
    assert reading.intent is Intent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "will clear it once my student finance comes in"),
        ("zh_Hans", "等助学金到账了就还"),
        ("zh_Hans", "生活费到了就还你"),
    ],
)
def test_a_students_money_coming_in_is_a_payday_v49(language: str, text: str) -> None:
    assert_payday(text, language)


def test_a_flat_moved_into_is_no_sum_v49() -> None:
    assert read("不是我的 我上个月才搬进1203", "zh_Hans").amount is None


@pytest.mark.parametrize("text", ["I didn't get the letter, promise", "I'm broke, I swear"])
def test_a_word_of_honour_with_no_day_or_sum_promises_nothing_v49(text: str) -> None:
    assert Intent.PROMISE_TO_PAY not in read(text, "en").signals
