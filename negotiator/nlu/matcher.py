"""Finding every lexicon phrase in a message.

All plain phrases of a language are compiled into one regular expression shaped like a trie
(``(?=(还(?:款|钱)|...))``), so the regular-expression engine walks the message once and reports,
at every position, the longest phrase that starts there. Phrases with a ``…`` gap form a second
alternation, tried only where one of them can start; each of the programmers' ``patterns`` is
searched on its own. Whole-message phrases are one dictionary lookup. A Latin phrase must start
and end at word boundaries (``no`` does not match ``know``); Chinese phrases match anywhere.

When one match lies inside another (``不要再打电话`` contains ``打电话``), only the longer one
counts, which is how a lexicon author overrides a short phrase in a particular context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from negotiator.nlu.lexicon import GAP, Entry
from negotiator.nlu.normalization import (
    LATIN_WORD_BOUNDARY,
    is_latin_word_character,
    trie_pattern,
)

_BEFORE: Final = f"(?<![{LATIN_WORD_BOUNDARY}])"
_AFTER: Final = f"(?![{LATIN_WORD_BOUNDARY}])"
_CLAUSE_BREAKS: Final = ",.!?;:，。！？；：\n"
_EDGES: Final = re.compile(r"^[\W_]+|[\W_]+$")
_GAP_CHARACTERS: Final = 6
"""A ``…`` in a Chinese phrase stands for up to this many characters."""
_GAP_WORDS: Final = 3
"""A ``…`` in a Latin phrase stands for up to this many words."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A compiled lexicon entry: what a match signals and how context may cancel it.

    Attributes:
        rule_id: ``<language>.<entry id>``, as cues report it.
        intent: The intent a match signals (``None`` for an ``ignore`` entry).
        reason: The hardship reason a match signals, if any.
        negatable: A negation just before cancels the match.
        quotable: Reported speech cancels the match.
        confidence: How sure one match makes the interpreter.
        language: The lexicon the rule comes from (its negation and reporting rules apply).
        fallback: Counts only when nothing else was understood.
    """

    rule_id: str
    intent: Intent | None
    reason: HardshipReason | None
    negatable: bool
    quotable: bool
    confidence: float
    language: str
    fallback: bool = False

    @classmethod
    def of(cls, entry: Entry, language: str) -> Rule:
        """The rule for ``entry`` of the ``language`` lexicon."""
        return cls(
            f"{language}.{entry.id}",
            entry.signal_intent,
            entry.reason,
            entry.negatable,
            entry.quotable,
            entry.confidence,
            language,
            entry.fallback,
        )


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of one rule: where it is in the normalised text."""

    rule: Rule
    start: int
    end: int
    text: str


def _gap_pattern(phrase: str) -> str:
    """``别再…联系`` -> a pattern allowing a few words or characters in between."""
    parts = [part.strip() for part in phrase.split(GAP)]
    pattern = ""
    for index, part in enumerate(parts):
        if index:
            latin = is_latin_word_character(parts[index - 1][-1:]) or is_latin_word_character(
                part[:1]
            )
            if latin:
                pattern += f"(?:\\s+[^\\s{re.escape(_CLAUSE_BREAKS)}]+){{0,{_GAP_WORDS}}}?\\s+"
            else:
                pattern += f"[^{re.escape(_CLAUSE_BREAKS)}]{{0,{_GAP_CHARACTERS}}}?"
        pattern += re.escape(part)
    return _bounded(phrase.strip(GAP + " "), pattern)


def _starts_guard(starts: Iterable[str]) -> str:
    """A lookahead for the words before the first gap of each gap phrase (a trie, as above)."""
    latin = [start for start in starts if is_latin_word_character(start[0])]
    other = [start for start in starts if not is_latin_word_character(start[0])]
    branches = [_BEFORE + trie_pattern(latin)] if latin else []
    if other:
        branches.append(trie_pattern(other))
    return "(?=" + "|".join(branches) + ")"


def _bounded(phrase: str, pattern: str) -> str:
    start = _BEFORE if is_latin_word_character(phrase[0]) else ""
    end = _AFTER if is_latin_word_character(phrase[-1]) else ""
    return start + pattern + end


@dataclass(frozen=True, slots=True)
class _Alternatives:
    """Patterns compiled into one alternation that reports, at each position, the first match."""

    pattern: re.Pattern[str]
    rules: tuple[Rule, ...]

    @classmethod
    def of(cls, patterns: list[tuple[str, Rule]], guard: str) -> _Alternatives | None:
        if not patterns:
            return None
        named = "|".join(f"(?P<p{i}>{pattern})" for i, (pattern, _) in enumerate(patterns))
        return cls(re.compile(f"{guard}(?={named})"), tuple(rule for _, rule in patterns))

    def scan(self, text: str, hits: list[Hit]) -> None:
        for match in self.pattern.finditer(text):
            name = match.lastgroup
            if name is None:  # pragma: no cover - every alternative is a named group
                continue
            found = match.group(name)
            if found:
                start = match.start()
                hits.append(Hit(self.rules[int(name[1:])], start, start + len(found), found))


class PhraseMatcher:
    """Finds the rules of one language in normalised text. Immutable after construction."""

    __slots__ = ("_gaps", "_literal", "_literal_pattern", "_regexes", "_whole")

    def __init__(
        self,
        entries: Iterable[tuple[Entry, str]],
        normalize: Callable[[str], str],
    ) -> None:
        """Compile ``entries`` (each with the language of its file) into one matcher.

        Args:
            entries: Lexicon entries and the language of the file each comes from.
            normalize: The normalisation applied to messages; phrases go through it too.
        """
        literal: dict[str, list[Rule]] = {}
        whole: dict[str, list[Rule]] = {}
        gaps: list[tuple[str, Rule]] = []
        regexes: list[tuple[str, Rule]] = []
        gap_starts: set[str] = set()
        for entry, language in entries:
            rule = Rule.of(entry, language)
            for phrase in entry.phrases:
                if GAP in phrase:
                    gapped = GAP.join(normalize(part) for part in phrase.split(GAP))
                    gaps.append((_gap_pattern(gapped), rule))
                    gap_starts.add(gapped.strip(GAP + " ").split(GAP)[0].strip())
                else:
                    literal.setdefault(normalize(phrase), []).append(rule)
            for phrase in entry.whole_message:
                whole.setdefault(_EDGES.sub("", normalize(phrase)), []).append(rule)
            regexes.extend((pattern, rule) for pattern in entry.patterns)
        self._literal = {k: tuple(v) for k, v in literal.items() if k}
        self._whole = {k: tuple(v) for k, v in whole.items()}
        latin = [p for p in self._literal if is_latin_word_character(p[0])]
        other = [p for p in self._literal if not is_latin_word_character(p[0])]
        alternatives = []
        if latin:
            alternatives.append(_BEFORE + trie_pattern(latin))
        if other:
            alternatives.append(trie_pattern(other))
        firsts = "".join(sorted({re.escape(phrase[0]) for phrase in self._literal}))
        self._literal_pattern = (
            re.compile(f"(?=[{firsts}])(?=(" + "|".join(alternatives) + "))")
            if alternatives
            else None
        )
        # A gap phrase starts with known words: look for them before trying every gap phrase.
        self._gaps = _Alternatives.of(gaps, _starts_guard(gap_starts))
        # Each regular expression on its own and unwrapped, so the engine can skip ahead to the
        # characters it can start with; find() restarts one character after each match start.
        self._regexes = tuple((re.compile(p), rule) for p, rule in regexes)

    def find(self, text: str) -> list[Hit]:
        """Every rule matching normalised ``text``, longest matches only, in text order."""
        hits: list[Hit] = []
        if self._literal_pattern is not None:
            literal = self._literal
            for match in self._literal_pattern.finditer(text):
                phrase = match.group(1)
                start = match.start()
                hits.extend(
                    Hit(rule, start, start + len(phrase), phrase) for rule in literal[phrase]
                )
        if self._gaps is not None:
            self._gaps.scan(text, hits)
        for pattern, rule in self._regexes:
            found = pattern.search(text)
            while found is not None:
                start, end = found.span()
                if end > start:
                    hits.append(Hit(rule, start, end, found.group()))
                found = pattern.search(text, start + 1)
        if self._whole:
            core = _EDGES.sub("", text)
            for rule in self._whole.get(core, ()):
                start = text.find(core) if core else 0
                hits.append(Hit(rule, start, start + len(core), core))
        if len(hits) > 1:
            hits = _longest_only(hits)
        return hits


def _longest_only(hits: list[Hit]) -> list[Hit]:
    """Drop every hit that lies inside a longer hit; keep text order."""
    hits.sort(key=lambda hit: (hit.start, hit.start - hit.end))
    kept: list[Hit] = []
    for hit in hits:
        inside = False
        for other in kept:
            if (
                other.start <= hit.start
                and hit.end <= other.end
                and (other.end - other.start) > (hit.end - hit.start)
            ):
                inside = True
                break
        if not inside:
            kept.append(hit)
    return kept
