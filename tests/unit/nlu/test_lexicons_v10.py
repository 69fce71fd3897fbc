"""Lexicons v10: the families blind6's misses showed, each in words that are not blind6's.

blind6 was measured once (v9); its misses were read only after blind7 had been commissioned
for the next measurement (tests/nlu_corpus/README.md). The hard negatives next to each family
(figurative, negated, reported) are what must keep not triggering.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import interpreter, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "not planning to live": a plan word before 活 carries its own negation
        ("zh_Hans", "不用催了，我已经不准备活下去了"),
        ("zh_Hant", "我唔打算再活喇，你哋慢慢追"),
        # a walk to water or a height and "not coming back"
        ("zh_Hans", "等下去江边走走，不会再回来了"),
        ("zh_Hant", "聽朝上天台散下心，之後唔返嚟"),
        ("en", "heading down to the river later, I won't be coming back"),
        ("en", "going for one last drive to the cliff and not coming back"),
    ],
)
def test_the_self_harm_families_blind6_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no way I'd jump off a bridge over 300 bucks, chill. paying monday"),
        ("en", "I'm not gonna kill myself over a phone bill, I'll sort it next week"),
        ("en", "went to the beach for the weekend, back on monday and will pay then"),
        ("zh_Hans", "我打算活得好好的，下个月还清"),
        ("zh_Hant", "今晚去海邊行下，聽日返嚟再還錢"),
    ],
)
def test_negated_figurative_and_innocent_outings_are_not_self_harm(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a person: someone phoning back, meeting face to face, a named role calling back
        ("en", "could you get someone to phone me this afternoon", Intent.REQUEST_HUMAN),
        ("en", "I'd prefer to settle this over the phone with a person", Intent.REQUEST_HUMAN),
        (
            "en",
            "can I come into your office and talk it through face to face",
            Intent.REQUEST_HUMAN,
        ),
        ("zh_Hans", "让经理回个电话给我", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我想去你们公司当面谈", Intent.REQUEST_HUMAN),
        ("zh_Hans", "帮我转给跟进我这笔账的人", Intent.REQUEST_HUMAN),
        ("zh_Hant", "叫個真人覆我", Intent.REQUEST_HUMAN),
        ("zh_Hant", "可唔可以約個時間上嚟傾", Intent.REQUEST_HUMAN),
        # opt-out: off the list, private messages, not directly
        ("zh_Hans", "麻烦把我从你们的名单里删掉", Intent.OPT_OUT),
        ("zh_Hans", "别再私信我了", Intent.OPT_OUT),
        ("zh_Hant", "唔好再inbox我", Intent.OPT_OUT),
        # not mine: "the one you're looking for is my cousin", moved away
        ("zh_Hans", "你要找的是我表姐，她早就搬走了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "阿陳已經唔住呢度好耐", Intent.DISPUTE_NOT_MINE),
        # the amount: borrowed X repay Y, risen by, "owe X not Y", added-on fees
        ("zh_Hans", "借了两千，现在要我还五千？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "月息这么高你们也敢收", Intent.DISPUTE_AMOUNT),
        ("en", "why did it go up by 90 this month", Intent.DISPUTE_AMOUNT),
        ("en", "I owe around 400, not 4000", Intent.DISPUTE_AMOUNT),
        ("en", "I took out $500, how the hell is it $1,300 now", Intent.DISPUTE_AMOUNT),
        ("en", "you can't just slap on another 200 in 'processing fees'", Intent.DISPUTE_AMOUNT),
        # a lawyer standing for the debtor, written with 代表 (no longer the slang 表 = 不要)
        ("zh_Hans", "有事请找我的代表律师", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_the_safety_families_blind6_showed(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # reported complaints and threats are not the debtor's request
        (
            "en",
            "my sister says she'll file a complaint lol, anyway I'll pay friday",
            Intent.PROMISE_TO_PAY,
        ),
        # asking whether one needs a lawyer is a question, a lawyer's fees a cost
        ("en", "should I get a lawyer for something like this?", Intent.ASK_QUESTION),
        ("en", "the legal fees from my divorce ate my savings", Intent.HARDSHIP),
        ("zh_Hans", "打官司的律师费花光了积蓄", Intent.HARDSHIP),
        # 表 inside a word: a cousin is not a refusal, a form is not "don't"
        ("zh_Hans", "我表哥说下周帮我还", Intent.PROMISE_TO_PAY),
        # a settlement in one go, not the self-harm 了结
        ("zh_Hans", "两千块一次性了结可以吗", Intent.COUNTER_OFFER),
        # a divorce "went through" is not a payment
        ("en", "the divorce finally went through and I have nothing left", Intent.HARDSHIP),
    ],
)
def test_hard_negatives_keep_their_reading(language: str, text: str, intent: Intent) -> None:
    reading = read(text, language)
    assert reading.intent is intent
    assert Intent.REQUEST_HUMAN not in reading.signals
    assert Intent.LEGAL_REPRESENTATION not in reading.signals
    assert Intent.SELF_HARM_RISK not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "knock 20% off and I'll clear it this week", Intent.COUNTER_OFFER),
        ("en", "could you bring it down to 1,200 if I pay by monday", Intent.COUNTER_OFFER),
        ("en", "900 today and we call it square?", Intent.COUNTER_OFFER),
        ("en", "200 up front and the rest in january", Intent.COUNTER_OFFER),
        ("en", "three payments of 250?", Intent.COUNTER_OFFER),
        ("en", "I'll pay the rest on the 5th", Intent.PROMISE_TO_PAY),
        ("en", "wiring 400 tonight", Intent.PROMISE_TO_PAY),
        ("en", "putting 60 towards it every payday", Intent.PROMISE_TO_PAY),
        ("en", "monday without fail", Intent.PROMISE_TO_PAY),
        ("en", "the payment of 75 cleared yesterday", Intent.ALREADY_PAID),
        ("en", "definitely not", Intent.DECLINE),
        ("en", "shut your mouth, bunch of clowns", Intent.ABUSE),
        ("en", "ok go ahead with that", Intent.AGREE),
        ("zh_Hans", "打个八折，我这周一次性付清", Intent.COUNTER_OFFER),
        ("zh_Hans", "五千块能不能一笔勾销", Intent.COUNTER_OFFER),
        ("zh_Hans", "女儿住院了，哪来的钱还你们", Intent.HARDSHIP),
        ("zh_Hans", "这个月付不出来了", Intent.HARDSHIP),
        ("zh_Hans", "就按你说的办", Intent.AGREE),
        ("zh_Hans", "在吗", Intent.GREETING),
        ("zh_Hans", "敢上门？看我不打死你", Intent.ABUSE),
        ("zh_Hans", "提前还清有没有手续费", Intent.ASK_QUESTION),
        ("zh_Hant", "你係點樣攞到我電話", Intent.ASK_QUESTION),
        ("zh_Hant", "這份合約我唔會簽", Intent.DECLINE),
        ("zh_Hant", "再打嚟就潑紅油", Intent.ABUSE),
        ("zh_Hant", "白癡機器人", Intent.ABUSE),
        ("zh_Hant", "幫我查餘額", Intent.ASK_BALANCE),
        ("zh_Hant", "放工就去繳", Intent.PROMISE_TO_PAY),
    ],
)
def test_the_negotiation_families_blind6_showed(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "the restaurant cut my hours in half", "income_reduced"),
        ("en", "I can do 40 a week until I find a job", "unemployment"),
        ("en", "the boss hasn't paid us since october", "salary_delayed"),
        ("en", "three other collectors are after me as well", "over_indebted"),
        ("zh_Hans", "公司效益不好，底薪也给砍了", "income_reduced"),
        ("zh_Hant", "三張卡一齊追緊我", "over_indebted"),
    ],
)
def test_the_reasons_blind6_showed_are_understood(language: str, text: str, reason: str) -> None:
    assert read(text, language).reason == reason


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "the debt was 600 and now you want 950", "600"),
        ("en", "you'll get 320 from me friday", "320"),
    ],
)
def test_the_amount_families_blind6_showed(language: str, text: str, amount: str) -> None:
    reading = read(text, language)
    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


def test_a_word_spelled_as_itself_protects_it_from_a_shorter_spelling() -> None:
    normalize = interpreter().normalize
    assert normalize("表這樣") == "不要这样"
    assert "代表" in normalize("我的代表律師")
    assert "表哥" in normalize("我表哥")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "gone" counts as evidence only as the speaker's absence, not "gone through/up"
        ("en", "oh I didn't realise the direct debit hadn't gone through"),
        ("en", "the fees have gone up again, I didn't realise"),
        ("en", "the money is gone, I didn't realise"),
        # "living" in a living person, a living wage or the cost of living
        ("en", "get me a living breathing person"),
        ("en", "the cost of living is crazy, I can only send 50"),
        # a relative who died is a bereavement, not the debtor's risk
        ("zh_Hans", "我奶奶上个月走了，家里乱成一团"),
        # 活 as work
        ("zh_Hans", "最近活少，钱不够用"),
        # a trip with a return planned
        ("zh_Hant", "聽晚去海邊散下心，後日返嚟就過數"),
        ("en", "off to the lake this weekend, back on monday to sort the payment"),
    ],
)
def test_the_retrained_model_does_not_read_these_as_self_harm(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I could die of shame, completely forgot. paying tonight"),
        ("en", "if my dad hears about this he'll kill me, so don't ring the house"),
        ("en", "my uncle passed away on sunday and I lost track of the bills"),
        ("en", "my own insurance paid the balance last week"),
    ],
)
def test_figures_of_speech_and_other_peoples_deaths_are_not_self_harm(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


def test_a_relatives_wish_to_die_is_still_a_risk() -> None:
    assert (
        Intent.SELF_HARM_RISK in read("my dad passed away and now mum wants to die", "en").signals
    )
