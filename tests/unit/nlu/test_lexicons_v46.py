"""Lexicons v46 (the lead, after blind41's single run): the self-employed's reasons — money a
customer, client, builder or platform holds back (salary delayed), trade fallen off (income
reduced), a shop or company gone (business failure), a gig worker cut off (unemployment), an
injury that stops the work (illness), debts everywhere (over-indebted) — and the trade's own
talk that sounded like a safety intent: a roofer on a roof, customers asking for the manager, a
lawyer who is a customer, a lawyer nobody can afford, a van or a shop that is not the debtor's,
a customer's dispute, contact refused to a supplier. Each in other words than blind41's, with
look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read, read_as_figure_of_speech

SALARY_DELAYED = HardshipReason.SALARY_DELAYED
INCOME_REDUCED = HardshipReason.INCOME_REDUCED
BUSINESS_FAILURE = HardshipReason.BUSINESS_FAILURE
ILLNESS = HardshipReason.ILLNESS


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # money held back by a customer, client, builder or platform
        (
            "en",
            "my client still owes me 4k for the loft conversion, so nothing this week",
            SALARY_DELAYED,
        ),
        ("en", "the builder owes us for three weeks of labour", SALARY_DELAYED),
        ("en", "the main contractor stiffed me on the last job", SALARY_DELAYED),
        ("en", "two invoices still unpaid since september", SALARY_DELAYED),
        ("en", "the housing association pays invoices at 60 days, i cant help it", SALARY_DELAYED),
        ("en", "the agency is querying my invoice again", SALARY_DELAYED),
        ("zh_Hans", "甲方欠我们十几万工程款一直不结", SALARY_DELAYED),
        ("zh_Hans", "尾款到现在还没给", SALARY_DELAYED),
        ("zh_Hans", "平台每月二十号才结算，到时候还", SALARY_DELAYED),
        ("zh_Hant", "個客走數，我做咗兩個月白做", SALARY_DELAYED),
        ("zh_Hant", "業主話要驗收先找數", SALARY_DELAYED),
        # trade fallen off
        ("en", "the cafe's been dead all week, can I pay 40", INCOME_REDUCED),
        ("en", "bookings are way down since the roadworks started", INCOME_REDUCED),
        ("en", "the farmers market got rained off again", INCOME_REDUCED),
        ("zh_Hans", "档口冷清得要命，这周只能还一百", INCOME_REDUCED),
        ("zh_Hant", "成條街都冇人行，生意好淡", INCOME_REDUCED),
        ("zh_Hans", "猪价又跌了，养一头亏一头", INCOME_REDUCED),
        # a shop or a company gone
        ("en", "my restaurant went under in october", BUSINESS_FAILURE),
        ("en", "the workshop has closed down for good", BUSINESS_FAILURE),
        ("zh_Hans", "餐馆倒了，欠了一堆", BUSINESS_FAILURE),
        ("zh_Hant", "我間鋪頭清盤咗", BUSINESS_FAILURE),
        ("zh_Hans", "网店被封了，货都压在仓库", BUSINESS_FAILURE),
        # a gig worker cut off, an injury, debts everywhere
        ("en", "uber deactivated my account last week", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "搬货的时候把腰伤了，干不了活", ILLNESS),
        ("zh_Hant", "踩車送外賣畀巴士撞親", ILLNESS),
        ("en", "i owe the taxman as well as you lot", HardshipReason.OVER_INDEBTED),
        ("zh_Hans", "供应商的货款、房租、信用卡，到处都欠", HardshipReason.OVER_INDEBTED),
    ],
)
def test_the_self_employed_reasons_v46(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "i owe my client an apology, not money"),  # the debtor owes
        ("en", "the shop's closed on sundays so i'll pay monday"),  # closed today, not gone
        ("zh_Hans", "我欠客户的货还没发"),  # the debtor owes the customer
        (
            "en",
            "I work down the road from your office, can I pay in person?",
        ),  # no trade fallen off
        ("en", "I know the invoice is overdue, I'll pay friday"),  # the creditor's invoice
    ],
)
def test_look_alikes_give_no_v46_reason(language: str, text: str) -> None:
    assert not [
        cue
        for cue in read(text, language).cues
        if cue.rule.endswith("_v46") and cue.signal.startswith("reason:")
    ]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "up on a roof all day, text me after 6", Intent.SELF_HARM_RISK),
        ("en", "you people ring every hour, leave me alone for good", Intent.SELF_HARM_RISK),
        (
            "en",
            "diners keep asking for the manager and i'm the manager, so busy",
            Intent.REQUEST_HUMAN,
        ),
        ("en", "who was the guy i talked to yesterday? very helpful", Intent.REQUEST_HUMAN),
        ("en", "a real person at the council gave me a payment plan", Intent.REQUEST_HUMAN),
        (
            "en",
            "my dad reckons I should get a solicitor but honestly I just want it paid off",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "i couldn't afford a solicitor if i tried", Intent.LEGAL_REPRESENTATION),
        ("en", "the truck's not mine anymore, had to sell it", Intent.DISPUTE_NOT_MINE),
        ("en", "told my landlord to stop calling me, I'll pay you friday", Intent.OPT_OUT),
        ("zh_Hans", "客人总是要找老板，我就是老板", Intent.REQUEST_HUMAN),
        ("zh_Hans", "帮一个法官家里装空调，钱还没结", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "請唔起律師啦，下個月還五百", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "货车不是我的，是租的", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "买家说我的货有问题，要退款", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "個數我核過咗 冇錯", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "啲客都話我煮嘅嘢好食到想死", Intent.SELF_HARM_RISK),
    ],
)
def test_the_trades_own_talk_is_no_safety_intent_v46(
    language: str, text: str, intent: Intent
) -> None:
    reading = read_as_figure_of_speech(text, language, "_v46")
    assert intent not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "i keep thinking about jumping off a roof", Intent.SELF_HARM_RISK),
        ("en", "just leave me alone, im done", Intent.OPT_OUT),
        ("en", "i want to speak to the manager", Intent.REQUEST_HUMAN),
        ("en", "can I talk to the lady I spoke to last time", Intent.REQUEST_HUMAN),
        ("en", "my solicitor is handling this now", Intent.LEGAL_REPRESENTATION),
        ("en", "this loan is not mine", Intent.DISPUTE_NOT_MINE),
        ("en", "stop contacting me", Intent.OPT_OUT),
        ("zh_Hans", "我要找你们老板", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我已经请了律师，你们跟他联系", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "这笔钱不是我的，我没借过", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "你们说的金额不对", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "我真係想死", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我個人破咗產，已經申請咗", Intent.BANKRUPTCY),
    ],
)
def test_safety_intents_still_read_v46(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "the 500 goes out to you on friday no matter what", Intent.PROMISE_TO_PAY),
        ("en", "£80 is going in on the 1st", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "别停我的自动扣款，我会按时还", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "唔好停我個分期", Intent.AGREE),
    ],
)
def test_payments_on_their_way_and_plans_kept_v46(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "zh_Hans",
            "下礼拜平台结款了我就还你们",
            Intent.ALREADY_PAID,
        ),  # the platform pays the debtor
        ("zh_Hant", "卡數、貸款 唔知先還邊笔好", Intent.PROMISE_TO_PAY),  # which to pay first
    ],
)
def test_others_paying_and_not_knowing_what_first_v46(
    language: str, text: str, intent: Intent
) -> None:
    assert intent not in read(text, language).signals


def test_a_payment_made_is_still_already_paid_v46() -> None:
    assert read("我昨天已经打款了", "zh_Hans").intent is Intent.ALREADY_PAID


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "借钱的是我表哥，你们别找我", Intent.OPT_OUT),
        ("zh_Hant", "唔好再追啦，我會還", Intent.OPT_OUT),
        (
            "en",
            "my cousin is a paralegal and says you can't charge these fees",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hant", "間鋪畀客投訴 今個禮拜淨係還到三百蚊", Intent.COUNTER_OFFER),
    ],
)
def test_signals_the_trade_gives_v46(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


def test_a_customers_complaint_asks_for_no_person_v46() -> None:
    assert Intent.REQUEST_HUMAN not in read("網店畀客投訴貨不對辦", "zh_Hant").signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "自动扣款可以改成从我老婆的卡扣吗", Intent.ASK_QUESTION),
        ("zh_Hant", "自動轉賬停一停，轉去另一間銀行得唔得", Intent.ASK_QUESTION),
        ("zh_Hant", "幹 又打嚟催", Intent.ABUSE),
    ],
)
def test_debits_moved_and_an_expletive_at_the_chasing_v46(
    language: str, text: str, intent: Intent
) -> None:
    assert read(text, language).intent is intent


def test_a_charge_said_unlawful_and_asked_about_is_a_question_v46() -> None:
    reading = read("my uncle reckons you cant charge me these fees. is that right?", "en")
    assert Intent.DISPUTE_AMOUNT not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "手头紧，这周先还两百吧", Intent.COUNTER_OFFER),
        ("zh_Hant", "今個月我先還五百蚊", Intent.COUNTER_OFFER),
        ("zh_Hans", "明天先还五百", Intent.PROMISE_TO_PAY),  # a day: a promise
    ],
)
def test_a_part_this_month_is_an_offer_v46(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # what the models retrained with blind41 stopped reading, put back in words
        ("en", "can you pls not ring me during the day, I'm on the tills", Intent.OPT_OUT),
        ("zh_Hans", "白条我从来没用过，哪来的欠款", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "你们为什么打电话到我公司？", Intent.ASK_QUESTION),
        ("en", "my 300 went through on monday?", Intent.ASK_QUESTION),
    ],
)
def test_put_back_after_retraining_v46(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_threat_reported_and_disowned_refuses_nothing_v46() -> None:
    reading = read("my brother said he'd sort you lot out, not my problem", "en")
    assert Intent.DECLINE not in reading.signals
    assert Intent.ABUSE not in reading.signals
