"""Lexicons v55, blind52's other misses (long, multi-part messages), in other words than blind52's:
the safety signals that were left after v54 (a part owned and the rest disputed beside identity
theft, the collector's own slip of a zero, a fee nobody told of, a parent's papers used by a carer,
a person asked for by their team or department); a lawyer, a manager, bankruptcy or identity
theft named only to be ruled out or told of someone else; an insult or an oath aimed at the
debtor's own boss or luck; a payment still to come said with 了; a figure thought of and dropped;
the collector's question recalled before the day the debtor names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import (
    assert_figure,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "only part of it is mine, the first 300. The rest was my stolen card",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "I'll cover what's genuinely mine and nothing else", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "卡被盗刷了，我自己的那部分五百我认", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "後面兩筆唔係我碌嘅，呢部分你哋要撤銷", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "借的是两千不是两万，你们系统多写了个0", Intent.DISPUTE_AMOUNT),
        ("en", "the late charges have to come off before I pay a thing", Intent.DISPUTE_AMOUNT),
        ("en", "there is an admin fee nobody told me about", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "his nephew took his passport and ID to open this account",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("zh_Hans", "保姆偷偷拿了我妈的银行卡去网上借钱", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "I'd like to speak with your complaints team please", Intent.REQUEST_HUMAN),
        ("zh_Hans", "麻烦安排客户关怀部的同事给我回个电话", Intent.REQUEST_HUMAN),
        ("zh_Hant", "我想同你哋法務部嘅人傾", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我妈一共欠你们多少？我来帮她还", Intent.ASK_BALANCE),
        ("en", "Thank you for explaining, but no.", Intent.DECLINE),
    ],
)
def test_blind52s_other_misses_in_other_words_v55(language: str, text: str, intent: Intent) -> None:
    assert_read_in_words(text, language, intent, "_v55")


def test_a_part_owned_beside_identity_theft_stays_fraud_with_the_dispute_as_a_signal_v55() -> None:
    reading = read("My card was cloned. Part of this is mine, the 400, the rest is not", "en")

    assert reading.intent is Intent.FRAUD_IDENTITY_THEFT
    assert Intent.DISPUTE_AMOUNT in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "I'm not hiring a lawyer over this, just give me a plan",
            Intent.LEGAL_REPRESENTATION,
        ),
        (
            "en",
            "I'm not asking for your supervisor, the dates are just wrong",
            Intent.REQUEST_HUMAN,
        ),
        (
            "en",
            "My dad went through bankruptcy and I'm not doing it. 150 a month?",
            Intent.BANKRUPTCY,
        ),
        (
            "en",
            "my friend had her identity stolen, so I checked. It's mine.",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("zh_Hans", "朋友说让我申请破产，我想了想，但我不会，我慢慢还", Intent.BANKRUPTCY),
        ("zh_Hans", "同事之前被人冒用身份借过钱，所以我先核实一下", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "my landlord is a complete moron, he doubled the rent", Intent.ABUSE),
        ("zh_Hans", "我那个白痴老公又把钱输光了", Intent.ABUSE),
        ("zh_Hans", "我靠，车又坏了，这个月只能还五百", Intent.ABUSE),
        ("zh_Hans", "网贷利滚利，越滚越多", Intent.ABUSE),
    ],
)
def test_named_only_to_be_ruled_out_or_aimed_elsewhere_v55(
    language: str, text: str, intent: Intent
) -> None:
    reading = read_as_figure_of_speech(text, language, "_v55")

    assert intent not in reading.signals


def test_an_oath_at_the_collector_is_still_abuse_v55() -> None:
    assert read("我靠你们有病吧，天天打", "zh_Hans").intent is Intent.ABUSE


def test_scammers_in_general_are_no_insult_and_no_refusal_v55() -> None:
    reading = read("这是真的吗？现在骗子太多了，怎么还款？", "zh_Hans")

    assert reading.intent is Intent.ASK_QUESTION


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("等奖金到账就把剩下的全部还了", None),
        ("下周三就把这个月的还了", date(2026, 11, 25)),
    ],
)
def test_a_payment_still_to_come_said_with_le_is_a_promise_v55(text: str, day: date | None) -> None:
    reading = read(text, "zh_Hans")

    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.date == day


def test_a_payment_told_with_le_on_a_bare_day_stays_paid_v55() -> None:
    reading = read("我周二就还了，怎么还在催", "zh_Hans")

    assert reading.intent is Intent.ALREADY_PAID
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 17)


@pytest.mark.parametrize(
    ("language", "text", "amount", "per"),
    [
        (
            "en",
            "I was going to offer 300 a month, but after the bills 220 is my limit",
            "220",
            Period.MONTH,
        ),
        ("zh_Hans", "本来想说每月3000，算完账，1800是极限了", "1800", Period.MONTH),
        ("zh_Hans", "本来打算还五百的", "500", Period.ONCE),
    ],
)
def test_a_figure_thought_of_and_dropped_yields_to_the_next_v55(
    language: str, text: str, amount: str, per: Period
) -> None:
    assert_figure(text, language, amount, None, per)


def test_the_collectors_plan_recalled_is_no_offer_v55() -> None:
    reading = read("你们给的每月4000我看了，拿不出，每月2500吧", "zh_Hans")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal("2500")


def test_a_day_in_the_collectors_question_recalled_yields_to_the_debtors_v55() -> None:
    reading = read("你们问明天能不能还，下周一还1500", "zh_Hans")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 23)


# ---- put back in words after the models were retrained with blind51 and blind52 ----


def test_a_height_stood_on_told_with_its_floor_is_a_warning_sign_v55() -> None:
    text = "been out on the roof most nights. 22nd floor. what's the balance"
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v55")


def test_a_floor_or_a_birthday_is_no_day_of_the_month_v55() -> None:
    reading = read("I live on the 9th floor, my 40th birthday is coming, can I pay 100?", "en")

    assert reading.date is None


def test_a_bill_added_twice_is_an_amount_dispute_v55() -> None:
    assert_read_in_words(
        "they charged the insurance twice, it's 30 not 60", "en", Intent.DISPUTE_AMOUNT
    )


def test_calls_past_bearing_are_no_warning_sign_v55() -> None:
    reading = read_as_figure_of_speech(
        "I can't take these calls anymore, stop ringing me", "en", "_v55"
    )

    assert Intent.SELF_HARM_RISK not in reading.signals
    assert reading.intent is Intent.OPT_OUT
