"""Reading a creditor's CSV file into rows validated by a pydantic model, with row numbers."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from negotiator.errors import ImportRejected, RowProblem

R = TypeVar("R", bound=BaseModel)

MAX_PROBLEMS = 200
"""Stop collecting after this many problems; a file that bad needs fixing at the source."""


@dataclass(frozen=True, slots=True)
class NumberedRow(Generic[R]):
    """A validated row and its line number in the file (the header is line 1)."""

    line: int
    row: R


def read_csv_text(path: Path) -> str:
    """The file's text, accepting UTF-8 with or without the BOM Excel writes.

    Raises:
        ImportRejected: the file is missing or not UTF-8.
    """
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ImportRejected(str(path), [RowProblem(0, "", "file not found")]) from None
    except UnicodeDecodeError as exc:
        message = (
            f"the file is not UTF-8 (byte {exc.start}); save it as 'CSV UTF-8' "
            "(Excel) or convert it, e.g. iconv -f GB18030 -t UTF-8"
        )
        raise ImportRejected(str(path), [RowProblem(0, "", message)]) from None


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, recorded in the audit log to prove what was imported."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    for record in reader:
        yield reader.line_num, record


def validate_csv(
    path: Path,
    model: type[R],
    *,
    required: Sequence[str],
    context: dict[str, Any],
    check_row: Callable[[int, R], list[RowProblem]] | None = None,
    on_row: Callable[[int, int], None] | None = None,
) -> tuple[list[NumberedRow[R]], list[RowProblem]]:
    """Validate every row of a CSV file.

    Returns:
        The valid rows and the problems of the others, so that a caller with checks of its own
        can report every problem of the file at once.

    Args:
        path: The CSV file; its first line names the columns (any order, case-insensitive).
        model: The pydantic model of one row; its field names are the column names.
        required: Columns that must be present in the header.
        context: Passed to the model's validators (the policy, today's date, …).
        check_row: Extra checks that need more than one row (duplicates, …).
        on_row: Called with (line, total lines) after each row, for progress bars.

    Raises:
        ImportRejected: the file cannot be read, its header is wrong, or it has no rows.
    """
    rows: list[NumberedRow[R]] = []
    problems: list[RowProblem] = []
    for found in validated_rows(
        str(path),
        read_csv_text(path),
        model,
        required=required,
        context=context,
        check_row=check_row,
        on_row=on_row,
    ):
        if isinstance(found, NumberedRow):
            rows.append(found)
        else:
            problems.append(found)
    return rows, problems


def validated_rows(
    file: str,
    text: str,
    model: type[R],
    *,
    required: Sequence[str],
    context: dict[str, Any],
    check_row: Callable[[int, R], list[RowProblem]] | None = None,
    on_row: Callable[[int, int], None] | None = None,
) -> Iterator[NumberedRow[R] | RowProblem]:
    """:func:`validate_csv` one row at a time, over the text of ``file``: each valid row, and
    each problem, as it is found; nothing is kept (an import of a few hundred thousand rows can
    check them all, then read them again to store them in batches).

    Raises:
        ImportRejected: the header is wrong, or the file has no rows.
    """
    total_lines = text.count("\n") or 1
    records = _rows(text)
    first = next(records, None)
    if first is None:
        raise ImportRejected(file, [RowProblem(1, "", "the file is empty; expected a header line")])
    header = [name.strip().lower() for name in first[1]]
    known = set(model.model_fields)
    problems = [RowProblem(1, name, "unknown column") for name in header if name not in known]
    problems += [
        RowProblem(1, name, "required column is missing") for name in required if name not in header
    ]
    if len(set(header)) != len(header):
        problems.append(RowProblem(1, "", "a column name appears twice"))
    if problems:
        raise ImportRejected(file, problems)

    found_rows = found_problems = 0
    for line, record in records:
        if not any(cell.strip() for cell in record):
            continue  # blank lines are harmless
        if len(record) != len(header):
            found_problems += 1
            yield RowProblem(line, "", f"has {len(record)} fields, the header has {len(header)}")
        else:
            data = {name: cell.strip() for name, cell in zip(header, record, strict=True)}
            try:
                row = model.model_validate(data, context=context)
            except ValidationError as exc:
                for error in exc.errors(include_url=False):
                    column = str(error["loc"][0]) if error["loc"] else ""
                    message = error["msg"].removeprefix("Value error, ")
                    found_problems += 1
                    yield RowProblem(line, column, message)
            else:
                extra = check_row(line, row) if check_row else []
                found_problems += len(extra)
                yield from extra
                if not extra:
                    found_rows += 1
                    yield NumberedRow(line, row)
        if on_row:
            on_row(line, total_lines)
        if found_problems >= MAX_PROBLEMS:
            yield RowProblem(line, "", f"stopped after {MAX_PROBLEMS} problems")
            return
    if not found_rows and not found_problems:
        raise ImportRejected(file, [RowProblem(1, "", "the file has a header but no rows")])
