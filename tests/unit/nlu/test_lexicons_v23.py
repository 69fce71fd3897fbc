"""Lexicons v23: the non-safety intents and reasons blind19's misses showed (read after blind20 was
committed sealed), each in other words than the corpus message and in the other languages, with
look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # refusals: a "no" that opens the refusal, not a negation of it
        ("en", "nope, we're not paying you a dime", Intent.DECLINE),
        ("en", "no I will never pay this", Intent.DECLINE),
        # not going to pay, nor to promise
        ("en", "we're not going to pay anything this month, that's final", Intent.DECLINE),
        ("en", "I'm not making any promises", Intent.DECLINE),
        # the collector's demand asked back and turned down; "pass" as the whole answer
        ("en", "all of it by tomorrow? definitely not", Intent.DECLINE),
        ("en", "all of that by friday? hell no", Intent.DECLINE),
        ("en", "pass thanks", Intent.DECLINE),
        ("zh_Hans", "一个月八千？你想太多了", Intent.DECLINE),
        ("zh_Hant", "一個月五千？諗太多", Intent.DECLINE),
        ("zh_Hans", "一个月一万？想都不用想", Intent.DECLINE),
        # a refusal with 会 or 没法 between (longer than the 分期 of an offer)
        ("zh_Hans", "这种方案我绝不答应", Intent.DECLINE),
        ("zh_Hans", "我们不会答应这种还款计划", Intent.DECLINE),
        ("zh_Hant", "我唔會接受任何分期", Intent.DECLINE),
        # a payment made and a complaint about being asked again: no amount dispute
        ("en", "I already paid it on the 1st, why do you keep asking?", Intent.ALREADY_PAID),
        ("en", "why did you keep sending reminders after I paid?", Intent.ALREADY_PAID),
        # paid at a convenience store or a counter
        ("zh_Hant", "我上禮拜喺7仔交咗", Intent.ALREADY_PAID),
        ("zh_Hans", "上个月在便利店交的", Intent.ALREADY_PAID),
        # the sum that would settle it asked
        ("zh_Hans", "一次性还清需要多少钱", Intent.ASK_BALANCE),
        ("zh_Hant", "一次過還清要幾多", Intent.ASK_BALANCE),
        # a promise with its day closed by a bare "ok?" tag
        ("zh_Hans", "后天下午转给你 ok?", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "聽日過數俾你 ok?", Intent.PROMISE_TO_PAY),
        # a payment on the fees waived, the condition said with 要是/如果: an offer
        ("zh_Hans", "要是罚息可以全免，月底我就一次性还清", Intent.COUNTER_OFFER),
        ("zh_Hant", "如果滯納金可以豁免，我下個月一次過還晒", Intent.COUNTER_OFFER),
        # a threat to send someone to attack the collector
        ("zh_Hant", "信不信我找人打你", Intent.ABUSE),
        ("zh_Hans", "再烦我就找人劈你", Intent.ABUSE),
        # a message sent to try the channel
        ("en", "testing testing", Intent.UNKNOWN),
        ("en", "test", Intent.UNKNOWN),
        ("zh_Hans", "测试一下", Intent.UNKNOWN),
        # half the pay, and the store's closing: hardship, no plan's half
        ("zh_Hans", "老板把我的排班砍了一半，收入少了很多", Intent.HARDSHIP),
        ("zh_Hant", "公司今個月得返一半人工，真係唔夠使", Intent.HARDSHIP),
    ],
)
def test_families_v23(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "the warehouse cut my shifts to two a week, I can't cover rent",
            HardshipReason.INCOME_REDUCED,
        ),
        (
            "en",
            "I'm only getting 3 shifts now since the new manager came in",
            HardshipReason.INCOME_REDUCED,
        ),
        (
            "en",
            "I work in the hospital laundry and they halved my hours",
            HardshipReason.INCOME_REDUCED,
        ),
        ("zh_Hans", "我在医院食堂打工，这个月只发一半工资", HardshipReason.INCOME_REDUCED),
        (
            "en",
            "our bakery closed last spring and I still owe the suppliers",
            HardshipReason.BUSINESS_FAILURE,
        ),
        (
            "en",
            "my etsy shop never took off and I'm out of savings",
            HardshipReason.BUSINESS_FAILURE,
        ),
        ("zh_Hans", "开了个网店一直做不起来，上个月关了", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hant", "蝦皮賣場上個月收掉了，現在沒收入", HardshipReason.BUSINESS_FAILURE),
        ("en", "our landlord jacked up the rent again", HardshipReason.OTHER),
        ("en", "the transmission died on my truck last week", HardshipReason.OTHER),
        ("en", "my engine blew up and the repairs wiped me out", HardshipReason.OTHER),
        ("zh_Hans", "车被偷了，上班都没法去", HardshipReason.OTHER),
    ],
)
def test_reasons_v23(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        # a refusal only where the debtor refuses
        ("en", "I'm not going to pay late again, promise", Intent.DECLINE),
        ("en", "if I'm not going to pay this month, what happens", Intent.DECLINE),
        ("en", "I'm not going to pay for something I never borrowed", Intent.DECLINE),
        ("en", "can you pass me to a manager", Intent.DECLINE),
        ("zh_Hans", "你们会不会接受分期", Intent.DECLINE),
        ("zh_Hans", "老板不答应给我加工资", Intent.DECLINE),
        # the paid-at-a-shop words said of a payment still to come, or asked
        ("zh_Hans", "明天在超商缴了再跟你说", Intent.ALREADY_PAID),
        ("zh_Hant", "可唔可以喺7-11交", Intent.ALREADY_PAID),
        ("zh_Hans", "我明天会在便利店缴的", Intent.ALREADY_PAID),
        # a discount asked for stays an offer, not the balance
        ("zh_Hans", "一次结清能少多少", Intent.ASK_BALANCE),
        # a figure asked with "ok?" stays an offer
        ("zh_Hans", "明天转3000 ok?", Intent.PROMISE_TO_PAY),
        # a test asked about is a question, not a test message
        ("en", "is this a test?", Intent.UNKNOWN),
    ],
)
def test_look_alikes_v23(language: str, text: str, unwanted: Intent) -> None:
    reading = read(text, language)
    assert unwanted is not reading.intent
    if unwanted is not Intent.UNKNOWN:
        assert unwanted not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        # said of oneself or as comfort (the meaning model reads a refusal into the first)
        ("zh_Hans", "是我想太多了，不好意思", Intent.DECLINE),
        ("zh_Hans", "我真的想太多了", Intent.DECLINE),
        ("zh_Hans", "别想太多，我会还的", Intent.DECLINE),
        # a relative's anger, no threat by the debtor
        ("zh_Hant", "我阿媽知道會劈死我", Intent.ABUSE),
        # a condition said only as a wish, or a waiver reported
        ("zh_Hans", "利息要是能免掉就好了", Intent.COUNTER_OFFER),
        ("zh_Hans", "你们答应过利息免掉的", Intent.COUNTER_OFFER),
        # a payment of another debt at a bank
        ("zh_Hans", "我在银行还了房贷，没钱了", Intent.ALREADY_PAID),
    ],
)
def test_look_alikes_in_words_v23(language: str, text: str, unwanted: Intent) -> None:
    assert not lexicon_said(text, language, unwanted)


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        # a gym closed for the holidays, a phone gone flat, a hospital where the debtor works
        ("en", "my gym closed for the holidays", HardshipReason.BUSINESS_FAILURE),
        ("en", "my phone died last night, sorry I missed your text", HardshipReason.BEREAVEMENT),
        ("zh_Hans", "我在医院上班，排班减了一半", HardshipReason.ILLNESS),
        ("en", "they cut my shifts in half at the hospital cafeteria", HardshipReason.ILLNESS),
    ],
)
def test_reason_look_alikes_v23(language: str, text: str, unwanted: HardshipReason) -> None:
    assert read(text, language).reason is not unwanted


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a hospital stay and a sickness beside the workplace keep their illness
        ("en", "I haven't been able to work while in the hospital", HardshipReason.ILLNESS),
        ("en", "I work night shifts at a hospital, and I'm sick too", HardshipReason.ILLNESS),
        ("zh_Hans", "我在医院上班，最近自己也病了", HardshipReason.ILLNESS),
        # a relative's death is still one beside the device words
        ("en", "my dad died and then my phone died too", HardshipReason.BEREAVEMENT),
    ],
)
def test_reason_look_alikes_keep_their_reading_v23(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        # a sum asked for after paying is still disputed
        ("en", "why are you still asking me for 900 when I paid 500?", Intent.DISPUTE_AMOUNT),
        # a refusal opening the message before the collector's figure stays one
        ("en", "absolutely not, 400 a month is insane", Intent.DECLINE),
        # a figure or a plan asked with "ok?" stays an offer, 还你 ok吗 a question like 可以吗
        ("zh_Hans", "明天先还一半 ok?", Intent.COUNTER_OFFER),
        ("zh_Hans", "周五下午还你 ok吗", Intent.COUNTER_OFFER),
        # the debtor's promise beside a comfort, and a test asked about
        ("zh_Hans", "别想太多，我会还的", Intent.PROMISE_TO_PAY),
        ("en", "is this a test?", Intent.ASK_QUESTION),
        # a discount asked for the settlement stays an offer
        ("zh_Hans", "我想问下一次结清要多少，能不能打个折", Intent.COUNTER_OFFER),
    ],
)
def test_look_alikes_keep_their_reading_v23(language: str, text: str, wanted: Intent) -> None:
    assert read(text, language).intent is wanted
