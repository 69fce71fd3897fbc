"""Lexicons v7: what the simulator (issue 10) found the understanding getting wrong.

Each misreading here led the bot to do something a debtor would notice: a crisis message after
"honestly I just forgot about it", an instalment ten times what the debtor said they could pay,
a payment date a month early. The sentences are the simulator's phrasings or written like them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from negotiator.nlu.interpreter import Interpreter, _bare_figure
from tests.unit.nlu.support import interpreter, read

# -- the n-gram model's self-harm guess needs the subject's own words -----------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "honestly I just forgot about it"),
        ("en", "Look, the company I worked for shut down and I've been out of work since"),
        ("en", "Sorry... I'm earning maybe half of what I used to"),
        ("en", "I'm sorry. I've got too many loans and cards and I can't keep up with all of them"),
        ("en", "my mother got very ill and I've been paying for her care"),
        ("en", "Honestly, it slipped my mind, I moved house and missed the letters"),
    ],
)
def test_an_ordinary_hardship_story_is_not_read_as_self_harm(language: str, text: str) -> None:
    reading = read(text, language)
    assert Intent.SELF_HARM_RISK not in reading.signals, reading.cues


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the kids found my letter"),
        ("en", "I just want to sleep forever"),
        ("zh_Hans", "真想睡着了就别醒"),  # 想解脱 is read in words since v74
        ("zh_Hant", "屋企人冇我會好啲"),
    ],
)
def test_a_warning_sign_only_the_model_knows_still_counts(language: str, text: str) -> None:
    """These hold an evidence word but no lexicon phrase: the model alone finds them."""
    reading = read(text, language)
    assert reading.intent is Intent.SELF_HARM_RISK
    assert all(c.rule.startswith("model:") for c in reading.cues if c.signal == "self_harm_risk")


def test_without_evidence_words_the_model_may_not_add_self_harm() -> None:
    loaded = interpreter()
    text = "the kids found my letter"
    assert Intent.SELF_HARM_RISK not in loaded.unsupported(loaded.normalize(text))
    assert Intent.SELF_HARM_RISK in loaded.unsupported(loaded.normalize("I just forgot"))
    bare: Interpreter = replace(loaded, evidence={})
    assert bare.interpret(text, "en").intent is Intent.SELF_HARM_RISK


# -- "I'll" is not "ill" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["I'll pay on Friday", "ill pay 200 next week", "Ill try to send something friday"]
)
def test_i_will_is_not_illness(text: str) -> None:
    reading = read(text, "en")
    assert reading.reason is None
    assert reading.intent is Intent.PROMISE_TO_PAY


def test_being_ill_is_still_illness() -> None:
    assert read("I've been ill since October", "en").reason == "illness"


# -- amounts with a word between the figure and its period ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("I have about 190 left over each month", "en", "190"),
        ("after rent I've got maybe $300 spare a month", "en", "300"),
        ("I can do 200 max a month", "en", "200"),
        ("500块左右一个月", "zh_Hans", "500"),
    ],
)
def test_a_filler_word_before_the_period_keeps_the_amount_monthly(
    text: str, language: str, amount: str
) -> None:
    reading = read(text, language)
    assert reading.amount is not None
    assert (str(reading.amount.amount), reading.amount.per.value) == (amount, "month")


def test_paid_last_month_is_not_a_monthly_amount() -> None:
    reading = read("I paid 300 last month", "en")
    assert reading.amount is not None
    assert reading.amount.per.value == "once"


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("一个月十美元，再多就不行了", "10", "USD"), ("每月百元", "100", "CNY")],
)
def test_a_lone_unit_numeral_with_a_currency_is_money(
    text: str, amount: str, currency: str
) -> None:
    reading = read(text, "zh_Hans")
    assert reading.amount is not None
    assert (str(reading.amount.amount), reading.amount.currency) == (amount, currency)


@pytest.mark.parametrize("text", ["为了几千块去死？不至于 钱我周五还", "上千元的利息", "一了百了"])
def test_several_thousand_is_not_a_figure(text: str) -> None:
    assert read(text, "zh_Hans").amount is None


# -- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["I can pay on the 15th of January", "I will pay the 15th of Jan", "15th of January"]
)
def test_the_day_of_a_named_month_is_that_month(text: str) -> None:
    mention = read(text, "en").date
    assert mention is not None
    assert mention.date == date(2027, 1, 15)  # not the next 15th (TODAY is 18 November 2026)


# -- a date of birth is not a dispute ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("it's 1951年7月10日", "en"),
        ("1999年10月18日", "zh_Hans"),
        ("是1956年10月11日喔", "zh_Hant"),
        ("born 1990-05-03", "en"),
        ("1991-01-01", "en"),
    ],
)
def test_a_date_of_birth_with_hardly_a_word_is_left_to_the_lexicons(
    text: str, language: str
) -> None:
    # Retrained on blind7 and blind8, the models read bare dates as disputes or a lawyer: 46 of
    # the simulator's 2,000 debtors were handed over for a "dispute" while answering the
    # identity question (dispute escalations 113 -> 67 with the rule).
    reading = interpreter().interpret(text, language)
    assert not any(cue.rule.startswith(("model:", "meaning:")) for cue in reading.cues)
    assert not {Intent.DISPUTE_AMOUNT, Intent.DISPUTE_NOT_MINE, Intent.LEGAL_REPRESENTATION} & set(
        reading.signals
    )


def test_a_figure_with_words_is_still_read_by_the_models() -> None:
    loaded = interpreter()
    assert not _bare_figure(loaded.normalize("I can only do 200 a month, I lost my job"))
    assert _bare_figure(loaded.normalize("it's 1951年7月10日"))
