"""Bringing a message (and every lexicon phrase) to one canonical form before matching.

Both sides go through the same steps, so a lexicon author writes a phrase the way people type it
and it still matches every variant:

1. Unicode NFKC: full-width ``５００`` and ``ＯＫ`` become ``500`` and ``ok``, ``，`` becomes ``,``.
2. Lower case; curly quotes and apostrophes become straight ones; runs of spaces become one
   (a line break stays, as a sentence break).
3. Traditional Chinese characters fold to Simplified (:mod:`negotiator.nlu.script`).
4. Spellings from the lexicon (``cant`` -> ``can't``, ``木有`` -> ``没有``) are rewritten; a
   Latin-letter spelling only replaces a whole word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

LATIN_WORD_BOUNDARY: Final = "a-z0-9'"
"""Characters that continue a Latin word; a Latin phrase never starts or ends next to one."""
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


def alternation(words: Iterable[str]) -> str:
    """One regular-expression alternation of ``words``, longest first.

    A word that starts or ends with a Latin letter or digit only matches at that word boundary
    (``no`` does not match inside ``know``); a word written ``-n't`` matches the end of a word.
    With no words at all, the alternation never matches.
    """
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        suffix = word.startswith("-") and len(word) > 1
        word = word.removeprefix("-") if suffix else word
        start = BEFORE_WORD if is_latin_word_character(word[0]) and not suffix else ""
        end = AFTER_WORD if is_latin_word_character(word[-1]) else ""
        parts.append(start + re.escape(word) + end)
    return "|".join(parts) if parts else "(?!)"


def _spelling_pattern(spellings: Mapping[str, str]) -> re.Pattern[str] | None:
    if not spellings:
        return None
    latin = sorted((k for k in spellings if is_latin_word_character(k[0])), key=len, reverse=True)
    other = sorted(
        (k for k in spellings if not is_latin_word_character(k[0])), key=len, reverse=True
    )
    parts = []
    if latin:
        words = "|".join(re.escape(k) for k in latin)
        parts.append(f"(?<![{LATIN_WORD_BOUNDARY}])(?:{words})(?![{LATIN_WORD_BOUNDARY}])")
    if other:
        parts.append("|".join(re.escape(k) for k in other))
    return re.compile("|".join(parts))


@dataclass(frozen=True, slots=True)
class Normalizer:
    """Brings text to the canonical form of one language's lexicon.

    Attributes:
        fold_table: ``str.translate`` table: Traditional -> Simplified plus quote marks.
        spellings: Canonical spelling of each typo or slang word (keys already normalised).
        spelling_pattern: One compiled alternation of every key in ``spellings``.
    """

    fold_table: Mapping[int, str]
    spellings: Mapping[str, str]
    spelling_pattern: re.Pattern[str] | None

    @classmethod
    def build(cls, fold_table: Mapping[int, str], spellings: Mapping[str, str]) -> Normalizer:
        """A normalizer that folds with ``fold_table`` and rewrites ``spellings``."""
        table = {**fold_table, **_PUNCTUATION}
        base = cls(table, {}, None)
        canonical = {base.base(k): base.base(v) for k, v in spellings.items()}
        canonical = {k: v for k, v in canonical.items() if k and k != v}
        return cls(table, canonical, _spelling_pattern(canonical))

    def base(self, text: str) -> str:
        """Steps 1-3: NFKC, lower case, quotes, spaces, Traditional -> Simplified."""
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text).translate(self.fold_table)
        text = text.lower()
        if "  " in text or "\n" in text or "\t" in text:
            text = _SPACES.sub(lambda m: "\n" if "\n" in m.group() else " ", text)
        return text.strip()

    def respell(self, text: str) -> str:
        """Step 4 on text that already went through :meth:`base`."""
        pattern = self.spelling_pattern
        if pattern is None:
            return text
        spellings = self.spellings
        return pattern.sub(lambda match: spellings[match.group()], text)

    def __call__(self, text: str) -> str:
        """All four steps."""
        return self.respell(self.base(text))


_Trie = dict[str, "_Trie"]


def trie_pattern(phrases: Iterable[str]) -> str:
    """One alternation of ``phrases``, shaped like a trie, that prefers the longest phrase.

    A phrase ending in a Latin letter or digit ends at a word boundary. Scanning a message with
    a trie tries each character once, where an alternation would try every phrase.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for character in phrase:
            node = node.setdefault(character, {})
        node[""] = {}

    def render(node: Mapping[str, _Trie], last: str) -> str:
        branches = [
            re.escape(character) + render(child, character)
            for character, child in sorted(node.items())
            if character
        ]
        ends_here = "" in node
        end = AFTER_WORD if ends_here and is_latin_word_character(last) else ""
        if not branches:
            return end
        if ends_here:
            branches.append(end)
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(trie, "")
