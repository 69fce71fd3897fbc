"""Bringing a message (and every lexicon phrase) to one canonical form before matching.

Both sides go through the same steps, so a lexicon author writes a phrase the way people type it
and it still matches every variant:

1. Unicode NFKC: full-width ``５００`` and ``ＯＫ`` become ``500`` and ``ok``, ``，`` becomes ``,``.
2. Lower case; curly quotes and apostrophes become straight ones; runs of spaces become one
   (a line break stays, as a sentence break).
3. Traditional Chinese characters fold to Simplified (:mod:`negotiator.nlu.script`).
4. Spellings from the lexicon (``cant`` -> ``can't``, ``木有`` -> ``没有``) are rewritten; a
   Latin-letter spelling only replaces a whole word. An Aho-Corasick automaton of the spellings
   finds them all in one pass; most messages hold none and come back untouched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final, NamedTuple, Protocol, TypeVar

import ahocorasick

LATIN_WORD_BOUNDARY: Final = "a-z0-9'"
"""Characters that continue a Latin word; a Latin phrase never starts or ends next to one."""
LATIN_WORD_CHARACTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
"""The characters of :data:`LATIN_WORD_BOUNDARY` as a set, for checks outside a regex."""
BEFORE_WORD: Final = f"(?<![{LATIN_WORD_BOUNDARY}])"
"""Asserts that no Latin word continues before this point."""
AFTER_WORD: Final = f"(?![{LATIN_WORD_BOUNDARY}])"
"""Asserts that no Latin word continues after this point."""

_PUNCTUATION: Final = {
    ord("\u2018"): "'",
    ord("\u2019"): "'",
    ord("\u201b"): "'",
    ord("`"): "'",
    ord("\u201c"): '"',
    ord("\u201d"): '"',
    ord("\u201e"): '"',
}
_SPACES: Final = re.compile(r"[^\S\n]+|[^\S\n]*\n\s*")


def is_latin_word_character(character: str) -> bool:
    """Whether ``character`` continues a Latin word (letters, digits, apostrophe)."""
    return character.isascii() and (character.isalnum() or character == "'")


@dataclass(slots=True)
class _Trie:
    """A node of the trie :func:`alternation` renders (only used while building a pattern).

    Attributes:
        children: The node after each next character.
        word_start: ``None`` when no word ends here; else whether the word ending here must
            start a word (a Latin word does; a ``-n't`` suffix does not).
    """

    children: dict[str, _Trie] = field(default_factory=dict)
    word_start: bool | None = None


def alternation(words: Iterable[str]) -> str:
    """One regular-expression alternation of ``words`` that prefers the longest word.

    A word that starts or ends with a Latin letter or digit only matches at that word boundary
    (``no`` does not match inside ``know``); a word written ``-n't`` matches the end of a word.
    With no words at all, the alternation never matches.

    The alternation is shaped like a trie (``n(?:ext|ow)``), so the engine reads each character
    once instead of trying every word in turn. The words matching at one position are prefixes
    of each other, and the trie tries them longest first, as a flat alternation sorted longest
    first would; the start-of-word check, which a trie cannot make before the word is known,
    is a lookbehind at its end (``(?<![a-z0-9']next)``). Unlike a flat alternation, the result
    is one group: what follows it applies to every word.
    """
    root = _Trie()
    for word in words:
        suffix = word.startswith("-") and len(word) > 1
        word = word.removeprefix("-") if suffix else word
        node = root
        for character in word:
            node = node.children.setdefault(character, _Trie())
        word_start = is_latin_word_character(word[0]) and not suffix
        node.word_start = word_start and node.word_start is not False
    return _render(root, "") if root.children else "(?!)"


def _render(node: _Trie, word: str) -> str:
    branches = [
        re.escape(character) + _render(child, word + character)
        for character, child in sorted(node.children.items())
    ]
    if node.word_start is not None:
        start = f"(?<![{LATIN_WORD_BOUNDARY}]{re.escape(word)})" if node.word_start else ""
        end = AFTER_WORD if is_latin_word_character(word[-1]) else ""
        branches.append(start + end)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class Key(Protocol):
    """What an Aho-Corasick automaton of words stores for each word (see :func:`occurrences`)."""

    @property
    def length(self) -> int:
        """The word's length in characters."""
        ...

    @property
    def word_start(self) -> bool:
        """The word only counts where no Latin word continues before it."""
        ...

    @property
    def word_end(self) -> bool:
        """The word only counts where no Latin word continues after it."""
        ...


_K = TypeVar("_K", bound=Key)


def occurrences(found: Iterable[tuple[int, _K]], text: str) -> list[tuple[int, _K]]:
    """Of the ``(end, key)`` an automaton ``found`` in ``text``, as ``(start, key)``, those that
    respect their word boundaries.

    One pass of an automaton over the text finds every word, whatever their number: with this
    filter, that is what one regular expression alternation of them (with ``BEFORE_WORD`` and
    ``AFTER_WORD`` around Latin words) would find. Occurrences come by their end, and of those
    ending together the longest first; so of the occurrences starting at one position, the
    longest comes last. (A list, not a generator: most messages hold one or two, and a
    generator costs more to set up than they do.)
    """
    bounded: list[tuple[int, _K]] = []
    last = len(text) - 1
    word = LATIN_WORD_CHARACTERS
    for end, key in found:
        start = end + 1 - key.length
        if key.word_start and start and text[start - 1] in word:
            continue
        if key.word_end and end < last and text[end + 1] in word:
            continue
        bounded.append((start, key))
    return bounded


class _Respelling(NamedTuple):
    """A misspelling as a key of the spelling automaton; a Latin one is a whole word.

    Attributes:
        length: The misspelling's length in characters.
        word_start: It starts with a Latin word character (then it only replaces a whole word).
        word_end: The same as ``word_start``: a whole word.
        canonical: What replaces it.
    """

    length: int
    word_start: bool
    word_end: bool
    canonical: str


def _respellings(spellings: Mapping[str, str]) -> ahocorasick.Automaton[_Respelling] | None:
    if not spellings:
        return None
    automaton: ahocorasick.Automaton[_Respelling] = ahocorasick.Automaton()
    for wrong, canonical in spellings.items():
        latin = is_latin_word_character(wrong[0])
        automaton.add_word(wrong, _Respelling(len(wrong), latin, latin, canonical))
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True, slots=True)
class Normalizer:
    """Brings text to the canonical form of one language's lexicon.

    Attributes:
        fold_table: ``str.translate`` table: Traditional -> Simplified plus quote marks.
        spellings: Canonical spelling of each typo or slang word (keys already normalised).
        respellings: An automaton of every key in ``spellings``.
    """

    fold_table: Mapping[int, str]
    spellings: Mapping[str, str]
    respellings: ahocorasick.Automaton[_Respelling] | None

    @classmethod
    def build(cls, fold_table: Mapping[int, str], spellings: Mapping[str, str]) -> Normalizer:
        """A normalizer that folds with ``fold_table`` and rewrites ``spellings``."""
        table = {**fold_table, **_PUNCTUATION}
        base = cls(table, {}, None)
        canonical = {base.base(k): base.base(v) for k, v in spellings.items()}
        # A spelling that maps a word to itself is kept: it protects the word from a shorter
        # spelling inside it (代表 and 表哥 are not the slang 表 = 不要).
        canonical = {k: v for k, v in canonical.items() if k}
        return cls(table, canonical, _respellings(canonical))

    def base(self, text: str) -> str:
        """Steps 1-3: NFKC, lower case, quotes, spaces, Traditional -> Simplified."""
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text).translate(self.fold_table)
        text = text.lower()
        if "  " in text or "\n" in text or "\t" in text:
            text = _SPACES.sub(lambda m: "\n" if "\n" in m.group() else " ", text)
        return text.strip()

    def respell(self, text: str) -> str:
        """Step 4 on text that already went through :meth:`base`.

        From left to right, the longest misspelling starting at a position is replaced, and the
        search goes on after it: what one alternation of the misspellings, longest first, would
        replace.
        """
        if self.respellings is None:
            return text
        longest = dict(occurrences(self.respellings.iter(text), text))  # longest from a start
        if not longest:
            return text
        parts: list[str] = []
        position = 0
        for start in sorted(longest):
            if start >= position:
                found = longest[start]
                parts += (text[position:start], found.canonical)
                position = start + found.length
        parts.append(text[position:])
        return "".join(parts)

    def __call__(self, text: str) -> str:
        """All four steps."""
        return self.respell(self.base(text))
