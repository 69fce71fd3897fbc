"""Lexicons v50, fitted on blind47 (jobs and wages, begun), in other words than blind47's: a
bonus, severance, 双薪 or 年终奖 coming in is a payday (blind47's author's call, and the corpus
convention for money awaited); a stop someone else asked of their own creditors, "not you" before
an emoji, "a lawyer's nightmare", "bankrupt? me? nah", a boss forever saying the firm will go
bust, a rival's bankruptcy, a colleague's lawyer, "stop gaming" and a friend's complaint are
figures of speech; a year-end bonus is no year-end day."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_payday, read, read_as_figure_of_speech


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll clear it when the redundancy pay comes through"),
        ("en", "can it wait till my commission comes in? then I'll pay"),
        ("zh_Hans", "等年终奖到账了我就还"),
        ("zh_Hant", "年終入帳就一次繳清"),
        ("zh_Hans", "遣散费下来马上还你们"),
    ],
)
def test_a_bonus_or_severance_coming_in_is_a_payday_v50(language: str, text: str) -> None:
    assert_payday(text, language)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "my neighbour asked her bank to stop calling her and it worked, anyway whats my balance",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "that manager is an accountant's dream and a lawyer's nightmare",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "bankrupt?? me? lol no, just a slow month", Intent.BANKRUPTCY),
        ("zh_Hans", "我们领导成天说公司快倒闭了，工资还是照发", Intent.BANKRUPTCY),
        ("zh_Hant", "破產的是我前公司啦，我而家份工好穩定", Intent.BANKRUPTCY),
        ("zh_Hans", "我舍友找了个律师告房东，跟我这笔没关系", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "阿媽叫我唔好再通宵，好啦我下個月還", Intent.OPT_OUT),
        ("zh_Hans", "我同事说他要投诉他们公司，我这边下周还", Intent.REQUEST_HUMAN),
    ],
)
def test_their_look_alikes_are_figures_of_speech_v50(
    language: str, text: str, intent: Intent
) -> None:
    assert intent not in read_as_figure_of_speech(text, language, "_v50").signals


def test_a_stop_said_to_someone_else_is_no_opt_out_before_an_emoji_v50() -> None:
    # said_to_someone_not_you_v49 widened: "not you" followed by an emoji
    text = "'leave me alone' was for my landlord, not you 🙃 how much is left?"
    reading = read_as_figure_of_speech(text, "en", "said_to_someone_not_you_v49")
    assert Intent.OPT_OUT not in reading.signals


def test_a_year_end_bonus_is_no_year_end_day_v50() -> None:
    # the spelling makes it an "annual bonus": the day named beside it is the day
    reading = read("I'll pay on 22/12 when the year-end bonus comes in", "en")
    assert reading.date is not None
    assert reading.date.date == date(2026, 12, 22)
