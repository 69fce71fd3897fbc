"""Lexicons v78, fitted on blind68 after its one run, in other words than blind68's: its warning
signs and requests for a person (standing by the river not knowing what to do, "if something
happens to me" in Chinese, "anyone real there", someone who understands) — the rest of its
safety misses are left for the next session — with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我一个人坐在河边，不知道该怎么办了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我而家企喺海邊，唔知點算", Intent.SELF_HARM_RISK),
        ("zh_Hans", "万一我有个三长两短，这笔债会落到我老婆身上吗", Intent.SELF_HARM_RISK),
        ("en", "is there anyone real on the other end of this", Intent.REQUEST_HUMAN),
        ("en", "I need somebody who understands shift work, not a script", Intent.REQUEST_HUMAN),
    ],
)
def test_blind68s_warning_signs_and_requests_in_other_words_v78(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我在江边散步，不知道怎么办才好，工资还没发"),
        ("zh_Hans", "如果我出差的话，能不能晚几天还"),
    ],
)
def test_a_walk_by_the_river_and_a_trip_are_no_warning_signs_v78(language: str, text: str) -> None:
    assert not lexicon_said(text, language, Intent.SELF_HARM_RISK), text
