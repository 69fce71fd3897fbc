"""The engine's inputs and outputs: an inbound event, the world it sees, the decision it makes.

A decision is a value. The engine never sends, stores or looks anything up; the service that
calls it applies the effects in one unit of work, renders the prompts in the debtor's language,
runs each through the compliance filter and writes the outbox.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from negotiator.dialog.memory import Talk
from negotiator.dialog.script import Prompt
from negotiator.domain.account import Account
from negotiator.domain.plans import Plan
from negotiator.domain.policy import Portfolio
from negotiator.nlu.interpretation import Interpretation


class EventKind(StrEnum):
    """What arrived from the debtor."""

    START = "start"
    """``/start`` (with or without a signed link)."""
    TEXT = "text"
    """A text message, understood by the NLU."""
    BUTTON = "button"
    """A button was pressed (the channel has checked its signature)."""
    COMMAND = "command"
    """A command such as ``/agent``."""
    UNSUPPORTED = "unsupported"
    """A sticker, photo, voice note, file, contact or location."""
    TOO_LONG = "too_long"
    """Text longer than the bot reads."""
    STALE_BUTTON = "stale_button"
    """A button from an older message (an offer since replaced) or with a forged signature."""
    RESUME = "resume"
    """A person handed the conversation back to the bot, or closed its case."""


@dataclass(frozen=True, slots=True)
class Inbound:
    """One event from the debtor.

    Attributes:
        kind: What arrived.
        text: The text as sent (empty for buttons and media).
        name: The button or command name.
        interpretation: What the NLU understood of ``text`` (text events only).
        triggers: What the compliance screening found in ``text`` (``self_harm``, ``opt_out``,
            ``vulnerability``...), whatever the NLU made of it.
    """

    kind: EventKind
    text: str = ""
    name: str | None = None
    interpretation: Interpretation | None = None
    triggers: frozenset[str] = frozenset()


IdentityCheck = Callable[[str], bool | None]
"""Whether an answer matches the account's stored verification fact (keyed hashes only), or
``None`` when the message gives no fact of the asked kind ("let me talk to a person"): that is
not an attempt."""


@dataclass(frozen=True, slots=True)
class World:
    """What the engine may know besides the talk, gathered by the service before a step.

    Attributes:
        account: The account of the conversation, or the one a typed reference names.
        portfolio: The account's portfolio (its limits).
        today: The date in the debtor's time zone.
        check_identity: Compares an answer with the account's verification fact.
        has_agreement: Whether the account has an agreement (for ``/myplan``).
        previous_deferrals: Deferrals the account has had (``deferral.max_times``).
        confident_at: The NLU confidence from which an understanding is acted on.
        max_identity_attempts: Failed identity checks before the lockout.
        agent_holding: A person has taken the conversation's case over.
        max_unclear: Messages in a row not understood before a person takes over.
        can_move_missed: The agreement has a missed instalment the policy lets the debtor move
            to the end of the plan.
    """

    account: Account | None
    portfolio: Portfolio | None
    today: date
    check_identity: IdentityCheck | None = None
    has_agreement: bool = False
    previous_deferrals: int = 0
    confident_at: float = 0.6
    max_identity_attempts: int = 3
    agent_holding: bool = False
    max_unclear: int = 3
    can_move_missed: bool = False


class Priority(IntEnum):
    """How soon a person must look at an escalated case (lower is sooner)."""

    URGENT = 0
    """Self-harm risk: at once."""
    HIGH = 1
    """Vulnerability, fraud, disputes, legal representation, bankruptcy."""
    NORMAL = 2
    """Everything else."""


@dataclass(frozen=True, slots=True)
class Linked:
    """The conversation is now about this account."""

    reference: str


@dataclass(frozen=True, slots=True)
class IdentityChecked:
    """An identity answer was checked (the answer itself is never kept)."""

    passed: bool
    failed_checks: int


@dataclass(frozen=True, slots=True)
class OfferMade:
    """A plan was put to the debtor."""

    plan: Plan
    round: int


@dataclass(frozen=True, slots=True)
class AgreementReached:
    """The debtor explicitly agreed to ``plan``."""

    plan: Plan


@dataclass(frozen=True, slots=True)
class Escalated:
    """The conversation goes to a person."""

    reason: str
    priority: Priority


@dataclass(frozen=True, slots=True)
class OptedOut:
    """The debtor asked for no more contact."""


@dataclass(frozen=True, slots=True)
class MissedMoved:
    """The debtor moved the missed instalment of their agreement to the end of the plan."""


@dataclass(frozen=True, slots=True)
class LanguageChanged:
    """The debtor chose another language."""

    language: str


Effect = (
    Linked
    | IdentityChecked
    | OfferMade
    | AgreementReached
    | Escalated
    | OptedOut
    | LanguageChanged
    | MissedMoved
)
"""What a decision asks the service to record or do."""


@dataclass(frozen=True, slots=True)
class Decision:
    """What the engine decided for one event.

    Attributes:
        talk: The conversation afterwards.
        say: The prompts to send, in order (keys and renderers, not text yet).
        effects: What to record or do, in order.
    """

    talk: Talk
    say: tuple[Prompt, ...]
    effects: tuple[Effect, ...]
