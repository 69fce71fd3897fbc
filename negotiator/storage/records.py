"""Records the storage layer hands out for things that are not domain values (yet)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from negotiator.domain.cases import OPEN_STATUSES


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


@dataclass(frozen=True, slots=True)
class TelegramLink:
    """A Telegram user who opened an account's link.

    Attributes:
        telegram_user_id: Who opened it.
        chat_id: Their private chat with the bot.
        account_reference: The account the link named.
        linked_at: When the link was first opened.
        verified_at: When they passed the knowledge check, if they have.
    """

    telegram_user_id: int
    chat_id: int
    account_reference: str
    linked_at: datetime
    verified_at: datetime | None


@dataclass(frozen=True, slots=True)
class Offer:
    """A plan put to the debtor: its round in the negotiation, its terms as JSON, its fate."""

    id: int
    conversation_id: int
    round: int
    kind: str
    terms: dict[str, Any]
    status: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Instalment:
    """One scheduled payment of an agreement (amounts as exact decimals in its currency)."""

    seq: int
    due_date: date
    amount: Decimal
    paid: Decimal = Decimal(0)
    status: str = "due"


@dataclass(frozen=True, slots=True)
class Agreement:
    """An accepted plan with its schedule.

    Attributes:
        id: Database id (0 before it is stored).
        number: The agreement number printed on the confirmation.
        account_reference: The account it settles.
        offer_id: The offer accepted (unique: one agreement per offer).
        kind: The plan kind.
        terms: The full terms as JSON (what the confirmation shows).
        currency: ISO code of every amount.
        total: The sum of the instalments.
        status: ``active``, ``paid``, ``broken`` or ``cancelled``.
        accepted_at: When the debtor accepted.
        verification_digest: Keyed hash that proves the written confirmation is genuine.
        instalments: The schedule.
    """

    id: int
    number: str
    account_reference: str
    offer_id: int | None
    kind: str
    terms: dict[str, Any]
    currency: str
    total: Decimal
    status: str
    accepted_at: datetime
    verification_digest: str
    instalments: tuple[Instalment, ...]


@dataclass(frozen=True, slots=True)
class Case:
    """An escalation to people.

    Attributes:
        id: The case number agents see.
        conversation_id: The chat it came from.
        account_reference: The account, when known.
        reason: Why it was escalated (``self_harm_risk``, ``dispute``, …).
        priority: 0 is the most urgent.
        status: ``waiting``, ``taken``, ``returned`` or ``closed``.
        agent_id: The agent holding it.
        topic_id: Its forum topic in the agents' group.
        summary: The case card's content.
        outcome: What closing it recorded.
        created_at: When it was opened.
        updated_at: When it last changed.
        agents_chat_id: The agents' group its topic is in (``None`` until it is posted).
        announced_at: When its card or its last "still waiting" notice was posted.
    """

    id: int
    conversation_id: int
    account_reference: str | None
    reason: str
    priority: int
    status: str
    agent_id: int | None
    topic_id: int | None
    summary: dict[str, Any]
    outcome: str | None
    created_at: datetime
    updated_at: datetime
    agents_chat_id: int | None = None
    announced_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        """Waiting for an agent or held by one."""
        return self.status in OPEN_STATUSES
