"""The inbox (updates stored before they are handled) and the outbox (messages to send)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from negotiator.errors import AlreadyProcessed
from negotiator.storage.appends import appends
from negotiator.storage.locks import advisory_key, lock_for_transaction
from negotiator.storage.models import InboxRow, OutboxRow
from negotiator.storage.records import OutboxMessage
from negotiator.storage.repositories._upsert import upsert

_OUTBOX: Final = cast(Table, OutboxRow.__table__)
_EARLIER: Final = _OUTBOX.alias("earlier")

# The statements of every update and every message sent, built once: a Core statement on the
# table, with its values bound at each call, costs SQLAlchemy a fraction of an ORM statement
# built anew (the claim: 2.0 -> 0.43 ms; bench/README.md). What they do is documented at the
# methods that run them.
_CLAIM: Final = (
    update(_OUTBOX)
    .where(
        _OUTBOX.c.id == bindparam("message_id"),
        _OUTBOX.c.status == "pending",
        _OUTBOX.c.not_before <= bindparam("now", type_=_OUTBOX.c.not_before.type),
        ~select(_EARLIER.c.id)
        .where(
            _EARLIER.c.chat_id == bindparam("in_chat"),
            _EARLIER.c.id < bindparam("message_id"),
            (_EARLIER.c.status == "sending")
            | (
                (_EARLIER.c.status == "pending")
                & (
                    (_EARLIER.c.attempts > 0)
                    | (_EARLIER.c.not_before <= bindparam("now", type_=_OUTBOX.c.not_before.type))
                )
            ),
        )
        .exists(),
    )
    .values(status="sending", not_before=bindparam("until", type_=_OUTBOX.c.not_before.type))
)
_INBOX: Final = cast(Table, InboxRow.__table__)
_PROCESSED_AT: Final = select(_INBOX.c.processed_at).where(
    _INBOX.c.update_id == bindparam("update")
)
_MARK_PROCESSED: Final = (
    update(_INBOX)
    .where(_INBOX.c.update_id == bindparam("update"), _INBOX.c.processed_at.is_(None))
    .values(processed_at=bindparam("now", type_=_INBOX.c.processed_at.type))
)
_MARK_SENT: Final = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("message_id"), _OUTBOX.c.status.in_(("pending", "sending")))
    .values(
        status="sent",
        sent_at=bindparam("now", type_=_OUTBOX.c.sent_at.type),
        telegram_message_id=bindparam("telegram_id", type_=_OUTBOX.c.telegram_message_id.type),
    )
)


class SqlInbox:
    """Telegram updates keyed by ``update_id``, so each is handled once even across restarts."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def store(self, update_id: int, payload: dict[str, Any], now: datetime) -> bool:
        """Store an update; ``False`` if it was stored before (a redelivery).

        ``INSERT … ON CONFLICT DO NOTHING``: a worker storing the same update at the same time
        waits for the other's insert to commit and then inserts nothing, so one gets ``True``.
        """
        table = InboxRow.__table__
        row = {"update_id": update_id, "payload": payload, "received_at": now, "processed_at": None}
        inserted = await upsert(self._session, table, [row], ["update_id"], update=False)  # type: ignore[arg-type]
        return inserted == 1

    async def mark_processed(self, update_id: int, now: datetime) -> None:
        """Record, in the transaction of the update's effects, that they are committed.

        Raises:
            AlreadyProcessed: another attempt (a redelivery, a replay) committed them first;
                the caller's transaction must be rolled back, so nothing is done twice.
        """
        # A conditional UPDATE: a concurrent attempt (on PostgreSQL) waits for the row's lock,
        # then sees processed_at set and changes nothing, so exactly one attempt counts.
        result = await self._session.execute(_MARK_PROCESSED, {"update": update_id, "now": now})
        if not result.rowcount:  # type: ignore[attr-defined]
            raise AlreadyProcessed(f"update {update_id} was handled already")

    async def give_up(self, update_id: int, now: datetime) -> None:
        """Mark an update done without effects (nothing handles it, or it cannot be handled)."""
        await self._session.execute(
            update(InboxRow)
            .where(InboxRow.update_id == update_id, InboxRow.processed_at.is_(None))
            .values(processed_at=now)
        )

    async def is_processed(self, update_id: int) -> bool:
        """Whether the update was stored and its effects committed."""
        processed = await self._session.scalar(_PROCESSED_AT, {"update": update_id})
        return processed is not None

    async def pending(
        self, limit: int = 100, received_before: datetime | None = None
    ) -> list[tuple[int, dict[str, Any]]]:
        """Stored updates not yet processed, oldest first (to resume after a crash, or to try
        again those whose handling failed, when ``received_before`` is given)."""
        query = select(InboxRow.update_id, InboxRow.payload).where(InboxRow.processed_at.is_(None))
        if received_before is not None:
            query = query.where(InboxRow.received_at < received_before)
        result = await self._session.execute(query.order_by(InboxRow.update_id).limit(limit))
        return [(update_id, payload) for update_id, payload in result]


class SqlOutbox:
    """Bot API calls waiting to be made, written in the same transaction as their cause."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self.queued = 0
        """Calls this unit of work queued (its commit tells the sender, see ``SqlUnitOfWork``)."""

    async def enqueue(
        self,
        chat_id: int,
        method: str,
        payload: dict[str, Any],
        now: datetime,
        *,
        not_before: datetime | None = None,
        thread_id: int | None = None,
        proactive: bool = False,
    ) -> None:
        """Queue a call. ``not_before`` defers it (contact windows); ``proactive`` counts it
        towards the caps. Written with the unit of work's other appended rows
        (:mod:`negotiator.storage.appends`): the sender sees it once committed."""
        appends(self._session).add(
            OutboxRow.__table__,  # type: ignore[arg-type]
            {
                "proactive": proactive,
                "chat_id": chat_id,
                "thread_id": thread_id,
                "method": method,
                "payload": payload,
                "status": "pending",
                "attempts": 0,
                "not_before": not_before or now,
                "created_at": now,
            },
        )
        self.queued += 1

    async def due(
        self, now: datetime, limit: int = 100, *, skip_chats: Collection[int] = ()
    ) -> list[OutboxMessage]:
        """Pending calls whose time has come, in the order they were queued, except those to
        ``skip_chats`` (chats the sender knows cannot go yet).

        A call waiting to be retried, or in doubt (claimed by a sender that never said how it
        went), holds back the later calls to the same chat, so a debtor never reads the second
        message before the first. (A call merely scheduled for later, such as a reminder outside
        the contact window, does not hold back replies.)
        """
        earlier = aliased(OutboxRow)
        unfinished_before = (
            select(earlier.id)
            .where(
                earlier.chat_id == OutboxRow.chat_id,
                ((earlier.status == "pending") & (earlier.attempts > 0))
                | (earlier.status == "sending"),
                earlier.id < OutboxRow.id,
            )
            .exists()
        )
        query = select(OutboxRow).where(
            OutboxRow.status == "pending", OutboxRow.not_before <= now, ~unfinished_before
        )
        if skip_chats:
            query = query.where(OutboxRow.chat_id.not_in(skip_chats))
        rows = await self._session.scalars(query.order_by(OutboxRow.id).limit(limit))
        return [_message(r) for r in rows]

    async def proactive_times(self, chat_id: int, since: datetime) -> list[datetime]:
        """When proactive messages to a chat went (or are due to go) since ``since``."""
        when = func.coalesce(OutboxRow.sent_at, OutboxRow.not_before)
        rows = await self._session.scalars(
            select(when).where(
                OutboxRow.chat_id == chat_id,
                OutboxRow.proactive.is_(True),
                OutboxRow.status != "failed",
                when >= since,
            )
        )
        return list(rows)

    async def claim(self, message_id: int, chat_id: int, now: datetime, until: datetime) -> bool:
        """Take a pending call to send it now; ``False`` if it is not this sender's to send.

        It is not when another sender has it (or had it: sent, failed), when it was put off
        (a 429's ``retry_after`` another sender heard), or when an earlier call to the same chat
        is due, claimed or waiting for a retry: one claim per chat at a time, so two senders
        never deliver a chat's messages out of order. Claims in one chat take turns (a lock on
        PostgreSQL), so each sees the claim committed before it.

        Committed before the Bot API is called: a row left ``sending`` after ``until`` belongs
        to a sender that died (or lost its connection) in the middle of the call, and nobody
        knows whether Telegram delivered it — see :meth:`in_doubt`.
        """
        await lock_for_transaction(self._session, advisory_key("outbox", chat_id))
        result = await self._session.execute(
            _CLAIM, {"message_id": message_id, "in_chat": chat_id, "now": now, "until": until}
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def take_over(self, message_id: int, now: datetime | None, until: datetime) -> bool:
        """Claim a call in doubt to settle it, until ``until``; ``False`` if it is not in doubt
        any more or another sender took it first.

        ``now`` limits it to a claim that ran out by then (another sender's live claim is left
        alone); ``None`` takes it whatever its claim (at start-up, when no other sender can be
        alive).
        """
        query = update(OutboxRow).where(OutboxRow.id == message_id, OutboxRow.status == "sending")
        if now is not None:
            query = query.where(OutboxRow.not_before <= now)
        result = await self._session.execute(query.values(not_before=until))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def in_doubt(self, now: datetime | None = None, limit: int = 100) -> list[OutboxMessage]:
        """Calls claimed by a sender that never recorded the outcome, oldest first.

        ``now=None`` returns all of them (at start-up, when no other sender can be alive);
        otherwise only those whose claim ran out by ``now``.
        """
        query = select(OutboxRow).where(OutboxRow.status == "sending")
        if now is not None:
            query = query.where(OutboxRow.not_before <= now)
        rows = await self._session.scalars(query.order_by(OutboxRow.id).limit(limit))
        return [_message(r) for r in rows]

    async def unsent(self) -> int:
        """How many calls are not sent yet: pending (due, deferred or to retry) or in flight."""
        count = await self._session.scalar(
            select(func.count())
            .select_from(OutboxRow)
            .where(OutboxRow.status.in_(("pending", "sending")))
        )
        return int(count or 0)

    async def last_known_id(self, chat_id: int) -> int:
        """The highest Telegram message id the bot recorded sending to ``chat_id`` (0: none)."""
        highest = await self._session.scalar(
            select(func.max(OutboxRow.telegram_message_id)).where(OutboxRow.chat_id == chat_id)
        )
        return int(highest or 0)

    async def mark_sent(
        self, message_id: int, now: datetime, telegram_message_id: int | None
    ) -> bool:
        """Record a delivery; ``False`` if the row was not this sender's to record."""
        result = await self._session.execute(
            _MARK_SENT,
            {"message_id": message_id, "now": now, "telegram_id": telegram_message_id},
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def retry_later(self, message_id: int, not_before: datetime, error: str) -> None:
        """Count a failed attempt (Telegram refused it for now) and schedule the next one.

        A row sent or given up meanwhile stays so (a sender whose claim ran out while it
        waited for Telegram must not put it back in the queue).
        """
        await self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == message_id, OutboxRow.status.in_(("pending", "sending")))
            .values(
                status="pending",
                attempts=OutboxRow.attempts + 1,
                not_before=not_before,
                last_error=error,
            )
        )

    async def doubt(self, message_id: int, settle_at: datetime, error: str) -> None:
        """Count an attempt whose outcome is unknown (the connection broke mid-call); the row
        stays ``sending`` and is settled at ``settle_at``."""
        await self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == message_id)
            .values(attempts=OutboxRow.attempts + 1, not_before=settle_at, last_error=error)
        )

    async def give_up(self, message_id: int, error: str) -> None:
        """Stop trying (e.g. the debtor blocked the bot); the row stays for the record."""
        await self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == message_id)
            .values(status="failed", attempts=OutboxRow.attempts + 1, last_error=error)
        )


def _message(row: OutboxRow) -> OutboxMessage:
    return OutboxMessage(
        row.id, row.chat_id, row.method, row.payload, row.not_before, row.attempts, row.thread_id
    )
