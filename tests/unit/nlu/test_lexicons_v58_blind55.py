"""Lexicons v58, fitted on blind55 (a third representative month, no theme) after its one run, in
other words than blind55's: its safety misses as families — Philippine debtors writing Taglish (a
warning sign, a person asked for, the debt denied, contact refused), a parent's plan to take the
children along, contact sent to a lawyer's office, collectors at the workplace, contacts messaged,
别在打了 (在 for 再), a settlement letter against the balance shown, a financial counsellor, a
lawyer cousin or a social worker acting for the debtor."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "pagod na po ako, ayoko nang mabuhay", Intent.SELF_HARM_RISK),
        ("en", "ma'am pwede ko po bang makausap ang supervisor", Intent.REQUEST_HUMAN),
        ("en", "hindi po ako umutang sa inyo, baka ibang tao", Intent.DISPUTE_NOT_MINE),
        ("en", "huwag na kayong tumawag please", Intent.OPT_OUT),
        ("en", "Email my solicitor, not me.", Intent.OPT_OUT),
        ("en", "the statement is wrong but my settlement letter is clear", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我爸喝醉了说要带着我们一起死，我该怎么办", Intent.SELF_HARM_RISK),
        ("zh_Hans", "不许再来我单位楼下等我", Intent.OPT_OUT),
        ("zh_Hans", "别再骚扰我的紧急联系人了", Intent.OPT_OUT),
        ("zh_Hans", "我朋友是律师，之后由他跟你们沟通", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "債務輔導中心幫緊我處理，之後會同你哋聯絡", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_blind55s_safety_misses_in_other_words_v58(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v58")


def test_a_financial_counsellor_acting_v58() -> None:
    # debt_adviser_acting_v57, which v58 widened to financial counsellors and "she'll call you"
    text = "a financial counsellor at my church is helping me now, she'll call you next week"
    assert_read_in_words(text, "en", Intent.LEGAL_REPRESENTATION, "_v57")


def test_zai_for_zai_before_a_verb_of_contact_is_a_stop_v58() -> None:
    reading = read("唔係我嘅數，别在打了", "zh_Hans")

    assert Intent.OPT_OUT in reading.signals
