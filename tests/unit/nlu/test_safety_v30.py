"""Lexicons v30: the safety families blind26's misses showed — farewells in Chinese that name no
harm, pinyin, a social worker — in other words than the corpus messages, with look-alikes that
must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "多谢你们一直以来的照顾，以后都不会再打扰你们了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "放心，之後都唔會再有人煩你哋", Intent.SELF_HARM_RISK),
        ("zh_Hans", "别催了，很快就不用再催了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "這筆錢還不起，只能用命還了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "以后寄来的信就没有收件人了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "以後有人接這個電話的話，應該是我妹妹", Intent.SELF_HARM_RISK),
        ("zh_Hans", "以后请直接联系我的债务顾问", Intent.OPT_OUT),
        ("zh_Hans", "bie zai da le hao ma", Intent.OPT_OUT),
        ("zh_Hans", "zhuan rengong", Intent.REQUEST_HUMAN),
        ("zh_Hans", "别去找我家人要钱", Intent.OPT_OUT),
    ],
)
def test_safety_families_v30(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "谢谢你们，我已经找到工作了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "很快就还清了，不用担心", Intent.SELF_HARM_RISK),
        ("zh_Hant", "今日有人接我電話，係我家姐", Intent.SELF_HARM_RISK),
    ],
)
def test_look_alikes_v30(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_a_promise_between_the_thanks_and_the_farewell_keeps_its_cue() -> None:
    # the farewell's match is the thanks alone (the rest is a look-ahead), so it hides nothing
    reading = read("谢谢，我下周全部还清，以后不会再麻烦你们了")

    assert Intent.PROMISE_TO_PAY in reading.signals
    assert Intent.SELF_HARM_RISK in reading.signals
