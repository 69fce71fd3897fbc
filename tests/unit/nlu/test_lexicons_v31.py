"""Lexicons v31: the non-safety intents and reasons blind26's and blind27's misses showed, in other
words than the corpus messages, with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import lexicon_said, read


def _v31_cues(text: str, language: str) -> list[str]:
    """The rules of the v31 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v31")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # veiled threats, threats of broken bones, exposing the collector online
        ("en", "call me one more time and see what happens to you", Intent.ABUSE),
        ("en", "you'll find out what happens to your collectors", Intent.ABUSE),
        ("en", "send one more letter and you'll leave with a broken jaw", Intent.ABUSE),
        (
            "en",
            "if that collector comes round again he's going home with a busted nose",
            Intent.ABUSE,
        ),
        ("en", "I'm gonna break his nose if he knocks again", Intent.ABUSE),
        ("zh_Hans", "再打电话我就人肉你", Intent.ABUSE),
        ("zh_Hant", "信唔信我起你老底", Intent.ABUSE),
        ("zh_Hant", "你再串，我就喺網上起晒你底", Intent.ABUSE),
        # a payment done: the transfer done, a dated day with 就…了, the receipt kept or sent,
        # paid up long ago, the automatic debit taken
        ("en", "I already did the payment last night", Intent.ALREADY_PAID),
        ("en", "done the transfer this morning, check your end", Intent.ALREADY_PAID),
        ("zh_Hans", "我10号就还了，你们查一下", Intent.ALREADY_PAID),
        ("zh_Hans", "我11月3号已经在网银转了", Intent.ALREADY_PAID),
        ("zh_Hans", "转账记录我都留着", Intent.ALREADY_PAID),
        ("zh_Hans", "我有汇款单", Intent.ALREADY_PAID),
        ("zh_Hans", "1号已经自动扣了", Intent.ALREADY_PAID),
        ("zh_Hant", "一早清咗數", Intent.ALREADY_PAID),
        ("zh_Hant", "已經過咗數俾你哋", Intent.ALREADY_PAID),
        ("zh_Hant", "入數紙影咗相俾你哋", Intent.ALREADY_PAID),
        ("zh_Hant", "cap咗張入數紙俾你", Intent.ALREADY_PAID),
        # a figure refused without a subject, a dream, no way
        ("en", "sorry, can't do $400 a month", Intent.DECLINE),
        ("en", "nah, cannot do 300 a week", Intent.DECLINE),
        ("zh_Hans", "做你的春秋大梦吧", Intent.DECLINE),
        ("zh_Hant", "咪再發夢啦", Intent.DECLINE),
        ("zh_Hant", "每個月八千？無可能", Intent.DECLINE),
        # the balance: still owed, the quoted figure changed, the sum that clears it
        ("en", "what's still owing on my account?", Intent.ASK_BALANCE),
        ("en", "how much is still outstanding now", Intent.ASK_BALANCE),
        ("zh_Hant", "之前報俾我嘅數有冇變", Intent.ASK_BALANCE),
        ("zh_Hant", "你哋上次話嘅數有冇變過", Intent.ASK_BALANCE),
        ("zh_Hans", "一次还清欠款要多少", Intent.ASK_BALANCE),
        ("zh_Hans", "马上结清全部要几钱", Intent.ASK_BALANCE),
        # questions: a missed instalment, the interest under a plan, the debit stopped
        ("zh_Hans", "要是这个月没还上会有什么后果", Intent.ASK_QUESTION),
        ("zh_Hans", "下个月没缴会怎么样", Intent.ASK_QUESTION),
        ("zh_Hans", "分期以后利息还会不会算", Intent.ASK_QUESTION),
        ("zh_Hans", "代扣能不能取消？", Intent.ASK_QUESTION),
        ("zh_Hans", "我想改用网银还", Intent.ASK_QUESTION),
        # offers: one payment moved, a figure put up to settle
        ("en", "can you push my installment back a week", Intent.COUNTER_OFFER),
        ("en", "will 900 settle it?", Intent.COUNTER_OFFER),
        ("zh_Hans", "先给6000，可以了结吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "8000能不能结清", Intent.COUNTER_OFFER),
        # a promise: 把…还了 after a time to come
        ("zh_Hans", "过几天把尾款结了", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "三天之内把钱转了", Intent.PROMISE_TO_PAY),
        # the plan sent, accepted
        ("zh_Hant", "寻日send嗰个方案我冇問題", Intent.AGREE),
        ("zh_Hant", "嗰個offer我OK", Intent.AGREE),
        # thanks in romanised Cantonese
        ("zh_Hant", "m goi晒 dor jeh", Intent.THANKS),
        ("zh_Hant", "mgoi", Intent.THANKS),
    ],
)
def test_families_v31(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "I bring home maybe a third of what I used to since uber changed the rates",
            HardshipReason.INCOME_REDUCED,
        ),
        ("en", "earning half as much as I did last year", HardshipReason.INCOME_REDUCED),
        ("en", "the restaurant cut us down to three shifts a week", HardshipReason.INCOME_REDUCED),
        ("en", "my shifts got cut after the renovation", HardshipReason.INCOME_REDUCED),
        (
            "en",
            "the boss still hasn't paid our salary, it's been six weeks",
            HardshipReason.SALARY_DELAYED,
        ),
        ("en", "no wages for two months now at the factory", HardshipReason.SALARY_DELAYED),
        ("en", "we lost most of our crop to the drought", HardshipReason.DISASTER),
        ("en", "the frost killed the orchard this spring", HardshipReason.DISASTER),
        ("zh_Hans", "和老婆去年就离了，孩子跟我", HardshipReason.DIVORCE),
        ("zh_Hans", "前夫一分抚养费都不给", HardshipReason.DIVORCE),
        ("zh_Hant", "同老公離咗之後一個人供樓", HardshipReason.DIVORCE),
        ("zh_Hans", "十月份的工资到现在还没入账", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "包工头跑路了，两个月工钱都没拿到", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "医院把绩效工资砍了一半", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "年终奖取消了，房贷都还不上", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "今年干旱，庄稼全死了", HardshipReason.DISASTER),
        ("zh_Hans", "一场冰雹果子颗粒无收", HardshipReason.DISASTER),
        ("zh_Hans", "养老钱全被骗光了", HardshipReason.OTHER),
        ("zh_Hant", "被冒充警察的人騙走了三十萬存款", HardshipReason.OTHER),
        ("zh_Hans", "做完手术还在康复，上不了班", HardshipReason.ILLNESS),
        ("zh_Hant", "做緊復健，暫時返唔到工", HardshipReason.ILLNESS),
        (
            "zh_Hans",
            "我女儿从上周起一直在儿童医院住院",
            HardshipReason.FAMILY_EMERGENCY,
        ),
    ],
)
def test_reasons_v31(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "等我找到新工作就马上还", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "找到工作就先還一部分", Intent.COUNTER_OFFER),
    ],
)
def test_paying_once_a_job_is_found_is_unemployment_v31(
    language: str, text: str, intent: Intent
) -> None:
    understood = read(text, language)
    assert understood.intent is intent
    assert understood.reason is HardshipReason.UNEMPLOYMENT


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("could we move friday's payment to monday?", date(2026, 11, 23)),
        ("can I push this month's installment to the 30th?", date(2026, 11, 30)),
    ],
)
def test_one_payment_moved_is_an_offer_of_that_day_v31(text: str, day: date) -> None:
    understood = read(text, "en")
    assert understood.intent is Intent.COUNTER_OFFER
    assert understood.date is not None
    assert understood.date.date == day


@pytest.mark.parametrize(
    ("language", "text", "figure", "day"),
    [
        ("en", "would $900 be enough to settle if I pay by the 5th?", "900", date(2026, 12, 5)),
        ("zh_Hans", "月底前还2000，能结清吗", "2000", date(2026, 11, 30)),
    ],
)
def test_a_figure_to_settle_by_a_day_is_an_offer_v31(
    language: str, text: str, figure: str, day: date
) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.COUNTER_OFFER
    assert understood.amount is not None
    assert understood.amount.amount == Decimal(figure)
    assert understood.date is not None
    assert understood.date.date == day


def test_a_figure_refused_without_a_subject_is_no_offer_v31() -> None:
    understood = read("nope, can't do 800 a month", "en")
    assert understood.intent is Intent.DECLINE
    assert Intent.COUNTER_OFFER not in understood.signals
    assert understood.amount is not None
    assert understood.amount.per is Period.MONTH


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "我11月2号就转账了", date(2026, 11, 2)),
        ("zh_Hant", "10/30就臨櫃匯款了", date(2026, 10, 30)),
    ],
)
def test_a_payment_on_a_dated_day_dates_it_v31(language: str, text: str, day: date) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.ALREADY_PAID
    assert understood.date is not None
    assert understood.date.date == day


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a payment to come, a payment asked after
        ("en", "will do the bank transfer this morning", Intent.PROMISE_TO_PAY),
        ("en", "I'll do the transfer tonight", Intent.PROMISE_TO_PAY),
        ("en", "did the bank transfer go through?", Intent.ASK_QUESTION),
        ("zh_Hans", "下个月5号就转账了", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "12月10号之前还1500", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "聽日俾晒你", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "先取消代扣，下個月5號我自己去銀行匯", Intent.PROMISE_TO_PAY),
        # payments made, by a day gone by
        ("zh_Hans", "两周前把剩下的还了", Intent.ALREADY_PAID),
        ("zh_Hans", "我已经把剩下的还了", Intent.ALREADY_PAID),
        # offers with a figure
        ("en", "can do 300 a month", Intent.COUNTER_OFFER),
        ("en", "cant do 500 a month but can do 250", Intent.COUNTER_OFFER),
        ("zh_Hans", "分期可以吗", Intent.COUNTER_OFFER),
        # the receipt asked for, the balance asked, a double debit disputed
        ("zh_Hans", "收据发给我", Intent.ASK_QUESTION),
        ("en", "is 1500 the balance?", Intent.ASK_BALANCE),
        ("zh_Hans", "自动扣了我两次", Intent.DISPUTE_AMOUNT),
        # the penalty interest stays the amount disputes' word
        ("zh_Hans", "协商以后罚息还会继续算吗", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_keep_their_reading_v31(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("zh_Hans", "我自己住院了，孩子没人管", HardshipReason.ILLNESS),
        ("zh_Hant", "我阿媽做緊復健", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hant", "老細走咗佬，之後一直冇工開", HardshipReason.UNEMPLOYMENT),
    ],
)
def test_look_alike_reasons_keep_their_reading_v31(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


def test_a_divorce_denied_is_negated_v31() -> None:
    understood = read("我没跟老公离", "zh_Hans")
    assert understood.reason is not HardshipReason.DIVORCE
    assert any(
        cue.rule.endswith("split_from_spouse_v31") and cue.suppressed == "negated"
        for cue in understood.cues
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "will do the bank transfer this morning"),
        ("en", "did the bank transfer go through?"),
        ("en", "I'll pay 100 and see what happens"),
        ("en", "let's see what happens next month"),
        ("en", "try the payment again and see what happens"),
        ("en", "I have a broken nose and can't work"),
        ("en", "my son had a broken nose from football"),
        ("en", "my dad is going home from the hospital with a broken arm"),
        ("en", "can do 300 a month"),
        ("en", "cant do 500 a month but can do 250"),
        ("en", "I earn half of what my husband makes"),
        ("en", "can I pay half of what I owe"),
        ("en", "cut me some slack please"),
        ("en", "they never pay me enough"),
        ("en", "I never pay late"),
        ("en", "once I sell the harvest I'll pay"),
        ("en", "can you push the payment through today"),
        ("en", "is 1500 the balance?"),
        ("zh_Hans", "跟老公离开家乡去打工"),
        ("zh_Hans", "我找到工作了，下个月开始还"),
        ("zh_Hans", "找到工作后一直在还"),
        ("zh_Hans", "工资到账了就还"),
        ("zh_Hans", "下个月5号就转账了"),
        ("zh_Hans", "两周前把剩下的还了"),
        ("zh_Hans", "12月10号之前还1500"),
        ("zh_Hans", "收据还在吗"),
        ("zh_Hans", "自动扣了我两次"),
        ("zh_Hans", "这个方案可以吗"),
        ("zh_Hans", "方案可以再减点吗"),
        ("zh_Hans", "被人肉了好害怕"),
        ("zh_Hans", "发梦都想还清"),
        ("zh_Hans", "协商以后罚息还会继续算吗"),
        ("zh_Hans", "分期可以吗"),
        ("zh_Hant", "聽日俾晒你"),
        ("zh_Hant", "呢個plan我唔OK"),
        ("zh_Hant", "m goi call me back"),
        ("zh_Hant", "一起底薪都冇"),
        ("zh_Hant", "我俾人起底"),
        ("zh_Hant", "收據影俾我"),
    ],
)
def test_look_alikes_untouched_by_v31(language: str, text: str) -> None:
    assert _v31_cues(text, language) == []
