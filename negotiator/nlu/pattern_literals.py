"""Words a match of a regular expression cannot do without.

The matcher searches each of the lexicons' hand-written ``patterns`` on its own, and most of them
match few messages. A search still costs: the engine tries the pattern at every position where
its first character occurs, and a pattern such as ``(我妈|我爸|...)[^，。]{0,6}(住院|生病|...)``
backtracks through every ``我`` of a message before it fails. But every match of that pattern
contains ``住院`` or ``生病`` or another of its last words, and ``我妈`` or ``我爸`` or another of
its first: a message lacking all the words of one such set cannot match, and one pass of an
automaton over the message tells which words it holds. This module reads those sets of words off
a pattern (:func:`pattern_needs`).

The pattern is read as the standard library parses it (``re._parser``, the parser
``re.compile`` itself uses). A run of literal characters is a word; a character class of a few
characters is a set of one-character words; an alternative needs a word of any of its branches
(of each branch, the rarest-looking set it needs); a group, a repeat (at least once) and a
positive lookaround need what is inside them (what a lookaround looks at is part of the text).
Whatever is not understood (``.``, ``\\d``, a negative lookaround, case-insensitive matching)
simply needs nothing, so the sets found are always safe to rely on; a pattern that needs nothing
known gets none and is searched in every message.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any, Final

_parser: Final = importlib.import_module("re._parser")
_constants: Final = importlib.import_module("re._constants")
_LARGEST_CLASS: Final = 100
"""A character class with more characters than this is not listed as words."""


def _rarity(words: frozenset[str]) -> tuple[int, int]:
    """Longer words are rarer in a message; fewer of them, too."""
    return min(map(len, words)), -len(words)


def _character_class(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    characters: set[str] = set()
    for op, argument in items:
        if op is _constants.LITERAL:
            characters.add(chr(argument))
        elif op is _constants.RANGE and argument[1] - argument[0] < _LARGEST_CLASS:
            characters.update(map(chr, range(argument[0], argument[1] + 1)))
        else:
            return None
    return frozenset(characters) if len(characters) <= _LARGEST_CLASS else None


def pattern_needs(pattern: str) -> tuple[frozenset[str], ...]:
    """Every set of words of which every match of ``pattern`` contains one, rarest-looking first
    (longest shortest word, then fewest words). A message lacking every word of one set cannot
    match. Empty if none is known."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & _constants.SRE_FLAG_IGNORECASE:
        return ()
    return tuple(sorted(dict.fromkeys(_all(parsed)), key=_rarity, reverse=True))


def _all(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Each set of words a match of the sequence ``items`` needs one of."""
    constants = _constants
    needs: list[frozenset[str]] = []
    run = ""
    for op, argument in items:
        if op is constants.LITERAL:
            run += chr(argument)
            continue
        if run:
            needs.append(frozenset((run,)))
            run = ""
        if op is constants.SUBPATTERN:
            _group, add_flags, _del_flags, inner = argument
            if not add_flags & constants.SRE_FLAG_IGNORECASE:
                needs += _all(inner)
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            least, _most, inner = argument
            if least > 0:
                needs += _all(inner)
        elif op is constants.ATOMIC_GROUP:
            needs += _all(argument)
        elif op is constants.ASSERT:
            needs += _all(argument[1])
        else:
            found = _one(op, argument)
            if found is not None:
                needs.append(found)
    if run:
        needs.append(frozenset((run,)))
    return needs


def _one(op: Any, argument: Any) -> frozenset[str] | None:
    """One set of words one of which a parsed item (no literal, group or repeat) needs."""
    if op is _constants.IN:
        return _character_class(argument)
    if op is _constants.BRANCH:
        words: set[str] = set()
        for branch in argument[1]:
            needed = max(_all(branch), key=_rarity, default=None)
            if needed is None:
                return None  # this branch needs nothing known, so the alternative neither
            words |= needed
        return frozenset(words)
    return None
