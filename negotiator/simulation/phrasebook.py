"""What synthetic debtors say: ``phrasebook.yaml``, loaded and validated, and how to use it.

The phrasings are data, next to this module rather than under ``dialogs/`` (which holds the
bot's scripts, every file of which the dialog loader reads as one): they belong to the
simulator, are edited by whoever writes personas, and must not drift toward the bot's own
examples or the understanding's lexicons, which a test checks.

:class:`Phrasebook` picks a phrasing of a :class:`Move` (or a hardship reason) for a persona:
one for its language, kept to its temperament when the phrasing says so, with ``{amount}``,
``{date}`` and ``{dob}`` filled in by the caller.
"""

from __future__ import annotations

import random
import string
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from negotiator.datafile import load_model_file
from negotiator.domain.policy import HardshipReason
from negotiator.simulation.personas import REASON_MIX, Persona, Temperament

PHRASEBOOK: Final = Path(__file__).with_name("phrasebook.yaml")
"""The packaged phrasebook."""


class Move(StrEnum):
    """Something a debtor says, whatever the words."""

    GREETING = "greeting"
    IDENTITY_SENTENCE = "identity_sentence"
    VAGUE = "vague"
    CAPACITY = "capacity"
    CAPACITY_LATER = "capacity_later"
    COUNTER = "counter"
    COUNTER_LATER = "counter_later"
    LUMP_SUM = "lump_sum"
    ACCEPT = "accept"
    DECLINE = "decline"
    REFUSE = "refuse"
    DISPUTE_NOT_MINE = "dispute_not_mine"
    DISPUTE_AMOUNT = "dispute_amount"
    ABUSE = "abuse"
    HUMAN = "human"
    SELF_HARM = "self_harm"
    RELATIVE = "relative"
    THANKS = "thanks"
    LOW_MOOD = "low_mood"


PLACEHOLDERS: Final[dict[Move, frozenset[str]]] = {
    Move.IDENTITY_SENTENCE: frozenset({"dob"}),
    Move.CAPACITY: frozenset({"amount"}),
    Move.CAPACITY_LATER: frozenset({"amount", "date"}),
    Move.COUNTER: frozenset({"amount"}),
    Move.COUNTER_LATER: frozenset({"amount", "date"}),
    Move.LUMP_SUM: frozenset({"amount"}),
}
"""The placeholders each move's phrasings must use (moves not listed take none)."""

LANGUAGES: Final = ("en", "zh_Hans", "zh_Hant")


class Phrase(BaseModel):
    """One phrasing; a plain string in the file, or ``{text: ..., only: [temperaments]}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(min_length=1)
    """The words, with ``{placeholders}``."""
    only: tuple[Temperament, ...] = ()
    """Temperaments that use it; empty for all."""

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        return {"text": data} if isinstance(data, str) else data

    @property
    def placeholders(self) -> frozenset[str]:
        """The ``{names}`` it uses."""
        return frozenset(name for _, name, _, _ in string.Formatter().parse(self.text) if name)


class Phrasings(BaseModel):
    """The phrasings of one move in every language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    en: tuple[Phrase, ...] = Field(min_length=1)
    """English."""
    zh_Hans: tuple[Phrase, ...] = Field(min_length=1)
    """Simplified Chinese."""
    zh_Hant: tuple[Phrase, ...] = Field(min_length=1)
    """Traditional Chinese."""

    def of(self, language: str) -> tuple[Phrase, ...]:
        """The phrasings in ``language`` (English for a language the book does not have)."""
        return {"zh_Hans": self.zh_Hans, "zh_Hant": self.zh_Hant}.get(language, self.en)

    def every(self) -> tuple[Phrase, ...]:
        """Every phrasing, all languages."""
        return self.en + self.zh_Hans + self.zh_Hant


class PhrasebookFile(BaseModel):
    """``phrasebook.yaml`` (its header comment says how to edit it)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = 1
    """The file format; 1."""
    openers: dict[Temperament, Phrasings] = {}
    """Said before some messages, by temperament."""
    moves: dict[Move, Phrasings]
    """Every move's phrasings."""
    reasons: dict[HardshipReason, Phrasings]
    """Why the debtor fell behind, for every reason personas are drawn with."""

    @field_validator("moves")
    @classmethod
    def _every_move_fits(cls, moves: dict[Move, Phrasings]) -> dict[Move, Phrasings]:
        missing = sorted(set(Move) - set(moves))
        if missing:
            raise ValueError(f"moves missing: {', '.join(missing)}")
        for move, phrasings in moves.items():
            wanted = PLACEHOLDERS.get(move, frozenset())
            for phrase in phrasings.every():
                if phrase.placeholders != wanted:
                    names = ", ".join(sorted(wanted)) or "no placeholders"
                    raise ValueError(f"{move.value}: {phrase.text!r} must use {names}")
        return moves

    @field_validator("reasons")
    @classmethod
    def _every_reason_told(
        cls, reasons: dict[HardshipReason, Phrasings]
    ) -> dict[HardshipReason, Phrasings]:
        missing = sorted(set(REASON_MIX) - set(reasons))
        if missing:
            raise ValueError(f"reasons missing: {', '.join(missing)}")
        for reason, phrasings in reasons.items():
            for phrase in phrasings.every():
                if phrase.placeholders:
                    raise ValueError(f"{reason.value}: {phrase.text!r} takes no placeholders")
        return reasons


class Phrasebook:
    """Picks what a persona says.

    Args:
        book: The validated file.
    """

    def __init__(self, book: PhrasebookFile) -> None:
        self.book = book

    @classmethod
    def load(cls, path: Path = PHRASEBOOK) -> Phrasebook:
        """Load and validate a phrasebook.

        Raises:
            DataFileError: with file, line and field of every problem.
        """
        return cls(load_model_file(path, PhrasebookFile))

    def say(self, move: Move, persona: Persona, rng: random.Random, **values: str) -> str:
        """A phrasing of ``move`` for ``persona``, with ``values`` filled in."""
        return _pick(self.book.moves[move], persona, rng).text.format(**values)

    def reason(self, persona: Persona, rng: random.Random) -> str:
        """Why ``persona`` fell behind, in its words."""
        return _pick(self.book.reasons[persona.situation.reason], persona, rng).text

    def opener(self, persona: Persona, rng: random.Random) -> str | None:
        """Something ``persona``'s temperament says first, if it has openers."""
        phrasings = self.book.openers.get(persona.temperament)
        return None if phrasings is None else _pick(phrasings, persona, rng).text


def _pick(phrasings: Phrasings, persona: Persona, rng: random.Random) -> Phrase:
    fitting = [
        phrase
        for phrase in phrasings.of(persona.language)
        if not phrase.only or persona.temperament in phrase.only
    ]
    return rng.choice(fitting or list(phrasings.of(persona.language)))
