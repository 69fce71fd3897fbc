"""Offers put to debtors, and the agreements (with schedules) they accepted."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.storage.models import AgreementRow, InstalmentRow, OfferRow
from negotiator.storage.records import Agreement, Instalment, Offer


def _to_offer(row: OfferRow) -> Offer:
    return Offer(
        row.id, row.conversation_id, row.round, row.kind, row.terms, row.status, row.created_at
    )


class SqlOfferRepository:
    """Offers in a SQL database, in the order they were made."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(
        self, conversation_id: int, round_: int, kind: str, terms: dict[str, Any], now: datetime
    ) -> Offer:
        """Record an offer as open."""
        row = OfferRow(
            conversation_id=conversation_id,
            round=round_,
            kind=kind,
            terms=terms,
            status="open",
            created_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _to_offer(row)

    async def get(self, offer_id: int) -> Offer | None:
        """The offer with this id."""
        row = await self._session.get(OfferRow, offer_id)
        return None if row is None else _to_offer(row)

    async def set_status(self, offer_id: int, status: str) -> None:
        """Mark an offer ``accepted``, ``refused`` or ``expired``."""
        await self._session.execute(
            update(OfferRow).where(OfferRow.id == offer_id).values(status=status)
        )

    async def for_conversation(self, conversation_id: int) -> list[Offer]:
        """A conversation's offers, oldest first."""
        rows = await self._session.scalars(
            select(OfferRow)
            .where(OfferRow.conversation_id == conversation_id)
            .order_by(OfferRow.id)
        )
        return [_to_offer(r) for r in rows]


class SqlAgreementRepository:
    """Agreements and their instalments in a SQL database."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, agreement: Agreement) -> Agreement:
        """Store a new agreement with its schedule; returns it with its id.

        The caller checks :meth:`for_offer` first inside the same unit of work; the unique
        ``offer_id`` still refuses a second agreement for one offer if two workers race.
        """
        row = AgreementRow(
            number=agreement.number,
            account_reference=agreement.account_reference,
            offer_id=agreement.offer_id,
            kind=agreement.kind,
            terms=agreement.terms,
            currency=agreement.currency,
            total=agreement.total,
            status=agreement.status,
            accepted_at=agreement.accepted_at,
            verification_digest=agreement.verification_digest,
        )
        self._session.add(row)
        await self._session.flush()
        if agreement.instalments:
            await self._session.execute(
                insert(InstalmentRow),
                [
                    {
                        "agreement_id": row.id,
                        "seq": i.seq,
                        "due_date": i.due_date,
                        "amount": i.amount,
                        "paid": i.paid,
                        "status": i.status,
                    }
                    for i in agreement.instalments
                ],
            )
        return await self._load(row)

    async def update_schedule(
        self, agreement_id: int, instalments: Sequence[Instalment], status: str
    ) -> None:
        """Store what was paid of each instalment, and the agreement's status (an instalment
        not stored yet, such as a missed one moved to the end, is added)."""
        for instalment in instalments:
            result = await self._session.execute(
                update(InstalmentRow)
                .where(
                    InstalmentRow.agreement_id == agreement_id,
                    InstalmentRow.seq == instalment.seq,
                )
                .values(amount=instalment.amount, paid=instalment.paid, status=instalment.status)
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                self._session.add(
                    InstalmentRow(
                        agreement_id=agreement_id,
                        seq=instalment.seq,
                        due_date=instalment.due_date,
                        amount=instalment.amount,
                        paid=instalment.paid,
                        status=instalment.status,
                    )
                )
        await self._session.execute(
            update(AgreementRow).where(AgreementRow.id == agreement_id).values(status=status)
        )

    async def for_offer(self, offer_id: int) -> Agreement | None:
        """The agreement that accepted this offer, if any."""
        row = await self._session.scalar(
            select(AgreementRow).where(AgreementRow.offer_id == offer_id)
        )
        return None if row is None else await self._load(row)

    async def by_number(self, number: str) -> Agreement | None:
        """The agreement with this number."""
        row = await self._session.scalar(select(AgreementRow).where(AgreementRow.number == number))
        return None if row is None else await self._load(row)

    async def by_verification_digest(self, digest: str) -> Agreement | None:
        """The agreement whose confirmation carries this verification code (canonical form).

        Codes are 80-bit keyed hashes, so two agreements sharing one is not a practical
        concern; should it ever happen, the oldest is returned.
        """
        row = await self._session.scalar(
            select(AgreementRow)
            .where(AgreementRow.verification_digest == digest)
            .order_by(AgreementRow.id)
            .limit(1)
        )
        return None if row is None else await self._load(row)

    async def for_account(self, reference: str) -> list[Agreement]:
        """An account's agreements, oldest first."""
        rows = await self._session.scalars(
            select(AgreementRow)
            .where(AgreementRow.account_reference == reference)
            .order_by(AgreementRow.id)
        )
        return [await self._load(r) for r in rows]

    async def all(self) -> list[Agreement]:
        """Every agreement with its schedule, oldest first (for exports)."""
        rows = list(await self._session.scalars(select(AgreementRow).order_by(AgreementRow.id)))
        schedules = await self._schedules([r.id for r in rows])
        return [self._to_agreement(r, schedules.get(r.id, ())) for r in rows]

    async def active(self) -> list[Agreement]:
        """The agreements still being paid (status ``active``), with their schedules."""
        rows = list(
            await self._session.scalars(
                select(AgreementRow)
                .where(AgreementRow.status == "active")
                .order_by(AgreementRow.id)
            )
        )
        schedules = await self._schedules([r.id for r in rows])
        return [self._to_agreement(r, schedules.get(r.id, ())) for r in rows]

    async def in_batches(self, size: int = 500) -> AsyncIterator[list[Agreement]]:
        """Every agreement with its schedule, oldest first, ``size`` at a time.

        For exports of any size: one batch is in memory at a time, and each batch is read by
        id (keyset pagination), so agreements added meanwhile never shift or repeat a page.
        """
        if size < 1:
            raise ValueError("a batch holds at least one agreement")
        after = 0
        while True:
            rows = list(
                await self._session.scalars(
                    select(AgreementRow)
                    .where(AgreementRow.id > after)
                    .order_by(AgreementRow.id)
                    .limit(size)
                )
            )
            if not rows:
                return
            schedules = await self._schedules([r.id for r in rows])
            yield [self._to_agreement(r, schedules.get(r.id, ())) for r in rows]
            after = rows[-1].id

    async def _load(self, row: AgreementRow) -> Agreement:
        schedules = await self._schedules([row.id])
        return self._to_agreement(row, schedules.get(row.id, ()))

    async def _schedules(self, ids: Sequence[int]) -> dict[int, tuple[Instalment, ...]]:
        found: dict[int, list[Instalment]] = {}
        for start in range(0, len(ids), 500):
            rows = await self._session.scalars(
                select(InstalmentRow)
                .where(InstalmentRow.agreement_id.in_(ids[start : start + 500]))
                .order_by(InstalmentRow.agreement_id, InstalmentRow.seq)
            )
            for r in rows:
                found.setdefault(r.agreement_id, []).append(
                    Instalment(r.seq, r.due_date, Decimal(r.amount), Decimal(r.paid), r.status)
                )
        return {key: tuple(value) for key, value in found.items()}

    @staticmethod
    def _to_agreement(row: AgreementRow, instalments: tuple[Instalment, ...]) -> Agreement:
        return Agreement(
            id=row.id,
            number=row.number,
            account_reference=row.account_reference,
            offer_id=row.offer_id,
            kind=row.kind,
            terms=row.terms,
            currency=row.currency,
            total=row.total,
            status=row.status,
            accepted_at=row.accepted_at,
            verification_digest=row.verification_digest,
            instalments=instalments,
        )
