"""Money: an exact ``Decimal`` amount in one ISO 4217 currency, always in the minor unit.

Amounts are rounded to the currency's minor unit as CLDR (through babel) defines it: CNY and USD
have 2 decimals, JPY and KRW none. Money never touches ``float``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache

from babel.numbers import get_currency_precision, is_currency

from negotiator.errors import CurrencyMismatch, DomainError


@cache
def currency_exponent(currency: str) -> Decimal:
    """The quantum of one minor unit, e.g. ``Decimal("0.01")`` for CNY and ``Decimal("1")`` for JPY.

    Raises:
        DomainError: ``currency`` is not an ISO 4217 code babel knows.
    """
    if not is_currency(currency):
        raise DomainError(f"unknown currency code {currency!r} (use an ISO 4217 code such as CNY)")
    return Decimal(1).scaleb(-get_currency_precision(currency))


def is_known_currency(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 currency code known to babel."""
    return bool(is_currency(code))


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An amount of money in one currency, exact to the currency's minor unit.

    Construct with :meth:`of` for rounding (half-even, the banker's rule) or directly when the
    amount is already exact; the constructor refuses amounts finer than the minor unit so that
    rounding never happens by accident.

    Attributes:
        amount: The exact amount, quantized to the currency's minor unit.
        currency: ISO 4217 code, upper case.
    """

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise DomainError(f"Money needs a Decimal amount, got {type(self.amount).__name__}")
        if not self.amount.is_finite():
            raise DomainError(f"Money amount must be finite, got {self.amount}")
        quantum = currency_exponent(self.currency)
        exact = self.amount.quantize(quantum)
        if exact != self.amount:
            raise DomainError(
                f"{self.amount} has more decimals than {self.currency} allows ({quantum}); "
                "use Money.of() to round"
            )
        object.__setattr__(self, "amount", exact)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        """Money rounded half-even to the minor unit of ``currency``.

        Raises:
            DomainError: the amount is not a number or the currency is unknown.
        """
        if isinstance(amount, float):
            raise DomainError("Money never takes a float; pass a Decimal, int or str")
        try:
            value = Decimal(amount)
        except (InvalidOperation, ValueError) as exc:
            raise DomainError(f"{amount!r} is not an amount of money") from exc
        return cls(value.quantize(currency_exponent(currency), rounding=ROUND_HALF_EVEN), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        """No money in ``currency``."""
        return cls.of(0, currency)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        """Money from an integer count of minor units (cents, fen)."""
        return cls(Decimal(minor) * currency_exponent(currency), currency)

    @property
    def minor(self) -> int:
        """The amount as an integer count of minor units."""
        return int(self.amount.scaleb(-currency_exponent(self.currency).adjusted()))

    @property
    def quantum(self) -> Money:
        """One minor unit of this currency."""
        return Money(currency_exponent(self.currency), self.currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise DomainError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def __bool__(self) -> bool:
        return bool(self.amount)

    def times(self, factor: Decimal | int) -> Money:
        """This amount multiplied by ``factor``, rounded half-even to the minor unit."""
        return Money.of(self.amount * Decimal(factor), self.currency)

    def percent(self, pct: Decimal | int) -> Money:
        """``pct`` percent of this amount, rounded half-even to the minor unit."""
        return self.times(Decimal(pct) / 100)

    def split(self, parts: int) -> tuple[Money, ...]:
        """Split into ``parts`` equal amounts; the remainder goes to the last part.

        The parts always sum exactly to this amount: ``100.00 / 3`` is ``33.33, 33.33, 33.34``.
        """
        if parts < 1:
            raise DomainError(f"cannot split money into {parts} parts")
        quantum = currency_exponent(self.currency)
        base = (self.amount / parts).quantize(quantum, rounding=ROUND_DOWN)
        last = self.amount - base * (parts - 1)
        return (*(Money(base, self.currency) for _ in range(parts - 1)), Money(last, self.currency))

    def is_zero(self) -> bool:
        """Whether the amount is exactly zero."""
        return self.amount == 0

    def __str__(self) -> str:
        """Plain, locale-free form such as ``CNY 1234.50`` (for logs; debtors see babel's)."""
        return f"{self.currency} {self.amount}"


def total(amounts: list[Money] | tuple[Money, ...], currency: str) -> Money:
    """The exact sum of ``amounts`` (zero in ``currency`` when empty)."""
    result = Money.zero(currency)
    for amount in amounts:
        result = result + amount
    return result
