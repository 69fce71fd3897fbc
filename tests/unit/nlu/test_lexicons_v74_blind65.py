"""Lexicons v74, fitted on blind65 (a thirteenth representative month, no theme, asked for
understated wordings) after its one run, in other words than blind65's: the fifteen safety misses
v73 left, as families — a death made to look like an accident for the insurance, the days to come
not faced, not being here long, a threat's condition put with "if" or a regret promised, a
relative's calls rebuked, contact verbs with the g dropped, the bot refused, the person from last
time asked for, a debt named as a relative's, never having been to the branch, goods never ordered,
charges called illegal and the principal alone offered, and an agency "doing" the negotiation —
with the look-alikes that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_day,
    assert_kept_beside,
    assert_payday,
    assert_read_in_words,
    lexicon_said,
    read,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a death made to look like an accident, the policy's first year waited out
        (
            "en",
            "as long as it looks like an accident the kids get the money",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "my policy pays out on anything once it's past the first year",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "把它弄成意外，保险就赔给我老婆孩子", Intent.SELF_HARM_RISK),
        ("zh_Hans", "保险买够两年之后什么都赔，到时就够还了", Intent.SELF_HARM_RISK),
        # the days to come not faced, not being here long, not knowing why to get up
        ("en", "I can't survive another winter like this", Intent.SELF_HARM_RISK),
        ("en", "I don't know why I bother waking up", Intent.SELF_HARM_RISK),
        ("en", "I've decided it won't get that far", Intent.SELF_HARM_RISK),
        ("en", "whatever, I won't be here long anyway", Intent.SELF_HARM_RISK),
        ("zh_Hans", "反正我也不会在这里太久了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "真不知道为什么还要醒来", Intent.SELF_HARM_RISK),
        # a threat's condition
        ("en", "if I get one more text from you I'll find you", Intent.OPT_OUT),
        ("en", "If you call my mum one more time you'll regret it", Intent.OPT_OUT),
        ("zh_Hans", "你再威胁我老婆，你会后悔的", Intent.OPT_OUT),
        ("zh_Hant", "再打嚟你會後悔", Intent.OPT_OUT),
        # a relative's calls rebuked
        ("en", "what are you calling my 80 year old grandad for?!", Intent.OPT_OUT),
        ("zh_Hans", "你们打我妈电话干嘛！她七十多了", Intent.OPT_OUT),
        # the bot refused, the person from last time asked for
        ("zh_Hans", "别再让机器人回复我了", Intent.REQUEST_HUMAN),
        ("zh_Hant", "我想搵返上次嗰個靚女，佢知我情況", Intent.REQUEST_HUMAN),
        # the debt a relative's, a number taken over, the branch never visited, goods never ordered
        ("zh_Hant", "呢筆係我老公嘅數，唔關我事", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "这是我爸的账，他去年走了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "其实只是在用前任机主的号码", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我这辈子都没去过那家分店", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "说我在朝阳那个营业厅办的卡，我从来没进过那个门", Intent.DISPUTE_NOT_MINE),
        ("en", "I never ordered anything from that website", Intent.DISPUTE_NOT_MINE),
        # charges called illegal, the principal alone
        ("en", "the late fees aren't even legal", Intent.DISPUTE_AMOUNT),
        ("en", "I'll only pay back what I borrowed, not your interest", Intent.DISPUTE_AMOUNT),
    ],
)
def test_blind65s_safety_misses_in_other_words_v74(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize("text", ["can u stop callin my mum", "stop ringin my work pls"])
def test_a_contact_verb_with_its_g_dropped_is_still_a_stop_v74(text: str) -> None:
    assert_read_in_words(text, "en", Intent.OPT_OUT)


def test_an_agency_doing_the_negotiation_is_representation_with_the_contact_sent_v74() -> None:
    assert_kept_beside(
        "我已经找了债务咨询机构帮我做协商，后续请联系他们",
        "zh_Hans",
        Intent.LEGAL_REPRESENTATION,
        Intent.OPT_OUT,
    )


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a crash that looked like one, an accident paid for by the insurance
        ("en", "the crash looked like an accident but the other driver was drunk", None),
        ("en", "had an accident at work so the insurance pays out next week", None),
        # a payment too high, a decision about the plan, a move
        ("en", "I can't do another month like this, can we lower it?", None),
        ("en", "I've decided. I'll take the 6 month plan", None),
        ("zh_Hans", "我不会在这里很久，下个月就搬回老家", None),
        # interest still owed, not a reason to live
        ("zh_Hans", "不知道为什么还要交这么多罚息", None),
        # someone else's threat reported
        ("en", "my brother said if you call again he'll come down there", None),
        # a question why the office was called, with its question mark, stays a question
        ("zh_Hans", "你们为什么打电话到我单位？", Intent.ASK_QUESTION),
        # thought to be the wife's, found to be one's own
        (
            "zh_Hans",
            "一开始以为是我老婆的账，查了一下确实是我的。28号还两千二",
            Intent.PROMISE_TO_PAY,
        ),
        # a country never visited names no branch of the creditor's
        ("zh_Hans", "我这辈子都没去过日本", None),
    ],
)
def test_look_alikes_stay_as_they_were_v74(language: str, text: str, intent: Intent | None) -> None:
    safety = {
        Intent.SELF_HARM_RISK,
        Intent.OPT_OUT,
        Intent.DISPUTE_NOT_MINE,
        Intent.REQUEST_HUMAN,
    }
    for said in safety:
        assert not lexicon_said(text, language, said), (text, said)
    if intent is not None:
        assert read(text, language).intent is intent, text


@pytest.mark.parametrize("text", ["过咗一年都未还清", "到时就够还了", "下个月工资到了就能还了"])
def test_time_passed_and_money_enough_are_no_payment_v74(text: str) -> None:
    # 过咗 before a span of time is no payment; 够还了, 能还了 are enough to pay, not paid
    assert Intent.ALREADY_PAID not in read(text, "zh_Hans").signals, text


def test_paid_and_time_passed_are_still_told_apart_v74() -> None:
    assert Intent.ALREADY_PAID in read("我上个月过咗三千", "zh_Hans").signals
    assert Intent.ALREADY_PAID in read("我昨天就还了", "zh_Hans").signals


# ---- blind65's days, in other words ----


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # 可以/所以 before 下礼拜: the 下 is next week's, not 以下's
        ("zh_Hant", "五千我可以下禮拜三拿出來", date(2026, 11, 25)),
        ("zh_Hans", "可以下周五再还吗", date(2026, 11, 27)),
        # the end and the start of last month, for a payment made then
        ("zh_Hans", "上个月底已经还清了", date(2026, 10, 31)),
        ("zh_Hant", "上個月尾已經找清晒", date(2026, 10, 31)),
        ("zh_Hans", "上个月初就转过去了", date(2026, 10, 1)),
    ],
)
def test_next_week_after_keyi_and_the_ends_of_last_month_v74(
    language: str, text: str, day: date
) -> None:
    assert_day(text, language, day)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "on ESA at the moment, I'll send £15 once my payment comes in"),
        ("en", "starting the new job monday, 150 a month from my first pay packet"),
        ("en", "the invoice should clear soon and I'll pay you then"),
        ("zh_Hans", "公司拖了三个月工资，一发下来我就转给你们"),
        ("zh_Hant", "我哋喺度打緊勞動仲裁，仲裁結果下來就還"),
    ],
)
def test_money_awaited_is_a_payday_v74(language: str, text: str) -> None:
    assert_payday(text, language)


def test_ordinary_below_is_still_no_date_v74() -> None:
    assert read("以下是我的还款计划", "zh_Hans").date is None


@pytest.mark.parametrize(
    "text", ["我没想过要自杀，但是活着真的太累了，想解脱", "好想解脱", "活得好累，每天都是煎熬"]
)
def test_release_wanted_is_read_in_words_beside_a_denial_v74(text: str) -> None:
    # a suppressed denial blocks the models for the whole message, so the words must read it
    assert_read_in_words(text, "zh_Hans", Intent.SELF_HARM_RISK)


def test_release_from_the_debt_is_no_warning_sign_in_words_v74() -> None:
    assert not lexicon_said(
        "我想解脱出来，重新开始，你们给我个方案", "zh_Hans", Intent.SELF_HARM_RISK
    )


def test_regret_promised_is_the_abuse_with_the_contact_forbidden_beside_it_v74() -> None:
    assert_kept_beside("你再威胁我老婆，我保证你会后悔", "zh_Hans", Intent.ABUSE, Intent.OPT_OUT)
    assert Intent.ABUSE not in read("你会后悔借钱给我吗", "zh_Hans").signals
