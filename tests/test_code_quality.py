"""The code is formatted, linted and strictly typed; CI runs these with the rest of the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[dev]')")
    return str(found)


def run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing_to_fix() -> None:
    run(tool("ruff"), "check", "negotiator", "tests", "bench")


def test_the_code_is_formatted() -> None:
    run(tool("ruff"), "format", "--check", "negotiator", "tests", "bench")


def test_mypy_strict_is_clean() -> None:
    run(tool("mypy"), "--strict", "negotiator")
