"""Lexicons v122, fitted on blind99 after its one run: its nine safety misses said in words (not
wanting to live said with 要, 以後不用再聯絡我了 in a goodbye, a helper's word to hold off until she
calls, "I'm reporting you to the FCA", not the person they are looking for, charges during an
agreed payment holiday, the interest named and refused, the debtor's own adviser at the council,
interest said to be over the cap after asking whether it is legal); each with its look-alikes."""

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
    ("text", "language"),
    [
        ("我在竹南工廠 老闆三個月不給薪水 仲介費還沒還完 我很累 我想不要活了", "zh_Hant"),
        ("真的不要活下去了", "zh_Hans"),
        ("我都不想要活了", "zh_Hans"),
    ],
)
def test_not_wanting_to_live_said_with_yao_is_a_warning_sign_v122(text: str, language: str) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v122")


@pytest.mark.parametrize("text", ["你还要不要活了，天天熬夜", "我不要活动了，好累"])
def test_scolding_and_activities_are_none_v122(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v122")


def test_no_need_to_contact_me_in_a_goodbye_is_an_opt_out_beside_the_warning_sign_v122() -> None:
    text = "我家的貓已經託給頭城的鄰居了，存摺跟印章放在桌上，以後不用再聯絡我了"
    assert_read_in_words(text, "zh_Hant", Intent.OPT_OUT, "_v50")
    assert_kept_beside(text, "zh_Hant", Intent.SELF_HARM_RISK, Intent.OPT_OUT)


def test_contact_held_off_until_the_helper_calls_is_an_opt_out_beside_her_v122() -> None:
    text = (
        "ive got a debt counsellor from the church helping me with a budget, she said tell you "
        "to hold off til she calls you"
    )
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v120")
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_a_payment_held_off_until_payday_is_none_v122() -> None:
    assert_not_said_by("can you hold off till payday, then I'll pay the lot", "en", "_v120")


def test_reporting_them_to_the_regulator_after_a_stop_is_a_request_beside_it_v122() -> None:
    text = (
        "This is the third time I've asked. Do not contact me again on this number. Any more "
        "messages and I'm reporting you to the FCA."
    )
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "complaint")
    assert_kept_beside(text, "en", Intent.OPT_OUT, Intent.REQUEST_HUMAN)


def test_a_complaint_threatened_on_one_more_message_stays_the_opt_out_v122() -> None:
    # blind87's label: the stop wins, the complaint (now read in the present tense) stays beside it
    text = "If you message me one more time I'm reporting you to the FCA. I mean it."
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v72")
    assert read(text, "en").intent is Intent.OPT_OUT
    assert_kept_beside(text, "en", Intent.OPT_OUT, Intent.REQUEST_HUMAN)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not reporting you to the FCA, I just want this sorted",
        "my uncle said he's reporting you to the ombudsman",
    ],
)
def test_a_complaint_denied_or_someone_elses_is_none_v122(text: str) -> None:
    assert Intent.REQUEST_HUMAN not in read(text, "en").signals


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("我不是你們要找的人，請把我的號碼從名單上刪掉", "zh_Hant"),
        ("我唔係你哋要搵嘅人", "zh_Hant"),
    ],
)
def test_not_the_person_they_are_looking_for_is_a_denial_v122(text: str, language: str) -> None:
    assert_read_in_words(text, language, Intent.DISPUTE_NOT_MINE, "_v41")


def test_the_denial_keeps_the_opt_out_beside_it_v122() -> None:
    text = "我不是你們要找的人，請把我的號碼從名單上刪掉"
    assert_kept_beside(text, "zh_Hant", Intent.DISPUTE_NOT_MINE, Intent.OPT_OUT)


def test_charges_during_an_agreed_payment_holiday_are_a_dispute_beside_the_complaint_v122() -> None:
    text = (
        "Going to the Financial Ombudsman over this. You charged me £25 six times for missed "
        "payments while I was on an agreed payment holiday."
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v122")
    assert_kept_beside(text, "en", Intent.DISPUTE_AMOUNT, Intent.REQUEST_HUMAN)


def test_charges_during_an_agreed_plan_asked_about_are_none_v122() -> None:
    text = "Will I be charged interest while I'm on the agreed payment plan?"
    assert_not_said_by(text, "en", "_v122")


def test_the_interest_named_and_refused_is_a_dispute_beside_the_promise_v122() -> None:
    text = (
        "I owe the principal, fine. The interest I don't accept. Drop it and I'll pay the 400 I "
        "actually borrowed by the end of the month"
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v122")
    assert_kept_beside(text, "en", Intent.DISPUTE_AMOUNT, Intent.PROMISE_TO_PAY)


def test_the_interest_that_cannot_be_paid_is_none_v122() -> None:
    text = "The interest I can't pay right now but I can do the principal"
    assert_not_said_by(text, "en", "_v122")


@pytest.mark.parametrize(
    "text",
    [
        "I'm applying for a DRO next week, my adviser at the council says I qualify",
        "my debt counsellor at the church says I should offer a fiver",
        "My caseworker from Citizens Advice has written to you",
    ],
)
def test_the_debtors_own_adviser_at_an_advice_body_is_representation_v122(text: str) -> None:
    assert_read_in_words(text, "en", Intent.LEGAL_REPRESENTATION, "_v122")


def test_the_dro_keeps_the_adviser_beside_it_v122() -> None:
    text = "I'm applying for a DRO next week, my adviser at the council says I qualify"
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.LEGAL_REPRESENTATION)


@pytest.mark.parametrize(
    "text",
    [
        "My counsellor at the church says I should pray about it",
        "I've booked to see an adviser at the council next week",
    ],
)
def test_a_pastoral_counsellor_or_an_adviser_not_yet_seen_is_none_v122(text: str) -> None:
    assert_not_said_by(text, "en", "_v122")


def test_interest_over_the_cap_after_asking_if_it_is_legal_is_a_dispute_v122() -> None:
    text = "循環利息算那麼高合法嗎？這樣根本超過上限了吧"
    assert_read_in_words(text, "zh_Hant", Intent.DISPUTE_AMOUNT, "_v109")


@pytest.mark.parametrize("text", ["为什么转不过去？已经超过上限了吗", "你们的利息合法吗？"])
def test_a_transfer_limit_or_legality_only_asked_is_none_v122(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v109")
