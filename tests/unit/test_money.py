"""Money is exact, in one currency, and rounded to that currency's minor unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from negotiator.domain.money import Money, total
from negotiator.errors import CurrencyMismatch, DomainError


def test_amounts_are_rounded_half_even_to_the_minor_unit() -> None:
    assert Money.of("10.005", "CNY").amount == Decimal("10.00")
    assert Money.of("10.015", "CNY").amount == Decimal("10.02")
    assert Money.of("1234.5", "JPY").amount == Decimal("1234")
    assert Money.of("1235.5", "JPY").amount == Decimal("1236")


def test_zero_decimal_currencies_have_no_minor_unit() -> None:
    assert Money.of(500, "JPY").quantum == Money.of(1, "JPY")
    assert Money.of(500, "USD").quantum == Money.of("0.01", "USD")


def test_the_constructor_refuses_amounts_finer_than_the_currency_allows() -> None:
    with pytest.raises(DomainError, match="more decimals"):
        Money(Decimal("1.001"), "USD")


def test_floats_are_refused() -> None:
    with pytest.raises(DomainError, match="float"):
        Money.of(0.1, "USD")  # type: ignore[arg-type]


def test_unknown_currencies_are_refused() -> None:
    with pytest.raises(DomainError, match="unknown currency"):
        Money.of(1, "XYZ")


def test_two_currencies_never_mix() -> None:
    with pytest.raises(CurrencyMismatch):
        Money.of(1, "CNY") + Money.of(1, "USD")
    with pytest.raises(CurrencyMismatch):
        _ = Money.of(1, "CNY") < Money.of(1, "USD")


def test_a_split_puts_the_remainder_on_the_last_part() -> None:
    parts = Money.of("100.00", "CNY").split(3)
    assert [p.amount for p in parts] == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    assert [p.amount for p in Money.of(1000, "JPY").split(3)] == [333, 333, 334]


def test_minor_units_round_trip() -> None:
    assert Money.of("12.34", "USD").minor == 1234
    assert Money.from_minor(1234, "USD") == Money.of("12.34", "USD")
    assert Money.from_minor(500, "JPY").amount == Decimal(500)


def test_percent_rounds_to_the_minor_unit() -> None:
    assert Money.of("333.33", "CNY").percent(15) == Money.of("50.00", "CNY")


@given(
    minor=st.integers(min_value=0, max_value=10**13),
    parts=st.integers(min_value=1, max_value=120),
    currency=st.sampled_from(["CNY", "USD", "JPY", "TWD", "KRW"]),
)
def test_every_split_sums_exactly_to_the_whole(minor: int, parts: int, currency: str) -> None:
    whole = Money.from_minor(minor, currency)
    pieces = whole.split(parts)
    assert len(pieces) == parts
    assert total(pieces, currency) == whole
    assert max(pieces).amount - min(pieces).amount < whole.quantum.amount * parts
