"""The rooms of DESIGN.md: who may import whom, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "negotiator"

# room -> top-level modules it must not import
FORBIDDEN = {
    "domain": {
        "aiogram",
        "sqlalchemy",
        "alembic",
        "aiohttp",
        "asyncpg",
        "redis",
        "negotiator.storage",
        "negotiator.services",
        "negotiator.channels",
        "negotiator.nlu",
        "negotiator.compliance",
        "negotiator.dialog",
    },
    "nlu": {
        "aiogram",
        "sqlalchemy",
        "aiohttp",
        "negotiator.storage",
        "negotiator.services",
        "negotiator.channels",
    },
    "compliance": {
        "aiogram",
        "sqlalchemy",
        "aiohttp",
        "negotiator.storage",
        "negotiator.services",
        "negotiator.channels",
    },
    "dialog": {
        "aiogram",
        "sqlalchemy",
        "aiohttp",
        "negotiator.storage",
        "negotiator.services",
        "negotiator.channels",
    },
    "documents": {
        "aiogram",
        "sqlalchemy",
        "aiohttp",
        "negotiator.storage",
        "negotiator.services",
        "negotiator.channels",
        "negotiator.dialog",
        "negotiator.nlu",
        "negotiator.compliance",
    },
    "i18n": {
        "aiogram",
        "sqlalchemy",
        "negotiator.storage",
        "negotiator.services",
        "negotiator.channels",
        "negotiator.dialog",
    },
    "services": {"aiogram", "negotiator.channels"},
    "storage": {"aiogram", "negotiator.services", "negotiator.channels"},
}


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def sources() -> list[tuple[str, Path]]:
    return [
        (path.relative_to(PACKAGE).parts[0], path)
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] in FORBIDDEN
    ]


@pytest.mark.parametrize(("room", "path"), sources(), ids=lambda v: str(v))
def test_each_module_imports_only_what_its_room_allows(room: str, path: Path) -> None:
    banned = FORBIDDEN[room]
    offending = {
        name
        for name in imports_of(path)
        if any(name == b or name.startswith(b + ".") for b in banned)
    }
    assert offending == set(), f"{path.relative_to(PACKAGE)} imports {sorted(offending)}"


def test_aiogram_is_imported_only_by_the_telegram_channel() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "channels/telegram" in path.as_posix():
            continue
        assert not any(n.split(".")[0] == "aiogram" for n in imports_of(path)), path
