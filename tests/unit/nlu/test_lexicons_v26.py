"""Lexicons v26: the non-safety intents and reasons blind22's misses showed (read after blind23 was
committed sealed), in other words than the corpus messages, with look-alikes that must keep their
reading."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v26_cues(text: str, language: str) -> list[str]:
    """The rules of the v26 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v26")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "昨晚从我老婆的卡付的", Intent.ALREADY_PAID),
        ("zh_Hans", "款已经打了，你查一下", Intent.ALREADY_PAID),
        ("zh_Hans", "钱昨天就已经打款了，转账记录发给你了", Intent.ALREADY_PAID),
        ("zh_Hans", "转账记录发给你了", Intent.ALREADY_PAID),
        ("zh_Hant", "上禮拜透過ATM轉的，你們再查查", Intent.ALREADY_PAID),
        ("zh_Hans", "可以去掉滞纳金吗，剩下的我这周转给你", Intent.COUNTER_OFFER),
        ("zh_Hant", "可唔可以免咗啲罰息，本金我月底一筆過還", Intent.COUNTER_OFFER),
        ("zh_Hans", "给我一下你们的收款账户", Intent.ASK_QUESTION),
        ("zh_Hant", "繳款帳號傳給我一下", Intent.ASK_QUESTION),
        ("zh_Hant", "匯款帳戶給我一下", Intent.ASK_QUESTION),
        ("zh_Hant", "入數戶口俾我", Intent.ASK_QUESTION),
        ("zh_Hant", "虛擬帳號丟給我", Intent.ASK_QUESTION),
    ],
)
def test_families_v26(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


def test_paid_through_a_channel_keeps_its_day_v26() -> None:
    understood = read("前天是通过支付宝付的", "zh_Hans")
    assert understood.intent is Intent.ALREADY_PAID
    assert Intent.ASK_QUESTION not in understood.signals
    assert understood.date is not None
    assert understood.date.date == date(2026, 11, 16)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "ran the cafe for three years and it slowly died", HardshipReason.BUSINESS_FAILURE),
        ("en", "gave my bakery two years but it never took off", HardshipReason.BUSINESS_FAILURE),
        (
            "en",
            "my little nail salon is done, couldn't keep the lights on",
            HardshipReason.BUSINESS_FAILURE,
        ),
        (
            "en",
            "the taco truck is finished. i still owe the commissary",
            HardshipReason.BUSINESS_FAILURE,
        ),
        ("zh_Hans", "奶奶中风住院了，看护费一个月要两万", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "我哥骨折住院，这个月真的拿不出来", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "岳母开刀，老婆请假照顾她", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hant", "阿公開刀住院，這個月真的沒辦法", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hant", "阮阿母跌倒骨折，每天要有人顧", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "不好意思，忘了这个月该还了", HardshipReason.FORGOT),
        ("zh_Hans", "没留意到已经到期了，抱歉", HardshipReason.FORGOT),
        ("zh_Hant", "抱歉，我完全忘記這個月該繳了", HardshipReason.FORGOT),
        ("zh_Hant", "唔記得今期要供咗，唔好意思", HardshipReason.FORGOT),
        ("zh_Hans", "车被拖走了，又吃了罚单，这个月一分不剩", HardshipReason.OTHER),
        ("zh_Hans", "电动车被交警扣了，这个月工资全没了", HardshipReason.OTHER),
        ("zh_Hant", "汽車被拖吊，拖吊費就三千", HardshipReason.OTHER),
        ("zh_Hant", "吃了一張超速紅單，這個月很緊", HardshipReason.OTHER),
    ],
)
def test_reasons_v26(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "不好意思，忘了这个月该还了"),
        ("zh_Hant", "抱歉，我完全忘記這個月該繳了"),
        ("zh_Hant", "唔記得今期要供咗，唔好意思"),
    ],
)
def test_forgetting_the_due_date_is_no_payment_v26(language: str, text: str) -> None:
    assert Intent.ALREADY_PAID not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a person who died: still bereavement, surer than a business that is done
        ("en", "my dad died last month", HardshipReason.BEREAVEMENT),
        ("en", "my husband died and the shop is done", HardshipReason.BEREAVEMENT),
        ("en", "my dad ran a food truck and he died in march", HardshipReason.BEREAVEMENT),
        ("en", "my car died", HardshipReason.OTHER),
        # the debtor's own hospital stay or stroke: still illness
        ("zh_Hans", "我自己住院了，刚做完手术", HardshipReason.ILLNESS),
        ("zh_Hans", "我住院两个星期了", HardshipReason.ILLNESS),
        ("zh_Hans", "奶奶在照顾我，我住院了", HardshipReason.ILLNESS),
        ("zh_Hant", "我自己中風了，沒辦法上班", HardshipReason.ILLNESS),
        ("zh_Hant", "阿嬤上禮拜過世了", HardshipReason.BEREAVEMENT),
    ],
)
def test_look_alike_reasons_keep_their_reading_v26(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # how to pay with a channel asked: still a question
        ("zh_Hans", "支付宝怎么还", Intent.ASK_QUESTION),
        ("zh_Hans", "可以用支付宝还的吗", Intent.ASK_QUESTION),
        # a payment to come: still a promise
        ("zh_Hans", "明天打款", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "明天转完截图发你", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "本金我下周一次还清", Intent.PROMISE_TO_PAY),
        # payments made: still paid
        ("zh_Hans", "我已经缴了", Intent.ALREADY_PAID),
        ("zh_Hans", "忘了我已经还了", Intent.ALREADY_PAID),
        ("zh_Hant", "我已經繳了", Intent.ALREADY_PAID),
        # a fee disputed, an account stolen
        ("zh_Hans", "这个罚息太高了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "能不能把滞纳金免了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我的帐号被盗了", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "帳號被盜，有人借走了台幣八萬", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_look_alikes_keep_their_reading_v26(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the shop is done for today, i'll pay tomorrow"),
        ("en", "my dad ran a food truck and he died in march"),
        ("en", "my car died"),
        ("zh_Hans", "支付宝怎么还"),
        ("zh_Hans", "我会用支付宝还的"),
        ("zh_Hans", "可以用支付宝还的吗"),
        ("zh_Hans", "通过支付宝还的时候一直显示失败"),
        ("zh_Hans", "明天打款"),
        ("zh_Hans", "准备打款了"),
        ("zh_Hans", "还没打款"),
        ("zh_Hans", "明天转完截图发你"),
        ("zh_Hans", "本金我下周一次还清"),
        ("zh_Hans", "能不能免掉违约金"),
        ("zh_Hans", "我的帐号被盗了"),
        ("zh_Hans", "我把我的帐号给你"),
        ("zh_Hans", "我住院两个星期了"),
        ("zh_Hans", "奶奶在照顾我，我住院了"),
        ("zh_Hans", "我已经缴了"),
        ("zh_Hans", "这个罚息太高了"),
        ("zh_Hant", "我自己中風了，沒辦法上班"),
        ("zh_Hant", "帳號被盜，有人借走了台幣八萬"),
    ],
)
def test_look_alikes_untouched_by_v26(language: str, text: str) -> None:
    assert _v26_cues(text, language) == []


def test_it_died_is_no_bereavement_v26() -> None:
    understood = read("the food truck idea never worked, it just died", "en")
    assert understood.reason is HardshipReason.BUSINESS_FAILURE
    assert not any(cue.signal == "reason:bereavement" for cue in understood.cues)
