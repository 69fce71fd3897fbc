"""Lexicons v42 (a helper): the non-safety intents, reasons, figures and days blind38's misses
showed — first replies to a collector's first message: which debt or lender this is, the exact sum
owed asked (also in formal Chinese), what is left after payments told, nothing to give this month,
a sum put up to close the account, the same figure every month after a first one, a monthly sum
asked without a plain figure, paying from an overseas account asked, an assent put as a condition,
paying once the employer pays, a sum cleared at a moment to come, a dare to come to the door, 我靠 as
"I live on", and the reasons (many lenders and the collector on top, a spouse in prison, a burglary
of saved cash, between contracts, shifts cut, wages not paid) — in other words than the corpus
messages, with look-alikes that keep their reading (offers, promises, payments told, refusals, the
debtor's own prison, a relative writing for a debtor inside, a death, and safety)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import lexicon_said, read


def _v42_cues(text: str, language: str) -> list[str]:
    """The rules of the helper's v42 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v42")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # which debt, which lender
        ("en", "Honestly I just want to find out what debt this is.", Intent.ASK_QUESTION),
        ("en", "which store was the original account with?", Intent.ASK_QUESTION),
        ("zh_Hans", "我就想问一下这是哪个平台的欠款", Intent.ASK_QUESTION),
        ("zh_Hans", "最初的出借人是谁啊", Intent.ASK_QUESTION),
        ("zh_Hant", "原本借錢嘅係邊間公司？", Intent.ASK_QUESTION),
        # the exact sum owed, what is left after payments told
        ("en", "what's the exact amount, please?", Intent.ASK_BALANCE),
        ("zh_Hans", "请告知我所欠的具体金额", Intent.ASK_BALANCE),
        ("zh_Hant", "麻煩列明本人尚欠嘅款額", Intent.ASK_BALANCE),
        ("zh_Hans", "我转过两笔，扣除以后还欠多少？", Intent.ASK_BALANCE),
        ("zh_Hant", "之前我付過兩次，扣掉以後還差多少錢？", Intent.ASK_BALANCE),
        # nothing to give now
        ("en", "I really can't spare you a penny this month, sorry", Intent.HARDSHIP),
        ("en", "cannot send you anything right now, maybe in December", Intent.HARDSHIP),
        # a sum to close it, the same every month after, a monthly sum asked
        (
            "en",
            "I'll give you 450 tomorrow to close the account, final offer",
            Intent.COUNTER_OFFER,
        ),
        ("en", "50 on the 3rd and then the same every week after that", Intent.COUNTER_OFFER),
        ("zh_Hans", "月底先还五百，之后每个月都这个数", Intent.COUNTER_OFFER),
        ("zh_Hans", "可不可以每月还一点点", Intent.COUNTER_OFFER),
        ("zh_Hant", "可唔可以每個禮拜還少少", Intent.COUNTER_OFFER),
        # paying from another account asked
        ("en", "can we make payments from a joint account instead?", Intent.ASK_QUESTION),
        # paying once the employer pays, a sum cleared at a moment to come
        ("en", "when the company pays us, I'll send you the money", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "几时出粮，我就几时还", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "等公司發了，我即刻拿去還", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "等会儿就把那笔还清", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "出糧當日就將成筆還晒", Intent.PROMISE_TO_PAY),
        # a dare to come to the door
        ("en", "turn up at my flat and you'll regret it", Intent.ABUSE),
        ("zh_Hans", "有种你们就上门来", Intent.ABUSE),
        ("zh_Hant", "敢嚟我屋企就試下", Intent.ABUSE),
    ],
)
def test_families_v42(language: str, text: str, intent: Intent) -> None:
    assert _v42_cues(text, language), text
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "I've got the car finance, two credit cards and now you lot", "over_indebted"),
        ("en", "six separate creditors chasing me at the moment", "over_indebted"),
        ("en", "I don't know which one to pay first anymore", "over_indebted"),
        ("zh_Hans", "车贷、信用卡，再加上你们这个", "over_indebted"),
        ("zh_Hant", "我都唔知應該先還邊間", "over_indebted"),
        ("zh_Hans", "欠着五家网贷，每天都有人打电话", "over_indebted"),
        (
            "en",
            "My wife was sent to prison in September, I'm alone with the kids",
            "family_emergency",
        ),
        ("en", "my boyfriend got locked up last month, it's just me now", "family_emergency"),
        ("zh_Hans", "我老婆去年坐牢了，孩子我一个人带", "family_emergency"),
        ("zh_Hant", "我男朋友入咗獄，我自己一個捱", "family_emergency"),
        ("en", "they broke into our house at the weekend and took my savings", "other"),
        ("en", "I got mugged on Friday, wallet and the money for this gone", "other"),
        ("zh_Hans", "上周家里进贼了，钱都没了", "other"),
        ("zh_Hant", "屋企俾人爆格，啲現金冇晒", "other"),
        ("zh_Hans", "我存着要还你们的钱让人偷了", "other"),
        ("en", "I'm between assignments until the new year", "unemployment"),
        ("zh_Hans", "工作合同到期了，还没找到新的", "unemployment"),
        ("zh_Hant", "約滿咗仲未搵到新工", "unemployment"),
        ("zh_Hans", "超市把我的班从每周五天减到两天", "income_reduced"),
        ("zh_Hant", "間廠削咗我啲鐘數", "income_reduced"),
        ("en", "the factory hasn't paid our wages since October", "salary_delayed"),
    ],
)
def test_reasons_v42(language: str, text: str, reason: str) -> None:
    assert _v42_cues(text, language), text
    reading = read(text, language)
    assert reading.reason is HardshipReason(reason)
    assert reading.intent is Intent.HARDSHIP


@pytest.mark.parametrize(
    ("language", "text", "intent", "amount", "per"),
    [
        # "per calendar month" is a month; a rough figure of what can be sent is money
        (
            "en",
            "I'd like to propose £80 per calendar month",
            Intent.COUNTER_OFFER,
            "80",
            Period.MONTH,
        ),
        (
            "en",
            "i get paid friday, i'll send what i can, maybe like 40",
            Intent.PROMISE_TO_PAY,
            "40",
            Period.ONCE,
        ),
    ],
)
def test_figures_v42(language: str, text: str, intent: Intent, amount: str, per: Period) -> None:
    reading = read(text, language)
    assert reading.intent is intent
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)
    assert reading.amount.per is per


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the employer's pay waited for: after payday, no day guessed
        ("en", "when they pay me i'll pay you, promise"),
        ("zh_Hans", "公司什么时候发了，我就什么时候还"),
        ("zh_Hant", "等老闆發了，我馬上還"),
    ],
)
def test_after_the_employer_pays_v42(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.relative_to_payday
    assert reading.date.date is None


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a day in the collector's message quoted, a mugging's day, nothing left by month-end: no
        # promise, no day
        (
            "en",
            "your message says pay us today, but I'd rather sort it here. what is it for?",
            Intent.ASK_QUESTION,
        ),
        ("en", "got mugged on Monday, the money to pay you is gone", Intent.HARDSHIP),
        ("zh_Hans", "我就靠那点退休金，到月底一分都不剩，还不了", Intent.HARDSHIP),
        ("zh_Hant", "我靠綜援過日子，月尾一個仙都唔剩，還唔到", Intent.HARDSHIP),
    ],
)
def test_days_that_promise_nothing_v42(language: str, text: str, intent: Intent) -> None:
    reading = read(text, language)
    assert reading.intent is intent
    assert reading.date is None or reading.date.date is None


@pytest.mark.parametrize(
    ("language", "text", "hidden"),
    [
        # an assent put as a condition; 我靠 as "I live on"; something taken away, no death; money
        # saved for the collector, named
        ("en", "if I agree to a payment plan, would the interest be frozen?", Intent.AGREE),
        ("zh_Hans", "我靠低保过日子，哪有钱", Intent.ABUSE),
        ("zh_Hant", "我靠生果金同埋子女俾啲家用", Intent.ABUSE),
        ("zh_Hans", "我攒着准备还你们的那笔钱，昨天被偷了", Intent.PROMISE_TO_PAY),
        ("en", "Can I pay from an overseas bank account?", Intent.COUNTER_OFFER),
    ],
)
def test_look_alikes_hidden_v42(language: str, text: str, hidden: Intent) -> None:
    assert not lexicon_said(text, language, hidden)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # things taken away, no death
        ("zh_Hans", "分家的时候房子车子都给哥哥争走了"),
        ("zh_Hans", "家具都被房东带走了"),
        ("zh_Hans", "车子也被他们开走了"),
    ],
)
def test_taken_away_is_no_bereavement_v42(language: str, text: str) -> None:
    assert read(text, language).reason is not HardshipReason.BEREAVEMENT


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # offers, promises, payments told and assent keep their reading
        ("en", "can I pay 80 from my savings account?", Intent.COUNTER_OFFER),
        ("en", "I'll pay 100 on Friday", Intent.PROMISE_TO_PAY),
        ("en", "I know which account this is, I'll pay it Friday", Intent.PROMISE_TO_PAY),
        ("en", "I agree to the plan", Intent.AGREE),
        ("zh_Hans", "我同意这个方案", Intent.AGREE),
        ("zh_Hans", "我还了三次了", Intent.ALREADY_PAID),
        ("zh_Hans", "我昨天就把钱还了", Intent.ALREADY_PAID),
        ("zh_Hans", "前天就把欠的都还了", Intent.ALREADY_PAID),
        ("zh_Hans", "我准备还你们的", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "每月要还多少？", Intent.ASK_BALANCE),
        # the disputes and the oath keep theirs; asked not to come is an opt-out
        ("zh_Hans", "欠款金额不对", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我靠！又是你们", Intent.ABUSE),
        ("zh_Hans", "别来我家", Intent.OPT_OUT),
        ("en", "please don't come to my door again", Intent.OPT_OUT),
    ],
)
def test_look_alikes_keep_their_reading_v42(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # the debtor's own prison, or a relative writing for a debtor inside: other
        ("en", "my brother is in prison and can't pay anything", HardshipReason.OTHER),
        ("en", "I was in prison last year", HardshipReason.OTHER),
        ("zh_Hans", "我弟弟在坐牢，还不了", HardshipReason.OTHER),
        # a death stays a death
        ("zh_Hans", "他走了，我一个人", HardshipReason.BEREAVEMENT),
    ],
)
def test_reasons_kept_v42(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no burglary, no gap between contracts, wages paid, a payday asked, no figure every month,
        # a contract's end asked, overtime
        ("en", "she broke into tears on the phone"),
        ("en", "the contract between us says 12 payments"),
        ("en", "they paid our wages on Friday"),
        ("en", "how much to close it?"),
        ("en", "the same thing every month with you people"),
        ("zh_Hans", "什么时候发工资？"),
        ("zh_Hans", "每个月都这样催"),
        ("zh_Hans", "合同到期了吗"),
        ("zh_Hans", "周末要加班"),
        ("zh_Hans", "我知道是哪家的，下周还"),
    ],
)
def test_look_alikes_untouched_by_v42(language: str, text: str) -> None:
    cues = _v42_cues(text, language)
    assert not [rule for rule in cues if "ignore." not in rule], cues
