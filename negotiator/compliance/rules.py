"""A rule pack as the filter uses it: compiled content rules, context rules and contact limits.

These are the values a loaded pack becomes (``pack_file.py`` reads and validates the YAML; this
module holds the result). One pack per jurisdiction; the creditor's policy picks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum

from negotiator.compliance.cues import CueBook, MessageCues
from negotiator.compliance.patterns import CompiledPattern
from negotiator.compliance.verdict import Severity
from negotiator.domain.jurisdiction import Jurisdiction

__all__ = ["ContactLimits", "ContentRule", "ContextRule", "ContextRuleKind", "CueSet", "RulePack"]


@dataclass(frozen=True, slots=True)
class ContentRule:
    """A rule over the words of a message: any pattern that matches (and is not excused) blocks.

    Attributes:
        id: Unique id, ``<jurisdiction>.<name>``, e.g. ``CN.violence``.
        category: The kind of harm (``violence``, ``third_party`` …); the same in every pack.
        description: What the rule forbids, in one plain sentence.
        citation: The regulation it comes from.
        severity: How grave a breach is.
        languages: The debtor languages its patterns cover.
        patterns: The banned phrases, compiled.
        allow: Lawful phrases: a banned match whose end lies inside one of them is excused
            ("we will *not contact your family*", "您可以向公安机关报案").
    """

    id: str
    category: str
    description: str
    citation: str
    severity: Severity
    languages: tuple[str, ...]
    patterns: tuple[CompiledPattern, ...]
    allow: tuple[CompiledPattern, ...]


class ContextRuleKind(StrEnum):
    """The rules that need more than the text: who reads it, when, and what is on record."""

    IDENTITY_GATE = "identity_gate"
    """No amount, account or debt detail before verification, none to third parties."""
    DISCLOSURE = "disclosure"
    """The first message says it is automated, for whom, how to reach a human, how to stop."""
    CONTACT_WINDOW = "contact_window"
    """Proactive messages only inside the local contact window of the debtor's time zone."""
    CONTACT_CAPS = "contact_caps"
    """At most so many proactive messages a local day and in any 7 days."""
    OPT_OUT = "opt_out"
    """After an opt-out, only the confirmation of it."""
    AMOUNTS = "amounts"
    """Every amount stated matches the ledger or the plan on record."""


@dataclass(frozen=True, slots=True)
class ContextRule:
    """The citation and wording of one context rule in one pack.

    Attributes:
        kind: Which context rule.
        id: Unique id, e.g. ``US.contact_window``.
        description: What it requires, in one plain sentence.
        citation: The regulation it comes from.
        severity: How grave a breach is.
    """

    kind: ContextRuleKind
    id: str
    description: str
    citation: str
    severity: Severity


@dataclass(frozen=True, slots=True)
class ContactLimits:
    """When and how often the bot may write first, under the law of a pack.

    Attributes:
        earliest: Earliest local time for a proactive message.
        latest: Local time by which proactive messages stop (a message at ``latest`` is late).
        max_per_day: Most proactive messages per local day.
        max_per_week: Most proactive messages in any 7 days.
    """

    earliest: time
    latest: time
    max_per_day: int
    max_per_week: int

    def tightened(
        self, earliest: time, latest: time, max_per_day: int, max_per_week: int
    ) -> ContactLimits:
        """The stricter of these limits and another set (e.g. the creditor's policy)."""
        return ContactLimits(
            earliest=max(self.earliest, earliest),
            latest=min(self.latest, latest),
            max_per_day=min(self.max_per_day, max_per_day),
            max_per_week=min(self.max_per_week, max_per_week),
        )


@dataclass(frozen=True, slots=True)
class CueSet:
    """Phrases a context rule looks for (disclosure elements, account details, debt words).

    The pack looks for all its cue sets at once (:meth:`RulePack.read_cues`).

    Attributes:
        name: The cue set's name in the phrase book, e.g. ``disclosure_automated``.
        patterns: The phrases, compiled.
    """

    name: str
    patterns: tuple[CompiledPattern, ...]


@dataclass(frozen=True, slots=True)
class RulePack:
    """Every rule of one jurisdiction.

    Attributes:
        jurisdiction: ``CN``, ``US`` or ``UK``.
        version: The pack's version string, recorded with every verdict.
        title: A human title.
        contact: The legal contact window and caps.
        content_rules: The rules over the words of a message.
        context_rules: The context rules by kind (every kind is present).
        cues: The cue sets the context rules use, by name.
    """

    jurisdiction: Jurisdiction
    version: str
    title: str
    contact: ContactLimits
    content_rules: tuple[ContentRule, ...]
    context_rules: dict[ContextRuleKind, ContextRule]
    cues: dict[str, CueSet]
    _cue_book: CueBook = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # The anchors of every cue set in one index: a message is read once for all of them.
        book = CueBook({name: cue.patterns for name, cue in self.cues.items()})
        object.__setattr__(self, "_cue_book", book)

    def rule(self, rule_id: str) -> ContentRule | ContextRule:
        """The content or context rule with this id.

        Raises:
            KeyError: no such rule in this pack.
        """
        for rule in self.content_rules:
            if rule.id == rule_id:
                return rule
        for context_rule in self.context_rules.values():
            if context_rule.id == rule_id:
                return context_rule
        raise KeyError(rule_id)

    def cue(self, name: str) -> CueSet:
        """The cue set with this name (empty when the phrase book has none)."""
        found = self.cues.get(name)
        return found if found is not None else CueSet(name, ())

    def read_cues(self, form: str, skeleton_form: str) -> MessageCues:
        """The cue sets as a message holds them, given its matching form and its skeleton."""
        return self._cue_book.read(form, skeleton_form)
