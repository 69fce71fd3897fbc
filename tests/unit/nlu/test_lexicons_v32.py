"""Lexicons v32: the non-safety intents and reasons blind28's misses showed, in other words than
the corpus messages, with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v32_cues(text: str, language: str) -> list[str]:
    """The rules of the v32 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v32")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # offers: a figure put up with just/maybe, an assent restating a figure and its day, a
        # later start asked for
        ("en", "could I maybe pay $60 this week and the rest after?", Intent.COUNTER_OFFER),
        ("en", "can we just do 80 on monday and call it square", Intent.COUNTER_OFFER),
        ("en", "alright, 200 by friday then", Intent.COUNTER_OFFER),
        ("en", "ok fine, 300 on the 15th it is", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能下个月才开始慢慢还", Intent.COUNTER_OFFER),
        ("zh_Hant", "可唔可以出糧後先開始供？", Intent.COUNTER_OFFER),
        # promises: a figure to be sent to the creditor, two payments each with its day
        ("zh_Hans", "周五给你转两千", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "月底前跟你们汇3000过去", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "下周一先转两千，下下周一再转两千", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "15號先還三千，30號再還三千", Intent.PROMISE_TO_PAY),
        # paid by card
        ("en", "already charged it to my visa on monday", Intent.ALREADY_PAID),
        ("en", "I paid it with my debit card yesterday", Intent.ALREADY_PAID),
        # the balance: the sum due this month, the sum that clears it
        ("en", "what's this month's payment?", Intent.ASK_BALANCE),
        ("en", "what is owed this month?", Intent.ASK_BALANCE),
        ("zh_Hans", "要交多少钱才能了结", Intent.ASK_BALANCE),
        ("zh_Hant", "付幾多先可以清數", Intent.ASK_BALANCE),
        # what not paying would bring, asked
        ("zh_Hans", "逾期会不会影响孩子考公务员", Intent.ASK_QUESTION),
        ("zh_Hans", "还不上的话会影响征信吗", Intent.ASK_QUESTION),
        ("zh_Hant", "還唔到會唔會連累屋企人", Intent.ASK_QUESTION),
        # the debtor asks for it to be done
        ("zh_Hans", "行，那就帮我弄一下吧", Intent.AGREE),
        ("zh_Hant", "好，幫我處理吧", Intent.AGREE),
        ("zh_Hant", "同我搞掂佢啦", Intent.AGREE),
    ],
)
def test_families_v32(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "since the app changed the bonuses my weekly take is about a third of what it was",
            HardshipReason.INCOME_REDUCED,
        ),
        ("en", "our takings are maybe half what they used to be", HardshipReason.INCOME_REDUCED),
        ("en", "can't do much until my shifts pick back up", HardshipReason.INCOME_REDUCED),
        ("en", "I'm a nursing student with no job right now", HardshipReason.OTHER),
        ("en", "student, no income, no job, $20 to my name", HardshipReason.OTHER),
        (
            "en",
            "we shut down for good after the landlord doubled the lease",
            HardshipReason.BUSINESS_FAILURE,
        ),
        (
            "en",
            "I closed our doors in the spring, couldn't compete",
            HardshipReason.BUSINESS_FAILURE,
        ),
        ("en", "childcare costs doubled when my youngest started full days", HardshipReason.OTHER),
        ("en", "the nanny raised her rates and I can't keep up", HardshipReason.OTHER),
        ("en", "a branch fell through the roof during the ice storm", HardshipReason.DISASTER),
        ("en", "our house was damaged in the hurricane last month", HardshipReason.DISASTER),
        ("en", "all of my cards are at their limit", HardshipReason.OVER_INDEBTED),
        ("en", "sorry po, delayed ang sahod this month", HardshipReason.SALARY_DELAYED),
        ("en", "my payday got pushed back again", HardshipReason.SALARY_DELAYED),
        ("en", "I was in intensive care for ten days after the crash", HardshipReason.ILLNESS),
        ("en", "I spent 3 weeks in the hospital with covid", HardshipReason.ILLNESS),
        (
            "en",
            "my daughter went into detox last month and I'm covering it",
            HardshipReason.FAMILY_EMERGENCY,
        ),
        ("zh_Hans", "奶粉钱尿布钱样样要钱", HardshipReason.OTHER),
        ("zh_Hans", "刚还上这个那个又到期了", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "还完一家又一家，根本停不下来", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "月供加起来比收入还高", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "信用卡、网贷全都逾期了", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "照顾我妈忙到忘了还", HardshipReason.FORGOT),
        ("zh_Hant", "真係唔記得咗，呢排陪阿媽覆診忙到暈", HardshipReason.FORGOT),
        ("zh_Hans", "老公进了强戒，家里就靠我", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hant", "老公被送去勒戒，家裡剩我一個人賺錢", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "养老金又少了几百", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "月退被砍了快一萬", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "生果金減咗，仲要交租", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "公司让我停薪留职，暂时没收入", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "辦了育嬰留停，只領六成薪", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "水果摊撤了，一分收入都没有", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hans", "公司垮了我也没工作了", HardshipReason.UNEMPLOYMENT),
        ("zh_Hant", "間廠執咗，我冇咗份工", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "工资又延迟了", HardshipReason.SALARY_DELAYED),
        ("zh_Hant", "今個月人工又delay咗", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "今天在殡仪馆，改天再说", HardshipReason.BEREAVEMENT),
        ("zh_Hant", "屋企打緊齋，今日唔得", HardshipReason.BEREAVEMENT),
    ],
)
def test_reasons_v32(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent", "reason"),
    [
        # a cause said beside an offer or a promise
        ("zh_Hans", "托儿费又涨了，每个月只能还两百", Intent.COUNTER_OFFER, HardshipReason.OTHER),
        (
            "zh_Hant",
            "工廠倒咗，我失咗業，可唔可以每個月還一千",
            Intent.COUNTER_OFFER,
            HardshipReason.UNEMPLOYMENT,
        ),
        (
            "en",
            "I'll pay once I get my hours back",
            Intent.PROMISE_TO_PAY,
            HardshipReason.INCOME_REDUCED,
        ),
        # the family who live on the debtor's money is no emergency: the delayed pay is the cause
        (
            "zh_Hans",
            "工地两个月没发工资，家里老人孩子都等着我寄钱，发了就还你们",
            Intent.PROMISE_TO_PAY,
            HardshipReason.SALARY_DELAYED,
        ),
        # an illness outweighs the unpaid leave it brought
        (
            "zh_Hans",
            "做完手术还在化疗，只能先停薪留职",
            Intent.HARDSHIP,
            HardshipReason.ILLNESS,
        ),
    ],
)
def test_cause_beside_a_move_v32(
    language: str, text: str, intent: Intent, reason: HardshipReason
) -> None:
    understood = read(text, language)
    assert understood.intent is intent
    assert understood.reason is reason


@pytest.mark.parametrize(
    ("language", "text", "figure", "day"),
    [
        ("zh_Hans", "下周一先转两千，下下周一再转两千", "2000", date(2026, 11, 23)),
        ("zh_Hans", "周五给你转两千", "2000", date(2026, 11, 20)),
        ("en", "alright, 200 by friday then", "200", date(2026, 11, 20)),
    ],
)
def test_the_day_and_figure_of_a_payment_v32(
    language: str, text: str, figure: str, day: date
) -> None:
    understood = read(text, language)
    assert understood.amount is not None
    assert understood.amount.amount == Decimal(figure)
    assert understood.date is not None
    assert understood.date.date == day


def test_a_card_payment_dates_a_day_gone_by_v32() -> None:
    understood = read("I put it on my credit card on the 2nd", "en")
    assert understood.intent is Intent.ALREADY_PAID
    assert understood.date is not None
    assert understood.date.date == date(2026, 11, 2)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # an assent and a figure committed to, or a figure that opens a promise
        ("en", "yeah ok 250 on the 1st works, I'll do it", Intent.PROMISE_TO_PAY),
        ("en", "ok so 450 by friday", Intent.PROMISE_TO_PAY),
        # the way of paying asked, a card payment to come or asked about
        ("en", "can I just pay online?", Intent.ASK_QUESTION),
        ("en", "can I put it on my card?", Intent.ASK_QUESTION),
        ("en", "I'll put it on my card friday", Intent.PROMISE_TO_PAY),
        ("en", "what's the due date?", Intent.ASK_QUESTION),
        # a figure sent already, or asked for acceptance
        ("zh_Hans", "已经给你们转了四千", Intent.ALREADY_PAID),
        ("zh_Hans", "能不能给你们打四千", Intent.COUNTER_OFFER),
        ("zh_Hans", "给你们打四千可以吗", Intent.COUNTER_OFFER),
        # a schedule without a day to each part, or asked, stays an offer
        ("zh_Hans", "先还一千，剩下月底再还", Intent.COUNTER_OFFER),
        ("zh_Hant", "我而家先還一千，月尾再還一千", Intent.COUNTER_OFFER),
        ("zh_Hans", "这周五先还一千五，下周五再还一千五可以吗", Intent.COUNTER_OFFER),
        # a payment made, a plain refusal, a pause asked
        ("zh_Hans", "我刚还了一千，你们查一下", Intent.ALREADY_PAID),
        ("zh_Hans", "我就是不还，你们去起诉吧", Intent.DECLINE),
        ("zh_Hans", "能不能先停两个月", Intent.COUNTER_OFFER),
        ("zh_Hans", "帮我办分期吧", Intent.COUNTER_OFFER),
        ("zh_Hans", "这样挺好的，就这么办", Intent.AGREE),
    ],
)
def test_look_alikes_keep_their_reading_v32(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("zh_Hans", "家里老人住院了", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "我开的店去年倒了", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hans", "我在照顾我妈，她住院了", HardshipReason.FAMILY_EMERGENCY),
        ("en", "I've been in the ICU visiting my dad", HardshipReason.FAMILY_EMERGENCY),
        ("en", "I'm underwater on everything since the divorce", HardshipReason.DIVORCE),
    ],
)
def test_look_alike_reasons_keep_their_reading_v32(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        # the reminders found good are no assent; my mother's is no insult; the collector's threat
        # told is no refusal; the family living on the debtor's money is no emergency
        ("别停，提醒我还款挺好的，这个月要还多少", Intent.AGREE),
        ("家里就剩我妈的退休金", Intent.ABUSE),
        ("你们同事说不还就起诉，真的吗？", Intent.DECLINE),
    ],
)
def test_shorter_cues_hidden_v32(text: str, hidden: Intent) -> None:
    assert not lexicon_said(text, "zh_Hans", hidden)


def test_the_family_waiting_on_the_money_is_no_emergency_v32() -> None:
    assert read("家里老人孩子都靠我养", "zh_Hans").reason is not HardshipReason.FAMILY_EMERGENCY


def test_an_insult_stays_an_insult_v32() -> None:
    assert lexicon_said("你妈的，烦死了", "zh_Hans", Intent.ABUSE)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my balance is half what it was"),
        ("en", "I want this account closed for good"),
        ("en", "we closed the doors early tonight, I'll pay tomorrow"),
        ("en", "my youngest started daycare which is like 1,100 a month"),
        ("en", "after the storm passes I'll pay"),
        ("en", "we had a brainstorm about the budget"),
        ("en", "I have 6 credit cards"),
        ("en", "my payment is delayed, sorry"),
        ("en", "I was at the hospital with my son all night"),
        ("en", "I've been in the ICU visiting my dad"),
        ("en", "I'm in rehab for my knee"),
        ("en", "can I just pay online?"),
        ("en", "can I just pay by card?"),
        ("en", "ok so 450 by friday"),
        ("en", "yeah ok 250 on the 1st works, I'll do it"),
        ("en", "what's the due date?"),
        ("en", "can I put it on my card?"),
        ("en", "if I put it on my credit card will there be a fee"),
        ("en", "I'll put it on my card friday"),
        ("zh_Hans", "一个人带两个孩子，真的还不起"),
        ("zh_Hans", "我刚还了一千，你们查一下"),
        ("zh_Hans", "退休金就两千八"),
        ("zh_Hans", "摆摊收了两千，明天还你"),
        ("zh_Hans", "我开的店去年倒了"),
        ("zh_Hans", "能不能给你们打四千"),
        ("zh_Hans", "给你们打四千可以吗"),
        ("zh_Hans", "已经给你们转了四千"),
        ("zh_Hans", "我等下给你们打电话"),
        ("zh_Hans", "先还一千，剩下月底再还"),
        ("zh_Hans", "这周五先还一千五，下周五再还一千五可以吗"),
        ("zh_Hans", "我真的还不上"),
        ("zh_Hans", "我就是不还，你们去起诉吧"),
        ("zh_Hans", "家里老人住院了"),
        ("zh_Hans", "这样挺好的，就这么办"),
        ("zh_Hans", "你妈的，别打了"),
        ("zh_Hans", "帮我办分期吧"),
        ("zh_Hans", "能不能先停两个月"),
        ("zh_Hant", "我而家先還一千，月尾再還一千"),
        ("zh_Hant", "勞保年金一個月一萬二"),
    ],
)
def test_look_alikes_untouched_by_v32(language: str, text: str) -> None:
    assert _v32_cues(text, language) == []
