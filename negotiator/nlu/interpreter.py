"""The entry point: one debtor message in, one :class:`Interpretation` out.

Build an :class:`Interpreter` once at start-up (it loads and validates the lexicon files and
compiles them); :meth:`Interpreter.interpret` is then pure, synchronous and fast (tens of
microseconds per message), so the dialog engine can call it inline::

    interpreter = Interpreter.load()
    reading = interpreter.interpret("下个月15号还500", "zh_Hans", today=date(2026, 11, 18))
    reading.intent, reading.amount, reading.date

Every lexicon is matched against every message, whatever its language: debtors mix scripts and
languages ("ok 那就每个月800"), and a Traditional phrase folded to Simplified is the same phrase.
The language decides the default currency (``元`` is CNY in ``zh_Hans``, TWD in ``zh_Hant``)
and is reported back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from negotiator.domain.language import normalize_language
from negotiator.errors import DomainError
from negotiator.nlu.amounts import AmountGrammar
from negotiator.nlu.corroboration import (
    corroborate,
    safety_read_when_sure,
    warning_sign_read_alone,
)
from negotiator.nlu.dates import DateGrammar
from negotiator.nlu.interpretation import Cue, Intent, Interpretation
from negotiator.nlu.lexicon import LexiconFile, NegationRules, ReportingRules, load_lexicons
from negotiator.nlu.matcher import PhraseMatcher
from negotiator.nlu.meaning import PACKAGED_HEAD, MeaningModel
from negotiator.nlu.meaning import available as meaning_available
from negotiator.nlu.negation import ContextRules
from negotiator.nlu.ngram import PACKAGED_MODEL, NgramModel
from negotiator.nlu.normalization import Normalizer, alternation
from negotiator.nlu.resolution import Reading, counted_beside, paid_on, resolve, settle_day
from negotiator.nlu.script import chinese_script

_ENGLISH_NEGATION = "en"

_HESITATION = re.compile(
    r"\s*(嗯+|呃+|额+|唔+|hmm+|hm+|umm*|uhh*|erm+)\s*(?:[…⋯]+|\.{2,}|。{2,})\s*", re.IGNORECASE
)
"""A message that is only a sound trailing off ("嗯……", "hmm..."): hesitation, not a yes.
(A tilde is not a trailing off: "嗯嗯～" is a cheerful yes.)"""


def _said_nothing(reading: Interpretation) -> bool:
    """Whether the lexicons read the message as saying nothing on purpose: an ``unknown`` entry
    ("huh?", "发错了不好意思": sent by mistake) matched and nothing else did, so no model guesses
    an intent for it."""
    return reading.intent is Intent.UNKNOWN and any(
        cue.signal == Intent.UNKNOWN.value and cue.suppressed is None for cue in reading.cues
    )


def _resolve_today(today: date | datetime, tz: tzinfo | str | None) -> date:
    """The debtor's calendar day: an aware ``datetime`` is converted to ``tz`` first."""
    if isinstance(today, datetime):
        if tz is None or today.tzinfo is None:
            return today.date()
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        return today.astimezone(zone).date()
    return today


_DATE_UNITS: Final = frozenset("年月日号號")
_DIGIT: Final = re.compile(r"\d")


def _bare_figure(normal: str) -> bool:
    """Whether ``normal`` is a figure or a date with at most a filler word ("it's", 是, 喔):
    at least four digits and at most four letters besides the date's own units."""
    if _DIGIT.search(normal) is None:
        return False  # most messages: no need to count
    digits = sum(map(str.isdigit, normal))
    # (every date unit is a letter: counted among the letters, then taken off)
    letters = sum(map(str.isalpha, normal)) - sum(map(normal.count, _DATE_UNITS))
    return (digits >= 4 and letters <= 4) or (digits > 0 and letters == 0)


def _evidence(
    lexicons: Sequence[LexiconFile], normalize: Normalizer
) -> dict[Intent, re.Pattern[str]]:
    """One pattern per restricted intent, of its evidence words in every language."""
    words: dict[Intent, list[str]] = {}
    for lexicon in lexicons:
        for intent, listed in lexicon.model_evidence.items():
            words.setdefault(intent, []).extend(normalize(word) for word in listed)
    return {intent: re.compile(alternation(dict.fromkeys(w))) for intent, w in words.items()}


def _shared_context(
    lexicon: LexiconFile, lexicons: Sequence[LexiconFile]
) -> tuple[NegationRules, ReportingRules]:
    """The negation and reporting rules that apply to ``lexicon``'s phrases.

    Chinese text is folded to one script before matching, so a phrase of ``zh_Hans.yaml`` meets
    Cantonese negations too ("我又唔会去死" is as negated as "我又不会去死"): the Chinese lexicons
    share their negation cues and breakers (the window stays the file's own), and the words
    that turn quoted words down (「轉真人」？唔使 quotes a phrase of ``zh_Hans.yaml``). Reporting
    verbs stay per file: the Cantonese 話 would otherwise be found inside 電話.
    """
    latin = lexicon.language == _ENGLISH_NEGATION
    family = [x for x in lexicons if (x.language == _ENGLISH_NEGATION) == latin]

    def union(pick: Callable[[LexiconFile], list[str]]) -> list[str]:
        return list(dict.fromkeys(word for x in family for word in pick(x)))

    negation = NegationRules(
        cues=union(lambda x: x.negation.cues),
        window=lexicon.negation.window,
        breakers=union(lambda x: x.negation.breakers),
    )
    reporting = lexicon.reporting.model_copy(
        update={
            "turned_down": union(lambda x: x.reporting.turned_down),
            "turned_down_fillers": union(lambda x: x.reporting.turned_down_fillers),
        }
    )
    return negation, reporting


class _Unsupported:
    """The intents a model may not add to one message (it holds none of their evidence words),
    worked out intent by intent as the models ask: most messages give no model a reason to add
    anything, and then no evidence pattern is searched (:meth:`Interpreter.unsupported` is the
    whole set at once)."""

    __slots__ = ("_evidence", "_known", "_normal")

    def __init__(self, evidence: dict[Intent, re.Pattern[str]], normal: str) -> None:
        self._evidence = evidence
        self._normal = normal
        self._known: dict[Intent, bool] = {}

    def __contains__(self, intent: object) -> bool:
        if not isinstance(intent, Intent):
            return False
        known = self._known.get(intent)
        if known is None:
            words = self._evidence.get(intent)
            known = words is not None and words.search(self._normal) is None
            self._known[intent] = known
        return known


@dataclass(frozen=True, slots=True)
class Interpreter:
    """Understands debtor messages in every supported language. Immutable; share one instance.

    Attributes:
        lexicons: The loaded lexicon files, one per language.
        normalize: Brings a message to the canonical form the phrases were compiled in.
        matcher: Finds every lexicon phrase in a normalised message.
        contexts: Negation and reported-speech rules of each lexicon, by language.
        amounts: The compiled money grammar.
        dates: The compiled date grammar.
        default_currencies: The currency of plain ``元``/``$`` in each language.
        dialect_currencies: For a language, each currency a dialect's words make plain ``$``
            mean (``dialect_currencies`` in the lexicons: Cantonese -> HKD).
        model: The n-gram fallback and safety net (:mod:`negotiator.nlu.ngram`), or ``None``
            to read with the lexicons alone.
        evidence: For each intent the lexicons restrict, the words one of which a message must
            hold before the model may add that intent (``model_evidence``).
        meaning: The sentence-encoder model consulted after the n-gram model when the reading
            is unsure (:mod:`negotiator.nlu.meaning`), or ``None`` to read without it.
    """

    lexicons: tuple[LexiconFile, ...]
    normalize: Normalizer
    matcher: PhraseMatcher
    contexts: dict[str, ContextRules]
    amounts: AmountGrammar
    dates: DateGrammar
    default_currencies: dict[str, str]
    dialect_currencies: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(
        default_factory=dict
    )
    model: NgramModel | None = None
    evidence: dict[Intent, re.Pattern[str]] = field(default_factory=dict)
    meaning: MeaningModel | None = None

    @classmethod
    def load(
        cls,
        directory: Path | None = None,
        model: Path | None = PACKAGED_MODEL,
        meaning: Path | None = PACKAGED_HEAD,
    ) -> Interpreter:
        """Load, validate and compile the lexicons in ``directory`` (default: the packaged ones).

        Args:
            directory: A directory of lexicon files.
            model: The n-gram model's data file (default: the packaged one, if present);
                ``None`` reads with the lexicons alone.
            meaning: The meaning head's data file (default: the packaged one). It is used when
                the file exists and the encoder's package (the ``meaning`` extra) is installed;
                ``None`` reads without it (``NEGOTIATOR_NLU_MEANING=false``).

        Raises:
            DataFileError: a lexicon, the model or the meaning head file is invalid; every
                problem has its file, line, field.
        """
        ngram = NgramModel.load(model) if model is not None and model.exists() else None
        if ngram is not None:
            ngram.prepare()
        head = None
        if meaning is not None and meaning.exists() and meaning_available():
            head = MeaningModel.load(meaning)
        return cls.from_lexicons(load_lexicons(directory), ngram, head)

    @classmethod
    def from_lexicons(
        cls,
        lexicons: Sequence[LexiconFile],
        model: NgramModel | None = None,
        meaning: MeaningModel | None = None,
    ) -> Interpreter:
        """Compile already validated lexicon files (and use ``model`` and ``meaning``, if
        given)."""
        spellings: dict[str, str] = {}
        for lexicon in lexicons:
            spellings.update(lexicon.spellings)
        normalize = Normalizer.build(chinese_script().fold_table, spellings)
        matcher = PhraseMatcher(
            ((entry, lexicon.language) for lexicon in lexicons for entry in lexicon.entries),
            normalize,
            chinese_script().fold_table,
        )
        contexts: dict[str, ContextRules] = {
            lexicon.language: ContextRules.build(
                *_shared_context(lexicon, lexicons),
                normalize,
                latin=lexicon.language == _ENGLISH_NEGATION,
            )
            for lexicon in lexicons
        }
        return cls(
            lexicons=tuple(lexicons),
            normalize=normalize,
            matcher=matcher,
            contexts=contexts,
            amounts=AmountGrammar.build(lexicons, normalize),
            dates=DateGrammar.build(lexicons, normalize),
            default_currencies={x.language: x.default_currency for x in lexicons},
            dialect_currencies={
                x.language: tuple(
                    (code, re.compile(alternation([normalize(w) for w in markers])))
                    for code, markers in x.dialect_currencies.items()
                    if markers
                )
                for x in lexicons
            },
            model=model,
            evidence=_evidence(lexicons, normalize),
            meaning=meaning,
        )

    def unsupported(self, normal: str) -> frozenset[Intent]:
        """The intents the model may not add to ``normal``: it holds none of their evidence."""
        return frozenset(
            intent for intent, words in self.evidence.items() if words.search(normal) is None
        )

    @property
    def versions(self) -> dict[str, int]:
        """The ``version`` of each language's lexicon file."""
        return {lexicon.language: lexicon.version for lexicon in self.lexicons}

    def _plain_currency(self, language: str, normal: str) -> str:
        """The currency of plain ``元``/``$`` in a message of ``language`` when the account's is
        not known: a dialect's (Cantonese in Traditional Chinese: HKD) when its words are
        there, else the language's."""
        for code, markers in self.dialect_currencies.get(language, ()):
            if markers.search(normal) is not None:
                return code
        return self.default_currencies.get(language, "CNY")

    def detect_language(self, text: str) -> str:
        """``zh_Hant``, ``zh_Hans`` or ``en``, guessed from the characters of ``text``."""
        if not any("\u3400" <= character <= "\u9fff" for character in text):
            return "en"
        return chinese_script().guess(text) or "zh_Hans"

    def interpret(
        self,
        text: str,
        language: str | None = None,
        today: date | datetime | None = None,
        tz: tzinfo | str | None = None,
        currency: str | None = None,
    ) -> Interpretation:
        """Understand one message.

        Args:
            text: The message exactly as the debtor sent it (any length; emoji welcome).
            language: ``zh_Hans``, ``zh_Hant``, ``en`` or a tag such as ``zh-TW``; ``None``
                guesses it from the text.
            today: The debtor's today: a ``date``, or an aware ``datetime`` converted to
                ``tz``. Relative dates ("明天", "next Friday") resolve against it; without it,
                only absolute dates with a year resolve.
            tz: The debtor's time zone (``Asia/Shanghai``), used with a ``datetime`` ``today``.
            currency: What a plain ``元``, ``块``, ``$`` or "dollars" means for this debtor (the
                account's currency); by default the language's own (``塊`` is TWD in zh_Hant).
                Explicit words (``人民币``, ``NT$``, ``美元``) keep their own currency.

        Raises:
            DomainError: ``language`` names a language negotiator does not speak.
        """
        if language is None:
            code = self.detect_language(text)
        elif language in self.default_currencies:
            code = language
        else:
            normalized = normalize_language(language)
            if normalized is None:
                raise DomainError(f"unsupported language {language!r} (use zh_Hans, zh_Hant, en)")
            code = normalized
        day = _resolve_today(today, tz) if today is not None else None
        hesitant = _HESITATION.fullmatch(text)
        if hesitant is not None:
            # "嗯……" trails off: not the "嗯" that says yes (normalising drops the dots).
            cue = Cue(Intent.AGREE.value, hesitant.group(1), "builtin.hesitation", "hesitant")
            return Interpretation(text, code, Intent.UNKNOWN, (), None, None, None, 0.0, (cue,))
        normal = self.normalize(text)
        reading = Reading(
            text=text,
            normal=normal,
            language=code,
            default_currency=currency or self._plain_currency(code, normal),
            today=day,
        )
        understood = resolve(
            reading,
            matcher=self.matcher,
            contexts=self.contexts,
            amounts=self.amounts,
            dates=self.dates if day is not None else None,
        )
        if (
            (self.model is not None or self.meaning is not None)
            and not _bare_figure(normal)
            and not _said_nothing(understood)
        ):
            # (a figure or a date of birth with hardly a word, "1991-01-01", "it's 1951年7月10日",
            # is nothing for a model to read: retrained on blind7 and blind8, the models read such
            # dates as a lawyer or a dispute, and the simulator's debtors were handed over)
            unsupported = _Unsupported(self.evidence, normal)
            if self.model is not None:
                understood = self.model.consult(understood, normal, unsupported)
            if self.meaning is not None:
                consulted = self.meaning.unsure(understood)
                understood = self.meaning.consult(understood, text, unsupported)
                if self.model is not None:
                    understood = corroborate(
                        understood, normal, text, unsupported, self.model, self.meaning
                    )
                if consulted:
                    understood = warning_sign_read_alone(
                        understood, text, unsupported, self.meaning
                    )
                understood = safety_read_when_sure(understood, text, self.meaning)
            understood = counted_beside(understood, self.matcher.waiting)
            if day is not None:
                understood = paid_on(understood, normal, self.dates, day)
        return settle_day(understood, normal, day, self.dates, self.amounts)
