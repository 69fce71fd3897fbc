"""Lexicons v22: the safety families blind18's misses showed (read after blind19 was committed
sealed), with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the negation is the sign itself
        ("en", "my brother says he doesn't see the point in living anymore", Intent.SELF_HARM_RISK),
        ("en", "honestly i dont see the point of going on", Intent.SELF_HARM_RISK),
        # no longer a burden, said as a change of state; affairs arranged, the children handed over
        ("zh_Hans", "都安排好了，孩子交给我妈，我就不拖累大家了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "以後都唔會再拖累屋企人喇", Intent.SELF_HARM_RISK),
        # signs whose natural form holds a negation
        ("en", "I don't care if I die", Intent.SELF_HARM_RISK),
        ("en", "I don't care if I live or die anymore", Intent.SELF_HARM_RISK),
        ("en", "I wouldn't mind not waking up", Intent.SELF_HARM_RISK),
        ("en", "my mom doesn't think she can go on", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我不知道还能撑多久", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我唔知仲撐得幾耐", Intent.SELF_HARM_RISK),
        ("zh_Hant", "做人冇意思", Intent.SELF_HARM_RISK),
        ("zh_Hans", "死了也无所谓", Intent.SELF_HARM_RISK),
        ("en", "my wife found my note", Intent.SELF_HARM_RISK),
        ("en", "never took any loan, stop spamming me", Intent.OPT_OUT),
        ("zh_Hans", "你是AI吧？让你们的staff直接给我打个电话", Intent.REQUEST_HUMAN),
        ("zh_Hans", "叫你们的人打给我", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我爸借的钱凭什么让我还", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "I paid 3 of the 6 installments, so the balance should be half",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "我借的5000，怎么现在要还8700？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "本金才三千，凭什么变成六千", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这利息不合理吧", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_families_v22(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我不想拖累家人，所以想分期", Intent.SELF_HARM_RISK),
        ("zh_Hans", "还清了，以后都不会再麻烦你们了", Intent.SELF_HARM_RISK),
        ("en", "I don't care if I live in a tent, I'll pay", Intent.SELF_HARM_RISK),
        ("en", "I found the note from your company", Intent.SELF_HARM_RISK),
        ("zh_Hans", "月底我就走了，去广州上班，钱找我爸妈要也行", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我叫人打给你", Intent.REQUEST_HUMAN),
        ("en", "I don't think I can go on paying 500 a month", Intent.SELF_HARM_RISK),
        ("zh_Hans", "你们的利息合法吗？", Intent.DISPUTE_AMOUNT),
        ("en", "the payment should be 200 on friday, right?", Intent.DISPUTE_AMOUNT),
        # staff conduct complained of: not the debtor's warning sign
        ("en", "one of your agents told me to just go jump off a bridge", Intent.SELF_HARM_RISK),
    ],
)
def test_look_alikes_v22(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_a_complaint_about_staff_asks_for_a_person() -> None:
    reading = read("one of your agents told me to go jump off a bridge. I want his manager", "en")

    assert reading.intent is Intent.REQUEST_HUMAN


@pytest.mark.parametrize(
    ("text", "amount", "per"),
    [
        ("the processing fee of 60 was never disclosed to me", "60", "once"),
        ("why am I being charged a $35 late fee every week??", "35", "week"),
    ],
)
def test_fees_stated(text: str, amount: str, per: str) -> None:
    reading = read(text, "en")

    assert reading.amount is not None
    assert (str(reading.amount.amount), reading.amount.per.value) == (amount, per)


def test_busy_right_now_says_nothing() -> None:
    assert read("我在开车", "zh_Hans").intent is Intent.UNKNOWN
