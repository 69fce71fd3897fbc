"""``negotiator nlu parse`` and ``negotiator nlu eval``, through the Typer app."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from negotiator.commands.nlu import app
from tests.unit.nlu.support import CORPUS

KEYS = {"intent", "signals", "reason", "amount", "currency", "per", "date", "confidence", "cues"}


def test_parse_prints_one_json_object_per_line() -> None:
    result = CliRunner().invoke(
        app,
        ["parse", "--lang", "zh_Hant", "--today", "2026-11-18", "--tz", "Asia/Taipei"],
        input="下個月15號還三千\n\n我真的不想活了\n",
    )
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    assert lines[0].keys() >= KEYS
    assert (lines[0]["intent"], lines[0]["amount"], lines[0]["date"]) == (
        "promise_to_pay",
        "3000",
        "2026-12-15",
    )
    assert lines[1]["intent"] == "self_harm_risk"


def test_parse_refuses_an_unknown_language_or_date() -> None:
    runner = CliRunner()
    bad_language = runner.invoke(app, ["parse", "--lang", "fr"], input="hi\n")
    bad_date = runner.invoke(app, ["parse", "--lang", "en", "--today", "18/11"], input="hi\n")
    bad_zone = runner.invoke(app, ["parse", "--lang", "en", "--tz", "Mars/Base"], input="hi\n")
    assert bad_language.exit_code == 1
    assert "not a language" in bad_language.stderr
    assert bad_date.exit_code == 1
    assert "YYYY-MM-DD" in bad_date.stderr
    assert bad_zone.exit_code == 1


def test_eval_passes_on_the_held_out_split() -> None:
    result = CliRunner().invoke(app, ["eval", str(CORPUS / "test.jsonl")])
    assert result.exit_code == 0, result.stdout + result.stderr
    for heading in ("intent accuracy", "per intent", "reason accuracy", "amount exact match"):
        assert heading in result.stdout
    assert "date exact match" in result.stdout
    assert "safety recall" in result.stdout
    assert "all thresholds met" in result.stdout


def test_eval_fails_when_a_threshold_is_missed(tmp_path: Path) -> None:
    corpus = tmp_path / "wrong.jsonl"
    corpus.write_text(
        json.dumps({"id": "x", "lang": "en", "text": "hello", "intent": "opt_out"}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["eval", str(corpus), "--misses"])
    assert result.exit_code == 1
    assert "recall of opt_out is 0.0%" in result.stderr
    assert "missed as: greeting x1" in result.stdout


def test_eval_reports_a_bad_corpus_line_with_its_number(tmp_path: Path) -> None:
    corpus = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "a", "lang": "en", "text": "hi", "intent": "greeting"})
    bad = json.dumps({"id": "b", "lang": "en", "text": "hi", "intent": "hullo"})
    corpus.write_text(f"{good}\n{bad}\nnot json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(corpus)])
    assert result.exit_code == 1
    assert f"{corpus}:2: intent:" in result.stderr
    assert f"{corpus}:3: not valid JSON" in result.stderr


def test_eval_misses_name_what_was_labelled_for_each_kind_of_miss(tmp_path: Path) -> None:
    # A reason read wrong shows the labelled reason, not the labelled intent
    corpus = tmp_path / "reasons.jsonl"
    item = {
        "id": "r1",
        "lang": "en",
        "text": "I lost my job last month and can't pay",
        "intent": "hardship",
        "reason": "illness",
    }
    corpus.write_text(json.dumps(item) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(corpus), "--misses"])
    assert "r1: reason unemployment (wanted illness):" in result.stdout
