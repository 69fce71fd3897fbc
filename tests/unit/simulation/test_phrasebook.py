"""The phrasebook: every move in every language, placeholders checked, nothing copied."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from negotiator.domain.policy import Policy
from negotiator.errors import DataFileError
from negotiator.nlu.training import corpus_files
from negotiator.simulation.personas import Temperament
from negotiator.simulation.phrasebook import (
    LANGUAGES,
    PHRASEBOOK,
    PLACEHOLDERS,
    Move,
    Phrasebook,
)
from negotiator.simulation.population import draw_debtor
from negotiator.simulation.wiring import SIMULATED_AT
from tests.conftest import ROOT


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(key)
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def bare(text: str) -> str:
    """Letters and digits only, case folded, placeholders dropped."""
    return re.sub(r"[\W_]+", "", re.sub(r"\{\w+\}", "", text).casefold())


def what_the_bot_knows() -> set[str]:
    known: set[str] = set()
    for lexicon in (ROOT / "negotiator" / "nlu" / "lexicons").glob("*.yaml"):
        known |= {bare(s) for s in strings(yaml.safe_load(lexicon.read_text("utf-8")))}
    # The files the understanding learned from; a blind split waiting for its measurement is
    # not something the bot knows (a phrasing it shares with the simulator is chance).
    for corpus in corpus_files(ROOT / "tests" / "nlu_corpus"):
        for line in corpus.read_text("utf-8").splitlines():
            if line.strip():
                known.add(bare(json.loads(line)["text"]))
    for catalog in (ROOT / "locales").glob("*/LC_MESSAGES/messages.po"):
        known |= {bare(m) for m in re.findall(r'msgstr "(.*)"', catalog.read_text("utf-8"))}
    return known


def test_every_move_has_phrasings_in_every_language_with_its_placeholders() -> None:
    book = Phrasebook.load().book
    assert set(book.moves) == set(Move)
    for move, phrasings in book.moves.items():
        for language in LANGUAGES:
            assert phrasings.of(language), (move, language)
            for phrase in phrasings.of(language):
                assert phrase.placeholders == PLACEHOLDERS.get(move, frozenset())


def test_no_phrasing_is_copied_from_the_lexicons_the_corpus_or_the_catalogs() -> None:
    """Greetings and one-word fillers ("hi", "你好", "嗯……") are everyone's; sentences are not."""
    known = what_the_bot_knows()
    book = Phrasebook.load().book
    groups = [*book.moves.values(), *book.reasons.values(), *book.openers.values()]
    copied = [
        phrase.text
        for phrasings in groups
        for phrase in phrasings.every()
        if bare(phrase.text) in known
        and (
            len(phrase.text.split()) > 2
            or (len(bare(phrase.text)) > 4 and not phrase.text.isascii())
        )
    ]
    assert copied == []


def test_a_phrasing_kept_to_a_temperament_is_said_only_by_it(sample_policy: Policy) -> None:
    phrases = Phrasebook.load()
    choleric_only = {
        p.text for p in phrases.book.moves[Move.CAPACITY].en if p.only == (Temperament.CHOLERIC,)
    }
    assert choleric_only
    persona = draw_debtor(sample_policy, 0, 1, SIMULATED_AT, "en").persona
    rng = random.Random(0)
    for temperament in Temperament:
        speaker = replace(persona, temperament=temperament)
        said = {phrases.say(Move.CAPACITY, speaker, rng, amount="{amount}") for _ in range(200)}
        assert said.isdisjoint(choleric_only) == (temperament is not Temperament.CHOLERIC)


def test_a_wrong_placeholder_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    text = PHRASEBOOK.read_text("utf-8").replace(
        '"I could manage about {amount} a month"', '"I could manage about {amunt} a month"'
    )
    broken = tmp_path / "phrasebook.yaml"
    broken.write_text(text, "utf-8")
    with pytest.raises(DataFileError) as raised:
        Phrasebook.load(broken)
    assert "phrasebook.yaml" in str(raised.value)
    assert "capacity" in str(raised.value)
    assert "amunt" in str(raised.value)
