"""Lexicons v37: the non-safety intents and reasons blind33's misses showed — debtors writing after a
plan was agreed: the due day moved, an instalment split, waited for or lowered, an instalment named
paid or promised (several of them together), what is left asked after some were paid, the written
terms asked about with no dispute said, the plan found fair and signed, a change of plan turned down,
the collector and the bot insulted, and the causes of a household on one income, a benefit cut, a
stay in intensive care, orders cut, debts counted and a fire — in other words than the corpus
messages, with look-alikes that must keep their reading (above all the plain requests for a person
and to stop contact, the disputes, a lawyer of the debtor's own, fraud and the self-harm readings)."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v37_cues(text: str, language: str) -> list[str]:
    """The rules of the v37 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v37")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the due day, or one instalment, asked moved to another day
        ("en", "could we shift next month's payment to the 5th?", Intent.COUNTER_OFFER),
        ("en", "any chance the january instalment gets pushed back to feb 3", Intent.COUNTER_OFFER),
        ("en", "can I change my payment date to the 15th from now on", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能把每个月的扣款日从10号改到15号", Intent.COUNTER_OFFER),
        ("zh_Hans", "这个月那期想推到下个月5号", Intent.COUNTER_OFFER),
        ("zh_Hant", "扣數日可唔可以由1號改到8號？", Intent.COUNTER_OFFER),
        ("zh_Hant", "3月嗰期想押後到4月2號", Intent.COUNTER_OFFER),
        # the agreed figure asked lowered, or a figure that is all there is
        ("en", "can we lower the monthly from 300 to 200?", Intent.COUNTER_OFFER),
        ("en", "I need the instalments to be 80, not 100", Intent.COUNTER_OFFER),
        ("en", "15 by the weekend is all I have", Intent.COUNTER_OFFER),
        ("zh_Hans", "月底先还500行吗", Intent.COUNTER_OFFER),
        ("zh_Hant", "月尾先繳3000好嗎", Intent.COUNTER_OFFER),
        # one instalment asked split, or asked to wait
        ("en", "could this month's payment be split into two?", Intent.COUNTER_OFFER),
        ("zh_Hans", "这期可不可以拆成三次还", Intent.COUNTER_OFFER),
        ("zh_Hant", "第2期分兩次俾得唔得", Intent.COUNTER_OFFER),
        (
            "en",
            "I had surgery. could the 150 due Monday wait until I'm discharged?",
            Intent.COUNTER_OFFER,
        ),
        # an instalment named by its number, reported paid
        ("en", "paid the 4th instalment yesterday", Intent.ALREADY_PAID),
        ("en", "payment 6 of 10 went out this morning", Intent.ALREADY_PAID),
        ("en", "all good, 5/12 paid", Intent.ALREADY_PAID),
        ("zh_Hans", "昨天缴了第3期", Intent.ALREADY_PAID),
        ("zh_Hans", "第6期今早已经转账了，回单截图发给你们了", Intent.ALREADY_PAID),
        ("zh_Hant", "4/10期已繳，麻煩查收", Intent.ALREADY_PAID),
        ("zh_Hans", "上周当面把现金交给你们业务员了", Intent.ALREADY_PAID),
        # an instalment named by its number, or several together, promised
        ("en", "I'll cover the 2nd instalment on friday", Intent.PROMISE_TO_PAY),
        ("en", "sorry, missed installment 4, will send both on the 30th", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "月底把两期一起补上", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "下禮拜三兩期一齊俾", Intent.PROMISE_TO_PAY),
        ("en", "the transfer failed, I'll resend it tomorrow", Intent.PROMISE_TO_PAY),
        # what is left, asked after some instalments were paid
        ("zh_Hans", "缴了5期，现在还差多少", Intent.ASK_BALANCE),
        ("zh_Hant", "供咗3期之後仲欠幾多？", Intent.ASK_BALANCE),
        ("zh_Hans", "不用转人工，机器人就行，告诉我还欠多少", Intent.ASK_BALANCE),
        # the written terms asked about, no dispute said
        ("en", "does the 2,400 include the interest?", Intent.ASK_QUESTION),
        ("en", "is the late fee written in the agreement somewhere?", Intent.ASK_QUESTION),
        (
            "en",
            "no one is disputing the balance, I only want to know what the admin line means",
            Intent.ASK_QUESTION,
        ),
        ("zh_Hans", "这8000包不包括利息？", Intent.ASK_QUESTION),
        ("zh_Hans", "金额我没意见，就是问一下这笔服务费是干什么的", Intent.ASK_QUESTION),
        ("zh_Hant", "唔係投訴，純粹問吓呢行係咩意思", Intent.ASK_QUESTION),
        (
            "en",
            "I'm not going to hire a lawyer, just tell me what this fee is for?",
            Intent.ASK_QUESTION,
        ),
        ("zh_Hans", "我没打算请律师，只是想知道这笔费用是干什么的", Intent.ASK_QUESTION),
        # the plan found fair and signed
        ("en", "the offer looks fair to me, I'll sign it", Intent.AGREE),
        ("en", "ok, happy to sign", Intent.AGREE),
        ("zh_Hans", "这个方案还算合理，我签吧", Intent.AGREE),
        ("zh_Hant", "方案幾公道，咁我就簽啦", Intent.AGREE),
        # a change of the agreed plan turned down
        ("en", "no, I'm not moving to fortnightly payments", Intent.DECLINE),
        ("zh_Hans", "不要，我不想改成每两周缴一次，按原来的来", Intent.DECLINE),
        # the collector or the bot insulted; a threat to whoever comes
        ("en", "I'll never give you crooks a penny", Intent.ABUSE),
        ("zh_Hans", "你这个垃圾机器人", Intent.ABUSE),
        ("zh_Hant", "你呢個蠢機械人", Intent.ABUSE),
        ("zh_Hans", "谁敢来我家，我打断他的腿", Intent.ABUSE),
        # an agent's manner last time told, a smaller sum asked of the bot
        ("zh_Hant", "唔使搵真人，上次客服鬧我。月尾可唔可以先俾500", Intent.COUNTER_OFFER),
        # a hardship: the agreed figure more than can be paid
        ("zh_Hans", "每月1500我真的还不起", Intent.HARDSHIP),
        # bankruptcy said not to be wanted before an offer
        (
            "en",
            "not looking for bankruptcy or anything, can I pay 60 a month?",
            Intent.COUNTER_OFFER,
        ),
    ],
)
def test_families_v37(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a household down to one income, whoever lost the job
        (
            "en",
            "my husband got laid off, we're living on one income now",
            HardshipReason.INCOME_REDUCED,
        ),
        (
            "en",
            "partner was made redundant so we're down to a single income",
            HardshipReason.INCOME_REDUCED,
        ),
        ("zh_Hans", "老公被裁了，家里就靠我一份工资", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "老公冇咗份工，屋企淨係得我一份人工", HardshipReason.INCOME_REDUCED),
        # a benefit lowered, illness beside it or not
        ("en", "I'm disabled and my pension was cut last month", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "我是残障人士，残疾补贴重新评估后少了", HardshipReason.INCOME_REDUCED),
        # divorcing
        ("en", "we're divorcing and money is tight", HardshipReason.DIVORCE),
        # intensive care
        ("en", "I've been in intensive care since Monday", HardshipReason.ILLNESS),
        ("zh_Hans", "她上周进了ICU，现在还没出来", HardshipReason.ILLNESS),
        # orders cut
        ("zh_Hans", "平台这周把我的单量砍了一半", HardshipReason.INCOME_REDUCED),
        # debts counted
        ("zh_Hant", "3家網貸、兩張信用卡一起追，真係頂唔順", HardshipReason.OVER_INDEBTED),
        # a fire at home
        ("zh_Hant", "上個禮拜屋企火燭，乜都冇晒", HardshipReason.DISASTER),
    ],
)
def test_reasons_v37(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the plain safety messages keep their reading, beside a v37 family too
        ("en", "stop calling my work", Intent.OPT_OUT),
        ("en", "paid the 4th instalment, now stop calling my work", Intent.OPT_OUT),
        ("en", "I want to speak to a person", Intent.REQUEST_HUMAN),
        ("zh_Hans", "你这个破机器人，我要人工", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我不要机器人，转人工", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我要找你们的专员", Intent.REQUEST_HUMAN),
        ("zh_Hans", "上次人工客服凶我，我要真人主管", Intent.REQUEST_HUMAN),
        ("en", "this isn't my debt", Intent.DISPUTE_NOT_MINE),
        ("en", "these charges are wrong", Intent.DISPUTE_AMOUNT),
        ("en", "I'm complaining because the fee is wrong", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "明细不对，多收了我200", Intent.DISPUTE_AMOUNT),
        ("en", "my lawyer handles this", Intent.LEGAL_REPRESENTATION),
        ("en", "I'm going to a lawyer over this", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我已经请了律师，请联系他", Intent.LEGAL_REPRESENTATION),
        ("en", "I'm filing for bankruptcy", Intent.BANKRUPTCY),
        ("zh_Hans", "我的卡被人盗用了，这笔不是我刷的", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "I want to die", Intent.SELF_HARM_RISK),
        ("en", "I'm not going to a lawyer, I just want to die", Intent.SELF_HARM_RISK),
        # offers, promises and refusals stay so
        ("en", "I'll pay on the 28th", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "下个月5号还", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "明天先还500", Intent.PROMISE_TO_PAY),
        ("en", "can we set up instalments?", Intent.COUNTER_OFFER),
        ("en", "can we switch to weekly payments?", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能两期一起还？", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能减免一点利息", Intent.COUNTER_OFFER),
        ("zh_Hans", "每月1500可以吗", Intent.COUNTER_OFFER),
        ("en", "I won't sign anything", Intent.DECLINE),
    ],
)
def test_look_alikes_keep_their_reading_v37(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an instalment not yet paid is none paid
        ("zh_Hans", "我还没还第3期"),
        # a move of house, a sign of a form, a job lost by the debtor
        ("en", "I moved to a new flat on the 5th"),
        ("en", "I won't sign anything"),
        ("en", "I lost my job"),
        # someone named of the family stays a family emergency
        ("en", "my son is in the ICU"),
        # a human asked for; a card really stolen
        ("zh_Hans", "我要转人工"),
        ("zh_Hans", "我的卡被人盗用了"),
    ],
)
def test_look_alikes_untouched_by_v37(language: str, text: str) -> None:
    cues = _v37_cues(text, language)
    assert not [rule for rule in cues if "ignore." not in rule and "in_icu" not in rule], cues


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "my son is in the ICU", HardshipReason.FAMILY_EMERGENCY),
        ("en", "I lost my job", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "我老公住院了", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "我失业了，每个月工资都没了", HardshipReason.UNEMPLOYMENT),
    ],
)
def test_reasons_that_keep_their_reading_v37(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


def test_a_relief_policy_asked_is_no_offer_v37() -> None:
    """Whether there is a relief policy is asked; the job lost beside it is the hardship signal
    and reason (since v49 the question is the intent, as the corpus conventions say)."""
    understood = read("你们有减免政策吗？我上个月失业了", "zh_Hans")
    assert understood.intent is Intent.ASK_QUESTION
    assert Intent.HARDSHIP in understood.signals
    assert understood.reason is HardshipReason.UNEMPLOYMENT
    assert Intent.COUNTER_OFFER not in understood.signals


def test_an_instalment_not_yet_paid_is_none_paid_v37() -> None:
    assert read("I haven't paid the 4th instalment yet", "en").intent is not Intent.ALREADY_PAID
    assert read("第3期还没缴", "zh_Hans").intent is not Intent.ALREADY_PAID


def test_a_threat_someone_else_made_is_no_abuse_v37() -> None:
    """Threats are quotable: a brother's words are not the debtor's."""
    assert read("我哥说谁敢来就打断他的腿", "zh_Hans").intent is not Intent.ABUSE
