"""Moving a missed instalment to the end of its plan (the policy's
``instalments.move_missed_to_end``), once per plan.

The missed instalment keeps what was paid of it and is marked ``moved``; what was owed becomes a
new last instalment, one period after the plan's last. The plan's total is unchanged, so the
agreement's figures on record (and its written confirmation) still add up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from negotiator.domain.calendar import period_after
from negotiator.domain.money import Money
from negotiator.domain.plan_codec import plan_from_dict
from negotiator.domain.policy import Frequency, Portfolio
from negotiator.storage.records import Agreement, Instalment
from negotiator.storage.uow import SqlUnitOfWork

__all__ = ["Moved", "can_move_missed", "may_move_missed", "move_missed", "reschedule_missed"]


@dataclass(frozen=True, slots=True)
class Moved:
    """A missed instalment moved to the end.

    Attributes:
        amount: What was owed of it, now due last.
        due: The new last due date.
    """

    amount: Money
    due: date


def may_move_missed(portfolio: Portfolio) -> bool:
    """Whether the portfolio's policy lets a debtor move a missed instalment to the end."""
    return portfolio.instalments is not None and portfolio.instalments.move_missed_to_end


def can_move_missed(agreement: Agreement) -> bool:
    """Whether ``agreement`` is active, has a missed instalment and never moved one."""
    statuses = [i.status for i in agreement.instalments]
    return agreement.status == "active" and "missed" in statuses and "moved" not in statuses


def move_missed(
    instalments: Sequence[Instalment], frequency: Frequency
) -> tuple[tuple[Instalment, ...], Instalment] | None:
    """The schedule with its first missed instalment moved to the end, and the new last one;
    ``None`` if none is missed."""
    missed = next((i for i in instalments if i.status == "missed"), None)
    if missed is None:
        return None
    last = max(instalments, key=lambda i: i.seq)
    appended = Instalment(
        seq=last.seq + 1,
        due_date=period_after(last.due_date, frequency, 1),
        amount=missed.amount - missed.paid,
    )
    kept = replace(missed, amount=missed.paid, status="moved")
    return (
        (*(kept if i.seq == missed.seq else i for i in instalments), appended),
        appended,
    )


async def reschedule_missed(
    uow: SqlUnitOfWork, agreement: Agreement, now: datetime
) -> Moved | None:
    """Move ``agreement``'s missed instalment to the end (audited); ``None`` if it may not."""
    if not can_move_missed(agreement):
        return None
    frequency = plan_from_dict(agreement.terms).terms.frequency
    moved = move_missed(agreement.instalments, frequency)
    if moved is None:
        return None
    schedule, appended = moved
    await uow.agreements.update_schedule(agreement.id, schedule, agreement.status)
    await uow.audit.append(
        "agreement.rescheduled",
        f"agreement:{agreement.number}",
        {"moved_to": appended.due_date.isoformat(), "amount": str(appended.amount)},
        now,
    )
    return Moved(Money.of(appended.amount, agreement.currency), appended.due_date)
