"""Importing payments the creditor received, idempotent by payment id, all or nothing.

Columns (``*`` = required):

================  ==============================================================================
``payment_id`` *  the creditor's id for the payment; importing it again records nothing new
``reference`` *   the account paid against
``amount`` *      the amount received, e.g. ``1500.00``
``paid_at`` *     ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM`` or with an offset (``…+08:00``); without an
                  offset the time is read in the account's time zone
``currency``      ISO 4217 code; default and requirement: the account's currency
================  ==============================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, field_validator

from negotiator.domain.clock import Clock
from negotiator.domain.ledger import Payment
from negotiator.domain.money import Money
from negotiator.errors import ImportRejected, RowProblem
from negotiator.services.amounts import parse_amount
from negotiator.services.csv_files import file_sha256, validate_csv
from negotiator.storage.uow import SqlUnitOfWork

REQUIRED_COLUMNS = ("payment_id", "reference", "amount", "paid_at")


class PaymentCsvRow(BaseModel):
    """One row of a payments file; checks that need the accounts happen in the service."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    payment_id: str
    reference: str
    amount: str
    paid_at: str
    currency: str = ""

    @field_validator("payment_id", "reference")
    @classmethod
    def _present(cls, value: str) -> str:
        if not value or len(value) > 64:
            raise ValueError("required (at most 64 characters)")
        return value

    @field_validator("amount")
    @classmethod
    def _amount(cls, value: str) -> str:
        amount = parse_amount(value, None)
        if amount <= 0:
            raise ValueError("a payment must be more than zero")
        return str(amount)

    @field_validator("paid_at")
    @classmethod
    def _paid_at(cls, value: str) -> str:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date or time (write YYYY-MM-DD)") from None
        return value

    def instant(self, timezone: str) -> datetime:
        """When the payment was made, reading a time without offset in ``timezone``."""
        parsed = datetime.fromisoformat(self.paid_at)
        if len(self.paid_at) == 10:  # a date alone: the start of that day
            parsed = datetime.combine(date.fromisoformat(self.paid_at), time())
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(timezone))


@dataclass(frozen=True, slots=True)
class PaymentImportReport:
    """What a payments import did.

    Attributes:
        recorded: New payments stored.
        already_recorded: Rows whose payment id was imported before with the same content.
    """

    recorded: int
    already_recorded: int


async def import_payments(path: Path, *, uow: SqlUnitOfWork, clock: Clock) -> PaymentImportReport:
    """Check every row against the stored accounts and payments, then record the new ones.

    Raises:
        ImportRejected: any row is invalid (unknown account, wrong currency, a payment id
            already used for a different payment, …); nothing is stored.
    """
    now = clock.now()
    rows, problems = validate_csv(path, PaymentCsvRow, required=REQUIRED_COLUMNS, context={})
    new: list[Payment] = []
    repeated = 0
    async with uow:
        accounts = {}
        for reference in dict.fromkeys(r.row.reference for r in rows):
            account = await uow.accounts.get(reference)
            if account is not None:
                accounts[reference] = account
        stored = await uow.payments.get_many(r.row.payment_id for r in rows)
        first_line: dict[str, int] = {}
        for numbered in rows:
            line, row = numbered.line, numbered.row
            account = accounts.get(row.reference)
            if account is None:
                problems.append(RowProblem(line, "reference", f"no account {row.reference!r}"))
                continue
            currency = (row.currency or account.currency).upper()
            if currency != account.currency:
                problems.append(
                    RowProblem(
                        line, "currency", f"account {row.reference} is in {account.currency}"
                    )
                )
                continue
            try:
                amount = Money(parse_amount(row.amount, currency), currency)
            except ValueError as exc:
                problems.append(RowProblem(line, "amount", str(exc)))
                continue
            paid_at = row.instant(account.timezone)
            if paid_at > now:
                problems.append(RowProblem(line, "paid_at", f"{row.paid_at} is in the future"))
                continue
            payment = Payment(row.payment_id, row.reference, amount, paid_at)
            if row.payment_id in first_line:
                problems.append(
                    RowProblem(line, "payment_id", f"already on row {first_line[row.payment_id]}")
                )
                continue
            first_line[row.payment_id] = line
            previous = stored.get(row.payment_id)
            if previous is None:
                new.append(payment)
            elif previous == payment:
                repeated += 1
            else:
                problems.append(
                    RowProblem(
                        line,
                        "payment_id",
                        f"{row.payment_id} was imported before as {previous.amount} to "
                        f"{previous.account_reference} on {previous.paid_at:%Y-%m-%d}; a payment "
                        "id cannot be reused",
                    )
                )
        if problems:
            raise ImportRejected(str(path), problems)
        await uow.payments.add_many(new, now)
        fingerprint = file_sha256(path)
        await uow.audit.append(
            "payments.imported",
            f"file:{fingerprint[:16]}",
            {"file": path.name, "sha256": fingerprint, "recorded": len(new), "repeated": repeated},
            now,
            actor="creditor",
        )
        await uow.commit()
    return PaymentImportReport(len(new), repeated)
