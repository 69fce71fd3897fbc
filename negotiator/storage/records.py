"""Records the storage layer hands out for things that are not domain values (yet)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class ImportedAccountFacts:
    """Keyed hashes of an account's verification facts, by fact kind (``dob``, ``id_last4``)."""

    digests: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Conversation:
    """A chat's state as stored; ``version`` must match on save (optimistic locking).

    Attributes:
        id: Database id (0 before the first save).
        channel: ``telegram`` or ``terminal``.
        chat_id: The chat within the channel.
        account_reference: The account being discussed, once known.
        state: The dialog state name.
        context: JSON-ready dialog context (offers made, answers given, …).
        language: The debtor's language for this chat.
        version: Incremented by every save.
    """

    id: int
    channel: str
    chat_id: int
    account_reference: str | None
    state: str
    context: dict[str, Any]
    language: str
    version: int


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """A Bot API call waiting to be made.

    Attributes:
        id: Database id.
        chat_id: Destination chat.
        method: Bot API method name, e.g. ``sendMessage``.
        payload: The method's parameters (JSON-ready).
        not_before: Earliest send time (contact windows defer proactive messages).
        attempts: Sends tried so far.
        thread_id: Forum topic, for the agents' group.
    """

    id: int
    chat_id: int
    method: str
    payload: dict[str, Any]
    not_before: datetime
    attempts: int
    thread_id: int | None = None


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One link of the audit chain."""

    seq: int
    occurred_at: datetime
    kind: str
    subject: str
    actor: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """The result of verifying the audit chain.

    Attributes:
        ok: Whether every event is intact and linked to its predecessor.
        events: How many events were checked.
        first_bad_seq: The first event that does not verify, if any.
        reason: Why it does not verify.
    """

    ok: bool
    events: int
    first_bad_seq: int | None = None
    reason: str = ""
