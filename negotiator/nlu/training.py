"""Training the n-gram model (``negotiator nlu train``) and choosing its thresholds.

The model learns from the labelled corpus files listed in :data:`TRAINING_FILES` (in
``tests/nlu_corpus/``) and the synthetic warning-sign messages of :data:`SYNTHETIC`: each message,
normalised exactly as the interpreter normalises it, counts its character n-grams for its
labelled ``intent`` (and, with ``signals=True``, once more for each labelled signal). Counting is
deterministic: the same files give the same data file, byte for byte.

:func:`cross_validate` measures how the model generalises: the messages are split into ``k``
folds (by a stable hash of their id), each fold is read by a model trained on the others, and the
held-out probabilities are combined with the lexicons' own readings the way the interpreter
combines them. The thresholds in the shipped file were chosen from those held-out figures, never
from a file nobody has seen yet.

The meaning head (:mod:`negotiator.nlu.meaning`) learns from the same files: every message, as the
debtor wrote it, is embedded by the sentence encoder, and a multinomial logistic regression
(scikit-learn's, L2-regularised with :data:`MEANING_C`) is fitted on the vectors and the labelled
intents (:func:`fit_meaning`). :func:`cross_validate` then also reads every held-out message with
a head fitted on the other folds, after the n-gram model, as the interpreter does.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from negotiator.nlu.evaluation import CorpusItem, EvaluationReport, Rate, score
from negotiator.nlu.interpretation import Intent
from negotiator.nlu.interpreter import Interpreter
from negotiator.nlu.meaning import (
    DIMENSIONS,
    ENCODER_PACKAGE,
    Encoder,
    MeaningHead,
    MeaningModel,
    embed,
    encoder_version,
)
from negotiator.nlu.meaning import FORMAT as MEANING_FORMAT
from negotiator.nlu.ngram import FORMAT, NgramModel, Thresholds, ngrams, usable

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

ORDERS: Final = (1, 2, 3)
ALPHA: Final = 0.02
MIN_COUNT: Final = 1
"""An n-gram must occur in at least this many messages to be kept."""
TEMPERATURE: Final = 12.0
KIND: Final = "multinomial"
SHRINK: Final = 0.5
FALLBACK: Final = 0.7
SAFETY: Final = {
    Intent.SELF_HARM_RISK: 0.9,
    Intent.OPT_OUT: 0.7,
    Intent.REQUEST_HUMAN: 0.5,
    Intent.DISPUTE_NOT_MINE: 0.6,
    Intent.DISPUTE_AMOUNT: 0.7,
}
"""Default thresholds (chosen by cross-validation; see ``tests/nlu_corpus/README.md``)."""
HEADS: Final = {Intent.SELF_HARM_RISK: 0.8}
"""One-against-the-rest heads and their thresholds (chosen likewise)."""
HEAD_SHRINK: Final = 0.0
"""The heads' unseen-n-gram penalty is not shrunk: a message of words the rest never used leans
towards the (smaller) intent, which is the side a safety head should err on."""
TRAINING_FILES: Final = (
    "dev.jsonl",
    "dev2.jsonl",
    "test.jsonl",
    "fresh.jsonl",
    "unseen.jsonl",
    "blind2.jsonl",
    "blind3.jsonl",
    "blind4.jsonl",
    "blind5.jsonl",
    "blind6.jsonl",
    "coverage1.jsonl",
    "blind7.jsonl",
    "blind8.jsonl",
    "blind9.jsonl",
    "blind10.jsonl",
    "blind11.jsonl",
    "blind12.jsonl",
    "blind13.jsonl",
    "blind14.jsonl",
    "blind15.jsonl",
    "blind16.jsonl",
    "blind17.jsonl",
    "blind18.jsonl",
    "blind19.jsonl",
    "blind20.jsonl",
    "blind21.jsonl",
    "blind22.jsonl",
    "blind23.jsonl",
    "blind24.jsonl",
    "blind25.jsonl",
    "blind26.jsonl",
    "blind27.jsonl",
    "blind28.jsonl",
    "blind29.jsonl",
    "blind30.jsonl",
    "blind31.jsonl",
    "blind32.jsonl",
    "blind33.jsonl",
    "blind34.jsonl",
    "blind35.jsonl",
    "blind36.jsonl",
    "blind37.jsonl",
    "blind38.jsonl",
    "blind39.jsonl",
    "blind40.jsonl",
    "blind41.jsonl",
    "blind42.jsonl",
    "blind43.jsonl",
    "blind44.jsonl",
    "blind45.jsonl",
    "blind46.jsonl",
    "blind47.jsonl",
    "blind48.jsonl",
    "blind49.jsonl",
    "blind50.jsonl",
    "blind51.jsonl",
    "blind52.jsonl",
    "blind53.jsonl",
    "blind54.jsonl",
    "blind55.jsonl",
    "blind56.jsonl",
    "blind57.jsonl",
    "blind58.jsonl",
    "blind59.jsonl",
    "blind60.jsonl",
    "blind61.jsonl",
    "blind62.jsonl",
    "blind63.jsonl",
    "blind64.jsonl",
    "blind65.jsonl",
    "blind66.jsonl",
    "blind67.jsonl",
    "blind68.jsonl",
    "blind69.jsonl",
    "blind70.jsonl",
    "blind71.jsonl",
    "blind72.jsonl",
    "blind73.jsonl",
    "blind74.jsonl",
    "blind75.jsonl",
    "blind76.jsonl",
    "blind77.jsonl",
    "blind78.jsonl",
    "blind79.jsonl",
    "blind80.jsonl",
    "blind81.jsonl",
    "blind82.jsonl",
    "blind83.jsonl",
    "blind84.jsonl",
    "blind85.jsonl",
    "blind86.jsonl",
    "blind87.jsonl",
    "blind88.jsonl",
    "blind89.jsonl",
    "blind90.jsonl",
    "blind91.jsonl",
    "blind92.jsonl",
    "blind93.jsonl",
    "blind94.jsonl",
    "blind95.jsonl",
    "blind96.jsonl",
    "blind97.jsonl",
    "blind98.jsonl",
    "blind99.jsonl",
    "blind100.jsonl",
    "blind101.jsonl",
    "blind102.jsonl",
    "blind103.jsonl",
    "blind104.jsonl",
    "blind105.jsonl",
    "blind106.jsonl",
)
"""The corpus files the shipped model learns from, by name. A file that is not listed, such as a
blind split waiting for its one measurement, is never read by ``negotiator nlu train``: add it
here once it has been measured."""
MEANING_C: Final = 10.0
"""The meaning head's inverse regularisation strength (chosen by leave-one-file-out
cross-validation over 1, 3, 10, 30, 100 on the training files)."""
CONSULT_BELOW: Final = 0.75
"""The meaning model is consulted when the reading's confidence is below this (or it is
``unknown``)."""
MEANING_MINIMUM: Final = 0.5
"""The meaning head's best intent counts from this probability. Both thresholds were chosen by
leave-one-file-out cross-validation on the training files (pooled intent accuracy, ties to the
smaller change)."""
MEANING_DIGITS: Final = 6
"""Significant digits of the head's weights in its data file (far below any effect on a
probability; keeps the file small and its diffs readable)."""
SYNTHETIC: Final = Path(__file__).resolve().parent / "model" / "synthetic.jsonl"
"""Messages written from the lexicons' warning-sign families, not by debtors (``model/README.md``);
the model learns from them too, so that a family with few corpus examples still weighs."""


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled message, normalised."""

    id: str
    language: str
    normal: str
    labels: tuple[Intent, ...]
    """The intent first, then the labelled signals."""


def examples(items: Iterable[CorpusItem], normalize: Callable[[str], str]) -> list[Example]:
    """The corpus items as training examples (``normalize``: the interpreter's normaliser)."""
    return [
        Example(
            item.id,
            item.lang,
            normalize(item.text),
            (item.intent, *(s for s in item.signals if s is not item.intent)),
        )
        for item in items
    ]


def fit(
    training: Sequence[Example],
    *,
    synthetic: Sequence[Example] = (),
    orders: Sequence[int] = ORDERS,
    alpha: float = ALPHA,
    min_count: int = MIN_COUNT,
    signals: bool = False,
    kind: str = KIND,
    shrink: float = SHRINK,
    head_shrink: float = HEAD_SHRINK,
    temperature: float = TEMPERATURE,
    fallback: float = FALLBACK,
    safety: Mapping[Intent, float] | None = None,
    heads: Mapping[Intent, float] | None = None,
    info: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The data file (JSON-ready) of a model trained on ``training``.

    ``synthetic`` messages are counted in columns of their own, past the classes:
    ``synthetic:<intent>`` for a head's intent and ``synthetic:other`` for everything else. Only
    the heads read them (:meth:`~negotiator.nlu.ngram.NgramModel.from_data`).
    """
    labels = [ex.labels if signals else ex.labels[:1] for ex in training]
    classes = sorted({label for row in labels for label in row}, key=lambda i: i.value)
    index = {intent: position for position, intent in enumerate(classes)}
    thresholds = safety if safety is not None else SAFETY
    wanted = heads if heads is not None else HEADS
    one_against_rest = {intent: value for intent, value in wanted.items() if intent in index}
    columns = [f"synthetic:{intent.value}" for intent in one_against_rest]
    columns = [*columns, "synthetic:other"] if synthetic else []
    rows: list[tuple[int, ...]] = [tuple(index[label] for label in row) for row in labels]
    for ex in synthetic:
        name = f"synthetic:{ex.labels[0].value}"
        rows.append((len(classes) + columns.index(name if name in columns else columns[-1]),))
    grams = [
        Counter(g for g in ngrams(ex.normal, orders) if usable(g)) for ex in (*training, *synthetic)
    ]
    spread = Counter(g for bag in grams for g in bag)
    kept = {g for g, n in spread.items() if n >= min_count}
    counts: dict[str, Counter[int]] = {}
    totals = [0] * (len(classes) + len(columns))
    documents = [0] * (len(classes) + len(columns))
    for bag, row in zip(grams, rows, strict=True):
        for position in row:
            documents[position] += 1
            for gram, n in bag.items():
                if gram in kept:
                    counts.setdefault(gram, Counter())[position] += n
                    totals[position] += n
    return {
        "format": FORMAT,
        "kind": kind,
        "shrink": shrink,
        "head_shrink": head_shrink,
        "orders": list(orders),
        "alpha": alpha,
        "temperature": temperature,
        "thresholds": {
            "fallback": fallback,
            "safety": {i.value: v for i, v in thresholds.items() if i in index},
            "heads": {i.value: v for i, v in one_against_rest.items()},
        },
        "classes": [c.value for c in classes],
        "columns": columns,
        "documents": documents,
        "totals": totals,
        "info": dict(info or {}),
        "counts": {
            gram: [n for pair in sorted(counts[gram].items()) for n in pair]
            for gram in sorted(counts)
        },
    }


def fold_of(example_id: str, k: int) -> int:
    """A stable fold for ``example_id`` (the same on every machine and run)."""
    return int(hashlib.sha256(example_id.encode()).hexdigest()[:8], 16) % k


@dataclass(slots=True)
class CrossValidation:
    """Held-out figures of the lexicons with the model (see :func:`cross_validate`).

    Attributes:
        lexicons: The lexicons alone on every message.
        combined: The lexicons with a model that never saw the message.
        added_right: Intents the model added that the label has, by intent (``fallback`` for
            intents it chose for an ``unknown`` reading).
        added_wrong: Intents the model added that the label does not have, likewise.
        model_alone: How often the model's best intent alone is the labelled one.
        with_meaning: The lexicons with the model and a meaning head that never saw the message
            (empty when cross-validated without an encoder).
        meaning_alone: How often the meaning head's best intent alone is the labelled one.
        meaning_consulted: How many messages the meaning model was consulted on.
        meaning_right: Intents the meaning model added that the label has (``meaning_wrong``:
            that it does not have).
    """

    lexicons: EvaluationReport = field(default_factory=EvaluationReport)
    combined: EvaluationReport = field(default_factory=EvaluationReport)
    added_right: Counter[str] = field(default_factory=Counter)
    added_wrong: Counter[str] = field(default_factory=Counter)
    model_alone: Rate = field(default_factory=Rate)
    with_meaning: EvaluationReport = field(default_factory=EvaluationReport)
    meaning_alone: Rate = field(default_factory=Rate)
    meaning_consulted: int = 0
    meaning_right: Counter[str] = field(default_factory=Counter)
    meaning_wrong: Counter[str] = field(default_factory=Counter)


def cross_validate(
    interpreter: Interpreter,
    items: Sequence[CorpusItem],
    today: date,
    *,
    folds: int = 10,
    by_file: bool = False,
    synthetic: Sequence[CorpusItem] = (),
    encoder: Encoder | None = None,
    vectors: npt.NDArray[np.float32] | None = None,
    meaning_options: Mapping[str, Any] | None = None,
    **options: Any,
) -> CrossValidation:
    """Read every item with the lexicons and a model trained without it (module docstring).

    Args:
        interpreter: Its lexicons are used; its own model is not.
        items: The labelled messages.
        today: The evaluation's today.
        folds: The number of folds (ignored with ``by_file``).
        by_file: One fold per corpus file (the id's prefix, ``blind2-...``): each file is read
            by a model trained on the others, as a new blind file would be.
        synthetic: Synthetic messages, learnt by the heads of every fold and never scored.
        encoder: The meaning model's sentence encoder: with it, every fold also fits a meaning
            head (:func:`fit_meaning`) and ``with_meaning`` scores the three together.
        vectors: The encoder's vectors of ``items``, if the caller has them already (they are
            embedded here otherwise: a minute or two for the whole corpus).
        meaning_options: Passed to :func:`fit_meaning` (``c``, ``consult_below``, ``minimum``).
        options: Passed to :func:`fit` (thresholds, alpha, ...).

    A message whose text is also in the held-out fold is left out of that fold's training, so
    a sentence copied between files does not count as generalisation.
    """
    lexicons = replace(interpreter, model=None, meaning=None)
    data = examples(items, interpreter.normalize)
    written = examples(synthetic, interpreter.normalize)
    if encoder is not None and vectors is None:
        vectors = embed(encoder, [item.text for item in items])

    def fold(example: Example) -> str:
        return example.id.split("-")[0] if by_file else str(fold_of(example.id, folds))

    result = CrossValidation()
    for name in sorted({fold(ex) for ex in data}):
        held = {ex.normal for ex in data if fold(ex) == name}
        kept = [i for i, ex in enumerate(data) if fold(ex) != name and ex.normal not in held]
        training = [data[i] for i in kept]
        if not training:
            continue
        model = NgramModel.from_data(fit(training, synthetic=written, **options))
        meaning = None
        labels = [data[i].labels[0] for i in kept]
        if encoder is not None and vectors is not None and len(set(labels)) > 1:
            head = fit_meaning(vectors[kept], labels, **(meaning_options or {}))
            meaning = MeaningModel(MeaningHead.from_data(head), encoder)
        for index, (item, ex) in enumerate(zip(items, data, strict=True)):
            if fold(ex) != name:
                continue
            day = item.today or today
            alone = lexicons.interpret(item.text, item.lang, today=day)
            unsupported = lexicons.unsupported(ex.normal)
            both = model.consult(alone, ex.normal, unsupported)
            score(result.lexicons, item, alone)
            score(result.combined, item, both)
            if encoder is not None and meaning is None:  # one intent to learn: no head
                score(result.with_meaning, item, both)
            if meaning is not None and vectors is not None:
                chances = meaning.head.probabilities(vectors[index])
                best_meaning = max(chances, key=lambda i: chances[i])
                result.meaning_alone = result.meaning_alone.add(best_meaning is item.intent)
                consulted = meaning.unsure(both) and bool(item.text.strip())
                three = meaning.decide(both, chances, unsupported) if consulted else both
                result.meaning_consulted += consulted
                score(result.with_meaning, item, three)
                for intent in set(three.signals) - set(both.signals):
                    right = intent in item.wanted()
                    (result.meaning_right if right else result.meaning_wrong)[intent.value] += 1
            chances = model.probabilities(ex.normal) or {}
            best = max(chances, key=lambda i: chances[i]) if chances else Intent.UNKNOWN
            result.model_alone = result.model_alone.add(best is item.intent)
            for intent in set(both.signals) - set(alone.signals):
                name_ = "fallback" if alone.intent is Intent.UNKNOWN else intent.value
                if intent in item.wanted():
                    result.added_right[name_] += 1
                else:
                    result.added_wrong[name_] += 1
    return result


def fit_meaning(
    vectors: npt.NDArray[np.float32],
    labels: Sequence[Intent],
    *,
    c: float = MEANING_C,
    consult_below: float = CONSULT_BELOW,
    minimum: float = MEANING_MINIMUM,
    info: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The meaning head's data file (JSON-ready): a multinomial logistic regression of
    ``labels`` on the encoder's ``vectors`` (one row per message).

    Deterministic: the same vectors and labels give the same file (L-BFGS from zero weights).

    Raises:
        RuntimeError: scikit-learn is not installed (it comes with the ``dev`` extra).
    """
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - the dev extra installs it
        raise RuntimeError(
            "fitting the meaning head needs scikit-learn: pip install -e '.[dev]'"
        ) from exc
    import numpy as np

    if vectors.shape != (len(labels), DIMENSIONS):
        raise ValueError(f"{vectors.shape} vectors for {len(labels)} labels")
    if len(set(labels)) < 2:
        raise ValueError("the meaning head needs messages of at least two intents")
    names = np.array([label.value for label in labels])
    regression = LogisticRegression(C=c, max_iter=3000)
    regression.fit(vectors.astype(np.float64), names)
    classes = [str(name) for name in regression.classes_]
    coef = np.asarray(regression.coef_, dtype=np.float64)
    intercept = np.asarray(regression.intercept_, dtype=np.float64)
    if len(classes) == 2:  # a binary fit has one row: the second class against the first
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])

    def rounded(value: float) -> float:
        return float(f"{value:.{MEANING_DIGITS}g}")

    return {
        "format": MEANING_FORMAT,
        "encoder": {
            "package": ENCODER_PACKAGE,
            "version": encoder_version() or "",
            "dimensions": DIMENSIONS,
            "tokenizer": "sentencepiece",
        },
        "regularisation": c,
        "thresholds": {"consult_below": consult_below, "minimum": minimum},
        "info": dict(info or {}),
        "classes": classes,
        "bias": [rounded(x) for x in intercept],
        "weights": [[rounded(x) for x in row] for row in coef],
    }


def write_meaning(data: Mapping[str, Any], path: Path) -> None:
    """Write a meaning head data file: keys in a fixed order, one class's weights per line."""
    head = {key: value for key, value in data.items() if key != "weights"}
    lines = [json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "weights": [']
    rows = list(data["weights"])
    for position, row in enumerate(rows):
        comma = "," if position < len(rows) - 1 else ""
        lines.append(json.dumps(row) + comma)
    lines.append("]}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def with_thresholds(
    model: NgramModel,
    fallback: float,
    safety: Mapping[Intent, float],
    heads: Mapping[Intent, float] | None = None,
) -> NgramModel:
    """``model`` with other thresholds (for sweeps); a head keeps its threshold unless given."""
    kept = dict(model.thresholds.heads if heads is None else heads)
    return replace(model, thresholds=Thresholds(fallback, dict(safety), kept))


def corpus_files(directory: Path, names: Sequence[str] = TRAINING_FILES) -> list[Path]:
    """The corpus files called ``names`` that ``directory`` holds, in that order.

    Only listed files are read: a file dropped into the directory (a new blind split) is not
    trained on until someone lists it.
    """
    return [directory / name for name in names if (directory / name).is_file()]


def write(data: Mapping[str, Any], path: Path) -> None:
    """Write a model data file: compact JSON, keys in a fixed order, one n-gram per line."""
    head = {key: value for key, value in data.items() if key != "counts"}
    lines = [json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "counts": {']
    grams = list(data["counts"].items())
    for position, (gram, pairs) in enumerate(grams):
        comma = "," if position < len(grams) - 1 else ""
        lines.append(json.dumps(gram, ensure_ascii=False) + ": " + json.dumps(pairs) + comma)
    lines.append("}}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
