"""One interpreter for every nlu test (loading the lexicons takes a few hundred ms)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from negotiator.nlu.interpretation import Intent, Interpretation, Period
from negotiator.nlu.interpreter import Interpreter

CORPUS = Path(__file__).resolve().parents[2] / "nlu_corpus"
TODAY = date(2026, 11, 18)
"""Wednesday 18 November 2026: the day the corpus dates are labelled against."""


@cache
def interpreter() -> Interpreter:
    """The interpreter over the packaged lexicons, built once per test run."""
    return Interpreter.load()


def read(text: str, language: str = "zh_Hans", today: date = TODAY) -> Interpretation:
    """Interpret ``text`` as a message in ``language`` sent on ``today``."""
    return interpreter().interpret(text, language, today=today)


def lexicon_said(text: str, language: str, intent: Intent) -> bool:
    """Whether a lexicon entry (not a model) found ``intent`` in ``text``: the lexicon tests
    check the words themselves, whatever the models would add."""
    return any(
        cue.signal == intent.value
        and cue.suppressed is None
        and not cue.rule.startswith(
            ("model:", "meaning:", "models:", "ngram-alone:", "meaning-alone:", "meaning-sure:")
        )
        for cue in read(text, language).cues
    )


def assert_kept_beside(text: str, language: str, intent: Intent, beside: Intent) -> None:
    """``text`` keeps ``intent`` with ``beside`` among its signals (a representation with the
    opt-out beside it: the conventions of ``tests/nlu_corpus/README.md``)."""
    reading = read(text, language)
    assert reading.intent is intent, reading
    assert beside in reading.signals, reading


def assert_read_in_words(text: str, language: str, intent: Intent, suffix: str = "") -> None:
    """A lexicon entry finds ``intent`` in ``text`` (not a model's guess), and the reading keeps it;
    with ``suffix`` (``"_v50"``), an entry whose id ends so is among those that found it."""
    assert lexicon_said(text, language, intent), text
    reading = read(text, language)
    assert intent in reading.signals
    said = {c.signal for c in reading.cues if c.rule.endswith(suffix) and not c.suppressed}
    assert intent.value in said, text


def assert_figure(text: str, language: str, amount: str, currency: str | None, per: Period) -> None:
    """``text`` is read with the figure ``amount`` in ``currency`` (``None``: none named) ``per``."""
    reading = read(text, language)
    assert reading.amount is not None, text
    assert reading.amount.amount == Decimal(amount)
    assert reading.amount.currency == currency
    assert reading.amount.per is per


def assert_day(text: str, language: str, day: date) -> None:
    """``text`` is read with the day ``day``, a day of its own, not a payday's."""
    reading = read(text, language)
    assert reading.date is not None, text
    assert (reading.date.date, reading.date.relative_to_payday) == (day, False)


def assert_payday(text: str, language: str) -> None:
    """``text`` ties its payment to a payday (a pension, a grant, wages coming in), named or not."""
    reading = read(text, language)
    assert reading.date is not None, text
    assert reading.date.relative_to_payday, text


def read_as_figure_of_speech(text: str, language: str, suffix: str) -> Interpretation:
    """The reading of ``text``, checked to hold a figure of speech of the entries whose ids end
    in ``suffix`` (``"_v46"``): the words, not luck in a model's guess, keep its intent out."""
    reading = read(text, language)
    assert any(c.rule.endswith(suffix) and c.suppressed == "figurative" for c in reading.cues), text
    return reading


def assert_not_said_by(text: str, language: str, suffix: str) -> Interpretation:
    """No entry whose id ends in ``suffix`` counts in the reading of ``text`` (a look-alike: a
    match suppressed, negated, a figure or waiting alone beside nothing, says nothing); the
    reading, for further checks."""
    reading = read(text, language)
    assert not any(c.rule.endswith(suffix) and c.suppressed is None for c in reading.cues), reading
    return reading
