"""English contractions written out, so "you'll", "youll" and "you will" read the same.

Collectors write "you'll be arrested", chat writes "youll be arrested", a careful template writes
"you will be arrested"; a pattern should not have to list all three. :func:`expand_contractions`
writes out every contraction that has an apostrophe (any of ``'’‘`´＇``), and
:func:`expand_bare` the common ones written without it. Words that are also ordinary words
without the apostrophe (``ill``, ``well``, ``were``, ``id``, ``its``, ``shell``) are left alone.
Patterns go through the same folding, so a pattern may use any of the forms.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["expand_bare", "expand_contractions"]

_APOSTROPHE: Final = "'’‘`´＇"
# The lookbehind changes no match (one always starts where its word does) but saves the engine
# from reading each word again from every one of its letters.
_WITH_APOSTROPHE = re.compile(
    rf"(?<![a-z])([a-z]+)[{_APOSTROPHE}](ll|re|ve|m|d|s|t)(?![a-z])", re.IGNORECASE
)
_SUFFIXES: Final = {"ll": " will", "re": " are", "ve": " have", "m": " am", "d": " would"}
_NOT_BASES: Final = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
# "it's" is "it is"; any other "'s" is a possessive: "your family's safety" -> "your family …".
_IS_WORDS: Final = frozenset(
    {"it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "this"}
)
_BARE_FORMS: Final = {
    "youll": "you will",
    "youre": "you are",
    "youve": "you have",
    "theyll": "they will",
    "theyre": "they are",
    "theyve": "they have",
    "weve": "we have",
    "ive": "i have",
    "im": "i am",
    "ull": "you will",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "wont": "will not",
    "cant": "can not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "wouldnt": "would not",
    "shouldnt": "should not",
    "couldnt": "could not",
    "aint": "is not",
}
# No lookbehind: a pattern that starts with literals lets the engine skip ahead; the left
# word boundary is checked on the few matches instead ("claim" ends in "im").
_BARE = re.compile("(?:" + "|".join(sorted(_BARE_FORMS, key=len, reverse=True)) + ")(?![a-z])")


# The bare forms are whole words: runs of a-z that no other a-z touches. In the form as ASCII
# bytes ("?" for each other character) with every byte but a-z made a space, bytes.split()
# returns exactly those runs: a few calls in C tell whether the pattern can find anything.
_BARE_WORDS: Final = frozenset(form.encode() for form in _BARE_FORMS)
_ONLY_LETTERS: Final = bytes(code if 0x61 <= code <= 0x7A else 0x20 for code in range(256))
_PUNCTUATION_TO_SPACE: Final = str.maketrans(dict.fromkeys('.,!?;:()[]"/', " "))


def _written_out(match: re.Match[str]) -> str:
    # casefold, not lower: under IGNORECASE the suffix "s" also matches the long s "ſ", which
    # lower() keeps and casefold() turns into "s".
    word, suffix = match.group(1).lower(), match.group(2).casefold()
    if suffix == "t":
        if not word.endswith("n"):
            return word + suffix
        base = word[:-1]
        return f"{_NOT_BASES.get(base, base)} not"
    if suffix == "s":
        return f"{word} is" if word in _IS_WORDS else word
    return word + _SUFFIXES.get(suffix, suffix)


def expand_contractions(text: str) -> str:
    """Write out the contractions with an apostrophe: ``won't`` -> ``will not`` (lower case)."""
    return _WITH_APOSTROPHE.sub(_written_out, text)


def expand_bare(form: str) -> str:
    """Write out contractions without an apostrophe in a lower-case form: ``dont`` -> ``do not``."""
    words = form.encode("ascii", "replace").translate(_ONLY_LETTERS).split()
    if _BARE_WORDS.isdisjoint(words):
        return form  # most messages; the pattern would be tried at every letter
    pieces: list[str] = []
    done = 0
    for match in _BARE.finditer(form):
        start = match.start()
        if start and "a" <= form[start - 1] <= "z":
            continue
        pieces += (form[done:start], _BARE_FORMS[match.group()])
        done = match.end()
    if not pieces:
        return form
    pieces.append(form[done:])
    return "".join(pieces)
