"""What a conversation remembers between messages: :class:`Talk`, stored as JSON.

The dialog engine is a pure function of (talk, event, world); the talk is the only thing it
carries forward. It is stored in ``conversations.context`` with the state and a version for
optimistic locking, so a restart in the middle of a negotiation continues where it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from negotiator.domain.concessions import NegotiationHistory
from negotiator.domain.plan_codec import JsonDict, plan_from_dict, plan_to_dict
from negotiator.domain.plans import Plan
from negotiator.domain.policy import HardshipReason
from negotiator.errors import DomainError


class ProposalStatus(StrEnum):
    """What the last call to the offer engine found."""

    NONE = "none"
    """No proposal yet."""
    OFFERED = "offered"
    """A plan the debtor can afford is on the table."""
    HARDSHIP_POSSIBLE = "hardship_possible"
    """Nothing fits, but hardship terms might, if we learn why the debtor fell behind."""
    UNAFFORDABLE = "unaffordable"
    """Nothing inside the limits fits what the debtor can pay."""
    EXHAUSTED = "exhausted"
    """The concession ladder is at its end (maximum rounds or nothing left to give)."""


@dataclass(frozen=True, slots=True)
class CounterAnswer:
    """The answer to the debtor's last counter-offer.

    Attributes:
        accepted: The debtor's own plan, inside the limits; ``None`` when refused.
        nearest: The nearest plan inside the limits when refused, if there is one.
        breaches: The limits the counter-offer would break, as JSON-ready dicts
            (``limit``, ``allowed``, ``actual``) for the reply.
    """

    accepted: Plan | None = None
    nearest: Plan | None = None
    breaches: tuple[JsonDict, ...] = ()


@dataclass(frozen=True, slots=True)
class Talk:
    """One debtor's conversation so far.

    Attributes:
        state: The script state it is in (``""`` before the first message).
        script_version: The version of the script it was started with.
        language: The debtor's language (``en``, ``zh_Hans``, ``zh_Hant``).
        reference: The account it is about, once known (link or typed reference).
        verified: Whether the debtor passed the identity check.
        failed_checks: Failed identity checks so far.
        reason: Why the debtor fell behind, if they said.
        capacity: What they can pay a month, in the account currency, if they said.
        earliest: The first day they can pay, if they said.
        after_payday: They tied paying to a payday they did not date.
        follow_ups: States in which the follow-up question was already asked.
        history: The offers made and refused.
        proposal: What the last proposal found.
        gap: How much a month the closest plan is out of reach (unaffordable), if known.
        counter: The answer to the last counter-offer.
        agreed: The plan the debtor agreed to, once they did.
        escalated: Why the conversation went to a person, if it did.
        opted_out: The debtor asked for no more contact.
        third_party: The person writing said they are not the debtor.
        unclear: How many messages in a row, since verification, the bot understood nothing of.
        unreachable: Telegram refused a message (the debtor blocked the bot): no proactive
            contact until the debtor writes again.
    """

    state: str = ""
    script_version: int = 1
    language: str = "en"
    reference: str | None = None
    verified: bool = False
    failed_checks: int = 0
    reason: HardshipReason | None = None
    capacity: Decimal | None = None
    earliest: date | None = None
    after_payday: bool = False
    follow_ups: frozenset[str] = frozenset()
    history: NegotiationHistory = field(default_factory=NegotiationHistory)
    proposal: ProposalStatus = ProposalStatus.NONE
    gap: Decimal | None = None
    counter: CounterAnswer | None = None
    agreed: Plan | None = None
    escalated: str | None = None
    opted_out: bool = False
    third_party: bool = False
    unclear: int = 0
    unreachable: bool = False

    def but(self, **changes: Any) -> Talk:
        """A copy with ``changes``."""
        return replace(self, **changes)

    @property
    def open_offer(self) -> Plan | None:
        """The plan on the table, if the debtor has not refused it."""
        return self.history.open_offer

    def to_dict(self) -> JsonDict:
        """JSON-ready data for ``conversations.context``."""
        counter = self.counter
        return {
            "state": self.state,
            "script_version": self.script_version,
            "language": self.language,
            "reference": self.reference,
            "verified": self.verified,
            "failed_checks": self.failed_checks,
            "reason": None if self.reason is None else self.reason.value,
            "capacity": None if self.capacity is None else str(self.capacity),
            "earliest": None if self.earliest is None else self.earliest.isoformat(),
            "after_payday": self.after_payday,
            "follow_ups": sorted(self.follow_ups),
            "history": self.history.to_dict(),
            "proposal": self.proposal.value,
            "gap": None if self.gap is None else str(self.gap),
            "counter": None
            if counter is None
            else {
                "accepted": None if counter.accepted is None else plan_to_dict(counter.accepted),
                "nearest": None if counter.nearest is None else plan_to_dict(counter.nearest),
                "breaches": list(counter.breaches),
            },
            "agreed": None if self.agreed is None else plan_to_dict(self.agreed),
            "escalated": self.escalated,
            "opted_out": self.opted_out,
            "third_party": self.third_party,
            "unclear": self.unclear,
            "unreachable": self.unreachable,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Talk:
        """The talk written by :meth:`to_dict`.

        Raises:
            DomainError: the stored data is malformed.
        """
        try:
            counter = data.get("counter")
            return cls(
                state=str(data["state"]),
                script_version=int(data["script_version"]),
                language=str(data["language"]),
                reference=data.get("reference"),
                verified=bool(data["verified"]),
                failed_checks=int(data["failed_checks"]),
                reason=None if data.get("reason") is None else HardshipReason(data["reason"]),
                capacity=None if data.get("capacity") is None else Decimal(data["capacity"]),
                earliest=None
                if data.get("earliest") is None
                else date.fromisoformat(data["earliest"]),
                after_payday=bool(data.get("after_payday", False)),
                follow_ups=frozenset(data.get("follow_ups", ())),
                history=NegotiationHistory.from_dict(data["history"]),
                proposal=ProposalStatus(data.get("proposal", "none")),
                gap=None if data.get("gap") is None else Decimal(data["gap"]),
                counter=None
                if counter is None
                else CounterAnswer(
                    accepted=_plan(counter.get("accepted")),
                    nearest=_plan(counter.get("nearest")),
                    breaches=tuple(counter.get("breaches", ())),
                ),
                agreed=_plan(data.get("agreed")),
                escalated=data.get("escalated"),
                opted_out=bool(data.get("opted_out", False)),
                third_party=bool(data.get("third_party", False)),
                unclear=int(data.get("unclear", 0)),
                unreachable=bool(data.get("unreachable", False)),
            )
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise DomainError(f"stored conversation is malformed: {exc!r}") from exc


def stored_talk(context: Mapping[str, Any], language: str) -> Talk:
    """The talk kept in a conversation's context, for readers beside the conversation itself
    (the agents' desk, reminders): a fresh one in ``language`` when there is none or it cannot
    be read. (The debtor's next message resets a damaged talk and audits it.)"""
    if not context:
        return Talk(language=language)
    try:
        return Talk.from_dict(context)
    except DomainError:
        return Talk(language=language)


def _plan(data: Mapping[str, Any] | None) -> Plan | None:
    return None if data is None else plan_from_dict(data)
