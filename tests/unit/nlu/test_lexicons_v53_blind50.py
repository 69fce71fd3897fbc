"""Lexicons v53, blind50's other misses (time, holidays and travel), in other words than
blind50's: figures of speech laughed off (想死的心都有了哈哈, a 跳楼价, shopping "to bankruptcy",
"gonna be bankrupt lol"), thanks for a move granted, season's greetings and a hello back from a
holiday, a debt to be settled (把这个结了), arson threatened and 弄死你们 (abuse), and a clause
opened by 不过 ("but"), which negates nothing."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_payday,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "加班加到想死的心都有了😂 不过周五照样还", Intent.SELF_HARM_RISK),
        ("zh_Hant", "今日啲嘢跳樓價，買咗好多", Intent.SELF_HARM_RISK),
        ("zh_Hans", "618买买买买到破产了，下个月再说吧", Intent.BANKRUPTCY),
        ("en", "gonna be bankrupt by January lmao, anyway 50 on friday", Intent.BANKRUPTCY),
    ],
)
def test_a_figure_of_speech_laughed_off_v53(language: str, text: str, intent: Intent) -> None:
    reading = read_as_figure_of_speech(text, language, "_v53")

    assert intent not in reading.signals


def test_a_wish_to_die_without_a_laugh_is_still_a_warning_sign_v53() -> None:
    assert Intent.SELF_HARM_RISK in read("欠了十几万，想死的心都有了", "zh_Hans").signals


@pytest.mark.parametrize(
    ("language", "text", "intent", "suffix"),
    [
        ("en", "thanks so much for letting me push it to January", Intent.THANKS, "_v33"),
        ("zh_Hans", "多谢你们让我推到下个月", Intent.THANKS, "_v41"),
        ("en", "merry christmas to whoever reads these!", Intent.GREETING, "_v53"),
        ("zh_Hant", "祝你哋新春快樂", Intent.GREETING, "_v53"),
        ("en", "hello, it's Priya, just back from vacation", Intent.GREETING, "_v40"),
        ("zh_Hans", "月底前把剩下的结清", Intent.PROMISE_TO_PAY, "_v53"),
        ("en", "one more letter and I'm gonna torch your branch", Intent.ABUSE, "_v53"),
    ],
)
def test_blind50s_other_misses_in_other_words_v53(
    language: str, text: str, intent: Intent, suffix: str
) -> None:
    assert_read_in_words(text, language, intent, suffix)
    assert read(text, language).intent is intent


def test_a_threat_after_a_relative_called_is_abuse_with_an_opt_out_v53() -> None:
    reading = read("再打给我老妈，我搞死你们", "zh_Hans")

    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals


def test_a_clause_opened_by_but_negates_nothing_v53() -> None:
    assert_payday("这个月没钱，不过年终奖下来就还", "zh_Hans")
