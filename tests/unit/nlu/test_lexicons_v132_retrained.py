"""Lexicons v132, with the models retrained on blind103 to blind106: the four safety labels the
retrained models no longer read are read in words (a township legal-service office acting, "not me"
said alone, charges refused for a frozen time, the North's "nowt to do with me"); two denied
warning signs the retrained n-gram model read alone as warning signs, a question whether not paying
drags the family in and the writer's errand to their own door are figures of speech; each with its
look-alikes."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        (
            "镇上法律服务所的人在帮我弄这个事，他们说让你们以后跟他们联系",
            "zh_Hans",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("村裡的法律服務站正在幫我處理這筆債", "zh_Hant", Intent.LEGAL_REPRESENTATION),
        ("不是我 别发了", "zh_Hans", Intent.DISPUTE_NOT_MINE),
        ("不是我。你們打錯了", "zh_Hant", Intent.DISPUTE_NOT_MINE),
        (
            "dont charge me for the months i was on the hardship freeze, that was agreed with your "
            "colleague",
            "en",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "You can't charge me interest for the time I was in hospital.",
            "en",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "nowt to do with me pet, that's me ex's phone contract, he took it out in his own name",
            "en",
            Intent.DISPUTE_NOT_MINE,
        ),
    ],
)
def test_what_the_retrained_models_lost_is_read_in_words_v132(
    text: str, lang: str, intent: Intent
) -> None:
    assert_read_in_words(text, lang, intent, "_v132")


def test_the_legal_service_office_keeps_the_opt_out_beside_it_v132() -> None:
    assert_kept_beside(
        "镇上法律服务所的人在帮我弄这个事，他们说让你们以后跟他们联系",
        "zh_Hans",
        Intent.LEGAL_REPRESENTATION,
        Intent.OPT_OUT,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("不是我不想还，是真的没钱了", "zh_Hans"),
        ("不是我说你们，这利息也太高了吧", "zh_Hans"),
        ("法律服务所在哪里？我想去问问", "zh_Hans"),
        ("don't charge me for the late fee and I'll pay the rest friday", "en"),
        ("please don't charge me twice for this month", "en"),
    ],
)
def test_look_alikes_are_not_read_so_v132(text: str, lang: str) -> None:
    assert_not_said_by(text, lang, "_v132")


@pytest.mark.parametrize(
    "text",
    [
        "Och don't worry, I'm no going to do anything daft, I'm just scunnered wi it all. Gie me "
        "till the end of the month and I'll clear it",
        "First, I'm fine, I'm not in any danger. What I said about 'wanting to disappear' — I meant "
        "move to the countryside, honestly, bad choice of words. I can pay 100 on the 7th.",
    ],
)
def test_a_denied_warning_sign_is_a_figure_of_speech_v132(text: str) -> None:
    reading = read_as_figure_of_speech(text, "en", "_v132")
    assert Intent.SELF_HARM_RISK not in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to do anything daft tonight, I'm going to kill myself",
        "bad choice of words maybe but I really do want to die",
    ],
)
def test_a_warning_sign_beside_the_denials_is_still_read_v132(text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, "en").signals


def test_not_paying_asked_to_drag_in_the_family_is_a_question_not_a_warning_sign_v132() -> None:
    reading = read_as_figure_of_speech("還唔到會唔會連累屋企人", "zh_Hant", "_v132")
    assert Intent.SELF_HARM_RISK not in reading.signals
    assert reading.intent is Intent.ASK_QUESTION


def test_a_warning_sign_after_the_family_question_is_read_for_itself_v132() -> None:
    reading = read("还不上会不会连累我爸妈，我死了是不是就不用还了", "zh_Hans")
    assert lexicon_said(
        "还不上会不会连累我爸妈，我死了是不是就不用还了", "zh_Hans", Intent.SELF_HARM_RISK
    )
    assert reading.intent is Intent.SELF_HARM_RISK
    assert Intent.ASK_QUESTION in reading.signals


def test_the_writers_errand_to_their_own_door_is_no_threat_v132() -> None:
    reading = read_as_figure_of_speech("我再上我家门口看看有没有信", "zh_Hans", "_v132")
    assert Intent.ABUSE not in reading.signals
    assert_kept_beside("再敢上我家门口，我腿给你打折了", "zh_Hans", Intent.ABUSE, Intent.OPT_OUT)
