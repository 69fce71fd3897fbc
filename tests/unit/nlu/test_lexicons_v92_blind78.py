"""Lexicons v92, fitted on blind78's fourteen safety misses after its one run, in other words than
blind78's: papers set out for a relative (the English `papers` slot) and no trouble to anyone
after a day; correspondence about the account addressed elsewhere with words between; a common
name, a debt from a town never lived in asked back; an adviser to "go through"; "keep it up with
the messages"; the wrong person told not to be taken (唔好搞錯人), a name one character off;
collection forbidden during a court's proceedings; a number that may never answer again; more
owed than was borrowed; an estate listed, a vehicle and a savings book handed to relatives; "you
go and find the trustee"; the office known and "don't blame me then"; with the look-alikes that
must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "I've left the deeds and all my passwords in a folder for my son",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I won't be bothering anyone after tonight", Intent.SELF_HARM_RISK),
        (
            "en",
            "All future letters about the loan must be sent to my accountants, Okoro & Co",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "there are loads of people with that name in Lagos, it isn't me",
            Intent.DISPUTE_NOT_MINE,
        ),
        (
            "en",
            "Why would I owe a phone shop in Perth when I have never been to Australia?",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("en", "keep it up with the calls and see what happens", Intent.OPT_OUT),
        ("zh_Hant", "我嘅名同你哋寫嗰個差咗一個字", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "重整期间你们不得再私下催收", Intent.OPT_OUT),
        ("zh_Hans", "要是哪天我电话打不通了，别找了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "还了两年，怎么欠款比我当初借的还多", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "遺產點分已經寫好咗", Intent.SELF_HARM_RISK),
        ("zh_Hans", "车过户给我哥了，银行卡也交给我妈了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "破產咗，有咩你哋去搵受託人", Intent.OPT_OUT),
        ("zh_Hans", "再打给我同事，我知道你们公司在哪，到时别怪我", Intent.OPT_OUT),
        ("en", "kindly go through my caseworker at the council", Intent.OPT_OUT),
        ("zh_Hans", "别搞错人啊大哥", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_blind78s_safety_misses_in_other_words_v92(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I've put the car keys on the table for my son, he's driving today", Intent.OPT_OUT),
        (
            "en",
            "I won't be bothering you with calls after Friday, the plan's sorted",
            Intent.OPT_OUT,
        ),
        ("en", "there are loads of us who fell behind this year", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我爸的遗产已经分好了，我拿到钱就还你们", Intent.OPT_OUT),
        ("zh_Hans", "你们去找律师也没用", Intent.OPT_OUT),
        ("zh_Hans", "欠款比上个月多了一点", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_their_look_alikes_stay_as_they_were_v92(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
