"""A figure said with no word of money is still money in a debt conversation — unless it is a
number of something else (``amounts.BARE_MINIMUM``, the ``not_before`` words, hyphenated numbers).

Independent corpus authors label "is it still 860" and "350 now and the rest later" with their
figure; the interpreter used to read a figure only next to a currency, a period or a money verb.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "is it still 860 or has it gone up", "860"),
        ("en", "350 now and the rest when i get paid", "350"),
        ("en", "the letter says 1,140 but the app says 820", "1140"),
        ("zh_Hans", "这笔7500的账不是我的", "7500"),
        ("zh_Hant", "我尋日已經過咗數，1200", "1200"),
    ],
)
def test_a_bare_figure_is_money(language: str, text: str, figure: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(figure)
    assert reading.amount.bare


def test_a_bare_figure_implies_no_offer() -> None:
    reading = read("is it really 2400 now", "en")

    assert reading.amount is not None
    assert reading.amount.bare
    assert not reading.has(Intent.COUNTER_OFFER)


def test_a_figure_with_a_word_of_money_ranks_above_a_bare_one() -> None:
    reading = read("the letter said 1800, i can pay 300 a month", "en")

    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.bare) == (Decimal("300"), False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "paid it all yesterday, confirmation #55123"),
        ("en", "my lawyer's number is 555-0199"),
        ("en", "filed last week, case no. 24-7781"),
        ("en", "send it to PO box 4411 instead"),
        ("en", "room 305 at the county hospital, can't talk"),
        ("en", "they cut my shifts again, im down to 25 now"),
        ("en", "born in 1985 and never borrowed a cent"),
        ("zh_Hans", "尾号4471那张卡不是我的"),
        ("zh_Hant", "請打電話0912-345-678搵我律師"),
    ],
)
def test_a_number_of_something_else_is_not_money(language: str, text: str) -> None:
    assert read(text, language).amount is None


def test_a_range_of_sums_is_not_a_phone_number() -> None:
    reading = read("i could manage 200-300 a month", "en")

    assert reading.amount is not None
    assert reading.amount.per.value == "month"


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("zh_Hans", "下周我把最后那2000转过去", "2000"),
        ("en", "the balance is wrong, it's 1,900 not 2,900", "1900"),
    ],
)
def test_four_digits_that_are_no_year(language: str, text: str, figure: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(figure)


@pytest.mark.parametrize(
    "text",
    ["this should have been closed when we settled in 2023", "they charged a fee for one letter"],
)
def test_a_year_or_a_count_in_words_is_not_money(text: str) -> None:
    assert read(text, "en").amount is None


def test_a_small_figure_in_words_with_a_currency_is_money() -> None:
    reading = read("i can send five bucks now", "en")

    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.currency) == (Decimal("5"), "USD")


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("zh_Hans", "本金才八千，现在要我还一万多", "8000"),
        ("zh_Hant", "我淨係借咗六千蚊，點解張單寫九千幾", "6000"),
    ],
)
def test_a_rough_sum_is_not_the_figure(language: str, text: str, figure: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(figure)


@pytest.mark.parametrize("text", ["3q", "thx 4u", "see u at 5pm"])
def test_a_figure_glued_to_letters_is_part_of_a_word(text: str) -> None:
    assert read(text, "en").amount is None


def test_a_figure_glued_to_a_currency_code_is_still_money() -> None:
    reading = read("500usd next week", "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal("500")
