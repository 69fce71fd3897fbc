"""Rule packs are data: every rule cited, the law's contact bounds, located errors at start-up."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from negotiator.compliance import PACKS_DIR, builtin_packs, load_packs
from negotiator.compliance.patterns import PatternError, compile_pattern
from negotiator.compliance.rules import ContextRuleKind
from negotiator.domain.jurisdiction import LEGAL_CONTACT_BOUNDS, Jurisdiction
from negotiator.errors import DataFileError


def copy_of_packs(tmp_path: Path) -> Path:
    folder = tmp_path / "packs"
    shutil.copytree(PACKS_DIR, folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, fragment: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def test_every_jurisdiction_has_a_pack_with_cited_rules_in_every_language() -> None:
    packs = builtin_packs()
    assert set(packs) == set(Jurisdiction)
    for jurisdiction, pack in packs.items():
        assert pack.version
        assert set(pack.context_rules) == set(ContextRuleKind)
        for rule in (*pack.content_rules, *pack.context_rules.values()):
            assert rule.id.startswith(f"{jurisdiction.value}.")
            assert rule.citation
            assert rule.description
        for rule in pack.content_rules:
            assert set(rule.languages) == {"zh_Hans", "zh_Hant", "en"}
            assert rule.patterns


def test_each_pack_cites_its_own_regulations() -> None:
    packs = builtin_packs()
    cn = " ".join(r.citation for r in packs[Jurisdiction.CN].content_rules)
    us = " ".join(r.citation for r in packs[Jurisdiction.US].content_rules)
    uk = " ".join(r.citation for r in packs[Jurisdiction.UK].content_rules)
    assert "GB/T 45251-2025" in cn
    assert "NIFA 公约 2018" in cn
    assert "信用卡办法" in cn
    assert "FDCPA §806(1)" in us
    assert "1006.18" in us
    assert "CONC 7.3" in uk


@pytest.mark.parametrize("jurisdiction", list(Jurisdiction))
def test_the_packs_contact_limits_are_the_laws_bounds(jurisdiction: Jurisdiction) -> None:
    contact = builtin_packs()[jurisdiction].contact
    law = LEGAL_CONTACT_BOUNDS[jurisdiction]
    assert (contact.earliest, contact.latest) == (law.earliest, law.latest)
    assert (contact.max_per_day, contact.max_per_week) == (law.max_per_day, law.max_per_week)


def test_a_pattern_that_does_not_compile_is_reported_with_file_line_and_field(
    tmp_path: Path,
) -> None:
    folder = copy_of_packs(tmp_path)
    phrases = folder / "phrases.yaml"
    edit(phrases, "      - '倾家荡产|", "      - '倾家(荡产|")
    line = line_of(phrases, "倾家(荡产|")
    with pytest.raises(DataFileError) as caught:
        load_packs(folder)
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == (str(phrases), line)
    assert problem.field == "phrase_sets.ruin.zh[0]"
    assert "'(' is never closed" in problem.message


def test_an_unknown_phrase_set_is_reported_at_the_rules_line(tmp_path: Path) -> None:
    folder = copy_of_packs(tmp_path)
    pack = folder / "US.yaml"
    edit(pack, "    phrases: violence", "    phrases: violent")
    with pytest.raises(DataFileError) as caught:
        load_packs(folder)
    problem = caught.value.problems[0]
    assert problem.line == line_of(pack, "phrases: violent")
    assert problem.field == "content_rules[0].phrases"
    assert "no phrase set 'violent'" in problem.message


def test_an_unquoted_time_and_a_wider_window_are_refused(tmp_path: Path) -> None:
    folder = copy_of_packs(tmp_path)
    pack = folder / "CN.yaml"
    edit(pack, 'latest: "22:00"', "latest: 22:00")
    with pytest.raises(DataFileError) as caught:
        load_packs(folder)
    problem = caught.value.problems[0]
    assert problem.line == line_of(pack, "latest: 22:00")
    assert problem.field == "contact.latest"
    assert "quotes" in problem.message


def test_a_missing_citation_a_bad_severity_and_a_duplicate_id_are_all_reported(
    tmp_path: Path,
) -> None:
    folder = copy_of_packs(tmp_path)
    pack = folder / "UK.yaml"
    edit(
        pack,
        "    citation: FCA CONC 7.3\n    severity: critical\n    languages: [zh_Hans, zh_Hant, en]\n    phrases: violence",
        "    severity: fatal\n    languages: [zh_Hans, zh_Hant, en]\n    phrases: violence",
    )
    with pytest.raises(DataFileError) as caught:
        load_packs(folder)
    fields = {p.field for p in caught.value.problems}
    assert {"content_rules[0].citation", "content_rules[0].severity"} <= fields
    assert all(p.line is not None for p in caught.value.problems)


def test_a_rule_without_patterns_for_a_listed_language_is_refused(tmp_path: Path) -> None:
    folder = copy_of_packs(tmp_path)
    pack = folder / "CN.yaml"
    edit(pack, "    phrases: false_urgency", "    patterns:\n      zh: ['最后通牒']")
    with pytest.raises(DataFileError) as caught:
        load_packs(folder)
    assert "no en pattern" in str(caught.value)


def test_a_pack_in_the_wrong_file_is_refused(tmp_path: Path) -> None:
    folder = copy_of_packs(tmp_path)
    shutil.copy(folder / "US.yaml", folder / "UK.yaml")
    with pytest.raises(DataFileError) as caught:
        load_packs(folder)
    assert f"{folder / 'UK.yaml'}:" in str(caught.value)
    assert "jurisdiction: is US but the file is UK.yaml; name it US.yaml" in str(caught.value)


def test_a_rule_id_of_another_pack_is_reported_at_its_line(tmp_path: Path) -> None:
    folder = copy_of_packs(tmp_path)
    pack = folder / "UK.yaml"
    edit(pack, "  - id: UK.ruin", "  - id: US.ruin")
    with pytest.raises(DataFileError) as caught:
        load_packs(folder)
    problem = caught.value.problems[0]
    assert problem.line == line_of(pack, "id: US.ruin")
    assert problem.field == "content_rules[2].id"
    assert "must look like UK.name" in problem.message


def test_a_missing_pack_is_reported(tmp_path: Path) -> None:
    folder = copy_of_packs(tmp_path)
    (folder / "UK.yaml").unlink()
    with pytest.raises(DataFileError, match=re.escape("UK.yaml: file not found")):
        load_packs(folder)


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("(a|b", "'(' is never closed"),
        ("a)", "')' without a matching '('"),
        ("ab?", "'?' must follow a group"),
        ("*abc", "'*' must follow an English letter"),
        ("(a)?", "also matches empty text"),
        ("", "may not be empty"),
    ],
)
def test_malformed_patterns_say_how_to_fix_them(pattern: str, message: str) -> None:
    with pytest.raises(PatternError, match=re.escape(message)):
        compile_pattern(pattern, "en")


def test_patterns_match_whole_english_words_and_chinese_anywhere() -> None:
    kill = compile_pattern("kill you", "en")
    assert kill.search("i will kill you") is not None
    assert kill.search("the skill you need") is None
    assert kill.search("kiiill you") is not None
    gap = compile_pattern("we will ... sue you", "en")
    assert gap.search("we will certainly sue you") is not None
    assert gap.search("we will help. sue you") is None
    assert compile_pattern("打断(你|您)?(的)?腿", "zh").search("小心打断你的腿") is not None
    assert compile_pattern("#小时内", "zh").search("24小时内") is not None
    assert compile_pattern("arrest*", "en").search("you were arrested") is not None


def test_every_pattern_has_anchors_so_the_prefilter_can_skip_it() -> None:
    unanchored = [
        pattern.source
        for pack in builtin_packs().values()
        for rule in pack.content_rules
        for pattern in rule.patterns
        if pattern.anchors is None
    ]
    assert unanchored == []
