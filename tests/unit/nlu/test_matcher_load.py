"""The phrase matcher does its compiling at load: reading a message compiles nothing."""

from __future__ import annotations

import json

from tests.unit.nlu.support import CORPUS, interpreter, read


def test_reading_messages_compiles_no_gap_alternation() -> None:
    """Every alternation of gap phrases the matcher can try is made when it is built, so the
    first message holding a rare set of first words costs no compile (it cost 58–61 ms in the
    n-gram-only benchmark's worst message) and the table cannot grow with what debtors write."""
    gaps = interpreter().matcher._gaps
    assert gaps is not None
    made = dict(gaps.tried)
    assert made, "the lexicons have gap phrases"
    rows = [json.loads(line) for line in (CORPUS / "dev.jsonl").read_text("utf-8").splitlines()]
    for row in rows:
        read(row["text"], row["lang"])
    for text, language in [
        ("I'm not going to kill myself over this, relax", "en"),
        ("不要再打电话给我了，有事发短信", "zh_Hans"),
        ("唔好再打嚟啦，有嘢send短訊", "zh_Hant"),
    ]:
        read(text, language)
    assert gaps.tried == made
