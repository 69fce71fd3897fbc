"""Parsing amounts typed by creditors into exact ``Decimal`` values."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from negotiator.domain.money import currency_exponent

_PLAIN = re.compile(r"^-?\d+(\.\d+)?$")
_GROUPED = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")


def parse_amount(text: str, currency: str | None) -> Decimal:
    """``"1234.50"`` or ``"1,234.50"`` as a Decimal, exact to the currency's minor unit.

    Raises:
        ValueError: the text is not a plain amount, or has more decimals than the currency.
    """
    cleaned = text.strip()
    if not (_PLAIN.match(cleaned) or _GROUPED.match(cleaned)):
        raise ValueError(f"{text!r} is not an amount (write it like 1234.50)")
    try:
        value = Decimal(cleaned.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the patterns exclude it
        raise ValueError(f"{text!r} is not an amount") from exc
    if currency is not None:
        quantum = currency_exponent(currency)
        if value != value.quantize(quantum):
            raise ValueError(f"{text} has more decimals than {currency} allows ({quantum})")
    return value
