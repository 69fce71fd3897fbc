"""Lexicons v61: the conventions settled in session 29 (``tests/nlu_corpus/README.md``,
"Labelling conventions") — a debt adviser acting for the debtor is representation, with the
contact sent to them an opt-out beside it, and a Debt Relief Order by its initials is
bankruptcy, which ranks above."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I've been working with a debt advisor since October, email them not me"),
        ("en", "Citizens Advice is handling this now, contact them from now on"),
        ("en", "citizens advice is handling my case, only deal with them"),  # v31's opt-out
        ("en", "write to my debt counsellor instead"),  # v31's opt-out
        ("en", "only deal with my debt counsellor from now on"),
        ("zh_Hans", "我的债务顾问会跟你们谈，以后别直接找我"),
        ("zh_Hans", "已经委托了债务调解中心，之后请联系他们"),
        ("zh_Hant", "我個債務顧問會同你哋傾，唔該之後搵佢"),
    ],
)
def test_a_debt_adviser_acting_is_representation_with_the_opt_out_beside_it_v61(
    language: str, text: str
) -> None:
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)
    assert_read_in_words(text, language, Intent.LEGAL_REPRESENTATION)


@pytest.mark.parametrize(
    "text",
    [
        "is a debt advisor worth it or should I just pay you?",
        "债务咨询中心是干什么的？靠谱吗",
    ],
)
def test_an_adviser_asked_about_is_no_representation_v61(text: str) -> None:
    language = "en" if text.isascii() else "zh_Hans"
    assert Intent.LEGAL_REPRESENTATION not in read(text, language).signals


def test_a_debt_relief_order_by_its_initials_is_bankruptcy_v61() -> None:
    reading = read("my debt advisor is sorting my DRO, it goes in next week", "en")

    assert reading.intent is Intent.BANKRUPTCY
    assert Intent.LEGAL_REPRESENTATION in reading.signals
