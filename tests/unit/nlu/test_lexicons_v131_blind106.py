"""Lexicons v131, fitted on blind106 after its one run: its twelve safety misses said in words
(rather go now, to go cleanly, why go on enduring, later dealings through the lawyer, not to be
chased separately, how it became my debt, a balance above the last statement, the interest "you
can forget about", interest that should have been frozen, a charge no court would uphold, a fee
added at once, a debt that keeps growing) and a credit counsellor named in English; each with its
look-alikes."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "I've told the doctor I want no more treatment, I'd rather go now than spend what's "
            "left of me fighting you lot for money I haven't got.",
        ),
        ("zh_Hant", "呢個月嘅錢我聽日過埋數，咁走都走得乾淨啲"),
        ("zh_Hant", "冇意思喇，做到死都還唔清，仲捱落去做乜"),
    ],
)
def test_blind106s_warning_signs_are_read_v131(language: str, text: str) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v131")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'd rather go now than wait on hold again, can you call me back?"),
        ("zh_Hans", "这份工做完了，走得干净，下个月还"),
        ("zh_Hans", "还要撑下去，月底一定还"),
    ],
)
def test_their_look_alikes_are_none_v131(language: str, text: str) -> None:
    assert_not_said_by(text, language, "_v131")


@pytest.mark.parametrize(
    ("language", "text", "beside"),
    [
        ("zh_Hans", "这个事我已经全权委托给律师了，后续沟通请走律师", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "我做緊IVA，你哋呢筆已經包埋喺入面，唔好再單獨追我", Intent.BANKRUPTCY),
    ],
)
def test_contact_sent_through_the_procedure_is_an_opt_out_beside_v131(
    language: str, text: str, beside: Intent
) -> None:
    assert_read_in_words(text, language, Intent.OPT_OUT, "_v131")
    assert_kept_beside(text, language, beside, Intent.OPT_OUT)


def test_how_it_became_my_debt_is_a_denial_v131() -> None:
    text = "我只是當初幫朋友簽收包裹，怎麼變成我欠錢？"
    assert_read_in_words(text, "zh_Hant", Intent.DISPUTE_NOT_MINE, "_v131")


def test_a_credit_counsellor_named_in_english_is_representation_v131() -> None:
    text = "我在加拿大找了credit counsellor在處理我所有的債，之後請跟她聯絡"
    assert_read_in_words(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, "_v131")
    assert_kept_beside(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "This balance is £300 more than my last statement. I want a supervisor to go through it",
        ),
        ("en", "I'll pay the principal. The interest you can forget about."),
        (
            "en",
            "interest should've been frozen when I told you I was ill. I'll pay £30 a month but "
            "not a penny of that interest",
        ),
        ("zh_Hant", "我姊夫在法院當書記官，他說這種違約金法院根本不會判"),
        ("zh_Hant", "遲咗一個禮拜先還，你哋就即刻加咗二千蚊手續費。合約邊度有寫？"),
        ("zh_Hant", "停止計息好嗎？我每個月都有還，怎麼欠款越滾越多"),
    ],
)
def test_blind106s_disputed_amounts_are_read_v131(language: str, text: str) -> None:
    assert_read_in_words(text, language, Intent.DISPUTE_AMOUNT, "_v131")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can I pay more than my last payment this month?"),
        ("zh_Hans", "如果逾期会马上加手续费吗"),
        ("zh_Hans", "利息越来越多了，能不能先停息"),
    ],
)
def test_dispute_look_alikes_are_none_v131(language: str, text: str) -> None:
    assert_not_said_by(text, language, "_v131")


def test_a_scottish_trust_deed_is_bankruptcy_with_the_dispute_beside_v131() -> None:
    # blind79's, which only the models had read: v131's interest that "should have stopped" would
    # otherwise have taken the intent
    text = (
        "My protected trust deed went through in Scotland last month, so the interest should "
        "have stopped"
    )
    assert_read_in_words(text, "en", Intent.BANKRUPTCY, "_v131")
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.DISPUTE_AMOUNT)


@pytest.mark.parametrize(
    "text",
    [
        "I've got an appointment with a debt adviser next Tuesday. Can you hold off till then?",
        "The financial counsellor I saw said to offer what I can afford",
    ],
)
def test_an_english_adviser_is_not_read_by_the_chinese_words_v131(text: str) -> None:
    assert_not_said_by(text, "en", "_v131")
