"""Lexicons v117, fitted on blind95 after its one run: its eight safety misses said in words (the
arrangements made after "it won't matter anyway", insurance bought with its beneficiaries named,
contact sent to her in Shanghainese, an officer asked for, someone with the say, Taiwanese
Hokkien's boss called out, a charge said to be unlawful, the fees "on this" called wrong), and the
false safety readings it showed kept out (fright "half to death", a parent's end-of-life care,
"as good as bankrupt"); Taiwan's 87 at the collector, pre-mediation applied for, a face scanned
for a loan; each with its look-alikes."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
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
        "I'll pay you the £300 on Friday, every penny. After that it won't matter anyway, "
        "I've made my arrangements.",
        "doesn't matter now because I've sorted all my arrangements",
    ],
)
def test_arrangements_made_after_nothing_matters_are_a_warning_sign_v117(text: str) -> None:
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v17")


def test_arrangements_made_to_pay_are_none_v117() -> None:
    reading = assert_not_said_by(
        "I've made arrangements with my bank to pay you on the 5th", "en", "_v17"
    )
    assert Intent.PROMISE_TO_PAY in reading.signals or Intent.COUNTER_OFFER in reading.signals


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("意外险上个月买好了，受益人写的我老婆跟闺女。你们别急，钱早晚会有的", "zh_Hans"),
        ("人壽保險我簽好了，受益人係我個女", "zh_Hant"),
    ],
)
def test_insurance_bought_with_its_beneficiaries_named_is_a_warning_sign_v117(
    text: str, language: str
) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v117")


@pytest.mark.parametrize("text", ["意外险的钱能不能拿来还？", "我买了车险，下个月理赔下来就还"])
def test_an_insurance_claim_asked_about_is_none_v117(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v117")


def test_contact_sent_to_her_in_shanghainese_beside_a_lawyer_is_an_opt_out_v117() -> None:
    text = "我囡儿是律师，伊帮我处理，侬有事体跟伊讲"
    assert_kept_beside(text, "zh_Hans", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_talk_to_him_in_shanghainese_alone_is_no_refusal_v117() -> None:
    # (v111's family counts only beside one acting for the debtor)
    reading = read("侬跟伊讲一声，我下个礼拜还", "zh_Hans")
    assert Intent.OPT_OUT not in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "Good day. Please I need to speak with one of your officers, my English is not so good "
        "for writing. Thank you very much.",
        "I want to see your recovery officer tomorrow at the branch",
    ],
)
def test_an_officer_asked_for_is_a_request_for_a_person_v117(text: str) -> None:
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "_v117")


def test_an_officer_of_the_police_is_no_officer_of_yours_v117() -> None:
    assert_not_said_by("I spoke to an officer at the police station about the theft", "en", "_v117")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("我可以一次過畀五萬蚊，但要同有權話事嘅人傾", "zh_Hant"),
        ("叫个能拍板的人来跟我谈", "zh_Hans"),
        ("恁頭家叫出來講", "zh_Hant"),
        ("叫你们头家来听电话", "zh_Hans"),
    ],
)
def test_someone_with_the_say_or_the_boss_is_a_request_for_a_person_v117(
    text: str, language: str
) -> None:
    assert_read_in_words(text, language, Intent.REQUEST_HUMAN, "_v117")


def test_the_debtors_own_boss_is_no_request_v117() -> None:
    assert_not_said_by("我头家这个月没发工资，下个月再还", "zh_Hans", "_v117")


@pytest.mark.parametrize(
    "text",
    [
        "My cousin is a lawyer and she says y'all can't legally charge this much interest.",
        "you cannot legally charge me these fees",
    ],
)
def test_a_charge_said_to_be_unlawful_is_a_dispute_v117(text: str) -> None:
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v117")


@pytest.mark.parametrize(
    "text",
    [
        "can you legally charge me for a late letter?",
        "my brother is a lawyer and he reckons you cant charge this much interest. is that true?",
    ],
)
def test_whether_a_charge_is_lawful_asked_is_none_v117(text: str) -> None:
    assert_not_said_by(text, "en", "_v117")


def test_the_fees_on_it_called_wrong_are_a_dispute_beside_the_person_asked_v117() -> None:
    text = "The fees on this are wrong and I want to talk to someone who can actually fix it"
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v117")
    assert_kept_beside(text, "en", Intent.DISPUTE_AMOUNT, Intent.REQUEST_HUMAN)


def test_the_fees_on_it_asked_about_are_none_v117() -> None:
    assert_not_said_by("what are the fees on this if I pay late?", "en", "_v117")


def test_an_officer_seen_elsewhere_is_none_v117() -> None:
    assert_not_said_by("I had to see the officer at the job centre on Monday", "en", "_v117")


@pytest.mark.parametrize(
    "text",
    [
        "Y'all need to quit calling my mama's house. She is 84 and it scares her half to death.",
        "I'm Maureen's daughter. Mum's in the hospice now, end of life care, she won't be coming "
        "home. Please take her off your list and stop phoning the house.",
    ],
)
def test_fright_and_a_parents_dying_are_no_warning_sign_v117(text: str) -> None:
    reading = read_as_figure_of_speech(text, "en", "_v117")
    assert Intent.SELF_HARM_RISK not in reading.signals
    assert Intent.OPT_OUT in reading.signals


def test_a_warning_sign_beside_a_fright_stays_one_v117() -> None:
    text = "it scares me half to death, honestly I'd rather die than go to court"
    assert Intent.SELF_HARM_RISK in read(text, "en").signals


def test_eighty_seven_said_to_the_collector_is_an_insult_v117() -> None:
    assert_read_in_words("你是87嗎 同樣的話講十遍", "zh_Hant", Intent.ABUSE, "_v117")


@pytest.mark.parametrize("text", ["我還欠87塊嗎", "我媽今年87歲了，請不要打給她"])
def test_eighty_seven_as_a_number_is_none_v117(text: str) -> None:
    assert_not_said_by(text, "zh_Hant", "_v117")


def test_as_good_as_bankrupt_is_a_hardship_not_a_procedure_v117() -> None:
    reading = read_as_figure_of_speech(
        "我的早餐店倒了，等於破產了，什麼都沒有了", "zh_Hant", "_v117"
    )
    assert Intent.BANKRUPTCY not in reading.signals
    assert reading.reason is HardshipReason.BUSINESS_FAILURE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("我上個月申請個人破產了", "zh_Hant"),
        ("厂子破产清算了，法院指定了管理人，你们的债权去找管理人申报吧", "zh_Hans"),
    ],
)
def test_a_procedure_stays_bankruptcy_v117(text: str, language: str) -> None:
    # (a factory's liquidation too: the corpus reads the owner's or guarantor's so)
    assert read(text, language).intent is Intent.BANKRUPTCY


def test_pre_mediation_applied_for_is_bankruptcy_v117() -> None:
    text = "我跟銀行公會申請前置協商了，其他債權銀行也都通知了"
    assert_read_in_words(text, "zh_Hant", Intent.BANKRUPTCY, "_v117")


def test_pre_mediation_asked_about_is_none_v117() -> None:
    assert_not_said_by("可以跟銀行公會申請前置協商嗎？", "zh_Hant", "_v117")


def test_a_face_scanned_for_a_loan_is_identity_theft_v117() -> None:
    text = "之前有人说做兼职帮刷个脸给两百，没想到被拿去贷款了，我也是被骗的"
    assert_read_in_words(text, "zh_Hans", Intent.FRAUD_IDENTITY_THEFT, "_v117")


def test_a_face_scanned_to_pay_is_none_v117() -> None:
    assert_not_said_by("我刷脸登录不了app，怎么还款", "zh_Hans", "_v117")


def test_the_word_eighty_seven_stands_for_is_an_insult_too_v117() -> None:
    assert_read_in_words("北七喔，講幾次了聽不懂嗎", "zh_Hant", Intent.ABUSE, "_v117")
