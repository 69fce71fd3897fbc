"""The rule packs shipped with negotiator, loaded and validated once at start-up.

``load_packs()`` reads ``phrases.yaml`` and every ``<JURISDICTION>.yaml`` of a folder (by
default the packs shipped in ``negotiator/compliance/packs/``); a bad file stops start-up with
a :class:`~negotiator.errors.DataFileError` naming the file, line and field.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from negotiator.compliance.pack_file import load_pack, load_phrase_book
from negotiator.compliance.rules import RulePack
from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.errors import DataFileError, Problem

__all__ = ["PACKS_DIR", "builtin_packs", "load_packs"]

PACKS_DIR: Final = Path(__file__).resolve().parent / "packs"
"""The folder of the shipped packs."""


def load_packs(directory: Path = PACKS_DIR) -> dict[Jurisdiction, RulePack]:
    """Load the phrase book and the pack of every jurisdiction from ``directory``.

    Raises:
        DataFileError: a file is missing or invalid; every problem is listed.
    """
    book = load_phrase_book(directory / "phrases.yaml")
    packs: dict[Jurisdiction, RulePack] = {}
    problems: list[Problem] = []
    for jurisdiction in Jurisdiction:
        try:
            packs[jurisdiction] = load_pack(directory / f"{jurisdiction.value}.yaml", book)
        except DataFileError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataFileError(problems)
    return packs


@cache
def builtin_packs() -> dict[Jurisdiction, RulePack]:
    """The shipped packs, loaded on first use and shared afterwards (they are immutable)."""
    return load_packs(PACKS_DIR)
