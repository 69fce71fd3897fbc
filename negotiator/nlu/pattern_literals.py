"""Words a match of a regular expression cannot do without.

The matcher searches each of the lexicons' hand-written ``patterns`` on its own, and most of them
match few messages. A search still costs: the engine tries the pattern at every position where
its first character occurs, and a pattern such as ``(我妈|我爸|...)[^，。]{0,6}(住院|生病|...)``
backtracks through every ``我`` of a message before it fails. But every match of that pattern
contains ``住院`` or ``生病`` or another of its last words: a message holding none of them cannot
match, and one pass of an automaton over the message tells which such words it holds. This
module reads that set of words off a pattern.

The pattern is read as the standard library parses it (``re._parser``, the parser
``re.compile`` itself uses). A run of literal characters is a word; a character class of a few
characters is a set of one-character words; an alternative needs a word of any of its branches,
a group or a repeat (at least once) what is inside it. Of everything a pattern needs in turn, the
rarest-looking set counts (the one whose shortest word is longest). Whatever is not understood
(``.``, ``\\d``, a lookaround, case-insensitive matching) simply needs nothing, so the set found
is always safe to rely on; a pattern that needs nothing known gets ``None`` and is searched in
every message.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any, Final

_parser: Final = importlib.import_module("re._parser")
_constants: Final = importlib.import_module("re._constants")
_LARGEST_CLASS: Final = 100
"""A character class with more characters than this is not listed as words."""


def pattern_literals(pattern: str) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` contains, or ``None`` if none is known."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & _constants.SRE_FLAG_IGNORECASE:
        return None
    return _sequence(parsed)


def _sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """What a match of the sequence ``items`` needs: the rarest-looking of what each item needs."""
    needs: list[frozenset[str]] = []
    run = ""
    for op, argument in items:
        if op is _constants.LITERAL:
            run += chr(argument)
            continue
        if run:
            needs.append(frozenset((run,)))
            run = ""
        found = _item(op, argument)
        if found is not None:
            needs.append(found)
    if run:
        needs.append(frozenset((run,)))
    return max(needs, key=_rarity, default=None)


def _rarity(words: frozenset[str]) -> tuple[int, int]:
    """Longer words are rarer in a message; fewer of them, too."""
    return min(map(len, words)), -len(words)


def _item(op: Any, argument: Any) -> frozenset[str] | None:
    """What one parsed item (not a literal character) needs, or ``None``."""
    constants = _constants
    if op is constants.IN:
        return _character_class(argument)
    if op is constants.BRANCH:
        words: set[str] = set()
        for branch in argument[1]:
            needed = _sequence(branch)
            if needed is None:
                return None  # this branch needs nothing known, so the alternative neither
            words |= needed
        return frozenset(words)
    if op is constants.SUBPATTERN:
        _group, add_flags, _del_flags, items = argument
        return None if add_flags & constants.SRE_FLAG_IGNORECASE else _sequence(items)
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
        least, _most, items = argument
        return _sequence(items) if least > 0 else None
    if op is constants.ATOMIC_GROUP:
        return _sequence(argument)
    return None


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
    """Every set of words of which every match of ``pattern`` contains one, rarest-looking first.

    :func:`pattern_literals` gives the one rarest set; a match needs all of these at once (a
    group's or a repeat's words, and a positive lookaround's too: what it looks at is part of
    the text). A message lacking every word of one set cannot match. Empty if none is known.
    """
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
