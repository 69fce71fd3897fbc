"""Amounts of money stated in a message, read from its original text.

Only figures marked as money count: a currency sign or code (``¥``, ``$``, ``£``, ``HK$``,
``CNY``, ``USD`` …) before them, or a currency word after them (``元``, ``块``, ``美元``,
``dollars``, ``pounds`` …). "6 instalments", "120 days" and dates are not amounts. Chinese
magnitudes are read (``1.5万元`` is 15000, ``五百元`` is 500), and so are full-width digits.

A stated amount matches a :class:`~negotiator.domain.money.Money` on record when the values are
equal and the currency fits the marker (``¥`` fits CNY and JPY, ``元`` fits CNY, TWD and HKD,
``$`` fits every dollar).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from negotiator.compliance.patterns import alternation
from negotiator.domain.money import Money

__all__ = ["StatedAmount", "find_amounts", "matches_record"]

_DOLLARS: Final = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"})
_YUAN: Final = frozenset({"CNY", "TWD", "HKD"})

# Marker (lower case, as written) -> currencies it may mean.
_BEFORE: Final[dict[str, frozenset[str]]] = {
    "us$": frozenset({"USD"}),
    "hk$": frozenset({"HKD"}),
    "nt$": frozenset({"TWD"}),
    "s$": frozenset({"SGD"}),
    "a$": frozenset({"AUD"}),
    "c$": frozenset({"CAD"}),
    "$": _DOLLARS,
    "¥": frozenset({"CNY", "JPY"}),
    "￥": frozenset({"CNY", "JPY"}),
    "£": frozenset({"GBP"}),
    "€": frozenset({"EUR"}),
    "rmb": frozenset({"CNY"}),
    "人民币": frozenset({"CNY"}),
    "港币": frozenset({"HKD"}),
    "港幣": frozenset({"HKD"}),
    "新台币": frozenset({"TWD"}),
    "新台幣": frozenset({"TWD"}),
}
_AFTER: Final[dict[str, frozenset[str]]] = {
    "元": _YUAN,
    "圆": _YUAN,
    "圓": _YUAN,
    "块": frozenset({"CNY"}),
    "塊": frozenset({"CNY", "TWD", "HKD"}),
    "蚊": frozenset({"HKD"}),
    "人民币": frozenset({"CNY"}),
    "美元": frozenset({"USD"}),
    "美金": frozenset({"USD"}),
    "港元": frozenset({"HKD"}),
    "港币": frozenset({"HKD"}),
    "港幣": frozenset({"HKD"}),
    "英镑": frozenset({"GBP"}),
    "英鎊": frozenset({"GBP"}),
    "dollars": _DOLLARS,
    "dollar": _DOLLARS,
    "bucks": _DOLLARS,
    "pounds": frozenset({"GBP"}),
    "pound": frozenset({"GBP"}),
    "quid": frozenset({"GBP"}),
    "euros": frozenset({"EUR"}),
    "euro": frozenset({"EUR"}),
    "yuan": _YUAN,
    "rmb": frozenset({"CNY"}),
}
_CODES: Final = ("CNY", "USD", "GBP", "EUR", "HKD", "TWD", "JPY", "CAD", "AUD", "SGD", "NZD")
for _code in _CODES:
    _BEFORE[_code.lower()] = frozenset({_code})
    _AFTER[_code.lower()] = frozenset({_code})

_HANZI_DIGITS: Final = "零〇一二两兩三四五六七八九"
_HANZI_VALUES: Final = dict(
    zip(_HANZI_DIGITS, (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_HANZI_UNITS: Final = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_HANZI_MAGNITUDES: Final = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER: Final = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_HANZI_NUMBER: Final = f"[{_HANZI_DIGITS}十拾百佰千仟万萬亿億]+"
# A figure, then whether a currency marker stands right before or after it is checked apart:
# one small regex over the figures is ten times faster than one alternation at every position.
# Chinese numerals count only before a currency word ("五百元"), or every 一 of 一起 would.
_FIGURE: Final = re.compile(
    rf"(?P<number>{_NUMBER}|{_HANZI_NUMBER}(?=\s?(?:{_alternation(_AFTER)})))"
    r"(?P<magnitude>\s?[万萬亿億]|\s?[kK](?![a-zA-Z]))?"
)
_BEFORE_MARK: Final = re.compile(
    rf"(?:(?<![a-z])(?:{_alternation(m for m in _BEFORE if m.isalpha() and m.isascii())})"
    rf"|{_alternation(m for m in _BEFORE if not (m.isalpha() and m.isascii()))})\s?$",
    re.IGNORECASE,
)
_AFTER_MARK: Final = re.compile(rf"\s?(?:{_alternation(_AFTER)})(?![a-zA-Z])", re.IGNORECASE)
_LONGEST_BEFORE: Final = max(len(marker) for marker in _BEFORE) + 1
# A digit, or a Chinese numeral right before a currency word: the only ways an amount starts.
# Two expressions, each starting with a character class the engine skips ahead to; as one
# alternation, it would try both branches at every position. Both start at a digit or a Chinese
# numeral: one scan finds the first of these (most messages have none), and both search from it.
_NUMERAL: Final = re.compile(f"[0-9０-９{_HANZI_DIGITS}十拾百佰千仟万萬亿億]")
_DIGIT: Final = re.compile("[0-9０-９]")
_HANZI_AMOUNT: Final = re.compile(
    rf"[{_HANZI_DIGITS}十拾百佰千仟万萬亿億]\s?(?:{_alternation(_AFTER)})"
)
# Searched in the lower-cased text: IGNORECASE over this alternation is ten times slower. Only
# whether a mark occurs matters: the marks are grouped by their first character (``u(?:sd|s\$)``),
# so the engine tests each character of a message once rather than once per mark.
_ANY_MARK: Final = re.compile(
    alternation([re.escape(m) for m in sorted({m.lower() for m in (*_BEFORE, *_AFTER)})])
)
# Full-width ASCII (ＵＳＤ １２) to ASCII; invisible characters out.
_NARROW: Final = {
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
    "\u3000": " ",
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff", ""),
}
# Finds the few of them a message holds: replacing those is four times faster than translating
# every character of the message.
_TO_NARROW: Final = re.compile("[\uff01-\uff5e\u3000\u200b\u200c\u200d\u2060\ufeff]")


@dataclass(frozen=True, slots=True)
class StatedAmount:
    """An amount of money as a message states it.

    Attributes:
        value: The amount.
        currencies: The ISO codes its marker may mean.
        text: The amount as written.
    """

    value: Decimal
    currencies: frozenset[str]
    text: str


def _currencies(table: dict[str, frozenset[str]], mark: str) -> frozenset[str]:
    """The currencies a currency mark found by a case-insensitive pattern stands for.

    The pattern matches the way ``re.IGNORECASE`` folds letters, which is not always what
    ``str.lower`` does: "ſ$" (a long s) matches "s$", and "ſ".lower() is still "ſ". Such a mark
    is looked up the pattern's way.
    """
    key = mark.strip().lower()
    found = table.get(key)
    if found is None:
        found = next(
            currencies
            for name, currencies in table.items()
            if re.fullmatch(re.escape(name), key, re.IGNORECASE)
        )
    return found


def find_amounts(text: str) -> list[StatedAmount]:
    """Every amount of money stated in ``text``, in order."""
    first = _NUMERAL.search(text)
    if first is None or not (
        _DIGIT.search(text, first.start()) or _HANZI_AMOUNT.search(text, first.start())
    ):
        return []  # most messages state no figure at all
    if not text.isascii():
        for char in set(_TO_NARROW.findall(text)):
            text = text.replace(char, _NARROW[char])
    if not _ANY_MARK.search(text.lower()):
        return []  # figures, but no currency anywhere (dates, counts): nothing to read
    found = []
    for figure in _FIGURE.finditer(text):
        start, end = figure.span()
        before = _BEFORE_MARK.search(text, max(0, start - _LONGEST_BEFORE), start)
        if before is not None:
            currencies = _currencies(_BEFORE, before.group())
            written = text[before.start() : end]
        elif _inside_code(text, start):
            continue  # "Z9PP-1JPY-TV3A": a verification code, not one yen
        else:
            after = _AFTER_MARK.match(text, end)
            if after is None:
                continue
            currencies = _currencies(_AFTER, after.group())
            written = text[start : after.end()]
        value = _value(figure.group("number"), figure.group("magnitude"))
        if value is not None:
            found.append(StatedAmount(value, currencies, written.strip()))
    return found


def _inside_code(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is glued to letters or digits before it (directly or
    by a hyphen), as in a code or a reference, rather than standing as an amount."""
    previous = text[start - 1 : start]
    if previous.isascii() and previous.isalnum():
        return True
    return (
        previous == "-" and start >= 2 and text[start - 2].isascii() and text[start - 2].isalnum()
    )


def _value(number: str, magnitude: str | None) -> Decimal | None:
    if number[0].isdigit():
        try:
            value = Decimal(number.replace(",", ""))
        except InvalidOperation:
            return None
    else:
        hanzi = _hanzi_number(number)
        if hanzi is None:
            return None
        value = Decimal(hanzi)
    scale = (magnitude or "").strip().lower()
    if scale in _HANZI_MAGNITUDES:
        value *= _HANZI_MAGNITUDES[scale]
    elif scale == "k":
        value *= 1000
    return value


def _hanzi_number(text: str) -> int | None:
    """``一千二百五十`` -> 1250, ``一万五千`` -> 15000, ``十五`` -> 15; ``三五`` -> None."""
    if not any(char in _HANZI_VALUES for char in text):
        return None
    result = section = digit = 0
    after_digit = False
    for char in text:
        if char in _HANZI_VALUES:
            if after_digit and digit:
                return None  # two digits in a row ("三五"): a range or a code, not an amount
            digit, after_digit = _HANZI_VALUES[char], True
        elif char in _HANZI_UNITS:
            section += (digit or 1) * _HANZI_UNITS[char]
            digit, after_digit = 0, False
        else:
            magnitude = _HANZI_MAGNITUDES[char]
            if magnitude == 10_000:
                result += (section + digit) * magnitude
            else:
                result = (result + section + digit) * magnitude
            section = digit = 0
            after_digit = False
    return result + section + digit


def matches_record(stated: StatedAmount, record: Iterable[Money]) -> bool:
    """Whether a stated amount equals an amount on record in a currency its marker fits."""
    return any(
        money.amount == stated.value and money.currency in stated.currencies for money in record
    )
