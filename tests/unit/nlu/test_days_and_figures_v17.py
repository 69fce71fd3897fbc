"""Days and figures read from blind13's misses (v17), and the payday convention of the corpus.

blind13 was measured once on v16: 16 of its 85 dates were wrong. Three were a payday named
with its day, labelled without the payday flag (a convention the corpus authors read two ways,
settled in the corpus README); the rest are below.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from negotiator.nlu.evaluation import CorpusItem, EvaluationReport, score
from negotiator.nlu.interpretation import Intent
from negotiator.nlu.resolution import paid_on
from tests.unit.nlu.support import TODAY, interpreter, read


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("廿五號還", date(2026, 11, 25)),
        ("卅號前一定還晒", date(2026, 11, 30)),
        ("下個月廿號俾你", date(2026, 12, 20)),
    ],
)
def test_twenty_and_thirty_in_one_character_name_a_day(text: str, day: date) -> None:
    reading = read(text, "zh_Hant")

    assert reading.date is not None
    assert reading.date.date == day


def test_twenty_in_one_character_is_a_sum() -> None:
    reading = read("每個月還廿蚊都唔得？", "zh_Hant")

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(20)


@pytest.mark.parametrize(
    "text",
    [
        "i have two payday loans and 5 cards maxed, no idea which to pay first",
        "is $40 a week ok? I get paid weekly so that's easier",
        "i get paid less since they cut my shifts",
    ],
)
def test_payday_loans_and_pay_frequencies_are_no_payday(text: str) -> None:
    reading = read(text, "en")

    assert reading.date is None or not reading.date.relative_to_payday


def test_cantonese_tomorrow_night_is_tomorrow() -> None:
    reading = read("今日好攰，聽晚先過數", "zh_Hant")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 19)


def test_of_two_days_the_one_paid_on_wins() -> None:
    reading = read("今天加班到十点，明天发工资了就还你们", "zh_Hans")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 19)


def test_a_payday_named_with_its_day_keeps_the_day() -> None:
    reading = read("我们公司每个月15号发工资，到时候先还两千，剩下的下个月再说", "zh_Hans")

    assert reading.date is not None
    assert reading.date.date == date(2026, 12, 15)


def test_a_day_agreed_to_with_words_of_assent_is_kept() -> None:
    reading = read("那就下周五吧，可以", "zh_Hans")

    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 27)


def test_a_refusal_in_a_warning_sign_dates_no_payment() -> None:
    reading = read(
        "gave my cat to my neighbour today. nothing left for me here. do whatever u want with the debt",
        "en",
    )

    assert reading.intent is Intent.SELF_HARM_RISK
    assert reading.date is None


def test_a_payment_a_model_reads_brings_its_past_day() -> None:
    told = read("前日入咗錢，你哋check下先", "zh_Hant")
    said = replace(told, signals=(Intent.ALREADY_PAID,), intent=Intent.ALREADY_PAID, date=None)
    normal = interpreter().normalize(said.text)

    dated = paid_on(said, normal, interpreter().dates, TODAY)

    assert dated.date is not None
    assert dated.date.date == date(2026, 11, 16)
    assert paid_on(replace(said, signals=()), normal, interpreter().dates, TODAY).date is None


@pytest.mark.parametrize(
    "text",
    [
        "Cease all communication with me regarding account 55201873.",
        "stop texting me about member no 88120456",
        "my customer number is 6602119, why am i getting these",
    ],
)
def test_account_and_customer_numbers_are_no_sums(text: str) -> None:
    assert read(text, "en").amount is None


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "I can't afford the full 4,200. How about 1500 and we call it even?", "1500"),
        ("en", "cannot pay the 3000 you want, i could send 800 though", "800"),
        ("zh_Hans", "本金一万二，现在让我还两万三？你们算错了吧", "12000"),
    ],
)
def test_a_figure_refused_or_demanded_gives_way(language: str, text: str, amount: str) -> None:
    reading = read(text, language)

    assert reading.amount is not None
    assert reading.amount.amount == Decimal(amount)


def _dated(day: date | None, payday: bool) -> EvaluationReport:
    item = CorpusItem.model_validate(
        {
            "id": "x",
            "lang": "zh_Hans",
            "text": "15号发工资，到时候还你",
            "intent": "promise_to_pay",
            **({"date": day.isoformat()} if day else {}),
            **({"after_payday": True} if payday else {}),
        }
    )
    report = EvaluationReport()
    score(report, item, read(item.text, item.lang))
    return report


def test_the_evaluation_compares_the_day_alone_where_one_is_labelled() -> None:
    assert read("15号发工资，到时候还你").date is not None
    assert _dated(date(2026, 12, 15), payday=False).date.hits == 1
    assert _dated(date(2026, 12, 15), payday=True).date.hits == 1
    assert _dated(date(2026, 12, 16), payday=True).date.hits == 0
    assert _dated(None, payday=True).date.hits == 0  # the day read is not labelled
