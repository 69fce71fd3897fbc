"""How people type amounts, dates and their date of birth in a chat, per language.

Synthetic debtors do not write amounts the way the bot formats them: "450", "$450", "450 bucks",
"四百五十块", "1万2", "下个月15号". Each function picks one of the forms people use, from the
debtor's own random source, so the understanding meets the variety it will meet in real chats.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Final

from negotiator.domain.verification import FactKind

_DIGITS: Final = "零一二三四五六七八九"
_UNITS: Final = ((1000, "千"), (100, "百"), (10, "十"))
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def chinese_numeral(number: int, *, traditional: bool = False) -> str:
    """``number`` (0 to 99,999,999) in Chinese numerals: 450 → 四百五十, 12000 → 一万二千.

    A leading 2 of thousands and ten-thousands is said 两 (兩), as people say it.
    """
    if not 0 <= number < 100_000_000:
        raise ValueError(f"{number} is outside what chinese_numeral writes")
    if number == 0:
        return "零"
    wan, rest = divmod(number, 10_000)
    wan_mark = "萬" if traditional else "万"
    text = ""
    if wan:
        lead = ("兩" if traditional else "两") if wan == 2 else _below_10000(wan, traditional)
        text = lead + wan_mark
        if rest and rest < 1000:
            text += "零"
    if rest:
        text += _below_10000(rest, traditional)
    return text


def _below_10000(number: int, traditional: bool) -> str:
    text, pending_zero = "", False
    for unit, mark in _UNITS:
        digit, number = divmod(number, unit)
        if digit:
            if pending_zero:
                text += "零"
            if digit == 2 and unit == 1000 and not text:
                text += "兩" if traditional else "两"
            elif digit == 1 and unit == 10 and not text:
                pass  # 十五, not 一十五
            else:
                text += _DIGITS[digit]
            text += mark
            pending_zero = False
        elif text:
            pending_zero = True
    if number:
        text += ("零" if pending_zero else "") + _DIGITS[number]
    return text


def spoken_amount(amount: Decimal, currency: str, language: str, rng: random.Random) -> str:
    """``amount`` the way a debtor writing ``language`` might type it."""
    whole = int(amount)
    plain = str(whole) if amount == whole else f"{amount:.2f}"
    if language == "en":
        symbol = {"USD": "$", "CNY": "¥", "GBP": "£", "EUR": "€"}.get(currency)
        forms = [plain, f"{whole:,}" if amount == whole else plain]
        if symbol is not None:
            forms.append(f"{symbol}{plain}")
        forms.append(f"{plain} dollars" if currency == "USD" else f"{plain} {currency}")
        if currency == "CNY":
            forms.append(f"{plain} yuan")
        return rng.choice(forms)
    traditional = language == "zh_Hant"
    unit = {"USD": "美元", "CNY": "元"}.get(currency, "元")
    forms = [f"{plain}{unit}", plain, f"{plain}{'塊' if traditional else '块'}"]
    if amount == whole and whole % 10 == 0 and whole < 100_000_000:
        forms.append(chinese_numeral(whole, traditional=traditional) + unit)
    if amount == whole and whole >= 10_000 and whole % 1000 == 0:
        wan = Decimal(whole) / 10_000
        forms.append(f"{wan.normalize():f}{'萬' if traditional else '万'}")
    return rng.choice(forms)


def spoken_date(day: date, today: date, language: str, rng: random.Random) -> str:
    """``day`` the way a debtor writing ``language`` might name it (it is after ``today``)."""
    next_month = (today.month % 12) + 1 == day.month and day.year - today.year in (0, 1)
    if language == "en":
        month = _MONTHS[day.month - 1]
        forms = [f"{month} {day.day}", f"{day.day} {month}", f"the {_ordinal(day.day)} of {month}"]
        if next_month:
            forms.append(f"the {_ordinal(day.day)} of next month")
        return rng.choice(forms)
    mark = "號" if language == "zh_Hant" else "号"
    forms = [f"{day.month}月{day.day}日", f"{day.month}月{day.day}{mark}"]
    if next_month:
        forms.append(("下個月" if language == "zh_Hant" else "下个月") + f"{day.day}{mark}")
    return rng.choice(forms)


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def spoken_fact(answer: str, fact: FactKind, rng: random.Random) -> str:
    """The identity answer as typed: a date of birth in one of the forms the bot accepts."""
    if fact is not FactKind.DATE_OF_BIRTH:
        return answer
    born = date.fromisoformat(answer)
    return rng.choice(
        (
            answer,
            answer,
            f"{born.year}/{born.month}/{born.day}",
            f"{born.year}.{born.month:02d}.{born.day:02d}",
            f"{born.year}年{born.month}月{born.day}日",
            f"{born:%Y%m%d}",
        )
    )
