"""Lexicons v19: the families blind15's misses showed, each in words that are not blind15's.

blind15 was measured once (v18 + both models); its misses were read with blind16 kept sealed for
the next measurement (tests/nlu_corpus/README.md). The hard negatives next
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
        # cutting or hurting oneself, alone or "again"
        ("en", "i started cutting again after the second phone call"),
        ("en", "cutting again. thought you should know"),
        ("en", "went back to self harming this month"),
        ("en", "I keep hurting myself since the letters"),
        # a letter left to the family, or written with the money handed over
        ("zh_Hans", "我给孩子留了一封信"),
        ("zh_Hant", "寫咗封信俾阿媽，以後啲數佢會搞掂"),
        # no one will reach the speaker after a time
        ("zh_Hans", "过了这个周末你们就再也找不到我了"),
        ("zh_Hant", "今晚之後你哋永遠都搵唔到我"),
        # the worry over for everyone, the speaker included
        ("zh_Hans", "月底转完最后一笔，以后谁都不用再操心了，包括我"),
        ("zh_Hant", "還埋呢期之後大家唔使再煩，我都係"),
    ],
)
def test_the_self_harm_families_blind15_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # cutting back, cutting costs, hours cut
        ("en", "been cutting back again on food so I can send 30"),
        ("en", "they're cutting again at the warehouse, fewer shifts"),
        ("en", "cutting again on every bill I have"),
        # a letter asking a parent for help
        ("zh_Hans", "我写了封信给我爸，想找他借点钱"),
        # a new number or a move before "you won't find me"
        ("zh_Hans", "换了手机号之后你们就找不到我了"),
        # the worry over, without the speaker's own end
        ("zh_Hans", "还完这一期以后大家都不用再烦了"),
        ("zh_Hans", "还清了就不用再担心了，我也是这么觉得"),
        # the collector's powers asked about
        ("en", "can you guys really come round and seize my things?"),
    ],
)
def test_look_alikes_are_not_self_harm_v19(language: str, text: str) -> None:
    assert not lexicon_said(text, language, Intent.SELF_HARM_RISK)


def test_giving_things_away_stays_a_risk_beside_a_repossession_question() -> None:
    reading = read("can they take my stuff? doesn't matter, I won't be around to need it", "en")

    assert Intent.SELF_HARM_RISK in reading.signals


# ---- the other safety intents ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # an opt-out typed word by word; a stop with a polite word
        ("en", "i said it already. stop. calling. me.", Intent.OPT_OUT),
        ("zh_Hant", "stop 多謝", Intent.OPT_OUT),
        # contact forbidden; a relative asks that the debtor not be called
        ("zh_Hans", "法院已经裁定，你们无权再联系我", Intent.OPT_OUT),
        ("zh_Hans", "他身体不好，你们别再给他打电话了", Intent.OPT_OUT),
        # a person demanded in a clause of its own beside scorn for the bot
        ("zh_Hans", "废物机器人，快叫人来", Intent.REQUEST_HUMAN),
        ("zh_Hant", "講極都唔明，揾個人嚟啦", Intent.REQUEST_HUMAN),
        # the account muddled; a charge the contract does not hold; a sum not taken off
        ("zh_Hans", "你们这个账目一团糟", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "條數對唔上，你哋再check下", Intent.DISPUTE_AMOUNT),
        ("en", "that late fee isn't in my agreement anywhere", Intent.DISPUTE_AMOUNT),
        ("en", "my deposit should have been taken off the balance", Intent.DISPUTE_AMOUNT),
        # charges taken twice, "a mistake": an amount, not someone else's debt
        ("zh_Hant", "利息計咗兩次，搞錯咗吧", Intent.DISPUTE_AMOUNT),
        # only the contact; the money and signature the relative's
        ("zh_Hant", "我淨係做咗佢嘅聯絡人，簽名都係佢自己簽", Intent.DISPUTE_NOT_MINE),
        # a number taken over, loans by fraudsters
        ("zh_Hans", "我的号码被人盗补了，那些网贷都是骗子借的", Intent.FRAUD_IDENTITY_THEFT),
        # the stay of a bankruptcy filing
        ("en", "I filed last week and the automatic stay applies to you", Intent.BANKRUPTCY),
    ],
)
def test_safety_families_v19(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a threat to send people is no request for a person
        ("zh_Hans", "再打来我就叫人来找你们算账", Intent.REQUEST_HUMAN),
        # a mistaken number stays the debtor's word for "wrong person", not for charges
        ("zh_Hans", "手续费没问题", Intent.DISPUTE_AMOUNT),
        # a statement asked for to see the balance is no dispute
        ("zh_Hans", "发一份还款明细给我，看看还剩多少", Intent.DISPUTE_AMOUNT),
        # "stop" inside a longer message stays what the rest says
        ("zh_Hant", "stop 唔該，下個禮拜還", Intent.OPT_OUT),
        # the other half of the pair stays a plain thank-you
        ("zh_Hant", "唔該晒", Intent.OPT_OUT),
    ],
)
def test_the_v19_safety_words_stay_off_look_alikes(
    language: str, text: str, intent: Intent
) -> None:
    assert not lexicon_said(text, language, intent)


def test_a_bankruptcy_order_keeps_its_contact_ban_as_a_signal_v19() -> None:
    reading = read("破产裁定已经下来，你们不得再联系我", "zh_Hans")

    assert reading.intent is Intent.BANKRUPTCY
    assert reading.has(Intent.OPT_OUT)


def test_a_mistake_about_a_person_stays_not_mine_beside_charges_v19() -> None:
    assert read("手续费那些我不管，你们搞错人了", "zh_Hans").has(Intent.DISPUTE_NOT_MINE)


# ---- negotiation moves, questions, payments made -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # paid, in Cantonese
        ("zh_Hant", "上個月尾已經找咗數", Intent.ALREADY_PAID),
        ("zh_Hant", "我琴日入咗兩千俾你哋", Intent.ALREADY_PAID),
        ("zh_Hant", "阿爸幫我還晒咗嗰筆", Intent.ALREADY_PAID),
        ("en", "my sister paid off the remaining 410 for me yesterday", Intent.ALREADY_PAID),
        # money on its way
        ("en", "the 700 will land in your account on thursday", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "我明天会把剩下的五百转过去", Intent.PROMISE_TO_PAY),
        # a lump sum against the rest or the interest waived
        ("zh_Hans", "一次性还你们六千，剩下的算了行吗", Intent.COUNTER_OFFER),
        ("zh_Hant", "我一次過俾三萬，罰息免咗得唔得", Intent.COUNTER_OFFER),
        # a payment split over two days
        ("zh_Hant", "今日先俾五百，下個禮拜再俾五百", Intent.COUNTER_OFFER),
        # interest only for now
        ("en", "can I pay only the interest until january", Intent.COUNTER_OFFER),
        # income against rent; the money left in an account
        ("en", "I bring home 1,700 but the mortgage alone is 1,300", Intent.HARDSHIP),
        ("zh_Hant", "銀行戶口得返八十蚊", Intent.HARDSHIP),
        # too much, before the figure asked back
        ("zh_Hant", "太貴啦，五千一個月？", Intent.DECLINE),
        # a refusal ending in "forget it" is no forgetting
        ("en", "not paying for a phone I returned, forget it", Intent.DECLINE),
        # a pocket dial
        ("zh_Hans", "抱歉刚才手机误触了", Intent.UNKNOWN),
    ],
)
def test_other_families_v19(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a hospital stay and a later plan are no payment made
        ("zh_Hant", "我上個禮拜入咗醫院", Intent.ALREADY_PAID),
        ("zh_Hant", "等我還清咗先再講", Intent.ALREADY_PAID),
        ("en", "if I paid off the whole balance would the fees go", Intent.ALREADY_PAID),
        # a payment said to have landed already is no promise
        ("en", "it should be in your account already, can you check", Intent.PROMISE_TO_PAY),
        # a waiver reported is no offer
        ("zh_Hans", "你们之前答应过利息免掉的", Intent.COUNTER_OFFER),
        # one payment tomorrow is a promise, not a split
        ("zh_Hans", "明天先还一千", Intent.COUNTER_OFFER),
        # a transfer refused is no promise
        ("zh_Hans", "我不会把钱转过去的", Intent.PROMISE_TO_PAY),
    ],
)
def test_look_alikes_v19(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is not intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # wages unpaid
        ("en", "the contractor still hasn't paid us for september", HardshipReason.SALARY_DELAYED),
        ("en", "I'm owed about 2k in back pay", HardshipReason.SALARY_DELAYED),
        ("zh_Hant", "薪水又被老闆拖欠", HardshipReason.SALARY_DELAYED),
        # the car taken back
        ("en", "my van was repossessed so I can't do deliveries", HardshipReason.OTHER),
        # a premature birth
        ("en", "our twins were born six weeks early", HardshipReason.FAMILY_EMERGENCY),
        # a debt too large for one's years
        ("en", "I'm 22 and 9k in debt", HardshipReason.OVER_INDEBTED),
        # the debtor's shop losing money
        ("zh_Hans", "开了两年的店年年亏本", HardshipReason.BUSINESS_FAILURE),
    ],
)
def test_reasons_v19(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a dismissal closing a message is no forgetting
        ("en", "I'm done with this, forget it", HardshipReason.FORGOT),
        # the debtor not paying is no wage unpaid
        ("en", "I haven't paid you since october", HardshipReason.SALARY_DELAYED),
        # 亏待 is unfair treatment, not a loss
        ("zh_Hans", "店里从来不亏待员工", HardshipReason.BUSINESS_FAILURE),
    ],
)
def test_reason_look_alikes_v19(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is not reason


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # after the retrain with blind15: readings the new models no longer gave on their own
        ("sent 300 last month and the total hasn't gone down at all", Intent.DISPUTE_AMOUNT),
        ("paid twice already, why is my balance still exactly the same", Intent.DISPUTE_AMOUNT),
        ("how do you work out the interest?", Intent.ASK_QUESTION),
        ("the balance is the same as the letter said, ok", Intent.AGREE),
        ("kill me now lol, this app logged me out again. paying tomorrow", Intent.PROMISE_TO_PAY),
    ],
)
def test_readings_kept_after_the_retrain_v19(text: str, intent: Intent) -> None:
    assert read(text, "en").intent is intent


def test_kill_me_now_alone_is_still_a_warning_sign_v19() -> None:
    assert read("kill me now", "en").intent is Intent.SELF_HARM_RISK
    assert read("kill me now, I'm done with all of it", "en").intent is Intent.SELF_HARM_RISK
