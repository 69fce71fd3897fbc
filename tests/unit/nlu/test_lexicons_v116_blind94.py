"""Lexicons v116, fitted on blind94 after its one run: its six safety misses said in words (one's
own being around doubted, a possessive typed without its apostrophe, "Stop ring." from a Deaf
writer, an advice service one is "with", a debt adviser making the plan, 别老收我利息), and the
false safety readings it showed kept out (想死你们 "miss you to death", a relative's use of a card
owned up to, a stolen card as why a payment failed, "bankrupt till payday"), each with its
look-alikes."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    "text",
    [
        "if u say no i honestly dont know if ill still be around by christmas",
        "can i do 20 a week? not sure whether i'll even be alive by spring",
        "dunno if im gonna still be around much longer tbh",
    ],
)
def test_ones_own_being_around_doubted_is_a_warning_sign_v116(text: str) -> None:
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v116")


@pytest.mark.parametrize(
    "text",
    [
        "not sure if I'll be around on Friday to take the call",
        "dunno if i'll be around at 5, text me instead",
        "don't know if I'll still be around tomorrow afternoon, can we do Monday",
    ],
)
def test_an_absence_doubted_is_no_warning_sign_v116(text: str) -> None:
    assert_not_said_by(text, "en", "_v116")


def test_a_possessive_without_its_apostrophe_still_says_the_burden_v116() -> None:
    # ("anyones" spelt as "anyone's": v5's burden entry reads it)
    text = "ill pay the £80 on friday and after that i wont be anyones problem any more"
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK)
    assert Intent.PROMISE_TO_PAY in read(text, "en").signals


@pytest.mark.parametrize(
    "text",
    [
        "I am Deaf, BSL user. Phone no good for me. Stop ring. Text fine.",
        "please no call me, only whatsapp",
    ],
)
def test_calls_refused_in_few_words_are_an_opt_out_v116(text: str) -> None:
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v116")


def test_calls_kept_up_are_no_refusal_v116() -> None:
    assert_not_said_by("did you stop calling? I missed you yesterday, call me back", "en", "_v116")


def test_an_advice_service_one_is_with_is_representation_v116() -> None:
    text = (
        "I'm with Citizens Advice now, they're handling all my debts. "
        "Deal with them from now on, not me."
    )
    assert_read_in_words(text, "en", Intent.LEGAL_REPRESENTATION, "_v116")
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


@pytest.mark.parametrize(
    "text",
    [
        "should I go to citizens advice?",
        "I was with StepChange years ago, this is a new loan",
    ],
)
def test_an_advice_service_asked_about_or_left_is_no_representation_v116(text: str) -> None:
    assert_not_said_by(text, "en", "_v116")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("找了债务咨询的老师帮我做还款方案，他在跟进", "zh_Hans"),
        ("請了債務顧問幫我整理所有欠款", "zh_Hant"),
    ],
)
def test_a_debt_adviser_making_the_plan_is_representation_v116(text: str, language: str) -> None:
    assert_read_in_words(text, language, Intent.LEGAL_REPRESENTATION, "_v116")


def test_a_debt_adviser_only_asked_about_is_no_representation_v116() -> None:
    assert_not_said_by("债务咨询是什么？要收费吗", "zh_Hans", "_v116")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("别老收我利息了行不行，本金都还了一大半了", "zh_Hans"),
        ("唔好成日扣我利息啦", "zh_Hant"),
    ],
)
def test_interest_told_to_stop_being_charged_is_a_dispute_v116(text: str, language: str) -> None:
    assert_read_in_words(text, language, Intent.DISPUTE_AMOUNT, "_v116")
    assert read(text, language).intent is Intent.DISPUTE_AMOUNT


def test_a_charge_called_too_much_is_a_dispute_v116() -> None:
    text = (
        "Why has the balance gone from KSh 18,000 to KSh 26,500 in two months? "
        "That penalty is too much"
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v116")
    assert read(text, "en").intent is Intent.DISPUTE_AMOUNT


def test_a_payment_too_much_for_now_is_no_charge_disputed_v116() -> None:
    assert_not_said_by("200 a month is too much for me right now, can we do 120", "en", "_v116")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("想死你们那个客服小刘了哈哈，她还在吗？能让她联系我不", "zh_Hans"),
        ("想死你們了，好久沒收到催繳簡訊（開玩笑）錢禮拜五匯", "zh_Hant"),
    ],
)
def test_miss_you_to_death_is_a_figure_of_speech_v116(text: str, language: str) -> None:
    reading = read_as_figure_of_speech(text, language, "_v116")
    assert Intent.SELF_HARM_RISK not in reading.signals


@pytest.mark.parametrize(
    ("text", "language"),
    [("我想死，你们别打了", "zh_Hans"), ("我想死你們都不管", "zh_Hant")],
)
def test_wanting_to_die_beside_you_stays_a_warning_sign_v116(text: str, language: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("这笔是我媳妇拿我手机借的，我俩一起还，下周五先还一千", "zh_Hans"),
        ("我儿子拿我身份证借的，这事我知道，钱我来还，三天后", "zh_Hans"),
        ("那是我老婆用我的卡刷的，我知道，月底前會繳清", "zh_Hant"),
    ],
)
def test_a_relatives_use_owned_up_to_is_no_fraud_v116(text: str, language: str) -> None:
    reading = read_as_figure_of_speech(text, language, "_v116")
    assert Intent.FRAUD_IDENTITY_THEFT not in reading.signals
    assert reading.intent is Intent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("有人用我的身份证借的，我知道是谁", "zh_Hans"),
        ("我前夫拿我身份證去借的，我完全不知道", "zh_Hant"),
    ],
)
def test_a_use_not_owned_up_to_stays_fraud_v116(text: str, language: str) -> None:
    assert Intent.FRAUD_IDENTITY_THEFT in read(text, language).signals


def test_a_stolen_card_as_why_a_payment_failed_is_no_fraud_v116() -> None:
    text = (
        "My card was stolen last week so the payment didn't go through. "
        "I'll pay by bank transfer tomorrow."
    )
    reading = read_as_figure_of_speech(text, "en", "_v116")
    assert Intent.FRAUD_IDENTITY_THEFT not in reading.signals


def test_a_stolen_card_used_for_the_loan_stays_fraud_v116() -> None:
    text = "my card was stolen and someone used it for this loan"
    assert Intent.FRAUD_IDENTITY_THEFT in read(text, "en").signals


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("basically bankrupt till payday lol, ill send it when i get paid", "en"),
        ("我破產了啦哈哈，這個月只剩八百塊生活費", "zh_Hant"),
    ],
)
def test_bankrupt_in_jest_is_no_procedure_v116(text: str, language: str) -> None:
    reading = read_as_figure_of_speech(text, language, "_v116")
    assert Intent.BANKRUPTCY not in reading.signals


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I filed for bankruptcy until the trustee says otherwise", "en"),
        ("我上个月申请了个人破产", "zh_Hans"),
    ],
)
def test_a_procedure_stays_bankruptcy_v116(text: str, language: str) -> None:
    assert read(text, language).intent is Intent.BANKRUPTCY


def test_a_face_remembered_with_mind_how_you_go_is_a_threat_v116() -> None:
    text = "你們的業務員長什麼樣子我記住了，路上小心"
    assert_read_in_words(text, "zh_Hant", Intent.ABUSE, "_v116")


def test_mind_how_you_go_alone_is_no_threat_v116() -> None:
    assert_not_said_by("下雨了，你们路上小心，我明天去还", "zh_Hans", "_v116")


@pytest.mark.parametrize(
    "text",
    [
        "I'm raising my two grandkids on the state pension since my daughter took ill. "
        "There's nothing spare at the end of the week.",
        "money runs out by the end of the month every month",
    ],
)
def test_the_end_of_a_week_is_no_evidence_of_a_warning_sign_v116(text: str) -> None:
    # (model_evidence's "the end" only as one's own: "the end of me", "this is the end")
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals


def test_the_warning_sign_whose_only_evidence_was_the_end_is_read_in_words_v116() -> None:
    # (blind65's, "from the end of the month": v21's "won't be a problem for you much longer")
    text = (
        "I'm putting the house in order. Cancelled the phone contract from the end of the month. "
        "Won't be a problem for you much longer."
    )
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v21")
