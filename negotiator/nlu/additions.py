"""What a model may add to the lexicons' reading: one rule for every model.

The n-gram model (:mod:`negotiator.nlu.ngram`) and the meaning model
(:mod:`negotiator.nlu.meaning`) guess; the lexicons read phrases. A guess is never added for an
intent whose cue the lexicons found but suppressed (negated, reported, figurative), nor for one
whose ``model_evidence`` words the message lacks; an added intent becomes the reading's intent
only if it ranks higher (:data:`INTENT_PRIORITY`) than the lexicons' own choice, and then its
confidence is the model's probability times :data:`MODEL_CONFIDENCE`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Final

from negotiator.nlu.interpretation import ALONE, INTENT_PRIORITY, Cue, Intent, Interpretation

MODEL_CONFIDENCE: Final = 0.8
"""An intent chosen by a model has confidence ``probability * MODEL_CONFIDENCE`` (a guess is
never as sure as a phrase)."""
RANK: Final = {intent: rank for rank, intent in enumerate(INTENT_PRIORITY)}
"""Each intent's place in :data:`INTENT_PRIORITY` (0: the most important)."""


def blocked(reading: Interpretation, unsupported: Iterable[Intent]) -> set[str]:
    """The signals a model may not add to ``reading``: those the lexicons suppressed, and the
    ``unsupported`` intents (no evidence word in the message). A match waiting for another
    intent (suppressed ``alone``: ``Entry.beside``) blocks nothing: it did not say the intent
    is absent."""
    found = {cue.signal for cue in reading.cues if cue.suppressed not in (None, ALONE)}
    found.update(intent.value for intent in unsupported)
    return found


def with_added(
    reading: Interpretation,
    added: Mapping[Intent, float],
    cues: Iterable[Cue],
    *,
    signals_only: bool = False,
) -> Interpretation:
    """``reading`` with the intents a model ``added`` (and their probabilities) and the ``cues``
    that explain them; with ``signals_only`` they join the signals and leave the intent as it
    is. Identity theft added says the debt is not the debtor's, as the lexicons' own identity
    theft does (``builtin.fraud_not_mine``), unless the lexicons suppressed that denial."""
    present, cues = set(reading.signals), tuple(cues)
    if (
        Intent.FRAUD_IDENTITY_THEFT in added
        and Intent.DISPUTE_NOT_MINE not in present
        and Intent.DISPUTE_NOT_MINE not in added
        and Intent.DISPUTE_NOT_MINE.value not in blocked(reading, ())
    ):
        added = {**added, Intent.DISPUTE_NOT_MINE: added[Intent.FRAUD_IDENTITY_THEFT]}
        said = next((c.text for c in cues if c.signal == Intent.FRAUD_IDENTITY_THEFT.value), "")
        cues = (*cues, Cue(Intent.DISPUTE_NOT_MINE.value, said, "builtin.fraud_not_mine"))
    signals = tuple(i for i in INTENT_PRIORITY if i in present or i in added)
    # An added intent wins over the lexicons' intent only if it ranks higher: the lexicons' own
    # choice (a promise over a "secondary" opt-out signal) is not undone.
    intent = reading.intent if signals_only else min((reading.intent, *added), key=RANK.__getitem__)
    confidence = reading.confidence
    if intent in added:
        confidence = round(added[intent] * MODEL_CONFIDENCE, 3)
    return replace(
        reading, intent=intent, signals=signals, confidence=confidence, cues=(*reading.cues, *cues)
    )
