"""Lexicons v27: the non-safety intents and reasons blind23's misses showed (read after blind24 was
committed sealed), in other words than the corpus messages, with look-alikes that must keep their
reading."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v27_cues(text: str, language: str) -> list[str]:
    """The rules of the v27 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v27")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "if I can send 400 by friday, could you drop the late fees?", Intent.COUNTER_OFFER),
        ("en", "once i clear the principal would you drop the interest?", Intent.COUNTER_OFFER),
        ("en", "if i pay 200 today, please waive the late fees", Intent.COUNTER_OFFER),
        ("en", "not agreeing to another repayment plan, forget it", Intent.DECLINE),
        ("en", "i won't be doing your installment plan", Intent.DECLINE),
        ("zh_Hans", "月底先付三千，行吧", Intent.COUNTER_OFFER),
        ("zh_Hans", "每个月还八百 好吧", Intent.COUNTER_OFFER),
        ("zh_Hant", "月尾俾三千，OK唔OK", Intent.COUNTER_OFFER),
        ("zh_Hans", "是银行卡付的，你们查一下", Intent.ALREADY_PAID),
        ("zh_Hans", "微信还的", Intent.ALREADY_PAID),
        ("zh_Hans", "还清了能不能给我开个结清证明", Intent.ASK_QUESTION),
        ("zh_Hant", "還清了能不能開立清償證明", Intent.ASK_QUESTION),
        ("zh_Hans", "对方登录我的支付宝贷了三万", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "騙子登入我的帳號借了三萬", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_families_v27(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


def test_a_figure_offered_for_a_waiver_hides_the_fee_dispute_v27() -> None:
    understood = read("when I send the 500 on friday, could you take off the penalty fees", "en")
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.DISPUTE_AMOUNT not in understood.signals
    assert understood.date is not None
    assert understood.date.date == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # a duration "in … time" reads like the duration alone
        ("en", "can we start in a month's time", date(2026, 12, 18)),
        ("en", "i'll pay 200 in three days' time", date(2026, 11, 21)),
        ("en", "in two weeks\N{RIGHT SINGLE QUOTATION MARK} time i can pay 200", date(2026, 12, 2)),
        ("en", "i can pay in 2 weeks time", date(2026, 12, 2)),
        # the channel named first, the day of the payment after it
        ("zh_Hans", "银行转的，上周五", date(2026, 11, 13)),
        ("zh_Hant", "臨櫃繳的，昨天", date(2026, 11, 17)),
        ("zh_Hant", "郵局匯的，前天", date(2026, 11, 16)),
    ],
)
def test_days_v27(language: str, text: str, day: date) -> None:
    understood = read(text, language)
    assert understood.date is not None
    assert understood.date.date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "等paycheck到账第一时间转给你们"),
        ("zh_Hans", "salary一到就还你们"),
        ("zh_Hant", "等出pay即刻還"),
    ],
)
def test_mixed_language_paydays_v27(language: str, text: str) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert understood.date is not None
    assert understood.date.relative_to_payday


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "got 4 other credit cards and my whole paycheck goes straight to the minimums",
            HardshipReason.OVER_INDEBTED,
        ),
        (
            "en",
            "i pay one off and then another is overdue, it's endless",
            HardshipReason.OVER_INDEBTED,
        ),
        ("en", "every check just vanishes into the loans", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "这样下去店都开不下去了", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hans", "一直找不到事做，只能送外卖", HardshipReason.UNEMPLOYMENT),
        ("zh_Hant", "揾唔到工開，淨係做散工", HardshipReason.UNEMPLOYMENT),
        ("zh_Hant", "疫情之後找無頭路，靠打零工過日子", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "孕期反应大，请了长假", HardshipReason.OTHER),
        ("zh_Hans", "刚生完孩子在坐月子，没收入", HardshipReason.OTHER),
        ("zh_Hant", "大咗肚冇得做嘢", HardshipReason.OTHER),
        ("zh_Hans", "工钱一直结不到，包工头跑路了", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "包工头跑路了，工钱没结", HardshipReason.SALARY_DELAYED),
        ("zh_Hant", "我自己得了癌症，在做化療，醫藥費花光了積蓄", HardshipReason.ILLNESS),
    ],
)
def test_reasons_v27(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # the foreman gone and no work: still unemployment (v17)
        ("zh_Hans", "包工头跑路了，三个月没活干", HardshipReason.UNEMPLOYMENT),
        # odd jobs alone: still reduced income (v18)
        ("zh_Hans", "打零工，收入不稳定", HardshipReason.INCOME_REDUCED),
        # a newborn in intensive care: still a family emergency (v15)
        ("zh_Hans", "老婆早产，孩子还在保温箱", HardshipReason.FAMILY_EMERGENCY),
        # a relative's medical bills: still a family emergency
        ("zh_Hant", "阿媽嘅醫藥費好貴", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hant", "小孩住院，醫藥費很貴", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hant", "我爸中風住院，醫藥費很重", HardshipReason.FAMILY_EMERGENCY),
        # one's own money lost to a scam: still other
        ("zh_Hans", "我被诈骗了，被骗走了两万", HardshipReason.OTHER),
    ],
)
def test_look_alike_reasons_keep_their_reading_v27(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a fee disputed without a payment offered: still a dispute
        ("en", "waive the late fees, they're wrong", Intent.DISPUTE_AMOUNT),
        ("en", "can you waive the late fees?", Intent.DISPUTE_AMOUNT),
        # a plan asked for, or refused beside a promise
        ("en", "can I get a payment plan starting next week", Intent.COUNTER_OFFER),
        ("en", "not doing any payment plan, i'll pay it all on friday", Intent.PROMISE_TO_PAY),
        # a vow closed by 行吧, and 行吧 alone
        ("zh_Hans", "我保证全部还清 行吧", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "行吧", Intent.AGREE),
        # paid, then a certificate asked for: still paid
        ("zh_Hans", "我还完了，请开结清证明", Intent.ALREADY_PAID),
        ("zh_Hans", "已经还清了能开证明吗", Intent.ALREADY_PAID),
        # a channel asked about: still a question
        ("zh_Hans", "支付宝转的钱到了吗", Intent.ASK_QUESTION),
        ("zh_Hans", "支付宝还的话有手续费吗", Intent.ASK_QUESTION),
        # an identity used by someone: still identity theft
        ("zh_Hans", "有人用我的身份证借了钱", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_look_alikes_keep_their_reading_v27(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my paycheck goes to rent and groceries"),
        ("en", "I have 2 kids and no help"),
        ("en", "i pay one bill a month"),
        ("en", "if i pay late can you waive the fees"),
        ("en", "waive the late fees, they're wrong"),
        ("en", "can I get a payment plan starting next week"),
        ("en", "I'm on a payment plan already"),
        ("en", "why can't i get a payment plan"),
        ("zh_Hans", "我保证全部还清 行吧"),
        ("zh_Hans", "好的，下个月还两千，可以"),
        ("zh_Hans", "salary还没到账"),
        ("zh_Hans", "工作做不下去了"),
        ("zh_Hans", "找不到活路了"),
        ("zh_Hans", "找不到工资条了"),
        ("zh_Hans", "打零工，收入不稳定"),
        ("zh_Hans", "支付宝转的钱到了吗"),
        ("zh_Hans", "支付宝还的话有手续费吗"),
        ("zh_Hans", "我会支付宝还的"),
        ("zh_Hans", "支付宝转的？"),
        ("zh_Hans", "微信还的时候显示失败"),
        ("zh_Hans", "我还完了，请开结清证明"),
        ("zh_Hans", "已经还清了能开证明吗"),
        ("zh_Hans", "这个月结不了账"),
        ("zh_Hans", "包工头跑路了，三个月没活干"),
        ("zh_Hans", "我被诈骗了，被骗走了两万"),
        ("zh_Hans", "骗子让我用我的账号借款转给他"),
        ("zh_Hans", "我用我的账号借的"),
        ("zh_Hant", "我大肚腩好大"),
        ("zh_Hant", "郵局匯的話要幾天"),
        ("zh_Hant", "我已經繳清了，請開立清償證明"),
    ],
)
def test_look_alikes_untouched_by_v27(language: str, text: str) -> None:
    assert _v27_cues(text, language) == []


def test_a_business_that_cannot_go_on_keeps_its_figure_v27() -> None:
    # the reason is read, and the figure of speech that keeps the models from a warning sign stays
    understood = read("饭店也开不下去了，房租还欠着", "zh_Hans")
    assert understood.reason is HardshipReason.BUSINESS_FAILURE
    assert Intent.SELF_HARM_RISK not in understood.signals
    assert any(
        cue.rule.endswith("business_going_under_v17") and cue.suppressed == "figurative"
        for cue in understood.cues
    )
