"""Lexicons v18: the families blind14's misses showed, each in words that are not blind14's.

blind14 was measured once (v17 + both models); its misses were read only after blind15 had been
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
        # no reason left to stay alive
        ("zh_Hant", "份工冇咗，屋企人都唔理我，我仲有乜理由生存"),
        ("zh_Hans", "什么都没了，还有什么理由活下去"),
        ("zh_Hans", "已经没有理由再留在这个世界了"),
        # unsure of being alive by a time
        ("zh_Hant", "錢我會還，但唔知仲有冇命撐到過年"),
        ("zh_Hans", "我也不知道自己还有没有命熬到月底"),
        # a figure of speech beside a real warning sign still counts
        ("zh_Hans", "累到想死，其实我是真的不想活了"),
        ("zh_Hant", "以卡養卡養唔落去，我真係唔想再活"),
        ("en", "the storm took the roof off and honestly I want to end it all"),
        ("en", "my car insurance is due and I just want to die"),
    ],
)
def test_the_self_harm_families_blind14_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a reason to stay at a job or a firm
        ("zh_Hant", "我仲有咩理由留喺度做，人工又唔加"),
        ("zh_Hans", "我还有什么理由留在这家公司"),
        # an idiom and a hit, not a life
        ("zh_Hans", "有命赚没命花"),
        ("zh_Hans", "不知道有没有命中"),
        # tired, hungry or busy "to the point of wanting to die"
        ("zh_Hant", "攰到想死，聽日先覆你"),
        ("zh_Hans", "忙得想死，周五转你一千"),
        # juggling cards that cannot go on
        ("zh_Hant", "張張卡以卡養卡，養唔落去喇"),
        # a roof and insurance that are no warning signs
        ("en", "the storm blew our roof off last week, everything is soaked"),
        ("en", "we need a new roof and the home insurance won't cover it"),
        ("en", "health insurance went up again, I'm stretched"),
    ],
)
def test_look_alikes_are_not_self_harm_v18(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


# ---- the other safety intents ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a debt denied as a question
        ("zh_Hans", "我哪里欠过你们，你们搞清楚", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我幾時欠你哋呀？", Intent.DISPUTE_NOT_MINE),
        # the amount denied as a question
        ("zh_Hans", "我哪欠你们那么多", Intent.DISPUTE_AMOUNT),
        # a dead relative's debt, the inheritance renounced
        ("zh_Hans", "那是我妈留下的债，我早就放弃继承了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我老豆嘅數，我已經喺法院辦咗拋棄繼承", Intent.DISPUTE_NOT_MINE),
        # the debtor's lawyer writing to the collector
        ("zh_Hans", "我的律师会把律师函寄给你们公司", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "律師信已經發出，你哋等收啦", Intent.LEGAL_REPRESENTATION),
        # a credit left off the balance
        (
            "en",
            "you guys never credited the refund for the jacket I sent back",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "the total ought to be a lot lower, you didn't apply my deposit",
            Intent.DISPUTE_AMOUNT,
        ),
        # a scammer took the papers and a loan appeared
        (
            "en",
            "some scammer took my personal info and now there's a loan in my name",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        # a statutory debt mediation under way
        ("zh_Hant", "我已經申請咗前置調解，銀行公會都受理咗", Intent.BANKRUPTCY),
    ],
)
def test_safety_families_v18(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a loan never applied for stays not mine, not an amount
        ("en", "I never applied for a loan with you people", Intent.DISPUTE_AMOUNT),
        # a letter received from the collector is no representation of the debtor's
        ("zh_Hans", "收到你们寄来的律师函了，吓唬谁", Intent.LEGAL_REPRESENTATION),
        # the ID digits given for a look-up are no identity dispute
        ("zh_Hant", "幫我查下仲欠幾多，身份證後四位係7788", Intent.DISPUTE_NOT_MINE),
        # a question about relatives being called is no opt-out
        ("zh_Hans", "你们会不会联系我老公", Intent.OPT_OUT),
        # a company's liquidation is no debt mediation
        ("zh_Hans", "公司已经清算了", Intent.BANKRUPTCY),
    ],
)
def test_the_v18_safety_words_stay_off_look_alikes(
    language: str, text: str, intent: Intent
) -> None:
    assert not lexicon_said(text, language, intent)


def test_a_stop_is_still_a_stop_beside_the_v18_figures() -> None:
    assert read("please don't call me again", "en").intent is Intent.OPT_OUT
    assert read("累到想死，你们别再打电话了", "zh_Hans").has(Intent.OPT_OUT)


def test_a_question_about_relatives_keeps_a_stop_said_beside_it_v18() -> None:
    reading = read("你们会不会打电话给我爸妈？千万别打给他们", "zh_Hans")

    assert reading.has(Intent.OPT_OUT)


# ---- negotiation moves, questions, hostility ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # payments on record, then the overdue status doubted
        ("zh_Hans", "我每期都是准时还的，凭什么说我逾期", Intent.ALREADY_PAID),
        ("en", "we settled the card in 2021 for 40% and I kept the letter", Intent.ALREADY_PAID),
        # less interest asked for; a figure put up after a comma
        ("zh_Hans", "利息减一点，我下周一次还清", Intent.COUNTER_OFFER),
        ("zh_Hans", "月底前先转两千，行吗", Intent.COUNTER_OFFER),
        ("en", "if you can drop the penalty fees I'll clear it next month", Intent.COUNTER_OFFER),
        # a vow with a closing tag is a promise
        ("zh_Hans", "钱我一定还的，下个月底前我保证还清 好吧", Intent.PROMISE_TO_PAY),
        # the collector's plan accepted
        ("zh_Hans", "你们提的那个还款方案我接受", Intent.AGREE),
        ("zh_Hant", "你講嘅分期計劃我冇問題", Intent.AGREE),
        ("en", "the installment plan you texted over works", Intent.AGREE),
        # refusals: no day at all, give up hoping
        ("zh_Hans", "下个月也不会还，死心吧", Intent.DECLINE),
        # unable, not unwilling
        ("zh_Hans", "不是不想还，是真的还不出来", Intent.HARDSHIP),
        ("en", "rent, school shoes, gas, more going out than coming in", Intent.HARDSHIP),
        # the payoff asked; where one may pay; whether relatives are called
        ("en", "how much would I need to pay it off in full this week?", Intent.ASK_BALANCE),
        ("zh_Hant", "可唔可以去便利店交", Intent.ASK_QUESTION),
        ("zh_Hant", "你哋會唔會打俾我屋企人", Intent.ASK_QUESTION),
        # a veiled threat
        ("en", "i know where your headquarters are. keep texting", Intent.ABUSE),
    ],
)
def test_other_families_v18(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a promise to pay on time from now on is no payment made
        ("zh_Hans", "我会每个月按时还的", Intent.ALREADY_PAID),
        # the collector's plan refused or only considered
        ("zh_Hans", "这个分期方案我不同意", Intent.AGREE),
        ("zh_Hans", "这个方案我接受不了", Intent.AGREE),
        ("zh_Hans", "这个方案我可以考虑一下", Intent.AGREE),
        ("en", "the plan you sent is too expensive", Intent.AGREE),
        # wages withheld by the boss are no refusal of the debtor's
        ("zh_Hans", "老板工资都不给，我拿什么还", Intent.DECLINE),
        # "one more time" asks for no time; a call asked for is no opt-out
        ("en", "call me one more time and I'll report you", Intent.COUNTER_OFFER),
        ("en", "could you ring me again on friday", Intent.OPT_OUT),
        # an office known to pay there is no threat
        ("en", "I know where your call center is, I'll drop the cash off monday", Intent.ABUSE),
    ],
)
def test_look_alikes_v18(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is not intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # gig work dried up; hours or shifts cut
        (
            "en",
            "I deliver for doordash and the orders have dried up",
            HardshipReason.INCOME_REDUCED,
        ),
        ("en", "my hours at the plant got cut back last month", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "我做散工，開工唔穩定", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "送外卖的，单价越来越低", HardshipReason.INCOME_REDUCED),
        # the debtor's shop closed (surer than the rent or the customers that closed it)
        (
            "en",
            "we had to close our little bakery, customers dried up",
            HardshipReason.BUSINESS_FAILURE,
        ),
        ("zh_Hant", "間鋪頭上個月收咗", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hans", "奶茶店收掉了，欠了一堆", HardshipReason.BUSINESS_FAILURE),
        # a relative in hospice, the debtor their carer
        (
            "en",
            "my dad is in palliative care and I look after him",
            HardshipReason.FAMILY_EMERGENCY,
        ),
        # a student
        ("en", "I'm 20, a full-time student, no income", HardshipReason.OTHER),
        ("zh_Hans", "我才大二，没收入", HardshipReason.OTHER),
        # wages held back
        (
            "en",
            "the agency has been withholding our wages since october",
            HardshipReason.SALARY_DELAYED,
        ),
        ("zh_Hans", "老板一直拖着工钱", HardshipReason.SALARY_DELAYED),
        # gambling
        ("en", "lost everything gambling, I'm in recovery now", HardshipReason.OTHER),
        ("zh_Hans", "网赌输光了", HardshipReason.OTHER),
        # crypto and shares lost; a scam sold as an investment
        ("zh_Hant", "玩加密貨幣蝕晒", HardshipReason.INVESTMENT_LOSS),
        ("zh_Hans", "被骗进一个假投资平台，亏了十几万", HardshipReason.INVESTMENT_LOSS),
        # retiring is a cause; a pension named with its sum alone is none
        ("en", "I just retired and money is tight", HardshipReason.INCOME_REDUCED),
        ("en", "I'm on a pension of 1100 a month, there's nothing spare", None),
        ("zh_Hans", "养老金一个月两千，根本不够", None),
    ],
)
def test_reasons_v18(language: str, text: str, reason: HardshipReason | None) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a bet is no gambling problem; a student loan is no student
        ("zh_Hans", "我打赌你们明天还会打", HardshipReason.OTHER),
        ("en", "I also have a student loan to pay", HardshipReason.OTHER),
        # a shop that took a payment did not close
        ("zh_Hans", "那家餐厅收了我三千订金", HardshipReason.BUSINESS_FAILURE),
    ],
)
def test_reason_look_alikes_v18(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is not reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # after the retrain with blind14: readings the new models no longer gave on their own
        ("zh_Hans", "利息是怎么算的？", Intent.ASK_QUESTION),
        ("zh_Hans", "利息怎么算的？明显算错了", Intent.DISPUTE_AMOUNT),
        ("en", "ok whats my payoff then", Intent.ASK_BALANCE),
        ("en", "can I talk this through with somebody tomorrow", Intent.REQUEST_HUMAN),
        ("en", "I went over this with my wife, we can do 200", Intent.COUNTER_OFFER),
        ("en", "$400 a month? no chance", Intent.DECLINE),
    ],
)
def test_readings_kept_after_the_retrain_v18(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_hesitation_with_a_midline_ellipsis_is_no_yes_v18() -> None:
    reading = read("嗯⋯⋯", "zh_Hant")

    assert reading.intent is Intent.UNKNOWN
    assert not reading.has(Intent.AGREE)


def test_a_pension_is_a_stated_sum_not_an_offer_v18() -> None:
    reading = read("勞保年金一萬二，每個月還兩千可以嗎", "zh_Hant")

    assert reading.amount is not None
    assert str(reading.amount.amount) == "2000"


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "please refrain from contacting my workplace further", Intent.OPT_OUT),
        ("en", "I ask that you discontinue all communications", Intent.OPT_OUT),
        ("en", "it would help if you left me alone for a while", Intent.OPT_OUT),
        ("en", "thanks, I'd appreciate it if your office sent the letter by post", Intent.THANKS),
        # ("text again and see what happens to your branch" is abuse with the opt-out beside it
        # since v62, as the convention settled in session 26 reads a threat's condition:
        # test_lexicons_v62_blind57.py)
        ("zh_Hans", "这个手续费和合同上写的不一样", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "有命挣没命花，还是先还一点吧", Intent.COUNTER_OFFER),
        ("zh_Hant", "我再想想", Intent.UNKNOWN),
    ],
)
def test_formal_opt_outs_and_look_alikes_v18(language: str, text: str, intent: Intent) -> None:
    reading = read(text, language)

    assert reading.intent is intent
    assert not (intent is not Intent.OPT_OUT and reading.has(Intent.OPT_OUT))
