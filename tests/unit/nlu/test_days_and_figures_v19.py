"""Days and figures read from blind15's misses (v19).

blind15 was measured once on v18: 5 of its 186 amounts and 9 of its 146 dates were wrong.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import DateMention, Intent
from negotiator.nlu.resolution import paid_on
from tests.unit.nlu.support import TODAY, interpreter, read


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "I dispute the number. 1,940 is not what I agreed to", "1940"),
        ("zh_Hans", "两万四分12期可以吗", "24000"),
        ("zh_Hant", "嗰三萬一毛都唔會俾你", "30000"),
        ("zh_Hant", "佢用我個名借咗十萬，我完全唔知", "100000"),
    ],
)
def test_figures_kept_whole(language: str, text: str, amount: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "paid it tuesday, my receipt number ends 5512"),
        ("zh_Hans", "炒股亏了几十万，现在真的没钱"),
        ("zh_Hans", "十万火急，先帮我查一下"),
        ("zh_Hans", "千万别再打我单位电话"),
    ],
)
def test_references_and_vague_or_idiomatic_numbers_are_no_sums(language: str, text: str) -> None:
    assert read(text, language).amount is None


def test_a_payment_made_on_a_day_name_looks_back() -> None:
    told = read("my son sent the whole 900 on monday", "en")
    ahead = DateMention(date(2026, 11, 23), "monday", False)
    paid = replace(told, intent=Intent.ALREADY_PAID, signals=(Intent.ALREADY_PAID,), date=ahead)
    normal = interpreter().normalize(paid.text)

    looked_back = paid_on(paid, normal, interpreter().dates, TODAY)
    promised = replace(paid, intent=Intent.PROMISE_TO_PAY)
    promised = replace(promised, signals=(Intent.PROMISE_TO_PAY, Intent.ALREADY_PAID))

    assert looked_back.date is not None
    assert looked_back.date.date == date(2026, 11, 16)
    assert [c.text for c in looked_back.cues if c.rule == "builtin.date"] == ["monday"]
    # a promise beside a payment made keeps its day to come
    assert paid_on(promised, normal, interpreter().dates, TODAY).date == ahead


def test_the_creditor_being_paid_is_no_payday() -> None:
    reading = read("the trustee sends you 300 a month, that's how you get paid now", "en")

    assert reading.date is None or not reading.date.relative_to_payday


def test_the_debtors_payday_still_is_one() -> None:
    reading = read("when I get paid friday I'll send it", "en")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 20)


def test_filing_papers_is_no_payment() -> None:
    reading = read("律师帮我准备破产申请材料，下周就递交", "zh_Hans")

    assert reading.date is None


def test_paying_in_by_a_day_is_a_payment() -> None:
    reading = read("下周五交钱", "zh_Hans")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 27)
