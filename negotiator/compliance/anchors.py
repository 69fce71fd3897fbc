"""One pass over a message finds which patterns of a pack are worth trying.

Every compiled pattern knows its anchors: literal pieces at least one of which every match
contains (``patterns.py``). :class:`AnchorIndex` puts the anchors of a set of patterns (the
content rules of a pack, or one of its cue sets) into one Aho-Corasick automaton
(``pyahocorasick``, in C), which reads the skeleton of a message (``normalize.skeleton``) once,
character by character, and reports every anchor that ends at each character: overlapping
anchors ("已经起诉" and "起诉你") and anchors that are prefixes of others ("起诉" in "起诉你")
included. A message with no anchor in it costs that one pass and nothing else, which is what
keeps a check far under a millisecond.

Each key of the automaton carries what a hit needs, so the Python side of a hit is one test and
one set union: the slots of the patterns the anchor belongs to, and, for an anchor that starts
with a letter, its length, to check that it starts a word.

The automaton finds the child of a state by a linear search through the children in the order
they were added, and every character of a message that continues no anchor sends it back to the
root, which has hundreds of children (one per first character of an anchor). So the root's
children are added in a deliberate order: first, when the root has many children, the characters
that fill every message but start no anchor (space, digits, punctuation), as dead-end keys that
can never be completed, then the anchors by how common their first character is among all
anchors. A scan then finds most characters among the first few children instead of failing
through all of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

import ahocorasick

from negotiator.compliance.normalize import skeleton
from negotiator.compliance.patterns import CompiledPattern

__all__ = ["AnchorIndex"]

_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
# Characters of most messages, in English and Chinese, that rarely start an anchor.
_FILLERS: Final = ' .,!?;:"()-/0123456789。、'
# Fillers go first only in an automaton whose anchors start with more characters than this.
_MANY_STARTS: Final = 64
# Follows a filler in its dead-end key; a text that has one after a filler just finds nothing.
_DEAD_END: Final = "\x00"

_Hit = tuple[int, frozenset[int]]
"""What the automaton holds for an anchor: its length if it must start a word (else 0), and the
slots of the patterns it belongs to."""


class AnchorIndex:
    """The anchors of a sequence of patterns, ready for one scan per message.

    Args:
        patterns: The patterns, in the order whose indexes :meth:`candidates` returns.
    """

    __slots__ = ("_always", "_automaton", "_indexes", "_paired")

    def __init__(self, patterns: Sequence[CompiledPattern]) -> None:
        by_key: dict[str, set[int]] = {}
        always: set[int] = set()
        paired: set[int] = set()
        for index, pattern in enumerate(patterns):
            if pattern.anchors is None:
                always.add(index)
                continue
            sets = [(pattern.anchors, index)]
            if pattern.also is not None:
                # The second set is registered under -1 - index, so one scan finds both.
                sets.append((pattern.also, -1 - index))
                paired.add(index)
            for anchors, slot in sets:
                for anchor in anchors:
                    # Latin anchors are matched on the skeleton (l->i, runs collapsed).
                    key = skeleton(anchor.text) if anchor.latin else anchor.text
                    by_key.setdefault(key, set()).add(slot)
        self._always: frozenset[int] = frozenset(always)
        self._paired: frozenset[int] = frozenset(paired)
        self._indexes = frozenset(range(len(patterns)))  # found minus the second-set slots
        self._automaton = _automaton(by_key) if by_key else None

    def candidates(self, skeleton_form: str) -> set[int]:
        """Indexes of the patterns whose anchors occur in ``skeleton_form``.

        An anchor that starts with a letter counts only at the start of a word, as the pattern's
        letters do. A pattern with a second anchor set counts only when a piece of that set
        occurs too.
        """
        found = set(self._always)
        if self._automaton is not None:
            for end, (length, slots) in self._automaton.iter(skeleton_form):
                # The character before a word-start anchor must not be a letter.
                if length and end >= length and "a" <= skeleton_form[end - length] <= "z":
                    continue
                found |= slots
        if not found:
            return found
        # A pattern with two anchor sets needs a piece of each: keep it only if -1 - i was found.
        kept = found & self._indexes
        for index in kept & self._paired:
            if -1 - index not in found:
                kept.discard(index)
        return kept


def _automaton(by_key: dict[str, set[int]]) -> ahocorasick.Automaton[_Hit]:
    """An automaton that reports, for every anchor found, its :data:`_Hit`.

    The order in which keys are added is the order in which the root searches its children
    (see the module docstring); it changes the speed of a scan, never what it finds.
    """
    automaton: ahocorasick.Automaton[_Hit] = ahocorasick.Automaton()
    starts = {key[0] for key in by_key}
    if len(starts) > _MANY_STARTS:  # below, a failed search of the root costs less than fillers
        for filler in _FILLERS:
            if filler not in starts:
                automaton.add_word(filler + _DEAD_END, (0, frozenset()))
    common = Counter(char for key in by_key for char in key)
    for key in sorted(by_key, key=lambda key: -common[key[0]]):
        automaton.add_word(key, (len(key) if key[0] in _LETTERS else 0, frozenset(by_key[key])))
    automaton.make_automaton()
    return automaton
