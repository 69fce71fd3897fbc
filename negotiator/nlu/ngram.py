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
3. **One-against-the-rest heads** (today one, for self-harm): a second reading of the same
   n-grams with two classes only, the intent against every other message pooled. Unlike the
   main model, a head also learns from the synthetic messages written from the lexicons'
   warning-sign families (``model/synthetic.jsonl``, see ``model/README.md``): added to the main
   model they would make self-harm a large class that outbids opt-outs and disputes, while the
   head only weighs the one decision, and is read with its own threshold.

Never against the lexicon's context rules: an intent whose cue the lexicon found but suppressed
(negated, reported, figurative: "我不会自杀的", "my brother said he'd call the police", "累死了")
is not added back by the model. Every addition is reported as a
:class:`~negotiator.nlu.interpretation.Cue` whose rule reads ``model:self_harm_risk(0.91)`` (a
head's: ``model:self_harm_risk(0.83 against the rest)``) and whose text lists the n-grams that
weighed most, and the
confidence of an intent the model chose is its probability scaled down by
:data:`~negotiator.nlu.additions.MODEL_CONFIDENCE` (a guess is never as sure as a phrase).

Cheap by construction (pure Python, no numpy): Naive Bayes in its sparse form,

    score(c) = log P(c) + k * log P(unseen | c) + sum over the message's known n-grams of
               log((count(g, c) + alpha) / alpha)

needs, per n-gram, only the classes it was seen with. Those terms are quantised to integers and
packed, one 32-bit field per class (plus one field counting the n-grams the main model knows,
one counting those any head knows, and two per head: the intent and its pooled rest), into a
single Python ``int`` per n-gram, so scoring a message is one C-level pass: slice the n-grams,
look each up in a dict, ``sum`` the packed integers; then the fields are unpacked once. A head
costs fields, not another pass. (The lookups are the cost: a known trigram's entry of a second
dict holds its own packed value plus those of the two shorter n-grams starting where it does,
so most positions take one lookup instead of three.)
"""

from __future__ import annotations

import math
import struct
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, compress
from operator import not_
from pathlib import Path
from typing import Any, Final, cast

from negotiator.datafile import read_json
from negotiator.errors import DataFileError, Problem
from negotiator.nlu.additions import blocked, with_added
from negotiator.nlu.interpretation import ALONE, Cue, Intent, Interpretation

FORMAT: Final = 1
"""Version of the data file layout (not of its contents)."""
PACKAGED_MODEL: Final = Path(__file__).resolve().parent / "model" / "ngram.json"
"""The model shipped with negotiator."""
_FIELD_BITS: Final = 32
_SCALE: Final = 64
"""Quantisation: a log-ratio ``x`` is stored as ``round(x * _SCALE)``."""
_LONG: Final = 2000
"""Longer messages are read from their first and last ``_LONG // 2`` characters."""
_SLICED: Final = _LONG + 3
"""Start positions whose slices are made once, shared by every message: a longer message is read
from its first and last ``_LONG // 2`` characters (padded, ``_LONG + 3``) before it is sliced."""
_TRIGRAMS: Final = (1, 2, 3)
"""The orders whose n-grams :meth:`NgramModel._packed_by_trigram` sums by trigram."""
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


@cache
def _slices_of(order: int) -> list[slice]:
    """``slice(i, i + order)`` for every start ``i`` below :data:`_SLICED`, made once per order
    and shared by every message and model (a list per message length held up to 30 MB)."""
    return [slice(i, i + order) for i in range(_SLICED)]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the model's opinion counts.

    Attributes:
        fallback: Minimum probability of the best intent for an ``unknown`` reading.
        safety: For each safety intent, the probability from which it is added as a signal.
        heads: For each intent read by a one-against-the-rest head, the head's probability from
            which it is added as a signal.
    """

    fallback: float
    safety: Mapping[Intent, float]
    heads: Mapping[Intent, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Head:
    """A one-against-the-rest reading of one intent (see the module docstring, point 3).

    Attributes:
        intent: The intent it reads.
        prior: ``log P(intent) / temperature`` and ``log P(rest) / temperature``.
        unseen: The same for an n-gram never seen with the intent, or with the rest.
    """

    intent: Intent
    prior: tuple[float, float]
    unseen: tuple[float, float]


@dataclass(frozen=True, slots=True)
class NgramModel:
    """A trained, packed character n-gram Naive Bayes. Immutable; share one instance.

    Attributes:
        classes: The intents it can name, in field order.
        orders: The n-gram lengths it reads (``(1, 2, 3)``).
        table: Each known n-gram's packed integer (see the module docstring).
        prior: ``log P(c) / temperature`` for each class.
        unseen: ``log P(unseen n-gram | c) / temperature`` for each class.
        heads: The one-against-the-rest heads, in the order of their fields.
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
    heads: tuple[Head, ...] = ()
    _leaders: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)
    _last: dict[str, Sequence[int] | None] = field(default_factory=dict, repr=False, compare=False)
    _trigrams: list[dict[str, int]] = field(default_factory=list, repr=False, compare=False)

    # ---- building -------------------------------------------------------------------------

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> NgramModel:
        """The model described by a data file's JSON (see :mod:`negotiator.nlu.training`).

        Count columns past the classes (``columns``, e.g. ``synthetic:self_harm_risk``) hold
        what only the heads learn from; the main model is exactly what it would be without them.
        """
        classes = tuple(Intent(name) for name in data["classes"])
        width = len(classes)
        columns = [str(name) for name in data.get("columns", [])]
        alpha = float(data["alpha"])
        all_totals = [int(n) for n in data["totals"]]
        all_documents = [int(n) for n in data["documents"]]
        totals, documents = all_totals[:width], all_documents[:width]
        counts: Mapping[str, list[int]] = data["counts"]
        vocabulary = sum(1 for pairs in counts.values() if pairs[0] < width)
        prior = tuple(math.log(n / sum(documents)) if n else -1e9 for n in documents)
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
        raw = data["thresholds"]
        temperature = float(data["temperature"])
        head_thresholds = {Intent(name): float(v) for name, v in raw.get("heads", {}).items()}
        # Which count columns each head counts as its own (the class, and its synthetic column).
        own_columns = [
            [classes.index(intent)]
            + [width + i for i, name in enumerate(columns) if name == f"synthetic:{intent.value}"]
            for intent in head_thresholds
        ]
        head_shrink = float(data.get("head_shrink", shrink))
        heads = tuple(
            _head(
                intent, own, all_documents, all_totals, alpha, len(counts), head_shrink, temperature
            )
            for intent, own in zip(head_thresholds, own_columns, strict=True)
        )
        known_to_heads = width + 1  # fields: known (main), classes, known (heads), head pairs
        table: dict[str, int] = {}
        # One int object per distinct packed value: n-grams seen alike (once, with one class)
        # pack alike, and 76k n-grams share 12k values (9.4 MB of ints -> 1.5 MB).
        shared: dict[int, int] = {}
        for gram, pairs in counts.items():
            packed = 0
            seen = 0
            class_seen = sum(pairs[i + 1] for i in range(0, len(pairs), 2) if pairs[i] < width)
            mine: dict[int, int] = {}
            for index in range(0, len(pairs), 2):
                column, count = pairs[index], pairs[index + 1]
                mine[column] = count
                seen += count
                if column >= width:
                    continue
                if complement:
                    ratio = math.log((class_seen + alpha) / (class_seen - count + alpha))
                else:
                    ratio = math.log((count + alpha) / alpha)
                packed |= round(ratio * _SCALE) << (_FIELD_BITS * (column + 1))
            if class_seen:
                packed |= 1  # known to the main model
            if heads:
                packed |= 1 << (_FIELD_BITS * known_to_heads)
            for position, own in enumerate(own_columns):
                count = sum(mine.get(column, 0) for column in own)
                field_at = known_to_heads + 1 + 2 * position
                for offset, n in enumerate((count, seen - count)):
                    if n:
                        ratio = math.log((n + alpha) / alpha)
                        packed |= round(ratio * _SCALE) << (_FIELD_BITS * (field_at + offset))
            # a key of its own: the parsed one sits among the parsed count lists, whose memory
            # (some 15 MB once freed) the allocator could not give back while the key lived on
            table[gram.encode().decode()] = shared.setdefault(packed, packed)
        thresholds = Thresholds(
            fallback=float(raw["fallback"]),
            safety={Intent(name): float(value) for name, value in raw["safety"].items()},
            heads=head_thresholds,
        )
        return cls(
            classes=classes,
            orders=tuple(int(n) for n in data["orders"]),
            table=table,
            prior=tuple(x / temperature for x in prior),
            unseen=tuple(x / temperature for x in unseen),
            temperature=temperature,
            thresholds=thresholds,
            info=data.get("info", {}),
            heads=heads,
        )

    @classmethod
    def load(cls, path: Path = PACKAGED_MODEL) -> NgramModel:
        """Read a data file written by ``negotiator nlu train``.

        Raises:
            DataFileError: the file cannot be read or is not a model of this format.
        """
        data = read_json(path)
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
        slices: Iterable[slice]
        if size <= _SLICED:  # the shared slices' first ones, one run per order
            slices = chain.from_iterable(_slices_of(n)[: size - n + 1] for n in self.orders)
        else:
            slices = (slice(i, i + n) for n in self.orders for i in range(size - n + 1))
        return map(padded.__getitem__, slices)

    def _fields(self, normal: str) -> Sequence[int] | None:
        """Every summed field of ``normal``'s n-grams (module docstring), or ``None`` when no
        n-gram is known at all. The last message's fields are kept: the interpreter's safety
        net and its two-model check (``corroboration.py``) read the same message in turn."""
        if normal in self._last:
            return self._last[normal]
        key = normal
        if len(normal) > _LONG:
            normal = normal[: _LONG // 2] + " " + normal[-_LONG // 2 :]
        if self.orders == _TRIGRAMS:  # (the text is no longer than the shared slices here)
            packed = self._packed_by_trigram(normal)
        else:
            packed = sum(filter(None, map(self.table.get, self._grams(normal))))
        fields: Sequence[int] | None = None
        if packed:
            size = self._field_count()
            fields = struct.unpack(f"<{size}I", packed.to_bytes(size * 4, "little"))
        self._last.clear()
        self._last[key] = fields
        return fields

    def _packed_by_trigram(self, normal: str) -> int:
        """The sum of every packed 1-, 2- and 3-gram of ``normal`` (as ``_grams`` gives them),
        looked up once per position where the model knows the trigram starting there.

        A known trigram's entry in :meth:`_by_trigram` is the sum of its own packed value and
        those of its first character and first two characters: the three n-grams starting at
        its position. The positions of an unknown trigram (about one in ten in messages the
        model never saw), and the last two, look their n-grams up one by one. Integers add
        exactly, so the sum is the one the n-grams give one by one.
        """
        table = self.table
        padded = f" {normal} "
        size = len(padded)
        if size > _SLICED:
            return sum(filter(None, map(table.get, self._grams(normal))))
        starts = size - 2  # the positions a trigram starts at
        found = list(map(self._by_trigram().get, map(padded.__getitem__, _slices_of(3)[:starts])))
        packed = sum(filter(None, found))
        if None in found:
            unknown = list(compress(range(starts), map(not_, found)))
            grams = chain.from_iterable(map(_slices_of(n).__getitem__, unknown) for n in _TRIGRAMS)
            packed += sum(filter(None, map(table.get, map(padded.__getitem__, grams))))
        tail = (padded[starts:], padded[starts : starts + 1], padded[starts + 1 :])
        return packed + sum(filter(None, map(table.get, tail)))

    def prepare(self) -> None:
        """Make now what the first message would otherwise wait for (start-up work): the
        trigram sums, and each n-gram's leading class (12,000 distinct packed values)."""
        if self.orders == _TRIGRAMS:
            self._by_trigram()
        for packed in set(self.table.values()):
            self._leader(packed)

    def _by_trigram(self) -> dict[str, int]:
        """For every trigram the model knows, the sum of the packed values of the trigram, its
        first two characters and its first character (each that is known). Made on first use
        (about 60,000 more integers: the price of a third of the lookups)."""
        if not self._trigrams:
            table = self.table
            summed: dict[int, int] = {}  # one int object per distinct sum, as in the table
            combined: dict[str, int] = {}
            for gram, packed in table.items():
                if len(gram) == 3:
                    total = packed + table.get(gram[:2], 0) + table.get(gram[:1], 0)
                    combined[gram] = summed.setdefault(total, total)
            self._trigrams.append(combined)
        return self._trigrams[0]

    def _field_count(self) -> int:
        """Fields in a packed n-gram: known, one per class, and known + two per head."""
        return len(self.classes) + 1 + (1 + 2 * len(self.heads) if self.heads else 0)

    def _softmax(self, fields: Sequence[int]) -> dict[Intent, float] | None:
        known = fields[0]
        if not known:
            return None
        scale = _SCALE * self.temperature
        width = len(self.classes)
        scores = [
            base + known * penalty + field / scale
            for base, penalty, field in zip(
                self.prior, self.unseen, fields[1 : width + 1], strict=True
            )
        ]
        top = max(scores)
        weights = [math.exp(score - top) for score in scores]
        total = sum(weights)
        return {intent: w / total for intent, w in zip(self.classes, weights, strict=True)}

    def _heads(self, fields: Sequence[int]) -> dict[Intent, float]:
        scale = _SCALE * self.temperature
        at = len(self.classes) + 1
        known = fields[at]
        chances: dict[Intent, float] = {}
        for position, head in enumerate(self.heads):
            mine, rest = fields[at + 1 + 2 * position], fields[at + 2 + 2 * position]
            own = head.prior[0] + known * head.unseen[0] + mine / scale
            other = head.prior[1] + known * head.unseen[1] + rest / scale
            chances[head.intent] = 1.0 / (1.0 + math.exp(max(-700.0, min(700.0, other - own))))
        return chances

    def probabilities(self, normal: str) -> dict[Intent, float] | None:
        """``P(intent | text)`` for every class, or ``None`` when no n-gram is known.

        Args:
            normal: The message as the interpreter normalised it.
        """
        found = self._fields(normal)
        return None if found is None else self._softmax(found)

    def head_probabilities(self, normal: str) -> dict[Intent, float] | None:
        """``P(intent | text)`` of each one-against-the-rest head, or ``None`` as above."""
        found = self._fields(normal)
        return None if found is None or not self.heads else self._heads(found)

    def safety_chances(self, normal: str) -> dict[Intent, float]:
        """Each safety intent's chance in ``normal`` by the main model or its head, whichever is
        higher (empty when no n-gram is known): what
        :func:`~negotiator.nlu.corroboration.corroborate` weighs."""
        found = self._fields(normal)
        if found is None:
            return {}
        main = self._softmax(found) or {}
        heads = self._heads(found) if self.heads else {}
        return {
            intent: max(main.get(intent, 0.0), heads.get(intent, 0.0))
            for intent in self.thresholds.safety
        }

    def explain(
        self, normal: str, intent: Intent, count: int = 3, *, head: bool = False
    ) -> list[str]:
        """The n-grams of ``normal`` that speak most for ``intent`` over every other class (with
        ``head``, over the pooled rest of that intent's head)."""
        table = self.table
        weights: dict[str, int] = {}
        # each distinct known n-gram once (the ranking depends on no order)
        known = list(table.keys() & set(self._grams(normal)))
        if head:
            mask = (1 << _FIELD_BITS) - 1
            position = [h.intent for h in self.heads].index(intent)
            own = _FIELD_BITS * (len(self.classes) + 2 + 2 * position)
            rest = own + _FIELD_BITS
            for gram in known:
                packed = table[gram]
                weight = ((packed >> own) & mask) - ((packed >> rest) & mask)
                key = gram.strip()
                weights[key] = max(weight, weights.get(key, weight))
            return _ranked(weights, count)
        mine = self.classes.index(intent) + 1
        values = list(map(table.__getitem__, known))
        cached = list(map(self._leaders.get, values))
        if None in cached:  # (prepared, every packed value's leader is known)
            leads = list(map(self._leader, values))
        else:
            leads = cast(list[tuple[int, int]], cached)
        for gram, (leader, margin) in zip(known, leads, strict=True):
            if leader == mine:  # else it speaks for another class more
                key = gram.strip()
                weights[key] = max(margin, weights.get(key, margin))
        return _ranked(weights, count)

    def _leader(self, packed: int) -> tuple[int, int]:
        """The class field in which an n-gram packed as ``packed`` weighs most, and by how much
        it outweighs the next (``0`` when two tie): the only class it can speak for. Worked out
        once per packed value (n-grams seen alike share one, so this stays a fraction of the
        table however many messages are explained)."""
        known = self._leaders.get(packed)
        if known is None:
            size = self._field_count()
            fields = struct.unpack(f"<{size}I", packed.to_bytes(size * 4, "little"))
            classes = fields[1 : len(self.classes) + 1]
            top = max(classes)
            leader = classes.index(top) + 1
            runner_up = max((x for i, x in enumerate(classes, 1) if i != leader), default=0)
            known = self._leaders[packed] = (leader, top - runner_up)
        return known

    def consult(
        self, reading: Interpretation, normal: str, unsupported: Container[Intent] = frozenset()
    ) -> Interpretation:
        """``reading`` with the model's fallback intent and safety signals added (module doc).

        Args:
            reading: What the lexicons understood.
            normal: The normalised text ``reading`` was made from.
            unsupported: Intents the model may not add to this message: the message holds none
                of their evidence words (``model_evidence`` in the lexicons).
        """
        found = self._fields(normal)
        if found is None:
            return reading
        probabilities = self._softmax(found) or {}
        present = set(reading.signals)
        refused = blocked(reading, ())  # and, asked only of an intent to add, ``unsupported``
        added: dict[Intent, float] = {}
        for intent, threshold in self.thresholds.safety.items():
            chance = probabilities.get(intent, 0.0)
            if (
                chance >= threshold
                and intent not in present
                and intent.value not in refused
                and intent not in unsupported
            ):
                added[intent] = chance
        notes: dict[Intent, str] = {}
        if self.heads:
            for intent, chance in self._heads(found).items():
                threshold = self.thresholds.heads.get(intent, 1.0)
                if (
                    chance >= threshold
                    and intent not in present
                    and intent not in added
                    and intent.value not in refused
                    and intent not in unsupported
                ):
                    added[intent] = chance
                    notes[intent] = " against the rest"
        # (a match waiting for another intent, suppressed "alone", said nothing: Entry.beside)
        silent = not any(
            cue.rule.startswith(_LEXICON_RULES) and cue.suppressed != ALONE for cue in reading.cues
        )
        if reading.intent is Intent.UNKNOWN and silent and probabilities:
            best = max(probabilities, key=lambda intent: probabilities[intent])
            chance = probabilities[best]
            if (
                best is not Intent.UNKNOWN
                and chance >= self.thresholds.fallback
                and best.value not in refused
                and best not in unsupported
            ):
                added.setdefault(best, chance)
        if not added:
            return reading
        cues = (
            Cue(
                intent.value,
                " | ".join(self.explain(normal, intent, head=intent in notes)),
                f"model:{intent.value}({chance:.2f}{notes.get(intent, '')})",
            )
            for intent, chance in sorted(added.items(), key=lambda kv: -kv[1])
        )
        return with_added(reading, added, cues)


def _ranked(weights: dict[str, int], count: int) -> list[str]:
    """The ``count`` n-grams that weigh most (the longer, then the first in order, of a tie),
    of those that weigh at all."""
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    return [gram for gram, weight in ranked[:count] if weight > 0]


def _head(
    intent: Intent,
    own: Sequence[int],
    documents: Sequence[int],
    totals: Sequence[int],
    alpha: float,
    vocabulary: int,
    shrink: float,
    temperature: float,
) -> Head:
    """The prior and unseen-n-gram terms of ``intent`` (count columns ``own``) against the rest."""
    mine_documents = sum(documents[i] for i in own)
    rest_documents = sum(documents) - mine_documents
    everything = mine_documents + rest_documents
    mine_total = sum(totals[i] for i in own)
    rest_total = sum(totals) - mine_total
    unseen = [math.log(alpha / (total + alpha * vocabulary)) for total in (mine_total, rest_total)]
    mean = sum(unseen) / 2
    unseen = [u * (1 - shrink) + mean * shrink for u in unseen]
    return Head(
        intent,
        (
            math.log(mine_documents / everything) / temperature,
            math.log(rest_documents / everything) / temperature,
        ),
        (unseen[0] / temperature, unseen[1] / temperature),
    )
