"""Lexicons v21: the safety families blind17's misses showed (read after blind18 was committed
sealed), with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "been standing on the balcony for an hour thinking about it", Intent.SELF_HARM_RISK),
        ("en", "sat on the roof last night looking down for ages", Intent.SELF_HARM_RISK),
        ("en", "I updated the beneficiary on my life insurance yesterday", Intent.SELF_HARM_RISK),
        ("en", "im not gonna be a problem for you much longer", Intent.SELF_HARM_RISK),
        ("en", "won't be anyone's burden after this week", Intent.SELF_HARM_RISK),
        ("zh_Hans", "站在天台上想了很久", Intent.SELF_HARM_RISK),
        ("zh_Hant", "保單受益人已經改咗做我個女，你哋等多排就收到錢", Intent.SELF_HARM_RISK),
        ("en", "I'll pay on the 30th but stop the daily reminders", Intent.OPT_OUT),
        ("en", "no more reminders please, I know what I owe", Intent.OPT_OUT),
        ("en", "the amount's wrong and I want a supervisor to look at it", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "帳單多了一筆違約金，你們到底怎麼算的", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "账单上多了一笔150元的会员费", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_families_v21(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        ("en", "sitting on the balcony thinking about the budget", Intent.SELF_HARM_RISK),
        ("en", "who is the beneficiary on this account?", Intent.SELF_HARM_RISK),
        ("zh_Hans", "受益人是谁？", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我在阳台上晒衣服", Intent.SELF_HARM_RISK),
        ("en", "thanks for the reminder, I'll pay friday", Intent.OPT_OUT),
        ("en", "won't be a problem, I'll pay friday", Intent.SELF_HARM_RISK),
        ("zh_Hans", "账单我看了，没问题，下周还", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_v21(language: str, text: str, unwanted: Intent) -> None:
    assert unwanted not in read(text, language).signals
