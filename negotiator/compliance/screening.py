"""Inbound screening: what in a debtor's message the conversation must act on before anything.

:class:`InboundScreener` looks for the cues of ``packs/screening.yaml`` in every debtor message
(opt-out, dispute, fraud, a lawyer, bankruptcy, vulnerability, self-harm, abuse, complaint, a
request for a person) and returns a :class:`Screening` value listing each trigger with the cue
that raised it. It works alone and better with NLU: intent names from the interpreter (a plain
set of strings, so this room does not depend on ``negotiator/nlu``) raise triggers too.

What each trigger requires of the conversation is :data:`HANDLING`, in code, with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from negotiator.compliance.content import PhraseScanner
from negotiator.compliance.normalize import matching_form, skeleton
from negotiator.compliance.patterns import CompiledPattern

__all__ = [
    "HANDLING",
    "Handling",
    "InboundScreener",
    "Screening",
    "Trigger",
    "TriggerHit",
    "TriggerRule",
]


class Trigger(StrEnum):
    """Something a debtor said that the conversation must act on."""

    SELF_HARM = "self_harm"
    """Any sign the debtor may harm themselves (most urgent first: the order is the priority)."""
    VULNERABILITY = "vulnerability"
    """Illness, mental health, bereavement, disability, abuse, addiction, caring (FG21/1)."""
    OPT_OUT = "opt_out"
    """Asks not to be contacted any more."""
    LEGAL_REPRESENTATION = "legal_representation"
    """Has a lawyer or debt adviser, or wants contact to go through one."""
    BANKRUPTCY = "bankruptcy"
    """In, or filing for, bankruptcy or a statutory debt-relief procedure."""
    FRAUD = "fraud"
    """Says someone else used their identity, card or account."""
    DISPUTE = "dispute"
    """Says the debt, amount, interest or fees are wrong, or were paid."""
    COMPLAINT = "complaint"
    """Wants to complain, or to go to a regulator."""
    ABUSE = "abuse"
    """Insults, swears at or threatens the bot or an agent."""
    HUMAN_REQUEST = "human_request"
    """Asks for a person."""


@dataclass(frozen=True, slots=True)
class Handling:
    """What a trigger requires.

    Attributes:
        human_at_once: A person takes over now; the bot says only that help is coming.
        human: The case goes to a person (at once or in the agents' queue).
        stop_contact: No more messages but the confirmation.
        pause_collection: No collection (amounts, offers, reminders) until a person clears it.
        reason: The rule it follows.
    """

    human_at_once: bool
    human: bool
    stop_contact: bool
    pause_collection: bool
    reason: str


HANDLING: Final[Mapping[Trigger, Handling]] = {
    Trigger.SELF_HARM: Handling(True, True, False, True, "FG21/1; duty of care: a person, now"),
    Trigger.VULNERABILITY: Handling(True, True, False, True, "FCA FG21/1; CONC 7.3.4"),
    Trigger.OPT_OUT: Handling(
        False, False, True, True, "FDCPA §805(c); 12 CFR 1006.6(e); 消费者权益保护法 第二十九条"
    ),
    Trigger.LEGAL_REPRESENTATION: Handling(
        False, True, False, True, "FDCPA §805(a)(2): talk to the representative"
    ),
    Trigger.BANKRUPTCY: Handling(False, True, False, True, "11 U.S.C. 362 stay; CONC 7.3"),
    Trigger.FRAUD: Handling(False, True, False, True, "identity theft claims are investigated"),
    Trigger.DISPUTE: Handling(False, True, False, True, "FDCPA §809(b); CONC 7.3; 异议处理"),
    Trigger.COMPLAINT: Handling(False, True, False, False, "GB/T 45251-2025 5.6; FCA DISP 1"),
    Trigger.ABUSE: Handling(False, True, False, False, "agents handle hostility, not the bot"),
    Trigger.HUMAN_REQUEST: Handling(False, True, False, False, "NIFA 公约 art. 15; Reg F"),
}
"""What each trigger requires of the conversation."""


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """The cues of one trigger, compiled.

    Attributes:
        trigger: The trigger they raise.
        patterns: The cues.
        allow: Phrases that cancel a cue whose end they cover ("don't stop").
    """

    trigger: Trigger
    patterns: tuple[CompiledPattern, ...]
    allow: tuple[CompiledPattern, ...]


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """One trigger found in a message.

    Attributes:
        trigger: The trigger.
        cue: What raised it: the matched words (matching form) or ``nlu:<intent>``.
        source: ``"text"`` or ``"nlu"``.
    """

    trigger: Trigger
    cue: str
    source: str


_ORDER: Final = {trigger: rank for rank, trigger in enumerate(Trigger)}


@dataclass(frozen=True, slots=True)
class Screening:
    """The triggers found in one debtor message, most urgent first.

    Attributes:
        hits: Every trigger found, once each, with the cue that raised it.
    """

    hits: tuple[TriggerHit, ...]

    @property
    def triggers(self) -> frozenset[Trigger]:
        """The triggers found."""
        return frozenset(hit.trigger for hit in self.hits)

    @property
    def human_at_once(self) -> bool:
        """Whether a person must take over now (vulnerability, self-harm)."""
        return any(HANDLING[hit.trigger].human_at_once for hit in self.hits)

    @property
    def needs_human(self) -> bool:
        """Whether the case goes to a person."""
        return any(HANDLING[hit.trigger].human for hit in self.hits)

    @property
    def stops_contact(self) -> bool:
        """Whether the debtor opted out."""
        return any(HANDLING[hit.trigger].stop_contact for hit in self.hits)

    @property
    def pauses_collection(self) -> bool:
        """Whether collection stops until a person clears the case."""
        return any(HANDLING[hit.trigger].pause_collection for hit in self.hits)

    def to_audit(self) -> dict[str, Any]:
        """The screening as plain data for the audit log."""
        return {
            "triggers": [
                {"trigger": h.trigger.value, "cue": h.cue, "source": h.source} for h in self.hits
            ],
            "human_at_once": self.human_at_once,
            "needs_human": self.needs_human,
            "stops_contact": self.stops_contact,
        }


# Whole-message cues ("stop", "退订") are compared without punctuation, emoji or spaces.
_NOT_WORD = re.compile(r"[\W_]+")


def exact_form(text: str) -> str:
    """The form a whole message is compared in against ``exact`` cues."""
    return _NOT_WORD.sub("", matching_form(text))


class InboundScreener:
    """Finds the triggers in debtor messages.

    Args:
        rules: The cues of each trigger.
        exact: Whole messages (in :func:`exact_form`) that raise a trigger by themselves.
        nlu_intents: NLU intent names and the trigger each raises.
    """

    __slots__ = ("_exact", "_nlu", "_scanner")

    def __init__(
        self,
        rules: Sequence[TriggerRule],
        exact: Mapping[str, Trigger],
        nlu_intents: Mapping[str, Trigger],
    ) -> None:
        self._scanner = PhraseScanner(rules)
        self._exact = dict(exact)
        self._nlu = dict(nlu_intents)

    def screen(self, text: str, nlu_intents: Iterable[str] = ()) -> Screening:
        """Screen one debtor message.

        Args:
            text: The message as the debtor wrote it.
            nlu_intents: Intent names the interpreter detected in it, if any (e.g.
                ``{"opt_out", "hardship"}``); names it does not know are ignored.

        Returns:
            Every trigger found, most urgent first, each with its cue.
        """
        form = matching_form(text)
        found: dict[Trigger, TriggerHit] = {}
        whole = self._exact.get(_NOT_WORD.sub("", form))
        if whole is not None:
            found[whole] = TriggerHit(whole, form, "text")
        for hit in self._scanner.scan(form, skeleton(form)):
            found.setdefault(hit.rule.trigger, TriggerHit(hit.rule.trigger, hit.matched, "text"))
        for intent in nlu_intents:
            trigger = self._nlu.get(intent) or _trigger_named(intent)
            if trigger is not None:
                found.setdefault(trigger, TriggerHit(trigger, f"nlu:{intent}", "nlu"))
        return Screening(tuple(sorted(found.values(), key=lambda h: _ORDER[h.trigger])))


def _trigger_named(name: str) -> Trigger | None:
    try:
        return Trigger(name)
    except ValueError:
        return None
