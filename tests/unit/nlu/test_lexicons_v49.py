"""Lexicons v49 (the lead): what the models stopped reading once blind44 joined their training,
put back in words (someone using a relative's banking or card to borrow is identity theft; a day
next to 入到数 is a promise), and principal lost with its gains (连本带利全没了), which is no
balance asked."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    TODAY,
    assert_read_in_words,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "有人拿我爸的网银去贷款", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "有人用佢嘅身份證去借錢", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_what_the_retrained_models_stopped_reading_is_in_words_v49(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


def test_a_day_next_to_being_able_to_pay_in_is_a_promise_v49() -> None:
    text = "银行说要本人去柜台，所以后天先入到数"
    assert lexicon_said(text, "zh_Hant", Intent.PROMISE_TO_PAY)
    reading = read(text, "zh_Hant")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.date == TODAY.replace(day=20)


@pytest.mark.parametrize("text", ["买币亏光了，连本带利全没了", "P2P暴雷，连本带利都打水漂了"])
def test_principal_lost_with_its_gains_is_no_balance_asked_v49(text: str) -> None:
    assert not lexicon_said(text, "zh_Hans", Intent.ASK_BALANCE)


def test_paying_late_no_more_is_no_refusal_v49() -> None:
    reading = read_as_figure_of_speech("I won't pay late again, I promise you", "en", "_v49")
    assert Intent.DECLINE not in reading.signals


def test_an_account_frozen_is_a_cause_outside_the_list_v49() -> None:
    reading = read("工资卡被冻结了，这个月晚点还", "zh_Hans")
    assert reading.reason is HardshipReason.OTHER
    assert not lexicon_said("还款期间利息会不会冻结", "zh_Hans", Intent.HARDSHIP)
