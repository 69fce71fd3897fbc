"""Lexicons v94, fitted on blind80's eleven safety misses after its one run, in other words than
blind80's: someone reported on, not to be called again (and, in Chinese, not to be pressed); an
address never lived at; an adviser putting a Debt Relief Order or an IVA through; the debtor at a
place known for suicides; a figure asked back in Nigerian Pidgin and in Singapore English;
"kindly liaise through him only"; someone from a team asked to give a ring; 不是我 said again; two
things of value transferred together to a relative; a sheet of paper left by someone gone all night. Also kept out: goodbyes said at an airport or
to an old car, and a rooftop in daily life (laundry, a café, a room built on it), which blind80's
first run read as warning signs; with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "My dad's the borrower. He's been talking about ending it. Please speak with me only and never call him again",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "na 20k i collect, where una see 60k? dis interest no make sense",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "could you have someone in your collections department give me a ring this afternoon",
            Intent.REQUEST_HUMAN,
        ),
        ("en", "how can the balance be 5k one, I paid already", Intent.DISPUTE_AMOUNT),
        ("en", "I have honestly never lived there, check your records", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "My caseworker at the council is putting through a DRO for me",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "sat in the car at Beachy Head again tonight", Intent.SELF_HARM_RISK),
        ("en", "An advocate now acts for me. Kindly liaise through him only.", Intent.OPT_OUT),
        ("en", "Outstanding sure cannot be 8k lah", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "都讲了多少次了，不是我！", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "求你们别再逼我妈了，她身体不好", Intent.OPT_OUT),
        ("zh_Hans", "摩托车和积蓄都过户给我妹了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我女儿成晚没回家，桌上留了张纸", Intent.SELF_HARM_RISK),
    ],
)
def test_blind80s_safety_misses_in_other_words_v94(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I can not contact him directly, he blocked me", Intent.OPT_OUT),
        ("en", "cheers for not calling my sister again, honestly means a lot", Intent.OPT_OUT),
        ("zh_Hans", "我成晚没回家，桌上留了张纸巾", Intent.SELF_HARM_RISK),
        (
            "en",
            "We went to Beachy Head for a walk last summer and I lost my purse there",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "我说了不是我的问题，是系统扣款失败", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "有什么事打给我", Intent.OPT_OUT),
        ("zh_Hans", "车和房子都过户给我哥抵债了，剩下的我慢慢还", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_stay_as_they_were_v94(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Just said goodbye to the kids at the airport, they're back to uni, so I've finally got some headspace for this. What's left on the account?",
        ),
        (
            "en",
            "Had to say goodbye to the old car, engine's gone and I need it for work. Can't pay this month, sorry.",
        ),
        ("zh_Hans", "在天台晾衣服没听到电话，刚看到，周五还"),
        ("zh_Hant", "我喺天台嗰間cafe返工，收工先覆你，聽日過三千蚊"),
        ("zh_Hant", "我在頂樓加蓋的房間收訊很差，所以沒接到，明天去超商繳"),
    ],
)
def test_blind80s_false_warning_signs_are_read_as_ordinary_v94(language: str, text: str) -> None:
    # blind80's first run read each as a warning sign: a goodbye said to children at an airport (a
    # farewell's words), to an old car (the n-gram model), a rooftop in daily life (天台, 頂樓)
    assert Intent.SELF_HARM_RISK not in read(text, language).signals
