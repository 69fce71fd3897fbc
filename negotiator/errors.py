"""Every error negotiator raises on purpose, in one place.

The hierarchy::

    NegotiatorError                   anything negotiator raises deliberately
    ├── DomainError                   a domain rule was broken by the caller
    │   └── CurrencyMismatch          arithmetic across two currencies
    ├── DataFileError                 a YAML data file (policy, dialog, rule pack) is invalid;
    │                                 carries every Problem with file, line and field
    ├── ImportRejected                a CSV import was refused as a whole; carries every RowProblem
    ├── LinkError                     a deep-link token is malformed, forged or unknown
    ├── NotFound                      a record the caller named does not exist
    ├── ComplianceBlocked             a document the compliance filter refused; never sent
    └── ConcurrencyConflict           another worker changed the same record first (optimistic lock)

A user-facing error says what was wrong, where (file, line, field or row, column) and how to fix
it; ``str(error)`` is always ready to print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class NegotiatorError(Exception):
    """Base class of every deliberate negotiator error."""


class DomainError(NegotiatorError):
    """A domain rule was broken by the caller (a programming error, not bad user input)."""


class CurrencyMismatch(DomainError):
    """Money in two different currencies was combined."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a data file.

    Attributes:
        file: The path of the file, as given.
        line: 1-based line number of the offending value (or its closest parent), if known.
        field: Dotted path of the field, e.g. ``portfolios[0].instalments.max_count``.
        message: What is wrong and, where possible, how to fix it.
    """

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class DataFileError(NegotiatorError):
    """A YAML data file could not be loaded; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem in one row of an imported CSV file.

    Attributes:
        row: 1-based line number in the file (the header is line 1).
        column: The column at fault, or ``""`` for the whole row.
        message: What is wrong and how to fix it.
    """

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


class ImportRejected(NegotiatorError):
    """A CSV file was refused as a whole; nothing was imported. ``problems`` lists every row."""

    def __init__(self, file: str, problems: Sequence[RowProblem]) -> None:
        self.file = file
        self.problems = tuple(sorted(problems, key=lambda p: p.row))
        lines = [f"{file}: nothing imported, {len(self.problems)} problem(s):"]
        lines += [f"  {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class LinkError(NegotiatorError):
    """A deep-link token is malformed, was not signed with our secret, or names no account."""


class ComplianceBlocked(NegotiatorError):
    """A document for the debtor broke a compliance rule; it is not sent (the reason says why)."""


class NotFound(NegotiatorError):
    """A record named by the caller does not exist."""


class ConcurrencyConflict(NegotiatorError):
    """Another worker changed the same record first; reload and try again."""


class AlreadyProcessed(NegotiatorError):
    """A Telegram update's effects were committed by another attempt; this one is rolled back."""
