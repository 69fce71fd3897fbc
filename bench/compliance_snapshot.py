"""Every verdict of the compliance filter over a fixed set of checks, to prove a change kept them.

A speed change to the filter must not change one decision. This tool records, as JSON lines,
what the filter says about:

* ``mix``: the bench's own random mixes (``bench_compliance.random_cases``: traffic and red
  team) for several seeds, every pack, random contexts and clocks;
* ``corpus``: every text of every file under ``tests/compliance_corpus/`` under every pack
  (CN, US, UK) and a fixed list of contexts: verified or not, a third party, a co-debtor, a
  first message, an opt-out, proactive messages at several local hours with earlier messages
  for the caps, a policy with a narrower window; plus the text's content findings alone and
  its inbound screening;
* ``fuzz``: corpus texts disguised with every evasion trick the matching form undoes (and
  random strings of the characters those steps look for), with their matching form, skeleton,
  amounts, content findings per pack and screening.

Each record holds the verdict's outcome, rule ids, citations, explanation, ``not_before`` and
findings (the audit record), keyed by a stable id. ``--compare`` tells whether two snapshots
agree::

    .venv/bin/python bench/compliance_snapshot.py /tmp/before.jsonl      # on the old code
    .venv/bin/python bench/compliance_snapshot.py /tmp/after.jsonl       # on the new code
    .venv/bin/python bench/compliance_snapshot.py --compare /tmp/before.jsonl /tmp/after.jsonl

The tool imports the ``negotiator`` of the tree it sits in (it prints which one); to snapshot
another tree, run that tree's copy, e.g. from a ``git worktree`` of the old commit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_compliance
import yaml

import negotiator
from negotiator.compliance import (
    ComplianceFilter,
    InboundScreener,
    OutboundContext,
    Recipient,
    RulePack,
    builtin_screener,
    load_packs,
)
from negotiator.compliance.amounts import find_amounts
from negotiator.compliance.normalize import matching_form, skeleton
from negotiator.domain.clock import FixedClock
from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.domain.money import Money
from negotiator.domain.policy_sections import ContactRules

CORPUS = ROOT / "tests" / "compliance_corpus"
SEEDS = (1, 2, 3, 4, 5)
RECORD = frozenset({Money.of(Decimal("11800.00"), "CNY"), Money.of(Decimal("1234.50"), "USD")})
# Instants the corpus is checked at (UTC): night, morning and evening in each pack's zone, and
# the days clocks change in the US (2026-03-08) and the UK (2026-03-29).
CLOCKS = (
    datetime(2026, 11, 22, 10, 0, tzinfo=UTC),
    datetime(2026, 11, 22, 0, 30, tzinfo=UTC),
    datetime(2026, 11, 22, 13, 59, tzinfo=UTC),
    datetime(2026, 11, 22, 21, 0, tzinfo=UTC),
    datetime(2026, 3, 8, 6, 45, tzinfo=UTC),
    datetime(2026, 3, 29, 7, 15, tzinfo=UTC),
)

Record = dict[str, Any]


def outcome(call: Callable[[], Any]) -> Any:
    """What ``call`` returns, or the exception it raises (a crash is behaviour to keep too)."""
    try:
        return call()
    except Exception as exc:
        return {"raised": f"{type(exc).__name__}: {exc}"}


def verdict_record(compliance: ComplianceFilter, text: str, language: str, context: Any) -> Any:
    """The audit record of one check: outcome, rules, citations, explanation, findings."""

    def check() -> Any:
        checked = compliance.check_outbound(text, language, context)
        if checked.text != text or checked.language != language:
            raise AssertionError(f"the filter changed the text it sealed: {text!r}")
        return checked.verdict.to_audit()

    return outcome(check)


def findings_record(compliance: ComplianceFilter, text: str) -> Any:
    """The content findings of a text, as audit data."""
    return outcome(lambda: [finding.to_audit() for finding in compliance.content_findings(text)])


def screening_record(screener: InboundScreener, text: str) -> Any:
    """The inbound screening of a text, as audit data."""
    return outcome(lambda: screener.screen(text).to_audit())


def forms_record(text: str) -> Any:
    """The matching form of a text and its skeleton."""
    return outcome(lambda: [form := matching_form(text), skeleton(form)])


def amounts_record(text: str) -> Any:
    """The amounts a text states."""
    return outcome(
        lambda: [[str(a.value), sorted(a.currencies), a.text] for a in find_amounts(text)]
    )


def mix_records(packs: dict[Jurisdiction, RulePack], checks: int) -> Iterator[Record]:
    """The bench's own mixes, for several seeds (and the bench's default seed, in full)."""
    runs = [(seed, checks) for seed in SEEDS] + [(2026, 20_000)]
    for seed, count in runs:
        for mix, bad_share in (("traffic", 0.05), ("red team", None)):
            for number, case in enumerate(
                bench_compliance.random_cases(packs, count, seed, bad_share)
            ):
                record = verdict_record(case.compliance, case.text, case.language, case.context)
                yield {"id": f"mix/{mix}/{seed}/{number}", "text": case.text, "verdict": record}


def corpus_files() -> list[tuple[str, str, str]]:
    """``(file name, text, language)`` of every corpus message, in file order."""
    texts = []
    for path in sorted(CORPUS.glob("*.yaml")):
        language = path.stem.split("_", 1)[1]
        for entry in yaml.safe_load(path.read_text("utf-8")):
            texts.append((path.name, entry["text"], language))
    return texts


def corpus_contexts(jurisdiction: Jurisdiction, now: datetime) -> dict[str, OutboundContext]:
    """The contexts every corpus text is checked under."""
    zone = bench_compliance.ZONES[jurisdiction]
    rng = random.Random(f"{jurisdiction.value}/{now.isoformat()}")
    sent = tuple(
        now - timedelta(hours=rng.randint(1, 200), minutes=rng.randint(0, 59)) for _ in range(7)
    )
    return {
        "verified": OutboundContext(verified=True, amounts_on_record=RECORD),
        "verified_no_record": OutboundContext(verified=True),
        "unverified": OutboundContext(verified=False, account_references=("CN-100001", "4111")),
        "third_party": OutboundContext(
            recipient=Recipient.THIRD_PARTY,
            verified=True,
            creditor_names=("Example Bank", "示例银行"),
            account_references=("CN-100001",),
        ),
        "co_debtor": OutboundContext(
            recipient=Recipient.CO_DEBTOR, verified=True, amounts_on_record=RECORD
        ),
        "first": OutboundContext(
            first_message=True,
            creditor_names=("Example Bank", "示例银行"),
            human_contact="400-800-1234",
        ),
        "first_bare": OutboundContext(first_message=True),
        "opted_out": OutboundContext(verified=True, opted_out=True),
        "opt_out_confirmation": OutboundContext(
            verified=True, opted_out=True, opt_out_confirmation=True
        ),
        "proactive": OutboundContext(
            verified=True, proactive=True, timezone=zone, amounts_on_record=RECORD
        ),
        "proactive_sent": OutboundContext(
            verified=True, proactive=True, timezone=zone, proactive_sent=sent[:3]
        ),
        "proactive_capped": OutboundContext(
            verified=True, proactive=True, timezone=zone, proactive_sent=sent
        ),
        "proactive_no_zone": OutboundContext(verified=True, proactive=True),
        "proactive_bad_zone": OutboundContext(verified=True, proactive=True, timezone="Mars/Base"),
    }


def corpus_records(packs: dict[Jurisdiction, RulePack]) -> Iterator[Record]:
    """Every corpus text under every pack, clock and context; its findings and screening."""
    texts = corpus_files()
    policy = ContactRules(earliest=time(9, 30), latest=time(18, 0), max_per_day=1, max_per_week=3)
    screener = builtin_screener()
    for number, (name, text, language) in enumerate(texts):
        key = f"corpus/{name}/{number}"
        yield {
            "id": f"{key}/screen",
            "screening": screening_record(screener, text),
        }
        for jurisdiction, pack in packs.items():
            plain = ComplianceFilter(pack, FixedClock(CLOCKS[0]))
            yield {"id": f"{key}/{jurisdiction}/content", "findings": findings_record(plain, text)}
            for at in CLOCKS:
                filters = {
                    "pack": ComplianceFilter(pack, FixedClock(at)),
                    "policy": ComplianceFilter(pack, FixedClock(at), policy_contact=policy),
                }
                for situation, context in corpus_contexts(jurisdiction, at).items():
                    if at != CLOCKS[0] and not context.proactive:
                        continue  # the clock matters to proactive messages only
                    for limits, compliance in filters.items():
                        if limits == "policy" and not context.proactive:
                            continue
                        record = verdict_record(compliance, text, language, context)
                        yield {
                            "id": f"{key}/{jurisdiction}/{at:%m%d%H%M}/{situation}/{limits}",
                            "verdict": record,
                        }


# Characters the matching form folds or skips, for disguising text.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u202e\u2066"
_LOOKALIKE = {
    "a": "аα@4ᴀ", "e": "еε3ᴇ", "i": "іι1!|ı", "o": "оο0σ", "l": "ӏ1|ʟ", "s": "ѕ$5ſ",
    "k": "кκᴋK", "t": "тτ7", "c": "сᴄ", "p": "рρ", "y": "уγ", "u": "υμ", "n": "пη",
    "已": "己巳", "断": "斷", "还": "還", "债": "債", "钱": "錢",
}  # fmt: skip
_PADS = (".", "-", "*", " ", "_", "·", "•", "~", "/", "\u00a0", "\u3000", "\u2003", " . ")
_SPACES = ("\u00a0", "\u3000", "\u2003", "\t", "  ", "\n")
_MARKS = "\u0301\u0336\u0338\u20e3\ufe0f"
_APOSTROPHES = ("'", "’", "‘", "`", "´", "＇", " ' ")
_AMOUNTS = (
    "$1,234.50", "USD 1234.5", "¥11,800.00", "11800元", "一万一千八百元", "一千五百元",
    "１２３４元", "£ 99", "€12", "1,500", "555-0100", "5pm", "3rd", "cn100001", "RMB 200",
    "两千块", "壹萬元", "us$ 7", "0.5", "12:30", "2026-11-22",
)  # fmt: skip
_SOUP = [
    *"abcdiklmnostuy0134578@$!|'`´’.-_*~/+=\\\"·• ,;:?()", "\u00a0", "\u3000", "打", "断",
    "ſ", "K", "İ", "ı", "Ａ", "ｌ", "𝐤", "ⓚ", "😀", "\u200b", "dont", "youll", "wont", "ill",
    "im", "kill", "jail", "you", "will", "arrest",
]  # fmt: skip


def disguise(rng: random.Random, text: str) -> str:
    """``text`` with a few evasion tricks applied at random places."""
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        if not chars:
            break
        at = rng.randrange(len(chars))
        trick = rng.randrange(11)
        char = chars[at]
        if trick == 0:
            chars.insert(at, rng.choice(_INVISIBLE))
        elif trick == 1 and char.lower() in _LOOKALIKE:
            chars[at] = rng.choice(_LOOKALIKE[char.lower()])
        elif trick == 2:
            chars[at] = char + rng.choice(_PADS)
        elif trick == 3 and len(char) == 1 and "!" <= char <= "~":
            chars[at] = chr(ord(char) + 0xFEE0)  # full width
        elif trick == 4:
            chars[at] = char.upper() if rng.random() < 0.5 else char * rng.randint(2, 4)
        elif trick == 5:
            chars[at] = char + rng.choice(_MARKS)
        elif trick == 6:
            chars.insert(
                at, rng.choice(_APOSTROPHES) + rng.choice(("ll", "t", "s", "re", "d", "m"))
            )
        elif trick == 7:
            chars.insert(at, f" {rng.choice(_AMOUNTS)} ")
        elif trick == 8:
            chars[at] = rng.choice(_SPACES) if char == " " else char
        elif trick == 9:
            end = min(len(chars), at + rng.randint(3, 8))
            separator = rng.choice(_PADS)
            chars[at:end] = [separator.join(chars[at:end])]
        else:
            chars.insert(at, rng.choice(_SOUP))
    return "".join(chars)


def fuzz_texts(count: int, soup: int) -> Iterator[tuple[str, str]]:
    """``(id, text)``: disguised corpus texts, then random strings of tricky characters."""
    rng = random.Random(5)
    texts = corpus_files()
    for number in range(count):
        first = rng.choice(texts)[1]
        text = first if rng.random() < 0.7 else first + " " + rng.choice(texts)[1]
        yield f"fuzz/disguised/{number}", disguise(rng, text)
    for number in range(soup):
        pieces = rng.choices(_SOUP, k=rng.randint(1, 30))
        yield f"fuzz/soup/{number}", "".join(pieces)


def fuzz_records(packs: dict[Jurisdiction, RulePack], count: int, soup: int) -> Iterator[Record]:
    """The matching form, skeleton, amounts, findings, screening and verdicts of fuzzed texts."""
    screener = builtin_screener()
    filters = {j: ComplianceFilter(pack, FixedClock(CLOCKS[0])) for j, pack in packs.items()}
    unverified = OutboundContext(verified=False, account_references=("CN-100001",))
    for key, text in fuzz_texts(count, soup):
        record: Record = {
            "id": key,
            "text": text,
            "forms": forms_record(text),
            "amounts": amounts_record(text),
            "screening": screening_record(screener, text),
        }
        for jurisdiction, compliance in filters.items():
            record[f"findings/{jurisdiction}"] = findings_record(compliance, text)
        cn = filters[Jurisdiction.CN]
        record["verified"] = verdict_record(
            cn, text, "en", OutboundContext(verified=True, amounts_on_record=RECORD)
        )
        record["unverified"] = verdict_record(cn, text, "en", unverified)
        yield record


def inputs_digest() -> str:
    """A digest of what the checks are built from: the bench's generator and the corpus."""
    digest = hashlib.sha256(Path(bench_compliance.__file__).read_bytes())
    for path in sorted(CORPUS.glob("*.yaml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def snapshot(out: Path, checks: int, fuzz: int, soup: int) -> None:
    """Write every record to ``out``, one JSON object a line, after a header."""
    print(f"negotiator from {negotiator.__file__}", file=sys.stderr)
    packs = load_packs()
    versions = {str(j): p.version for j, p in packs.items()}
    count = 0
    with out.open("w", encoding="utf-8") as file:
        header = {"id": "meta", "inputs": inputs_digest(), "packs": versions}
        file.write(json.dumps(header, ensure_ascii=False) + "\n")
        for section in (
            mix_records(packs, checks),
            corpus_records(packs),
            fuzz_records(packs, fuzz, soup),
        ):
            for record in section:
                file.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
    print(f"{count} records written to {out}", file=sys.stderr)


def load(path: Path) -> dict[str, Record]:
    """The records of a snapshot by id."""
    records = {}
    with path.open(encoding="utf-8") as file:
        for line in file:
            record = json.loads(line)
            records[record.pop("id")] = record
    return records


def compare(first: Path, second: Path) -> int:
    """Print how many records differ and the first 20 differences; 1 if any differ."""
    one, two = load(first), load(second)
    meta_one, meta_two = one.pop("meta", {}), two.pop("meta", {})
    if meta_one != meta_two:
        print(f"note: the inputs differ: {meta_one} != {meta_two}")
    differences = []
    for key in one.keys() | two.keys():
        if one.get(key) != two.get(key):
            differences.append(key)
    differences.sort(key=lambda key: (key not in one, key not in two, key))
    checks = sum(_checks(record) for record in one.values())
    print(f"{len(one)} records ({checks} checks) against {len(two)}: {len(differences)} differ")
    for key in differences[:20]:
        a, b = one.get(key), two.get(key)
        if a is None or b is None:
            print(f"- {key}: only in {'the second' if a is None else 'the first'}")
            continue
        print(f"- {key}:")
        for field, old, new in _changed(a, b):
            print(f"    {field}:\n      {old!r}\n      {new!r}")
    return 1 if differences else 0


def _changed(a: Record, b: Record, prefix: str = "") -> Iterator[tuple[str, Any, Any]]:
    """``(field, first, second)`` for every field that differs, inside verdicts too."""
    for field in sorted(a.keys() | b.keys()):
        old, new = a.get(field), b.get(field)
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict):
            yield from _changed(old, new, f"{prefix}{field}.")
        else:
            yield f"{prefix}{field}", old, new


def _checks(record: Record) -> int:
    """How many filter calls a record holds (verdicts, finding lists, screenings)."""
    return sum(
        1
        for name in record
        if name.startswith(("verdict", "findings", "screening", "verified", "unverified"))
    )


def main() -> None:
    """Write a snapshot, or compare two."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="the JSON-lines file to write")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"), help="compare two")
    parser.add_argument("--checks", type=int, default=4000, help="checks per seed and mix (4000)")
    parser.add_argument("--fuzz", type=int, default=6000, help="disguised texts (6000)")
    parser.add_argument("--soup", type=int, default=20000, help="random strings (20000)")
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.out is None:
        parser.error("give the file to write, or --compare A B")
    snapshot(args.out, args.checks, args.fuzz, args.soup)


if __name__ == "__main__":
    main()
