"""Lexicons v16: the families blind12's misses showed, each in words that are not blind12's.

blind12 was measured once (v15 + both models); its misses were read only after blind13 had been
committed sealed for the next measurement (tests/nlu_corpus/README.md). The hard negatives next
to each family (negated, figurative, reported, innocent look-alikes) must keep not triggering.
"""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a departure with a time and "no need to chase / wait any more"
        ("zh_Hans", "过两天我就走了，你们不用再找我"),
        ("zh_Hans", "别等了，月尾我就离开"),
        ("zh_Hant", "聽日我就走，唔使再催"),
        # not knowing what living is for (the 不 of 不知道 negates nothing)
        ("zh_Hans", "每天都这样，我不知道活着有什么意义"),
        ("zh_Hans", "我真的不知道为什么还要活着"),
        ("zh_Hant", "唔知仲生存嚟做咩"),
        # no reason to go on
        ("en", "I don't see any point in living like this anymore"),
        ("en", "there's no reason to keep going, I'm so tired"),
        ("en", "cant see a reason to wake up tomorrow"),
        # a warning sign beside a figure of speech still counts
        ("en", "this loan will be the death of me, I want to die"),
        ("zh_Hant", "累到死，真係唔想活"),
    ],
)
def test_the_self_harm_families_blind12_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a departure for a move or a trip; "no need to call" with nobody leaving
        ("zh_Hans", "下个月搬回老家，月底就走，不用再寄信来了"),
        ("zh_Hans", "月底就走了，去深圳上班，不用再打这个号码"),
        ("zh_Hans", "钱明天到账，不用再催了"),
        # not knowing something else
        ("zh_Hans", "不知道这个工作有什么意义"),
        ("en", "no reason to keep paying fees I never agreed to"),
        # figures of speech: "the death of me", tired or busy "to death"
        ("en", "these late fees are gonna be the death of me lol"),
        ("zh_Hans", "加班累到死，下周还你"),
        ("zh_Hant", "忙到死，收工先覆你"),
        ("zh_Hans", "饿到死了，等我吃完饭再说"),
    ],
)
def test_look_alikes_are_not_self_harm_v16(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my lawyer told me you cannot call me at my job"),
        ("en", "you are not allowed to contact me, speak to my solicitor"),
        ("en", "any further correspondence should go through my attorney"),
        ("zh_Hans", "已经委托律师了，以后不要再直接联系我"),
        ("zh_Hant", "我搵咗律師，你哋唔好再直接搵我"),
    ],
)
def test_an_opt_out_beside_a_lawyer_is_a_signal_v16(language: str, text: str) -> None:
    assert Intent.OPT_OUT in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "all my payments go through my bank"),
        ("zh_Hans", "有事直接找我就行"),
    ],
)
def test_look_alikes_are_no_opt_out_v16(language: str, text: str) -> None:
    assert Intent.OPT_OUT not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the models still read some of these as risks or opt-outs (as they did before v16); the
        # v16 entries must not add to them
        ("en", "I don't see a reason to keep going back and forth on this", Intent.SELF_HARM_RISK),
        ("en", "I don't see a reason to go on with this plan", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我不知道活动有什么意思", Intent.SELF_HARM_RISK),
        ("en", "if you can't contact me, email my lawyer", Intent.OPT_OUT),
        ("en", "I can't contact you, your line is always busy", Intent.OPT_OUT),
        ("en", "all calls go to voicemail, sorry", Intent.OPT_OUT),
    ],
)
def test_the_v16_words_stay_off_look_alikes(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a person asked for with a swear word beside or inside it
        ("en", "put me through to a bloody person already", Intent.REQUEST_HUMAN),
        ("en", "I need a damn supervisor, you idiot", Intent.REQUEST_HUMAN),
        # scorn for the bot is abuse, not a request for a person
        ("en", "you dumbass bot", Intent.ABUSE),
        ("en", "jackass robot can't even read my message", Intent.ABUSE),
        ("zh_Hans", "你是不是听不懂人话", Intent.ABUSE),
        ("zh_Hant", "你聽唔明人話㗎？", Intent.ABUSE),
        ("zh_Hans", "你听不懂人话，给我转人工", Intent.REQUEST_HUMAN),
        # only the contact person; a colleague or a friend owes it
        ("zh_Hans", "我只是他的紧急联系人，你们找他本人", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "欠錢嘅係我朋友，唔好再打嚟", Intent.DISPUTE_NOT_MINE),
        ("en", "I'm only listed as her emergency contact", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "欠钱的是我朋友，我帮他还清", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "我是他的联系人，他让我问一下还差多少", Intent.ASK_BALANCE),
        # a number or a loan opened by a fraud ring with the debtor's identity
        ("zh_Hans", "身份证被骗子拿去申请了贷款", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "個身分證俾人攞去開咗張卡", Intent.FRAUD_IDENTITY_THEFT),
        # the debtor's own slip is no wrong person; "打错了" and "发错人" still are
        ("zh_Hans", "发错啦", Intent.UNKNOWN),
        ("zh_Hans", "不好意思打错字了", Intent.UNKNOWN),
        ("zh_Hans", "打错了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "你们发错人了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "发错了吧，我不认识这个人", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "6666", Intent.UNKNOWN),
    ],
)
def test_safety_families_v16(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_negated_sworn_request_is_none_v16() -> None:
    reading = read("I don't want a fucking agent calling my work", "en")

    assert Intent.REQUEST_HUMAN not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # refusals: a demand asked back, "nah I'm good", "pay it yourselves"
        ("zh_Hans", "一次性结清？根本做不到", Intent.DECLINE),
        ("zh_Hant", "月尾前還晒？唔可能", Intent.DECLINE),
        ("zh_Hans", "每月三千？不行", Intent.DECLINE),
        ("en", "nope, I'm fine thanks", Intent.DECLINE),
        ("en", "nah I'm good for it, paying friday", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "要还钱你们自己想办法", Intent.DECLINE),
        ("zh_Hant", "要俾你自己俾啦", Intent.DECLINE),
        ("en", "you want it paid? pay it yourself", Intent.DECLINE),
        ("zh_Hans", "能不能分期？不行的话我再想办法", Intent.COUNTER_OFFER),
        # the balance asked back with a currency; a payoff asked on a condition
        ("zh_Hant", "係咪仲係NT$12,000？", Intent.ASK_BALANCE),
        ("en", "what's the payoff amount if we paid it off today?", Intent.ASK_BALANCE),
        ("en", "I settled it with you last year", Intent.ALREADY_PAID),
        # who is writing, where to pay, an address
        ("zh_Hans", "你们是哪里的？", Intent.ASK_QUESTION),
        ("zh_Hant", "你係邊個？", Intent.ASK_QUESTION),
        ("zh_Hans", "能不能用支付宝还呢", Intent.ASK_QUESTION),
        ("zh_Hant", "可以喺便利店過數嗎", Intent.ASK_QUESTION),
        ("zh_Hant", "聽日去7-11繳", Intent.PROMISE_TO_PAY),
        ("en", "where is your head office address, I want to pay in person", Intent.ASK_QUESTION),
        ("en", "I know your office address", Intent.ABUSE),
        ("en", "I want to talk to someone in person", Intent.REQUEST_HUMAN),
        # paid: by a relative, "literally paid", "was paid in", transferred to the collector
        ("en", "my dad paid the balance last week", Intent.ALREADY_PAID),
        ("en", "I literally sent it yesterday", Intent.ALREADY_PAID),
        ("en", "the loan was paid off in 2023, check your records", Intent.ALREADY_PAID),
        ("en", "my wife paid the rent so I'm broke", Intent.HARDSHIP),
        ("zh_Hant", "琴日已經過咗五千俾你哋", Intent.ALREADY_PAID),
        ("zh_Hant", "成筆數上個月都清咗", Intent.ALREADY_PAID),
        ("zh_Hant", "等我出糧轉咗俾你", Intent.PROMISE_TO_PAY),
        # hardship: where would the money come from (rhetorical), wages cut by a share
        ("zh_Hans", "连饭都吃不起了，哪还有钱给你们", Intent.HARDSHIP),
        ("zh_Hant", "邊度仲有錢俾你哋", Intent.HARDSHIP),
        ("zh_Hans", "我这边有钱了就还你们", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "人工少咗三成，屋租都唔夠交", Intent.HARDSHIP),
        ("zh_Hans", "能不能先还一半", Intent.COUNTER_OFFER),
        ("en", "I'm skint until payday", Intent.HARDSHIP),
    ],
)
def test_other_families_v16(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_reply_put_off_is_no_promise_v16() -> None:
    reading = read("收工先覆你", "zh_Hant")

    assert reading.intent is Intent.UNKNOWN
    assert Intent.SELF_HARM_RISK not in reading.signals


def test_a_debt_snowballing_is_no_insult_v16() -> None:
    reading = read("信用卡債越滾越多，滾到三十萬", "zh_Hant")

    assert Intent.ABUSE not in reading.signals
    assert reading.reason is HardshipReason.OVER_INDEBTED


def test_a_bare_666_is_no_offer_v16() -> None:
    assert Intent.COUNTER_OFFER not in read("666", "zh_Hans").signals


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # wages held back, said with the wages first
        ("en", "my paycheck's late again this month", HardshipReason.SALARY_DELAYED),
        ("en", "our wages were delayed by two weeks", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "工资又被老板拖了", HardshipReason.SALARY_DELAYED),
        ("zh_Hant", "人工拖咗成個月", HardshipReason.SALARY_DELAYED),
        ("en", "my payment is late, sorry", None),
        ("zh_Hans", "拖到发工资再还", None),
        # debts across several cards, tens of thousands in online loans, a snowballing card debt
        ("en", "I owe about 9k across four cards", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "欠了三十多万网贷", HardshipReason.OVER_INDEBTED),
        ("zh_Hant", "卡數滾到六十萬", HardshipReason.OVER_INDEBTED),
        ("en", "I paid it on two cards last month", None),
        # wages cut by a share
        ("zh_Hans", "工资砍了三成", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "人工減咗一半", HardshipReason.INCOME_REDUCED),
        # shares lost; scammed in Cantonese
        ("zh_Hant", "炒股票輸咗好多", HardshipReason.INVESTMENT_LOSS),
        ("zh_Hans", "买基金亏晒了", HardshipReason.INVESTMENT_LOSS),
        ("zh_Hant", "俾人呃晒啲積蓄", HardshipReason.OTHER),
        # the employer closed: unemployment; one's own shop closed: a business failure
        ("zh_Hans", "工厂倒闭了，我也失业了", HardshipReason.UNEMPLOYMENT),
        ("zh_Hant", "間公司執笠，我冇咗份工", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "我开的店倒闭了", HardshipReason.BUSINESS_FAILURE),
        # someone else's medical bills after a crash: other; a relative's: a family emergency
        ("zh_Hans", "撞了人，要赔对方医药费", HardshipReason.OTHER),
        ("en", "I have to pay the other driver's medical bills", HardshipReason.OTHER),
        ("zh_Hant", "阿媽入咗院，醫藥費好貴", HardshipReason.FAMILY_EMERGENCY),
    ],
)
def test_reasons_v16(language: str, text: str, reason: HardshipReason | None) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a relayed farewell and the phone off since is a risk; one's own phone off is not
        (
            "en",
            "my sister messaged 'im sorry, im done' and now her phone is switched off",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "sorry, my phone was off all day, I can pay friday", Intent.PROMISE_TO_PAY),
        # money that went to the hospital is no payment; a law firm is representation
        ("zh_Hant", "我個女入咗院，啲錢全部俾咗醫院", Intent.HARDSHIP),
        ("zh_Hans", "已经委托律所处理，你们别再直接找我", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_found_while_checking_the_other_files_v16(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


# ---- after retraining with blind12 (lead) ---------------------------------------------------


def test_a_relatives_death_told_is_bereavement_not_a_warning_sign_v16() -> None:
    reading = read("my husband died in september and im still trying to sort everything out", "en")

    assert reading.intent is Intent.HARDSHIP
    assert not reading.has(Intent.SELF_HARM_RISK)
    # a warning sign beside it is a phrase of its own and still counts
    assert read("my husband died and I want to die too", "en").has(Intent.SELF_HARM_RISK)


def test_being_chased_after_paying_is_no_amount_dispute_v16() -> None:
    reading = read("I already sent 500 on the 5th, why are you still texting", "en")

    assert reading.intent is Intent.ALREADY_PAID
    assert not reading.has(Intent.DISPUTE_AMOUNT)
    assert read("why are you still charging me interest", "en").has(Intent.DISPUTE_AMOUNT)


def test_a_threat_to_oneself_after_a_negated_condition_counts_v16() -> None:
    # the "doesn't" belongs to the condition; "I'll" starts a clause of its own
    assert read("if this doesn't stop I'll kill myself", "en").intent is Intent.SELF_HARM_RISK
    assert not read("I'm not going to kill myself, relax", "en").has(Intent.SELF_HARM_RISK)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # fed up is no opt-out: the retrained model read this one as one, and the simulator's
        # debtor was dropped before its warning sign could be heard
        ("zh_Hans", "烦不烦，工资一直没发下来", Intent.HARDSHIP),
        ("zh_Hans", "天天打电话，烦不烦啊，别打了", Intent.OPT_OUT),
        ("zh_Hant", "幹，煩不煩", Intent.ABUSE),
        ("zh_Hant", "幹 這個月薪水又延遲發", Intent.HARDSHIP),
        ("zh_Hans", "你们的利息合法吗？", Intent.ASK_QUESTION),
        ("zh_Hans", "我是他的联系人，他让我问一下还差多少", Intent.ASK_BALANCE),
    ],
)
def test_what_the_models_retrained_with_blind12_misread_v16(
    language: str, text: str, intent: Intent
) -> None:
    assert read(text, language).intent is intent
