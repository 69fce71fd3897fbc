"""``negotiator nlu``: read debtor messages the way the bot does, and score the interpreter.

``parse`` reads one message per line on standard input and prints one JSON object per line;
the keys (``intent``, ``signals``, ``reason``, ``amount``, ``currency``, ``per``, ``date``,
``confidence``, ``cues``) are a contract users and tests rely on. ``eval`` scores a labelled
corpus and exits with status 1 when issue 4's thresholds are missed. ``train`` rebuilds the
n-gram fallback model and the meaning head from the labelled corpus and reports their
cross-validated figures.
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
from negotiator.nlu.meaning import PACKAGED_HEAD, available, embed, load_encoder
from negotiator.nlu.ngram import PACKAGED_MODEL
from negotiator.nlu.training import (
    SYNTHETIC,
    TRAINING_FILES,
    corpus_files,
    cross_validate,
    examples,
    fit,
    fit_meaning,
    write,
    write_meaning,
)
from negotiator.settings import Settings

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
MeaningOption = Annotated[
    bool | None,
    typer.Option(
        "--meaning/--no-meaning",
        help="Consult the meaning model (sentence encoder) on unsure readings, when its package "
        "is installed (default: NEGOTIATOR_NLU_MEANING, true).",
        show_default=False,
    ),
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


def _interpreter(lexicons: Path | None, meaning: bool | None = None) -> Interpreter:
    use = meaning
    if use is None:
        try:
            use = Settings().nlu_meaning
        except ValueError as exc:  # pydantic's ValidationError: a NEGOTIATOR_* value is wrong
            raise fail(f"invalid settings: {exc}") from None
    try:
        return Interpreter.load(lexicons, meaning=PACKAGED_HEAD if use else None)
    except NegotiatorError as exc:
        raise fail(str(exc)) from None


@app.command("parse")
def parse(
    lang: Annotated[str, typer.Option("--lang", help="zh_Hans, zh_Hant or en (or zh-TW ...).")],
    today: TodayOption = None,
    tz: TzOption = "Asia/Shanghai",
    lexicons: LexiconsOption = None,
    meaning: MeaningOption = None,
) -> None:
    """Read messages from standard input, one per line; print one JSON interpretation per line."""
    language = normalize_language(lang)
    if language is None:
        raise fail(f"--lang {lang!r} is not a language negotiator speaks (zh_Hans, zh_Hant, en)")
    day = _today(today, tz)
    interpreter = _interpreter(lexicons, meaning)
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
    meaning: MeaningOption = None,
) -> None:
    """Score the interpreter on a labelled corpus; exit 1 if a threshold of issue 4 is missed."""
    day = _today(today, tz)
    interpreter = _interpreter(lexicons, meaning)
    try:
        items = load_corpus(file)
    except NegotiatorError as exc:
        raise fail(str(exc)) from None
    report = evaluate(interpreter, items, day)
    for line in render_report(report, interpreter.versions):
        out.print(line)
    out.print(
        "meaning model: "
        + ("consulted on unsure readings" if interpreter.meaning is not None else "off")
    )
    if show_misses:
        out.print("misses:")
        for miss in report.misses:
            out.print(f"  {miss.item.id}: {miss.what} (wanted {miss.wanted}): {miss.item.text}")
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
    meaning_output: Annotated[
        Path | None,
        typer.Option(
            "--meaning-out",
            help="Where to write the meaning head (default: meaning_head.json beside --out).",
            show_default=False,
        ),
    ] = None,
    meaning: Annotated[
        bool,
        typer.Option(
            "--meaning/--no-meaning",
            help="Also fit the meaning head (needs the encoder's package and scikit-learn: the "
            "dev extra) and cross-validate with it.",
        ),
    ] = True,
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
    """Train the n-gram fallback and safety net, and the meaning head, on the labelled corpus;
    print held-out figures.

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
    interpreter = _interpreter(None, meaning=False)
    if meaning and not available():
        raise fail(
            "the meaning head needs the encoder's package: pip install -e '.[dev]' "
            "(or train the n-gram model alone with --no-meaning)"
        )
    encoder = load_encoder() if meaning else None
    # Embedded once, for the cross-validation and the head alike.
    vectors = embed(encoder, [item.text for item in items]) if encoder is not None else None
    if folds > 1 or by_file:
        result = cross_validate(
            interpreter,
            items,
            _today(today, "UTC"),
            folds=folds,
            by_file=by_file,
            synthetic=written,
            encoder=encoder,
            vectors=vectors,
        )
        kind = "one fold per file" if by_file else f"{folds} folds"
        out.print(f"cross-validation ({kind}), held-out figures:")
        out.print(f"  model alone, best intent: {result.model_alone}")
        reports = [("lexicons alone", result.lexicons), ("with model", result.combined)]
        if encoder is not None:
            out.print(f"  meaning head alone, best intent: {result.meaning_alone}")
            reports.append(("with model and meaning model", result.with_meaning))
        for title, report in reports:
            out.print(f"  {title}:")
            for line in render_report(report, interpreter.versions)[1:]:
                if not line.startswith("  ") or "(" in line:
                    out.print("    " + line)
        out.print(f"  added and right: {dict(sorted(result.added_right.items()))}")
        out.print(f"  added and wrong: {dict(sorted(result.added_wrong.items()))}")
        if encoder is not None:
            out.print(f"  meaning model consulted on {result.meaning_consulted} messages")
            out.print(f"  meaning added and right: {dict(sorted(result.meaning_right.items()))}")
            out.print(f"  meaning added and wrong: {dict(sorted(result.meaning_wrong.items()))}")
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
    if vectors is None:
        return
    try:
        head = fit_meaning(
            vectors,
            [item.intent for item in items],
            info={"trained_on": trained_on, "messages": len(items)},
        )
    except (RuntimeError, ValueError) as exc:
        raise fail(str(exc)) from None
    meaning_path = meaning_output or output.with_name(PACKAGED_HEAD.name)
    write_meaning(head, meaning_path)
    out.print(
        f"meaning head trained on the same {len(items)} messages "
        f"({len(head['classes'])} intents): {meaning_path}"
    )
