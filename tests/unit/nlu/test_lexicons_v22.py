"""Lexicons v22: the non-safety families blind18's misses showed (read after blind19 was committed
sealed), each in other words than the corpus message and in the other languages, with look-alikes
that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # who is writing and for whom: a question, not a request for a person
        ("en", "which collection agency are you with?", Intent.ASK_QUESTION),
        ("zh_Hans", "你们是受谁委托的？", Intent.ASK_QUESTION),
        # the interest rate asked, and what paying early changes
        ("en", "how much interest am I paying on this?", Intent.ASK_QUESTION),
        ("zh_Hans", "你们的年化利率是多少", Intent.ASK_QUESTION),
        ("zh_Hant", "你哋利息幾多厘", Intent.ASK_QUESTION),
        ("en", "if we settle it in full now, would the fees be lower?", Intent.ASK_QUESTION),
        ("zh_Hant", "如果我一次過還晒，罰息會唔會少啲？", Intent.ASK_QUESTION),
        # where the collector is, to pay at the counter
        ("zh_Hans", "你们公司的办公地址发我一下，我想去线下还款", Intent.ASK_QUESTION),
        # the lowest figure the collector would take: an offer in the making
        ("en", "what's the least you'll accept to close this out", Intent.COUNTER_OFFER),
        ("zh_Hant", "你最低肯收幾多？", Intent.COUNTER_OFFER),
        # a waiver asked as the price of a payment; a payment on the collector's acceptance or on
        # a reduced figure
        ("en", "can you drop the interest and I'll clear it friday", Intent.COUNTER_OFFER),
        ("zh_Hans", "可以把罚息免掉的话我就一次还清", Intent.COUNTER_OFFER),
        ("zh_Hans", "一次性还五千，其余的全部免掉，同意的话我马上转", Intent.COUNTER_OFFER),
        ("zh_Hant", "減到三千我今日就過數", Intent.COUNTER_OFFER),
        # the balance asked, more fees only supposed, or a figure seen asked to be confirmed
        ("en", "is it still 540 or have more fees been added?", Intent.ASK_BALANCE),
        ("en", "my statement shows $1,240, is that correct?", Intent.ASK_BALANCE),
        ("zh_Hans", "账单上写着5200，对吗", Intent.ASK_BALANCE),
        ("zh_Hant", "係咪呢個數？", Intent.ASK_BALANCE),
        # threats to turn up, conditioned on being contacted again; scorn for the collector
        (
            "en",
            "call me again and I'll pay you a visit, and it won't be a friendly one",
            Intent.ABUSE,
        ),
        ("en", "keep calling and I'll find out where your office is", Intent.ABUSE),
        ("en", "text me again and we'll pay your office a visit", Intent.ABUSE),
        ("zh_Hans", "你们算老几，也配跟我讲话", Intent.ABUSE),
        ("zh_Hant", "你哋班廢柴", Intent.ABUSE),
        # a message not meant to be sent, small talk
        ("en", "sorry butt dial", Intent.UNKNOWN),
        ("en", "what a lovely morning", Intent.UNKNOWN),
        ("zh_Hans", "今天阳光真好啊", Intent.UNKNOWN),
        # refusals: nothing will be paid, no plan
        ("en", "you won't see a cent from me", Intent.DECLINE),
        ("zh_Hant", "你哋一蚊都收唔到", Intent.DECLINE),
        ("zh_Hans", "不要什么还款计划，你们一分钱都别想拿到", Intent.DECLINE),
        # a loan taken with the debtor's details by someone else
        ("zh_Hans", "骗子用了我的身份资料在你们平台借了钱", Intent.FRAUD_IDENTITY_THEFT),
        # the late fees of a hardship story
        (
            "en",
            "my pay's been late for weeks and I'm getting late fees on all my bills",
            Intent.HARDSHIP,
        ),
        ("zh_Hans", "工资拖了两个月，现在到处都在收我滞纳金", Intent.HARDSHIP),
    ],
)
def test_families_v22(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_threat_if_contacted_again_is_abuse_v22() -> None:
    # since v51 the contact it forbids is an opt-out signal beside it (test_safety_v51_blind48)
    reading = read("keep calling and I'll find out where your office is", "en")

    assert reading.intent is Intent.ABUSE


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "the bakery we owned for ten years went under in the spring",
            HardshipReason.BUSINESS_FAILURE,
        ),
        ("en", "my cafe closed down in june", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hant", "間舖做咗十年，上個月執咗", HardshipReason.BUSINESS_FAILURE),
        (
            "en",
            "two of my clients still haven't paid me for october",
            HardshipReason.SALARY_DELAYED,
        ),
        ("en", "the company couldn't make payroll again", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "客户一直拖着不付款，我的钱都压在那边", HardshipReason.SALARY_DELAYED),
        (
            "en",
            "Mom's in palliative care and I'm with her every day",
            HardshipReason.FAMILY_EMERGENCY,
        ),
        ("zh_Hans", "我妈在安宁病房，我每天都去陪她", HardshipReason.FAMILY_EMERGENCY),
        ("en", "I've been on crutches since the fall and can't work", HardshipReason.ILLNESS),
        ("zh_Hant", "我而家坐輪椅，做唔到嘢", HardshipReason.ILLNESS),
        ("en", "my mom is in a wheelchair and needs care", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "我妈坐轮椅，需要人照顾", HardshipReason.FAMILY_EMERGENCY),
        ("en", "my husband died in a car accident last year", HardshipReason.BEREAVEMENT),
        ("zh_Hans", "我爸前年出车祸没了", HardshipReason.BEREAVEMENT),
        ("zh_Hant", "老公去年出車禍冇咗", HardshipReason.BEREAVEMENT),
        ("en", "I was on the layoff list in september", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "我在裁员名单上，每天投简历", HardshipReason.UNEMPLOYMENT),
        ("en", "they cut my salary in half", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "工资突然被砍了三成", HardshipReason.INCOME_REDUCED),
    ],
)
def test_reasons_v22(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        ("en", "the least you could do is stop calling at night", Intent.COUNTER_OFFER),
        ("en", "I'll pay you a visit at the branch tomorrow to settle in cash", Intent.ABUSE),
        ("en", "my brother said he'll pay you a visit", Intent.ABUSE),
        ("zh_Hans", "我算什么东西，谁会在乎我", Intent.ABUSE),
        ("zh_Hant", "我真係廢柴，乜都做唔好", Intent.ABUSE),
        ("zh_Hans", "你最低能还多少", Intent.ABUSE),
        ("en", "you'll get it all on friday", Intent.DECLINE),
        ("zh_Hans", "就是这个数，我下周五还", Intent.ASK_BALANCE),
        ("zh_Hans", "我已经分三次把钱还了", Intent.COUNTER_OFFER),
        ("zh_Hans", "不能接受的话我就不还了", Intent.COUNTER_OFFER),
    ],
)
def test_look_alikes_v22(language: str, text: str, unwanted: Intent) -> None:
    assert unwanted not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        (
            "en",
            "the store I ran to was closed so I couldn't get cash",
            HardshipReason.BUSINESS_FAILURE,
        ),
        ("en", "the restaurant I worked at closed last month", HardshipReason.BUSINESS_FAILURE),
        ("en", "I haven't paid my clients yet", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "我拖着客户的钱没付", HardshipReason.SALARY_DELAYED),
        ("en", "I'm dying to get this sorted", HardshipReason.FAMILY_EMERGENCY),
        ("en", "my son passed his driving test", HardshipReason.BEREAVEMENT),
        ("zh_Hans", "老公出车祸住院了", HardshipReason.BEREAVEMENT),
        ("zh_Hans", "老公出车祸没了工作", HardshipReason.BEREAVEMENT),
        ("en", "my mom is in a wheelchair and needs care", HardshipReason.ILLNESS),
        ("zh_Hans", "我妈坐轮椅，需要人照顾", HardshipReason.ILLNESS),
    ],
)
def test_reason_look_alikes_v22(language: str, text: str, unwanted: HardshipReason) -> None:
    assert read(text, language).reason is not unwanted


def test_one_s_own_details_used_are_no_identity_theft_v22() -> None:
    # both models read identity theft into it; the words do not say it
    text = "我拿我的身份信息在你们这贷的款，是我自己借的"
    assert not lexicon_said(text, "zh_Hans", Intent.FRAUD_IDENTITY_THEFT)


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        # a waiver asked alone stays a dispute; so does one beside a dispute in words
        ("en", "can you waive the late fees?", Intent.DISPUTE_AMOUNT),
        ("en", "could you waive the late fees, I never agreed to them", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "能不能把滞纳金免了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我都还了一半了，怎么还是这个数？", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "the letter says 5000, that can't be right, I only borrowed 2000",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "what interest rate? you never told me about any interest", Intent.DISPUTE_AMOUNT),
        # a stop in words and a person asked for still count
        ("en", "stop calling me or I'll come down to your office", Intent.OPT_OUT),
        ("zh_Hans", "你们公司地址在哪？给我转人工", Intent.REQUEST_HUMAN),
        (
            "en",
            "which collection agency is this? I want to talk to a real person",
            Intent.REQUEST_HUMAN,
        ),
        # a hello asking who is writing, a yes, a promise beside a refused plan or small talk
        ("en", "hi, who am I talking to?", Intent.GREETING),
        ("zh_Hans", "好啊", Intent.AGREE),
        ("en", "I'm not doing a payment plan, I'll pay it all friday", Intent.PROMISE_TO_PAY),
        ("en", "I'll pay it out of my own pocket friday", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "天气真好，我明天就还", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "我已经分三次把钱还了", Intent.ALREADY_PAID),
    ],
)
def test_look_alikes_keep_their_reading_v22(language: str, text: str, wanted: Intent) -> None:
    assert read(text, language).intent is wanted
