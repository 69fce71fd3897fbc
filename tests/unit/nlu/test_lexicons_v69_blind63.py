"""Lexicons v69, fitted on blind63 (an eleventh representative month, no theme) after its one run,
in other words than blind63's: its safety misses as families — threats whose condition forbids a
visit or a call (people sent again, turning up again, the police if called again, "I won't be
polite"), contact through the lawyer from now on, a day of the week refused, a loan never
collected, costs with no case, a rate called unlawful, a yearly rate near an outrageous figure, a
company's card, and Ireland's MABS."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "please don't call me at the weekend, that's family time", Intent.OPT_OUT),
        ("en", "I never took a loan with your company, check again", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "why are there bailiff fees on this when there was never a visit",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "a rate of 25% a week is unlawful and you know it", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "继续打来我马上报警", Intent.OPT_OUT),
        ("zh_Hans", "算了一下年化超过一百五十%", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "呢張係公司卡，應該由公司還", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_blind63s_safety_misses_in_other_words_v69(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v69")


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "bring your collectors round again and you'll find out what happens", Intent.ABUSE),
        ("zh_Hant", "你哋再嚟我舖頭門口等，我保證你哋走唔返出去", Intent.ABUSE),
        ("zh_Hant", "再打嚟我屋企，我就對你哋唔客氣", Intent.ABUSE),
        ("zh_Hans", "我请了律师，以后麻烦跟律师沟通", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "已經委託律師，全部文件請寄去律師事務所", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_the_opt_out_is_kept_beside_v69(language: str, text: str, intent: Intent) -> None:
    assert_kept_beside(text, language, intent, Intent.OPT_OUT)


def test_mabs_is_representation_v69() -> None:
    # v67's debt advice agencies gained Ireland's MABS in v69
    assert_read_in_words(
        "the Money Advice and Budgeting Service is helping me now",
        "en",
        Intent.LEGAL_REPRESENTATION,
        "_v67",
    )


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "send the payment link again and see what happens", Intent.ABUSE),
        ("en", "I work sundays so the weekend is fine for a call", Intent.OPT_OUT),
        ("zh_Hans", "你们给减免？那我就不客气了，谢谢", Intent.ABUSE),
        ("zh_Hans", "年化多少？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "以后跟律师联系这个事我再考虑", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_v69(language: str, text: str, intent: Intent) -> None:
    # the words do not read them (the meaning model reads the weekend's call as an opt-out at 0.53)
    assert not lexicon_said(text, language, intent)
