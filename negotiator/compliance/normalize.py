"""The matching form of a text: what rule patterns are compared against.

A collector who wants to slip a banned phrase past a filter writes it in a way people still read
but a naive matcher does not. :func:`matching_form` undoes each of these tricks, and rule patterns
go through the same function when a pack is loaded, so both sides always meet in one form:

=========================  ======================================  ========================
trick                      example                                 folded to
=========================  ======================================  ========================
case                       ``You Will Be ARRESTED``                ``you will be arrested``
contractions               ``you'll``, ``youll``, ``won't``        ``you will``, ``will not``
full-width / styled forms  ``ｋｉｌｌ``, ``𝐤𝐢𝐥𝐥``, ``ⓚⓘⓛⓛ``       ``kill`` (NFKC)
accents, zalgo marks       ``kíll``, ``k̸i̸l̸l̸``                     ``kill``
zero-width characters      ``ki\u200bll``, ``打\u200d断``          ``kill``, ``打断``
homoglyphs                 Cyrillic ``кіll``, Greek ``αrrest``     ``kill``, ``arrest``
leetspeak inside words     ``k1ll``, ``j41l``, ``@ss``, ``b!tch``  ``kill``, ``jail`` …
separators inside words    ``k.i.l.l``, ``k-i-l-l``, ``k i l l``   ``kill``
spaced-out words           ``y o u  w i l l`` (wider gaps part)    ``you will``
separators between hanzi   ``打 断 你 的 腿``, ``打.断*你``        ``打断你的腿``, ``打断你``
Traditional characters     ``打斷你的腿``, ``開庭``, ``裡``        ``打断你的腿``, ``开庭``…
look-alike hanzi           ``己经起诉`` (己/巳 for 已)             ``已经起诉``
=========================  ======================================  ========================

Two more tricks are handled by the pattern compiler (``patterns.py``) rather than here: repeated
letters (``kiiiill``: every pattern letter matches a run of itself) and ``1``/``l``/``i``
confusion (``ki11``: ``i`` and ``l`` match each other). Not defeated: a word split by one space
in the middle (``ki ll``), clause punctuation between hanzi (``打，断``), homophones and pinyin
that are not listed in a pack (add them as patterns), and text in images.

The matching form is for matching only: amounts are read from the original text, and a finding's
``evidence`` shows the matching form so a reviewer sees what the rule saw.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from negotiator.compliance.contractions import expand_bare, expand_contractions
from negotiator.domain.hanzi import SIMPLIFIED, TRADITIONAL

__all__ = ["CJK", "matching_form", "skeleton"]

CJK: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
"""Character ranges of hanzi, for regular-expression classes."""

# Invisible characters that NFKC keeps: zero-width space/joiners, word joiner, BOM, soft hyphen,
# Mongolian vowel separator, invisible operators, Hangul fillers, combining grapheme joiner.
_INVISIBLE: Final = (
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
    "\u3164\u115f\u1160\uffa0\u034f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

# Letters from other scripts that look like Latin ones (after case folding).
_HOMOGLYPHS: Final = {
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "н": "h", "і": "i",
    "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "г": "r",
    "ѕ": "s", "т": "t", "у": "y", "ү": "y", "х": "x", "ԝ": "w", "ь": "b", "п": "n", "з": "3",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y", "μ": "u", "σ": "o", "ς": "s",
    # Latin look-alikes and IPA
    "ı": "i", "ɩ": "i", "ɡ": "g", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t", "ɑ": "a",
    "ʀ": "r", "ɴ": "n", "ʏ": "y", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g",
    "ʜ": "h", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴡ": "w",
    # Armenian
    "օ": "o", "ս": "u", "հ": "h", "ո": "n",
    # hanzi written with a look-alike (己/巳 for 已 in 已经, 已起诉)
    "己": "已", "巳": "已",
}  # fmt: skip

_APOSTROPHES: Final = "'’‘`´"
_FOLD_CHARS: Final[dict[str, str]] = {
    **dict.fromkeys(_INVISIBLE + _APOSTROPHES, ""),
    # Full-width ASCII (NFKC would do it, but ten times slower on every Chinese message).
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
    "\u3000": " ",
    "＇": "",  # a full-width apostrophe is still an apostrophe
    "｀": "",
    **dict(zip(TRADITIONAL, SIMPLIFIED, strict=True)),
    **_HOMOGLYPHS,
    **{k.upper(): v for k, v in _HOMOGLYPHS.items() if k.upper() != k},
}
_ASTRAL: Final = sorted(char for char in _FOLD_CHARS if char > "\uffff")
# One scan finds the characters to fold: those of the BMP as a class, which the engine tests
# with a bitmap, and the few hundred beyond it as one range (listed one by one, they would be
# compared one by one; the range's other characters fold to themselves). The group makes
# split() return each character found.
_FOLDABLE = re.compile(
    "(["
    + "".join(re.escape(char) for char in _FOLD_CHARS if char <= "\uffff")
    + f"{_ASTRAL[0]}-{_ASTRAL[-1]}])"
)

_MARKS = re.compile(
    r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]"
)
# Between two hanzi, spaces, dots, stars, quotes, brackets, dashes and emoji are padding;
# letters, digits and clause punctuation (, ! ? ; : 、 。) are not. The hanzi before a run is
# checked by a lookbehind placed after the run's first character, so the engine still skips
# ahead to padding characters (a lookbehind first would make it try every position).
_PADDING_CHAR: Final = (
    '[\\s.·•*\\-_~^"“”「」『』()\\[\\]{}【】<>《》〈〉|/\\\\+=#%&@$…—–～・\u2600-\u27bf'
    "\U0001f000-\U0001faff]"
)
_CJK_PADDING = re.compile(f"{_PADDING_CHAR}(?<=[{CJK}]{_PADDING_CHAR}){_PADDING_CHAR}*(?=[{CJK}])")
# Dots, dashes, stars and the like inside a Latin word (the words on both sides are checked by
# _unpad: a lookbehind here would cost the engine its fast scan for the padding character).
_PAD: Final = r"[.\-_*^~·•+=/\\\"]+"
_WORD_PADDING = re.compile(f"{_PAD}(?=[a-z0-9])")
_ALNUM: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# A leetspeak character next to a letter ("k1ll", "@ss"): the only case worth unleeting.
# (Written from the leetspeak character, so the engine skips ahead to one.)
_LEET_HINT = re.compile(r"[0-9@$!|](?:(?<=[a-z].)|(?=[a-z]))")
# Only tokens where a letter touches a leetspeak character are rewritten ("k1ll", "paid!").
_LEET_TOKEN = re.compile(r"[a-z0-9@$!|]*(?:[a-z][0-9@$!|]|[0-9@$!|][a-z])[a-z0-9@$!|]*")
# Numbers with a unit (5pm, 24h, 3rd; 4ss is lost to this) and references (cn100001, q3).
_NUMBER_WITH_UNIT = re.compile(r"\d+[a-z]*|[a-z]*\d{3,}|[a-z]\d+")
_LEET: Final = str.maketrans("013457@$", "oieastas")
_SEPARATOR: Final = r"[\s.,\-_*·•|/~+]"
# Three or more single letters separated by spaces or punctuation: "k i l l", "k. i. l. l".
_SPACED_HINT = re.compile(
    f"{_SEPARATOR}[a-z0-9]{_SEPARATOR}+[a-z0-9]{_SEPARATOR}+[a-z0-9](?![a-z0-9])"
)
_SPACED_LETTERS = re.compile(f"(?<![a-z0-9])[a-z0-9](?:{_SEPARATOR}+[a-z0-9](?![a-z0-9])){{2,}}")
_GAPS = re.compile(r"[^a-z0-9]+")
_CLAUSE = re.compile(r"[,;:!?]")
_HAS_LETTER = re.compile("[a-z]")
_SPACED_APOSTROPHE = re.compile(r"\s['’‘`´＇](?=\s)")
# An apostrophe between two letters (written from the apostrophe: the engine skips ahead to one).
_ANY_APOSTROPHE = re.compile(r"['’‘`´＇](?<=[a-zA-Z].)(?=[a-zA-Z])")
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}＇]")
# A letter that the same letter follows: deleting each leaves one letter of every run. (The
# pattern of a whole run, ``([a-z])\1+``, repeats a back-reference, which the engine does the
# slow way, and needs a replacement per run.)
_REPEATED = re.compile(r"([a-z])(?=\1)")


def _has_apostrophe(text: str) -> bool:
    """Whether ``text`` has an apostrophe, the sign both apostrophe steps look for."""
    if text.isascii():
        return "'" in text or "`" in text  # a substring test, far cheaper than a regex scan
    return _APOSTROPHE.search(text) is not None


def _fold(text: str) -> str:
    """Every character of :data:`_FOLD_CHARS` replaced at once, as ``str.translate`` would.

    Splitting around the characters found and mapping those is all in C and touches only
    them; ``translate`` looks up every character of a message in the table (a Chinese message
    is mostly characters that stay). Replacing them one after another would not do: the table
    has chains (``麼`` -> ``么`` -> ``幺``), and the result would depend on the order.
    """
    parts = _FOLDABLE.split(text)
    if len(parts) == 1:
        return text
    found = parts[1::2]
    parts[1::2] = map(_FOLD_CHARS.get, found, found)
    return "".join(parts)


def _unpad(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if start == 0 or text[start - 1] not in _ALNUM:
        return match.group()
    left = start
    while left > 0 and text[left - 1] in _ALNUM:
        left -= 1
    right = end
    while right < len(text) and text[right] in _ALNUM:
        right += 1
    before, after = text[left:start], text[end:right]
    if before.isdigit() and after.isdigit():
        return match.group()  # 1,234.50 and 555-0100 stay numbers
    if len(before) == 1 or len(after) == 1:
        return ""  # k.i.l.l, f*ck, sh*t
    return " "  # kill.you: two words


def _unleet(match: re.Match[str]) -> str:
    token = match.group()
    if not any("a" <= c <= "z" for c in token) or _NUMBER_WITH_UNIT.fullmatch(token):
        return token  # 500, 5pm, 24h, 3rd, cn100001: numbers and references, not words
    if len(token) > 2:
        token = token[0] + token[1:-1].replace("!", "i").replace("|", "i") + token[-1]
    token = token.strip("!|")  # "idiot!" keeps its meaning; only "!" inside a word is a letter
    return token.translate(_LEET)


def _join_letters(match: re.Match[str]) -> str:
    """``k i l l`` -> ``kill``; ``y o u  w i l l`` -> ``you will`` (wider gaps part words)."""
    run = match.group()
    gaps = _GAPS.findall(run)
    widths = [_width(gap) for gap in gaps]
    narrowest = min(widths)
    if max(widths) == narrowest and not any(_CLAUSE.search(gap) for gap in gaps):
        return _GAPS.sub("", run)
    # Gaps wider than the narrowest, and clause marks, part words.
    return _GAPS.sub(
        lambda gap: " " if _width(gap.group()) > narrowest or _CLAUSE.search(gap.group()) else "",
        run,
    )


def _width(gap: str) -> int:
    return sum(1 for char in gap if char.isspace())


def matching_form(text: str) -> str:
    """Fold ``text`` into the form rule patterns are matched against.

    Applies, in order: English contractions written out (``won't`` -> ``will not``); case
    folding; removal of invisible characters and apostrophes;
    full-width, homoglyph and Traditional-to-Simplified folding; NFKC and removal of combining
    marks where still needed; removal of padding between hanzi and inside words; leetspeak
    inside words; joining of spaced-out letters; one space for any run of white space;
    contractions written without an apostrophe written out (``dont`` -> ``do not``).

    Args:
        text: Any text: a message, a pattern's literal part, a creditor's name.

    Returns:
        The matching form (lower case, Simplified, no invisible characters, single spaces).
    """
    if _has_apostrophe(text):
        if _SPACED_APOSTROPHE.search(text):
            text = _SPACED_APOSTROPHE.sub("", text)  # "d o n ' t": apostrophe and space go
        if _ANY_APOSTROPHE.search(text):
            text = expand_contractions(text)  # "you'll" -> "you will", "won't" -> "will not"
    if text.isascii():
        text = text.lower()
        if "'" in text or "`" in text:
            text = text.replace("'", "").replace("`", "")
    else:
        text = _fold(text.casefold())
        if not unicodedata.is_normalized("NFKC", text):
            text = _fold(unicodedata.normalize("NFKC", text).casefold())
        if _MARKS.search(text) or not unicodedata.is_normalized("NFD", text):
            text = _MARKS.sub("", unicodedata.normalize("NFD", text))
            text = unicodedata.normalize("NFC", text)
        text = _CJK_PADDING.sub("", text)
    if not _HAS_LETTER.search(text):
        return " ".join(text.split())  # no Latin word to unpad, unleet, join or expand
    text = _WORD_PADDING.sub(_unpad, text)
    if _LEET_HINT.search(text):
        text = _LEET_TOKEN.sub(_unleet, text)
    if _SPACED_HINT.search(" " + text):
        text = _SPACED_LETTERS.sub(_join_letters, text)
    return expand_bare(" ".join(text.split()))  # "youll" -> "you will", "dont" -> "do not"


def skeleton(form: str) -> str:
    """A coarser form of a matching form, used only to pre-select candidate rules.

    ``l`` becomes ``i`` and runs of one repeated letter become one letter, so that
    ``kiiill``, ``ki11`` (``kiii``) and ``kill`` share the skeleton ``ki``. Every text a pattern
    matches has that pattern's anchors in its skeleton.
    """
    if not _HAS_LETTER.search(form):
        return form
    return _REPEATED.sub("", form.replace("l", "i"))
