"""Lexicons v54, blind51's other misses (tone: sarcasm, irony, jokes, anger), in other words than
blind51's: figures of speech (a life saved by an extension, dying of embarrassment, crying one's
eyes out, a parent's threat laughed off, a piggy bank "bankrupt", 破产还没到那一步, a lawyer
friend's laugh, no need of a manager); a refusal in mock agreement ("right after never", "I'd
sooner … than agree", an impossible sum promised in scorn); the collector wished dead (abuse, no
warning sign); an account opened with the debtor's ID; a debt paid off for the debtor; no money
said as a joke; the balance braced for."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read, read_as_figure_of_speech


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "honestly you saved my life with that payment break", Intent.SELF_HARM_RISK),
        ("zh_Hans", "丢脸到想死，转错账户了，明天重新转", Intent.SELF_HARM_RISK),
        ("zh_Hant", "老豆話我再遲返屋企就打死我", Intent.SELF_HARM_RISK),
        ("en", "even my wallet went bankrupt this month lol", Intent.BANKRUPTCY),
        ("en", "no, I do not need to talk to a supervisor, just lower it", Intent.REQUEST_HUMAN),
    ],
)
def test_a_figure_of_speech_v54(language: str, text: str, intent: Intent) -> None:
    reading = read_as_figure_of_speech(text, language, "_v54")

    assert intent not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "sure, I'll pay that when pigs fly", Intent.DECLINE),
        ("en", "I'd sooner sell a kidney than pay 300 a month", Intent.DECLINE),
        ("zh_Hans", "行啊，马上转你十个亿，满意了吧", Intent.DECLINE),
        ("zh_Hant", "麻煩你哋原地爆炸，唔該", Intent.ABUSE),
        ("en", "someone has been using my social security number", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "我哥上周已经帮我全部还清了", Intent.ALREADY_PAID),
        ("zh_Hans", "想还啊，可我口袋比脸还干净", Intent.HARDSHIP),
        ("en", "cash? never heard of it", Intent.HARDSHIP),
        ("en", "ok what's the damage", Intent.ASK_BALANCE),
    ],
)
def test_blind51s_other_misses_in_other_words_v54(language: str, text: str, intent: Intent) -> None:
    assert_read_in_words(text, language, intent, "_v54")
    assert read(text, language).intent is intent


def test_a_lawyer_friends_laugh_is_a_figure_of_speech_v54() -> None:
    reading = read_as_figure_of_speech("my attorney buddy laughs at these letters", "en", "_v21")

    assert Intent.LEGAL_REPRESENTATION not in reading.signals


def test_bankruptcy_not_yet_reached_is_a_figure_of_speech_v54() -> None:
    reading = read_as_figure_of_speech("破产还不到那个地步，就是手头紧", "zh_Hans", "_v52")

    assert Intent.BANKRUPTCY not in reading.signals


def test_the_collector_wished_dead_is_no_warning_sign_v54() -> None:
    reading = read("请你们原地去世，谢谢", "zh_Hans")

    assert reading.intent is Intent.ABUSE
    assert Intent.SELF_HARM_RISK not in reading.signals
