"""``negotiator nlu``: read debtor messages the way the bot does, and score the interpreter.

``parse`` reads one message per line on standard input and prints one JSON object per line;
the keys (``intent``, ``signals``, ``reason``, ``amount``, ``currency``, ``per``, ``date``,
``confidence``, ``cues``) are a contract users and tests rely on. ``eval`` scores a labelled
corpus and exits with status 1 when issue 4's thresholds are missed. ``train`` rebuilds the
n-gram fallback model from the labelled corpus and reports its cross-validated figures.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer

from negotiator.commands.console import fail, out
from negotiator.domain.language import normalize_language
from negotiator.errors import NegotiatorError
from negotiator.nlu.evaluation import evaluate, load_corpus, render_report
from negotiator.nlu.interpreter import Interpreter
from negotiator.nlu.ngram import PACKAGED_MODEL
from negotiator.nlu.training import (
    SYNTHETIC,
    TRAINING_FILES,
    corpus_files,
    cross_validate,
    examples,
    fit,
    write,
)

app = typer.Typer(
    help="Understand debtor messages: intents, hardship reasons, amounts and dates.",
    no_args_is_help=True,
)

TodayOption = Annotated[
    str | None,
    typer.Option("--today", help="The debtor's today as YYYY-MM-DD (default: now in --tz)."),
]
TzOption = Annotated[
    str, typer.Option("--tz", help="The debtor's IANA time zone, e.g. Asia/Shanghai.")
]
LexiconsOption = Annotated[
    Path | None,
    typer.Option("--lexicons", help="A directory of lexicon files (default: the packaged ones)."),
]


def _today(today: str | None, tz: str) -> date:
    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise fail(f"--tz {tz!r} is not a known IANA time zone (e.g. Asia/Shanghai)") from None
    if today is None:
        return datetime.now(zone).date()
    try:
        return date.fromisoformat(today)
    except ValueError:
        raise fail(f"--today {today!r} is not a date; write it as YYYY-MM-DD") from None


def _interpreter(lexicons: Path | None) -> Interpreter:
    try:
        return Interpreter.load(lexicons)
    except NegotiatorError as exc:
        raise fail(str(exc)) from None


@app.command("parse")
def parse(
    lang: Annotated[str, typer.Option("--lang", help="zh_Hans, zh_Hant or en (or zh-TW ...).")],
    today: TodayOption = None,
    tz: TzOption = "Asia/Shanghai",
    lexicons: LexiconsOption = None,
) -> None:
    """Read messages from standard input, one per line; print one JSON interpretation per line."""
    language = normalize_language(lang)
    if language is None:
        raise fail(f"--lang {lang!r} is not a language negotiator speaks (zh_Hans, zh_Hant, en)")
    day = _today(today, tz)
    interpreter = _interpreter(lexicons)
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        reading = interpreter.interpret(text, language, today=day)
        out.print(json.dumps(reading.to_json_dict(), ensure_ascii=False))


@app.command("eval")
def evaluate_corpus(
    file: Annotated[Path, typer.Argument(help="A JSON-lines corpus (tests/nlu_corpus/*.jsonl).")],
    today: Annotated[
        str, typer.Option("--today", help="The today the corpus dates were labelled with.")
    ] = "2026-11-18",
    tz: TzOption = "Asia/Shanghai",
    lexicons: LexiconsOption = None,
    show_misses: Annotated[
        bool, typer.Option("--misses", help="Also list every message read wrongly.")
    ] = False,
) -> None:
    """Score the interpreter on a labelled corpus; exit 1 if a threshold of issue 4 is missed."""
    day = _today(today, tz)
    interpreter = _interpreter(lexicons)
    try:
        items = load_corpus(file)
    except NegotiatorError as exc:
        raise fail(str(exc)) from None
    report = evaluate(interpreter, items, day)
    for line in render_report(report, interpreter.versions):
        out.print(line)
    if show_misses:
        out.print("misses:")
        for miss in report.misses:
            wanted = miss.item.intent.value
            out.print(f"  {miss.item.id}: {miss.what} (wanted {wanted}): {miss.item.text}")
    failures = report.failures()
    if failures:
        raise fail("thresholds missed: " + "; ".join(failures))
    out.print("all thresholds met")


@app.command("train")
def train(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="The directory of labelled *.jsonl files.")
    ] = Path("tests/nlu_corpus"),
    names: Annotated[
        list[str] | None,
        typer.Option(
            "--file",
            help="A corpus file (name in --corpus) to learn from; repeat it. Default: the "
            "files listed in negotiator/nlu/training.py (a blind split is never read).",
        ),
    ] = None,
    synthetic: Annotated[
        bool,
        typer.Option(
            "--synthetic/--no-synthetic",
            help="Also learn from the packaged synthetic warning-sign messages.",
        ),
    ] = True,
    output: Annotated[
        Path, typer.Option("--out", help="Where to write the model (default: the packaged one).")
    ] = PACKAGED_MODEL,
    folds: Annotated[
        int, typer.Option("--folds", help="Cross-validate in this many folds first (0: skip).")
    ] = 10,
    by_file: Annotated[
        bool, typer.Option("--by-file", help="Cross-validate with one fold per corpus file.")
    ] = False,
    today: Annotated[
        str, typer.Option("--today", help="The today the corpus dates were labelled with.")
    ] = "2026-11-18",
) -> None:
    """Train the n-gram fallback and safety net on the labelled corpus; print held-out figures.

    Only the listed corpus files are read, so a blind split waiting in the directory stays blind.
    """
    files = corpus_files(corpus, names or TRAINING_FILES)
    if not files:
        raise fail(f"none of {', '.join(names or TRAINING_FILES)} is in {corpus}")
    try:
        items = [item for path in files for item in load_corpus(path)]
        written = load_corpus(SYNTHETIC) if synthetic else []
    except NegotiatorError as exc:
        raise fail(str(exc)) from None
    interpreter = _interpreter(None)
    if folds > 1 or by_file:
        result = cross_validate(
            interpreter,
            items,
            _today(today, "UTC"),
            folds=folds,
            by_file=by_file,
            synthetic=written,
        )
        kind = "one fold per file" if by_file else f"{folds} folds"
        out.print(f"cross-validation ({kind}), held-out figures:")
        out.print(f"  model alone, best intent: {result.model_alone}")
        for title, report in (("lexicons alone", result.lexicons), ("with model", result.combined)):
            out.print(f"  {title}:")
            for line in render_report(report, interpreter.versions)[1:]:
                if not line.startswith("  ") or "(" in line:
                    out.print("    " + line)
        out.print(f"  added and right: {dict(sorted(result.added_right.items()))}")
        out.print(f"  added and wrong: {dict(sorted(result.added_wrong.items()))}")
    trained_on = [path.name for path in files]
    data = fit(
        examples(items, interpreter.normalize),
        synthetic=examples(written, interpreter.normalize),
        info={
            "trained_on": trained_on,
            "messages": len(items),
            "synthetic": len(written),
        },
    )
    write(data, output)
    out.print(
        f"model trained on {len(items)} messages of {', '.join(trained_on)}"
        + (f" and {len(written)} synthetic ones" if written else "")
        + f" ({len(data['counts'])} n-grams): {output}"
    )
