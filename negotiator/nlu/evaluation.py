"""Scoring the interpreter against a labelled corpus (``negotiator nlu eval``).

A corpus is a JSON-lines file, one labelled message per line::

    {"id": "test-en-001", "lang": "en", "text": "I'll pay next Friday",
     "intent": "promise_to_pay", "date": "2026-11-27"}

Optional labels: ``signals`` (intents that must also be detected), ``reason``, ``amount`` (a
decimal string), ``currency``, ``per`` (``once`` when an amount is given without it), ``date``
(ISO), ``after_payday``, and ``today``/``tz`` to override the evaluation's "today".

The figures (see :class:`EvaluationReport`):

* intent accuracy per language and per intent (the share of messages of that intent read so);
* reason accuracy over the messages labelled hardship (intent or signal);
* amount exact match over the messages where the label or the reading has an amount: amount,
  currency and period must all agree; date exact match on the day where one is labelled, and on
  the payday flag where none is ("after payday" with no day; a payday named with its day is
  labelled with the day, with or without the flag);
* for each safety intent, its recall (labelled as intent or signal, and detected in
  ``signals``) and the confusion: what the interpreter said instead when it missed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from negotiator.datafile import validation_problems
from negotiator.domain.policy import HardshipReason
from negotiator.errors import DataFileError, Problem
from negotiator.nlu.interpretation import RECALL_INTENTS, SAFETY_REPORTED, Intent, Interpretation
from negotiator.nlu.interpreter import Interpreter


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The bar a corpus evaluation must clear (issue 4's "Show" section).

    Attributes:
        intent_accuracy: Minimum intent accuracy in every language.
        amount_exact: Minimum amount exact-match rate.
        date_exact: Minimum date exact-match rate.
        safety_recall: Minimum recall of each of :data:`RECALL_INTENTS`.
    """

    intent_accuracy: float = 0.90
    amount_exact: float = 0.95
    date_exact: float = 0.90
    safety_recall: float = 1.0


Day = date
"""``datetime.date``, under a name that the ``date`` field below does not hide."""


class CorpusItem(BaseModel):
    """One labelled message of the corpus."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    """A unique id, e.g. ``test-hans-001``."""
    lang: Literal["zh_Hans", "zh_Hant", "en"]
    """The message's language."""
    text: str = Field(min_length=1)
    """The message as a debtor would send it."""
    intent: Intent
    """The expected intent."""
    signals: list[Intent] = []
    """Other intents that must be detected as well."""
    reason: HardshipReason | None = None
    """The expected hardship reason, if any."""
    amount: Decimal | None = None
    """The expected amount, if any."""
    currency: str | None = None
    """The expected currency, or none when the message names none."""
    per: Literal["month", "week", "instalment", "once"] | None = None
    """How often the amount is meant (``once`` when an amount is given without it)."""
    date: Day | None = None
    """The expected day, resolved against ``today``."""
    after_payday: bool = False
    """The message ties the payment to payday."""
    today: Day | None = None
    """Overrides the evaluation's today for this message."""

    def expected_amount(self) -> tuple[Decimal, str | None, str] | None:
        """``(amount, currency, per)`` or ``None``."""
        if self.amount is None:
            return None
        return (self.amount, self.currency, self.per or "once")

    def wanted(self) -> set[Intent]:
        """The intent and every labelled signal."""
        return {self.intent, *self.signals}


def load_corpus(path: Path) -> list[CorpusItem]:
    """Read a JSON-lines corpus.

    Raises:
        DataFileError: a line is not JSON or not a valid item (each problem with its line).
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError([Problem(str(path), None, "", f"cannot read: {exc}")]) from exc
    items: list[CorpusItem] = []
    problems: list[Problem] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            items.append(CorpusItem.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(Problem(str(path), number, "", f"not valid JSON: {exc.msg}"))
        except ValidationError as exc:
            found = validation_problems(exc, str(path), {})
            problems += [Problem(str(path), number, p.field, p.message) for p in found]
    if problems:
        raise DataFileError(problems)
    return items


def _reading_amount(reading: Interpretation) -> tuple[Decimal, str | None, str] | None:
    amount = reading.amount
    return None if amount is None else (amount.amount, amount.currency, amount.per.value)


def _reading_date(reading: Interpretation) -> tuple[date | None, bool] | None:
    day = reading.date
    return None if day is None else (day.date, day.relative_to_payday)


def _expected_date(item: CorpusItem) -> tuple[date | None, bool] | None:
    if item.date is None and not item.after_payday:
        return None
    return (item.date, item.after_payday)


def _same_day(
    expected: tuple[date | None, bool] | None, got: tuple[date | None, bool] | None
) -> bool:
    """Whether a reading's day agrees with the label: the day alone where one is labelled."""
    if expected is not None and expected[0] is not None:
        return got is not None and got[0] == expected[0]
    return expected == got


@dataclass(frozen=True, slots=True)
class Rate:
    """A share: ``hits`` out of ``total``."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """``hits / total`` (1.0 when there is nothing to count)."""
        return self.hits / self.total if self.total else 1.0

    def add(self, hit: bool) -> Rate:
        """This rate with one more observation."""
        return Rate(self.hits + int(hit), self.total + 1)

    def __str__(self) -> str:
        return f"{self.value:6.1%} ({self.hits}/{self.total})"


@dataclass(frozen=True, slots=True)
class Miss:
    """One message the interpreter got wrong, for the report."""

    item: CorpusItem
    reading: Interpretation
    what: str
    """What was read wrong and what it was read as ("reason None", "date 2026-11-20")."""
    wanted: str
    """What the label says for that same thing ("illness", "2026-11-19")."""


@dataclass(slots=True)
class EvaluationReport:
    """The scores of one evaluation run (see the module docstring for what each counts)."""

    by_language: dict[str, Rate] = field(default_factory=dict)
    by_intent: dict[Intent, Rate] = field(default_factory=dict)
    reason: Rate = field(default_factory=Rate)
    amount: Rate = field(default_factory=Rate)
    date: Rate = field(default_factory=Rate)
    recall: dict[Intent, Rate] = field(default_factory=dict)
    confusion: dict[Intent, Counter[str]] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    @property
    def total(self) -> Rate:
        """Intent accuracy over every language."""
        return Rate(
            sum(r.hits for r in self.by_language.values()),
            sum(r.total for r in self.by_language.values()),
        )

    def failures(self, thresholds: Thresholds = Thresholds()) -> list[str]:
        """Every threshold this run misses, as readable sentences (empty when all pass)."""
        out = [
            f"intent accuracy in {language} is {rate.value:.1%}, "
            f"below {thresholds.intent_accuracy:.0%}"
            for language, rate in self.by_language.items()
            if rate.value < thresholds.intent_accuracy
        ]
        if self.amount.value < thresholds.amount_exact:
            out.append(f"amount exact match is {self.amount.value:.1%}")
        if self.date.value < thresholds.date_exact:
            out.append(f"date exact match is {self.date.value:.1%}")
        out += [
            f"recall of {intent.value} is {rate.value:.1%}"
            for intent, rate in self.recall.items()
            if intent in RECALL_INTENTS and rate.value < thresholds.safety_recall
        ]
        return out


def evaluate(
    interpreter: Interpreter,
    items: Iterable[CorpusItem],
    today: date,
    tz: str | None = None,
) -> EvaluationReport:
    """Interpret every item and score the readings against the labels."""
    report = EvaluationReport()
    for item in items:
        reading = interpreter.interpret(item.text, item.lang, today=item.today or today, tz=tz)
        _score(report, item, reading)
    return report


def score(report: EvaluationReport, item: CorpusItem, reading: Interpretation) -> None:
    """Add ``reading`` of ``item`` to ``report`` (what :func:`evaluate` does for each item)."""
    _score(report, item, reading)


def _score(report: EvaluationReport, item: CorpusItem, reading: Interpretation) -> None:
    right = reading.intent is item.intent
    language = report.by_language.get(item.lang, Rate())
    report.by_language[item.lang] = language.add(right)
    report.by_intent[item.intent] = report.by_intent.get(item.intent, Rate()).add(right)
    if not right:
        report.misses.append(
            Miss(item, reading, f"intent {reading.intent.value}", item.intent.value)
        )
    if Intent.HARDSHIP in item.wanted():
        report.reason = report.reason.add(reading.reason == item.reason)
        if reading.reason != item.reason:
            got = reading.reason.value if reading.reason is not None else None
            wanted = item.reason.value if item.reason is not None else None
            report.misses.append(Miss(item, reading, f"reason {got}", f"{wanted}"))
    expected_amount, got_amount = item.expected_amount(), _reading_amount(reading)
    if expected_amount is not None or got_amount is not None:
        report.amount = report.amount.add(expected_amount == got_amount)
        if expected_amount != got_amount:
            report.misses.append(Miss(item, reading, f"amount {got_amount}", f"{expected_amount}"))
    expected_date, got_date = _expected_date(item), _reading_date(reading)
    if expected_date is not None or got_date is not None:
        same = _same_day(expected_date, got_date)
        report.date = report.date.add(same)
        if not same:
            report.misses.append(Miss(item, reading, f"date {got_date}", f"{expected_date}"))
    for intent in SAFETY_REPORTED:
        if intent in item.wanted():
            found = intent in reading.signals
            report.recall[intent] = report.recall.get(intent, Rate()).add(found)
            if not found:
                confusion = report.confusion.setdefault(intent, Counter())
                confusion[reading.intent.value] += 1
                report.misses.append(Miss(item, reading, f"missed {intent.value}", intent.value))


def render_report(report: EvaluationReport, versions: dict[str, int]) -> Sequence[str]:
    """The report as lines of text, as ``negotiator nlu eval`` prints it."""
    lines = [
        "lexicons: " + ", ".join(f"{k} v{v}" for k, v in sorted(versions.items())),
        f"intent accuracy: {report.total}",
    ]
    lines += [f"  {language:<8} {rate}" for language, rate in sorted(report.by_language.items())]
    lines.append("per intent:")
    lines += [
        f"  {intent.value:<22} {rate}"
        for intent, rate in sorted(report.by_intent.items(), key=lambda kv: kv[0].value)
    ]
    lines.append(f"reason accuracy:    {report.reason}")
    lines.append(f"amount exact match: {report.amount}")
    lines.append(f"date exact match:   {report.date}")
    lines.append("safety recall (and what was said instead when missed):")
    for intent in SAFETY_REPORTED:
        rate = report.recall.get(intent)
        if rate is None:
            continue
        confusion = report.confusion.get(intent, Counter())
        instead = ", ".join(f"{name} x{count}" for name, count in confusion.most_common())
        lines.append(
            f"  {intent.value:<22} {rate}" + (f"  missed as: {instead}" if instead else "")
        )
    return lines
