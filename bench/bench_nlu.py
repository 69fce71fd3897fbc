"""How many debtor messages a second the interpreter understands, and how long one takes.

Interprets every message of the corpus files the models learn from (``TRAINING_FILES`` in
``negotiator/nlu/training.py``, all three languages; a blind file waiting for its one measurement
is never read, not even to time it) in passes, timing each message, and prints the throughput
of the best pass and the p50/p99/max latency over all passes. Loading the lexicons is start-up
work and is timed separately.

Run from the repository root::

    .venv/bin/python bench/bench_nlu.py [--passes 20] [--no-meaning]

``--no-meaning`` reads without the meaning model (``negotiator/nlu/meaning.py``), which is
consulted on the messages the lexicons and the n-gram model are unsure of, corroborates a safety
intent the n-gram model reads where no evidence word is, and reads every message for a safety
intent it is all but sure of (``nlu/corroboration.py``): since session 37 its encoder runs on
every message, about 3 ms each, which is most of the time measured with it on.

Targets (issue 4): over 20,000 interpretations a second, p99 under 1 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from negotiator.nlu.evaluation import load_corpus
from negotiator.nlu.interpreter import Interpreter
from negotiator.nlu.meaning import PACKAGED_HEAD, Encoder
from negotiator.nlu.training import TRAINING_FILES

if TYPE_CHECKING:  # numpy comes with the meaning model (the `meaning` extra), not always
    import numpy as np
    import numpy.typing as npt

TODAY = date(2026, 11, 18)
TARGET_PER_SECOND = 20_000
TARGET_P99_MS = 1.0


class _CountingEncoder:
    """The encoder, counting the texts it encodes."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self.texts = 0

    def encode(self, texts: list[str]) -> npt.NDArray[np.float32]:
        self.texts += len(texts)
        return self.encoder.encode(texts)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=20, help="timed passes over the corpus")
    parser.add_argument(
        "--meaning",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="consult the meaning model where unsure (on, as the bot does)",
    )
    args = parser.parse_args()

    started = time.perf_counter()
    interpreter = Interpreter.load(meaning=PACKAGED_HEAD if args.meaning else None)
    loaded = time.perf_counter() - started
    messages = [
        (item.text, item.lang)
        for name in TRAINING_FILES
        for item in load_corpus(ROOT / "tests" / "nlu_corpus" / name)
    ]
    for text, language in messages:  # warm-up: compiled patterns, caches
        interpreter.interpret(text, language, today=TODAY)

    latencies: list[float] = []
    best = float("inf")
    clock = time.perf_counter
    for _ in range(args.passes):
        pass_start = clock()
        for text, language in messages:
            start = clock()
            interpreter.interpret(text, language, today=TODAY)
            latencies.append(clock() - start)
        best = min(best, clock() - pass_start)

    latencies.sort()
    per_second = len(messages) / best
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(f"lexicons loaded and compiled in {loaded * 1000:.0f} ms")
    print(f"corpus: {len(messages)} messages, {args.passes} passes")
    meaning = interpreter.meaning
    if meaning is None:
        print("meaning model: off")
    else:
        counting = _CountingEncoder(meaning.encoder)
        counted = replace(interpreter, meaning=replace(meaning, encoder=counting))
        for text, language in messages:
            counted.interpret(text, language, today=TODAY)
        print(
            f"meaning model: on, its encoder run on {counting.texts / len(messages):.1%} of the "
            "messages (each is read for a safety intent it is all but sure of)"
        )
    slowest = latencies[-1] * 1000
    print(
        f"throughput (best pass): {per_second:,.0f} interpretations/s "
        f"(target > {TARGET_PER_SECOND:,})"
    )
    print(
        f"latency: p50 {p50:.3f} ms, p99 {p99:.3f} ms (target < {TARGET_P99_MS} ms), "
        f"max {slowest:.3f} ms"
    )
    long_text = "😀今天真的很烦，" * 600 + "我不想活了"
    start = clock()
    interpreter.interpret(long_text, "zh_Hans", today=TODAY)
    print(f"one {len(long_text):,}-character message: {(clock() - start) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
