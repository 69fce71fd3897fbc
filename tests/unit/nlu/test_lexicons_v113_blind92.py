"""Lexicons v113, fitted on blind92's safety misses after its one run: warning signs in affairs
wound up (a car transferred and the phone cut off, thanks for the years), a letter left on the
table, a dependant entrusted from now on, 我不想活了 by its initials (wbxhl); contact sent to the
one acting ("talk to him", beside a representation) or all correspondence through a firm; the
creditor told it may not chase (你哋唔可以再追). Kept out: "I could kill myself 🤦" over a slip,
an old sofa given away before a car boot sale, 我死了💀 over a forgotten due date."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "房子过户给我女儿了，下周手机就销号"),
        ("zh_Hant", "電話聽日停機，呢幾年多謝你哋照顧"),
        ("zh_Hans", "我放了一封信在床头，你们别找我家里人"),
        ("zh_Hant", "封信寫清楚咗啲債同我老婆無關"),
        ("zh_Hans", "他昨晚说孩子以后就交给我了，电话一直打不通"),
        ("zh_Hant", "隻貓以後拜託你了"),
    ],
)
def test_warning_signs_of_blind92_are_read_in_words_v113(language: str, text: str) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v113")


@pytest.mark.parametrize("text", ["wbxhl", "真的wzbxhl了"])
def test_not_wanting_to_live_by_its_initials_v113(text: str) -> None:
    assert_read_in_words(text, "zh_Hans", Intent.SELF_HARM_RISK)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "车过户给我哥了，下个月开始他来还车贷"),
        ("zh_Hans", "我留了封信给快递员，让他放门口"),
        ("zh_Hans", "以后这笔账交给我老婆管了"),
    ],
)
def test_their_look_alikes_are_no_warning_sign_v113(language: str, text: str) -> None:
    assert_not_said_by(text, language, "_v113")


@pytest.mark.parametrize(
    "text",
    [
        "I've got a solicitor now. Speak to her instead.",
        "My attorney has this. Call him, not me.",
    ],
)
def test_contact_sent_to_the_one_acting_is_an_opt_out_v113(text: str) -> None:
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_contact_sent_on_without_anyone_acting_is_no_opt_out_v113() -> None:
    assert_not_said_by(
        "my brother is the one who borrowed it, talk to him", "en", "beside_a_representative_v113"
    )


def test_all_correspondence_through_a_firm_is_an_opt_out_v113() -> None:
    text = "My solicitors act for me. All future correspondence should go through Baker Law please"
    assert_kept_beside(text, "en", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v113")


def test_the_creditor_told_it_may_not_chase_is_an_opt_out_v113() -> None:
    text = "我已经申请个人破产，你们不能再催"
    assert_kept_beside(text, "zh_Hans", Intent.BANKRUPTCY, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I could kill myself lol, just saw I paid the wrong account. can you check?"),
        ("en", "giving my old telly away and selling the rest, will send 40 on friday"),
        ("zh_Hans", "我死了😂 又把还款日记错了，今晚补"),
    ],
)
def test_figures_of_speech_keep_a_warning_sign_out_v113(language: str, text: str) -> None:
    reading = read_as_figure_of_speech(text, language, "_v113")
    assert Intent.SELF_HARM_RISK not in reading.signals, reading


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I could kill myself. I mean it this time"),
        ("en", "giving my things away, won't need them"),
        ("zh_Hans", "我死了你们就满意了"),
    ],
)
def test_warning_signs_beside_the_figures_stay_v113(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals, text
