"""Days read from blind63's misses (v70), in other words than blind63's.

* Money awaited with words between its name and its coming (a deposit from a flat, a pension next
  month, compensation, an insurance payout) and a sale gone through are paydays with no day. A day
  in the gap names the payday (养老金周四到账); a coming negated in the gap (补偿金还没到账) is none.
* A time of the day alone, with a word of paying soon after it, is today (晚上回家就转). After a day it only says when in that day
  (明天晚上); beside another day it gives way; before a clock time it says nothing.
* A day closed by a word of honour ("Friday. 100%.") is a promise.
* A holiday of last year dates a story."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import TODAY, assert_day, assert_payday, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll settle it when the deposit for my last place comes back"),
        ("en", "can pay you once my pension finally comes in next month"),
        ("en", "I'll clear it when the insurance claim pays out"),
        ("en", "I will pay it all off when the house sells"),
        ("en", "I'll pay once the compensation from the council comes through"),
        ("zh_Hans", "养老金下个月到账就还你们"),
        ("zh_Hans", "等拆迁补偿款下来马上还清"),
        ("zh_Hans", "车卖了就还，已经挂出去了"),
        ("zh_Hant", "保險賠款一批下來就還"),
        ("zh_Hant", "押金下個月退回來就還"),
    ],
)
def test_money_awaited_is_a_payday_v70(language: str, text: str) -> None:
    assert_payday(text, language)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "不好意思，晚上下班就转给你", TODAY),
        ("zh_Hans", "下午去银行还", TODAY),
        ("zh_Hant", "晚上返到屋企就轉帳", TODAY),
        ("zh_Hans", "明天晚上之前转过去", date(2026, 11, 19)),
        ("zh_Hans", "周五下午一定还", date(2026, 11, 20)),
        ("zh_Hans", "我晚上还要上班，下周五还500", date(2026, 11, 27)),
        ("zh_Hans", "养老金周四到账，到了就还你们", date(2026, 11, 19)),
        ("en", "Friday. 100%.", date(2026, 11, 20)),
        ("en", "tomorrow, I swear", date(2026, 11, 19)),
    ],
)
def test_the_day_is_read_v70(language: str, text: str, day: date) -> None:
    assert_day(text, language, day)


def test_a_day_closed_by_a_word_of_honour_promises_v70() -> None:
    assert read("Tomorrow. 100%.", "en").intent is Intent.PROMISE_TO_PAY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "昨天在医院陪了一晚上，钱的事下个月再说"),
        ("zh_Hans", "每天晚上都在想怎么还"),
        ("zh_Hans", "晚上十一点还在打，我要投诉"),
        ("zh_Hant", "半夜還在傳訊息，晚上不要再傳了"),
        ("zh_Hans", "我白天上班，一周还有两个晚上去值夜班，每个月还是不够"),
        ("zh_Hans", "被裁了，补偿金还没到账，现在还不了"),
        ("en", "I overspent at christmas last year, can I do 150 a month?"),
        ("en", "I'm broke, I swear"),
    ],
)
def test_no_day_is_read_v70(language: str, text: str) -> None:
    assert read(text, language).date is None, text
