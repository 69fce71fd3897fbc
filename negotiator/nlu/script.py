"""Traditional and Simplified Chinese: folding one onto the other, and telling them apart.

The lexicons and every message are folded to Simplified characters one character at a time
(``還款`` -> ``还款``), so a phrase written in either script matches a message in either, and a
debtor who mixes scripts is still understood. Word-level differences (``訊息`` and ``信息``,
``禮拜`` and ``星期``) are vocabulary and live in the lexicons.

The character table is OpenCC's, kept as data in :mod:`negotiator.domain.hanzi` (shared with the
compliance filter); folding is a single ``str.translate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from negotiator.domain.hanzi import SIMPLIFIED, TRADITIONAL


@dataclass(frozen=True, slots=True)
class ChineseScript:
    """The character-level Traditional -> Simplified table, and the script cues.

    Attributes:
        fold_table: ``str.translate`` table from Traditional to Simplified code points.
        traditional_only: Characters that only Traditional text uses (``還``, ``個``).
        simplified_only: Characters that only Simplified text uses (``还``, ``个``).
    """

    fold_table: dict[int, str]
    traditional_only: frozenset[str]
    simplified_only: frozenset[str]

    def fold(self, text: str) -> str:
        """``text`` with every Traditional character replaced by its Simplified form."""
        return text.translate(self.fold_table)

    def guess(self, text: str) -> Literal["zh_Hans", "zh_Hant"] | None:
        """Which script ``text`` is written in, or ``None`` when nothing tells them apart."""
        traditional = simplified = 0
        for character in text:
            if character in self.traditional_only:
                traditional += 1
            elif character in self.simplified_only:
                simplified += 1
        if traditional == simplified:
            return None
        return "zh_Hant" if traditional > simplified else "zh_Hans"


@cache
def chinese_script() -> ChineseScript:
    """The shared, immutable :class:`ChineseScript` (built on first use, in about a millisecond)."""
    targets = frozenset(s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True) if t != s)
    # A character that is itself the Simplified form of another stays as it is: OpenCC maps
    # 麼 -> 么 and also 么 -> 幺, which would fold 怎麼 and 怎么 to different strings.
    pairs = [(t, s) for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True) if t not in targets]
    fold_table = {ord(t): s for t, s in pairs}
    traditional_only = frozenset(t for t, _ in pairs)
    simplified_only = frozenset(SIMPLIFIED) - traditional_only
    return ChineseScript(fold_table, traditional_only, simplified_only)
