"""Lexicons v33: the non-safety intents and reasons blind29's misses showed, and the safety
intents asked about rather than asked for, in other words than the corpus messages, with
look-alikes that must keep their reading (above all the real safety requests)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import lexicon_said, read


def _v33_cues(text: str, language: str) -> list[str]:
    """The rules of the v33 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v33")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the instalment in place, committed to
        ("en", "I'm gonna pay this month's installment on the 3rd", Intent.PROMISE_TO_PAY),
        # a figure and the rest put off, asked; a pause or more time to a month asked; another day
        # for the payments asked; a figure put up with maybe
        ("en", "can I do 150 on friday and the remainder next month?", Intent.COUNTER_OFFER),
        ("en", "could we pause until february? my hours were cut", Intent.COUNTER_OFFER),
        ("en", "please give me until next month", Intent.COUNTER_OFFER),
        (
            "en",
            "ok I accept, but could my payments come out on fridays instead?",
            Intent.COUNTER_OFFER,
        ),
        ("en", "lost my job, perhaps 40?", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能先缓几天？", Intent.COUNTER_OFFER),
        ("zh_Hans", "可以把利息免掉吗，我下周一次还清", Intent.COUNTER_OFFER),
        ("zh_Hans", "先给两千，余下的过年前补上", Intent.COUNTER_OFFER),
        ("zh_Hans", "可不可以改成每月15号扣款", Intent.COUNTER_OFFER),
        ("zh_Hans", "本月真的不行，下个月5号", Intent.COUNTER_OFFER),
        ("zh_Hans", "我一次给你三千，就当算数", Intent.COUNTER_OFFER),
        ("zh_Hans", "钱全交了房租，这个月能不能晚点还", Intent.COUNTER_OFFER),
        ("zh_Hant", "逢禮拜六還你哋300", Intent.COUNTER_OFFER),
        # an assent restating the first instalment
        ("zh_Hans", "好的，那我下周一先还首期", Intent.COUNTER_OFFER),
        # half of it on a named day; a promise beside someone else's threat, reported
        ("zh_Hans", "周五还你一半", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "我兄弟讲要上你们公司闹事，我拦住他了，下周还你", Intent.PROMISE_TO_PAY),
        # a figure refused as more than the rent or the pay
        ("en", "that's more than my paycheck", Intent.DECLINE),
        ("zh_Hant", "呢個月唔還住，冇心情", Intent.DECLINE),
        # an option taken, the plan kept, the plan found good (a laughed-off figure beside it)
        ("en", "fine, I'll do the 4 payments", Intent.AGREE),
        ("en", "sure, we'll take the second option", Intent.AGREE),
        ("en", "I still want to do the plan", Intent.AGREE),
        ("en", "this loan is killing me haha but fine, I'll take the first option", Intent.AGREE),
        ("zh_Hans", "这个分期方案挺好的", Intent.AGREE),
        ("zh_Hant", "呢個方案幾好，幾時開始扣數？", Intent.AGREE),
        # thanks for the time granted
        ("en", "thank you so much for the extra time", Intent.THANKS),
        # questions: the smallest instalment, what accepting would bring, what instalments cost,
        # the plans, when the debt was taken out, when the first payment is taken
        ("en", "what is the minimum weekly payment?", Intent.ASK_QUESTION),
        ("en", "does it still accrue interest if I accept?", Intent.ASK_QUESTION),
        ("en", "if I go with the plan, do the calls stop?", Intent.ASK_QUESTION),
        ("zh_Hans", "最低月供是多少", Intent.ASK_QUESTION),
        ("zh_Hans", "分期的话利息怎么算？", Intent.ASK_QUESTION),
        ("zh_Hans", "想了解一下分期政策", Intent.ASK_QUESTION),
        ("zh_Hans", "这笔贷款是哪年办的？", Intent.ASK_QUESTION),
        ("zh_Hans", "几时开始扣钱？", Intent.ASK_QUESTION),
        # the balance left once waived
        ("zh_Hans", "打折之后还要还多少", Intent.ASK_BALANCE),
        # the debtor's name used by the one who borrowed
        ("zh_Hans", "他用的是我的身份证", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_families_v33(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


def test_a_payment_supposed_is_no_payment_made_v33() -> None:
    understood = read("what if we simply paid it all in january, say 900?", "en")
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.ALREADY_PAID not in understood.signals


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "my wife walked out on us and emptied the joint account", HardshipReason.DIVORCE),
        ("en", "I'm behind on three different cards", HardshipReason.OVER_INDEBTED),
        ("en", "every lender wants their money at once", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "花呗加借呗，越还越多", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "基金亏光了", HardshipReason.INVESTMENT_LOSS),
        ("zh_Hans", "工钱被拖欠了，老板也跑路了", HardshipReason.SALARY_DELAYED),
    ],
)
def test_reasons_v33(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


@pytest.mark.parametrize(
    ("language", "text", "figure", "per", "day"),
    [
        ("en", "I'm gonna pay this month's installment on the 3rd", None, None, date(2026, 12, 3)),
        ("zh_Hant", "逢禮拜六還你哋300", "300", Period.WEEK, None),
        ("zh_Hans", "先给两千，余下的过年前补上", "2000", Period.ONCE, None),
    ],
)
def test_the_figure_and_day_v33(
    language: str, text: str, figure: str | None, per: Period | None, day: date | None
) -> None:
    understood = read(text, language)
    if figure is None:
        assert understood.amount is None
    else:
        assert understood.amount is not None
        assert understood.amount.amount == Decimal(figure)
        assert understood.amount.per is per
    if day is not None:
        assert understood.date is not None
        assert understood.date.date == day


@pytest.mark.parametrize(
    ("language", "text", "asked_about"),
    [
        (
            "en",
            "out of curiosity, if a person declares bankruptcy would this loan still count?",
            Intent.BANKRUPTCY,
        ),
        (
            "en",
            "if someone filed chapter 7, would this get wiped? asking for a friend",
            Intent.BANKRUPTCY,
        ),
        (
            "en",
            "just wondering, if I asked you to stop calling would you really stop?",
            Intent.OPT_OUT,
        ),
        ("en", "what do you mean by escalation?", Intent.REQUEST_HUMAN),
        (
            "en",
            "does the total include the late fees or are those separate?",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "I'm not contesting anything, just curious why the payment changed",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "if I lose my job next year, will I still have to pay the same?",
            Intent.HARDSHIP,
        ),
        ("en", "if we don't accept the offer, will you take us to court?", Intent.DECLINE),
        ("zh_Hans", "好奇问问，假如有人宣告破产，会怎么样？", Intent.BANKRUPTCY),
        ("zh_Hant", "如果破產嘅話會點樣？純粹想知", Intent.BANKRUPTCY),
        ("zh_Hans", "听说请律师就可以不还，真的假的？", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我没有要投诉，只是想了解为什么又涨了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "要是我下个月被炒了，你们会怎么处理？", Intent.HARDSHIP),
        ("zh_Hans", "要是我不接受这个方案，你们会告我吗？", Intent.DECLINE),
        (
            "zh_Hans",
            "随便问问，如果有人冒用他人的身份证借钱怎么办？",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("zh_Hans", "如果我同意这个分期，之前的滞纳金还要交吗？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "提前还清有没有违约金？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "短信说不还钱就寄律师信，你们真会告吗？", Intent.DECLINE),
    ],
)
def test_asked_about_not_asked_for_v33(language: str, text: str, asked_about: Intent) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.ASK_QUESTION
    assert asked_about not in understood.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "my dad keeps saying I should hire an attorney but I'd rather handle it with you directly",
        ),
        ("en", "I never mentioned getting a lawyer, relax"),
        ("zh_Hans", "我又没说要请律师，每个月500行吗"),
    ],
)
def test_a_lawyer_not_wanted_is_no_representation_v33(language: str, text: str) -> None:
    assert not lexicon_said(text, language, Intent.LEGAL_REPRESENTATION)
    assert Intent.LEGAL_REPRESENTATION not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # asked for, not about: every safety intent keeps its reading
        ("en", "I'm filing for bankruptcy next week, will this debt go away?", Intent.BANKRUPTCY),
        ("en", "if I file for bankruptcy, does this go away?", Intent.BANKRUPTCY),
        ("en", "if I told you to stop calling would you actually stop", Intent.OPT_OUT),
        ("en", "stop messaging me", Intent.OPT_OUT),
        ("en", "escalate this to your manager", Intent.REQUEST_HUMAN),
        ("en", "the total includes fees I never agreed to", Intent.DISPUTE_AMOUNT),
        ("en", "I'm disputing this charge", Intent.DISPUTE_AMOUNT),
        ("en", "I have a lawyer", Intent.LEGAL_REPRESENTATION),
        ("en", "I have a lawyer now, talk to her", Intent.LEGAL_REPRESENTATION),
        ("en", "my lawyer will call you", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我已经申请破产了", Intent.BANKRUPTCY),
        ("zh_Hans", "如果申请破产会怎样？", Intent.BANKRUPTCY),
        ("zh_Hans", "我已经请了律师，以后跟律师谈", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "我有律師，你哋同我律師傾", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我要投诉你们", Intent.REQUEST_HUMAN),
        ("zh_Hans", "有人冒用我的身份证借了钱", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "这不是我借的", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "别再给我发短信了", Intent.OPT_OUT),
        ("zh_Hans", "滞纳金太高了，不合理", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "违约金太高了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "能不能把罚息免了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "余额怎么越还越多", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "越还越多，你们的利息有问题", Intent.DISPUTE_AMOUNT),
        # a refusal said, not supposed
        ("en", "I don't agree with this plan", Intent.DECLINE),
        ("zh_Hans", "我不接受这个方案", Intent.DECLINE),
        ("zh_Hans", "我就是不还，你们去告吧", Intent.DECLINE),
        # a day to pay, or a rest with its own day, is a promise; a month refused and left open
        # stays a refusal
        ("en", "I'll pay, just give me till monday", Intent.PROMISE_TO_PAY),
        ("en", "Paying 300 on the 2nd and the rest after christmas", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "12月5号还五千，余数1月10号还", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "这个月实在不行，下个月15号一定还上", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "这个月不行，下个月再说", Intent.DECLINE),
        # a settlement figure asked stays an offer (v22), the balance a balance
        ("zh_Hans", "最低能接受多少？", Intent.COUNTER_OFFER),
        ("zh_Hans", "要还多少", Intent.ASK_BALANCE),
    ],
)
def test_look_alikes_keep_their_reading_v33(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a job lost, not supposed; a delay said, not asked, is the hardship's
        ("en", "I lost my job last week", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "我下个月就失业了", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "家里被水淹了，先缓缓吧", HardshipReason.DISASTER),
    ],
)
def test_hardship_said_keeps_its_reading_v33(
    language: str, text: str, reason: HardshipReason
) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


def test_a_laughed_off_figure_stays_no_self_harm_v33() -> None:
    understood = read("the interest is killing me haha", "en")
    assert Intent.SELF_HARM_RISK not in understood.signals
    assert any(
        cue.signal == Intent.SELF_HARM_RISK.value and cue.suppressed == "figurative"
        for cue in understood.cues
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll pay, just give me till monday"),
        ("en", "Paying 300 on the 2nd and the rest after christmas"),
        ("en", "can I pay the installments later?"),
        ("en", "my husband left for work early, he'll call you"),
        ("en", "the fees are too high"),
        ("en", "can you waive the late fees?"),
        ("en", "I was in a car accident"),
        ("en", "I have a lawyer"),
        ("en", "stop messaging me"),
        ("en", "I'm filing for bankruptcy next week, will this debt go away?"),
        ("en", "if I told you to stop calling would you actually stop"),
        ("zh_Hans", "家里被水淹了，先缓缓吧"),
        ("zh_Hans", "12月5号还五千，余数1月10号还"),
        ("zh_Hans", "这个月不行，下个月再说"),
        ("zh_Hans", "能不能把罚息免了"),
        ("zh_Hans", "我已经交了钱了"),
        ("zh_Hans", "余额怎么越还越多"),
        ("zh_Hans", "如果申请破产会怎样？"),
        ("zh_Hans", "我已经请了律师，以后跟律师谈"),
        ("zh_Hans", "有人冒用我的身份证借了钱"),
        ("zh_Hans", "最低能接受多少？"),
        ("zh_Hant", "我有律師，你哋同我律師傾"),
    ],
)
def test_look_alikes_untouched_by_v33(language: str, text: str) -> None:
    assert _v33_cues(text, language) == []
