"""Numbers as debtors write them: ``500``, ``1,200.50``, ``五百``, ``两千五``, ``1.5万``, ``2k``.

Chinese numerals follow the spoken convention: a digit after the last unit counts in the next
unit down (``两千五`` is 2500, ``一万二`` is 12000, ``三百五`` is 350) unless a ``零`` stands
between (``两千零五`` is 2005); 廿 and 卅 are twenty and thirty (``廿五`` is 25), and the
financial numerals read as the plain ones (``伍佰`` is 500). Digits and
Chinese units mix (``1万5``, ``3千``). The caller
folds Traditional characters first (``兩`` -> ``两``, ``萬`` -> ``万``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Final

CHINESE_DIGITS: Final[dict[str, int]] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS: Final[dict[str, int]] = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS: Final[dict[str, int]] = {"万": 10_000, "亿": 100_000_000}
TENS: Final[dict[str, str]] = {"廿": "二十", "卅": "三十"}
"""Single characters for twenty and thirty, common in Cantonese and in dates (廿五号: the 25th)."""
FINANCIAL: Final[dict[str, str]] = {
    **dict.fromkeys("壹", "一"),
    **dict.fromkeys("贰貳", "二"),
    **dict.fromkeys("叁參叄", "三"),
    **dict.fromkeys("肆", "四"),
    **dict.fromkeys("伍", "五"),
    **dict.fromkeys("陆陸", "六"),
    **dict.fromkeys("柒", "七"),
    **dict.fromkeys("捌", "八"),
    **dict.fromkeys("玖", "九"),
    **dict.fromkeys("拾", "十"),
    **dict.fromkeys("佰", "百"),
    **dict.fromkeys("仟", "千"),
}
"""The financial numerals of cheques and contracts (伍佰元 is 500, 陸仟元 is 6000)."""
FINANCIAL_UNITS: Final = "拾佰仟"
CHINESE_NUMBER_CHARACTERS: Final = "".join(
    (*CHINESE_DIGITS, *SMALL_UNITS, *LARGE_UNITS, *TENS, *FINANCIAL)
)
"""Every character that can be part of a Chinese numeral."""

NOT_A_MONTHS_END: Final = r"(?![\s-]?end\b)"
"""After a figure's count word: not "month end" ("I can pay 900 month end" is 900 paid at the
end of the month, neither 900 months nor a figure counting months); the date and money grammars
share it."""

ENGLISH_NUMBERS: Final[dict[str, int]] = {
    word: value
    for value, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen"),
        )
    )
} | {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINAL_UNITS: Final = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
)
ENGLISH_DAY_ORDINALS: Final[dict[str, int]] = (
    {word: value for value, word in enumerate(_ORDINAL_UNITS, start=1)}
    | {
        word: value
        for value, word in enumerate(
            (
                *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"),
                *("sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"),
            ),
            start=10,
        )
    }
    | {
        f"{tens}{gap}{unit}": base + value
        for tens, base in (("twenty", 20), ("thirty", 30))
        for value, unit in enumerate(_ORDINAL_UNITS, start=1)
        if base + value <= 31
        for gap in (" ", "-")
    }
    | {"thirtieth": 30}
)
"""The days of a month in English words: ``fifth``, ``twenty fifth``, ``thirty-first``."""
ENGLISH_MULTIPLIERS: Final[dict[str, int]] = {"hundred": 100, "thousand": 1000, "grand": 1000}
SUFFIX_MULTIPLIERS: Final[dict[str, int]] = {
    "k": 1000,
    "w": 10_000,
    "千": 1000,
    "万": 10_000,
    "hundred": 100,
    "thousand": 1000,
    "grand": 1000,
}
"""Multipliers written after digits: ``2k``, ``1w`` (Chinese internet slang for 万), ``2 grand``."""
HONG_KONG_MULTIPLIERS: Final[dict[str, int]] = {"撇": 1000, "皮": 10_000, "旧水": 100, "嚿水": 100}
"""Hong Kong slang for Hong Kong dollars after a number: ``一撇`` a thousand, ``兩皮`` twenty
thousand, ``三舊水`` (folded to 旧水) or ``十五嚿水`` hundreds (v48; half of one, ``半舊水``, is a
spelling of the zh_Hant lexicon)."""


_TEN: Final = 10
"""After a digit word said alone, a number word from ten up makes hundreds ("two fifty")."""
_MAX_LENGTH: Final = 20
"""The longest text read as one number (Decimal keeps 28 significant digits)."""


def _tokens(text: str) -> list[tuple[str, Decimal]] | None:
    """Split ``1.5万`` into ``[("n", 1.5), ("u", 10000)]``; ``None`` for anything else."""
    tokens: list[tuple[str, Decimal]] = []
    index = 0
    while index < len(text):
        character = text[index]
        if character.isascii() and character.isdigit():
            end = index
            while end < len(text) and (text[end].isdigit() or text[end] in ".,"):
                end += 1
            digits = text[index:end].replace(",", "")
            try:
                tokens.append(("n", Decimal(digits)))
            except InvalidOperation:
                return None
            index = end
            continue
        if character in CHINESE_DIGITS:
            kind = "z" if character in "零〇" else "n"
            tokens.append((kind, Decimal(CHINESE_DIGITS[character])))
        elif character in SMALL_UNITS:
            tokens.append(("s", Decimal(SMALL_UNITS[character])))
        elif character in LARGE_UNITS:
            tokens.append(("l", Decimal(LARGE_UNITS[character])))
        else:
            return None
        index += 1
    return tokens


def _range_of_neighbours(
    first: Decimal, second: Decimal, following: list[tuple[str, Decimal]]
) -> bool:
    """Whether two Chinese digits in a row make a rough range before a unit (两三百, 三四千,
    一两万): neighbours, the second one more than the first, and a unit right after them."""
    return bool(following) and following[0][0] in ("s", "l") and first < 9 and second == first + 1


def parse_number(text: str) -> Decimal | None:
    """The value of a number written in digits, Chinese numerals, or both.

    Returns:
        The exact value (``"两千五"`` -> ``Decimal("2500")``; a rough range of neighbouring digits
        is its bottom, ``"两三百"`` -> ``Decimal("200")``), or ``None`` when ``text`` is not one
        number (``"一二"``, ``"1.2.3"``, ``""``).
    """
    if len(text) > _MAX_LENGTH:
        return None  # a run of digits this long is an id or noise, never a sum
    for short, long in TENS.items():
        text = text.replace(short, long)
    if any(character in FINANCIAL for character in text):
        text = "".join(FINANCIAL.get(character, character) for character in text)
    tokens = _tokens(text)
    if not tokens:
        return None
    total = Decimal(0)  # completed 万/亿 groups
    section = Decimal(0)  # the current group below 万
    current: Decimal | None = None  # a digit waiting for its unit
    last_unit: Decimal | None = None
    zero_since_unit = False
    for index, (kind, value) in enumerate(tokens):
        if kind == "n":
            if current is not None:
                if _range_of_neighbours(current, value, tokens[index + 1 : index + 2]):
                    continue  # 两三百, 三四千: "two or three hundred", read as its bottom
                return None  # two numbers in a row ("一二"): not one amount
            current = value
        elif kind == "z":
            zero_since_unit = True
        elif kind == "s":
            section += (current if current is not None else Decimal(1)) * value
            current, last_unit, zero_since_unit = None, value, False
        else:
            if current is None and section == 0 and total == 0:
                section = Decimal(1)
            total += (section + (current or 0)) * value
            section, current, last_unit, zero_since_unit = Decimal(0), None, value, False
    if current is not None:
        # 两千五 = 2500: a trailing digit counts in the unit below the last one, unless 零.
        if last_unit is not None and not zero_since_unit and last_unit >= 10 and current < 10:
            current *= last_unit / 10
        section += current
    return tidy_number(total + section)


def parse_english_number(words: str) -> Decimal | None:
    """The value of ``"two hundred"``, ``"a thousand"``, ``"fifty"`` or of hundreds said the
    spoken way: a digit word and then tens or teens (``"two fifty"`` is 250, ``"three twenty
    five"`` 325, ``"one fifteen"`` 115; ``"twenty five"`` stays 25). ``"for"`` right before
    ``hundred`` or ``thousand`` is a slip for ``"four"`` (``"for hundred a month"``): the
    preposition needs an article there ("for a hundred").

    Returns:
        The value, or ``None`` when ``words`` is not a number in words.
    """
    total = 0
    current = 0
    seen = False
    digit_said = False  # the last word was a digit word said alone ("two" of "two fifty")
    split = words.replace("-", " ").split()
    for index, word in enumerate(split):
        if word == "for" and index == 0 and split[1:2] in (["hundred"], ["thousand"]):
            word = "four"
        if word in ("and",):
            digit_said = False
            continue
        if word in ("a", "an"):
            current = max(current, 1)
            digit_said = False
            continue
        if word in ENGLISH_NUMBERS:
            value = ENGLISH_NUMBERS[word]
            if digit_said and value >= _TEN:
                current = current * 100 + value  # "two fifty": 250, not 52
            else:
                current += value
            digit_said = 0 < value < 10 and current == value
            seen = True
        elif word in ENGLISH_MULTIPLIERS:
            digit_said = False
            multiplier = ENGLISH_MULTIPLIERS[word]
            current = max(current, 1) * multiplier
            seen = True
            if multiplier >= 1000:
                total += current
                current = 0
        else:
            return None
    if not seen:
        return None
    return Decimal(total + current)


def tidy_number(value: Decimal) -> Decimal:
    """``15000.0`` -> ``15000`` and ``1200.50`` kept: whole numbers lose their decimal zeros."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value
