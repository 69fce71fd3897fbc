"""Write the reference and the two briefs for commissioning one blind file from independent authors.

A blind file is written by two authors who see nothing of the project but what this script cuts
for them: the intents and their priority (``negotiator/nlu/interpretation.py``), the hardship
reasons (``negotiator/domain/policy_sections.py``), the corpus format and labelling conventions
(``tests/nlu_corpus/README.md``, "Format" up to "How the split was made") and how dates are read
(``negotiator/nlu/dates.py``'s module docstring). One author writes the English file, the other
both Chinese files, each to ``brief.md`` filled in with a mix of writers of its own::

    .venv/bin/python tests/nlu_corpus/commissioning/commission.py 96 \\
        --en-mix "Workington, Barrow, … a forklift driver, voice-to-text" \\
        --zh-mix "晋中, 朔州, … 外卖员; 北投, 士林, … 香港: 北角, …"

writes ``/tmp/blind96/reference.md``, ``brief_en.md`` and ``brief_zh.md``. Give each author only
"read /tmp/blind96/brief_en.md (or _zh) and do what it says". The authors write
``/tmp/blind96/en.jsonl``, ``zh_Hans.jsonl`` and ``zh_Hant.jsonl`` and report counts, checksums
and labelling calls, never a message. The lead then seals the file (English, then Simplified,
then Traditional, as ``tests/nlu_corpus/blind96.jsonl``), reads nothing of it but its lengths,
commits it with its row in the README, and measures it once with ``negotiator nlu eval``.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent


def _between(path: Path, first: str, stop: str) -> list[str]:
    """The lines of ``path`` from the one starting with ``first`` up to the one starting with
    ``stop`` (excluded)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines[start + 1 :], start + 1) if line.startswith(stop))
    return lines[start:end]


def reference() -> str:
    """What an author may read, cut from the sources as they stand."""
    interpretation = ROOT / "negotiator" / "nlu" / "interpretation.py"
    intents = _between(interpretation, "class Intent", "SAFETY_INTENTS")
    priority = _between(interpretation, "INTENT_PRIORITY", "class Period")
    reasons = _between(
        ROOT / "negotiator" / "domain" / "policy_sections.py", "class HardshipReason", "class "
    )
    conventions = _between(ROOT / "tests" / "nlu_corpus" / "README.md", "## Format", "## How")
    dates = ast.get_docstring(ast.parse((ROOT / "negotiator/nlu/dates.py").read_text("utf-8")))
    parts = [
        "# Reference for authors of a labelled corpus file",
        "",
        "## The intents",
        "",
        "```python",
        *intents,
        "```",
        "",
        "## Which intent is the label when a message holds several (first in this order)",
        "",
        "```python",
        *priority,
        "```",
        "",
        "## The hardship reasons",
        "",
        "```python",
        *reasons,
        "```",
        "",
        *conventions,
        "",
        "## How dates are read (module docstring of dates.py)",
        "",
        "```",
        dates or "",
        "```",
        "",
    ]
    return "\n".join(parts)


def brief(number: int, language: str, mix: str, folder: Path) -> str:
    """The brief for the author of ``language`` (``en`` or ``zh``, both Chinese files)."""
    template = (HERE / "brief.md").read_text(encoding="utf-8")
    if language == "en":
        output = f"`{folder}/en.jsonl`: 200 English messages (`lang`: `en`)."
        ids = f"`blind{number}-en-001` … `blind{number}-en-200`"
    else:
        output = (
            f"`{folder}/zh_Hans.jsonl` and `{folder}/zh_Hant.jsonl`: 200 Simplified Chinese "
            "messages (`lang`: `zh_Hans`, mainland writers) and 200 Traditional Chinese messages "
            "(`lang`: `zh_Hant`; Taiwan, Hong Kong with Cantonese, Macau and overseas writers). "
            "Each language its own people: no message translated from the other."
        )
        ids = f"`blind{number}-zh_Hans-001` … `-200` and `blind{number}-zh_Hant-001` … `-200`"
    return template.format(reference=folder / "reference.md", output=output, ids=ids, mix=mix)


def main() -> None:
    """Write the reference and both briefs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("number", type=int, help="the blind file's number (96 for blind96)")
    parser.add_argument("--en-mix", required=True, help="the English author's mix of writers")
    parser.add_argument("--zh-mix", required=True, help="the Chinese author's mix of writers")
    parser.add_argument("--into", type=Path, help="folder (default /tmp/blindNN)")
    args = parser.parse_args()
    folder: Path = args.into or Path("/tmp") / f"blind{args.number}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reference.md").write_text(reference(), encoding="utf-8")
    for language, mix in (("en", args.en_mix), ("zh", args.zh_mix)):
        text = brief(args.number, language, mix, folder)
        (folder / f"brief_{language}.md").write_text(text, encoding="utf-8")
    print(f"wrote {folder}/reference.md, brief_en.md and brief_zh.md")


if __name__ == "__main__":
    main()
