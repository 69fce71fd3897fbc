"""Lexicons v50, fitted on blind47 (jobs and wages, begun), in other words than blind47's: a
bonus, severance, 双薪 or 年终奖 coming in is a payday (blind47's author's call, and the corpus
convention for money awaited); a stop someone else asked of their own creditors, "not you" before
an emoji, "a lawyer's nightmare", "bankrupt? me? nah", a boss forever saying the firm will go
bust, a rival's bankruptcy, a colleague's lawyer, "stop gaming" and a friend's complaint are
figures of speech; a year-end bonus is no year-end day; the sack, a contract ended, hours,
shifts and pay cut, a strike, wages late and a shop of one's own closed are read as their reasons;
a smaller instalment or a pause asked is a counter-offer."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import HardshipReason, Intent
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


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "got the sack on friday, can't pay this week", HardshipReason.UNEMPLOYMENT),
        (
            "en",
            "my contract finished in october and I'm on jobseeker's allowance",
            HardshipReason.UNEMPLOYMENT,
        ),
        ("zh_Hans", "上个月被优化了，现在还在找工作", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "试用期没过，工作没了，还不上", HardshipReason.UNEMPLOYMENT),
        (
            "en",
            "I'm on a zero hours contract and it's quiet, can't pay the full amount",
            HardshipReason.INCOME_REDUCED,
        ),
        ("en", "we've been on strike three weeks, can't pay", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "公司要我哋輪休，一個月得返一半人工", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "这个月绩效被扣了，只能先还一点", HardshipReason.INCOME_REDUCED),
        (
            "en",
            "payroll didn't go through this week, can I pay monday",
            HardshipReason.SALARY_DELAYED,
        ),
        ("zh_Hant", "公司積欠我三個月薪水，真的付不出來", HardshipReason.SALARY_DELAYED),
        ("zh_Hans", "我自己开的奶茶店做不下去了，现在没钱", HardshipReason.BUSINESS_FAILURE),
        (
            "en",
            "my catering firm lost its biggest client in june, I'm broke",
            HardshipReason.BUSINESS_FAILURE,
        ),
    ],
)
def test_work_and_wages_are_read_as_their_reasons_v50(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    "text",
    [
        "lost my job last week. can we talk about a lower monthly amount?",
        "laid off in october, any chance of pausing my payments?",
    ],
)
def test_a_smaller_instalment_or_a_pause_asked_is_a_counter_offer_v50(text: str) -> None:
    assert read(text, "en").intent is Intent.COUNTER_OFFER


def test_a_p45_is_a_leavers_form_not_a_sum_v50() -> None:
    reading = read("they gave me my P45 on friday, can I pay less for a while", "en")
    assert reading.amount is None
    assert reading.reason is HardshipReason.UNEMPLOYMENT
