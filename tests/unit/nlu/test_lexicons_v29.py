"""Lexicons v29: the non-safety intents and reasons blind25's misses showed (read after blind26 was
committed sealed), in other words than the corpus messages, with look-alikes that must keep their
reading."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import lexicon_said, read


def _v29_cues(text: str, language: str) -> list[str]:
    """The rules of the v29 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v29")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # identity stolen, accounts never opened, a loan taken out on someone's details
        ("en", "i think my identity has been stolen", Intent.FRAUD_IDENTITY_THEFT),
        (
            "en",
            "two cards showing on my credit file that I didn't open",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        (
            "en",
            "my dad is 79, a stranger opened a credit card using his details",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("zh_Hans", "骗子拿我爸的身份证办了网贷", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "有人冒用老人的身份信息借了钱", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "信用卡被側錄，那幾筆不是我刷的", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "我張卡俾人skim咗", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "身份證俾人盜用咗", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "聯徵報告多了兩張信用卡", Intent.FRAUD_IDENTITY_THEFT),
        # a bankruptcy discharge, the debt on its schedules, the court record
        ("en", "the card was listed on my bankruptcy schedules", Intent.BANKRUPTCY),
        ("en", "got discharged last year, you were on the schedule", Intent.BANKRUPTCY),
        ("en", "check pacer, case closed in march", Intent.BANKRUPTCY),
        # the monthly due day asked moved
        ("en", "is it possible to change the payment date to the 3rd?", Intent.COUNTER_OFFER),
        ("zh_Hans", "可以把还款日调到每个月15号吗", Intent.COUNTER_OFFER),
        # interest waived, the principal paid at once
        ("zh_Hans", "免掉罚息，我马上把本金结清", Intent.COUNTER_OFFER),
        ("zh_Hans", "滞纳金要是能全免，我一口气还清", Intent.COUNTER_OFFER),
        # how a dispute works, how to pay: asked
        (
            "en",
            "say the amount was off, what's the process to challenge it?",
            Intent.ASK_QUESTION,
        ),
        ("zh_Hans", "假如账单算错了，该找谁核实", Intent.ASK_QUESTION),
        ("en", "can we pay by money order or does it have to be online", Intent.ASK_QUESTION),
        ("en", "can i pay at the post office", Intent.ASK_QUESTION),
        # part of it first on a day: a promise
        ("zh_Hans", "明天先转一半", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "下禮拜一先繳一部分", Intent.PROMISE_TO_PAY),
        # the debit already went out
        ("zh_Hans", "上周就扣款了", Intent.ALREADY_PAID),
        ("zh_Hans", "早就自动扣款了", Intent.ALREADY_PAID),
        # a polite refusal
        ("zh_Hans", "谢谢，不需要了", Intent.DECLINE),
        ("zh_Hant", "唔使喇 唔該", Intent.DECLINE),
    ],
)
def test_families_v29(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


def test_someone_elses_advice_to_go_bankrupt_is_no_bankruptcy_v29() -> None:
    understood = read("my buddy keeps telling me to file chapter 7 lol. can i do 80 a month", "en")
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.BANKRUPTCY not in understood.signals
    assert any(
        cue.signal == "bankruptcy" and cue.suppressed == "figurative" for cue in understood.cues
    )
    assert understood.amount is not None
    assert understood.amount.per is Period.MONTH


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "can we switch my due date to the 5th of each month?", date(2026, 12, 5)),
        ("zh_Hans", "可以把还款日调到每个月25号吗", date(2026, 11, 25)),
    ],
)
def test_due_day_moved_is_an_offer_of_that_day_v29(language: str, text: str, day: date) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.COUNTER_OFFER
    assert understood.date is not None
    assert understood.date.date == day


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "这周五先还一点", date(2026, 11, 20)),
        ("zh_Hant", "下禮拜一先繳一部分", date(2026, 11, 23)),
    ],
)
def test_part_first_on_a_day_is_a_promise_v29(language: str, text: str, day: date) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert understood.date is not None
    assert understood.date.date == day


def test_the_debit_that_went_out_dates_the_payment_v29() -> None:
    understood = read("本月3号就扣款了", "zh_Hans")
    assert understood.intent is Intent.ALREADY_PAID
    assert understood.date is not None
    assert understood.date.date == date(2026, 11, 3)


def test_pay_when_the_salary_lands_is_after_payday_v29() -> None:
    understood = read("paycheck is late this week, i'll pay once it lands", "en")
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert understood.reason is HardshipReason.SALARY_DELAYED
    assert understood.to_json_dict()["after_payday"] is True


def test_pay_gone_as_soon_as_it_comes_is_no_payday_v29() -> None:
    understood = read("欠了五六个网贷，工资一到手就被扣光了，真的还不过来", "zh_Hans")
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is HardshipReason.OVER_INDEBTED
    assert understood.date is None


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "they moved me to part-time in august", HardshipReason.INCOME_REDUCED),
        (
            "en",
            "the clinic cut my hours and my paycheck is about half of what it was",
            HardshipReason.INCOME_REDUCED,
        ),
        ("en", "doordash slashed the base pay again", HardshipReason.INCOME_REDUCED),
        ("en", "january is always dead at my salon", HardshipReason.INCOME_REDUCED),
        ("en", "it's the slow season at the shop", HardshipReason.INCOME_REDUCED),
        ("en", "my summer job at the pool ended last week", HardshipReason.UNEMPLOYMENT),
        ("en", "my contract ended in june", HardshipReason.UNEMPLOYMENT),
        (
            "en",
            "my work permit ran out and I can't legally work until it's renewed",
            HardshipReason.OTHER,
        ),
        ("en", "going through a divorce, nothing until the settlement", HardshipReason.DIVORCE),
        ("zh_Hans", "兼职赚的只够生活费", HardshipReason.OTHER),
        ("zh_Hans", "最低还款都占了工资的七成", HardshipReason.OVER_INDEBTED),
        ("zh_Hant", "分居中，存款都被老婆提走了", HardshipReason.DIVORCE),
        ("zh_Hant", "卡費根本繳不完", HardshipReason.OVER_INDEBTED),
    ],
)
def test_reasons_v29(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


def test_a_slow_season_beside_an_offer_v29() -> None:
    understood = read("summer is slow at our cafe. 100 a month until september?", "en")
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.HARDSHIP in understood.signals
    assert understood.reason is HardshipReason.INCOME_REDUCED


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # the hospital that keeps the debtor, a death taken away by illness: illness and bereavement
        ("en", "the hospital kept me for a week", HardshipReason.ILLNESS),
        ("en", "I was in the hospital for two weeks", HardshipReason.ILLNESS),
        ("zh_Hans", "我爸上个月走了", HardshipReason.BEREAVEMENT),
    ],
)
def test_look_alike_reasons_keep_their_reading_v29(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # real disputes and a not-mine stay
        ("en", "the balance is wrong", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "金额有问题", Intent.DISPUTE_AMOUNT),
        ("en", "I never opened this account", Intent.DISPUTE_NOT_MINE),
        # the debtor's own bankruptcy
        ("en", "I filed for chapter 7 last week", Intent.BANKRUPTCY),
        # an offer with a figure, a settlement offered
        ("en", "can I pay 100 in cash", Intent.COUNTER_OFFER),
        ("en", "I can offer a settlement of 500", Intent.COUNTER_OFFER),
        ("en", "can you move the due date", Intent.COUNTER_OFFER),
        # a promise of the principal alone, a plan with the rest put off
        ("zh_Hans", "本金我下周一次还清", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "先还一半，剩下的下个月再还", Intent.COUNTER_OFFER),
        # thanks and assent
        ("zh_Hant", "謝謝", Intent.THANKS),
        ("zh_Hans", "啊好的", Intent.AGREE),
    ],
)
def test_look_alikes_keep_their_reading_v29(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I never opened this account"),
        ("en", "I opened three cards last year"),
        ("en", "I took out a loan using my savings as collateral"),
        ("en", "my husband took out a loan in his name"),
        ("en", "I was discharged from the hospital in march"),
        ("en", "the payment is on the schedule for friday"),
        ("en", "I filed for chapter 7 last week"),
        ("en", "the hospital kept me for a week"),
        ("en", "I work part time"),
        ("en", "can you cut my rates"),
        ("en", "the fed cut rates again"),
        ("en", "my shift ended at 6"),
        ("en", "my job ended up paying less"),
        ("en", "I can offer a settlement of 500"),
        ("en", "the balance is wrong"),
        ("en", "if the balance is wrong I won't pay"),
        ("en", "can I pay 100 in cash"),
        ("en", "I can only pay online"),
        ("zh_Hans", "我用我妈的名义贷的款"),
        ("zh_Hans", "对方让我用我的名义贷款"),
        ("zh_Hans", "金额有问题"),
        ("zh_Hans", "账单算错了，我要申诉"),
        ("zh_Hans", "本金我下周一次还清"),
        ("zh_Hans", "能不能免掉违约金"),
        ("zh_Hans", "先还一半，剩下的下个月再还"),
        ("zh_Hans", "这周六先还一部分可以吗"),
        ("zh_Hans", "明天就扣款了"),
        ("zh_Hans", "要扣款了"),
        ("zh_Hans", "我爸上个月走了"),
        ("zh_Hans", "妈妈被病魔带走了"),
        ("zh_Hans", "啊好的"),
        ("zh_Hans", "谢谢"),
        ("zh_Hans", "我是学生"),
        ("zh_Hant", "謝謝"),
        ("zh_Hant", "呢筆係我簽嘅"),
    ],
)
def test_look_alikes_untouched_by_v29(language: str, text: str) -> None:
    assert _v29_cues(text, language) == []
