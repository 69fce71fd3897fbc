"""Lexicons v52, fitted on blind49 (paying and the mechanics of money, begun), in other words than
blind49's: an account number that starts with digits, the last four digits of a card and an
error code are no sums of money; "not the end of the world", a payment system "bankrupt or
something", lawyers waved away, 破产倒不至于, an overcharge refunded and a bank refusing a payment
are figures of speech."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read, read_as_figure_of_speech


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "not my loan, my account number starts with 4410 and yours doesn't"),
        ("en", "the last four digits 3391 aren't mine"),
        ("en", "the payment page just says error 503"),
        ("zh_Hans", "链接点开就502，怎么还？"),
        ("zh_Hant", "個app一撳就500，點還呀"),
    ],
)
def test_card_digits_account_numbers_and_error_codes_are_no_sums_v52(
    language: str, text: str
) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "look, it's not the end of the world, just send me the sort code",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "is the payment site bankrupt or what? it won't load", Intent.BANKRUPTCY),
        ("en", "no need to get lawyers involved, I'll resend it", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "破产还不至于，下周还", Intent.BANKRUPTCY),
        ("zh_Hans", "谢谢，多收的那笔钱已经退回来了", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "信用卡又被拒咗，點算？", Intent.DECLINE),
    ],
)
def test_their_look_alikes_are_figures_of_speech_v52(
    language: str, text: str, intent: Intent
) -> None:
    assert intent not in read_as_figure_of_speech(text, language, "_v52").signals


def test_a_debtor_refusing_the_banks_plan_still_declines_v52() -> None:
    assert read("银行的方案我拒绝", "zh_Hans").intent is Intent.DECLINE


def test_no_lawyer_wanted_is_read_in_cantonese_too_v52() -> None:
    # no_lawyer_going_v37 widened: 搵 (the Hong Kong form of 揾), 冇必要
    text = "唔使搵個律師，我直接轉數快俾你"
    reading = read_as_figure_of_speech(text, "zh_Hant", "no_lawyer_going_v37")
    assert Intent.LEGAL_REPRESENTATION not in reading.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the direct debit went out on monday like it always does"),
        ("en", "200 of the 600 went across yesterday, rest next week"),
        ("en", "it's already sent, your end is just slow"),
        ("zh_Hans", "钱的确已经转出去了，你们查一下"),
        ("zh_Hant", "排咗成個鐘終於將錢存入咗，收據我影低咗"),
        ("zh_Hans", "1500应该已经到你们那边了"),
    ],
)
def test_a_payment_told_as_gone_is_already_paid_v52(language: str, text: str) -> None:
    assert read(text, language).intent is Intent.ALREADY_PAID


def test_not_disowning_the_debt_and_a_mistyped_account_deny_nothing_v52() -> None:
    reading = read_as_figure_of_speech("不是不认账，就是转账的时候账号输错了", "zh_Hans", "_v52")
    assert Intent.DISPUTE_NOT_MINE not in reading.signals
