"""The outbox sender: delivers queued Bot API calls, once each, within Telegram's limits.

Every reply was written to the outbox in the same transaction as the state change that caused
it; this loop delivers them in order, paced to Telegram's limits (:mod:`.pacing`: about one
message a second per chat, 30 a second per bot, 20 a minute per group). A 429 is retried after
Telegram's ``retry_after``; a server error is retried with backoff; a 403 (the debtor blocked
the bot) or a 400 (a call Telegram will never accept) stops trying and is recorded. A 400
because a forum topic of the agents' group was deleted also tells the desk, which makes a new
topic with a fresh card.

Each row is sent once: a sender claims it (committed) before calling Telegram, so two senders
— in one process or in several, on one database — never both send it, and records the outcome
after. A chat has one claim at a time, so its messages arrive in order whichever sender takes
them; several processes share their pacer too (:mod:`.redis_pacing`).

A row still claimed when its sender died (SIGKILL mid-call) or whose call broke off (a network
error) is *in doubt*: Telegram may have delivered it. :meth:`OutboxSender.settle` asks Telegram
before anything else goes to that chat, and sends it again only if it was not delivered.

A written confirmation takes about half a second to lay out. The sender starts that in the
background (up to ``documents_at_once`` at a time, in the document processes when the app has
them) and goes on delivering other chats' messages; the document's chat waits for it, so its
order is kept, and the pacer books the call only once it is built.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, Final, Literal

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import EditMessageCaption, EditMessageText, SendDocument, SendMessage
from aiogram.types import BufferedInputFile, InlineKeyboardMarkup

from negotiator.channels.telegram.callbacks import keyboard
from negotiator.channels.telegram.desk import case_keyboard, is_lost_topic
from negotiator.channels.telegram.pacing import MemoryPacer, Pacer
from negotiator.domain.clock import Clock
from negotiator.domain.signing import Signer
from negotiator.errors import NegotiatorError
from negotiator.services.confirmations import Confirmations
from negotiator.storage.records import OutboxMessage
from negotiator.storage.uow import SqlUnitOfWork

MAX_BACKOFF: Final = timedelta(minutes=10)
"""The longest wait between two attempts after network or server errors."""

CLAIM_LEASE: Final = timedelta(minutes=5)
"""How long a sender may take over one call (aiogram gives up on a request after 60 s), or
over settling one in doubt (at most :data:`PROBE_WINDOW` probes, a second apart); a call
still claimed after that was left in doubt by a sender that died."""

PROBE_WINDOW: Final = 20
"""How many message ids after the last known one :meth:`OutboxSender.settle` looks at."""

NOT_MODIFIED: Final = "message is not modified"
"""What Telegram says when an edit would change nothing: the message is there, as sent."""

log = logging.getLogger(__name__)


class Skipped(Enum):
    """Why a due message was not called this pass, when not for a limit."""

    GIVEN_UP = "given up"
    """It can never be made (an unknown method, a document refused or gone): recorded as
    failed, so the chat's next message may go."""


GIVEN_UP: Final = Skipped.GIVEN_UP


class OutboxSender:
    """Sends what the outbox holds.

    Args:
        bot: The aiogram bot (its session talks to the Bot API, or to a fake in tests).
        uow: Makes a unit of work.
        clock: The clock.
        signer: Signs the buttons' callback data.
        confirmations: Renders the written confirmations (``sendDocument`` rows).
        on_lost_topic: Told ``(chat_id, topic_id)`` when a forum topic turns out deleted.
        on_blocked: Told the chat id when Telegram answers 403 for a private chat (the debtor
            blocked the bot), to stop proactive contact.
        pacer: Keeps the sending limits (Telegram's, in this process, by default; several
            processes share a :class:`~.redis_pacing.RedisPacer`).
        sleep: Waits that many seconds (``asyncio.sleep``; tests pass one that moves a
            virtual clock).
        on_sent: Told each row it delivered (the metrics count replies and their wait).
        queued: Set when rows were committed in this process (``App.outbox_queued``): the
            sender looks at once instead of at its next ``interval``.
        documents_at_once: How many confirmations may be laid out at the same time (match the
            app's ``document_processes``; more only queue there).
    """

    def __init__(
        self,
        bot: Bot,
        uow: Callable[[], SqlUnitOfWork],
        clock: Clock,
        signer: Signer,
        confirmations: Confirmations,
        on_lost_topic: Callable[[int, int], Awaitable[bool]] | None = None,
        pacer: Pacer | None = None,
        on_blocked: Callable[[int], Awaitable[object]] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        on_sent: Callable[[OutboxMessage], object] | None = None,
        queued: asyncio.Event | None = None,
        documents_at_once: int = 2,
    ) -> None:
        self.bot = bot
        self.uow = uow
        self.clock = clock
        self.signer = signer
        self.confirmations = confirmations
        self.on_lost_topic = on_lost_topic
        self.on_blocked = on_blocked
        self.pacer = pacer or MemoryPacer(clock)
        self.sleep = sleep
        self.on_sent = on_sent
        self.queued = queued
        self.documents_at_once = max(1, documents_at_once)
        self._built: dict[int, SendMessage | SendDocument] = {}
        self._documents: dict[int, OutboxMessage] = {}
        """Every document row being laid out or waiting for room to be, in queue order."""
        self._building: dict[int, asyncio.Task[SendMessage | SendDocument]] = {}
        """The layouts started (at most ``documents_at_once``), by outbox row."""
        self._skipped: frozenset[int] = frozenset()
        """The chats the last pass left out (:meth:`_busy_chats`)."""
        self._unrecorded: list[tuple[OutboxMessage, int]] = []
        """Calls Telegram took, recorded with the pass's next claim or at its end
        (:meth:`_record`), with the message id Telegram gave each."""

    METHODS: Final = frozenset({"sendMessage", "sendDocument"})
    """The Bot API calls the outbox may hold."""

    async def send_due(self, limit: int = 100) -> int:
        """Send every call due now, in passes of ``limit``; returns how many were delivered.

        Calls left in doubt whose claim ran out are settled first. A delivered retry releases
        the messages it held back, so passes go on while they deliver something; when the
        limits hold everything back, the sender waits for the first chat to be free again.
        """
        delivered = await self.settle()
        while True:
            if self.queued is not None:
                self.queued.clear()  # rows committed from here on ring again
            sent, soonest = await self._pass(limit)
            delivered += sent
            if sent or self._ready_since_pass():
                continue
            # A document built but waiting for its chat's turn is waited for like the chat.
            building = [task for task in self._building.values() if not task.done()]
            if building:
                await self._await_documents(building, at_most=soonest)
            elif soonest is None:
                return delivered
            else:
                await self.sleep(soonest)

    async def _await_documents(
        self, building: list[asyncio.Task[SendMessage | SendDocument]], *, at_most: float | None
    ) -> None:
        """Wait until one of the documents ``building`` is built, new rows are committed, or
        ``at_most`` seconds (a chat's limit) have passed, whichever comes first."""
        waiters: list[asyncio.Future[Any]] = list(building)
        ring = None if self.queued is None else asyncio.ensure_future(self.queued.wait())
        if ring is not None:
            waiters.append(ring)
        try:
            await asyncio.wait(waiters, timeout=at_most, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if ring is not None:
                ring.cancel()

    async def run(self, stop: asyncio.Event, interval: float = 0.5) -> None:
        """Send until ``stop`` is set, looking for new rows every ``interval`` seconds, and at
        once when a unit of work of this process commits some (``queued``); then send what the
        last updates queued (a graceful shutdown leaves nothing due unsent).

        A round that fails (the database busy or gone for a moment) is logged and the next one
        tries again: the sender outlives every error, and a row it had claimed is settled.
        """
        while not stop.is_set():
            try:
                sent = await self.send_due()
            except Exception:
                log.exception("the outbox round failed; trying again")
                sent = 0
            if sent == 0:
                await self._idle(stop, interval)
        await self.send_due()

    async def _idle(self, stop: asyncio.Event, interval: float) -> None:
        """Wait ``interval`` seconds, or less: until ``stop``, or new rows are committed."""
        events = [stop] if self.queued is None else [stop, self.queued]
        waiters = [asyncio.ensure_future(event.wait()) for event in events]
        try:
            await asyncio.wait(waiters, timeout=interval, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()

    async def _pass(self, limit: int) -> tuple[int, float | None]:
        """Deliver what may go now; how many went, and the shortest wait of those held back
        by the limits (``None``: none was).

        A chat that must wait for its limit is skipped, not waited for, so one talkative chat
        does not hold up the others; its later messages wait too, to keep its order.
        """
        self._start_waiting()
        # The chats whose next message is a document not yet laid out are left out of the
        # query: they could not go anyway, and would fill the pass's ``limit`` rows while the
        # chats queued after them wait.
        busy = self._skipped = self._busy_chats()
        async with self.uow() as uow:
            due = await uow.outbox.due(self.clock.now(), limit, skip_chats=busy)
        try:
            return await self._deliver_due(due, busy)
        finally:
            if self._unrecorded:
                async with self.uow() as uow:
                    recorded = await self._record_delivered(uow)
                    await uow.commit()
                self._tell_sent(recorded)

    async def _deliver_due(
        self, due: list[OutboxMessage], busy: frozenset[int]
    ) -> tuple[int, float | None]:
        """The pass over the rows ``due`` (see :meth:`_pass`)."""
        # Calls built for messages a limit held back last pass, kept so that a confirmation's
        # PDF is rendered once, not once a pass while its chat waits; a document whose row is
        # no longer due (sent by another sender, given up) is dropped once built.
        due_ids = {m.id for m in due}
        self._built = {i: call for i, call in self._built.items() if i in due_ids}
        for gone, task in list(self._building.items()):
            if gone not in due_ids and task.done() and self._documents[gone].chat_id not in busy:
                self._forget(gone).exception()  # retrieved: an error of a gone row is moot
        delivered = 0
        held: set[int] = set()
        soonest: float | None = None
        for message in due:
            if message.chat_id in held:  # an earlier message to this chat must go first
                if message.method == "sendDocument":
                    self._start_document(message)  # laid out while it waits its turn
                continue
            # Built before the pacer books its moment: a PDF takes a good part of a second,
            # and a call made that long after its booking would reach Telegram less than a
            # second before the chat's next one (bench_workers.py saw 0.17 s with 4 workers).
            request = await self._prepare(message)
            if request is GIVEN_UP:
                continue  # finished with: the chat's next message may go
            if request is None:  # a document still being laid out: the chat waits for it
                held.add(message.chat_id)
                continue
            wait = await self.pacer.reserve(message.chat_id)
            if wait > 0:
                held.add(message.chat_id)
                self._built[message.id] = request
                soonest = wait if soonest is None else min(soonest, wait)
                continue
            sent = await self._deliver(message, request)
            if not sent:
                held.add(message.chat_id)
            delivered += sent
        return delivered, soonest

    async def _deliver(self, message: OutboxMessage, request: SendMessage | SendDocument) -> int:
        """Claim and make one call, right after the pacer booked it, and note it for the next
        transaction to record (:meth:`_record`); 1 if delivered.

        One call at a time on purpose: the pacer's booking is the moment Telegram gets the
        call. (Claiming a pass's calls in one transaction and calling them after saved commits
        but let calls to one chat reach Telegram less than a second apart, and more than 30
        in a second: ``bench/bench_workers.py`` showed it.)
        """
        if not await self._claim(message):
            return 0  # another sender has it, or has the chat's earlier message
        telegram_id = await self._call(message, request)
        if telegram_id is None:
            return 0
        return self._record(message, telegram_id)

    async def _prepare(
        self, message: OutboxMessage
    ) -> SendMessage | SendDocument | Literal[Skipped.GIVEN_UP] | None:
        """The call for ``message``; :data:`GIVEN_UP` when it can never be made (recorded so);
        ``None`` while it is a document being laid out in the background."""
        built = self._built.pop(message.id, None)
        if built is not None:
            return built
        if message.method not in self.METHODS:
            await self._give_up(message, f"unknown method {message.method!r}")
            return GIVEN_UP
        try:
            if message.method == "sendDocument":
                return await self._document(message)
            return await self._request(message)
        except NegotiatorError as exc:  # a document refused by the filter, or gone
            await self._give_up(message, f"{type(exc).__name__}: {exc}")
            return GIVEN_UP

    async def _document(self, message: OutboxMessage) -> SendMessage | SendDocument | None:
        """The built document call, or ``None`` while it is being laid out (started here if
        there is room) or put off after its layout failed.

        Raises:
            NegotiatorError: the document can never be made (refused by the filter, gone).
        """
        task = self._building.get(message.id)
        if task is None:  # not started yet (or waiting for room)
            self._start_document(message)
            return None
        if not task.done():
            return None
        self._forget(message.id)
        error = task.exception()
        if error is None:
            return task.result()
        if isinstance(error, NegotiatorError):
            raise error
        # Not the document's fault (a process died twice, the database was busy): the row is
        # tried again after a backoff, like a call Telegram could not take, and the chat waits.
        log.error("outbox row %s: the confirmation was not laid out", message.id, exc_info=error)
        when = self.clock.now() + _backoff(message)
        await self._later(message, when, f"laying out failed: {type(error).__name__}: {error}")
        return None

    def _start_document(self, message: OutboxMessage) -> None:
        """Start laying ``message``'s document out, or queue it while there is no room."""
        self._documents.setdefault(message.id, message)
        self._start_waiting()

    def _start_waiting(self) -> None:
        """Start the documents that wait for room, oldest first, while there is room."""
        for message_id, message in self._documents.items():
            if len(self._building) >= self.documents_at_once:
                return
            if message_id not in self._building:
                self._building[message_id] = asyncio.create_task(self._request(message))

    def _ready_since_pass(self) -> bool:
        """Whether a document was laid out while the last pass left its chat out."""
        return any(
            task.done() and self._documents[i].chat_id in self._skipped
            for i, task in self._building.items()
        )

    def _busy_chats(self) -> frozenset[int]:
        """Chats waiting for a document of theirs to be laid out."""
        return frozenset(
            message.chat_id
            for i, message in self._documents.items()
            if i not in self._building or not self._building[i].done()
        )

    def _forget(self, message_id: int) -> asyncio.Task[SendMessage | SendDocument]:
        """Stop tracking a built document; its task."""
        del self._documents[message_id]
        return self._building.pop(message_id)

    async def _claim(self, message: OutboxMessage) -> bool:
        """Take the call, committed before it is made; ``False`` if it is not ours to make.

        The same transaction records the calls made since the last one (:meth:`_record`).
        """
        now = self.clock.now()
        async with self.uow() as uow:
            recorded = await self._record_delivered(uow)
            claimed = await uow.outbox.claim(message.id, message.chat_id, now, now + CLAIM_LEASE)
            await uow.commit()
        self._tell_sent(recorded)
        return claimed

    async def _call(
        self, message: OutboxMessage, request: SendMessage | SendDocument
    ) -> int | None:
        """Make one claimed call; Telegram's id of the message, or ``None`` when it did not go
        (recorded for a retry, given up, or in doubt)."""
        now = self.clock.now()
        try:
            sent = await self.bot(request)
        except TelegramRetryAfter as exc:
            await self._later(message, now + timedelta(seconds=exc.retry_after), str(exc))
            return None
        except TelegramServerError as exc:
            await self._later(message, now + _backoff(message), str(exc))
            return None
        except (TelegramNetworkError, ClientDecodeError) as exc:
            # The request may or may not have reached Telegram (a broken connection, a proxy's
            # HTML error page instead of an answer): settled before any resend.
            async with self.uow() as uow:
                await uow.outbox.doubt(message.id, now + _backoff(message), str(exc))
                await uow.commit()
            return None
        except TelegramBadRequest as exc:
            if message.thread_id is not None and is_lost_topic(exc) and self.on_lost_topic:
                await self.on_lost_topic(message.chat_id, message.thread_id)
            await self._give_up(message, f"{type(exc).__name__}: {exc}")
            return None
        except TelegramForbiddenError as exc:
            await self._give_up(message, f"{type(exc).__name__}: {exc}")
            if message.chat_id > 0 and self.on_blocked is not None:
                await self.on_blocked(message.chat_id)
            return None
        except TelegramAPIError as exc:  # 401, 404, 409...: not this message's fault; later
            log.error("Telegram refused outbox row %s: %s", message.id, exc)
            await self._later(message, now + _backoff(message), f"{type(exc).__name__}: {exc}")
            return None
        return sent.message_id

    def _record(self, message: OutboxMessage, telegram_id: int) -> int:
        """Note a delivery, to be recorded in the next claim's transaction or at the pass's
        end (one transaction a message instead of two); 1.

        Until then the row stays ``sending``: a sender that dies first leaves it in doubt,
        as one that dies during the call does, and :meth:`settle` finds out.
        """
        self._unrecorded.append((message, telegram_id))
        return 1

    async def _record_delivered(self, uow: SqlUnitOfWork) -> list[OutboxMessage]:
        """Mark the noted deliveries sent in ``uow``; those this sender recorded.

        The notes are taken first: if ``uow`` fails, their rows stay ``sending`` and are
        settled like any call in doubt.
        """
        noted, self._unrecorded = self._unrecorded, []
        now = self.clock.now()
        return [
            message
            for message, telegram_id in noted
            if await uow.outbox.mark_sent(message.id, now, telegram_id)
        ]

    def _tell_sent(self, recorded: list[OutboxMessage]) -> None:
        """Tell ``on_sent`` of deliveries just committed."""
        if self.on_sent is not None:
            for message in recorded:
                self.on_sent(message)

    async def settle(self, *, everything: bool = False) -> int:
        """Find out what became of the calls in doubt; how many turned out delivered.

        A call is in doubt when its sender claimed it and never recorded the outcome: the
        process was killed during the call, or the connection broke. The Bot API has no
        idempotency key, so the sender asks Telegram itself: it "edits" the messages after the
        last one it knows it sent in that chat to the very same content. Telegram answers
        "message is not modified" for the message that was delivered (recorded as sent, with
        its id); the debtor's own messages cannot be edited and ids not used yet are not found
        (so nothing anyone reads is changed). Not found within :data:`PROBE_WINDOW` ids: never
        delivered, sent again in its place in the chat's order.

        ``everything`` settles every claimed call (at start-up, when no other sender can be
        alive); otherwise only those whose claim ran out, so a sender starting next to others
        leaves their calls in flight alone. Each is claimed again before it is settled: when
        two senders find the same call in doubt, one settles it.
        """
        async with self.uow() as uow:
            doubtful = await uow.outbox.in_doubt(None if everything else self.clock.now())
        delivered = 0
        for message in doubtful:
            now = self.clock.now()
            async with self.uow() as uow:
                mine = await uow.outbox.take_over(
                    message.id, None if everything else now, now + CLAIM_LEASE
                )
                await uow.commit()
            if not mine:
                continue  # another sender is settling it, or did
            try:
                found = await self._find(message)
            except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter) as exc:
                log.warning("cannot settle outbox row %s yet: %s", message.id, exc)
                async with self.uow() as uow:  # still in doubt; asked again after a backoff
                    await uow.outbox.doubt(
                        message.id, self.clock.now() + _backoff(message), str(exc)
                    )
                    await uow.commit()
                continue
            except NegotiatorError as exc:
                await self._give_up(message, f"{type(exc).__name__}: {exc}")
                continue
            async with self.uow() as uow:
                if found is None:
                    await uow.outbox.retry_later(
                        message.id, self.clock.now(), "in doubt; Telegram has no such message"
                    )
                else:
                    await uow.outbox.mark_sent(message.id, self.clock.now(), found)
                    delivered += 1
                await uow.commit()
        return delivered

    async def _find(self, message: OutboxMessage) -> int | None:
        """The Telegram id of ``message`` if it was delivered, else ``None``."""
        async with self.uow() as uow:
            after = await uow.outbox.last_known_id(message.chat_id)
        request = await self._request(message)
        for candidate in range(after + 1, after + 1 + PROBE_WINDOW):
            probe: EditMessageText | EditMessageCaption
            if isinstance(request, SendDocument):
                probe = EditMessageCaption(
                    chat_id=message.chat_id, message_id=candidate, caption=request.caption
                )
            else:
                markup = request.reply_markup  # the sender only ever makes inline keyboards
                probe = EditMessageText(
                    chat_id=message.chat_id,
                    message_id=candidate,
                    text=request.text,
                    reply_markup=markup if isinstance(markup, InlineKeyboardMarkup) else None,
                )
            while (wait := await self.pacer.reserve(message.chat_id)) > 0:
                await self.sleep(wait)
            try:
                await self.bot(probe)
            except TelegramBadRequest as exc:
                if NOT_MODIFIED in exc.message:
                    return candidate
                continue  # the debtor's message, or no message with this id
            # Edited, so it was a message of ours this sender did not know: the one in doubt
            # (at most one per chat is), now with the content it was meant to have.
            log.warning("outbox row %s: message %s was edited to settle it", message.id, candidate)
            return candidate
        return None

    async def _later(self, message: OutboxMessage, when: datetime, error: str) -> None:
        async with self.uow() as uow:
            await uow.outbox.retry_later(message.id, when, error)
            await uow.commit()

    async def _give_up(self, message: OutboxMessage, error: str) -> None:
        async with self.uow() as uow:
            await uow.outbox.give_up(message.id, error)
            await uow.commit()

    async def _request(self, message: OutboxMessage) -> SendMessage | SendDocument:
        """The Bot API call for ``message`` (the same call each time it is built)."""
        payload = message.payload
        if message.method == "sendDocument":
            document = await self.confirmations.pdf(
                self.uow(), str(payload["agreement"]), str(payload["language"])
            )
            return SendDocument(
                chat_id=message.chat_id,
                document=BufferedInputFile(document.content, filename=document.filename),
                caption=document.filename.removesuffix(".pdf"),
                message_thread_id=message.thread_id,
            )
        markup = (
            case_keyboard(int(payload["case"]), payload["actions"])
            if "actions" in payload
            else keyboard(
                payload.get("buttons", ()),
                int(payload.get("round", 0)),
                message.chat_id,
                self.signer,
            )
        )
        return SendMessage(
            chat_id=message.chat_id,
            text=str(payload["text"]),
            message_thread_id=message.thread_id,
            reply_markup=markup,
        )


def _backoff(message: OutboxMessage) -> timedelta:
    return min(timedelta(seconds=2 ** min(message.attempts, 10)), MAX_BACKOFF)
