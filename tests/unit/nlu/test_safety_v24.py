"""Lexicons v24: the safety families blind20's misses showed (read after blind21 was committed
sealed), with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "i just wanted to say sorry to someone before i go", Intent.SELF_HARM_RISK),
        ("en", "before i go. its not your fault", Intent.SELF_HARM_RISK),
        ("en", "the app says 1,120 and your letter says 1,480", Intent.DISPUTE_AMOUNT),
        ("en", "which one is right? 900 or 1,300", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "我記得只剩八千，不是一萬四", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "明明是五千，不是七千", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "有问题去找我律师，别找我", Intent.OPT_OUT),
        ("zh_Hans", "有问题去找我律师，别找我", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "你哋係邊個？我冇欠人錢", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "I paid half of it in september. your statement ignores that",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "the balance doesn't reflect my last payment", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_families_v24(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "let me say thanks before I go to the bank", Intent.SELF_HARM_RISK),
        ("zh_Hant", "垃圾公司去死啦", Intent.SELF_HARM_RISK),
        ("zh_Hans", "只剩八千了，下周还", Intent.DISPUTE_AMOUNT),
        ("en", "your app doesn't show the pay button", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_v24(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_the_balance_asked_then_two_figures_disagreeing_is_a_dispute() -> None:
    text = (
        "what's the total with interest? because the app says 1,120 and your letter says 1,480 "
        "and they can't both be right"
    )

    assert read(text, "en").intent is Intent.DISPUTE_AMOUNT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Been on disability since my stroke. Check's $943 a month and rent is $800."),
        ("zh_Hant", "請看護一個月就要七萬，錢全部都花在這上面了"),
        ("zh_Hant", "我現在在領失業給付，一個月才一萬八，真的沒辦法"),
    ],
)
def test_money_coming_in_or_going_out_a_month_is_no_offer(language: str, text: str) -> None:
    assert Intent.COUNTER_OFFER not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [("zh_Hans", "上周五就转账了，你们查一下"), ("zh_Hant", "上禮拜五就轉帳了，你們查一下")],
)
def test_transferred_on_a_day_gone_by_is_paid(language: str, text: str) -> None:
    assert read(text, language).intent is Intent.ALREADY_PAID
