"""Finding every lexicon phrase in a message.

All plain phrases of every language and the words each ``…`` gap phrase starts with are keys of
one Aho-Corasick automaton, which reports every occurrence of every key in a single pass over the
message. Of the plain phrases starting at one position, the longest that respects the word
boundaries counts. A gap phrase is tried only where the automaton saw the words it starts with
(one alternation of the gap phrases starting with the words standing there). Each pattern is
searched on its own, and only in a message holding a word of every set of words every match of
it needs (a second automaton tells which of those words a message holds).
Whole-message phrases are one dictionary lookup. A Latin phrase must start and end at word
boundaries (``no`` does not match ``know``); Chinese phrases match anywhere.

When one match lies inside another (``不要再打电话`` contains ``打电话``), only the longer one
counts, which is how a lexicon author overrides a short phrase in a particular context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Final, NamedTuple

import ahocorasick

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from negotiator.nlu.lexicon import GAP, Entry
from negotiator.nlu.normalization import (
    LATIN_WORD_BOUNDARY,
    is_latin_word_character,
    occurrences,
)
from negotiator.nlu.pattern_literals import pattern_needs

_BEFORE: Final = f"(?<![{LATIN_WORD_BOUNDARY}])"
_AFTER: Final = f"(?![{LATIN_WORD_BOUNDARY}])"
_CLAUSE_BREAKS: Final = ",.!?;:，。！？；：\n"
_EDGES: Final = re.compile(r"^[\W_]+|[\W_]+$")
_START: Final = attrgetter("start")
_END: Final = attrgetter("end")
_WORD: Final = itemgetter(1)

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
        signal: What a cue of the rule reports: the intent, ``reason:<reason>``, or ``ignore``.
        fallback: Counts only when nothing else was understood.
        figurative: A figure of speech: the match never counts (see ``Entry.figurative``).
        secondary: The intent yields ``intent`` to anything else detected.
        beside: A match counts only beside one of these intents (see ``Entry.beside``).
    """

    rule_id: str
    intent: Intent | None
    reason: HardshipReason | None
    negatable: bool
    quotable: bool
    confidence: float
    language: str
    signal: str
    fallback: bool = False
    figurative: bool = False
    secondary: bool = False
    beside: frozenset[Intent] = frozenset()

    @classmethod
    def of(cls, entry: Entry, language: str) -> Rule:
        """The rule for ``entry`` of the ``language`` lexicon."""
        intent = entry.signal_intent
        if entry.reason is not None:
            signal = f"reason:{entry.reason.value}"
        else:
            signal = intent.value if intent is not None else "ignore"
        return cls(
            f"{language}.{entry.id}",
            intent,
            entry.reason,
            entry.negatable,
            entry.quotable,
            entry.confidence,
            language,
            signal,
            entry.fallback,
            entry.figurative,
            entry.secondary,
            frozenset(entry.beside),
        )


class Hit(NamedTuple):
    """One match of one rule: where it is in the normalised text.

    A named tuple rather than a frozen dataclass: a message yields several, and a tuple is
    cheaper to build.
    """

    rule: Rule
    start: int
    end: int
    text: str


def gap(latin: bool) -> str:
    """The pattern of a ``…``: up to a few words between Latin words (``latin``), else up to a
    few characters, never across a clause break."""
    if latin:
        return f"(?:\\s+[^\\s{re.escape(_CLAUSE_BREAKS)}]+){{0,{_GAP_WORDS}}}?\\s+"
    return f"[^{re.escape(_CLAUSE_BREAKS)}]{{0,{_GAP_CHARACTERS}}}?"


def gap_pattern(phrase: str) -> str:
    """``别再…联系`` -> a pattern allowing a few words or characters in between."""
    parts = [part.strip() for part in phrase.split(GAP)]
    pattern = ""
    for index, part in enumerate(parts):
        if index:
            pattern += gap(
                is_latin_word_character(parts[index - 1][-1:]) or is_latin_word_character(part[:1])
            )
        pattern += re.escape(part)
    return _bounded(phrase.strip(GAP + " "), pattern)


def _bounded(phrase: str, pattern: str) -> str:
    start = _BEFORE if is_latin_word_character(phrase[0]) else ""
    end = _AFTER if is_latin_word_character(phrase[-1]) else ""
    return start + pattern + end


@dataclass(frozen=True, slots=True)
class _Alternatives:
    """Patterns compiled into one alternation that reports, at a position, the first match.

    Each pattern (a gap phrase) starts with its first words, so at a position only those whose
    first words stand there can match: the alternation tried there holds only them, in their
    order, which reports what the alternation of every pattern would, without trying hundreds
    in turn. The words standing at a position are the longest of them and every first word it
    starts with, so there are as many such sets as first words: all their alternations are
    made at load (a few dozen milliseconds), none in a message's time.

    Attributes:
        sources: Each pattern.
        rules: The rule of each pattern.
        firsts: The words each pattern starts with (``None``: it may start anywhere).
        tried: The alternation of the patterns that may start where each set of first words
            stands (``None``: none may).
    """

    sources: tuple[str, ...]
    rules: tuple[Rule, ...]
    firsts: tuple[str | None, ...]
    tried: dict[frozenset[str], re.Pattern[str] | None] = field(repr=False, compare=False)

    @classmethod
    def of(
        cls, patterns: list[tuple[str, Rule, str | None]], starts: set[str]
    ) -> _Alternatives | None:
        """The alternatives of ``patterns``, made for every set of ``starts`` (the first words
        the automaton reports) that can stand at one position."""
        if not patterns:
            return None
        alternatives = cls(
            tuple(pattern for pattern, _, _ in patterns),
            tuple(rule for _, rule, _ in patterns),
            tuple(first for _, _, first in patterns),
            {},
        )
        for longest in starts:
            alternatives._alternation(frozenset(w for w in starts if longest.startswith(w)))
        return alternatives

    def _alternation(self, firsts: frozenset[str]) -> re.Pattern[str] | None:
        """The alternation of the patterns that may start where ``firsts`` stand."""
        if firsts in self.tried:
            return self.tried[firsts]
        named = "|".join(
            f"(?P<p{i}>{pattern})"
            for i, (pattern, first) in enumerate(zip(self.sources, self.firsts, strict=True))
            if first is None or first in firsts
        )
        compiled = re.compile(f"(?={named})") if named else None
        self.tried[firsts] = compiled
        return compiled

    def scan(self, text: str, starts: Mapping[int, frozenset[str]], hits: list[Hit]) -> None:
        """Try the alternation at each of ``starts``, ascending, with the words standing there.

        Those are where the words a gap phrase starts with stand, the only places it may start.
        """
        for start in sorted(starts):
            pattern = self._alternation(starts[start])
            match = pattern.match(text, start) if pattern is not None else None
            if match is None:
                continue
            name = match.lastgroup
            if name is None:  # pragma: no cover - every alternative is a named group
                continue
            found = match.group(name)
            if found:
                hits.append(Hit(self.rules[int(name[1:])], start, start + len(found), found))


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The programmers' regular expressions, each searched on its own and unwrapped.

    Unwrapped, the engine can skip ahead to the characters a pattern starts with; on its own, a
    pattern reports every match, overlapping ones too (the search restarts one character after
    each match start). A pattern is searched only in a message holding a word of each set of
    words every match of it contains (:func:`~negotiator.nlu.pattern_literals.pattern_needs`:
    its literal runs, alternatives, groups, lookbehinds): one pass of an automaton of all those
    words tells which a message holds. The set of a pattern least common in the lexicons' own
    phrases picks it (``needing``), the others are checked before the search: of the ~2,100
    patterns a message picks ~25 and searches ~5.

    Attributes:
        patterns: Each compiled pattern, in lexicon order (the order of the hits).
        rules: The rule of each pattern.
        also: The other sets of words each pattern needs (one word of each).
        always: The patterns searched in every message (no word they need is known).
        needing: For every word a pattern needs, the patterns whose picking set holds it.
        picking: The words of ``needing`` that pick a pattern (the others are only checked).
        words: An automaton of every word of ``needing`` (each its own value).
    """

    patterns: tuple[re.Pattern[str], ...]
    rules: tuple[Rule, ...]
    also: tuple[tuple[frozenset[str], ...], ...]
    always: frozenset[int]
    needing: dict[str, tuple[int, ...]]
    picking: frozenset[str]
    words: ahocorasick.Automaton[str] | None

    @classmethod
    def of(cls, patterns: list[tuple[str, Rule]], sample: Iterable[str]) -> _Patterns:
        """Compile ``patterns``; ``sample`` is text their needed words are counted in, to pick
        the set of words a message is least likely to hold as the one that picks a pattern."""
        needs = [pattern_needs(pattern) for pattern, _ in patterns]
        count = _counts({word for sets in needs for need in sets for word in need}, sample)

        def commonness(need: frozenset[str]) -> int:
            return sum(count[word] for word in need)

        always: set[int] = set()
        needing: dict[str, list[int]] = {}
        compiled: list[tuple[re.Pattern[str], Rule, tuple[frozenset[str], ...]]] = []
        for index, ((pattern, rule), sets) in enumerate(zip(patterns, needs, strict=True)):
            ranked = sorted(sets, key=commonness)  # stable: pattern_needs' order breaks ties
            if not ranked:
                always.add(index)
            for word in ranked[0] if ranked else ():
                needing.setdefault(word, []).append(index)
            for need in ranked[1:]:
                for word in need:
                    needing.setdefault(word, [])
            compiled.append((re.compile(pattern), rule, tuple(ranked[1:])))
        automaton: ahocorasick.Automaton[str] | None = None
        if needing:
            automaton = ahocorasick.Automaton()
            for word in sorted(needing):
                automaton.add_word(word, word)
            automaton.make_automaton()
        return cls(
            tuple(pattern for pattern, _, _ in compiled),
            tuple(rule for _, rule, _ in compiled),
            tuple(also for _, _, also in compiled),
            frozenset(always),
            {word: tuple(indexes) for word, indexes in needing.items()},
            frozenset(word for word, indexes in needing.items() if indexes),
            automaton,
        )

    def scan(self, text: str, hits: list[Hit]) -> None:
        """Add a hit for every match in ``text`` of every pattern."""
        if self.words is None:
            held: set[str] = set()
            chosen = self.always
        else:
            held = set(map(_WORD, self.words.iter(text)))
            # (most words held only complete another set: only the picking ones are looked up)
            picked = map(self.needing.__getitem__, self.picking.intersection(held))
            chosen = self.always.union(*picked)
        patterns, rules, needs = self.patterns, self.rules, self.also
        lacks = held.isdisjoint
        for index in sorted(chosen):
            also = needs[index]
            if also and any(map(lacks, also)):
                continue  # the message lacks every word of a set the pattern needs
            pattern = patterns[index]
            found = pattern.search(text)
            while found is not None:
                start, end = found.span()
                if end > start:
                    hits.append(Hit(rules[index], start, end, found.group()))
                found = pattern.search(text, start + 1)


def _counts(words: set[str], sample: Iterable[str]) -> dict[str, int]:
    """How often each of ``words`` occurs in ``sample`` (overlapping occurrences too); a word of
    punctuation or spaces, as often as ``sample`` has texts."""
    count = dict.fromkeys(words, 0)
    if not words:
        return count
    texts = list(sample)
    for word in words:
        if not any(map(str.isalnum, word)):  # punctuation, spaces: in most messages, few phrases
            count[word] = len(texts)
    automaton: ahocorasick.Automaton[str] = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    for text in texts:
        for _, word in automaton.iter(text):
            count[word] += 1
    return count


class _Key(NamedTuple):
    """What one key of the automaton stands for.

    Attributes:
        length: The key's length in characters.
        word_start: The key starts with a Latin word character, so only counts at a word start.
        word_end: The key ends with a Latin word character, so only counts at a word end.
        phrase: The key itself (the matched text).
        rules: The rules of the plain phrase, or none when the key is no plain phrase.
        gap_start: Some gap phrase starts with the key.
    """

    length: int
    word_start: bool
    word_end: bool
    phrase: str
    rules: tuple[Rule, ...]
    gap_start: bool


def _automaton(
    literal: dict[str, tuple[Rule, ...]],
    gap_starts: set[str],
) -> ahocorasick.Automaton[_Key] | None:
    """One automaton of every plain phrase and gap phrase's first words."""
    automaton: ahocorasick.Automaton[_Key] = ahocorasick.Automaton()
    for phrase in dict.fromkeys([*literal, *gap_starts]):
        key = _Key(
            len(phrase),
            is_latin_word_character(phrase[0]),
            is_latin_word_character(phrase[-1]),
            phrase,
            literal.get(phrase, ()),
            phrase in gap_starts,
        )
        automaton.add_word(phrase, key)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


class PhraseMatcher:
    """Finds the rules of one language in normalised text. Immutable after construction."""

    __slots__ = ("_automaton", "_gaps", "_patterns", "_whole", "waiting")

    def __init__(
        self,
        entries: Iterable[tuple[Entry, str]],
        normalize: Callable[[str], str],
        fold: Mapping[int, str] | None = None,
    ) -> None:
        """Compile ``entries`` (each with the language of its file) into one matcher.

        Args:
            entries: Lexicon entries and the language of the file each comes from.
            normalize: The normalisation applied to messages; phrases go through it too.
            fold: Traditional -> Simplified, character for character (``str.translate``):
                applied to the patterns, which see folded text, so a Traditional or Cantonese
                character written in one (捱, 嗰, 係) matches as its folded form (挨, 𠮶, 系) does.
                Only ideographs: a pattern's punctuation is regular-expression syntax.
        """
        literal: dict[str, list[Rule]] = {}
        whole: dict[str, list[Rule]] = {}
        gaps: list[tuple[str, Rule, str | None]] = []
        regexes: list[tuple[str, Rule]] = []
        gap_starts: set[str] = set()
        self.waiting: dict[str, Rule] = {}
        """The rules whose matches count only beside another intent (``Entry.beside``), by id."""
        for entry, language in entries:
            rule = Rule.of(entry, language)
            if rule.beside:
                self.waiting[rule.rule_id] = rule
            for phrase in entry.phrases:
                if GAP in phrase:
                    gapped = GAP.join(normalize(part) for part in phrase.split(GAP))
                    first = gapped.split(GAP)[0].strip() or None  # (None: starts with a gap)
                    gaps.append((gap_pattern(gapped), rule, first))
                    gap_starts.add(gapped.strip(GAP + " ").split(GAP)[0].strip())
                else:
                    literal.setdefault(normalize(phrase), []).append(rule)
            for phrase in entry.whole_message:
                whole.setdefault(_EDGES.sub("", normalize(phrase)), []).append(rule)
            regexes.extend((pattern.translate(fold or {}), rule) for pattern in entry.patterns)
        self._whole = {k: tuple(v) for k, v in whole.items()}
        # the lexicons' own phrases stand for what debtors write: how often a word a pattern
        # needs occurs in them says how rarely a message would hold it
        self._patterns = _Patterns.of(regexes, [*literal, *whole])
        self._automaton = _automaton({k: tuple(v) for k, v in literal.items() if k}, gap_starts)
        # A gap phrase starts with known words: the automaton finds where they are, and only
        # there is the alternation of every gap phrase tried.
        self._gaps = _Alternatives.of(gaps, gap_starts)

    def find(self, text: str) -> list[Hit]:
        """Every rule matching normalised ``text``, longest matches only, in text order (a match
        waiting for another intent, ``Entry.beside``, hides nothing: :func:`_with_waiting`)."""
        hits: list[Hit] = []
        if self._automaton is not None:
            found = list(self._automaton.iter(text))
            gap_starts = _plain_phrases(found, text, hits)
            if gap_starts and self._gaps is not None:
                self._gaps.scan(text, _firsts_at(set(gap_starts), found), hits)
        self._patterns.scan(text, hits)
        if self._whole:
            core = _core(text)
            for rule in self._whole.get(core, ()):
                start = text.find(core) if core else 0
                hits.append(Hit(rule, start, start + len(core), core))
        if len(hits) > 1:
            found_hits = list(hits)
            waiting = [hit for hit in hits if hit.rule.beside] if self.waiting else []
            if waiting:
                hits = [hit for hit in hits if not hit.rule.beside]
            hits = _longest_only(hits)
            if any(hit.rule.figurative for hit in hits):
                hits = _figures_hide_their_own(hits, found_hits)
            if waiting:
                hits = _with_waiting(hits, waiting)
        return hits


def _firsts_at(starts: set[int], found: list[tuple[int, _Key]]) -> dict[int, frozenset[str]]:
    """For each of ``starts``, every word a gap phrase starts with that stands there (of the
    ``(end, key)`` the automaton found, whatever the word boundaries)."""
    words: dict[int, set[str]] = {start: set() for start in starts}
    for end, key in found:
        if key.gap_start:
            at = words.get(end + 1 - key.length)
            if at is not None:
                at.add(key.phrase)
    return {start: frozenset(w) for start, w in words.items()}


def _core(text: str) -> str:
    """``text`` without the punctuation, symbols and spaces at either end.

    ``[^\\W_]`` is exactly ``str.isalnum``: most messages start and end with a letter or digit
    and are their own core, which saves a substitution.
    """
    if text and text[0].isalnum() and text[-1].isalnum():
        return text
    return _EDGES.sub("", text)


def _plain_phrases(found: list[tuple[int, _Key]], text: str, hits: list[Hit]) -> list[int]:
    """Add a hit for the longest plain phrase at each position; where gap phrases may start.

    ``found`` holds every ``(end, key)`` the automaton reported. Of the occurrences from one
    start, the longest comes last and replaces those kept before it. The hits are added in no
    particular order: :func:`_longest_only` sorts them (hits that tie, of one phrase, keep the
    order of its rules).
    """
    longest: dict[int, _Key] = {}
    gap_starts: list[int] = []
    for start, key in occurrences(found, text):
        if key.gap_start:
            gap_starts.append(start)
        if key.rules:
            longest[start] = key
    for start, key in longest.items():
        end = start + key.length
        hits.extend(Hit(rule, start, end, key.phrase) for rule in key.rules)
    return gap_starts


def _with_waiting(kept: list[Hit], waiting: list[Hit]) -> list[Hit]:
    """``kept`` with the ``waiting`` hits (``Entry.beside``) that no kept hit of their own intent
    holds, in text order. A match waiting for another intent hides nothing: alone it says
    nothing, so "别再往我老家寄信了" stays the stop it says although the condition 再往我老家寄信
    is longer than 别再; inside a longer match of its own intent ("if you lot ring my work
    again") it adds nothing."""
    added = [
        hit
        for hit in _longest_only(waiting)
        if not any(
            k.rule.intent is hit.rule.intent and k.start <= hit.start and hit.end <= k.end
            for k in kept
        )
    ]
    return sorted([*kept, *added], key=_START) if added else kept


def _longest_only(hits: list[Hit]) -> list[Hit]:
    """Drop every hit that lies inside a longer hit; keep text order.

    Sorted by start, and longest first among hits starting together (two stable sorts), every
    hit kept so far starts no later than the next one; so the next one lies inside a longer
    kept hit exactly when the kept hit reaching furthest ends after it, or ends with it but
    starts before it. Hits of the same span (one phrase in two lexicons) are all kept.
    """
    hits.sort(key=_END, reverse=True)
    hits.sort(key=_START)
    kept: list[Hit] = []
    furthest_end = -1
    furthest_start = 0
    for hit in hits:
        end = hit.end
        if end < furthest_end or (end == furthest_end and furthest_start < hit.start):
            continue
        kept.append(hit)
        if end > furthest_end:
            furthest_end, furthest_start = end, hit.start
    return kept


def _figures_hide_their_own(kept: list[Hit], found: list[Hit]) -> list[Hit]:
    """``kept`` with the hits a figurative hit hid that signal something else put back.

    A figure of speech ("你们这些吸血鬼去死啦") hides the phrases of the intent it only looks
    like (去死), not the other things said inside it (吸血鬼 is still an insult) — nor a figure
    of another intent inside it: "my coworker said she'd rather die than call you back, but…" is
    advice not taken (a figure of an opt-out) holding a figure of self-harm, which still keeps
    the models from reading self-harm into it.
    """
    figures = [hit for hit in kept if hit.rule.figurative]
    plain = _longest_only([hit for hit in found if not hit.rule.figurative])
    present = set(kept)
    back = [
        hit
        for hit in plain
        if hit not in present
        and not any(
            figure.start <= hit.start
            and hit.end <= figure.end
            and figure.rule.intent == hit.rule.intent
            for figure in figures
        )
    ]
    back += [
        hit
        for hit in found
        if hit.rule.figurative
        and hit not in present
        and all(
            other.rule.figurative and other.rule.intent != hit.rule.intent
            for other in kept
            if other.start <= hit.start and hit.end <= other.end
        )
    ]
    if not back:
        return kept
    return sorted([*kept, *back], key=_START)
