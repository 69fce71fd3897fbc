"""Lexicons v57, fitted on blind54 (a second representative month, no theme) after its one run,
in other words than blind54's: its ten safety misses as families (harm to come blamed on the
collector, contact refused in a clause of its own beside a farewell, "keep calling and see what
happens" and 再打来我就…泼漆 beside their threats, the case escalated, an actual adviser asked for,
a debt adviser acting, the sum agreed or owed against the one asked); then the rest (money
awaited — an invoice, an insurance payout, wages owed, 花红 —, 补上, someone else's debt sent back
to them, the balance looked up, another's names for the collector told)."""

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
        ("zh_Hans", "我要是有个三长两短，都是你们害的", Intent.SELF_HARM_RISK),
        ("zh_Hant", "不用再找我了，明天之後就沒有我這個人", Intent.OPT_OUT),
        ("en", "we need this escalated, nobody reads my emails", Intent.REQUEST_HUMAN),
        ("en", "is there a real adviser I can speak to about a plan?", Intent.REQUEST_HUMAN),
        (
            "en",
            "StepChange are helping me with my debts and will be in touch",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "that isn't the figure we agreed on the phone", Intent.DISPUTE_AMOUNT),
        ("en", "I owe some of it, sure, but not 3k. it was 1200 max", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "她欠的钱你们去找她，跟我没关系", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "帮我查下目前的剩余金额", Intent.ASK_BALANCE),
    ],
)
def test_blind54s_misses_in_other_words_v57(language: str, text: str, intent: Intent) -> None:
    assert_read_in_words(text, language, intent, "_v57")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "keep texting me and see what happens. I know where you park"),
        ("zh_Hans", "再打来我就去你们公司泼油漆"),
    ],
)
def test_a_threat_on_condition_of_contact_carries_the_opt_out_v57(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals


def test_a_payment_after_the_last_instalment_is_no_contact_refused_v57() -> None:
    reading = read("最后一期还完，你们就不用再找我了", "zh_Hans")

    assert not any(c.rule.endswith("no_need_to_look_for_me_v57") for c in reading.cues)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll clear it once my client pays my invoice"),
        ("en", "the rest when they finally pay me, they owe me two months"),
        ("en", "can settle in full when the insurance payout comes through"),
        ("zh_Hant", "花紅一到就還晒"),
    ],
)
def test_money_awaited_is_a_payday_v57(language: str, text: str) -> None:
    assert_payday(text, language)


def test_a_missed_payment_made_up_on_a_day_is_a_promise_v57() -> None:
    assert read("这个月的我下周二补上", "zh_Hans").intent is Intent.PROMISE_TO_PAY


def test_anothers_names_for_the_collector_are_told_v57() -> None:
    reading = read_as_figure_of_speech(
        "my mum calls you people vultures, but here's 60", "en", "_v57"
    )

    assert Intent.ABUSE not in reading.signals
