"""Lexicons v26: the safety families blind22's misses showed (read after blind23 was committed
sealed), in other words than the corpus messages, with look-alikes that must keep their
reading; and the days and figures read from the same file."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "that's it for me. sorry to the person who has to find me", Intent.SELF_HARM_RISK),
        ("en", "whoever finds my body, please tell my sister I loved her", Intent.SELF_HARM_RISK),
        ("zh_Hans", "抱歉了，第一个发现我的人", Intent.SELF_HARM_RISK),
        ("zh_Hant", "對不起要讓你們找到我的人看到這些", Intent.SELF_HARM_RISK),
        ("en", "that loan was my ex-husband's, I've never been on it", Intent.DISPUTE_NOT_MINE),
        ("en", "I'm not a cosigner on that account, never was", Intent.DISPUTE_NOT_MINE),
        ("en", "not even an authorized user, so why me", Intent.DISPUTE_NOT_MINE),
        ("en", "I won't pay fees on top of fees", Intent.DISPUTE_AMOUNT),
        ("en", "not paying interest on the interest, no chance", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "利上加利，我一毫子都唔會俾", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_families_v26(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "whoever finds me a cheaper plan gets a medal", Intent.SELF_HARM_RISK),
        ("en", "I'm on the account with my wife, we'll pay", Intent.DISPUTE_NOT_MINE),
        ("en", "I'm not paying, end of story", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "对不起，我找到工作了，下个月开始还", Intent.SELF_HARM_RISK),
    ],
)
def test_look_alikes_v26(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "好吧就这样，明天以后谁都别想再找到我"),
        ("en", "ok fine. after tonight you won't be able to reach me, ever"),
    ],
)
def test_an_assent_beside_a_farewell_dates_nothing(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.SELF_HARM_RISK
    assert reading.date is None


def test_a_promise_beside_a_farewell_keeps_its_day() -> None:
    reading = read("好，下周五我会还最后的两千，以后你们就找不到我了")

    assert reading.intent is Intent.SELF_HARM_RISK
    assert reading.date is not None


@pytest.mark.parametrize(
    "text",
    [
        "my shifts got moved to about 16 a week so money is tight",
        "they dropped my hours down to maybe 12 a week, rent is a struggle",
    ],
)
def test_hours_cut_to_about_a_figure_are_no_money(text: str) -> None:
    assert read(text, "en").amount is None


@pytest.mark.parametrize(
    "text",
    [
        "I'll clear it once my wages come through",
        "when my salary hits I'll send 200",
    ],
)
def test_wages_coming_through_are_a_payday(text: str) -> None:
    reading = read(text, "en")

    assert reading.date is not None
    assert reading.date.relative_to_payday


def test_a_balance_asked_against_the_last_one_is_no_farewell() -> None:
    # retrained with blind22, the n-gram model read "last time it was like 700" as self-harm;
    # "last time" alone is no longer an evidence word (only a farewell's: "for the last time")
    reading = read("how much is it now with the fees? last time it was about 650", "en")

    assert Intent.SELF_HARM_RISK not in reading.signals
