"""``negotiator agreements``: check a written confirmation's code; export every agreement.

``verify`` is what the creditor's staff run when a debtor (or anyone shown the PDF) reads out
the verification code: it names the agreement the code belongs to and checks that the stored
terms still match it. ``export`` hands every agreement with its schedule and status to the
creditor's systems, as CSV (one row per payment) or JSON (nested), streamed batch by batch.

This module wires its own App rather than importing :mod:`negotiator.cli` (which registers this
group), so the two cannot import each other in a circle.
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from contextlib import contextmanager
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Final, TextIO, TypeVar

import typer

from negotiator.bootstrap import App, bootstrap
from negotiator.domain.money import currency_exponent
from negotiator.domain.signing import group_agreement_code, normalize_agreement_code
from negotiator.errors import NegotiatorError
from negotiator.storage.records import Agreement

T = TypeVar("T")

EXPORT_BATCH: Final = 500
"""Agreements read from the database at a time during an export."""

CSV_COLUMNS: Final = (
    "agreement_number",
    "account_reference",
    "kind",
    "status",
    "currency",
    "total",
    "accepted_at",
    "verification_code",
    "instalment",
    "due_date",
    "amount",
    "paid",
    "instalment_status",
)
"""The CSV header: agreement columns, repeated on each of its payments' rows."""

app = typer.Typer(
    help="Accepted agreements: check a confirmation's verification code, export them all.",
    no_args_is_help=True,
)


class ExportFormat(StrEnum):
    """What ``export`` writes."""

    CSV = "csv"
    JSON = "json"


def _fail(message: str) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(1)


def _with_app(main: Callable[[App], Coroutine[Any, Any, T]]) -> T:
    """Run ``main`` with a wired App (schema ensured), closing it afterwards.

    Deliberate errors are printed plainly and exit with status 1.
    """

    async def run() -> T:
        application = bootstrap()
        try:
            await application.ensure_schema()
            return await main(application)
        finally:
            await application.close()

    try:
        return asyncio.run(run())
    except NegotiatorError as exc:
        raise _fail(str(exc)) from None


def _amount(value: Decimal, currency: str) -> str:
    # PostgreSQL pads to the column's scale (12.5000): print the currency's own precision.
    return str(value.quantize(currency_exponent(currency)))


@app.command("verify")
def verify(
    code: Annotated[
        list[str],
        typer.Argument(
            help="The code printed on the confirmation, e.g. 7KQ2-M9XD-4HPA-3TZC "
            "(spaces, dashes and case do not matter)."
        ),
    ],
) -> None:
    """Name the agreement a confirmation's verification code belongs to, and check its terms."""
    canonical = normalize_agreement_code("".join(code))
    if canonical is None:
        raise _fail("no agreement has this code (a code is 16 letters and digits)")

    # Imported here: the documents package brings in the PDF library, which other commands
    # (registered beside this one in the same process) should not pay for at start-up.
    from negotiator.documents.verification import code_matches

    async def find(application: App) -> tuple[Agreement | None, bool]:
        async with application.uow() as uow:
            agreement = await uow.agreements.by_verification_digest(canonical)
        intact = agreement is not None and code_matches(application.signer, agreement)
        return agreement, intact

    agreement, intact = _with_app(find)
    if agreement is None:
        raise _fail("no agreement has this code")
    if not intact:
        raise _fail(
            f"agreement {agreement.number} carries this code, but its stored terms no longer "
            "match it: the record was changed after the debtor accepted it (or the secret "
            "key was changed). Do not rely on it; check the audit log (negotiator audit verify)."
        )
    typer.echo(f"agreement:   {agreement.number}")
    typer.echo(f"account:     {agreement.account_reference}")
    typer.echo(f"total:       {agreement.currency} {_amount(agreement.total, agreement.currency)}")
    typer.echo(f"status:      {agreement.status}")
    typer.echo(f"accepted at: {agreement.accepted_at.isoformat()}")
    typer.echo(f"code:        {group_agreement_code(canonical)} (matches the agreed terms)")


def agreement_to_dict(agreement: Agreement) -> dict[str, Any]:
    """One agreement, JSON-ready: amounts as decimal strings, dates and instants ISO 8601."""
    currency = agreement.currency
    return {
        "number": agreement.number,
        "account_reference": agreement.account_reference,
        "kind": agreement.kind,
        "status": agreement.status,
        "currency": currency,
        "total": _amount(agreement.total, currency),
        "accepted_at": agreement.accepted_at.isoformat(),
        "verification_code": group_agreement_code(agreement.verification_digest),
        "terms": agreement.terms,
        "schedule": [
            {
                "number": payment.seq,
                "due_date": payment.due_date.isoformat(),
                "amount": _amount(payment.amount, currency),
                "paid": _amount(payment.paid, currency),
                "status": payment.status,
            }
            for payment in agreement.instalments
        ],
    }


def agreement_rows(agreement: Agreement) -> list[list[str]]:
    """One agreement's CSV rows: one per payment (one with empty payment columns if none)."""
    currency = agreement.currency
    head = [
        agreement.number,
        agreement.account_reference,
        agreement.kind,
        agreement.status,
        currency,
        _amount(agreement.total, currency),
        agreement.accepted_at.isoformat(),
        group_agreement_code(agreement.verification_digest),
    ]
    if not agreement.instalments:
        return [[*head, "", "", "", "", ""]]
    return [
        [
            *head,
            str(payment.seq),
            payment.due_date.isoformat(),
            _amount(payment.amount, currency),
            _amount(payment.paid, currency),
            payment.status,
        ]
        for payment in agreement.instalments
    ]


async def write_csv(batches: AsyncIterator[list[Agreement]], out: TextIO) -> tuple[int, int]:
    """Write a header, then every agreement's rows; returns (agreements, payments)."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    agreements = payments = 0
    async for batch in batches:
        for agreement in batch:
            writer.writerows(agreement_rows(agreement))
            agreements += 1
            payments += len(agreement.instalments)
    return agreements, payments


async def write_json(batches: AsyncIterator[list[Agreement]], out: TextIO) -> tuple[int, int]:
    """Write a JSON array of agreements, one per line; returns (agreements, payments)."""
    agreements = payments = 0
    out.write("[")
    async for batch in batches:
        for agreement in batch:
            out.write(",\n" if agreements else "\n")
            out.write(json.dumps(agreement_to_dict(agreement), ensure_ascii=False))
            agreements += 1
            payments += len(agreement.instalments)
    out.write("\n]\n" if agreements else "]\n")
    return agreements, payments


@contextmanager
def _destination(output: Path | None) -> Iterator[TextIO]:
    """Standard output, or ``output`` written whole or not at all (via a ``.partial`` file)."""
    if output is None:
        yield sys.stdout
        return
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)


@app.command("export")
def export(
    format_: Annotated[
        ExportFormat,
        typer.Option("--format", help="csv: one row per payment; json: nested schedules."),
    ] = ExportFormat.CSV,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output."),
    ] = None,
) -> None:
    """Every agreement with its schedule and status, for the creditor's systems."""
    write = write_csv if format_ is ExportFormat.CSV else write_json

    async def run(application: App) -> tuple[int, int]:
        async with application.uow() as uow:
            with _destination(output) as handle:
                return await write(uow.agreements.in_batches(EXPORT_BATCH), handle)

    agreements, payments = _with_app(run)
    where = "standard output" if output is None else str(output)
    typer.echo(f"exported {agreements} agreement(s), {payments} payment(s) to {where}", err=True)
