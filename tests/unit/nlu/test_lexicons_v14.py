"""Lexicons v14: the families blind10's misses showed, each in words that are not blind10's.

blind10 was measured once (v13 + both models); its misses were read only after blind11 had been
committed for the next measurement (tests/nlu_corpus/README.md). The hard negatives next to each
family (negated, figurative, reported, innocent look-alikes) must keep not triggering.
"""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # cards, bankbook or passwords all handed to the family; apologies said again and again
        ("zh_Hans", "我老公这两天把工资卡和密码全部交给我了，还不停跟我说对不起"),
        ("zh_Hant", "佢將存摺同銀行卡都交俾咗阿媽，我好驚"),
        # an apology or a goodbye to pass on to the family
        ("zh_Hans", "麻烦你替我跟爸妈讲句对唔住"),
        ("zh_Hant", "請幫我同個女講聲再見"),
        # goodbyes already said; "先走一步" next to an apology
        ("zh_Hans", "该说的都说了，跟兄弟们都告过别了"),
        ("zh_Hans", "对不起了老婆，我先走一步"),
    ],
)
def test_the_self_harm_families_blind10_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a wage card the wife manages, keys handed to a landlord, goodbyes before a new job
        ("zh_Hans", "工资卡都交给老婆管了，所以我身上没钱"),
        ("zh_Hans", "钥匙都交给房东了，下周搬走"),
        ("zh_Hans", "跟同事们都道过别了，下个月调去深圳上班"),
        # leaving a chat, an apology to a manager
        ("zh_Hans", "我先走一步，明天再聊"),
        ("zh_Hans", "帮我跟经理说声对不起，今天迟了"),
        # a matter "了结" is settled; a company that cannot go on
        ("zh_Hans", "这笔账就当了结了，我下周一次付清"),
        ("zh_Hans", "公司撑不下去了，工资也发不出来"),
        # "never … in my life" as an emphasis; money that is gone by the end of the month
        ("en", "never borrowed a penny in my whole life, it's not mine"),
        ("en", "nothing left after rent and bills"),
    ],
)
def test_look_alikes_are_not_self_harm_v14(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "真的撑不下去了，不想活了"),
        ("en", "there's nothing left for me anymore"),
    ],
)
def test_the_figures_do_not_hide_real_warning_signs_v14(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a swear word inside "stop texting/calling"; a swear word alone is no opt-out
        ("zh_Hans", "不要他妈的再发短信了", Intent.OPT_OUT),
        ("zh_Hant", "咪屌再打嚟", Intent.OPT_OUT),
        ("zh_Hans", "别tm废话，我明天就还", Intent.PROMISE_TO_PAY),
        # someone's advice to block the collector, gone against, is no opt-out; one's own is
        ("zh_Hans", "我朋友劝我拉黑你们，但我还是想还清，每月500行吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "我老公叫我拉黑你们，别再打了", Intent.OPT_OUT),
        # a person: "叫个真人来", a head of the collector's company; a fee for hiring is not
        ("zh_Hans", "叫个真人来跟我讲", Intent.REQUEST_HUMAN),
        ("zh_Hant", "我要同你哋公司嘅負責人傾", Intent.REQUEST_HUMAN),
        ("zh_Hans", "请人工费太贵了，所以一直拖着", Intent.UNKNOWN),
        # not mine: only the same name or another ID number, the loan a relative's
        ("zh_Hans", "我和那个欠款人只是同名同姓", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "身分證號碼都對唔上，唔係我", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "这笔信用卡是我前夫办的", Intent.DISPUTE_NOT_MINE),
        ("en", "the number you have isn't her phone anymore", Intent.DISPUTE_NOT_MINE),
        ("en", "I have never taken out a payday loan", Intent.DISPUTE_NOT_MINE),
        ("en", "is this not the right number to call?", Intent.ASK_QUESTION),
        # someone used the debtor's number to apply: identity theft
        ("zh_Hans", "有人用了我的电话号码去申请贷款", Intent.FRAUD_IDENTITY_THEFT),
        # amounts set against the contract, "no way we owe", agreed and then changed
        ("zh_Hans", "账单上的金额跟合同写的对不上", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这个月的账单比合同多了一倍", Intent.DISPUTE_AMOUNT),
        ("en", "there's no way we owe that much", Intent.DISPUTE_AMOUNT),
        ("en", "we agreed on 900 and now you say it's 1,200", Intent.DISPUTE_AMOUNT),
        ("en", "no way I can pay that much this month", Intent.DECLINE),
        # a lawyer's letter received is not the debtor's lawyer; the debtor's own lawyer is
        ("zh_Hans", "我收到律师函了，到底欠多少", Intent.ASK_BALANCE),
        ("zh_Hans", "我已经请了律师，律师信你们也收到了", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_safety_families_v14(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # paid: 清晒数, "已经一次性还清"; not a plan to pay off
        ("zh_Hant", "條數我上個禮拜已經清晒數", Intent.ALREADY_PAID),
        ("zh_Hans", "上礼拜已经一次性还清了", Intent.ALREADY_PAID),
        ("zh_Hans", "我已经准备好一次还清，下周转", Intent.PROMISE_TO_PAY),
        # part now and the rest later, closing the matter for a sum
        ("zh_Hans", "先付一部分，剩下的等到下个月可以吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "下周给你五千，这笔账就当两清了行不行", Intent.COUNTER_OFFER),
        ("zh_Hans", "先还两百，其余的之后再商量", Intent.COUNTER_OFFER),
        # questions about a plan's terms or a certificate; a plain promise to pay off stays one
        ("zh_Hans", "签了分期以后利息还会继续计息吗", Intent.ASK_QUESTION),
        ("zh_Hans", "结清之后能给我开个证明吗", Intent.ASK_QUESTION),
        ("zh_Hans", "你们的收款账户是多少", Intent.ASK_QUESTION),
        ("zh_Hans", "还清以后我就不欠你们了", Intent.PROMISE_TO_PAY),
        # paying off as the condition of a balance question; a promise to pay off stays one
        ("zh_Hans", "要是下周一次性结清的话要多少", Intent.ASK_BALANCE),
        ("zh_Hans", "月底一定全部还清", Intent.PROMISE_TO_PAY),
        ("en", "will this show up on my credit file", Intent.ASK_QUESTION),
        # a dare, a veiled threat; "be careful" on the road is not one
        ("zh_Hans", "你敢再骂一句试试", Intent.ABUSE),
        ("zh_Hant", "我知道你哋喺邊，小心啲", Intent.ABUSE),
        ("zh_Hans", "下雨了路上小心点，我晚点还", Intent.COUNTER_OFFER),
        ("en", "keep it up and you'll regret it", Intent.ABUSE),
        ("en", "I know where your office is", Intent.ABUSE),
        # ends that do not meet, a few coins left
        ("zh_Hans", "每个月都入不敷出", Intent.HARDSHIP),
        ("zh_Hans", "连房租都交不起了", Intent.HARDSHIP),
        ("zh_Hans", "钱包里只剩二十块钱了", Intent.HARDSHIP),
        ("zh_Hant", "打兩份工都填唔到個窿", Intent.HARDSHIP),
        ("en", "I've got like $20 to my name until friday", Intent.HARDSHIP),
        # "ill" as I'll, "I'll pass" as a refusal; ill as illness stays
        ("en", "I'll pass", Intent.DECLINE),
        ("en", "ill be there tomorrow to pay", Intent.PROMISE_TO_PAY),
        # Taiwanese hello, a yes with thanks, paying as usual, paying at the post office
        ("zh_Hant", "哩厚", Intent.GREETING),
        ("zh_Hant", "ok 多謝晒", Intent.AGREE),
        ("zh_Hant", "出咗糧照樣過數俾你", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "明天下午會去劃撥", Intent.PROMISE_TO_PAY),
    ],
)
def test_other_families_v14(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a parent cared for or with dementia; the debtor's own stroke; a broken limb
        ("zh_Hant", "我媽請咗看護，佢中風之後冇人照顧唔得", "family_emergency"),
        ("zh_Hans", "要照顾卧床的奶奶，没法出去工作", "family_emergency"),
        ("zh_Hans", "我妈中风住院了", "family_emergency"),
        ("en", "I'm my dad's caregiver now, can't work", "family_emergency"),
        ("en", "my sons operation cost everything", "family_emergency"),
        ("zh_Hant", "我自己中風後右手不能動，沒辦法再做工", "illness"),
        ("zh_Hans", "我得了糖尿病，每周都要去医院", "illness"),
        ("zh_Hant", "做嘢跌斷咗腿，兩個月開唔到工", "illness"),
        ("en", "fractured my ankle at work and I'm off for 6 weeks", "illness"),
        ("en", "I've been ill for weeks", "illness"),
        # a vehicle broken and repaired, a fire
        ("zh_Hant", "架電單車壞咗，修咗三千蚊", "other"),
        ("en", "my car broke down and the repair bill was huge", "other"),
        ("zh_Hans", "一场大火把店烧了", "disaster"),
        # a business that lost everything, many lenders, fewer days of work, wages held back
        ("zh_Hant", "盤生意蝕晒，屋企靠我老婆", "business_failure"),
        ("zh_Hans", "欠了六家网贷，还有信用卡", "over_indebted"),
        ("zh_Hans", "房贷、车贷压得喘不过气", "over_indebted"),
        ("zh_Hant", "由全職轉做兼職，人工少咗一半", "income_reduced"),
        ("zh_Hans", "厂里一个星期只上三天班", "income_reduced"),
        ("en", "the alimony dried up in march", "income_reduced"),
        ("zh_Hans", "老板拖了我们三个月的薪水", "salary_delayed"),
        ("zh_Hans", "理财被骗，十几万没了", "investment_loss"),
    ],
)
def test_reasons_v14(language: str, text: str, reason: str) -> None:
    assert read(text, language).reason == reason


def test_delaying_until_payday_is_no_wage_arrears() -> None:
    assert read("拖了几天，等发工资就还", "zh_Hans").reason != "salary_delayed"


def test_ill_as_i_will_is_no_illness() -> None:
    assert read("ill be there tomorrow to pay", "en").reason is None


def test_i_paid_you_already_is_no_amount_dispute() -> None:
    reading = read("I paid you already, idiots", "en")
    assert reading.intent is Intent.ALREADY_PAID
    assert Intent.DISPUTE_AMOUNT not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # families of blind10 that only the meaning model caught, now in the lexicons' words
        ("en", "that was my ex wife's card, she ran it up", Intent.DISPUTE_NOT_MINE),
        ("en", "my brother opened it, not me", Intent.DISPUTE_NOT_MINE),
        ("en", "my attorneys details are below", Intent.LEGAL_REPRESENTATION),
        ("en", "go f yourself", Intent.ABUSE),
        ("en", "I work two jobs and still cant keep up", Intent.HARDSHIP),
        ("en", "go on then", Intent.AGREE),
        ("zh_Hans", "你们这些催命鬼", Intent.ABUSE),
        ("zh_Hans", "我知道你们在哪上班", Intent.ABUSE),
        ("zh_Hant", "太多啦，唔要", Intent.DECLINE),
        ("zh_Hant", "安安", Intent.GREETING),
        # "我就是个废物" is still a burden, not an insult; "不要紧" is no refusal
        ("zh_Hans", "我就是个废物", Intent.SELF_HARM_RISK),
        ("zh_Hans", "利息不要紧，我慢慢还", Intent.COUNTER_OFFER),
    ],
)
def test_meaning_only_families_v14(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_asking_for_a_paid_in_full_letter_is_no_amount_dispute() -> None:
    reading = read("sent the last 300 in march, please mail me a paid in full letter", "en")
    assert Intent.DISPUTE_AMOUNT not in reading.signals
    disputed = read("you charged me twice, and I still want a zero balance letter", "en")
    assert disputed.intent is Intent.DISPUTE_AMOUNT


def test_a_count_of_times_is_not_money_and_calling_them_deaf_is_an_insult() -> None:
    reading = read("讲了一百遍这不是我的账，你们是聋的吗", "zh_Hans")
    assert reading.intent is Intent.DISPUTE_NOT_MINE
    assert Intent.ABUSE in reading.signals
    assert reading.amount is None
    assert Intent.ABUSE not in read("我爸是聋子，电话听不到", "zh_Hans").signals


def test_qian_ri_is_the_day_before_yesterday() -> None:
    reading = read("前日已經過咗數", "zh_Hant")
    assert reading.intent is Intent.ALREADY_PAID
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 16)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # what the models retrained with blind10 stopped guessing, now said by the lexicons
        ("en", "we already paid it off back in the spring", Intent.ALREADY_PAID),
        ("en", "the payment i made on monday isn't showing on my account", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "换个能做主的人来跟我谈", Intent.REQUEST_HUMAN),
        ("zh_Hant", "叫個識處理嘅同事覆我", Intent.REQUEST_HUMAN),
    ],
)
def test_families_the_retrained_models_dropped(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


def test_an_insurer_paying_is_still_no_warning_sign() -> None:
    reading = read("my insurance paid this off already, check your records", "en")
    assert reading.intent is Intent.ALREADY_PAID
    assert Intent.SELF_HARM_RISK not in reading.signals
