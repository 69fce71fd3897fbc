"""A pattern as a small tree, and the literal pieces every match of it must contain.

:func:`parse` turns the text of a pattern (see ``patterns.py`` for the marks) into a tree of
nodes: ``("lit", text)``, ``("alt", [options])``, ``("opt", node)``, ``("gap", None)``,
``("star", None)``, ``("num", None)``. :func:`choose_anchors` picks, from a tree whose literals are
already in matching form, the set of pieces at least one of which every match contains, and the
rarest such set: the filter looks for the anchors of a whole pack in one pass and tries only the
patterns whose anchors it found.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Final, Literal

from negotiator.compliance.normalize import skeleton

__all__ = [
    "Anchor",
    "Node",
    "PatternError",
    "Script",
    "anchor_score",
    "choose_anchors",
    "parse",
    "rank_anchors",
]

Script = Literal["zh", "en"]
"""Which pattern list a pattern comes from: Chinese (both scripts) or English."""

Node = tuple[str, object]
"""``("lit", str)``, ``("alt", list[list[Node]])``, ``("opt", Node)``, ``("gap" | "star" |
"num", None)``."""

_LATIN = re.compile(r"[a-z]+")
_HANZI = re.compile(r"[^\sa-z]+")


class PatternError(ValueError):
    """A pattern cannot be compiled; the message says where and how to fix it."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """A literal piece every match of a pattern contains.

    Attributes:
        text: The piece in matching form (letters only for Latin, else hanzi and other signs).
        latin: Whether the piece is an English word start (matched elastically, after a
            non-letter); otherwise it is matched literally.
    """

    text: str
    latin: bool


def parse(source: str) -> list[list[Node]]:
    """The alternatives of a pattern, each a sequence of nodes (literals not yet folded).

    Raises:
        PatternError: the pattern is malformed; the message says where and how to fix it.
    """
    return _Parser(source).parse()


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0

    def fail(self, message: str) -> PatternError:
        return PatternError(f"pattern {self.source!r}, at character {self.pos + 1}: {message}")

    def parse(self) -> list[list[Node]]:
        alternatives = self.alternatives()
        if self.pos < len(self.source):
            raise self.fail("')' without a matching '('")
        return alternatives

    def alternatives(self) -> list[list[Node]]:
        options = [self.sequence()]
        while self.pos < len(self.source) and self.source[self.pos] == "|":
            self.pos += 1
            options.append(self.sequence())
        return options

    def sequence(self) -> list[Node]:
        items: list[Node] = []
        text: list[str] = []

        def flush() -> None:
            if text:
                items.append(("lit", "".join(text)))
                text.clear()

        source = self.source
        while self.pos < len(source):
            char = source[self.pos]
            if char in "|)":
                break
            if char == "(":
                flush()
                self.pos += 1
                group = self.alternatives()
                if self.pos >= len(source) or source[self.pos] != ")":
                    raise self.fail("'(' is never closed")
                self.pos += 1
                node: Node = ("alt", group)
                if self.pos < len(source) and source[self.pos] == "?":
                    self.pos += 1
                    node = ("opt", node)
                items.append(node)
                continue
            if char == "?":
                raise self.fail("'?' must follow a group, e.g. (ed)?")
            if char == "*":
                if not text or not ("a" <= text[-1].lower() <= "z"):
                    raise self.fail("'*' must follow an English letter, e.g. arrest*")
                flush()
                items.append(("star", None))
            elif source.startswith("...", self.pos) or char == "…":
                flush()
                items.append(("gap", None))
                self.pos += 3 if char == "." else 1
                continue
            elif char == "#":
                flush()
                items.append(("num", None))
            elif char == "\\":
                self.pos += 1
                if self.pos >= len(source):
                    raise self.fail("'\\' at the end has nothing to escape")
                text.append(source[self.pos])
            else:
                text.append(char)
            self.pos += 1
        flush()
        return items


_Anchors = frozenset[Anchor] | None

_COMMON_LATIN: Final = """
    a an the to of in on at for and or but is are was were be been being will would can could may
    might must shall should do does did done have has had i im ill ive id me my we well weve our us
    you u ur your youre youll it its this that these those not no if so as by with from up out get
    go going just please pay paid payment plan any all now today time day days month more what when
    how they them their he she his her him there here about who which than then also make take want
    need help let know like one some re ll ve see new back very
"""
_COMMON_HANZI_CHARS: Final = (
    "你您我的们了是会要在就不给和有人这那也都还款可以能到上下个天月日时家说对请好吗呢吧啊来去将"
    "已被把让从为与及或等并但如果期一二三用办找钱费后前中内多少再又很最现做看想帮借"
)
_COMMON_HANZI_WORDS: Final = """
    我们 你们 您的 你的 可以 还款 如果 联系 方案 分期 您好 我们会 已经 的话 不会
    没有 费用 知道 需要 时间 问题 情况 工作 公司 银行 信用卡 账户 还钱 帮助 谢谢
    感谢 通知 告诉 电话 信息 处理 服务 管理
"""
# Pieces that occur in most messages: an anchor set containing one would make its pattern a
# candidate almost always, so a rarer required piece is preferred even if it is shorter.
_COMMON: Final = frozenset(
    _COMMON_LATIN.split() + list(_COMMON_HANZI_CHARS) + _COMMON_HANZI_WORDS.split()
)


def _cost(anchor: Anchor) -> float:
    """How often an anchor is expected to occur (lower is rarer)."""
    # Latin anchors are looked for in skeleton form: "fees" is sought as "fes", "off" as "of".
    sought = skeleton(anchor.text) if anchor.latin else anchor.text
    if anchor.text in _COMMON or sought in _COMMON or sought.isdigit():
        return 100.0
    length = len(sought)
    if anchor.latin:
        return 3.0 / (length * length)
    return 1.0 if length == 1 else 0.2 / (length - 1)


def anchor_score(anchors: _Anchors) -> float:
    """The rarest anchor set wins: the lowest summed expected frequency."""
    if not anchors:
        return float("-inf")
    # fsum: exact, so a set's score does not depend on the order its anchors come in, which is
    # their hash order: equal scores then tie exactly, and the stable sort of rank_anchors keeps
    # the first element, whatever PYTHONHASHSEED is (so a pack's anchors, and its speed, with it).
    return -math.fsum(_cost(a) for a in anchors)


def _pieces(text: str, word_start: bool) -> list[_Anchors]:
    """Every required piece of one literal run, each as a one-anchor set."""
    found: list[_Anchors] = []
    for match in _LATIN.finditer(text):
        # A run inside the literal follows a space or a hanzi; one at its start follows
        # whatever precedes the literal, known to be a word start only at the pattern's start.
        if match.start() > 0 or word_start:
            found.append(frozenset({Anchor(match.group(), latin=True)}))
    for match in _HANZI.finditer(text):
        found.append(frozenset({Anchor(match.group(), latin=False)}))
    return found


def _ends_with_space(node: Node) -> bool:
    """Whether every text the node matches ends with a space (so what follows starts a word)."""
    kind, value = node
    if kind == "lit":
        return str(value).endswith(" ")
    if kind == "alt":
        assert isinstance(value, list)
        return all(option and _ends_with_space(option[-1]) for option in value)
    if kind == "opt":
        assert isinstance(value, tuple)
        return _ends_with_space(value)
    return False


_MAX_JOINED: Final = 64


def _fixed_texts(node: Node) -> list[str] | None:
    """The texts a node can match, if it is plain hanzi text or a choice of such texts."""
    kind, value = node
    if kind == "lit":
        texts = [str(value)]
    elif kind == "alt":
        assert isinstance(value, list)
        if not all(len(option) == 1 and option[0][0] == "lit" for option in value):
            return None
        texts = [str(option[0][1]) for option in value]
    else:
        return None
    if any(not text or _LATIN.search(text) or " " in text for text in texts):
        return None
    return texts


def _joined(seq: list[Node]) -> list[_Anchors]:
    """Anchors made of two adjacent fixed hanzi elements: (砍|捅)(你|您) gives 砍你, 砍您 …

    A pair of characters is far rarer than either, so the prefilter wakes the pattern less.
    """
    found: list[_Anchors] = []
    for left, right in pairwise(seq):
        heads, tails = _fixed_texts(left), _fixed_texts(right)
        if heads and tails and len(heads) * len(tails) <= _MAX_JOINED:
            found.append(frozenset(Anchor(h + t, latin=False) for h in heads for t in tails))
    return found


def choose_anchors(seq: list[Node], word_start: bool, script: Script) -> _Anchors:
    """The best anchor set of a sequence: its rarest required element.

    ``word_start`` says whether the sequence starts a word; inside it, an element starts a word
    when what comes before it ends with a space (an English gap does).
    """
    ranked = rank_anchors(seq, word_start, script)
    return ranked[0] if ranked else None


def rank_anchors(seq: list[Node], word_start: bool, script: Script) -> list[frozenset[Anchor]]:
    """The anchor sets of every required element of a sequence, rarest first.

    Each set is one required element's pieces: every match contains one piece of each set.
    """
    candidates: list[_Anchors] = _joined(seq)
    first = word_start
    for node in seq:
        kind, value = node
        if kind == "lit":
            candidates.extend(_pieces(str(value), first))
        elif kind == "alt":
            assert isinstance(value, list)
            union: set[Anchor] = set()
            for option in value:
                anchors = choose_anchors(option, first, script)
                if anchors is None:
                    union.clear()
                    break
                union |= anchors
            if union:
                candidates.append(frozenset(union))
        if kind == "opt":
            # Skipped, the word start is unchanged; taken, it ends with a space or not.
            first = first and _ends_with_space(node)
        elif kind == "gap":
            first = script == "en"
        else:
            first = _ends_with_space(node)
    return sorted((c for c in candidates if c), key=anchor_score, reverse=True)
