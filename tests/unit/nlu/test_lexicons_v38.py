"""Lexicons v38: the non-safety intents and reasons blind34's misses showed — the plan's terms asked
(interest on the instalments, a discount for paying at once, a late instalment on the credit record,
the collector's figure asked back, whether it is final, the lowest settlement, a total or a month),
sarcastic refusals (a money tree, a printing press, "so generous", a figure echoed in disbelief), the
collector's brain insulted, an assent that comes with a change (the first instalment moved, another
day, a later start, a schedule of dated figures, a grudging "X就X"), a lump to settle, a part paid if
the rest is waived, a part now and more once a relative is out of hospital, a sum split in two, smaller
payments asked with no dispute, a promise kept short, a payment under way and a better deal wanted —
in other words than the corpus messages, with look-alikes that must keep their reading (above all the
offers and promises, the disputes, payments told and the reasons)."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v38_cues(text: str, language: str) -> list[str]:
    """The rules of the v38 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v38")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the plan's interest asked about
        ("en", "will I be charged interest on the monthly payments?", Intent.ASK_QUESTION),
        ("en", "does the payment plan carry any interest?", Intent.ASK_QUESTION),
        ("en", "are the installments 0% interest?", Intent.ASK_QUESTION),
        ("zh_Hans", "分期还款有没有利息？", Intent.ASK_QUESTION),
        ("zh_Hans", "分期是零利率的吗", Intent.ASK_QUESTION),
        ("zh_Hant", "分期有冇利息㗎？", Intent.ASK_QUESTION),
        # a discount for paying all at once asked about
        ("en", "is there a reduction if I settle everything in one go?", Intent.ASK_QUESTION),
        ("en", "if I clear the whole balance at once, do I get a discount?", Intent.ASK_QUESTION),
        ("zh_Hans", "全部一次性付清的话有没有优惠？", Intent.ASK_QUESTION),
        ("zh_Hant", "一次過俾晒有冇折扣？", Intent.ASK_QUESTION),
        # a late or missed instalment on the credit record
        ("en", "does missing an instalment affect my credit score?", Intent.ASK_QUESTION),
        ("zh_Hans", "晚还一期会不会影响信用记录", Intent.ASK_QUESTION),
        ("zh_Hans", "漏缴一期会有不良记录吗", Intent.ASK_QUESTION),
        ("zh_Hant", "遲交一期會唔會上黑名單", Intent.ASK_QUESTION),
        # the collector's figure asked back with its terms, or whether it can move
        ("en", "wait, so we only send 250 one time and it's settled?", Intent.ASK_QUESTION),
        ("en", "ok so it's just one payment of 300 and we're done?", Intent.ASK_QUESTION),
        ("en", "is 600 the best you can do or can it go lower?", Intent.ASK_QUESTION),
        ("en", "is that 250 set in stone?", Intent.ASK_QUESTION),
        ("en", "what is the least you would accept?", Intent.ASK_QUESTION),
        # a total or an instalment asked
        ("en", "is that 450 a total or monthly?", Intent.ASK_QUESTION),
        ("zh_Hans", "这2000是一次性的还是每期的？", Intent.ASK_QUESTION),
        ("zh_Hant", "2000係總數定每個月？", Intent.ASK_QUESTION),
        # sarcastic refusals
        ("en", "sure, I'll just pick some cash off my money tree", Intent.DECLINE),
        ("en", "guess I'll just print some money then", Intent.DECLINE),
        ("en", "oh 250 a week. how generous of you", Intent.DECLINE),
        ("en", "great, 300 a month, real generous", Intent.DECLINE),
        ("en", "900?? you must be joking", Intent.DECLINE),
        ("zh_Hans", "你当我是提款机啊", Intent.DECLINE),
        ("zh_Hans", "我家有矿吗", Intent.DECLINE),
        ("zh_Hant", "你以為我屋企係印鈔廠咩", Intent.DECLINE),
        ("zh_Hans", "两千？？开玩笑吧", Intent.DECLINE),
        ("zh_Hans", "每个月3000？你在开玩笑吗", Intent.DECLINE),
        ("zh_Hant", "八千？？講笑咩", Intent.DECLINE),
        ("en", "no, I don't want to end the chat, I want a fairer offer than that", Intent.DECLINE),
        # the collector's brain insulted
        ("zh_Hans", "你脑子坏掉了吧", Intent.ABUSE),
        ("zh_Hant", "你個腦係咪有洞", Intent.ABUSE),
        ("zh_Hans", "你们催收的脑袋进水了", Intent.ABUSE),
        # an assent with the first instalment moved, or another day
        ("en", "fine, but can the first one be on monday", Intent.COUNTER_OFFER),
        ("en", "sounds ok, just push the first payment to the 12th", Intent.COUNTER_OFFER),
        ("zh_Hans", "好的，不过第一期能不能放到月底", Intent.COUNTER_OFFER),
        ("zh_Hant", "OK，但係第一期可唔可以改到下個月3號", Intent.COUNTER_OFFER),
        ("zh_Hans", "行，不过15号不行，改成20号吧", Intent.COUNTER_OFFER),
        # a later start asked after forgetting
        (
            "en",
            "my bad, I forgot all about it, could we begin on the 10th?",
            Intent.COUNTER_OFFER,
        ),
        ("zh_Hans", "抱歉忘记了，可以下个月再开始吗", Intent.COUNTER_OFFER),
        ("zh_Hant", "sorry我唔記得咗，可唔可以月尾先開始供", Intent.COUNTER_OFFER),
        # a schedule of dated figures, a grudging figure, a lump to settle, the rest asked waived
        ("en", "say less. 200 on the 5th, 200 on the 20th", Intent.COUNTER_OFFER),
        ("zh_Hant", "唉，好吧，三千就三千", Intent.COUNTER_OFFER),
        ("zh_Hans", "两万直接结清，明天就打给你", Intent.COUNTER_OFFER),
        ("zh_Hans", "月底前转一万，其余的能不能免掉", Intent.COUNTER_OFFER),
        ("zh_Hant", "下個月尾俾五千，剩低嘅可唔可以豁免", Intent.COUNTER_OFFER),
        # a sum split in two or three
        ("zh_Hans", "能不能分三次还，都等发工资以后", Intent.COUNTER_OFFER),
        ("zh_Hant", "分兩次俾得唔得", Intent.COUNTER_OFFER),
        # smaller payments asked, no dispute
        (
            "en",
            "I'm not disputing anything, I just need lower monthly payments",
            Intent.COUNTER_OFFER,
        ),
        # a promise kept short, a payment under way
        ("en", "I'll send 50 next Friday, that's the most I can promise", Intent.PROMISE_TO_PAY),
        ("en", "totally my fault, it slipped my mind. sending it right now", Intent.PROMISE_TO_PAY),
    ],
)
def test_families_v38(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "say less. 200 on the 5th, 200 on the 20th"),
        ("zh_Hant", "唉，好吧，三千就三千"),
        ("zh_Hans", "煩死了，但是行吧，八千就八千"),
    ],
)
def test_an_assent_beside_the_figure_stays_a_signal_v38(language: str, text: str) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.AGREE in understood.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "先还三百，等我爸出院了再多还一些"),
        ("zh_Hant", "先俾一千，等我老婆出院先再俾多啲"),
    ],
)
def test_a_part_now_and_more_once_a_relative_is_out_of_hospital_v38(
    language: str, text: str
) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.HARDSHIP in understood.signals
    assert understood.reason is HardshipReason.FAMILY_EMERGENCY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my bad, I forgot all about it, could we begin on the 10th?"),
        ("zh_Hans", "抱歉忘记了，可以下个月再开始吗"),
    ],
)
def test_forgetting_stays_the_reason_of_a_later_start_v38(language: str, text: str) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.COUNTER_OFFER
    assert understood.reason is HardshipReason.FORGOT


def test_a_payment_under_way_keeps_forgetting_as_its_reason_v38() -> None:
    understood = read("totally my fault, it slipped my mind. sending it right now", "en")
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert understood.reason is HardshipReason.FORGOT


def test_no_dispute_said_beside_smaller_payments_v38() -> None:
    """The words that say there is no dispute keep the dispute out, offer or not."""
    understood = read("I'm not disputing anything, I just need lower monthly payments", "en")
    assert Intent.DISPUTE_AMOUNT not in understood.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # offers: a waiver, a discount with a figure, a plan, a later day asked
        ("en", "can you waive the interest on the payment plan?", Intent.COUNTER_OFFER),
        ("en", "can I get a discount if I pay 300 today?", Intent.COUNTER_OFFER),
        ("en", "I can pay it all at once if you give me a discount", Intent.COUNTER_OFFER),
        ("en", "would you take 500?", Intent.COUNTER_OFFER),
        (
            "en",
            "what's the lowest you'd take if I paid it all at once? like 600?",
            Intent.COUNTER_OFFER,
        ),
        ("en", "I can pay 100 a week, that's all I can do", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能免息分期", Intent.COUNTER_OFFER),
        ("zh_Hans", "分12期可以吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "一次性还清打八折行吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能一次性结清打个折", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能晚还一期", Intent.COUNTER_OFFER),
        ("zh_Hans", "不开玩笑，800可以", Intent.COUNTER_OFFER),
        ("zh_Hant", "唔係講笑，800得唔得", Intent.COUNTER_OFFER),
        ("zh_Hans", "先还500，剩下的下个月再还", Intent.COUNTER_OFFER),
        # promises, payments told, refusals, assent and questions stay so
        ("en", "I'll pay 400 once and that's it", Intent.PROMISE_TO_PAY),
        ("en", "I'm not kidding, I'll pay on friday", Intent.PROMISE_TO_PAY),
        ("en", "I'll pay 200 on the 5th", Intent.PROMISE_TO_PAY),
        ("en", "I'll make the first payment on friday", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "开玩笑的，我下周还", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "一次性还清", Intent.PROMISE_TO_PAY),
        ("en", "I paid 200 on the 5th and 200 on the 20th", Intent.ALREADY_PAID),
        ("zh_Hans", "第3期已经还了", Intent.ALREADY_PAID),
        ("zh_Hans", "1号不行", Intent.DECLINE),
        ("zh_Hans", "你以为我会印钱吗", Intent.DECLINE),
        ("en", "ok deal", Intent.AGREE),
        ("en", "that's very generous of you, thank you", Intent.THANKS),
        ("en", "when can I start paying?", Intent.ASK_QUESTION),
        ("en", "so am I paying now?", Intent.ASK_QUESTION),
        ("en", "I'm not disputing it, I just want to know why it went up", Intent.ASK_QUESTION),
        # the disputes and a stop asked stay so
        ("zh_Hans", "分期还要收利息，太坑了", Intent.DISPUTE_AMOUNT),
        ("en", "I want to stop talking to you", Intent.OPT_OUT),
    ],
)
def test_look_alikes_keep_their_reading_v38(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a bet and a job at a bank, a brain of one's own, a sum split and paid
        ("en", "I bet you'd love that"),
        ("zh_Hans", "我在银行上班"),
        ("zh_Hans", "我脑子坏了，忘了还"),
        ("zh_Hans", "我已经分两次转给你了"),
        ("en", "I paid 200 on the 5th and 200 on the 20th"),
        # thanks for a generous offer, a joke of one's own
        ("en", "that's very generous of you, thank you"),
        ("zh_Hans", "开玩笑的，我下周还"),
        # one's own hospital stay
        ("zh_Hans", "我刚出院，下周还"),
    ],
)
def test_look_alikes_untouched_by_v38(language: str, text: str) -> None:
    cues = _v38_cues(text, language)
    assert not [rule for rule in cues if "ignore." not in rule], cues


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("zh_Hans", "我老婆住院了", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "我刚出院，下周还", HardshipReason.ILLNESS),
        ("zh_Hans", "我脑子坏了，忘了还", HardshipReason.FORGOT),
    ],
)
def test_reasons_that_keep_their_reading_v38(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason
