"""Lexicon files are data a non-programmer edits: mistakes stop start-up with file, line, field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from negotiator.errors import DataFileError
from negotiator.nlu.interpretation import Intent
from negotiator.nlu.lexicon import PACKAGED_LEXICONS, load_lexicons
from tests.unit.nlu.support import interpreter

GOOD_HEADER = """version: 1
language: en
default_currency: USD
entries:
"""


def _copy_with_en(tmp_path: Path, english: str) -> Path:
    for name in ("zh_Hans.yaml", "zh_Hant.yaml"):
        shutil.copy(PACKAGED_LEXICONS / name, tmp_path / name)
    (tmp_path / "en.yaml").write_text(english, encoding="utf-8")
    return tmp_path


def _problems(tmp_path: Path, english: str) -> list[str]:
    with pytest.raises(DataFileError) as caught:
        load_lexicons(_copy_with_en(tmp_path, english))
    return [str(problem) for problem in caught.value.problems]


def test_the_packaged_lexicons_load() -> None:
    languages = {lexicon.language for lexicon in load_lexicons()}
    assert languages == {"zh_Hans", "zh_Hant", "en"}


def test_an_unknown_intent_is_reported_with_its_line_and_field(tmp_path: Path) -> None:
    english = GOOD_HEADER + "  - id: greeting.hi\n    intent: hullo\n    phrases: [hi]\n"
    [problem] = _problems(tmp_path, english)
    assert problem.startswith(f"{tmp_path / 'en.yaml'}:6: entries[0].intent:")


def test_a_broken_regular_expression_is_reported_with_its_line(tmp_path: Path) -> None:
    english = GOOD_HEADER + "  - id: opt_out.x\n    intent: opt_out\n    patterns: ['stop(']\n"
    [problem] = _problems(tmp_path, english)
    assert ":7: entries[0].patterns" in problem
    assert "not a valid regular expression" in problem


def test_a_duplicate_entry_id_is_refused(tmp_path: Path) -> None:
    entry = "  - id: thanks.x\n    intent: thanks\n    phrases: [ta]\n"
    [problem] = _problems(tmp_path, GOOD_HEADER + entry + entry)
    assert "entries" in problem
    assert "used twice" in problem


def test_a_misspelled_field_is_refused(tmp_path: Path) -> None:
    english = GOOD_HEADER + "  - id: thanks.x\n    intent: thanks\n    phrase: [ta]\n"
    problems = _problems(tmp_path, english)
    assert any(":7: entries[0].phrase: unknown field" in p for p in problems)


def test_an_unknown_currency_code_is_refused(tmp_path: Path) -> None:
    english = "version: 1\nlanguage: en\ndefault_currency: XXY\nentries: []\n"
    [problem] = _problems(tmp_path, english)
    assert ":3: default_currency:" in problem


def test_an_unknown_dialect_currency_code_is_refused(tmp_path: Path) -> None:
    english = (
        "version: 1\nlanguage: en\ndefault_currency: USD\n"
        "dialect_currencies:\n  QQQ: [y'all]\nentries: []\n"
    )
    [problem] = _problems(tmp_path, english)
    assert "dialect_currencies" in problem
    assert "QQQ" in problem


def test_a_yaml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    english = GOOD_HEADER + "  - id: thanks.x\n    phrases: [ta\n"
    [problem] = _problems(tmp_path, english)
    assert "not valid YAML" in problem


def test_a_missing_language_file_is_reported(tmp_path: Path) -> None:
    shutil.copy(PACKAGED_LEXICONS / "en.yaml", tmp_path / "en.yaml")
    with pytest.raises(DataFileError, match="no lexicon file for zh_Hans, zh_Hant"):
        load_lexicons(tmp_path)


def test_every_example_in_the_lexicons_is_understood_as_its_entry_says() -> None:
    wrong = []
    for lexicon in load_lexicons():
        for entry in lexicon.entries:
            for example in entry.examples:
                reading = interpreter().interpret(example, lexicon.language)
                intent = entry.signal_intent
                if entry.figurative:  # a figure of speech: found, suppressed, never the intent
                    rule = f"{lexicon.language}.{entry.id}"
                    found = any(
                        c.rule == rule and c.suppressed == "figurative" for c in reading.cues
                    )
                    if not found or (intent is not None and reading.has(intent)):
                        wrong.append(f"{rule} (figurative): {example!r}")
                    continue
                if intent is not None and intent is not Intent.UNKNOWN and not reading.has(intent):
                    wrong.append(f"{lexicon.language}.{entry.id}: {example!r}")
                if entry.reason is not None and reading.reason is not entry.reason:
                    wrong.append(f"{lexicon.language}.{entry.id} reason: {example!r}")
    assert wrong == []


def test_a_new_phrase_in_a_copied_lexicon_is_picked_up(tmp_path: Path) -> None:
    from negotiator.nlu.interpreter import Interpreter

    text = (PACKAGED_LEXICONS / "en.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "phrases: [thanks, thank you,", "phrases: [much obliged, thanks, thank you,"
    )
    custom = Interpreter.load(_copy_with_en(tmp_path, text))
    reading = custom.interpret("much obliged", "en")
    assert reading.intent is Intent.THANKS
    assert reading.cues[0].rule == "en.thanks.thanks"


@pytest.mark.parametrize("name", ["en.yaml", "zh_Hans.yaml", "zh_Hant.yaml"])
def test_the_packaged_lexicons_parse_the_same_without_libyaml(name: str) -> None:
    # The loader uses libyaml when PyYAML has it; libyaml accepts `[is it still 860?, …]`,
    # which pure-Python PyYAML (a machine without libyaml) refuses at start-up.
    import yaml

    text = (PACKAGED_LEXICONS / name).read_text(encoding="utf-8")
    pure = yaml.load(text, Loader=yaml.SafeLoader)
    if hasattr(yaml, "CSafeLoader"):
        assert pure == yaml.load(text, Loader=yaml.CSafeLoader)
