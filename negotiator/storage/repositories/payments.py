"""Payments reported by the creditor."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.domain.ledger import Payment
from negotiator.domain.money import Money
from negotiator.storage.models import PaymentRow

_IN_CHUNK = 500


def _to_payment(row: PaymentRow) -> Payment:
    return Payment(
        payment_id=row.payment_id,
        account_reference=row.account_reference,
        amount=Money.of(row.amount, row.currency),
        paid_at=row.paid_at,
    )


class SqlPaymentRepository:
    """Payments in a SQL database, keyed by the creditor's payment id."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_many(self, payment_ids: Iterable[str]) -> dict[str, Payment]:
        """The stored payments among ``payment_ids``, by id."""
        wanted = list(dict.fromkeys(payment_ids))
        found: dict[str, Payment] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            rows = await self._session.scalars(
                select(PaymentRow).where(
                    PaymentRow.payment_id.in_(wanted[start : start + _IN_CHUNK])
                )
            )
            found.update((r.payment_id, _to_payment(r)) for r in rows)
        return found

    async def add_many(self, payments: Sequence[Payment], now: datetime) -> None:
        """Record new payments (the caller has checked none is stored already)."""
        if not payments:
            return
        await self._session.execute(
            insert(PaymentRow),
            [
                {
                    "payment_id": p.payment_id,
                    "account_reference": p.account_reference,
                    "amount": p.amount.amount,
                    "currency": p.amount.currency,
                    "paid_at": p.paid_at,
                    "imported_at": now,
                    "agreement_id": None,
                }
                for p in payments
            ],
        )

    async def unallocated(self, reference: str, since: datetime) -> list[Payment]:
        """An account's payments since ``since`` not yet applied to an agreement, oldest first."""
        rows = await self._session.scalars(
            select(PaymentRow)
            .where(
                PaymentRow.account_reference == reference,
                PaymentRow.agreement_id.is_(None),
                PaymentRow.paid_at >= since,
            )
            .order_by(PaymentRow.paid_at, PaymentRow.payment_id)
        )
        return [_to_payment(r) for r in rows]

    async def allocate(self, payment_id: str, agreement_id: int) -> bool:
        """Mark a payment as applied to an agreement; ``False`` if it already was (a race)."""
        result = await self._session.execute(
            update(PaymentRow)
            .where(PaymentRow.payment_id == payment_id, PaymentRow.agreement_id.is_(None))
            .values(agreement_id=agreement_id)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def for_account(self, reference: str) -> list[Payment]:
        """An account's payments, oldest first."""
        rows = await self._session.scalars(
            select(PaymentRow)
            .where(PaymentRow.account_reference == reference)
            .order_by(PaymentRow.paid_at, PaymentRow.payment_id)
        )
        return [_to_payment(r) for r in rows]
