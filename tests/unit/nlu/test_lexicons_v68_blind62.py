"""Lexicons v68, fitted on blind62 (a tenth representative month, no theme) after its one run, in
other words than blind62's: its safety misses as families — calls called off, everything sent
through the representative from now on, letters to the law firm with the letter after the verb,
a curse after the calls complained of, the rest only charges, little received and much more
asked, what is plainly left against what the system says, not the borrower beside who one is,
not found in a few days, and Credit Counselling in English inside Chinese; and 日你 after a count
of days, which is no insult."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "please cancel all these reminders, I know I owe it", Intent.OPT_OUT),
        ("en", "these phone calls need to stop, text me instead", Intent.OPT_OUT),
        ("en", "I'm only his landlord, not the account holder", Intent.DISPUTE_NOT_MINE),
        ("en", "the balance is paid, what is left is only late fees", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "they credited me only 5k and now they want 9k back in two weeks",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "一天打几十个，催个不停，滚开", Intent.OPT_OUT),
        ("zh_Hant", "明明還剩三萬，點解App顯示五萬？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "再过几天你们就不会再找到我了", Intent.SELF_HARM_RISK),
    ],
)
def test_blind62s_safety_misses_in_other_words_v68(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v68")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "My solicitor is dealing with it; all correspondence goes through her now"),
        ("zh_Hans", "我请了律师，以后一切事宜通过律师沟通"),
        ("zh_Hant", "件事我交咗律師處理，請寄文件去律師樓"),
    ],
)
def test_the_representation_keeps_the_intent_with_the_opt_out_beside_it_v68(
    language: str, text: str
) -> None:
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_credit_counselling_in_english_inside_chinese_is_representation_v68() -> None:
    # v67's debt advice agencies gained "Credit Counselling" alone in v68
    text = "我已经去了 credit counseling，他们会联系你们"
    assert_read_in_words(text, "zh_Hans", Intent.LEGAL_REPRESENTATION, "_v67")


@pytest.mark.parametrize(
    "text",
    ["等多三日你哋就收到錢", "今日你哋打咗五次", "星期日你们休息吗"],
)
def test_a_day_before_you_is_no_insult_v68(text: str) -> None:
    assert Intent.ABUSE not in read(text, "zh_Hant").signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "don't cancel the plan, I still want it", Intent.OPT_OUT),
        (
            "en",
            "I'm not the kind of borrower who disappears, I'll pay on Friday",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("zh_Hans", "你们不会再找到我这么好说话的人了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "以后所有款项我都通过支付宝还", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_v68(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals
