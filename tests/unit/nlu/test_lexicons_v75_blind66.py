"""Lexicons v75, fitted on blind66 (a fourteenth representative month, no theme, asked for
understated wordings) after its one run, in other words than blind66's: its eleven safety misses
as families — an advice service doing the work, contact sent to a relative who handles the money,
a complaint promised if contacted again, "give it a rest", a threat dared with 试试, Taiwanese
母湯再打, a statement not reduced after a payment, the way that hurts least looked up, a foolish
thing one might do, a relative's debt not the speaker's turn to pay — and its days, sums and
promises, with the look-alikes that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_payday,
    assert_read_in_words,
    lexicon_said,
    read,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "StepChange are drawing up a plan for me at the moment",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hans", "我在债务辅导中心登记了，她们会帮我统一谈", Intent.LEGAL_REPRESENTATION),
        (
            "en",
            "please deal with my daughter from now on, she has power over my accounts",
            Intent.OPT_OUT,
        ),
        ("en", "if you ring my mum again I'm complaining to the FCA", Intent.OPT_OUT),
        ("en", "oh give it a rest, third text today", Intent.OPT_OUT),
        ("zh_Hans", "你再敢找我老婆试试，看我怎么收拾你", Intent.OPT_OUT),
        ("zh_Hant", "免再傳訊息了，我會自己處理", Intent.OPT_OUT),
        ("zh_Hant", "已經過咗數兩千，點解月結單仲冇減？", Intent.DISPUTE_AMOUNT),
        ("en", "been reading up on the least painful way", Intent.SELF_HARM_RISK),
        ("zh_Hans", "研究紧边种方法唔会痛", Intent.SELF_HARM_RISK),
        ("zh_Hans", "再这样逼我，我不知道会干出什么傻事", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我爷爷走了，他的债怎么也轮不到我来还吧", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_blind66s_safety_misses_in_other_words_v75(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a payment method asked about, a foolish thing denied, a turn in a schedule
        ("zh_Hans", "哪种还款方式利息最少", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我不会做傻事的，放心", Intent.SELF_HARM_RISK),
        ("zh_Hans", "下个月就轮到我还了", Intent.DISPUTE_NOT_MINE),
        # a relative named with no contact sent to them
        ("en", "my son is studying law, from now on I'll handle it myself", Intent.OPT_OUT),
    ],
)
def test_look_alikes_stay_as_they_were_v75(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


def test_a_wait_asked_with_only_the_day_is_an_offer_dated_v75() -> None:
    reading = read("可以让我拖到下礼拜吗", "zh_Hans")
    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 23)


def test_the_forgotten_payment_done_tonight_is_a_promise_for_today_v75() -> None:
    reading = read("ugh forgot it was due, sorting it tonight", "en")
    assert Intent.PROMISE_TO_PAY in reading.signals
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the site's wages are late again, can't do a thing until they pay me"),
        ("en", "waiting on the redundancy money, once that comes through I'll settle"),
        ("en", "I'll pay you once the invoice for that job gets paid"),
        ("en", "salary milte hi pay kar dunga bro"),
        ("zh_Hans", "公积金取出来我就一次性还清"),
        ("zh_Hans", "住院的钱报销到账了就还"),
        ("zh_Hant", "強積金一批咗就還"),
        ("zh_Hant", "失業金下來就還五千"),
    ],
)
def test_money_awaited_is_a_payday_v75(language: str, text: str) -> None:
    assert_payday(text, language)
