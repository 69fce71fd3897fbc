"""Lexicons v48, fitted on blind43 after its single run (debts that came through other people and
other lenders: guarantors, a former spouse's or a dead parent's debt, partners gone, debts sold on,
buy-now-pay-later): its safety misses and the look-alikes it raised, in other words than blind43's.

A guarantor, a co-borrower or an heir who owns up to the debt, asks why they are the one chased or
who holds it now is no not-mine denial; someone else blocked, memberships cancelled or an opt-out's
wording asked about is no opt-out; a lawyer seen online, one the debtor cannot afford, one to sue a
third party is no lawyer of theirs; a person praised or someone's job is no request for a person."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_read_in_words,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "can you have an adviser phone me, the statement makes no sense",
            Intent.REQUEST_HUMAN,
        ),
        ("en", "you've charged me twice for the same klarna order", Intent.DISPUTE_AMOUNT),
        ("en", "that cannot be right, the balance is 1,200, not 2,400", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "你们把我老公那部分也算到我头上了", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "你哋將我拍檔嘅數都計埋落我名下", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "佢偷用我嘅身份證去借咗兩萬", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "去年已經聲請更生", Intent.BANKRUPTCY),
        ("en", "my mum cleared it all off last week", Intent.ALREADY_PAID),
        ("en", "not interested in any instalment plan, thanks", Intent.DECLINE),
        ("zh_Hans", "行，等发工资就还", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "这笔我来还吧", Intent.PROMISE_TO_PAY),
    ],
)
def test_what_blind43_missed_is_read_in_other_words_v48(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "why do you keep calling me and not my husband, it's his card",
            Intent.DISPUTE_NOT_MINE,
        ),
        (
            "en",
            "I took the loan out with Lendco, not you, so who has it now",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("en", "nothing to do with me, but I still owe the phone bill", Intent.DISPUTE_NOT_MINE),
        ("en", "I unblocked my brother's number so he can text me", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "点解只搵我唔搵佢", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "合同是我自己签的，我认", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "跟你们没关系，我就问还差多少", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "把视频会员和外卖会员都退订了", Intent.OPT_OUT),
        ("zh_Hans", "我已经把前妻拉黑了", Intent.OPT_OUT),
        ("zh_Hans", "如果我回复“不要再打了”会怎样", Intent.OPT_OUT),
        ("zh_Hans", "我叫我表弟别再问我借钱", Intent.OPT_OUT),
        (
            "en",
            "some lawyer on youtube said collectors can't call after 9",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hans", "请律师的钱都付不起，只能自己跟你们谈", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "抖音上有个律师讲可以停息挂账", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "他打算请律师起诉他老板", Intent.LEGAL_REPRESENTATION),
        ("en", "the woman I talked to on monday was so patient, cheers", Intent.REQUEST_HUMAN),
        ("en", "my wife is a manager at a call centre", Intent.REQUEST_HUMAN),
        ("zh_Hans", "你们的客服态度很好", Intent.REQUEST_HUMAN),
        ("en", "the interest looks about right to me", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "同事说你们收费太高，不过我觉得合理", Intent.DISPUTE_AMOUNT),
        ("en", "the worry nearly killed my dad with stress", Intent.SELF_HARM_RISK),
        ("en", "you profit off dead people's debts", Intent.SELF_HARM_RISK),
        ("zh_Hant", "氣到想死，個前夫走咗去", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我爸气得打了他一顿", Intent.SELF_HARM_RISK),
        ("zh_Hans", "这个月又花到破产了", Intent.BANKRUPTCY),
        ("zh_Hans", "卧槽，居然这么快就批了", Intent.ABUSE),
    ],
)
def test_what_blind43_read_into_look_alikes_is_a_figure_of_speech_v48(
    language: str, text: str, intent: Intent
) -> None:
    reading = read_as_figure_of_speech(text, language, "_v48")
    assert intent not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "my ex-husband stuck me with the loan, can I do 50 a month", HardshipReason.DIVORCE),
        ("en", "lost my job after the factory shut down", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "前妻留下的烂摊子，每月只能还五百", HardshipReason.DIVORCE),
    ],
)
def test_the_reason_is_the_debtors_own_v48(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "this isn't my debt, my ex took it out in my name", Intent.DISPUTE_NOT_MINE),
        ("en", "I've hired a lawyer, talk to her", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我要找律师告你们", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "别再联系我了", Intent.OPT_OUT),
        ("zh_Hans", "为什么找我？这不是我借的", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我借的5000，怎么变成8000了", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "我真係好想死", Intent.SELF_HARM_RISK),
        ("en", "I want to speak to a manager", Intent.REQUEST_HUMAN),
        ("zh_Hans", "卧槽你们这些骗子", Intent.ABUSE),
        ("zh_Hans", "我已经申请破产了", Intent.BANKRUPTCY),
    ],
)
def test_the_safety_readings_stay_v48(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    "text",
    [
        "if my dad cleared the whole thing, would you stop calling me",
        "I'll have settled the whole lot by friday",
    ],
)
def test_a_clearing_to_come_is_no_payment_made_v48(text: str) -> None:
    assert Intent.ALREADY_PAID not in read(text, "en").signals


def test_a_relatives_idea_is_no_relatives_debt_v48() -> None:
    idea = "the loan was my ex's idea, I'll pay it anyway"
    assert not lexicon_said(idea, "en", Intent.DISPUTE_NOT_MINE)
    assert lexicon_said("the loan was my ex's", "en", Intent.DISPUTE_NOT_MINE)


def test_nothing_to_do_with_you_alone_still_denies_the_debt_v48() -> None:
    assert Intent.DISPUTE_NOT_MINE in read("我还的是别家的分期，跟你们没关系，你们搞错人了").signals


def test_a_payment_passed_on_months_and_a_loan_never_applied_for_keep_their_reading_v48() -> None:
    # the read-through narrowed two v48 entries: 转了3个 (months) is no debt passed between
    # firms, and "never applied for" is no payment left unapplied
    assert Intent.ALREADY_PAID in read("已经转了3个月的钱了").signals
    never_applied = read("I never applied for this loan", "en")
    assert Intent.DISPUTE_AMOUNT not in never_applied.signals
    assert Intent.DISPUTE_NOT_MINE in never_applied.signals
