"""Lexicons v17: the families blind13's misses showed, each in words that are not blind13's.

blind13 was measured once (v16 + both models); its misses were read only after blind14 had been
committed sealed for the next measurement (tests/nlu_corpus/README.md). The hard negatives next
to each family (negated, figurative, reported, innocent look-alikes) must keep not triggering.
"""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read

# ---- self-harm ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # one's death as the end of the chasing
        ("en", "if i jumped off something then nobody would have to chase this"),
        ("en", "if I killed myself at least you guys would get off my back"),
        ("en", "if i ended it all you'd never have to text me again"),
        # a departure with a time, then the debt handed to the family
        ("zh_Hans", "熬到年底我就走了，到时候找我老婆要钱吧"),
        ("zh_Hant", "捱到月尾我就走，你哋搵我屋企人攞錢"),
        ("zh_Hans", "过了今晚我就离开，债你们去找我哥哥要"),
        # a warning sign beside a look-alike still counts
        ("en", "live agent please, I want to end it all"),
        ("zh_Hant", "盤生意做唔落去，我都唔想活落去"),
    ],
)
def test_the_self_harm_families_blind13_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a move, a new job or a payday after the time; quitting a job
        ("zh_Hans", "月底我就走了，去广州上班，钱找我爸妈要也行"),
        ("zh_Hans", "下个月搬回老家，月底就走，钱你们找我爸妈要"),
        ("zh_Hans", "撑到发工资我就还你们"),
        ("zh_Hans", "撑到月底我就辞职"),
    ],
)
def test_look_alikes_are_not_self_harm_v17(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # hoops, ship and calls are jumped without risk; a live agent is a person on the line
        ("en", "if I jump through all your hoops will you lower it"),
        ("en", "if i jump on a call with you can we sort it out"),
        ("en", "can i get a live agent"),
        # a business that cannot go on
        ("zh_Hant", "間舖頭做唔落去"),
    ],
)
def test_the_v17_words_keep_the_models_off_look_alikes(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


# ---- the other safety intents ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # stop bothering me, with an insult beside it (the stop wins, the insult is a signal)
        ("zh_Hans", "你们这群吸血鬼不要再来骚扰我", Intent.OPT_OUT),
        ("zh_Hant", "你哋班人渣唔好再嚟煩我", Intent.OPT_OUT),
        ("en", "please don't send me any more letters", Intent.OPT_OUT),
        # a live rep asked for
        ("en", "is there a live operator i can talk to", Intent.REQUEST_HUMAN),
        # someone the speaker once lived or worked with; their mail
        ("en", "i was her landlord, she left two years ago", Intent.DISPUTE_NOT_MINE),
        ("en", "im just his former coworker, no idea where he is", Intent.DISPUTE_NOT_MINE),
        ("en", "you keep sending me her bills", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "她是我之前的室友，早就搬走了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "咪再寄佢啲信俾我啦", Intent.DISPUTE_NOT_MINE),
        # a loan denied as a question
        ("zh_Hans", "我什么时候跟你们借过钱？", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我幾時同你哋借過錢呀", Intent.DISPUTE_NOT_MINE),
        ("en", "when have I ever taken out a loan with you?", Intent.DISPUTE_NOT_MINE),
        # the figure disputed, not the loan
        ("zh_Hans", "我什么时候借过那么多", Intent.DISPUTE_AMOUNT),
        # a balance that keeps rising, numbers that are off
        ("en", "the amount i owe keeps increasing every single month", Intent.DISPUTE_AMOUNT),
        ("en", "something's not right with these figures", Intent.DISPUTE_AMOUNT),
        # papers stolen
        ("zh_Hans", "有人偷了我的身份证去办贷款", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "我張身份證俾人偷咗", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_safety_families_v17(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_stop_beside_someone_elses_mail_keeps_both_signals_v17() -> None:
    reading = read("he's my old flatmate. stop sending me his letters", "en")

    assert reading.intent is Intent.DISPUTE_NOT_MINE
    assert reading.has(Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the speaker pays for the former colleague
        ("zh_Hans", "他是我以前的同事，我帮他还吧", Intent.DISPUTE_NOT_MINE),
        ("en", "I'm his old roommate, I'll pay it for him", Intent.DISPUTE_NOT_MINE),
        # "when can I" is no denial
        ("zh_Hans", "我什么时候能还清", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我什么时候申请了延期", Intent.DISPUTE_NOT_MINE),
        ("en", "when did i borrow that much", Intent.DISPUTE_NOT_MINE),
        # a question about the balance is no dispute
        ("en", "will the balance keep going up if i pay late?", Intent.DISPUTE_AMOUNT),
        # an ID card lost is not stolen by the v17 words
        ("zh_Hans", "身份证上的地址是旧的", Intent.FRAUD_IDENTITY_THEFT),
        # the money is no letter
        ("en", "don't send the money yet, I will pay friday", Intent.OPT_OUT),
    ],
)
def test_the_v17_words_stay_off_look_alikes(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


# ---- negotiation moves, questions, hostility ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # payments made: never missed, paid but shown overdue, a relative paid in full
        ("en", "we've never missed a payment in three years", Intent.ALREADY_PAID),
        (
            "en",
            "I paid on the 2nd so why does my account still show past due?",
            Intent.ALREADY_PAID,
        ),
        ("en", "my brother wired the remaining balance on tuesday", Intent.ALREADY_PAID),
        ("zh_Hans", "我一直都按时还的，一次都没拖过", Intent.ALREADY_PAID),
        ("zh_Hant", "供咗成年，一個月都冇遲過", Intent.ALREADY_PAID),
        ("zh_Hans", "上周就汇过去了，怎么还显示欠款", Intent.ALREADY_PAID),
        # promises: a relative will clear it
        ("zh_Hant", "我家姐話會喺月尾幫我還清", Intent.PROMISE_TO_PAY),
        # offers: interest only, pausing, the most one can raise
        ("zh_Hans", "这几个月可以先只付利息吗", Intent.COUNTER_OFFER),
        ("en", "could you freeze the payments until january", Intent.COUNTER_OFFER),
        ("zh_Hant", "我最多湊到八千，一次過搞掂", Intent.COUNTER_OFFER),
        # refusals: a refusal opening the message, passing on an offer, printing money
        ("en", "definitely not. 600 a month is crazy", Intent.DECLINE),
        ("en", "gonna pass on this one", Intent.DECLINE),
        ("en", "do you think i print money??", Intent.DECLINE),
        ("zh_Hans", "一个月六千？你以为我会印钱啊", Intent.DECLINE),
        ("zh_Hant", "呢個還款計劃我真係接受唔嚟", Intent.DECLINE),
        ("zh_Hans", "我不会接受这个方案", Intent.DECLINE),
        # agreement closing an answer
        ("zh_Hans", "那就月底吧，行", Intent.AGREE),
        # the balance asked: with its charges, the payoff, reminded, still or more
        ("zh_Hans", "连滞纳金在内总共要还多少", Intent.ASK_BALANCE),
        ("zh_Hant", "加埋啲罰息，總共要還幾多？", Intent.ASK_BALANCE),
        ("zh_Hans", "假如下个月一次性结清，需要还多少", Intent.ASK_BALANCE),
        ("en", "sorry can you remind me what i owe", Intent.ASK_BALANCE),
        ("en", "is the balance still 1200 or has it gone up", Intent.ASK_BALANCE),
        ("zh_Hans", "麻烦查一下余额", Intent.ASK_BALANCE),
        # questions: what follows a default, whether interest keeps running, where to take money
        ("en", "if we can't pay at all what happens then", Intent.ASK_QUESTION),
        ("en", "will you sue me over this", Intent.ASK_QUESTION),
        ("en", "does the interest keep accruing while we talk?", Intent.ASK_QUESTION),
        ("zh_Hant", "可以拎去便利店交嗎", Intent.ASK_QUESTION),
        # hostility: retribution, scorn for the bot, a piece of garbage
        ("zh_Hans", "你们放高利贷的迟早遭报应", Intent.ABUSE),
        ("zh_Hans", "垃圾机器人", Intent.ABUSE),
        ("zh_Hant", "弱智機械人", Intent.ABUSE),
        ("en", "you worthless piece of trash", Intent.ABUSE),
        # scorn for the bot next to a request for a person: the person wins
        ("zh_Hans", "智障机器人，给我转人工", Intent.REQUEST_HUMAN),
    ],
)
def test_other_families_v17(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a promise of paying on time from now on is no payment made
        ("zh_Hans", "以后每个月都按时还", Intent.ALREADY_PAID),
        # passing a message on is no refusal
        ("en", "I'll pass on the info to my husband tonight", Intent.DECLINE),
        # one's own karma is no curse at the collector
        ("zh_Hans", "我这是报应", Intent.ABUSE),
        # "can we" asked after a comma is no agreement
        ("zh_Hans", "那就月底吧，可以吗", Intent.AGREE),
        # the refusal is not the first words
        ("en", "I'm absolutely not trying to dodge this", Intent.DECLINE),
        # a payoff with a discount offered is no balance question
        ("zh_Hans", "如果一次性还清，可以少还两千吗", Intent.ASK_BALANCE),
    ],
)
def test_look_alikes_v17(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is not intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # many creditors; too much owed
        ("en", "can't keep up with all these different lenders", HardshipReason.OVER_INDEBTED),
        ("en", "I owe money to five different creditors", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "欠得太多了，实在还不过来", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "借了好几家网贷", HardshipReason.OVER_INDEBTED),
        # laid off, in mixed words
        ("zh_Hans", "上个月公司裁员我被layoff了", HardshipReason.UNEMPLOYMENT),
        ("zh_Hant", "琴日俾人fire咗", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "工资被cut了", None),
        # one's business gone
        ("zh_Hans", "店也关了，生意彻底黄了", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hant", "間餐廳做唔住，執咗", HardshipReason.BUSINESS_FAILURE),
        # a fever; a relative's fever
        ("zh_Hans", "发高烧请了一周假", HardshipReason.ILLNESS),
        ("zh_Hans", "孩子发烧住院了", HardshipReason.FAMILY_EMERGENCY),
        # the employer ran off (no death)
        ("zh_Hant", "老細走咗佬，之後一直冇工開", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "包工头跑路了，我们都没活干", HardshipReason.UNEMPLOYMENT),
        # wages put off to a later day (no offer)
        ("zh_Hans", "公司说工资要推到月底才发", HardshipReason.SALARY_DELAYED),
        # two cards owned is no over-indebtedness
        ("en", "I pay with one of my two cards", None),
    ],
)
def test_reasons_v17(language: str, text: str, reason: HardshipReason | None) -> None:
    assert read(text, language).reason is reason


def test_wages_put_off_are_no_offer_v17() -> None:
    reading = read("老板说工资要延到下个月才发，现在一分钱都没有", "zh_Hans")

    assert reading.intent is Intent.HARDSHIP
    assert not reading.has(Intent.COUNTER_OFFER)


def test_a_payment_record_is_no_amount_dispute_v17() -> None:
    reading = read("我每個月都準時供，從來冇走過數", "zh_Hant")

    assert reading.intent is Intent.ALREADY_PAID
    assert not reading.has(Intent.DISPUTE_AMOUNT)
    # a dispute in words beside it still counts
    assert read("我一期都没拖过，你们凭什么乱收费", "zh_Hans").has(Intent.DISPUTE_AMOUNT)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # after the retrain with blind13: readings the new models no longer gave on their own
        ("en", "you rang my dad at 7am, leave my family out of this", Intent.OPT_OUT),
        ("en", "just post letters from now on, no calls", Intent.OPT_OUT),
        (
            "en",
            "I was told the fees would be waived and they're back on my bill",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "bill my estate. I've got my affairs in order", Intent.SELF_HARM_RISK),
        ("zh_Hant", "死都唔會同意你哋呢個安排", Intent.DECLINE),
        ("zh_Hant", "機械人識條鐵咩", Intent.ABUSE),
    ],
)
def test_readings_kept_after_the_retrain_v17(language: str, text: str, intent: Intent) -> None:
    reading = read(text, language)

    assert reading.intent is intent
    assert not (intent is Intent.ABUSE and reading.has(Intent.REQUEST_HUMAN))


@pytest.mark.parametrize(
    "text",
    [
        "real estate agent here, I can pay 300 a month",
        "keep my payments at 200 please",
        "I made payment arrangements with the bank",
    ],
)
def test_no_estate_or_family_reading_in_everyday_words_v17(text: str) -> None:
    reading = read(text, "en")

    assert not reading.has(Intent.SELF_HARM_RISK)
    assert not reading.has(Intent.OPT_OUT)
