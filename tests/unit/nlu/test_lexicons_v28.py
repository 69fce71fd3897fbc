"""Lexicons v28: the non-safety intents and reasons blind24's misses showed (read after blind25 was
committed sealed), in other words than the corpus messages, with look-alikes that must keep their
reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import lexicon_said, read


def _v28_cues(text: str, language: str) -> list[str]:
    """The rules of the v28 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v28")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "on monday i'll pay 650 and settle it", Intent.PROMISE_TO_PAY),
        ("en", "i will send 1,200 to close the account next friday", Intent.PROMISE_TO_PAY),
        ("en", "rough week. 120 on the 5th", Intent.PROMISE_TO_PAY),
        ("en", "so 300 by thursday", Intent.PROMISE_TO_PAY),
        ("en", "what's the damage?", Intent.ASK_BALANCE),
        ("en", "ok how bad is the damage", Intent.ASK_BALANCE),
        ("en", "you want it all by friday?? nah", Intent.DECLINE),
        ("en", "the whole balance by the 30th?? lmao no", Intent.DECLINE),
        ("zh_Hans", "我会把欠的三期补齐", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "明天把钱转进你们的收款账户", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "三百块就是我的极限了", Intent.COUNTER_OFFER),
        ("zh_Hans", "一个月八百已经是我能拿出的最多了", Intent.COUNTER_OFFER),
        ("zh_Hans", "还清以后你们还会联系我父母吗", Intent.ASK_QUESTION),
        ("zh_Hans", "分期以后会不会再打给我同事", Intent.ASK_QUESTION),
        ("zh_Hans", "你们几点下班", Intent.ASK_QUESTION),
        ("zh_Hans", "你们周末几点开门", Intent.ASK_QUESTION),
        ("zh_Hans", "有人再吗", Intent.GREETING),
        ("zh_Hans", "缴费单拍照发给你们了", Intent.ALREADY_PAID),
        ("zh_Hans", "已缴费，你们查一下", Intent.ALREADY_PAID),
        ("zh_Hans", "钱打到你们账户了", Intent.ALREADY_PAID),
        (
            "zh_Hans",
            "之前被假冒客服的骗子骗走了验证码，他们拿我的身份信息注册借款",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("zh_Hans", "碰到一个骗子，她用我的支付宝借了两万", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "呢個數我唔接受", Intent.DECLINE),
        ("zh_Hant", "你哋個方案我唔制", Intent.DECLINE),
        ("zh_Hant", "還晒之後會唔會搵我同事", Intent.ASK_QUESTION),
        ("zh_Hant", "清數後你哋仲會唔會打俾我老母", Intent.ASK_QUESTION),
        ("zh_Hant", "你哋幾點收工", Intent.ASK_QUESTION),
        ("zh_Hant", "收據拍照傳給你們了", Intent.ALREADY_PAID),
    ],
)
def test_families_v28(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # a figure opening its clause, then its day: a promise of that day
        ("en", "rough week. 120 on the 5th", date(2026, 12, 5)),
        ("en", "so 300 by thursday", date(2026, 11, 19)),
        # the figure to close the account, with its day
        ("en", "on monday i'll pay 650 and settle it", date(2026, 11, 23)),
        ("en", "i will send 1,200 to close the account next friday", date(2026, 11, 27)),
        # the missed instalments made up by a day
        ("zh_Hans", "下周五我会补缴那三期", date(2026, 11, 27)),
        ("zh_Hans", "明天把钱转进你们的收款账户", date(2026, 11, 19)),
        # the automatic debit stopped, the payment made by hand on a day
        ("zh_Hant", "先取消代扣，下個月5號我自己去銀行匯", date(2026, 12, 5)),
    ],
)
def test_promised_days_v28(language: str, text: str, day: date) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert understood.date is not None
    assert understood.date.date == day


def test_a_reported_insult_stays_reported_beside_a_promise_v28() -> None:
    understood = read("my mum said to tell you to go to hell. 300 on the 2nd", "en")
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert Intent.ABUSE not in understood.signals
    assert any(cue.signal == "abuse" and cue.suppressed == "quoted" for cue in understood.cues)
    assert understood.amount is not None
    assert understood.amount.amount == Decimal(300)
    assert understood.date is not None
    assert understood.date.date == date(2026, 12, 2)


def test_a_cost_by_itself_ranks_below_the_offer_v28() -> None:
    # the daycare's figure is a cost stated: the one-time offer is the amount (a stated sum takes
    # no rank from its period)
    understood = read("daycare is 900 a month by itself, can I pay 700 one time", "en")
    assert understood.intent is Intent.COUNTER_OFFER
    assert understood.amount is not None
    assert understood.amount.amount == Decimal(700)
    assert understood.amount.per is Period.ONCE


def test_the_most_one_can_bear_keeps_the_reason_v28() -> None:
    understood = read("降薪了，每月三百是我能承受的最多了", "zh_Hans")
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.HARDSHIP in understood.signals
    assert understood.reason is HardshipReason.INCOME_REDUCED


def test_a_wail_is_no_assent_v28() -> None:
    for text in ("呜呜呜呜", "啊啊啊啊"):
        understood = read(text, "zh_Hans")
        assert understood.intent is Intent.UNKNOWN
        assert Intent.AGREE not in understood.signals


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "the vet bills for my cat's chemo have wiped me out", HardshipReason.OTHER),
        ("en", "my dog needed an operation and it cost me 1,800", HardshipReason.OTHER),
        (
            "en",
            "haven't had a single shift in weeks since the warehouse closed",
            HardshipReason.UNEMPLOYMENT,
        ),
        ("en", "no gigs for the past two months", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "厂里把我裁掉了", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "生产线直接砍掉了", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "工资又拖了两个月", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "薪水老是拖着不发", HardshipReason.SALARY_DELAYED),
        ("zh_Hant", "薪水又拖", HardshipReason.SALARY_DELAYED),
    ],
)
def test_reasons_v28(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


def test_no_work_beside_an_offer_v28() -> None:
    understood = read("no shifts in a month, can I pay 50 a week", "en")
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.HARDSHIP in understood.signals
    assert understood.reason is HardshipReason.UNEMPLOYMENT


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # the debtor's own surgery, a relative's: still illness and a family emergency
        ("en", "I had knee surgery and my dog is staying with my mom", HardshipReason.ILLNESS),
        ("en", "my dad's surgery went fine but I missed work", HardshipReason.FAMILY_EMERGENCY),
        # no work because of an illness or a family emergency: the cause wins
        ("en", "on chemo and haven't worked since may", HardshipReason.ILLNESS),
        ("en", "my son is in the NICU, i haven't worked in weeks", HardshipReason.FAMILY_EMERGENCY),
        # one's own shop closed: still a business failure
        ("en", "my shop closed", HardshipReason.BUSINESS_FAILURE),
    ],
)
def test_look_alike_reasons_keep_their_reading_v28(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a sum told, and an offer to close: still paid and an offer
        ("en", "I paid 200 on the 3rd", Intent.ALREADY_PAID),
        ("en", "i can do 1,000 to close this out", Intent.COUNTER_OFFER),
        # the insult aimed at the collector, the threat and the opt-out stay
        ("zh_Hans", "你们这些骗子", Intent.ABUSE),
        ("zh_Hans", "你这个骗子骗了我", Intent.ABUSE),
        ("zh_Hant", "你們是騙子吧", Intent.ABUSE),
        ("zh_Hans", "我打到你们公司去", Intent.ABUSE),
        ("zh_Hans", "别打给我家人", Intent.OPT_OUT),
        ("zh_Hant", "唔好再打俾我屋企人", Intent.OPT_OUT),
        # instalments asked for, not promised
        ("zh_Hans", "能不能先补缴两期", Intent.COUNTER_OFFER),
        # assent and a hello
        ("zh_Hans", "啊好的", Intent.AGREE),
        ("zh_Hans", "好啊，那就这样", Intent.AGREE),
        ("zh_Hans", "在吗在吗", Intent.GREETING),
        # a receipt asked for
        ("zh_Hans", "收据发给我", Intent.ASK_QUESTION),
        # a figure disputed
        ("zh_Hant", "呢個數唔啱", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_keep_their_reading_v28(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "200 on the 30th?", Intent.COUNTER_OFFER),
        ("en", "could we do 250 now and 250 on friday", Intent.COUNTER_OFFER),
        ("en", "I won't pay 1,900 by the 15th. no way", Intent.DECLINE),
    ],
)
def test_figures_on_a_day_that_are_no_promise_v28(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I had knee surgery and my dog is staying with my mom"),
        ("en", "gave my dog to my sister yesterday and wrote letters for the kids"),
        ("en", "no work today, call me tomorrow"),
        ("en", "no work on sundays"),
        ("en", "the site closed my account"),
        ("en", "the warehouse closed early today"),
        ("en", "200 on the 30th?"),
        ("en", "200 on the 1st of every month"),
        ("en", "could we do 250 now and 250 on friday"),
        ("en", "I won't pay 1,900 by the 15th. no way"),
        ("en", "i can do 1,000 to close this out"),
        ("en", "I'll do 1000 and close it out if you agree"),
        ("en", "400 a month? no problem"),
        ("en", "400? no, 300"),
        ("en", "what's the damage to my credit score"),
        ("zh_Hans", "你们这些骗子"),
        ("zh_Hans", "你这个骗子骗了我"),
        ("zh_Hans", "我让他用我的账户借的钱"),
        ("zh_Hans", "我打到你们公司去"),
        ("zh_Hans", "能不能先补缴两期"),
        ("zh_Hans", "别打给我家人"),
        ("zh_Hans", "我上班时间不方便接电话"),
        ("zh_Hans", "我们公司几点下班关你什么事"),
        ("zh_Hans", "我工资三千是我全部收入"),
        ("zh_Hans", "工资不够拖到月底"),
        ("zh_Hans", "人工客服一直没发消息"),
        ("zh_Hans", "收据发给我"),
        ("zh_Hans", "啊好的"),
        ("zh_Hant", "呢個數唔啱"),
        ("zh_Hant", "我唔要再收到你哋短信"),
        ("zh_Hant", "唔好再打俾我屋企人"),
    ],
)
def test_look_alikes_untouched_by_v28(language: str, text: str) -> None:
    assert _v28_cues(text, language) == []


def test_negated_forms_stay_negated_v28() -> None:
    # "I won't be laid off", "I won't make up those two": the v28 cue is found and negated
    for text in ("我不会被裁掉的", "我不会补缴那两期"):
        understood = read(text, "zh_Hans")
        assert any(
            cue.rule.endswith("_v28") and cue.suppressed == "negated" for cue in understood.cues
        )
        assert Intent.PROMISE_TO_PAY not in understood.signals
        assert understood.reason is None
