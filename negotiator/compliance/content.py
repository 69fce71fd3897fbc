"""Phrase rules applied to the words of one message: content rules outbound, triggers inbound.

A :class:`PhraseScanner` holds every pattern of a set of rules behind one anchor index. A scan
folds nothing itself: it takes the matching form and its skeleton (``normalize.py``), tries only
the patterns whose anchors occur, and reports at most one hit per rule, the first phrase that no
lawful (or excusing) phrase of the same rule covers. The content rules of a pack use it, and so
do the inbound triggers of ``screening.py``.

A lawful phrase excuses a banned match when it covers the *end* of the match: "we will *not
contact your family*" excuses "contact your family", and "我们*不会联系您的家人*" excuses
"联系您的家人", while "we won't contact your family if you don't pay" is still caught by the
pattern for the conditional threat, whose end lies beyond the lawful phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from negotiator.compliance.anchors import anchor_index
from negotiator.compliance.patterns import CompiledPattern
from negotiator.compliance.rules import ContentRule, RulePack

__all__ = ["ContentScanner", "PhraseHit", "PhraseRule", "PhraseScanner", "scanner_for"]


class PhraseRule(Protocol):
    """Anything with phrases to find and phrases that excuse them."""

    @property
    def patterns(self) -> tuple[CompiledPattern, ...]:
        """The phrases to find."""
        ...

    @property
    def allow(self) -> tuple[CompiledPattern, ...]:
        """The phrases that excuse a found phrase whose end they cover."""
        ...


R = TypeVar("R", bound=PhraseRule)


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[R]):
    """A rule that fired.

    Attributes:
        rule: The rule.
        matched: The banned phrase as the rule saw it (matching form).
        pattern: The pattern that matched, as written in the pack.
    """

    rule: R
    matched: str
    pattern: str


class PhraseScanner(Generic[R]):
    """A set of phrase rules, indexed for one-pass scanning.

    The banned and the lawful phrases of every rule share one anchor index, so a lawful phrase
    is tried only when its own anchors occur too.

    Args:
        rules: The rules, in the order hits are reported.
    """

    __slots__ = ("_allows", "_count", "_index", "_owners", "_patterns", "_rules")

    def __init__(self, rules: Sequence[R]) -> None:
        self._rules = tuple(rules)
        patterns: list[CompiledPattern] = []
        owners: list[int] = []
        for number, rule in enumerate(self._rules):
            patterns.extend(rule.patterns)
            owners.extend([number] * len(rule.patterns))
        self._count = len(patterns)  # banned phrases first, lawful ones after
        for number, rule in enumerate(self._rules):
            patterns.extend(rule.allow)
            owners.extend([number] * len(rule.allow))
        self._patterns = tuple(patterns)
        self._owners = tuple(owners)
        self._index = anchor_index(self._patterns)

    @property
    def pattern_count(self) -> int:
        """How many banned patterns the scanner holds."""
        return self._count

    def scan(self, form: str, skeleton_form: str) -> list[PhraseHit[R]]:
        """The rules whose banned phrases occur in a message, in rule order.

        Args:
            form: The message's matching form (:func:`~negotiator.compliance.normalize.
                matching_form`).
            skeleton_form: Its skeleton (:func:`~negotiator.compliance.normalize.skeleton`).
        """
        candidates = self._index.candidates(skeleton_form)
        if not candidates:
            return []
        # Patterns are stored rule by rule, so sorted indexes group them by rule, in rule order.
        banned: dict[int, list[int]] = {}
        lawful: dict[int, list[CompiledPattern]] = {}
        owners, count, patterns = self._owners, self._count, self._patterns
        for index in sorted(candidates):
            if index < count:
                banned.setdefault(owners[index], []).append(index)
            else:
                lawful.setdefault(owners[index], []).append(patterns[index])
        hits: list[PhraseHit[R]] = []
        for number, indexes in banned.items():
            hit = self._first_unexcused(number, indexes, lawful.get(number, ()), form)
            if hit is not None:
                hits.append(hit)
        return hits

    def _first_unexcused(
        self, number: int, banned: Sequence[int], lawful: Sequence[CompiledPattern], form: str
    ) -> PhraseHit[R] | None:
        """The first match of rule ``number``'s banned phrases that no lawful phrase excuses."""
        allowed: list[tuple[int, int]] | None = None
        for index in banned:
            pattern = self._patterns[index]
            pos = 0
            while (match := pattern.search(form, pos)) is not None:
                if allowed is None:
                    allowed = _spans(lawful, form)  # the lawful phrases: only wanted after a hit
                end = match.end()
                if not any(start < end <= stop for start, stop in allowed):
                    return PhraseHit(self._rules[number], match.group(), pattern.source)
                pos = match.start() + 1
        return None


def _spans(patterns: Sequence[CompiledPattern], form: str) -> list[tuple[int, int]]:
    """Every span of ``form`` that one of ``patterns`` matches, overlapping ones included."""
    spans = []
    for pattern in patterns:
        pos = 0
        while (match := pattern.search(form, pos)) is not None:
            spans.append(match.span())
            pos = match.start() + 1
    return spans


ContentScanner = PhraseScanner[ContentRule]
"""The scanner of a pack's content rules."""

_SCANNERS: dict[int, tuple[RulePack, ContentScanner]] = {}


def scanner_for(pack: RulePack) -> ContentScanner:
    """The scanner of a pack, built on first use and kept for the life of the process."""
    entry = _SCANNERS.get(id(pack))
    if entry is None or entry[0] is not pack:
        entry = (pack, ContentScanner(pack.content_rules))
        _SCANNERS[id(pack)] = entry
    return entry[1]
