"""Lexicons v41 (a helper): the non-safety intents and reasons blind37's misses showed — debtors
writing weeks after a plan was agreed: an instalment of the plan told about (late, not gone out,
beyond reach), instalments left and whether it is nearly done, a penalty for paying off early, the
direct debit after a change, another way to pay, a receipt thanked for, thanks for agreeing, the
collector's proposal or a higher instalment refused, a catch-up refused, Singapore and Malaysia
English for a smaller sum, a month skipped or a plan made longer, a figure going out as usual, a
payment told done or cut short by a limit, the rest put off until pay comes in, a payment tried
again tonight, a court's debt restructuring, someone in the debtor's account, and the reasons (pay
held or payday moved, slow trade, an ex who took half, a car written off, appliances broken, small
caps sunk, many lenders) — in other words than the corpus messages, with look-alikes that keep
their reading (above all offers with figures, promises, payments told, disputes and safety)."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v41_cues(text: str, language: str) -> list[str]:
    """The rules of the helper's v41 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v41")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # this month's instalment late or not there
        ("en", "sorry, the payment is going to be a bit late again", Intent.HARDSHIP),
        ("en", "the instalment simply isn't there this month", Intent.HARDSHIP),
        ("zh_Hans", "这个月月供真的扛不住了", Intent.HARDSHIP),
        ("zh_Hant", "今期真係供唔到", Intent.HARDSHIP),
        # instalments left, nearly done
        ("en", "how many payments do I still have to make?", Intent.ASK_BALANCE),
        ("en", "are we almost finished with this plan?", Intent.ASK_BALANCE),
        ("zh_Hans", "还有多少期没供？", Intent.ASK_BALANCE),
        ("zh_Hant", "系咪就快供完啦？", Intent.ASK_BALANCE),
        # a penalty for paying off early
        ("en", "is there a fee for settling the loan off early?", Intent.ASK_QUESTION),
        ("en", "any early settlement penalty on this?", Intent.ASK_QUESTION),
        ("zh_Hans", "提前结清会不会收手续费", Intent.ASK_QUESTION),
        # the debit after a change, another way to pay, a relative paying
        ("en", "if the plan changes, will my standing order still go out?", Intent.ASK_QUESTION),
        ("en", "the card keeps getting declined, how else could I pay?", Intent.ASK_QUESTION),
        ("en", "can my uncle make the payments for me from overseas?", Intent.ASK_QUESTION),
        ("zh_Hans", "换了卡以后代扣还会继续吗", Intent.ASK_QUESTION),
        # papers, a grace period, what happens to the rest
        ("zh_Hans", "能开一张结清证明给我吗", Intent.ASK_QUESTION),
        ("zh_Hans", "你们有宽限期这种东西吗", Intent.ASK_QUESTION),
        ("zh_Hans", "我要出国了，剩下的那些钱怎么处理", Intent.ASK_QUESTION),
        ("zh_Hans", "收据会寄到哪里？", Intent.ASK_QUESTION),
        # thanks
        ("en", "received the receipt for last month, thanks a lot", Intent.THANKS),
        ("zh_Hans", "多谢你哋批准我延期", Intent.THANKS),
        ("zh_Hant", "收到上個月嘅收據喇，多謝", Intent.THANKS),
        # refusals
        ("en", "sorry, cannot raise it to 500", Intent.DECLINE),
        ("en", "I'm turning down the new plan, the original one stays", Intent.DECLINE),
        ("en", "tell them my answer on the higher instalment is still no", Intent.DECLINE),
        ("zh_Hans", "我不会一次补交三期", Intent.DECLINE),
        ("zh_Hans", "你们要我一次还清，我不会还的", Intent.DECLINE),
        # smaller sums, a month skipped, a longer plan, a day moved
        ("en", "this month only can transfer 90 lah", Intent.COUNTER_OFFER),
        ("en", "can give 120 only, next month full", Intent.COUNTER_OFFER),
        ("en", "can I have the 2nd instalment moved forward a week?", Intent.COUNTER_OFFER),
        ("en", "can the rest be spread across twelve months?", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能跳过一月那期", Intent.COUNTER_OFFER),
        ("zh_Hans", "可以从12期延长到24期吗", Intent.COUNTER_OFFER),
        # promises
        ("en", "200 goes out on thursday like always", Intent.PROMISE_TO_PAY),
        (
            "en",
            "I'm going to settle the entire outstanding balance on Friday",
            Intent.PROMISE_TO_PAY,
        ),
        ("zh_Hans", "周五还八百，剩下的等我开工再说", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "工资到账就把欠的那期还上", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "刚才转账失败了，明天再用网银试一次", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "最后三期我月底一起缴", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "下個禮拜五想一次過還晒剩低嘅", Intent.PROMISE_TO_PAY),
        # payments told
        ("en", "the 300 was sent on Tuesday", Intent.ALREADY_PAID),
        ("en", "my bank only allowed me to transfer 200 today", Intent.ALREADY_PAID),
        ("en", "all good, paid it this morning", Intent.ALREADY_PAID),
        ("zh_Hans", "网银有转账上限，只转过去三千", Intent.ALREADY_PAID),
        # a court's restructuring, someone in the account
        ("zh_Hans", "法院已经受理了我的个人破产重整申请", Intent.BANKRUPTCY),
        ("zh_Hant", "有人登入咗我個戶口改咗電話，唔該即刻凍結", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_families_v41(language: str, text: str, intent: Intent) -> None:
    assert _v41_cues(text, language), text
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "HR is delaying our salaries again", HardshipReason.SALARY_DELAYED),
        ("en", "they pushed our payday back to the 30th", HardshipReason.SALARY_DELAYED),
        (
            "en",
            "sales have been really quiet at the salon since summer",
            HardshipReason.INCOME_REDUCED,
        ),
        ("en", "the van got totalled last week and I need it for work", HardshipReason.OTHER),
        ("en", "my ex-husband walked off with half of everything", HardshipReason.DIVORCE),
        ("zh_Hans", "老板说这个月的工资要推迟十天才发", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "最近店里生意越来越差", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "這幾個月收入不穩，時有時無", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "冰箱和洗衣机一起坏了，换完就没钱了", HardshipReason.OTHER),
        ("zh_Hans", "前夫把房子和存款都分走了", HardshipReason.DIVORCE),
        ("zh_Hans", "网贷、信用卡再加上你们的，根本还不过来", HardshipReason.OVER_INDEBTED),
        ("zh_Hant", "買咗啲仙股，兩日蝕到入肉", HardshipReason.INVESTMENT_LOSS),
    ],
)
def test_reasons_v41(language: str, text: str, reason: HardshipReason) -> None:
    assert _v41_cues(text, language), text
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "hidden"),
    [
        # the plan in place, named: no plan asked
        ("en", "the October instalment never went through, sorry", Intent.COUNTER_OFFER),
        ("en", "I thought the instalment was due next week", Intent.COUNTER_OFFER),
        ("zh_Hans", "分期的事我过两天再跟你说", Intent.COUNTER_OFFER),
        ("zh_Hans", "重新分期以后扣款日变了吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "这个分期方案我觉得挺合理", Intent.COUNTER_OFFER),
        ("zh_Hans", "明明还有两期没还", Intent.COUNTER_OFFER),
        ("zh_Hans", "我同事那边的分期宽限期是三个月", Intent.COUNTER_OFFER),
        ("zh_Hans", "隔壁起火，我们家烧掉一半", Intent.COUNTER_OFFER),
        (
            "en",
            "about the settlement your colleague proposed: still thinking",
            Intent.COUNTER_OFFER,
        ),
        # losing count is no forgetting; a set-up asked is no assent; a paper promised is no assent
        ("en", "I've lost count of how many I've paid so far", Intent.HARDSHIP),
        ("en", "do I need to set it up again?", Intent.AGREE),
        ("zh_Hans", "说好的结清证明一直没寄来", Intent.AGREE),
        ("zh_Hans", "我自己去办不行吗", Intent.DECLINE),
        ("zh_Hans", "开证明还要本人去？我让家人去办不行吗", Intent.DECLINE),
        ("zh_Hans", "分期的提醒可以改成发邮件吗？", Intent.COUNTER_OFFER),
        ("en", "I won't pay the settlement your colleague proposed", Intent.COUNTER_OFFER),
        ("en", "do I need to set it up again after the change?", Intent.AGREE),
    ],
)
def test_the_plan_in_place_and_other_look_alikes_hidden_v41(
    language: str, text: str, hidden: Intent
) -> None:
    assert not lexicon_said(text, language, hidden)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # offers keep their reading
        ("en", "can we set up a payment plan?", Intent.COUNTER_OFFER),
        ("en", "can I do the instalments at 150 instead?", Intent.COUNTER_OFFER),
        ("en", "could I pay half now and the rest later?", Intent.COUNTER_OFFER),
        ("en", "would you take a lump sum of 900?", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能分期", Intent.COUNTER_OFFER),
        ("zh_Hans", "能分12期还吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "先还500，剩下的下个月再还", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能宽限几天", Intent.COUNTER_OFFER),
        ("zh_Hans", "先还一半行不行", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能分期呀，一次还不上", Intent.COUNTER_OFFER),
        ("zh_Hant", "可以分期嗎 一次真的繳不起", Intent.COUNTER_OFFER),
        ("zh_Hans", "先还八千 剩下的以后再说", Intent.COUNTER_OFFER),
        # promises, payments told and assent keep theirs
        ("en", "I'll pay 100 on Friday", Intent.PROMISE_TO_PAY),
        ("en", "I forgot, sending it right now", Intent.PROMISE_TO_PAY),
        ("en", "I paid last Friday", Intent.ALREADY_PAID),
        ("en", "I have the receipt, paid on the 3rd", Intent.ALREADY_PAID),
        ("en", "ok, set it up", Intent.AGREE),
        ("zh_Hans", "我同意这个方案", Intent.AGREE),
        ("zh_Hans", "第3期已经还了", Intent.ALREADY_PAID),
        # the disputes keep theirs
        (
            "en",
            "you didn't apply the 200 I paid on the 9th, the balance is wrong",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "这笔钱不是我借的", Intent.DISPUTE_NOT_MINE),
        # refusals stay refusals, hardship stays hardship
        ("en", "no, I won't do that", Intent.DECLINE),
        ("zh_Hans", "真的没钱，一分都拿不出来", Intent.HARDSHIP),
    ],
)
def test_look_alikes_keep_their_reading_v41(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # safety look-alikes the lead fitted keep their reading
        ("zh_Hans", "还了一辈子了，累"),
        ("en", "feels like I've been paying forever"),
    ],
)
def test_paying_forever_stays_figurative_v41(language: str, text: str) -> None:
    assert read(text, language).intent is not Intent.SELF_HARM_RISK


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a payday told, the debt written off, business picking up, a reminder skipped
        ("en", "I get paid on the 30th, I'll pay then"),
        ("en", "the debt was written off years ago"),
        ("en", "business has been picking up lately"),
        ("zh_Hans", "月底发工资就还"),
        ("zh_Hans", "我提前还清了"),
        ("zh_Hans", "我改了还款账户"),
    ],
)
def test_look_alikes_untouched_by_v41(language: str, text: str) -> None:
    cues = _v41_cues(text, language)
    assert not [rule for rule in cues if "ignore." not in rule], cues
