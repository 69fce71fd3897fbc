"""A statistical fallback and safety net: a character n-gram Naive Bayes over normalised text.

The lexicons understand what their phrases say and nothing else; a message in words nobody wrote
down is ``unknown``, and an indirect warning sign ("wrote my goodbye letters") is missed. This
model, trained from the labelled corpus (``negotiator nlu train``, data file
``negotiator/nlu/model/ngram.json``), reads the same normalised text as a bag of character
1-3-grams and gives a probability for every intent. The interpreter uses it in two ways
(:meth:`NgramModel.consult`):

1. **Fallback**: when no lexicon phrase matched at all (the reading is ``unknown`` and has no
   cue, not even a negated or reported one, nor a filler such as "lol"), the most probable
   intent is taken if its probability reaches ``fallback`` (and it is not ``unknown``).
2. **Safety net**: a safety intent whose probability reaches its threshold is added to the
   signals even when the lexicons found something else; safety intents come first, so it wins.

Never against the lexicon's context rules: an intent whose cue the lexicon found but suppressed
(negated, reported: "我不会自杀的", "my brother said he'd call the police") is not added back by
the model. Every addition is reported as a :class:`~negotiator.nlu.interpretation.Cue` whose rule
reads ``model:self_harm_risk(0.91)`` and whose text lists the n-grams that weighed most, and the
confidence of an intent the model chose is its probability scaled down by
:data:`MODEL_CONFIDENCE` (a guess is never as sure as a phrase).

Cheap by construction (pure Python, no numpy): Naive Bayes in its sparse form,

    score(c) = log P(c) + k * log P(unseen | c) + sum over the message's known n-grams of
               log((count(g, c) + alpha) / alpha)

needs, per n-gram, only the classes it was seen with. Those terms are quantised to integers and
packed, one 32-bit field per class (plus one field counting known n-grams), into a single Python
``int`` per n-gram, so scoring a message is one C-level pass: slice the n-grams, look each up in
a dict, ``sum`` the packed integers; then the fields are unpacked once.
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from negotiator.errors import DataFileError, Problem
from negotiator.nlu.interpretation import INTENT_PRIORITY, Cue, Intent, Interpretation

FORMAT: Final = 1
"""Version of the data file layout (not of its contents)."""
PACKAGED_MODEL: Final = Path(__file__).resolve().parent / "model" / "ngram.json"
"""The model shipped with negotiator."""
MODEL_CONFIDENCE: Final = 0.8
"""An intent chosen by the model has confidence ``probability * MODEL_CONFIDENCE``."""
_FIELD_BITS: Final = 32
_FIELD_MASK: Final = (1 << _FIELD_BITS) - 1
_SCALE: Final = 64
"""Quantisation: a log-ratio ``x`` is stored as ``round(x * _SCALE)``."""
_LONG: Final = 2000
"""Longer messages are read from their first and last ``_LONG // 2`` characters."""
_SLICES_CACHED: Final = 512
_LEXICON_RULES: Final = ("en.", "zh_Hans.", "zh_Hant.")
"""Cue rules that come from a lexicon entry (built-in rules start with ``builtin.``)."""


def ngrams(text: str, orders: Sequence[int]) -> Iterator[str]:
    """The character n-grams of ``" " + text + " "`` (the spaces mark word edges)."""
    padded = f" {text} "
    for n in orders:
        for start in range(len(padded) - n + 1):
            yield padded[start : start + n]


def usable(gram: str) -> bool:
    """Whether ``gram`` may be a feature: not only spaces."""
    return not gram.isspace()


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the model's opinion counts.

    Attributes:
        fallback: Minimum probability of the best intent for an ``unknown`` reading.
        safety: For each safety intent, the probability from which it is added as a signal.
    """

    fallback: float
    safety: Mapping[Intent, float]


@dataclass(frozen=True, slots=True)
class NgramModel:
    """A trained, packed character n-gram Naive Bayes. Immutable; share one instance.

    Attributes:
        classes: The intents it can name, in field order.
        orders: The n-gram lengths it reads (``(1, 2, 3)``).
        table: Each known n-gram's packed integer (see the module docstring).
        prior: ``log P(c) / temperature`` for each class.
        unseen: ``log P(unseen n-gram | c) / temperature`` for each class.
        temperature: Scores are divided by it before the softmax (Naive Bayes counts correlated
            overlapping n-grams as independent evidence and is overconfident; tuned by
            cross-validation).
        thresholds: When a probability counts (tuned by cross-validation).
        info: What the data file says about how it was trained (files, cross-validation).
    """

    classes: tuple[Intent, ...]
    orders: tuple[int, ...]
    table: dict[str, int]
    prior: tuple[float, ...]
    unseen: tuple[float, ...]
    temperature: float
    thresholds: Thresholds
    info: Mapping[str, Any] = field(default_factory=dict)
    _slices: dict[int, list[slice]] = field(default_factory=dict, repr=False, compare=False)

    # ---- building -------------------------------------------------------------------------

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> NgramModel:
        """The model described by a data file's JSON (see :mod:`negotiator.nlu.training`)."""
        classes = tuple(Intent(name) for name in data["classes"])
        alpha = float(data["alpha"])
        totals = [int(n) for n in data["totals"]]
        documents = [int(n) for n in data["documents"]]
        vocabulary = len(data["counts"])
        all_documents = sum(documents)
        prior = tuple(math.log(n / all_documents) if n else -1e9 for n in documents)
        unseen = tuple(math.log(alpha / (total + alpha * vocabulary)) for total in totals)
        # Shrink each class's penalty for an n-gram it never saw towards the mean: unshrunk,
        # small classes (self-harm) win every message made of common n-grams.
        shrink = float(data.get("shrink", 0.0))
        mean = sum(unseen) / len(unseen)
        unseen = tuple(u * (1 - shrink) + mean * shrink for u in unseen)
        complement = data.get("kind", "multinomial") == "complement"
        if complement:  # Complement NB: each class is scored by how unlike the rest it is
            everything = sum(totals)
            unseen = tuple(math.log(everything - total + alpha * vocabulary) for total in totals)
        table: dict[str, int] = {}
        for gram, pairs in data["counts"].items():
            packed = 1  # field 0 counts the known n-grams
            seen = sum(pairs[1::2])
            for index in range(0, len(pairs), 2):
                count = pairs[index + 1]
                if complement:
                    ratio = math.log((seen + alpha) / (seen - count + alpha))
                else:
                    ratio = math.log((count + alpha) / alpha)
                packed |= round(ratio * _SCALE) << (_FIELD_BITS * (pairs[index] + 1))
            table[gram] = packed
        raw = data["thresholds"]
        thresholds = Thresholds(
            fallback=float(raw["fallback"]),
            safety={Intent(name): float(value) for name, value in raw["safety"].items()},
        )
        temperature = float(data["temperature"])
        return cls(
            classes=classes,
            orders=tuple(int(n) for n in data["orders"]),
            table=table,
            prior=tuple(x / temperature for x in prior),
            unseen=tuple(x / temperature for x in unseen),
            temperature=temperature,
            thresholds=thresholds,
            info=data.get("info", {}),
        )

    @classmethod
    def load(cls, path: Path = PACKAGED_MODEL) -> NgramModel:
        """Read a data file written by ``negotiator nlu train``.

        Raises:
            DataFileError: the file cannot be read or is not a model of this format.
        """
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataFileError([Problem(str(path), None, "", f"cannot read: {exc}")]) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            message = f"not an n-gram model of format {FORMAT}; run `negotiator nlu train`"
            raise DataFileError([Problem(str(path), None, "format", message)])
        try:
            return cls.from_data(data)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            problem = Problem(str(path), None, "", f"invalid model: {exc!r}")
            raise DataFileError([problem]) from exc

    # ---- reading --------------------------------------------------------------------------

    def _grams(self, text: str) -> Iterator[str]:
        padded = f" {text} "
        size = len(padded)
        slices = self._slices.get(size)
        if slices is None:
            slices = [slice(i, i + n) for n in self.orders for i in range(size - n + 1)]
            if size <= _SLICES_CACHED:
                self._slices[size] = slices
        return map(padded.__getitem__, slices)

    def probabilities(self, normal: str) -> dict[Intent, float] | None:
        """``P(intent | text)`` for every class, or ``None`` when no n-gram is known.

        Args:
            normal: The message as the interpreter normalised it.
        """
        if len(normal) > _LONG:
            normal = normal[: _LONG // 2] + " " + normal[-_LONG // 2 :]
        packed = sum(filter(None, map(self.table.get, self._grams(normal))))
        if not packed:
            return None
        size = len(self.classes) + 1
        known, *fields = struct.unpack(f"<{size}I", packed.to_bytes(size * 4, "little"))
        scale = _SCALE * self.temperature
        scores = [
            base + known * penalty + field / scale
            for base, penalty, field in zip(self.prior, self.unseen, fields, strict=True)
        ]
        top = max(scores)
        weights = [math.exp(score - top) for score in scores]
        total = sum(weights)
        return {intent: w / total for intent, w in zip(self.classes, weights, strict=True)}

    def explain(self, normal: str, intent: Intent, count: int = 3) -> list[str]:
        """The n-grams of ``normal`` that speak most for ``intent`` over every other class."""
        mine = self.classes.index(intent)
        weights: dict[str, int] = {}
        for gram in self._grams(normal):
            packed = self.table.get(gram)
            if packed is not None:
                fields = [
                    (packed >> (_FIELD_BITS * (i + 1))) & _FIELD_MASK
                    for i in range(len(self.classes))
                ]
                own = fields.pop(mine)
                weights[gram.strip()] = own - max(fields, default=0)
        ranked = sorted(weights.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
        return [gram for gram, weight in ranked[:count] if weight > 0]

    def consult(self, reading: Interpretation, normal: str) -> Interpretation:
        """``reading`` with the model's fallback intent and safety signals added (module doc).

        Args:
            reading: What the lexicons understood.
            normal: The normalised text ``reading`` was made from.
        """
        probabilities = self.probabilities(normal)
        if probabilities is None:
            return reading
        present = set(reading.signals)
        blocked = {cue.signal for cue in reading.cues if cue.suppressed is not None}
        added: dict[Intent, float] = {}
        for intent, threshold in self.thresholds.safety.items():
            chance = probabilities.get(intent, 0.0)
            if chance >= threshold and intent not in present and intent.value not in blocked:
                added[intent] = chance
        silent = not any(cue.rule.startswith(_LEXICON_RULES) for cue in reading.cues)
        if reading.intent is Intent.UNKNOWN and silent:
            best = max(probabilities, key=lambda intent: probabilities[intent])
            chance = probabilities[best]
            if (
                best is not Intent.UNKNOWN
                and chance >= self.thresholds.fallback
                and best.value not in blocked
            ):
                added.setdefault(best, chance)
        if not added:
            return reading
        signals = tuple(i for i in INTENT_PRIORITY if i in present or i in added)
        intent = signals[0]
        confidence = reading.confidence
        if intent in added:
            confidence = round(added[intent] * MODEL_CONFIDENCE, 3)
        cues = reading.cues + tuple(
            Cue(
                intent.value,
                " | ".join(self.explain(normal, intent)),
                f"model:{intent.value}({chance:.2f})",
            )
            for intent, chance in sorted(added.items(), key=lambda kv: -kv[1])
        )
        return replace(reading, intent=intent, signals=signals, confidence=confidence, cues=cues)
