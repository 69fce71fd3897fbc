"""One pass over a message finds which patterns of a pack are worth trying.

Every compiled pattern knows its anchors: literal pieces at least one of which every match
contains (``patterns.py``). :class:`AnchorIndex` puts the anchors of a set of patterns (the
content rules of a pack, or all its cue sets) into one Aho-Corasick automaton
(``pyahocorasick``, in C), which reads the skeleton of a message (``normalize.skeleton``) once,
character by character, and reports every anchor that ends at each character: overlapping
anchors ("已经起诉" and "起诉你") and anchors that are prefixes of others ("起诉" in "起诉你")
included. A message with no anchor in it costs that one pass and nothing else, which is what
keeps a check far under a millisecond.

Each key of the automaton carries what a hit needs, so the Python side of a hit is one test and
two set unions: the slots of the patterns the anchor belongs to, the numbers of the second
anchor sets it belongs to (kept apart from the slots, so that no pass over the found slots has
to sort them out), and, for an anchor that starts with a letter, its length, to check that it
starts a word.

The automaton finds the child of a state by a linear search through the children in the order
they were added, and every character of a message that continues no anchor sends it back to the
root, which has hundreds of children (one per first character of an anchor). So the root's
children are added in a deliberate order: first, when the root has many children, the characters
that fill every message but start no anchor (space, digits, punctuation), as dead-end keys that
can never be completed, then the anchors by how common their first character is among all
anchors. A scan then finds most characters among the first few children instead of failing
through all of them.

The packs take their phrases from one phrase book, so they share the index of each pattern list
(:func:`anchor_index`): one automaton in memory serves them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import ahocorasick

from negotiator.compliance.normalize import skeleton
from negotiator.compliance.patterns import Anchor, CompiledPattern

__all__ = ["AnchorIndex", "anchor_index"]

_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
# Characters of most messages, in English and Chinese, that rarely start an anchor.
_FILLERS: Final = ' .,!?;:"()-/0123456789。、'
# Fillers go first only in an automaton whose anchors start with more characters than this.
_MANY_STARTS: Final = 64
# Follows a filler in its dead-end key; a text that has one after a filler just finds nothing.
_DEAD_END: Final = "\x00"

_Hit = tuple[int, frozenset[int], frozenset[int]]
"""What the automaton holds for an anchor: its length if it must start a word (else 0), the
slots of the patterns it belongs to, and the second sets it belongs to."""


class AnchorIndex:
    """The anchors of a sequence of patterns, ready for one scan per message.

    Args:
        patterns: The patterns, in the order whose indexes :meth:`candidates` returns.
    """

    __slots__ = ("_always", "_automaton", "_paired", "_second")

    def __init__(self, patterns: Sequence[CompiledPattern]) -> None:
        by_key: dict[str, tuple[set[int], set[int]]] = {}
        always: set[int] = set()
        # A pattern's second anchor set, by number (equal sets share one). A hit adds the
        # numbers of the sets the anchor is in to a set of their own, apart from the slots.
        seconds: dict[frozenset[Anchor], int] = {}
        self._second: dict[int, int] = {}
        for index, pattern in enumerate(patterns):
            if pattern.anchors is None:
                always.add(index)
                continue
            for anchor in pattern.anchors:
                by_key.setdefault(_key(anchor), (set(), set()))[0].add(index)
            if pattern.also is not None:
                number = self._second[index] = seconds.setdefault(pattern.also, len(seconds))
                for anchor in pattern.also:
                    by_key.setdefault(_key(anchor), (set(), set()))[1].add(number)
        self._always: frozenset[int] = frozenset(always)
        self._paired = frozenset(self._second)
        self._automaton = _automaton(by_key) if by_key else None

    def candidates(self, skeleton_form: str) -> set[int]:
        """Indexes of the patterns whose anchors occur in ``skeleton_form``.

        An anchor that starts with a letter counts only at the start of a word, as the pattern's
        letters do. A pattern with a second anchor set counts only when a piece of that set
        occurs too.
        """
        found = set(self._always)
        if self._automaton is None:
            return found
        seconds: set[int] = set()
        for end, (length, slots, sets) in self._automaton.iter(skeleton_form):
            # The character before a word-start anchor must not be a letter.
            if length and end >= length and "a" <= skeleton_form[end - length] <= "z":
                continue
            found |= slots
            seconds |= sets
        # A pattern with two anchor sets needs a piece of each.
        second = self._second
        for index in found & self._paired:
            if second[index] not in seconds:
                found.discard(index)
        return found


@lru_cache(maxsize=32)  # bounded: packs loaded again (tests, a pack being edited) do not pile up
def anchor_index(patterns: tuple[CompiledPattern, ...]) -> AnchorIndex:
    """The index of ``patterns``, built once and shared by every user of an equal pattern list.

    The packs take their phrases from one phrase book, so their cue sets (and content rules
    that use the same phrase sets) compile to equal lists: one automaton then serves them all.
    """
    return AnchorIndex(patterns)


def _key(anchor: Anchor) -> str:
    """What the automaton looks for: Latin anchors in skeleton form (l->i, runs collapsed)."""
    return skeleton(anchor.text) if anchor.latin else anchor.text


def _automaton(by_key: dict[str, tuple[set[int], set[int]]]) -> ahocorasick.Automaton[_Hit]:
    """An automaton that reports, for every anchor found, its :data:`_Hit`.

    The order in which keys are added is the order in which the root searches its children
    (see the module docstring); it changes the speed of a scan, never what it finds.
    """
    automaton: ahocorasick.Automaton[_Hit] = ahocorasick.Automaton()
    starts = {key[0] for key in by_key}
    if len(starts) > _MANY_STARTS:  # below, a failed search of the root costs less than fillers
        for filler in _FILLERS:
            if filler not in starts:
                automaton.add_word(filler + _DEAD_END, (0, frozenset(), frozenset()))
    common = Counter(char for key in by_key for char in key)
    for key in sorted(by_key, key=lambda key: -common[key[0]]):
        slots, sets = by_key[key]
        length = len(key) if key[0] in _LETTERS else 0
        automaton.add_word(key, (length, frozenset(slots), frozenset(sets)))
    automaton.make_automaton()
    return automaton
