"""Lexicons v49, blind45's safety misses (young people and first debts), in other words than
blind45's: dying if it cannot be paid (also reported of someone else), a new person asked for,
a request for a person written after a negated clause set apart by a space, goods never bought
or a loan never signed, a previous tenant's debt, a loan's money never received, a recycled
number, and a charge for goods sent back."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我表妹说欠你们的钱还不起就去死", Intent.SELF_HARM_RISK),
        ("zh_Hant", "還唔到啲錢我就去死", Intent.SELF_HARM_RISK),
        ("zh_Hans", "回复太慢了 换个人", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我从来没办过你们的信用卡", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "那个合同我根本没签过", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "呢筆係上一個租客嘅欠款", Intent.DISPUTE_NOT_MINE),
        ("en", "we never received a cent of the loan, it was cancelled", Intent.DISPUTE_NOT_MINE),
        ("en", "my phone number was somebody else's before me", Intent.DISPUTE_NOT_MINE),
        ("en", "you're billing me for the laptop we sent back in May", Intent.DISPUTE_AMOUNT),
    ],
)
def test_what_blind45_missed_is_read_in_other_words_v49(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v49")


@pytest.mark.parametrize(
    ("language", "text"),
    [("zh_Hans", "客服听不懂 转人工"), ("zh_Hant", "個機械人唔明 搵真人")],
)
def test_a_negation_does_not_reach_across_a_space_between_chinese_clauses_v49(
    language: str, text: str
) -> None:
    assert read(text, language).intent is Intent.REQUEST_HUMAN


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我不想转人工", Intent.REQUEST_HUMAN),
        ("zh_Hans", "你们这帮人去死", Intent.SELF_HARM_RISK),
        ("en", "my boss never paid me a penny last month", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我根本没办法上班", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_their_look_alikes_are_not_read_so_v49(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals
