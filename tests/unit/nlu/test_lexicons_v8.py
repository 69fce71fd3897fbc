"""Lexicons v8: the families blind4's misses showed, each in words that are not blind4's.

blind4 was measured once (v5); its misses were read only after blind5 had been commissioned
for the next measurement (tests/nlu_corpus/README.md).
"""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I won't be around by new year anyway, so whatever", Intent.SELF_HARM_RISK),
        ("zh_Hans", "拜托别在QQ上找我了", Intent.OPT_OUT),
        ("zh_Hant", "唔好再喺WhatsApp搵我", Intent.OPT_OUT),
        ("zh_Hans", "我是他妹妹，求你们别再找他了", Intent.OPT_OUT),
        ("en", "please stop calling him, he's not well", Intent.OPT_OUT),
        ("zh_Hans", "我一直在外地打工，怎么可能跟你们借钱", Intent.DISPUTE_NOT_MINE),
        ("en", "those figures are nonsense, check your math", Intent.DISPUTE_AMOUNT),
        ("en", "someone has been using my card since march", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "我個戶口俾人hack咗", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "that was settled in august, I have the receipt", Intent.ALREADY_PAID),
        ("en", "ok go ahead and set it up", Intent.AGREE),
        ("en", "no chance mate", Intent.DECLINE),
        ("zh_Hans", "我这边还剩几期？", Intent.ASK_BALANCE),
    ],
)
def test_the_families_blind4_showed_are_understood(
    language: str, text: str, intent: Intent
) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "my salary hasn't come in yet this month", "salary_delayed"),
        ("zh_Hans", "老板工资一直拖着没发", "salary_delayed"),
        ("zh_Hant", "公司改做四休三，收入少一截", "income_reduced"),
        ("zh_Hans", "最近在闹离婚，顾不上", "divorce"),
    ],
)
def test_the_reasons_blind4_showed_are_understood(language: str, text: str, reason: str) -> None:
    assert read(text, language).reason == reason


def test_waiving_the_fees_is_a_condition_not_a_dispute() -> None:
    reading = read("I'd pay 900 in one go if you waive the fees", "en")
    assert reading.intent is Intent.COUNTER_OFFER
    assert Intent.DISPUTE_AMOUNT not in reading.signals


def test_principal_plus_interest_is_a_question_not_a_dispute() -> None:
    assert read("本金加利息一共是多少", "zh_Hans").intent is Intent.ASK_BALANCE


def test_would_before_a_figure_makes_it_money() -> None:
    reading = read("would 300 be ok?", "en")
    assert reading.amount is not None
    assert str(reading.amount.amount) == "300"
