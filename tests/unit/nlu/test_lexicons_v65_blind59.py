"""Lexicons v65, fitted on blind59 (a seventh representative month, no theme) after its one run, in
other words than blind59's: its safety misses as families — the debtor sent to their
representative (后续, "from now on", joined v31's entry and 委托律师 v63's), letters to the law
firm, collection forbidden by a bankruptcy, the end of a conversation, a threat kept up, a call
asked for with a word between, a wound on the wrist, the urge to run into traffic, a night
looking down from a window, a lawyer instructed, and disputed amounts said as questions."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "please speak to my lawyer from now on", Intent.OPT_OUT),
        ("en", "I won't discuss this with you anymore.", Intent.OPT_OUT),
        ("en", "we have retained a solicitor in this matter", Intent.LEGAL_REPRESENTATION),
        ("en", "do that again and see what happens", Intent.ABUSE),
        ("en", "do that again and see what happens", Intent.OPT_OUT),
        ("en", "could somebody just ring me back", Intent.REQUEST_HUMAN),
        ("en", "why is my whole balance still the same", Intent.DISPUTE_AMOUNT),
        ("en", "talk to my legal rep", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "所有文件請一律寄到我的律師事務所", Intent.OPT_OUT),
        ("zh_Hans", "法院已经受理了，你们不可以再追讨", Intent.OPT_OUT),
        ("zh_Hant", "手腕嘅傷口仲未好", Intent.SELF_HARM_RISK),
        ("zh_Hans", "每次看到火车开过来就想冲过去", Intent.SELF_HARM_RISK),
        ("zh_Hans", "开着窗看下去，坐了几个小时", Intent.SELF_HARM_RISK),
        ("zh_Hans", "这个月的账单跟我自己算的对不上", Intent.DISPUTE_AMOUNT),
    ],
)
def test_blind59s_safety_misses_in_other_words_v65(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v65")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "You can talk to my attorney, she has the paperwork"),
        ("zh_Hans", "我的律师已经接手了，之后请跟她沟通"),
        ("zh_Hans", "法律援助中心的律师在帮我，后续直接跟她联系"),  # 后续: v31's entry
        ("zh_Hans", "有事联系我的委托律师"),  # 委托律师: v63's entry
        ("zh_Hant", "之後嘅信請寄去律師樓"),
    ],
)
def test_the_representation_keeps_the_intent_with_the_opt_out_beside_it_v65(
    language: str, text: str
) -> None:
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll talk to my lawyer first and get back to you"),
        (
            "en",
            "keep it up and see what happens to your credit score, that's what your letter said",
        ),
        ("en", "I'll keep going with the payments and see what happens"),
        ("en", "I'll discuss it further with my wife tonight"),
    ],
)
def test_their_look_alikes_v65(language: str, text: str) -> None:
    assert Intent.OPT_OUT not in read(text, language).signals


def test_a_wound_on_the_arm_from_work_is_no_warning_sign_v65() -> None:
    reading = read("上班时手臂上的伤口还没好，这个月上不了班", "zh_Hans")

    assert Intent.SELF_HARM_RISK not in reading.signals


def test_a_matter_handed_to_the_lawyers_is_no_payment_v65() -> None:
    reading = read_as_figure_of_speech("我已經交咗畀律師樓跟", "zh_Hant", "_v65")

    assert Intent.ALREADY_PAID not in reading.signals
