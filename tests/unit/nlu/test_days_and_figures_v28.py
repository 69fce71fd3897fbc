"""Figures read from blind24's misses (v28): a stated sum takes no rank from its period, and a
figure asked back then refused with a bare "no" is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("I only make 900 a month, can I pay 100", "100"),
        ("my pension is 1,400 a month. could I send 150 now", "150"),
    ],
)
def test_a_stated_sum_with_its_period_ranks_below_an_offer(text: str, amount: str) -> None:
    reading = read(text, "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)
    assert reading.amount.per is Period.ONCE


def test_a_stated_sum_alone_keeps_its_period() -> None:
    reading = read("I get 1,200 a month in disability", "en")

    assert reading.amount is not None
    assert reading.amount.per is Period.MONTH


@pytest.mark.parametrize("text", ["350 a month?? lol no", "600 a week? nah"])
def test_a_figure_asked_back_then_refused_is_a_refusal(text: str) -> None:
    assert read(text, "en").intent is Intent.DECLINE


def test_no_problem_after_a_figure_asked_back_is_no_refusal() -> None:
    assert read("400 a month? no problem", "en").intent is not Intent.DECLINE
