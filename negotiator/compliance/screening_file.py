"""Reading ``packs/screening.yaml``: the cues of every inbound trigger, validated with lines."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, field_validator

from negotiator.compliance.data_models import (
    DataModel,
    PatternLists,
    PhraseSetName,
    Text,
    compile_lists,
    validate_file,
)
from negotiator.compliance.pack_file import PhraseBookFile, load_phrase_book
from negotiator.compliance.packs import PACKS_DIR
from negotiator.compliance.screening import InboundScreener, Trigger, TriggerRule, exact_form

__all__ = ["ScreeningFile", "builtin_screener", "load_screener"]


class ExactMessages(DataModel):
    """Whole messages that raise a trigger by themselves (compared without punctuation)."""

    zh: tuple[str, ...] = ()
    """Chinese messages, e.g. ``退订``."""
    en: tuple[str, ...] = ()
    """English messages, e.g. ``stop``."""


class TriggerModel(PatternLists):
    """The cues of one trigger."""

    description: Text
    """What the trigger means, for the reader."""
    exact: ExactMessages = ExactMessages()
    """Whole messages that raise it."""
    unless: PatternLists = PatternLists()
    """Phrases that cancel a cue whose end they cover ("don't stop")."""
    phrases: PhraseSetName = None
    """A phrase set of ``phrases.yaml`` whose phrases are cues too (e.g. ``insult``)."""


class ScreeningFile(DataModel):
    """``screening.yaml``: the cues of every inbound trigger."""

    version: int = Field(ge=1, le=1)
    """Format version; currently 1."""
    nlu_intents: dict[str, Trigger] = Field(default_factory=dict)
    """NLU intent names and the trigger each raises."""
    triggers: dict[Trigger, TriggerModel]
    """The cues of each trigger; every trigger must be present."""

    @field_validator("triggers")
    @classmethod
    def _every_trigger(cls, triggers: dict[Trigger, TriggerModel]) -> dict[Trigger, TriggerModel]:
        missing = [t.value for t in Trigger if t not in triggers]
        if missing:
            raise ValueError(f"missing trigger(s): {', '.join(missing)}")
        return triggers


def load_screener(path: Path, phrase_book: PhraseBookFile) -> InboundScreener:
    """Read, validate and compile a screening file.

    Raises:
        DataFileError: with every problem, located by line and field.
    """
    model, _ = validate_file(path, ScreeningFile, {"phrase_sets": phrase_book.phrase_sets})
    rules = []
    exact: dict[str, Trigger] = {}
    for trigger, cues in model.triggers.items():
        phrase_set = phrase_book.phrase_sets.get(cues.phrases) if cues.phrases else None
        rules.append(
            TriggerRule(
                trigger,
                compile_lists(cues) + compile_lists(phrase_set),
                compile_lists(cues.unless),
            )
        )
        for message in (*cues.exact.zh, *cues.exact.en):
            exact[exact_form(message)] = trigger
    return InboundScreener(rules, exact, model.nlu_intents)


@cache
def builtin_screener() -> InboundScreener:
    """The screener of the shipped ``screening.yaml``, loaded once."""
    return load_screener(PACKS_DIR / "screening.yaml", load_phrase_book(PACKS_DIR / "phrases.yaml"))
