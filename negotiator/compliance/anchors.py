"""One pass over a message finds which patterns of a pack are worth trying.

Every compiled pattern knows its anchors: literal pieces at least one of which every match
contains (``patterns.py``). :class:`AnchorIndex` puts the anchors of all patterns of a pack into
one regular expression shaped as a trie, so the engine skips straight to positions where some
anchor starts and, there, follows one branch per character. Scanning the skeleton of a message
(``normalize.skeleton``) then yields the candidate patterns; a message with no anchor in it costs
one regex scan and nothing else, which is what keeps a check far under a millisecond.

Anchors may overlap ("已经起诉" and "起诉你"), so the scan restarts one character after each hit
rather than after its end. At each position the trie reports the longest anchor starting there;
the shorter anchors starting at the same position are its prefixes and are added with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from negotiator.compliance.normalize import skeleton
from negotiator.compliance.patterns import CompiledPattern

__all__ = ["AnchorIndex"]

_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_FIRSTS_PER_TRIE: Final = 48
_HAS_LETTER: Final = re.compile("[a-z]")


class _Node:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = False


def _trie_regex(keys: Iterable[str]) -> str:
    root = _Node()
    for key in keys:
        node = root
        for char in key:
            node = node.children.setdefault(char, _Node())
        node.end = True
    return _node_regex(root)


def _node_regex(node: _Node) -> str:
    children = sorted(node.children.items())
    branches = [re.escape(char) + _node_regex(child) for char, child in children]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if node.end:
        # Greedy: the longest anchor at a position wins; its prefixes come from the closure.
        return f"(?:{body})?"
    return body


class AnchorIndex:
    """The anchors of a sequence of patterns, ready for one scan per message.

    Args:
        patterns: The patterns, in the order whose indexes :meth:`candidates` returns.
    """

    __slots__ = ("_always", "_ascii", "_closure", "_latin", "_paired", "_wide")

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
        self._closure: dict[str, frozenset[int]] = {
            key: frozenset(
                index
                for prefix_end in range(1, len(key) + 1)
                for index in by_key.get(key[:prefix_end], ())
            )
            for key in by_key
        }
        # Several tries, not one. The engine skips to positions holding a possible first
        # character, but there it tries the branches one by one: one trie over hundreds of
        # first characters is three times slower than a few tries over fifty each. Latin
        # anchors get a trie of their own, as they must start a word; other ASCII anchors get
        # one too, so ASCII text needs only those two.
        latin = [key for key in by_key if key[0] in _LETTERS]
        ascii_other = [key for key in by_key if key[0] not in _LETTERS and key.isascii()]
        # Keys with a hanzi in them ("24小时") can only occur in non-ASCII text: tried with those.
        wide = [key for key in by_key if key[0] not in _LETTERS and not key.isascii()]
        firsts = sorted({key[0] for key in wide})
        buckets = [
            set(firsts[start : start + _FIRSTS_PER_TRIE])
            for start in range(0, len(firsts), _FIRSTS_PER_TRIE)
        ]
        self._latin = re.compile("(?<![a-z])" + _trie_regex(latin)) if latin else None
        self._ascii = (re.compile(_trie_regex(ascii_other)),) if ascii_other else ()
        self._wide = tuple(
            re.compile(_trie_regex(key for key in wide if key[0] in bucket)) for bucket in buckets
        )

    def candidates(self, skeleton_form: str) -> set[int]:
        """Indexes of the patterns whose anchors occur in ``skeleton_form``.

        A Latin anchor counts only at the start of a word, as the pattern's letters do.
        Overlapping anchors are all found: the scan resumes one character after each hit. A
        pattern with a second anchor set counts only when a piece of that set occurs too.
        """
        found = set(self._always)
        closure = self._closure
        regexes: tuple[re.Pattern[str], ...] = self._ascii
        if self._latin is not None and _HAS_LETTER.search(skeleton_form):
            regexes += (self._latin,)
        if not skeleton_form.isascii():
            regexes += self._wide
        for regex in regexes:
            search = regex.search
            pos = 0
            while (match := search(skeleton_form, pos)) is not None:
                found.update(closure[match.group()])
                pos = match.start() + 1
        if not found:
            return found
        # A pattern with two anchor sets needs a piece of each: keep it only if -1 - i was found.
        return {i for i in found if i >= 0 and (i not in self._paired or -1 - i in found)}
