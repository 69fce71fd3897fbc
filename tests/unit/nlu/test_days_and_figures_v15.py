"""Which day and which figure a message means, when it names several (read from blind11).

blind11 was measured once on v14; these are the code changes its misses showed, each with the
look-alike that must keep its old reading.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent, Interpretation, Period
from tests.unit.nlu.support import read


def _day(reading: Interpretation) -> date | None:
    return reading.date.date if reading.date is not None else None


# ---- days --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "i will pay it, just not today. give me till friday", date(2026, 11, 20)),
        ("en", "friday won't work, can do monday", date(2026, 11, 23)),
        ("zh_Hans", "我会还的，就是今天不行，后天吧", date(2026, 11, 20)),
        ("zh_Hant", "我會還㗎，不過今日唔得，後日啦", date(2026, 11, 20)),
    ],
)
def test_a_day_refused_gives_way_to_the_day_offered(language: str, text: str, day: date) -> None:
    assert _day(read(text, language)) == day


def test_a_lone_negated_day_is_still_the_day() -> None:
    # "not until friday": the only day there is, and the day that matters
    assert _day(read("i can't pay until friday", "en")) == date(2026, 11, 20)


def test_the_day_in_the_sentence_of_the_payment_wins() -> None:
    reading = read("got laid off tuesday. will pay 100 on the 10th", "en")

    assert _day(reading) == date(2026, 12, 10)
    assert reading.intent is Intent.PROMISE_TO_PAY


def test_a_day_with_no_word_of_paying_implies_no_promise() -> None:
    # "about" marks a figure as offered ("about 500"), but says nothing of paying
    reading = read(
        "i want to file a complaint about the guy who called me monday, he was rude", "en"
    )

    assert reading.intent is Intent.REQUEST_HUMAN
    assert not reading.has(Intent.PROMISE_TO_PAY)
    assert reading.date is None


@pytest.mark.parametrize(
    "text", ["friday, I'll transfer it", "next tuesday I can get you $220", "monday, the money"]
)
def test_a_day_with_a_word_of_paying_is_a_promise(text: str) -> None:
    assert read(text, "en").has(Intent.PROMISE_TO_PAY)


# ---- figures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "500 a month is impossible. 200 a month is what I can do", "200"),
        ("zh_Hans", "一个月3000实在不行，我最多一个月1200", "1200"),
        ("zh_Hans", "3000块不行，2000吧", "2000"),
        ("en", "1500 is too much, 1000?", "1000"),
    ],
)
def test_a_figure_refused_right_after_it_gives_way(language: str, text: str, amount: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


def test_a_figure_before_a_comma_and_a_day_is_both() -> None:
    reading = read("一个月3000实在不行，我最多一个月1200，20号开始")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal("1200")
    assert _day(reading) == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "amount"), [("paid 1,200.50 yesterday", "1200.50"), ("$1,500 to settle it", "1500")]
)
def test_a_thousands_comma_still_joins_a_figure(text: str, amount: str) -> None:
    reading = read(text, "en")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [("zh_Hans", "穷死了，卡里就剩八块钱", "8"), ("zh_Hant", "銀包得返八蚊", "8")],
)
def test_a_lone_chinese_digit_before_a_currency_is_money(
    language: str, text: str, amount: str
) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我们一块去"),
        ("zh_Hans", "一分钱都没有"),
        ("zh_Hans", "三块钱也不给"),
        ("zh_Hant", "我一蚊都唔會俾"),
        ("zh_Hant", "我而家真係好窮，一蚊都冇"),
    ],
)
def test_not_a_cent_and_together_are_no_figures(language: str, text: str) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I get 900 a month in benefits and rent is 750. I literally cannot pay"),
        ("zh_Hans", "我有尿毒症每周透析三次，低保一个月才一千二，真的还不起"),
    ],
)
def test_an_income_per_month_is_no_offer(language: str, text: str) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.HARDSHIP
    assert not reading.has(Intent.COUNTER_OFFER)


def test_the_offer_after_an_income_is_the_figure() -> None:
    reading = read("我退休了，退休金一个月才两千五，最多每月还两百")

    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.amount is not None
    assert reading.amount.amount == Decimal("200")


def test_an_offer_made_with_can_make_stays_an_offer() -> None:
    # "i make" states an income; "I can make" offers
    reading = read("I can make 200 a month", "en")

    assert reading.intent is Intent.COUNTER_OFFER


@pytest.mark.parametrize(
    "text", ["can I pay 200 on the 5th of every month", "200 on the 5th every month"]
)
def test_a_period_after_the_day_is_the_figures_period(text: str) -> None:
    reading = read(text, "en")

    assert reading.amount is not None
    assert reading.amount.per is Period.MONTH
    assert _day(reading) == date(2026, 12, 5)


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [("zh_Hant", "一萬二人工，點還", "12000"), ("zh_Hans", "两万一次", "20000")],
)
def test_a_last_digit_stays_before_a_word_of_a_sum(language: str, text: str, amount: str) -> None:
    # 人工 (wages) starts with 人, a count word ("三个人"); 一次 counts times
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


def test_what_is_left_over_each_month_is_what_one_can_pay() -> None:
    # 剩 is no word of a stated sum: the simulator's debtors say their capacity this way, and
    # with 剩 stated the bot offered three of them more than they had said they could pay
    reading = read("我算了一下，扣掉房租吃饭，每个月能剩800")

    assert reading.intent is Intent.COUNTER_OFFER
    assert reading.amount is not None
    assert reading.amount.amount == Decimal("800")
    assert reading.amount.per is Period.MONTH
