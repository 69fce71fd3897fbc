"""Lexicons v49, fitted on blind44 (health, care and age): its reasons and look-alikes, in other
words than blind44's. Who is ill decides the reason: the debtor's own mental illness or named
operation is illness, a relative's operation, care-home costs or a vigil at the hospital is a
family emergency, a retirement that cut the income is income reduced. Letters sent to an old
address, someone else told to leave the debtor alone ("not you"), signing in one's own name and
a contract asked about (签不签) are no opt-out, identity theft or refusal; costs and incomes named
with their period are no offer."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import (
    assert_figure,
    assert_payday,
    assert_read_in_words,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "my bipolar got bad last year and I couldn't hold a job", HardshipReason.ILLNESS),
        (
            "en",
            "had a hip replacement in the summer and I'm still not right",
            HardshipReason.ILLNESS,
        ),
        (
            "en",
            "my mum's hip replacement means I'm off work looking after her",
            HardshipReason.FAMILY_EMERGENCY,
        ),
        ("en", "dad's nursing home fees went up again in April", HardshipReason.FAMILY_EMERGENCY),
        (
            "en",
            "I've been at the hospital day and night since Sunday",
            HardshipReason.FAMILY_EMERGENCY,
        ),
        ("zh_Hans", "我有双相情感障碍，一直没法上班", HardshipReason.ILLNESS),
        ("zh_Hans", "上个月刚换了髋关节置换，走路都难", HardshipReason.ILLNESS),
        ("zh_Hans", "我妈刚放了支架，我请假陪她", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "老伴中风了，我天天跑医院", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "在手术室门口等了一晚上，现在脑子一片空白", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hant", "我爸送去護老院，我哪有錢", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "退休之前一个月一万，现在只有四千", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "醫療費把我壓垮了", HardshipReason.ILLNESS),
    ],
)
def test_who_is_ill_decides_the_reason_v49(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason, text


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "stop sending letters to my sister's old flat, she moved in March", Intent.OPT_OUT),
        ("en", "I told the council to leave me alone, not you. What do I owe?", Intent.OPT_OUT),
        ("zh_Hans", "不要再往旧地址寄了，我搬家了", Intent.OPT_OUT),
        ("zh_Hant", "我叫房東唔好再打嚟，唔係講你哋", Intent.OPT_OUT),
        ("zh_Hans", "我是他儿子，可不可以用我的名义还这笔钱？", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_redirected_letters_someone_else_turned_away_and_a_name_offered_are_figures_v49(
    language: str, text: str, intent: Intent
) -> None:
    reading = read_as_figure_of_speech(text, language, "_v49")
    assert intent not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "stop sending letters to my address", Intent.OPT_OUT),
        ("en", "I told you to leave me alone, not the hospital", Intent.OPT_OUT),
        ("zh_Hans", "不要再给我寄信了", Intent.OPT_OUT),
        ("zh_Hans", "有人用我的名字借了钱", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "我唔簽", Intent.DECLINE),
    ],
)
def test_their_own_forms_stay_v49(language: str, text: str, intent: Intent) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'm not disputing it, I just need a bit more time"),
        ("zh_Hans", "我签不签还没想好"),
    ],
)
def test_a_plea_for_time_and_a_contract_weighed_are_no_dispute_or_refusal_v49(
    language: str, text: str
) -> None:
    assert not lexicon_said(text, language, Intent.DISPUTE_AMOUNT)
    assert not lexicon_said(text, language, Intent.DECLINE)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the rent has gone up to 1,200 a month and I can't keep up"),
        ("zh_Hans", "退休前每月九千，退了只有三千，实在还不上"),
    ],
)
def test_a_cost_risen_and_an_income_before_retiring_are_no_offer_v49(
    language: str, text: str
) -> None:
    assert Intent.COUNTER_OFFER not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can we talk to our accountant first before we agree?"),
        ("en", "could I speak to my GP before I sign anything"),
    ],
)
def test_someone_of_ones_own_asked_first_is_a_question_v49(language: str, text: str) -> None:
    assert lexicon_said(text, language, Intent.ASK_QUESTION)
    assert read(text, language).intent is Intent.ASK_QUESTION


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我爸的欠款究竟多少", Intent.ASK_BALANCE),
        ("zh_Hant", "佢嘅欠款仲有幾多", Intent.ASK_BALANCE),
        ("zh_Hans", "合同上那个签名是有人伪造的", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "这笔钱我周五去交", Intent.PROMISE_TO_PAY),
    ],
)
def test_a_carers_balance_a_forged_name_and_going_to_pay_are_read_v49(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [("zh_Hant", "老農津貼下來就還"), ("zh_Hant", "等國民年金發了再還你")],
)
def test_taiwans_pensions_are_paydays_v49(language: str, text: str) -> None:
    assert_payday(text, language)


@pytest.mark.parametrize(
    ("language", "text", "amount", "per"),
    [
        ("en", "can I do a tenner a week for now", "10", Period.WEEK),
        ("en", "I can manage 20 pound a month", "20", Period.MONTH),
    ],
)
def test_british_notes_and_pound_are_figures_v49(
    language: str, text: str, amount: str, per: Period
) -> None:
    assert_figure(text, language, amount, "GBP", per)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I know exactly what I owe, I'll send 50 on friday", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "我清楚自己欠多少，明天先还五百", Intent.PROMISE_TO_PAY),
    ],
)
def test_the_debt_owned_up_to_leaves_the_promise_v49(
    language: str, text: str, intent: Intent
) -> None:
    reading = read(text, language)
    assert reading.intent is intent
    assert Intent.ASK_BALANCE not in reading.signals


def test_the_debtors_own_state_denied_is_no_debt_denied_v49() -> None:
    reading = read_as_figure_of_speech("I'm not broke, just busy. will pay friday", "en", "_v49")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert Intent.DISPUTE_NOT_MINE not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "你知道我欠多少吗？", Intent.ASK_BALANCE),
        ("en", "I'm not John, wrong number", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_a_balance_not_known_and_a_name_denied_stay_v49(
    language: str, text: str, intent: Intent
) -> None:
    assert intent in read(text, language).signals
