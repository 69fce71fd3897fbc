"""Lexicons v123, fitted on blind100 after its one run: its thirteen safety misses said in words
(thinking about just ending it, on the bridge now, 不想活 and 想死 in initials, an accident that
would clear the debts, belongings all given away, papers left to be found, going to keep a dead
spouse company, "cease all telephone contact", "ring me instead" said for a relative, the money's
business sent to a brother, "never a customer of yours", interest that breaches the Consumer
Credit Act, an account overcounted); each with its look-alikes."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
)


@pytest.mark.parametrize(
    "text",
    [
        "I owe 9 different places. Credit cards, car, two payday loans, medical. I have nothing "
        "left and I keep thinking about just ending it",
        "honestly been thinking of finally ending it",
    ],
)
def test_thinking_about_just_ending_it_is_a_warning_sign_v123(text: str) -> None:
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v34")


def test_ending_it_with_a_partner_is_none_v123() -> None:
    assert_not_said_by("thinking about just ending it with my boyfriend tbh", "en", "_v34")


def test_on_the_bridge_now_is_a_warning_sign_v123() -> None:
    text = (
        "yeah hi um I'm on the bridge at the minute near the station and I just wanted to tell "
        "someone about the money because I can't tell my family sorry"
    )
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v123")


@pytest.mark.parametrize(
    "text",
    [
        "I'm on the bridge now, stuck in traffic, will pay when I get home",
        "I'm on the roof fixing a leak, call you back in an hour",
    ],
)
def test_a_bridge_in_traffic_or_a_roof_at_work_is_none_v123(text: str) -> None:
    assert_not_said_by(text, "en", "_v123")


@pytest.mark.parametrize(
    "text", ["欠了6个平台 天天爆通讯录 莆田老家亲戚全知道了 真的bxh了 想s", "wbxh了", "好想s"]
)
def test_wishes_to_die_in_initials_are_warning_signs_v123(text: str) -> None:
    assert_read_in_words(text, "zh_Hans", Intent.SELF_HARM_RISK, "ideation")


@pytest.mark.parametrize("text", ["我好想sleep", "想sb了，这个月先还500"])
def test_words_in_letters_after_xiang_are_none_v123(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "ideation")


def test_an_accident_that_would_clear_the_debts_is_a_warning_sign_v123() -> None:
    text = (
        "我在朔州煤矿上干活，工资三个月没发了。说实话这两天下井的时候我都在想，"
        "要是出点事，这些债是不是就都清了"
    )
    assert_read_in_words(text, "zh_Hans", Intent.SELF_HARM_RISK, "after_death")


def test_an_accident_alone_is_none_v123() -> None:
    assert_not_said_by("工地上要是出点事老板也不管，这个月先还500", "zh_Hans", "after_death")


def test_belongings_all_given_away_are_a_warning_sign_v123() -> None:
    text = "我在鹤壁工地上，电动车和手机都送给工友了，这个号过两天也不用了。谢谢你们没骂过我"
    assert_read_in_words(text, "zh_Hans", Intent.SELF_HARM_RISK, "_v123")


@pytest.mark.parametrize("text", ["旧手机都送人了，新的号码是这个", "电动车卖了，钱先还你们"])
def test_old_things_given_away_or_sold_are_none_v123(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v123")


def test_papers_left_to_be_found_are_a_warning_sign_v123() -> None:
    text = "我在新山，欠了好幾張信用卡，老婆還不知道。保單跟存摺我都整理好放抽屜了，她以後會找到的"
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v123")


def test_papers_put_in_order_to_send_are_none_v123() -> None:
    assert_not_said_by("保单我都整理好了，明天发给你们", "zh_Hans", "_v123")


def test_going_to_keep_a_dead_spouse_company_reported_is_a_warning_sign_v123() -> None:
    text = (
        "我是阿嬤的孫子，在屏東，幫她打字。阿嬤說她老了沒用，欠的錢還不出來，"
        "一直說要去找阿公作伴了，我們很擔心"
    )
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v123")


def test_going_to_a_grandfather_for_money_is_none_v123() -> None:
    assert_not_said_by("我要去找阿公拿钱，下周还", "zh_Hans", "_v123")


def test_cease_all_telephone_contact_is_an_opt_out_v123() -> None:
    text = (
        "Dear Sir or Madam, I am writing to ask that you cease all telephone contact with me with "
        "immediate effect. Yours faithfully, R. Hargreaves"
    )
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v123")


def test_ceasing_contact_denied_is_none_v123() -> None:
    assert Intent.OPT_OUT not in read("please don't cease contact, I want updates", "en").signals


def test_ring_me_instead_for_a_relative_is_an_opt_out_beside_the_warning_sign_v123() -> None:
    text = (
        "my mum's been getting your texts, she's 74 and she told me yesterday she'd rather be "
        "dead than owe anyone. can somebody ring me instead please, I'm her daughter and I'll "
        "deal with it"
    )
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v123")
    assert_kept_beside(text, "en", Intent.SELF_HARM_RISK, Intent.OPT_OUT)
    assert_kept_beside(text, "en", Intent.SELF_HARM_RISK, Intent.REQUEST_HUMAN)


def test_ring_me_instead_for_oneself_is_a_request_alone_v123() -> None:
    text = "Please ring me instead, I'm at work till 5"
    assert_not_said_by(text, "en", "_v123")
    assert read(text, "en").intent is Intent.REQUEST_HUMAN


def test_the_money_sent_to_a_brother_in_a_last_reply_is_an_opt_out_beside_it_v123() -> None:
    text = "这是我最后一次回复了。钱的事你们去找我哥，我所有账号密码他都知道。对不起大家"
    assert_read_in_words(text, "zh_Hans", Intent.OPT_OUT, "_v109")
    assert read(text, "zh_Hans").intent is Intent.SELF_HARM_RISK


def test_a_brother_to_borrow_from_is_none_v123() -> None:
    assert_not_said_by("钱的事你们去找我哥借吧", "zh_Hans", "_v109")


@pytest.mark.parametrize(
    "text",
    [
        "I've pulled my credit report and there's nothing from you on it. I was never a customer "
        "of yours.",
        "I have never been a customer of your bank",
    ],
)
def test_never_a_customer_is_a_denial_v123(text: str) -> None:
    assert_read_in_words(text, "en", Intent.DISPUTE_NOT_MINE, "_v123")


def test_no_longer_a_customer_is_none_v123() -> None:
    assert_not_said_by("I'm not a customer anymore, I closed it last year", "en", "_v123")


def test_interest_in_breach_of_the_act_is_a_dispute_beside_the_solicitor_v123() -> None:
    text = (
        "Our solicitor says the interest you've applied breaches the Consumer Credit Act. Expect "
        "a letter."
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v123")
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.DISPUTE_AMOUNT)


def test_a_promise_broken_is_none_v123() -> None:
    assert_not_said_by("I broke the payment plan, sorry, the rate of pay dropped", "en", "_v123")


def test_an_account_overcounted_is_a_dispute_beside_the_offer_v123() -> None:
    text = "帳多算了兩萬，扣掉那兩萬，其他的我可以分12期還"
    assert_read_in_words(text, "zh_Hant", Intent.DISPUTE_AMOUNT, "_v123")
    assert_kept_beside(text, "zh_Hant", Intent.DISPUTE_AMOUNT, Intent.COUNTER_OFFER)


def test_more_counted_in_a_plan_is_none_v123() -> None:
    assert_not_said_by("我多还了一期，下个月少还点", "zh_Hans", "_v123")


def test_alone_up_a_mountain_not_coming_down_keeps_the_intent_beside_the_opt_out_v123() -> None:
    # blind50's warning sign, which v123's opt-out to a sister would otherwise have outranked
    text = "跨年那天我會一個人上山，不打算下來了，帳的事情你們就找我姊吧"
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v123")
    assert read(text, "zh_Hant").intent is Intent.SELF_HARM_RISK
    assert_kept_beside(text, "zh_Hant", Intent.SELF_HARM_RISK, Intent.OPT_OUT)


@pytest.mark.parametrize(
    "text", ["下周出海捕鱼，一个月不会回来，回来再还", "国庆一个人去海边，不打算回来过年了"]
)
def test_a_trip_with_a_time_or_a_plan_after_it_is_none_v123(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v123")
