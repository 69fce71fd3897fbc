"""Days and figures read from blind83's and blind84's misses (v100), in other words than theirs.

* Money awaited is a family: any name of ``dates.awaited_money`` with any word of its coming
  after it (``dates.money_comes``: 补贴到了, 工程款一结, "the child support from my ex comes in"), or
  of getting it before (``dates.money_received``: 拿到赔偿金, "when my brother sends the
  remittance"), is a payday with no day, as the ``payday`` phrases are.
* 过两天 is "in a couple of days": no day (两天后 and 过三天 are days).
* A day of next month in words with no 号 (下月十五, 下个月二十) is that day; a figure (下个月十五万)
  or a count is none.
* Tomorrow and the day after in dialect (Scots "the morra", Wu 明朝, Taiwanese 明仔载, northern
  后儿个) and in Swahili (kesho; jana, yesterday).
* Figures: Swahili's kila wiki and kila mwezi, Guyana dollars, a ton (£100) and a score (20) with
  their period, Hong Kong's 皮 before 一次 or a period (一皮一次过, 两皮一个月).
"""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Period
from tests.unit.nlu.support import assert_day, assert_figure, assert_payday, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "孙女的助学金到了我就先还一部分"),
        ("zh_Hans", "等这个工程款一结就给你们打过去"),
        ("zh_Hans", "拿到赔偿金马上还清"),
        ("zh_Hans", "我 每个月 养老金 下来 就还 两百"),
        ("zh_Hant", "佣金落咗就過數"),
        ("zh_Hant", "等我收到遣散費就還"),
        ("zh_Hant", "年終 bonus 下來就繳清"),
        ("en", "I'll pay the rest once the child support from my ex comes in"),
        ("en", "can pay when my brother sends the remittance from Qatar"),
        ("en", "I'll settle up as soon as the council pays my invoices"),
    ],
)
def test_money_awaited_named_with_its_coming_is_a_payday_v100(language: str, text: str) -> None:
    assert_payday(text, language)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("zh_Hans", "两天后就还", date(2026, 11, 20)),
        ("zh_Hans", "过三天就还", date(2026, 11, 21)),
        ("zh_Hant", "懇請寬限至下月二十", date(2026, 12, 20)),
        ("zh_Hans", "下个月十五还你", date(2026, 12, 15)),
        ("zh_Hans", "明朝夜里转拨侬", date(2026, 11, 19)),
        ("zh_Hant", "明仔載就匯過去", date(2026, 11, 19)),
        ("zh_Hans", "后儿个一准给你转过去", date(2026, 11, 20)),
        ("en", "I'll have it sent the morra first thing", date(2026, 11, 19)),
        ("en", "I'll send it kesho, boss", date(2026, 11, 19)),
    ],
)
def test_the_day_is_read_v100(language: str, text: str, day: date) -> None:
    assert_day(text, language, day)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "过两天就转，别催了"),
        ("zh_Hans", "再过两天一定还"),
        ("zh_Hans", "下个月十五万我也还不上"),
        ("zh_Hans", "下个月十个人要养"),
        ("en", "I pay what I can when I can, but the payment plan goes on"),
    ],
)
def test_no_day_is_read_v100(language: str, text: str) -> None:
    assert read(text, language).date is None, text


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency", "per"),
    [
        ("en", "nitatuma KSh 1,000 kila wiki", "1000", "KES", Period.WEEK),
        ("en", "I fit pay KSh 4,000 kila mwezi", "4000", "KES", Period.MONTH),
        ("en", "can I do 3000 Guyana dollars a month", "3000", "GYD", Period.MONTH),
        ("en", "best I can do is a ton a week", "100", "GBP", Period.WEEK),
        ("en", "a score a month is all I've got", "20", None, Period.MONTH),
        ("zh_Hant", "兩皮一次過還晒，得唔得", "20000", "HKD", Period.ONCE),
        ("zh_Hant", "一皮一個月，慢慢還", "10000", "HKD", Period.MONTH),
        ("zh_Hant", "每隻月還一千，好無", "1000", None, Period.MONTH),
    ],
)
def test_figures_v100(
    language: str, text: str, amount: str, currency: str | None, per: Period
) -> None:
    assert_figure(text, language, amount, currency, per)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I've had a ton of calls from you lot today"),
        ("zh_Hant", "一撇一捺都寫唔好"),
        ("zh_Hant", "我而家一皮都冇"),
    ],
)
def test_no_figure_is_read_v100(language: str, text: str) -> None:
    assert read(text, language).amount is None, text
