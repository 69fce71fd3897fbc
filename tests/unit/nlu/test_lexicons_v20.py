"""Lexicons v20 (begun): the safety families blind16's misses showed (read after blind17 was
committed sealed), with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I just want the texts to stop, that's all", Intent.OPT_OUT),
        ("en", "please cease contacting us directly", Intent.OPT_OUT),
        ("en", "you've texted 6 times today. enough. stop!", Intent.OPT_OUT),
        ("en", "not discussing my finances with some robot", Intent.REQUEST_HUMAN),
        ("zh_Hans", "过了这个月你们也找不到我了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我不叫李明，你们找错人了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "唔該刪咗我個電話號碼", Intent.OPT_OUT),
        ("zh_Hans", "信上写5000，短信又说4800，到底哪个对", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_families_v20(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        ("en", "the bot was helpful, I'll pay 200 friday", Intent.REQUEST_HUMAN),
        ("en", "enough about fees, what's the payoff", Intent.OPT_OUT),
        ("zh_Hans", "过了周五我就搬家了，新地址发给你们", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我是他女儿，他叫张伟，我替他还", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "短信写5000，我这周先还一半", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_v20(language: str, text: str, unwanted: Intent) -> None:
    assert unwanted not in read(text, language).signals


def test_not_refusing_is_no_wrong_name_v20() -> None:
    assert Intent.DISPUTE_NOT_MINE not in read("我不是不还，是真的还不起", "zh_Hans").signals
