"""Days and figures read from blind85's misses (v103), in other words than blind85's.

* Currencies of the Bahamas (B$), Belize (BZ$), Tanzania (TSh), Uganda (Ushs, UGX), Nepal (NRs),
  Central Africa (FCFA), Botswana by name (pula) and "dollars Canadian"; Taiwanese Hokkien's 箍.
  Not a lone "P" (a Filipino's pesos as often as Botswana's pula) nor "Le".
* Thousands set apart by a space next to a currency after them ("25 000 FCFA"), as before them
  ("R1 200"); "2 300 a month" stays two figures.
* "the first of December": a day of a month in words, with "the" and "of".
* 月头 (the start of the month), and 下个月月底 (the end of next month, not this one's).
"""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Period
from tests.unit.nlu.support import assert_figure, read


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency", "per"),
    [
        ("en", "can do B$250 a month from Christmas", "250", "BSD", Period.MONTH),
        ("en", "BZ$75 a week is what I have", "75", "BZD", Period.WEEK),
        ("en", "I will send TSh 50,000 every week", "50000", "TZS", Period.WEEK),
        ("en", "please accept Ushs 200,000 a month", "200000", "UGX", Period.MONTH),
        ("en", "I can manage NRs 8,000 monthly", "8000", "NPR", Period.MONTH),
        (
            "en",
            "je peux payer 40 000 FCFA par mois, I can pay 40 000 FCFA a month",
            "40000",
            "XAF",
            Period.MONTH,
        ),
        ("en", "I could do 600 pula a month", "600", "BWP", Period.MONTH),
        ("en", "I'll send 300 dollars Canadian by Friday", "300", "CAD", Period.ONCE),
        ("zh_Hant", "一個月還五千箍好無", "5000", "TWD", Period.MONTH),
    ],
)
def test_figures_v103(language: str, text: str, amount: str, currency: str, per: Period) -> None:
    assert_figure(text, language, amount, currency, per)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I paid P500 at the mall branch yesterday"),
        ("en", "can I do 2 300 a month"),
    ],
)
def test_no_new_currency_is_read_v103(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.amount is None or reading.amount.currency is None, reading.amount


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "I can start paying 80 a month from the first of December", date(2026, 12, 1)),
        ("en", "I will pay it all on the tenth of January", date(2027, 1, 10)),
        ("zh_Hant", "下個月頭一定還", date(2026, 12, 1)),
        ("zh_Hans", "能不能宽限到下个月月底再还", date(2026, 12, 31)),
    ],
)
def test_the_day_is_read_v103(language: str, text: str, day: date) -> None:
    reading = read(text, language)

    assert reading.date is not None, text
    assert reading.date.date == day


def test_the_first_of_many_is_no_day_v103() -> None:
    assert read("this is the first of many payments, thank you", "en").date is None
