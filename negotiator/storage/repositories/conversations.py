"""Conversations (dialog state per chat) and the messages exchanged in them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import Row, Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.errors import ConcurrencyConflict, NotFound
from negotiator.storage.appends import appends
from negotiator.storage.locks import advisory_key, lock_for_transaction, needs_locks
from negotiator.storage.models import CaseRow, ConversationRow, MessageRow
from negotiator.storage.records import Conversation


def _to_conversation(row: ConversationRow | Row[Any]) -> Conversation:
    return Conversation(
        id=row.id,
        channel=row.channel,
        chat_id=row.chat_id,
        account_reference=row.account_reference,
        state=row.state,
        context=dict(row.context),
        language=row.language,
        version=row.version,
    )


_CONVERSATIONS: Final = cast(Table, ConversationRow.__table__)
# Statements of every update, built once (as the outbox's claim, see delivery.py).
_FOR_CHAT: Final = select(_CONVERSATIONS).where(
    _CONVERSATIONS.c.channel == bindparam("in_channel"),
    _CONVERSATIONS.c.chat_id == bindparam("in_chat"),
)
_SAVE: Final = (
    update(_CONVERSATIONS)
    .where(
        _CONVERSATIONS.c.id == bindparam("conversation"),
        _CONVERSATIONS.c.version == bindparam("read_version"),
    )
    .values(
        {
            column: bindparam(name, type_=_CONVERSATIONS.c[column].type)
            for column, name in (
                ("account_reference", "new_reference"),
                ("state", "new_state"),
                ("context", "new_context"),
                ("language", "new_language"),
                ("version", "new_version"),
                ("updated_at", "now"),
            )
        }
    )
)


class SqlConversationRepository:
    """Conversation state in a SQL database, saved with a version check."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def lock(self, channel: str, chat_id: int) -> None:
        """Hold the debtor of a chat for the rest of this unit of work (whether or not the chat
        has a conversation yet): another worker process locking it waits until this one ends.

        DESIGN.md: one lock per debtor, across processes a database lock, so their messages are
        handled in order and two presses of "I agree" cannot race. Take it first in the unit of
        work (see :mod:`negotiator.storage.locks`); on SQLite it costs nothing.
        """
        await lock_for_transaction(self._session, advisory_key("conversation", channel, chat_id))

    async def lock_account(self, reference: str, channel: str) -> None:
        """Lock the debtor of an account, as :meth:`lock` does their newest chat on
        ``channel``; an account without one there is locked by its reference."""
        if not needs_locks(self._session):
            return  # SQLite: no lock to take, so no chat to look up
        chat = await self.chat_for_account(reference, channel)
        if chat is not None:
            await self.lock(channel, chat)
        else:
            await lock_for_transaction(self._session, advisory_key("account", reference))

    async def chat_for_account(self, reference: str, channel: str) -> int | None:
        """The chat of the newest conversation of a channel about an account (to lock it)."""
        chat: int | None = await self._session.scalar(
            select(ConversationRow.chat_id)  # columns only: nothing cached before the lock
            .where(
                ConversationRow.account_reference == reference,
                ConversationRow.channel == channel,
            )
            .order_by(ConversationRow.updated_at.desc(), ConversationRow.id.desc())
            .limit(1)
        )
        return chat

    async def chat_for_case(self, case_id: int) -> tuple[str, int] | None:
        """The channel and chat of the debtor a case is about (to lock it)."""
        row = (
            await self._session.execute(
                select(ConversationRow.channel, ConversationRow.chat_id)
                .join(CaseRow, CaseRow.conversation_id == ConversationRow.id)
                .where(CaseRow.id == case_id)
            )
        ).first()
        return None if row is None else (row.channel, row.chat_id)

    async def for_chat(self, channel: str, chat_id: int) -> Conversation | None:
        """The conversation of a chat, if it has one."""
        row = (
            await self._session.execute(_FOR_CHAT, {"in_channel": channel, "in_chat": chat_id})
        ).first()
        return None if row is None else _to_conversation(row)

    async def for_account(self, reference: str, channel: str) -> Conversation | None:
        """The newest conversation of a channel about an account, if any."""
        row = await self._session.scalar(
            select(ConversationRow)
            .where(
                ConversationRow.account_reference == reference,
                ConversationRow.channel == channel,
            )
            .order_by(ConversationRow.updated_at.desc(), ConversationRow.id.desc())
            .limit(1)
        )
        return None if row is None else _to_conversation(row)

    async def get(self, conversation_id: int) -> Conversation | None:
        """The conversation with this id."""
        row = await self._session.get(ConversationRow, conversation_id)
        return None if row is None else _to_conversation(row)

    async def start(
        self, channel: str, chat_id: int, state: str, language: str, now: datetime
    ) -> Conversation:
        """Create the conversation of a chat in its initial state."""
        row = ConversationRow(
            channel=channel,
            chat_id=chat_id,
            account_reference=None,
            state=state,
            context={},
            language=language,
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _to_conversation(row)

    async def save(self, conversation: Conversation, now: datetime) -> Conversation:
        """Store a new state; the stored version must still be ``conversation.version``.

        Raises:
            ConcurrencyConflict: another worker saved this conversation since it was read.
            NotFound: there is no such conversation.
        """
        result = await self._session.execute(
            _SAVE,
            {
                "conversation": conversation.id,
                "read_version": conversation.version,
                "new_reference": conversation.account_reference,
                "new_state": conversation.state,
                "new_context": conversation.context,
                "new_language": conversation.language,
                "new_version": conversation.version + 1,
                "now": now,
            },
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            exists = await self._session.get(ConversationRow, conversation.id)
            if exists is None:
                raise NotFound(f"conversation {conversation.id} does not exist")
            raise ConcurrencyConflict(
                f"conversation {conversation.id} was changed by another worker"
            )
        return Conversation(
            conversation.id,
            conversation.channel,
            conversation.chat_id,
            conversation.account_reference,
            conversation.state,
            conversation.context,
            conversation.language,
            conversation.version + 1,
        )

    async def add_message(
        self,
        conversation_id: int,
        direction: str,
        author: str,
        text: str,
        now: datetime,
        *,
        template_key: str | None = None,
        verdict: str | None = None,
        rules: dict[str, Any] | None = None,
        agent_id: int | None = None,
    ) -> None:
        """Record a message in either direction with the verdict it got.

        Written with the unit of work's other appended rows (:mod:`negotiator.storage.appends`).
        """
        appends(self._session).add(
            MessageRow.__table__,  # type: ignore[arg-type]
            {
                "conversation_id": conversation_id,
                "direction": direction,
                "author": author,
                "agent_id": agent_id,
                "text": text,
                "template_key": template_key,
                "verdict": verdict,
                "rules": rules or {},
                "created_at": now,
            },
        )

    async def messages(self, conversation_id: int) -> list[dict[str, Any]]:
        """The messages of a conversation, oldest first, as plain dicts (for transcripts)."""
        rows = await self._session.scalars(
            select(MessageRow)
            .where(MessageRow.conversation_id == conversation_id)
            .order_by(MessageRow.id)
        )
        return [
            {
                "direction": r.direction,
                "author": r.author,
                "agent_id": r.agent_id,
                "text": r.text,
                "template_key": r.template_key,
                "verdict": r.verdict,
                "rules": r.rules,
                "at": r.created_at,
            }
            for r in rows
        ]
