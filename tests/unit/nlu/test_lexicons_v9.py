"""Lexicons v9: the families blind5's misses showed, each in words that are not blind5's.

blind5 was measured once (v8); its misses were read only after blind6 had been commissioned
for the next measurement (tests/nlu_corpus/README.md). The hard negatives next to each family
are what must keep not triggering.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # absence: "there will be nobody left to chase" (the model's guess needed a warning word)
        ("en", "keep texting if you like, there'll be no one left to answer you next month"),
        ("en", "give it a week and nobody left to call about this"),
        ("zh_Hans", "你们再等等吧，过几天就没有我这个人了"),
        ("zh_Hant", "唔使再追喇，好快就冇我呢個人"),
        # paying "in the next life"
        ("zh_Hans", "这笔钱这辈子是还不上了，投胎再还你们吧"),
        ("zh_Hant", "呢筆數我落世先還啦"),
        ("en", "guess I'll pay you back in my next life"),
        # a potential complement (撑不住, 顶唔顺, 受不了) does not negate what follows it
        ("zh_Hans", "我真的受不了想死"),
        ("zh_Hant", "我老婆話佢捱唔住想死"),
        ("zh_Hans", "还不起了想死"),
    ],
)
def test_the_self_harm_families_blind5_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "not gonna kill myself over this lol, I'll pay friday"),
        ("en", "I'm going bankrupt, there's nothing left to collect"),
        ("zh_Hans", "累死了，明天再说"),
        ("zh_Hant", "笑死，我上個月已經還清了"),
        ("zh_Hans", "我没想过自杀，只是最近压力大"),
        ("zh_Hans", "我不想死，只是还不起"),
        ("zh_Hant", "這輩子都還不完，下輩子也還不完"),
        ("zh_Hant", "做到往生都還唔晒"),
    ],
)
def test_negated_joking_and_figurative_words_are_not_self_harm(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "please stop ringing my dad about this", Intent.OPT_OUT),
        ("en", "I would prefer you no longer called my work number", Intent.OPT_OUT),
        ("en", "it would help if you stopped messaging me on whatsapp", Intent.OPT_OUT),
        ("zh_Hans", "能不能别一直给我发短信", Intent.OPT_OUT),
        ("zh_Hant", "唔好成日send嘢俾我", Intent.OPT_OUT),
        ("zh_Hans", "再打过来我就把这个号拉黑", Intent.OPT_OUT),
        ("zh_Hant", "再打嚟我就換號碼", Intent.OPT_OUT),
        ("en", "can I get a real agent on the line please", Intent.REQUEST_HUMAN),
        ("en", "I need to talk to his manager about what he said", Intent.REQUEST_HUMAN),
        ("zh_Hans", "请安排经办人跟我联系", Intent.REQUEST_HUMAN),
        ("zh_Hant", "我要搵佢主管傾", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我从来没欠过你们公司一分钱", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "上个月你们收了我两次款", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "你哋重複收費喎", Intent.DISPUTE_AMOUNT),
        ("en", "I'm not paying those junk fees you slapped on", Intent.DISPUTE_AMOUNT),
        ("en", "principal yes, but not the made-up charges", Intent.DISPUTE_AMOUNT),
        ("en", "somebody skimmed my debit card at a gas station", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "骗子拿我的身份证信息去贷的款", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "touch my car again and I'll break your neck", Intent.ABUSE),
        ("zh_Hant", "再嚟煩我就叫人打你", Intent.ABUSE),
    ],
)
def test_the_safety_and_hostility_families_blind5_showed(
    language: str, text: str, intent: Intent
) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "stop charging me interest on interest", Intent.DISPUTE_AMOUNT),
        ("en", "my cousin said he'd break your legs, not my problem", Intent.UNKNOWN),
        ("en", "I'd pay 900 in one go if you waive the fees", Intent.COUNTER_OFFER),
        ("zh_Hans", "分两次扣款可以吗", Intent.COUNTER_OFFER),
    ],
)
def test_hard_negatives_keep_their_reading(language: str, text: str, intent: Intent) -> None:
    reading = read(text, language)
    assert reading.intent is intent
    assert Intent.OPT_OUT not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "any chance I could pause the payments until March?", Intent.COUNTER_OFFER),
        ("en", "would 700 cover it if I send it next week?", Intent.COUNTER_OFFER),
        ("en", "you will receive 300 from me on Monday", Intent.PROMISE_TO_PAY),
        ("en", "I won't agree to 600 a month", Intent.DECLINE),
        ("zh_Hans", "一个月四千？做梦", Intent.DECLINE),
        ("zh_Hant", "每個月八千？唔可能", Intent.DECLINE),
        ("zh_Hans", "下周一次性还六千行不行", Intent.COUNTER_OFFER),
        ("zh_Hans", "先还两千，剩余的年底再说", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能暂停还款半年", Intent.COUNTER_OFFER),
        ("zh_Hans", "怎么还款？用支付宝可以吗", Intent.ASK_QUESTION),
        ("zh_Hant", "我上個禮拜已經轉咗數", Intent.ALREADY_PAID),
        ("zh_Hant", "聽日入數五百", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "好，就咁話啦", Intent.AGREE),
        ("zh_Hans", "25号我会还的", Intent.PROMISE_TO_PAY),
        ("en", "??", Intent.UNKNOWN),
        ("zh_Hans", "？？", Intent.UNKNOWN),
    ],
)
def test_the_negotiation_families_blind5_showed(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "the company is late with our wages for the second month", "salary_delayed"),
        ("en", "still waiting for last month's paycheck", "salary_delayed"),
        ("en", "put my savings into some meme stock and lost it", "investment_loss"),
        ("en", "the landlord raised the rent by 300", "other"),
        ("zh_Hans", "房租又涨了，押金还没退回来", "other"),
        ("zh_Hans", "做小生意赔光了", "business_failure"),
        ("zh_Hant", "阿哥失咗業，我又冇咗份工", "unemployment"),
        ("zh_Hant", "老闆減咗大家人工", "income_reduced"),
        ("zh_Hant", "公司放無薪假", "income_reduced"),
        ("zh_Hant", "最近喺度離緊婚", "divorce"),
        ("zh_Hant", "今個月又遲出糧", "salary_delayed"),
        ("zh_Hans", "我爸要开刀，钱都交医院了", "family_emergency"),
        ("zh_Hans", "上周刚出院，还在恢复", "illness"),
    ],
)
def test_the_reasons_blind5_showed_are_understood(language: str, text: str, reason: str) -> None:
    assert read(text, language).reason == reason


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "I never owed you people 4,100", "4100"),
        ("en", "I sent over the remaining 640 this morning", "640"),
        ("en", "can you take 2200 to close the account", "2200"),
        ("en", "I borrowed 1500 and you want 2600 now", "1500"),
        # v10: the sum the collector now demands is not the debtor's offer; the principal is
        # the first money (the corpus convention, as "I borrowed 1500 and you want 2600 now")
        ("zh_Hans", "我借的本金才6000，现在要还一万一", "6000"),
        ("zh_Hans", "账上写我欠9300，不对吧", "9300"),
        ("zh_Hans", "我只借了4000，后来怎么变成7000", "4000"),
        ("zh_Hant", "三嚿水一個禮拜得唔得", "300"),
    ],
)
def test_the_amount_families_blind5_showed(language: str, text: str, amount: str) -> None:
    reading = read(text, language)
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


def test_a_sum_owed_is_not_an_offer() -> None:
    reading = read("I owe about 5,000 and I just lost my job", "en")
    assert reading.amount is not None
    assert reading.intent is Intent.HARDSHIP


def test_an_income_is_hardship_and_the_offer_wins_the_amount() -> None:
    income = read("I only earn 1100 a month", "en")
    assert income.intent is Intent.HARDSHIP
    assert income.amount is not None
    assert income.amount.per is Period.MONTH
    offer = read("我每月收入三千，每月能还八百", "zh_Hans")
    assert offer.intent is Intent.COUNTER_OFFER
    assert offer.amount is not None
    assert offer.amount.amount == Decimal(800)


def test_a_one_time_settlement_is_not_the_figure_one() -> None:
    reading = read("would you accept a one-time payment of $900?", "en")
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(900)
