"""A day is reported only where it dates a payment (``resolution.settle_day``).

Every corpus author labels a day only on a payment promised, offered, refused, made or agreed
to; a day in a story, a plan or a warning sign is not the day the dialog may book a payment
for.
"""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "i'm in hospital until next tuesday, no income at all"),
        ("en", "we see the bankruptcy trustee on friday"),
        ("zh_Hans", "下个月我们就去法院申请破产了"),
        ("zh_Hant", "我下個禮拜要入院做手術"),
        ("en", "hi, nice weather today"),
    ],
)
def test_a_day_in_a_story_or_a_plan_is_not_a_payment_day(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.date is None
    assert not reading.has(Intent.PROMISE_TO_PAY)
    assert all(cue.rule != "builtin.date" for cue in reading.cues)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我已经决定了，过了这个周末就彻底解脱，不用再等我还钱"),
        ("en", "by friday none of this will be my problem anymore, i won't be here to pay it"),
    ],
)
def test_a_day_in_a_warning_sign_is_no_promise(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.SELF_HARM_RISK
    assert reading.date is None
    assert not reading.has(Intent.PROMISE_TO_PAY)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "想不开？不至于，下周三把钱转给你们", date(2026, 11, 25)),
        ("en", "ok friday then", date(2026, 11, 20)),
        ("zh_Hant", "下禮拜五吧", date(2026, 11, 27)),
        ("en", "i can do 200 on the 1st and 200 on the 15th", date(2026, 12, 1)),
        ("zh_Hans", "昨天已经转了三千过去了", date(2026, 11, 17)),
    ],
)
def test_a_payment_day_or_a_bare_answer_keeps_its_day(language: str, text: str, day: date) -> None:
    reading = read(text, language)

    assert reading.date is not None
    assert reading.date.date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how much do i owe if i settle it all today"),
        ("en", "how much is left to pay as of today"),
    ],
)
def test_a_balance_asked_for_a_day_is_no_promise(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.ASK_BALANCE
    assert reading.date is None
    assert not reading.has(Intent.PROMISE_TO_PAY)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "钱包里就剩几十块，不知道怎么撑到发工资"),
        ("zh_Hant", "得返百幾蚊，要捱到出糧先得"),
        ("en", "got $20 left and no idea how i'll make it to payday"),
    ],
)
def test_holding_out_until_payday_is_no_payment_day(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.date is None
    assert all(cue.rule not in ("builtin.date", "builtin.day_with_payment") for cue in reading.cues)


def test_paying_after_payday_still_is() -> None:
    reading = read("等我出粮就还", "zh_Hant")

    assert reading.date is not None
    assert reading.date.relative_to_payday


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "今天不行 周六吧", date(2026, 11, 21)),
        ("zh_Hant", "今日唔得，星期五啦", date(2026, 11, 20)),
        ("zh_Hans", "明天不行，下周一还", date(2026, 11, 23)),
    ],
)
def test_a_day_turned_down_and_another_put_in_its_place_is_a_promise_of_the_other(
    language: str, text: str, day: date
) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.date == day


@pytest.mark.parametrize(("language", "text"), [("zh_Hans", "周六不行"), ("zh_Hans", "今天不行")])
def test_a_day_turned_down_alone_promises_nothing(language: str, text: str) -> None:
    assert Intent.PROMISE_TO_PAY not in read(text, language).signals
