"""Lexicons v24: the non-safety intents and reasons blind20's misses showed (read after blind21 was
committed sealed), in other words than the corpus message, with look-alikes that must keep their
reading."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "ugh this is rough but I'll get it sorted, 200 by friday", Intent.PROMISE_TO_PAY),
        ("en", "I'll pay after payday, that's all I can say", Intent.PROMISE_TO_PAY),
        ("en", "ok we'll take the deal you proposed", Intent.AGREE),
        ("en", "how much would I need to pay to settle this completely?", Intent.ASK_BALANCE),
        ("en", "the transfer cleared yesterday, check again", Intent.ALREADY_PAID),
        ("en", "friday the $300 goes out", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "我妈上个月去世了，她欠的信用卡需要我还吗？", Intent.ASK_QUESTION),
        ("zh_Hans", "每个月都没有余钱", Intent.HARDSHIP),
        ("zh_Hans", "明天不行，周五好不好，周五一定还", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "小心你條命啊", Intent.ABUSE),
        # look-alikes
        ("en", "I'll get it done soon", Intent.PROMISE_TO_PAY),
        ("en", "stop the calls", Intent.OPT_OUT),
    ],
)
def test_families_v24(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "the landlord threw us out, we're couch surfing", HardshipReason.OTHER),
        ("zh_Hans", "收入从一万降到六千", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "生意一落千丈，只好收攤", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hant", "間舖執笠咗", HardshipReason.BUSINESS_FAILURE),
    ],
)
def test_reasons_v24(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I want to talk to a rep", Intent.REQUEST_HUMAN),
        ("en", "stop calling me", Intent.OPT_OUT),
    ],
)
def test_look_alikes_keep_their_reading_v24(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
