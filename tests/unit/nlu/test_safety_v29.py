"""Lexicons v29: the safety families blind25's misses showed (read after blind26 was committed
sealed), in other words than the corpus messages, with look-alikes that must keep their
reading; and the figures read from the same file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "some nights I think about steering into the guardrail", Intent.SELF_HARM_RISK),
        ("en", "the life insurance will pay off my debts anyway", Intent.SELF_HARM_RISK),
        ("en", "delete my number please", Intent.OPT_OUT),
        ("en", "afterpay? I've never used afterpay", Intent.DISPUTE_NOT_MINE),
        ("en", "I'm not paying for stuff I never ordered", Intent.DISPUTE_NOT_MINE),
        ("en", "prove I signed anything", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我哪来的钱去借什么贷款，绝对不是我", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_safety_families_v29(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "my cousin would rather die than pay a late fee lol", Intent.SELF_HARM_RISK),
        ("en", "I've got nothing left to give you this month", Intent.SELF_HARM_RISK),
        ("en", "I drove into the city to the branch", Intent.SELF_HARM_RISK),
        ("zh_Hans", "肯定不是我的错，是系统扣错了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我又不是要去跳樓，只係想問可唔可以分期", Intent.SELF_HARM_RISK),
    ],
)
def test_look_alikes_v29(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_rather_die_than_living_like_this_stays_a_warning_sign() -> None:
    assert Intent.SELF_HARM_RISK in read("I'd rather die than live like this", "en").signals


def test_a_payment_plan_named_in_a_farewell_dates_nothing() -> None:
    reading = read(
        "left a letter for my daughter. stop worrying about the payment plan, "
        "none of it matters after friday",
        "en",
    )

    assert reading.intent is Intent.SELF_HARM_RISK
    assert reading.date is None


@pytest.mark.parametrize(
    "text",
    [
        "my lawyer is at (212) 555-0188, call her",
        "paid monday, reference #B20931",
    ],
)
def test_phone_numbers_and_codes_are_no_sums(text: str) -> None:
    assert read(text, "en").amount is None


def test_a_fee_a_day_said_in_words_is_the_amount() -> None:
    reading = read("逾期一天罚三十？这也太黑了")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal("30")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("每個月還住$600得唔得", "HKD"),
        ("係咪仲差$1500？", "HKD"),
        ("沒關係，每月還$600可以嗎", "TWD"),
    ],
)
def test_cantonese_makes_a_plain_dollar_hong_kong_dollars(text: str, currency: str) -> None:
    reading = read(text, "zh_Hant")

    assert reading.amount is not None
    assert reading.amount.currency == currency


def test_killing_time_is_an_idiom() -> None:
    # retrained with blind25, the n-gram model read "killing time in the waiting room" as
    # self-harm (0.92)
    reading = read("just killing time at the bus stop, can I pay by card?", "en")

    assert Intent.SELF_HARM_RISK not in reading.signals
