"""The append-only, hash-chained audit log.

Each event's hash covers its predecessor's hash and its own fields, in a canonical JSON form, so
editing, deleting or reordering any event breaks verification from that event on.

Retention: :meth:`SqlAuditLog.purge` deletes the events before a date and keeps an *anchor*
(the sequence number and hash of the last deleted event), from which verification starts; the
purge appends an ``audit.purged`` event naming that anchor, so the anchor itself is covered by
the chain: changing it, or deleting events without a purge, still fails verification.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Final, cast

from sqlalchemy import Table, delete, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.storage.appends import KEEP_APPENDS, appends
from negotiator.storage.models import AuditAnchorRow, AuditEventRow
from negotiator.storage.records import AuditEvent, ChainCheck

GENESIS_HASH: Final = "0" * 64
"""The ``prev_hash`` of the first event."""

# Any constant will do; it names the lock PostgreSQL workers take to append in turn.
_PG_AUDIT_LOCK: Final = 0x6E65_676F_6175_6474


_EVENTS: Final = cast(Table, AuditEventRow.__table__)
_CHAIN_END: Final = (
    select(_EVENTS.c.hash).order_by(_EVENTS.c.seq.desc()).limit(1).execution_options(**KEEP_APPENDS)
)
"""The hash of the last event (built once: every update asks it)."""


def _json_default(value: Any) -> str:
    if isinstance(value, Decimal | datetime):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    raise TypeError(f"cannot put {type(value).__name__} in an audit event")


def canonical_json(data: dict[str, Any]) -> str:
    """The one serialisation hashed and stored: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default
    )


def event_hash(
    prev_hash: str, occurred_at: datetime, kind: str, subject: str, actor: str, data: dict[str, Any]
) -> str:
    """The hash of one event, chained to ``prev_hash``."""
    instant = occurred_at.astimezone(UTC).isoformat(timespec="microseconds")
    body = canonical_json(
        {
            "prev": prev_hash,
            "at": instant,
            "kind": kind,
            "subject": subject,
            "actor": actor,
            "data": data,
        }
    )
    return hashlib.sha256(body.encode()).hexdigest()


class SqlAuditLog:
    """Audit events in a SQL database."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._tail: tuple[object, str] | None = None
        """The transaction that appended last and the hash it appended: the end of the chain
        while that transaction lasts (it holds the chain, see :meth:`append`)."""

    async def append(
        self, kind: str, subject: str, data: dict[str, Any], now: datetime, *, actor: str = "bot"
    ) -> None:
        """Append an event at the end of the chain, inside the caller's transaction.

        The transaction holds the end of the chain from its first append until it ends
        (SQLite: ``BEGIN IMMEDIATE`` is its only writer; PostgreSQL: an advisory lock), so a
        second append in it continues from the first without asking the database again. The
        events are written with the unit of work's other appended rows, in the order appended
        (:mod:`negotiator.storage.appends`); :meth:`events` reads them back.
        """
        # Round-trip through JSON now so the hash covers exactly what is stored.
        stored = json.loads(canonical_json(data))
        transaction = self._session.get_transaction()
        if transaction is not None and self._tail is not None and self._tail[0] is transaction:
            prev_hash = self._tail[1]
        else:
            # No event of this transaction is held back yet (it has not appended), so the
            # other rows it holds need not be written for these statements (KEEP_APPENDS).
            if self._session.bind is not None and self._session.bind.dialect.name == "postgresql":
                # Workers append in turn; the unique prev_hash would reject a fork anyway.
                await self._session.execute(
                    text("SELECT pg_advisory_xact_lock(:k)").execution_options(**KEEP_APPENDS),
                    {"k": _PG_AUDIT_LOCK},
                )
            prev = await self._session.scalar(_CHAIN_END)
            prev_hash = prev or GENESIS_HASH
        now = now.astimezone(UTC)
        digest = event_hash(prev_hash, now, kind, subject, actor, stored)
        appends(self._session).add(
            AuditEventRow.__table__,  # type: ignore[arg-type]
            {
                "occurred_at": now,
                "kind": kind,
                "subject": subject,
                "actor": actor,
                "data": stored,
                "prev_hash": prev_hash,
                "hash": digest,
            },
        )
        self._tail = (self._session.get_transaction(), digest)

    async def events(self, subject: str | None = None, limit: int = 1000) -> list[AuditEvent]:
        """Events in chain order, optionally for one subject."""
        query = select(AuditEventRow).order_by(AuditEventRow.seq).limit(limit)
        if subject is not None:
            query = query.where(AuditEventRow.subject == subject)
        rows = await self._session.scalars(query)
        return [
            AuditEvent(
                r.seq, r.occurred_at, r.kind, r.subject, r.actor, r.data, r.prev_hash, r.hash
            )
            for r in rows
        ]

    async def purge(self, before: datetime, now: datetime, actor: str) -> int:
        """Delete the events that occurred before ``before``; returns how many.

        The caller enforces the retention period; the chain stays verifiable from the anchor.
        """
        last = await self._session.scalar(
            select(AuditEventRow)
            .where(AuditEventRow.occurred_at < before)
            .order_by(AuditEventRow.seq.desc())
            .limit(1)
        )
        if last is None:
            return 0
        anchor_seq, anchor_hash = last.seq, last.hash
        deleted = await self._session.execute(
            delete(AuditEventRow).where(AuditEventRow.seq <= anchor_seq)
        )
        await self._session.execute(delete(AuditAnchorRow))
        self._session.add(
            AuditAnchorRow(id=1, seq=anchor_seq, hash=anchor_hash, purged_before=before)
        )
        count = int(deleted.rowcount)  # type: ignore[attr-defined]
        await self.append(
            "audit.purged",
            "audit",
            {
                "before": before.isoformat(),
                "deleted": count,
                "anchor_seq": anchor_seq,
                "anchor_hash": anchor_hash,
            },
            now,
            actor=actor,
        )
        return count

    async def verify(self, batch: int = 5000) -> ChainCheck:
        """Recompute every hash and link; report the first event that does not verify."""
        anchor = await self._session.get(AuditAnchorRow, 1)
        expected_prev = GENESIS_HASH if anchor is None else anchor.hash
        if anchor is not None and not await self._anchor_recorded(anchor):
            return ChainCheck(False, 0, anchor.seq, "the purge anchor is not the one recorded")
        checked = 0
        last_seq = 0 if anchor is None else anchor.seq
        while True:
            rows = (
                await self._session.scalars(
                    select(AuditEventRow)
                    .where(AuditEventRow.seq > last_seq)
                    .order_by(AuditEventRow.seq)
                    .limit(batch)
                )
            ).all()
            if not rows:
                return ChainCheck(ok=True, events=checked)
            for row in rows:
                if row.prev_hash != expected_prev:
                    return ChainCheck(
                        False,
                        checked,
                        row.seq,
                        "its link to the previous event is broken (an event was deleted or moved)",
                    )
                digest = event_hash(
                    row.prev_hash, row.occurred_at, row.kind, row.subject, row.actor, row.data
                )
                if digest != row.hash:
                    return ChainCheck(
                        False,
                        checked,
                        row.seq,
                        "its content does not match its hash (it was edited)",
                    )
                expected_prev = row.hash
                checked += 1
                last_seq = row.seq

    async def _anchor_recorded(self, anchor: AuditAnchorRow) -> bool:
        """Whether the newest ``audit.purged`` event names this anchor."""
        recorded = await self._session.scalar(
            select(AuditEventRow)
            .where(AuditEventRow.kind == "audit.purged")
            .order_by(AuditEventRow.seq.desc())
            .limit(1)
        )
        return (
            recorded is not None
            and recorded.data.get("anchor_seq") == anchor.seq
            and recorded.data.get("anchor_hash") == anchor.hash
        )
