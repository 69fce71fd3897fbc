"""Lexicons v44 (a helper): the non-safety intents, reasons, figures and days blind39's and
blind40's misses showed — settlements, discounts and seasonal money asked about (the credit
record, how long an offer stands, how much off), a share of the balance offered (六成, 五折, "40%
today"), a lump sum with the account closed on it, refusals (a discount too small, the options
offered no help, money of one's own kept back), bare replies to the bot's question (a day alone,
an option chosen, the written plan asked for, the direct debit to go on), personal details given
as asked (no intent, no figure, no day), one's own slip corrected, and the reasons (a bonus cut,
laid off, no work till spring, a sale fallen through, pay pushed back, a relative who will not
lend, wages unpaid since a month, pay halved, cards and loans snowballing) — in other words than
the corpus messages, with look-alikes that keep their reading (offers, promises, refusals,
disputes, insults and safety)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import lexicon_said, read


def _v44_cues(text: str, language: str) -> list[str]:
    """The rules of the helper's v44 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v44")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # settlements, plans and discounts asked about
        ("en", "would a payment plan hurt my credit score?", Intent.ASK_QUESTION),
        ("en", "what would a settlement do to my credit history?", Intent.ASK_QUESTION),
        ("en", "what's the discount deadline?", Intent.ASK_QUESTION),
        ("en", "how long will the settlement offer be open?", Intent.ASK_QUESTION),
        ("en", "would I still keep the discount if I pay a week late?", Intent.ASK_QUESTION),
        ("en", "are there any discounts for paying early?", Intent.ASK_QUESTION),
        ("en", "sorry, is this really from the bank?", Intent.ASK_QUESTION),
        ("zh_Hans", "停息挂账会不会影响我的征信", Intent.ASK_QUESTION),
        ("zh_Hant", "分期還款會唔會影響信貸評級？", Intent.ASK_QUESTION),
        ("zh_Hans", "全部还清的话可以给多少优惠", Intent.ASK_QUESTION),
        ("zh_Hant", "一次過俾有冇折扣？", Intent.ASK_QUESTION),
        ("zh_Hans", "叫我女朋友帮我还行吗", Intent.ASK_QUESTION),
        ("zh_Hant", "由我爸爸代我還可以嗎", Intent.ASK_QUESTION),
        ("en", "I only need the settlement figure, nothing else", Intent.ASK_BALANCE),
        # a share of the balance, a lump sum closing the account
        ("en", "would you take 45 percent?", Intent.COUNTER_OFFER),
        ("en", "70% in one go and we're done", Intent.COUNTER_OFFER),
        ("zh_Hans", "还六成，今天就转", Intent.COUNTER_OFFER),
        ("zh_Hant", "打六折就清數", Intent.COUNTER_OFFER),
        ("en", "fine. 2,000 lump sum and it's closed", Intent.COUNTER_OFFER),
        ("en", "if I send 900 by the 5th, is it settled?", Intent.COUNTER_OFFER),
        ("en", "500 now and the remainder waived?", Intent.COUNTER_OFFER),
        ("zh_Hans", "行，一次性六千，下周一转", Intent.COUNTER_OFFER),
        ("zh_Hant", "一次過七千五，聽日過數", Intent.COUNTER_OFFER),
        # refusals
        ("en", "that's not much of a discount, no thanks", Intent.DECLINE),
        ("en", "a freeze won't help, I just want to get on with it", Intent.DECLINE),
        ("en", "I'm not putting my savings towards this", Intent.DECLINE),
        ("zh_Hans", "这也叫折扣？等于没打折", Intent.DECLINE),
        ("zh_Hans", "延期不要，停息挂账也不要", Intent.DECLINE),
        ("zh_Hant", "方案我都唔要", Intent.DECLINE),
        ("zh_Hant", "呢筆錢唔會拿來還你哋", Intent.DECLINE),
        # bare replies to the bot's question
        ("en", "the first option please", Intent.AGREE),
        ("en", "the longer one, thanks", Intent.AGREE),
        ("en", "option C", Intent.AGREE),
        ("en", "no need to cancel the standing order, it's fine", Intent.AGREE),
        ("en", "I'd like the payment plan you suggested", Intent.AGREE),
        ("zh_Hans", "选A吧", Intent.AGREE),
        ("zh_Hans", "我要那个十二个月的", Intent.AGREE),
        ("zh_Hant", "揀第一個啦", Intent.AGREE),
        ("zh_Hans", "把书面的还款计划发给我", Intent.AGREE),
        ("zh_Hans", "28号", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "卅號吧", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "12月3号下午两点", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "廿五號下晝三點", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "出一次糧就還一期", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "把那条金链子卖了就够还", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "11月3號已經全數俾晒", Intent.ALREADY_PAID),
        # hardship without a reason of its own
        ("en", "no way I could come up with that kind of money", Intent.HARDSHIP),
        ("en", "I'm 81 and living on my pension", Intent.HARDSHIP),
        ("zh_Hans", "这笔我认，只是需要多几个礼拜", Intent.HARDSHIP),
        # insults
        ("zh_Hant", "呢部爛機器人真係垃圾", Intent.ABUSE),
        ("zh_Hans", "你们是不是脑子有病", Intent.ABUSE),
    ],
)
def test_families_v44(language: str, text: str, intent: Intent) -> None:
    assert _v44_cues(text, language), text
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "the company axed our year-end bonus", "income_reduced"),
        ("en", "no 13th month pay this year", "income_reduced"),
        ("zh_Hans", "年终奖今年直接泡汤了，还不上", "income_reduced"),
        ("zh_Hant", "今年冇雙糧，真係還唔到", "income_reduced"),
        ("en", "the bar laid me off and the season was slow anyway", "unemployment"),
        ("en", "I'm out of work till the spring", "unemployment"),
        ("zh_Hans", "工厂停工了，两个月没开过工", "unemployment"),
        ("en", "our house sale fell through, so I can't pay right now", "other"),
        ("en", "my sister won't lend me the money now", "other"),
        ("zh_Hant", "屋企人唔肯再借錢俾我", "other"),
        ("en", "they pushed my salary back to January, I've got nothing", "salary_delayed"),
        ("zh_Hans", "包工头从八月开始就没结过工钱", "salary_delayed"),
        ("zh_Hant", "公司減產，人工得返一半", "income_reduced"),
        ("zh_Hans", "五张卡加两笔私贷，越滚越多", "over_indebted"),
    ],
)
def test_reasons_v44(language: str, text: str, reason: str) -> None:
    assert _v44_cues(text, language), text
    reading = read(text, language)
    assert reading.reason is HardshipReason(reason)
    assert reading.intent is Intent.HARDSHIP


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # personal details given as asked: no intent, no sum, no day
        ("en", "date of birth 14th of March 1982, last 4 are 5531"),
        ("zh_Hans", "这是你要的地址：5号楼1单元302"),
        ("zh_Hans", "出生日期是1985年4月3日，卡号后四位7781"),
    ],
)
def test_details_given_v44(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.UNKNOWN
    assert reading.amount is None
    assert reading.date is None


@pytest.mark.parametrize(
    ("language", "text", "intent", "amount", "per"),
    [
        # the first payment before the rate after it
        ("en", "300 today and 150 a month after that", Intent.COUNTER_OFFER, "300", Period.ONCE),
        ("zh_Hans", "月底先还三千，过年后每月一千", Intent.COUNTER_OFFER, "3000", Period.ONCE),
        # a sum expected is no offer; the sum put up is
        (
            "zh_Hans",
            "奖金大概有三万，我拿两万出来结清行吗",
            Intent.COUNTER_OFFER,
            "20000",
            Period.ONCE,
        ),
        # a peso figure
        ("en", "I'll send ₱3,500 on Friday", Intent.PROMISE_TO_PAY, "3500", Period.ONCE),
    ],
)
def test_figures_v44(language: str, text: str, intent: Intent, amount: str, per: Period) -> None:
    reading = read(text, language)
    assert reading.intent is intent
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)
    assert reading.amount.per is per


def test_peso_currency_v44() -> None:
    reading = read("can I pay 2,000 pesos now", "en")
    assert reading.amount is not None
    assert reading.amount.currency == "PHP"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # numbers of something else: no sum
        ("en", "paid it this morning, the receipt number is 40917"),
        ("zh_Hant", "身份證頭四位B456，想問下仲欠幾多"),
    ],
)
def test_no_sum_v44(language: str, text: str) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # a weekday with its day of the month, a named month's end, beginning or middle
        ("en", "I'll pay 200 on Monday 30th", date(2026, 11, 30)),
        ("en", "can do 150 on friday the 27th", date(2026, 11, 27)),
        ("zh_Hans", "1月底一定还清", date(2027, 1, 31)),
        ("zh_Hant", "二月初還五千", date(2027, 2, 1)),
        ("zh_Hans", "3月中还两千", date(2027, 3, 15)),
    ],
)
def test_days_v44(language: str, text: str, day: date) -> None:
    reading = read(text, language)
    assert reading.date is not None
    assert reading.date.date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a house number, a metro line, an option counted: no day
        ("en", "the 2nd option"),
        ("zh_Hans", "我住8号楼，你们别上门"),
        ("zh_Hans", "我在2号线上，晚点回复"),
    ],
)
def test_no_day_v44(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.date is None or reading.date.date is None


@pytest.mark.parametrize(
    ("language", "text", "hidden"),
    [
        # one's own slip corrected: no wrong number, no amount disputed
        ("zh_Hans", "语音识别错了，是每月三千", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "頭先打少咗個0，係每月2000", Intent.DISPUTE_AMOUNT),
        # too much bought, too many options: no refusal
        ("zh_Hans", "上个月网购买太多了，这个月先还500", Intent.DECLINE),
        ("zh_Hant", "選擇太多了，揀第二個", Intent.DECLINE),
        # another's accusation not believed, snowballing debts: no insult
        ("zh_Hans", "网上有人说你们是骗子，我不信", Intent.ABUSE),
        ("zh_Hant", "啲卡數越滾越大", Intent.ABUSE),
        # another's scam told: no reason of the debtor's
        (
            "en",
            "my uncle got scammed by fake collectors, so is this really the bank?",
            Intent.HARDSHIP,
        ),
    ],
)
def test_look_alikes_hidden_v44(language: str, text: str, hidden: Intent) -> None:
    assert not lexicon_said(text, language, hidden)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # offers, promises, refusals and questions keep their reading
        ("en", "can you give me a 30% discount?", Intent.COUNTER_OFFER),
        ("en", "I'd accept a settlement of 2,000", Intent.COUNTER_OFFER),
        ("en", "could we set up a payment plan?", Intent.COUNTER_OFFER),
        ("en", "no way I'm paying that", Intent.DECLINE),
        ("en", "I'll pay 100 on Friday", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "能不能减免一点利息", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能分期", Intent.COUNTER_OFFER),
        ("zh_Hans", "15号？", Intent.ASK_QUESTION),
        ("zh_Hans", "15号还", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "12月6号一次性还清九千，说到做到", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "太多了", Intent.DECLINE),
        ("zh_Hans", "不要", Intent.DECLINE),
        ("zh_Hans", "我有病，住院了，还不了", Intent.HARDSHIP),
        ("zh_Hans", "你们是骗子", Intent.ABUSE),
        ("zh_Hans", "滚", Intent.ABUSE),
        # the disputes and the safety intents keep theirs
        ("zh_Hans", "你们打错了，我不认识这个人", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "金额不对，多收了500", Intent.DISPUTE_AMOUNT),
        ("en", "stop texting me", Intent.OPT_OUT),
        ("zh_Hans", "我不想活了", Intent.SELF_HARM_RISK),
    ],
)
def test_look_alikes_keep_their_reading_v44(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no question about the credit record, no share offered, no option chosen, no day alone,
        # no sale, no lender refusing, no pay cut
        ("en", "interest at 20% is criminal"),
        ("en", "the second one bounced"),
        ("en", "I sold the car last week"),
        ("en", "my brother said he'd help"),
        ("zh_Hans", "八成是搞错了"),
        ("zh_Hans", "你们15号扣款了吗？"),
        ("zh_Hans", "我哥说会借我钱"),
        ("zh_Hans", "工资发了一半"),
    ],
)
def test_look_alikes_untouched_by_v44(language: str, text: str) -> None:
    cues = _v44_cues(text, language)
    assert not [rule for rule in cues if "ignore." not in rule], cues
