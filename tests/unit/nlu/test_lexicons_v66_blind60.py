"""Lexicons v66, fitted on blind60 (an eighth representative month, no theme) after its one run, in
other words than blind60's: its safety misses as families — contact from now on through the one
acting for the debtor, an agency or a counsellor working for them, no more contact needed, a
dialect's "don't call", an hour refused, a visit forbidden by a threat, and a wish to sleep and
not wake."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "not before 9am pls, I'm on nights", Intent.OPT_OUT),
        ("en", "please don't call after 9pm", Intent.OPT_OUT),
        (
            "en",
            "we've been working with a debt advice charity since March",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "if your collectors come round again they'll need an ambulance", Intent.OPT_OUT),
        ("zh_Hans", "法援已经接手了，之后由他们跟你们沟通", Intent.OPT_OUT),
        ("zh_Hans", "法律援助中心在帮我谈判", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "唔使聯絡我，我自己會處理", Intent.OPT_OUT),
        ("zh_Hans", "莫催了，下周发工资就还", Intent.OPT_OUT),
    ],
)
def test_blind60s_safety_misses_in_other_words_v66(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v66")


def test_a_wish_to_sleep_and_not_wake_is_a_warning_sign_v66() -> None:
    # the ideation entry's phrases gained 睡过去不醒 and its kin in v66
    assert_read_in_words("有时候真想睡过去就不醒", "zh_Hans", Intent.SELF_HARM_RISK, "ideation")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我委托了律师，请直接跟他们联系"),
        ("zh_Hant", "本人已委託律師，後續請逕洽律師事務所"),
        ("en", "I'm working with a financial counsellor, please talk to her not me"),
    ],
)
def test_the_representation_keeps_the_intent_with_the_opt_out_beside_it_v66(
    language: str, text: str
) -> None:
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_a_threat_of_injury_keeps_the_abuse_with_the_opt_out_beside_it_and_no_warning_sign() -> (
    None
):
    text = "if your guy shows up at my house again he's leaving in an ambulance"

    assert_kept_beside(text, "en", Intent.ABUSE, Intent.OPT_OUT)
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "it's not after 8pm yet here, I'll pay in a bit"),
        ("zh_Hans", "莫名其妙多了200块"),
        ("zh_Hans", "这笔钱是我弟借的，请直接跟他说"),
        ("zh_Hans", "以后跟他们说一声就行，我下个月还"),  # v31's contact sent to them, since v66
    ],
)
def test_their_look_alikes_v66(language: str, text: str) -> None:
    assert Intent.OPT_OUT not in read(text, language).signals
