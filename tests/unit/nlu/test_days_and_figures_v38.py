"""Days and figures read from blind34's misses (v38), the negotiation itself: a figure echoed
back ("1500一个月？") and answered by another, refused ("no way on 400", "400 each is steep", 我真
拿不出, 真要了我的命) or negated ("not 400.") gives way to the one put up, which keeps its month; a
range ("200-300 a month") is read as its bottom; "I meant 300 not 30" offers 300; the 一 of 一笔
is given back (两万八一笔过); a day after a figure ("1500周五") is a day, not weeks; and each
instalment (每期1800) is its own period, as often as the plan on the table falls due."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.dialog.steps import counter_offer_of
from negotiator.domain.money import Money
from negotiator.domain.policy import Frequency
from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "value", "per"),
    [
        # echoed back, then answered with a rate
        ("zh_Hans", "哈，2000一个月？1200一个月差不多", "1200", Period.MONTH),
        ("zh_Hant", "嚇親，每個月6000？一個月4000得唔得", "4000", Period.MONTH),
        ("en", "500 a month?? 320 a month I could do", "320", Period.MONTH),
        # refused or negated, then another put up
        ("en", "no way on 600. 450 and it's done", "450", Period.ONCE),
        ("en", "nope, not 250. 180?", "180", Period.ONCE),
        ("en", "4 payments ok but 500 each is steep, 420?", "420", Period.ONCE),
        ("zh_Hans", "2000我真给不起，1200今天能转", "1200", Period.ONCE),
        ("zh_Hant", "每月4000真係要咗我條命，2500得唔得", "2500", Period.MONTH),
        ("en", "sorry typo earlier, I meant 180 not 18", "180", Period.ONCE),
        # a range is read as its bottom, with the period after it
        ("en", "150-200 a week is doable", "150", Period.WEEK),
        ("zh_Hans", "每个月大概600-800吧", "600", Period.MONTH),
        ("zh_Hant", "一個月1500-2000啦", "1500", Period.MONTH),
        # the 一 of 一笔 (one lump) is no digit of the sum
        ("zh_Hant", "三萬二一筆過俾晒你", "32000", Period.ONCE),
    ],
)
def test_the_figure_put_up_v38(language: str, text: str, value: str, per: Period) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.per) == (Decimal(value), per)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # a figure echoed, then a sum stated, is the one disputed
        ("zh_Hant", "點解要還兩萬？我當初借一萬咋", "20000"),
        ("en", "$2,300?? the letter said $1,900 in june", "2300"),
        # asked as a question of one's own, not echoed: a later figure does not replace it
        ("en", "could we drop it to 150 a month? the 260 is most of my pay", "150"),
        # a phone number in two groups, or figures that are not round, are no range
        ("en", "call me on 9123-4567, I can do 200", "200"),
    ],
)
def test_what_stays_v38(language: str, text: str, value: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(value)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "not 400. 350?"),
        ("zh_Hans", "1800我真拿不出，900现在能转"),
        ("zh_Hant", "笑死，3000一個月？2000一個月還差不多"),
    ],
)
def test_an_answer_to_a_figure_turned_down_is_an_offer_v38(language: str, text: str) -> None:
    assert read(text, language).intent is Intent.COUNTER_OFFER


def test_a_day_right_after_a_figure_is_a_day_v38() -> None:
    reading = read("第二期2200周五晚上转", "zh_Hans")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal("2200")
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 20)
    # a count of weeks still counts weeks
    assert read("3周后还", "zh_Hans").date is not None


@pytest.mark.parametrize(
    ("text", "language", "per"),
    [
        ("改成5期，每期1800，我就签", "zh_Hans", Period.INSTALMENT),
        ("6期每期5000太硬了，9期每期3500呢", "zh_Hant", Period.INSTALMENT),
        ("could I do 250 per instalment instead", "en", Period.INSTALMENT),
        ("每个月1800", "zh_Hans", Period.MONTH),
        # an instalment counted is no period: 第一期 names which one
        ("第一期1500周五转", "zh_Hans", Period.ONCE),
    ],
)
def test_each_instalment_is_its_own_period_v38(text: str, language: str, per: Period) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.per is per


@pytest.mark.parametrize(
    ("frequency", "monthly"),
    [
        (Frequency.MONTHLY, "1800"),
        (Frequency.WEEKLY, "7800.00"),
        (Frequency.FORTNIGHTLY, "3900.00"),
    ],
)
def test_an_instalment_is_as_often_as_the_plan_on_the_table_v38(
    frequency: Frequency, monthly: str
) -> None:
    offer = counter_offer_of(
        read("改成5期，每期1800", "zh_Hans"), "CNY", date(2026, 11, 18), instalments=frequency
    )

    assert offer is not None
    assert offer.monthly_amount == Money.of(Decimal(monthly), "CNY")
