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


SLOTTED = """version: 1
language: en
default_currency: USD
slots:
  kin: [wife, husband, 'son(?:-in-law)?']
  party: ['my\\s+{kin}', her]
entries:
  - id: opt_out.to_the_family
    intent: opt_out
    patterns: ['\\b(?:call|text)\\s+{party}\\s+instead\\b', 'go\\s{1,3}{kin}']
"""


def test_a_slot_is_expanded_in_every_pattern_that_names_it(tmp_path: Path) -> None:
    [english] = [
        lex for lex in load_lexicons(_copy_with_en(tmp_path, SLOTTED)) if lex.language == "en"
    ]
    [entry] = english.entries
    assert entry.patterns == [
        r"\b(?:call|text)\s+(?:my\s+(?:wife|husband|son(?:-in-law)?)|her)\s+instead\b",
        r"go\s{1,3}(?:wife|husband|son(?:-in-law)?)",  # a quantifier is never read as a slot
    ]
    assert english.slots["kin"] == ["wife", "husband", "son(?:-in-law)?"]  # kept as written


def test_a_word_added_to_a_slot_reaches_the_structure_that_names_it(tmp_path: Path) -> None:
    from negotiator.nlu.interpreter import Interpreter

    text = SLOTTED.replace("kin: [wife,", "kin: [daughter, wife,")
    custom = Interpreter.load(_copy_with_en(tmp_path, text))
    assert custom.interpret("call my daughter instead", "en").intent is Intent.OPT_OUT
    assert custom.interpret("call my son-in-law instead", "en").intent is Intent.OPT_OUT


def test_a_pattern_naming_an_unknown_slot_is_refused_with_its_entry(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path, SLOTTED.replace("{party}", "{parties}"))
    assert "entries" in problem
    assert "'opt_out.to_the_family'" in problem
    assert "{parties} names no slot (the file's slots: kin, party)" in problem


def test_a_slot_may_only_name_a_slot_written_above_it(tmp_path: Path) -> None:
    reordered = SLOTTED.replace(
        "  kin: [wife, husband, 'son(?:-in-law)?']\n  party: ['my\\s+{kin}', her]\n",
        "  party: ['my\\s+{kin}', her]\n  kin: [wife, husband, 'son(?:-in-law)?']\n",
    )
    [problem] = _problems(tmp_path, reordered)
    assert ":4: slots:" in problem
    assert "slot 'party': {kin} names no slot (the slots above it: none)" in problem


def test_a_slot_item_that_is_no_regular_expression_is_refused(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path, SLOTTED.replace("husband,", "'husb(and',"))
    assert "slot 'kin'" in problem
    assert "not a valid regular expression" in problem


def test_no_slot_word_comes_before_a_longer_word_it_begins() -> None:
    # A slot is tried in the order written: "打" before "打电话" would end a match at 打, so
    # the match would no longer hide the shorter phrases inside 别再打电话 that it should.
    early = [
        f"{lexicon.language}.{name}: {word!r} before {longer!r}"
        for lexicon in load_lexicons()
        for name, words in lexicon.slots.items()
        for index, word in enumerate(words)
        for longer in words[index + 1 :]
        if longer != word and longer.startswith(word)
    ]
    assert early == []


@pytest.mark.parametrize("name", ["en.yaml", "zh_Hans.yaml", "zh_Hant.yaml"])
def test_the_packaged_lexicons_parse_the_same_without_libyaml(name: str) -> None:
    # The loader uses libyaml when PyYAML has it; libyaml accepts `[is it still 860?, …]`,
    # which pure-Python PyYAML (a machine without libyaml) refuses at start-up.
    import yaml

    text = (PACKAGED_LEXICONS / name).read_text(encoding="utf-8")
    pure = yaml.load(text, Loader=yaml.SafeLoader)
    if hasattr(yaml, "CSafeLoader"):
        assert pure == yaml.load(text, Loader=yaml.CSafeLoader)


BESIDE = """version: 1
language: en
default_currency: USD
entries:
  - id: abuse.threat
    intent: abuse
    phrases: [or else]
  - id: opt_out.contact_as_a_condition
    intent: opt_out
    secondary: true
    beside: [abuse]
    phrases: [call again]
"""


def test_a_match_waiting_for_another_intent_counts_only_beside_it(tmp_path: Path) -> None:
    from negotiator.nlu.interpreter import Interpreter

    custom = Interpreter.load(_copy_with_en(tmp_path, BESIDE), model=None, meaning=None)
    beside = custom.interpret("call again or else", "en")
    assert (beside.intent, set(beside.signals)) == (Intent.ABUSE, {Intent.ABUSE, Intent.OPT_OUT})
    alone = custom.interpret("please call again tomorrow", "en")
    assert Intent.OPT_OUT not in alone.signals
    [cue] = [c for c in alone.cues if c.rule == "en.opt_out.contact_as_a_condition"]
    assert cue.suppressed == "alone"  # found and explained, not counted


@pytest.mark.parametrize(
    ("extra", "wrong"),
    [
        ("    beside: [opt_out]\n", "own intent"),
        ("    beside: [abuse]\n    figurative: true\n", "figurative"),
    ],
)
def test_beside_names_other_intents_only(tmp_path: Path, extra: str, wrong: str) -> None:
    english = GOOD_HEADER + "  - id: opt_out.x\n    intent: opt_out\n    phrases: [hi]\n" + extra
    [problem] = _problems(tmp_path, english)
    assert "beside names other intents" in problem, wrong
