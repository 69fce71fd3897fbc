"""The pattern language of rule packs, and its compiler to regular expressions.

Compliance officers write patterns, not regular expressions. A pattern is the phrase as a reader
would see it, with a few marks:

==========  ===========================================  ==============================
mark        meaning                                      example
==========  ===========================================  ==============================
``(a|b)``   one of the alternatives                      ``(sue|arrest) you``
``(…)?``    the group may be missing                     ``you (will )?go to jail``
``...``     a few words in between, same sentence (zh:   ``我们会...起诉你``
            up to 10 characters, en: up to 40); at the
            end of a pattern: the rest of the clause
``*``       the rest of an English word                  ``arrest*`` (arrests, arrested)
``#``       a number (digits or 一二三…万)                ``#小时内``
``\\``       the next mark is plain text                  ``\\(``
==========  ===========================================  ==============================

Everything else is plain text, folded by :func:`~negotiator.compliance.normalize.matching_form`
exactly as messages are, so case, width, Traditional characters and spacing never matter. English
patterns match whole words; every letter also matches a run of itself (``kill`` matches
``kiiill``) and ``i``/``l`` match each other (``ki11``). Spaces in Chinese patterns are ignored.

Every alternative at the start of a compiled expression begins, where the pattern allows, with a
plain character, so the regular-expression engine skips ahead to where a match can start
(``_branches``).

The compiler also finds each pattern's *anchors*: literal pieces, at least one of which every
match contains. The filter looks for all anchors of a pack in one pass and only tries the
patterns whose anchors it found, which keeps a check far under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from negotiator.compliance.normalize import CJK, matching_form
from negotiator.compliance.pattern_tree import (
    Anchor,
    Node,
    PatternError,
    Script,
    anchor_score,
    choose_anchors,
    parse,
    rank_anchors,
)

__all__ = [
    "Anchor",
    "CompiledPattern",
    "PatternError",
    "Script",
    "alternation",
    "compile_pattern",
    "elastic",
]

# A gap stays inside one sentence; in English it also takes the spaces around it. A gap that
# ends a pattern runs to the end of the clause (up to its limit): "don't borrow ..." covers
# "don't borrow money to repay us", but not what follows a comma.
_GAP: Final[dict[Script, str]] = {
    "zh": r"[^.!?;。\n]{0,10}?",
    "en": r" (?:[^.!?;。\n]{0,40}? )?",
}
_TRAILING_GAP: Final[dict[Script, str]] = {
    "zh": r"[^.!?;:,。\n]{0,10}",
    "en": r"(?: [^.!?;:,。\n]{0,40})?",
}
_NUMBER: Final = r"[0-9零〇一二两三四五六七八九十百千万亿]+(?:[.,][0-9]+)*"
_WORD_END: Final = r"(?:(?<=[a-z])(?![a-z])|(?<![a-z]))"
_IS_CJK = re.compile(rf"[{CJK}]")
# After the first letter of a match: the character before that letter is not a letter. Placed
# after the letter, so the engine still skips ahead to the letter (see ``_branches``).
_WORD_START: Final = "(?<![a-z].)"


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    """One pattern, compiled.

    Attributes:
        source: The pattern as written in the pack.
        regex: The regular expression over the matching form.
        anchors: One of these pieces occurs in every match; ``None`` when the pattern has no
            literal piece it always needs (it is then tried on every message).
        also: A second such set, from another required element, or ``None``: the pattern is
            tried only when a piece of each set occurs.
        tail: For a pattern with a gap, the expression of what follows its last gap; every
            match contains a match of it, and it is cheap (no gap to backtrack through), so
            when it finds nothing the whole pattern is not tried.
    """

    source: str
    regex: re.Pattern[str]
    anchors: frozenset[Anchor] | None
    also: frozenset[Anchor] | None = None
    tail: re.Pattern[str] | None = None

    def search(self, form: str, pos: int = 0) -> re.Match[str] | None:
        """The first match in ``form`` (a matching form) at or after ``pos``.

        A match that starts with a letter must start a word. The expression checks that after
        the first letter of each alternative that starts with one (``_branches``), where the
        check costs the engine no skipping ahead; what it cannot check there (a pattern that
        opens with ``*`` or a number, say) is checked here.
        """
        if self.tail is not None and self.tail.search(form, pos) is None:
            return None
        search = self.regex.search
        while (match := search(form, pos)) is not None:
            start = match.start()
            if start == 0 or not ("a" <= form[start - 1] <= "z" and "a" <= form[start] <= "z"):
                return match
            pos = start + 1
        return None


def elastic(letters: str) -> str:
    """The regular expression of Latin ``letters`` in which each letter may repeat.

    ``i`` and ``l`` match each other, since ``1``, ``|`` and ``!`` fold to ``i`` in leetspeak.
    Written ``a+`` rather than ``aa*`` (the same matches): the packs' expressions compile to a
    quarter less code (7.1 -> 5.3 MB for the three packs).
    """
    out = []
    for char in letters:
        if char in "il":
            out.append("[il]+")
        elif "a" <= char <= "z":
            out.append(f"{char}+")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _literal(raw: str, script: Script) -> str:
    """A literal run in matching form; spaces count only between English words."""
    folded = matching_form(raw)
    if script == "zh" or _IS_CJK.search(folded):
        # "打断 你的腿" is one phrase; keep a space only where two Latin words meet.
        folded = re.sub(r"(?<![a-z]) | (?![a-z])", "", folded)
    if script == "zh":
        return folded
    # matching_form strips the ends; a leading or trailing space separates words.
    lead = " " if raw[:1].isspace() else ""
    tail = " " if raw[-1:].isspace() and folded else ""
    return lead + folded + tail


def _regex(seq: list[Node], script: Script, top: bool = False) -> str:
    """The expression of a sequence, written as it reads (``_branches`` rewrites its start)."""
    out = []
    for index, (kind, value) in enumerate(seq):
        if kind == "gap" and top and index == len(seq) - 1:
            out.append(_TRAILING_GAP[script])
            continue
        if kind == "lit":
            out.append(elastic(str(value)))
        elif kind == "alt":
            assert isinstance(value, list)
            out.append("(?:" + alternation([_regex(option, script) for option in value]) + ")")
        elif kind == "opt":
            assert isinstance(value, tuple)
            out.append("(?:" + _regex([value], script) + ")?")
        elif kind == "star":
            out.append("[a-z]*")
        elif kind == "gap":
            out.append(_GAP[script])
        elif kind == "num":
            out.append(_NUMBER)
    return "".join(out)


def _branches(seq: list[Node], script: Script, top: bool = False) -> list[str]:
    """Alternatives that match what ``seq`` matches, each starting with a plain character.

    The engine can skip ahead to where a match may start only when every alternative at the
    start of an expression begins with a plain character; a pattern that opens with a class
    (``[il]``: the i/l folding), a group or an optional part is otherwise tried at every
    position of a message, which made such patterns the slowest of a pack. So the start is
    spread out: ``(?:a|b)rest`` becomes ``arest|brest``, ``(?:x)?rest`` becomes ``xrest|rest``,
    and a leading ``[il]`` becomes an ``i`` and an ``l`` alternative. Each rewriting keeps the
    order in which the engine tries the ways of matching, so every search finds the same match
    as before. An alternative that starts with a letter also checks, right after that letter,
    that it starts a word (:data:`_WORD_START`): a letter inside a word is then dropped at once
    instead of after trying the rest of the pattern (a gap of 40 characters, say) from it.
    """
    if not seq:
        return [""]
    (kind, value), rest = seq[0], seq[1:]
    if kind == "alt" or (kind == "opt" and rest):
        options = value if kind == "alt" else [[value], []]
        assert isinstance(options, list)
        tail = _regex(rest, script, top)
        return [head + tail for option in options for head in _branches(option, script)]
    if kind == "lit" and "a" <= str(value)[0] <= "z":
        first, tail = str(value)[0], elastic(str(value)[1:]) + _regex(rest, script, top)
        if first in "il":
            return [f"{char}{_WORD_START}[il]*{tail}" for char in "il"]
        return [f"{first}{_WORD_START}{first}*{tail}"]
    return [_regex(seq, script, top)]


def alternation(alternatives: list[str]) -> str:
    """``a|b|…``, with the alternatives that start with the same character grouped under it.

    At each position the engine tries the alternatives one by one; with a hundred of them
    (``(call|calling|called|contact|…)``, or the branches of a pattern) that is a hundred tests
    of the first character. Grouped, ``c(?:all|alling|…)|t(?:ell|…)``, it tests each character
    once, and a word-start check the group's alternatives all open with runs once too. An
    alternative that opens with ``[il]`` joins both the ``i`` and the ``l`` group. Within a
    group the alternatives keep their order, and an alternative of another group cannot match
    at the same position, so every search finds the same match as the plain alternation.
    Alternatives that do not all open with a plain character are left as they are.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = _first_character(alternative)
        if first is None:
            return "|".join(alternatives)
        keys, size = first
        for key in keys:
            groups.setdefault(key, []).append(alternative[size:])
    if len(groups) == len(alternatives):
        return "|".join(alternatives)  # no two alternatives share a first character
    out = []
    for key, rests in groups.items():
        head = re.escape(key)
        if len(rests) > 1 and all(rest.startswith(_WORD_START) for rest in rests):
            head += _WORD_START
            rests = [rest[len(_WORD_START) :] for rest in rests]
        out.append(head + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return "|".join(out)


def _first_character(alternative: str) -> tuple[str, int] | None:
    """The characters an alternative's expression can start with, and the length of that part.

    ``None`` when it starts with anything but a plain or escaped character or ``[il]``, or when
    a quantifier follows (it would belong to that first character). An escaped letter or digit
    (``\\s``, ``\\d``, ``\\1``) is a class or a reference, not a character.
    """
    if alternative.startswith("[il]"):
        keys, size = "il", 4
    elif alternative.startswith("\\") and alternative[1:2] and not alternative[1].isalnum():
        keys, size = alternative[1], 2
    elif alternative and alternative[0] not in "\\()[]{}.*+?|^$":
        keys, size = alternative[0], 1
    else:
        return None
    if alternative[size : size + 1] in ("*", "+", "?", "{"):
        return None
    return keys, size


def _fold_literals(seq: list[Node], script: Script) -> list[Node]:
    folded: list[Node] = []
    for index, (kind, value) in enumerate(seq):
        if kind == "lit":
            text = _literal(str(value), script)
            # An English gap brings its own spaces: "we will ... sue you".
            if index > 0 and seq[index - 1][0] == "gap":
                text = text.lstrip(" ")
            if index + 1 < len(seq) and seq[index + 1][0] == "gap":
                text = text.rstrip(" ")
            if text:
                folded.append(("lit", text))
        elif kind == "alt":
            assert isinstance(value, list)
            folded.append(("alt", [_fold_literals(option, script) for option in value]))
        elif kind == "opt":
            assert isinstance(value, tuple)
            folded.append(("opt", _fold_literals([value], script)[0]))
        else:
            folded.append((kind, value))
    return folded


def compile_pattern(source: str, script: Script) -> CompiledPattern:
    """Compile one pattern written in the pack language.

    Args:
        source: The pattern as written.
        script: ``zh`` for the Chinese list (Simplified or Traditional), ``en`` for English.

    Raises:
        PatternError: the pattern is malformed or matches nothing but empty text.
    """
    if not source.strip():
        raise PatternError("a pattern may not be empty")
    tree = [_fold_literals(option, script) for option in parse(source)]
    body = alternation([branch for option in tree for branch in _branches(option, script, True)])
    regex = re.compile(f"(?:{body}){_WORD_END}")
    if regex.fullmatch(""):
        raise PatternError(f"pattern {source!r} also matches empty text; give it a fixed word")
    if len(tree) == 1:
        ranked = rank_anchors(tree[0], True, script)
        anchors = ranked[0] if ranked else None
        # A second required element, if it is rare enough to be worth looking for and does not
        # share a piece with the first (a joined pair).
        also = next(
            (
                r
                for r in ranked[1:]
                if anchor_score(r) > _RARE_ENOUGH and not _overlaps(r, ranked[0])
            ),
            None,
        )
    else:
        anchors, also = choose_anchors([("alt", tree)], True, script), None
    return CompiledPattern(source, regex, anchors, also, _tail(tree, script))


def _tail(tree: list[list[Node]], script: Script) -> re.Pattern[str] | None:
    """The expression of what follows the last gap of a one-option pattern, if anything does."""
    if len(tree) != 1:
        return None
    gaps = [index for index, (kind, _) in enumerate(tree[0]) if kind == "gap"]
    if not gaps or gaps[-1] == len(tree[0]) - 1:
        return None
    tail = _branches(tree[0][gaps[-1] + 1 :], script)
    return re.compile("(?:" + alternation(tail) + ")" + _WORD_END)


_RARE_ENOUGH: Final = -3.0


def _overlaps(one: frozenset[Anchor], other: frozenset[Anchor]) -> bool:
    return any(a.text in b.text or b.text in a.text for a in one for b in other)
