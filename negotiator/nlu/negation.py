"""When a match does not count: a negation just before it, or someone else's reported words.

* **Negation**: "I'm *not* going to kill myself over this" and "我*不会*想不开" do not signal
  self-harm. A negation cancels a match only when it stands in the same clause, at most
  ``window`` words (English) or characters (Chinese) before it, with no breaker in between
  ("别*逼*我去死" is not a negation of 去死). Phrases that contain their own negation
  (``不想活``, ``don't want to live``) are matched whole, so this never reaches inside them.
* **Reported speech**: "my brother told me he'd call the police" is not a threat by the debtor.
  A match is reported when it sits inside quotation marks, or after a reporting verb (``said``,
  ``told``, ``说``) whose subject is not the debtor ("*I* told you, stop calling" still
  counts). Only entries marked ``quotable`` are cancelled by it: someone reporting that the
  debtor wants to die is still a self-harm risk.
* **Quoted and turned down**: "\"speak to a human\"? nah, you're quicker", 「轉真人」？唔使,
  之前发的"不要再联系我"是发错群了. Words in quotation marks followed at once by a word that
  turns them down (``reporting.turned_down``) are the bot's offer refused or the debtor's own
  words taken back; such a match never counts, whatever its entry — except a self-harm entry's,
  which no quotation or turning down cancels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from negotiator.nlu.lexicon import NegationRules, ReportingRules
from negotiator.nlu.normalization import alternation

REFUSED_AFTER: Final = (
    r"不行|不可以|不得(?!不|了)|不方便|做不到|办不到|不可能|没可能|冇可能|没办法|冇办法|唔得|唔方便"
    r"|impossible|not possible|isn't possible|no way|no chance|no good|not doable|not happening"
    r"|not realistic|isn't realistic|isnt realistic|unrealistic|not affordable|unaffordable"
    r"|absolutely not|hell no|dream on|not a chance"
    r"|not gonna happen|is out"
    r"|不接受|唔接受|不会接受|唔会接受|接受不了|接受唔到|won't accept|will not accept|not accepting"
    r"|[?？]+\s?(?:lol |lmao |lmfao |haha |ha |omg )?(?:no|nope|nah)\b"
    r"(?!\s*(?:problem|prob|worries|way to tell))"
    r"|(?:can't|cannot|can not|won't|doesn't|isn't going to) (?:do|manage|afford|happen|work)"
)
"""Words right after a figure or a day that refuse it ("三千我做不到", "今天不行", "friday won't
work", "400 a month?? lol no"): a refusal said after the thing refused, where a negation
stands before it; a bare "no" counts only after the figure is asked back."""
_UP_TO_CLAUSE_BREAK: Final = re.compile(r".*[,.!?;:，。！？；：、\n~]", re.DOTALL)
"""Matches up to the last clause break of a text (greedy, so one call finds the last one)."""
_UP_TO_SPACED_CLAUSE: Final = re.compile(r".*[\u3400-\u9fff]\s+(?=[\u3400-\u9fff])", re.DOTALL)
"""Matches up to the last space between two Chinese characters: informal Chinese writes clauses
apart with a space where a comma would stand ("这AI根本看不懂 转人工"), so a negation does not
reach across it (v49). Figures and their periods still do ("每个月能不能少还点 比如六百")."""
_UP_TO_SENTENCE_BREAK: Final = re.compile(r".*[.!?。！？\n]", re.DOTALL)
"""Matches up to the last sentence break of a text."""
_LOOK_BACK: Final = 80
"""Characters before a match that are inspected; bounds the work on a 5,000-character message."""
_LOOK_AHEAD: Final = 80
"""Characters after a quoted match in which its closing quotation mark is looked for."""
_OPENING_QUOTES: Final = "「『《"
_CLOSING_QUOTES: Final = "」』》"
_ANY_CLOSING_QUOTE: Final = re.compile('["」』》]')
_GAP: Final = r"[^\w]{0,8}"
"""Punctuation, spaces and emoji between a closing quotation mark and what follows it."""


def clause_before(text: str, start: int) -> str:
    """The part of the clause that precedes ``start`` (at most 80 characters)."""
    prefix = text[max(0, start - _LOOK_BACK) : start]
    found = _UP_TO_CLAUSE_BREAK.match(prefix)
    return prefix if found is None else prefix[found.end() :]


@dataclass(frozen=True, slots=True)
class ContextRules:
    """One language's negation and reporting rules, compiled.

    Attributes:
        negation: Matches a negation followed by at most ``window`` words or characters up to
            the end of the text it is searched in.
        breakers: Words that stop a negation from reaching the match.
        reporting: Matches a reporting verb.
        first_person: Subjects that make reported words the debtor's own.
        fillers: Words dropped from a subject before comparing it with ``first_person``.
        turned_down: Matches, right after a closing quotation mark, a word that turns the quoted
            words down (with the fillers allowed before it).
    """

    negation: re.Pattern[str] | None
    breakers: tuple[str, ...]
    reporting: re.Pattern[str] | None
    first_person: frozenset[str]
    fillers: tuple[str, ...]
    turned_down: re.Pattern[str] | None = None

    @classmethod
    def build(
        cls,
        negation: NegationRules,
        reporting: ReportingRules,
        normalize: Callable[[str], str],
        *,
        latin: bool,
    ) -> ContextRules:
        """Compile the rules of one lexicon file.

        Args:
            negation: The file's negation rules.
            reporting: The file's reporting rules.
            normalize: The normalisation messages go through; every word goes through it too.
            latin: Count the negation window in words (English) rather than characters.
        """
        negation_pattern = None
        cues = [
            ("-" if c.startswith("-") else "") + normalize(c.removeprefix("-"))
            for c in negation.cues
        ]
        if cues:
            gap = (
                f"(?:\\s*[^\\s]+){{0,{negation.window}}}\\s*$"
                if latin
                else f".{{0,{negation.window}}}$"
            )
            negation_pattern = re.compile(f"(?:{alternation(cues)}){gap}")
        reporting_pattern = (
            re.compile(alternation([normalize(v) for v in reporting.verbs]))
            if reporting.verbs
            else None
        )
        return cls(
            negation_pattern,
            tuple(normalize(b) for b in negation.breakers),
            reporting_pattern,
            frozenset(normalize(s) for s in reporting.first_person),
            tuple(sorted((normalize(f) for f in reporting.fillers), key=len, reverse=True)),
            _turned_down_pattern(reporting, normalize),
        )

    def is_negated(self, text: str, start: int) -> bool:
        """Whether a negation in the same clause, just before ``start``, cancels the match."""
        if self.negation is None:
            return False
        clause = clause_before(text, start)
        spaced = _UP_TO_SPACED_CLAUSE.match(clause + text[start : start + 1])
        if spaced is not None:
            clause = clause[spaced.end() :]
        if not clause:
            return False  # the match starts its clause
        found = self.negation.search(clause)
        if found is None:
            return False
        cue_start, cue_end = found.start(), found.start() + 1
        if cue_start > 0 and cue_end < len(clause) and clause[cue_start - 1] == clause[cue_end]:
            return False  # 能不能, 有没有, 可不可以: a question (A-not-A), not a negation
        if cue_start > 0 and clause[cue_start - 1] == "有" and clause[cue_start] in "没冇无":
            return False  # 有冇真人, 有无人工: 冇/无 is 没有, so this is 有没有 too
        if (
            clause[cue_start] in "没冇"
            and clause[cue_start - 1 : cue_start] == "了"
            and not clause[cue_start + 1 :].strip(" \t\u3000吗嘛啊呀")
        ):
            return False  # 够了没 不要再打了: 了没 closes a question, it negates nothing after it
        opens = cue_start == 0 or clause[cue_start - 1] == " "
        if opens and clause.startswith("不过", cue_start):
            return False  # 不过年终奖下来就还: a clause opened by 不过 ("but"), no negation
        between = clause[found.start() :]
        return not any(breaker in between for breaker in self.breakers)

    def is_reported(self, text: str, start: int) -> bool:
        """Whether the match at ``start`` is in quotation marks or someone else's words."""
        return _inside_quotes(text, start) or self._after_reporting_verb(text, start)

    def is_turned_down(self, text: str, start: int) -> bool:
        """Whether the match at ``start`` is in quotation marks turned down right after them."""
        if self.turned_down is None:
            return False
        # The closing mark first: one search over a few dozen characters, so a message without
        # quotation marks (nearly all of them) costs no more than that.
        closing = _ANY_CLOSING_QUOTE.search(text, start, start + _LOOK_AHEAD)
        return (
            closing is not None
            and self.turned_down.match(text, closing.end()) is not None
            and _inside_quotes(text, start)
        )

    def _after_reporting_verb(self, text: str, start: int) -> bool:
        if self.reporting is None:
            return False
        prefix = text[max(0, start - _LOOK_BACK) : start]
        found = _UP_TO_SENTENCE_BREAK.match(prefix)
        sentence = prefix if found is None else prefix[found.end() :]
        verb_start = -1
        for verb in self.reporting.finditer(sentence):
            verb_start = verb.start()
        if verb_start < 0:
            return False
        subject = clause_before(sentence, verb_start)
        for filler in self.fillers:
            subject = subject.replace(filler, " ")
        subject = " ".join(subject.split())
        return bool(subject) and subject not in self.first_person


def _inside_quotes(text: str, start: int) -> bool:
    prefix = text[max(0, start - _LOOK_BACK) : start]
    if prefix.count('"') % 2 == 1:
        return True
    opening = max(prefix.rfind(q) for q in _OPENING_QUOTES)
    closing = max(prefix.rfind(q) for q in _CLOSING_QUOTES)
    return opening > closing


def _turned_down_pattern(
    reporting: ReportingRules, normalize: Callable[[str], str]
) -> re.Pattern[str] | None:
    """``turned_down`` words after a gap and an optional filler. A word of Latin letters must
    end there ("no need", not "no need to repeat it"); a Chinese one must not go on to what is
    not needed (不用，机器人挺好 turns down; 不用我再说一遍 and 不用劝我 do not)."""
    if not reporting.turned_down:
        return None
    fillers = alternation([normalize(f) for f in reporting.turned_down_fillers])
    words = alternation([normalize(w) for w in reporting.turned_down])
    filler = f"(?:(?:{fillers}){_GAP})?" if reporting.turned_down_fillers else ""
    ending = r"(?:(?<=[a-z])(?![\w])(?!\s+(?:to|for|of|me)\b)|(?<![a-z])(?![我你再劝说讲重]))"
    return re.compile(f"{_GAP}{filler}(?:{words}){ending}")
