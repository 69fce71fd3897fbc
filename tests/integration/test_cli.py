"""The `negotiator` command as an operator uses it, on a fresh SQLite database."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from negotiator.bootstrap import bootstrap
from negotiator.cli import app
from negotiator.dialog.decisions import EventKind
from negotiator.services.conversation import Incoming
from tests.conftest import EXAMPLES


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "POLICY", "SECRET", "DATA_DIR", "BOT_USERNAME"):
        monkeypatch.delenv(f"NEGOTIATOR_{name}", raising=False)
    monkeypatch.setenv("NEGOTIATOR_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'n.db'}")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_policy_check_passes_the_example() -> None:
    code, out, _ = run("policy", "check", str(EXAMPLES / "policy.yaml"))
    assert code == 0
    assert "OK (2 portfolio(s))" in out


def test_policy_check_fails_with_the_line_and_field(tmp_path: Path) -> None:
    text = (
        (EXAMPLES / "policy.yaml")
        .read_text(encoding="utf-8")
        .replace("max_count: 24", "max_count: 1")
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    line = text.splitlines().index("      max_count: 1") + 1
    code, _, err = run("policy", "check", str(bad))
    assert code == 1
    assert (
        f"{bad}:{line}: portfolios[0].instalments.max_count: max_count (1) is below min_count (2)"
        in err
    )


def test_import_then_link_then_audit(workdir: Path) -> None:
    code, out, err = run("accounts", "import", str(EXAMPLES / "accounts.csv"))
    assert code == 0, err
    assert "imported 32 account(s)" in out
    assert "32 new" in out
    code, out, _ = run("accounts", "link", "CN-100001")
    assert code == 0
    assert out.strip().startswith("https://t.me/negotiator_demo_bot?start=CN-100001")
    assert (workdir / ".negotiator" / "secret").exists()
    code, out, _ = run("audit", "verify")
    assert (code, out.strip()) == (0, "audit chain intact: 1 event(s) verified")


def test_a_bad_file_imports_nothing_and_exits_non_zero(workdir: Path) -> None:
    lines = (EXAMPLES / "accounts.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("cn-card", "cn-gold")
    (workdir / "bad.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _out, err = run("accounts", "import", "bad.csv")
    assert code == 1
    assert "row 4, column portfolio: unknown portfolio 'cn-gold'" in err
    with sqlite3.connect(workdir / "n.db") as db:
        assert db.execute("SELECT count(*) FROM accounts").fetchone() == (0,)


def test_a_link_for_an_unknown_account_is_refused(workdir: Path) -> None:
    code, _, err = run("accounts", "link", "NOPE")
    assert code == 1
    assert "no account 'NOPE'" in err


def test_agents_are_added_and_renamed(workdir: Path) -> None:
    assert run("agents", "add", "4242", "--name", "Li Na")[1].strip() == "agent 4242 (Li Na) added"
    assert run("agents", "add", "4242", "--name", "李娜")[1].strip() == "agent 4242 (李娜) updated"


def test_an_edited_audit_event_makes_verify_fail(workdir: Path) -> None:
    run("accounts", "import", str(EXAMPLES / "accounts.csv"))
    run("agents", "add", "1", "--name", "A")
    with sqlite3.connect(workdir / "n.db") as db:
        db.execute("UPDATE audit_events SET data = '{\"created\": 0}' WHERE seq = 1")
    code, _, err = run("audit", "verify")
    assert code == 1
    assert "BROKEN at event 1" in err


def test_old_audit_events_are_purged_and_the_chain_still_verifies(workdir: Path) -> None:
    run("accounts", "import", str(EXAMPLES / "accounts.csv"))
    run("agents", "add", "1", "--name", "A")
    run("agents", "add", "2", "--name", "B")
    with sqlite3.connect(workdir / "n.db") as db:  # the first two happened three years ago
        db.execute(
            "UPDATE audit_events SET occurred_at = '2023-01-0' || seq || ' 00:00:00.000000' "
            "WHERE seq <= 2"
        )
    # Moving the dates broke those two events' hashes; recompute them as if they had been
    # written then (what the purge must keep verifiable is the chain after them).
    asyncio.run(_rechain(workdir / "n.db"))
    assert run("audit", "verify")[0] == 0
    code, _, err = run("audit", "purge", "--before", "2025-06-01")
    assert code == 1
    assert "inside the retention period (730 days" in err
    code, out, _ = run("audit", "purge", "--before", "2024-01-01")
    assert (code, out.strip()) == (
        0,
        "purged 2 audit event(s) before 2024-01-01; the chain still verifies",
    )
    code, out, _ = run("audit", "verify")
    assert (code, out.strip()) == (0, "audit chain intact: 2 event(s) verified")
    with sqlite3.connect(workdir / "n.db") as db:  # forging the anchor is caught
        db.execute("UPDATE audit_anchor SET hash = '" + "f" * 64 + "'")
    code, _, err = run("audit", "verify")
    assert code == 1
    assert "purge anchor" in err


async def _rechain(path: Path) -> None:
    """Recompute every hash of the audit chain in ``path`` (a test's way to backdate events)."""
    from negotiator.storage.repositories.audit import GENESIS_HASH, event_hash

    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT seq, occurred_at, kind, subject, actor, data FROM audit_events ORDER BY seq"
        ).fetchall()
        prev = GENESIS_HASH
        for seq, occurred_at, kind, subject, actor, data in rows:
            at = datetime.fromisoformat(occurred_at).replace(tzinfo=UTC)
            digest = event_hash(prev, at, kind, subject, actor, json.loads(data))
            db.execute(
                "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?",
                (prev, "x" + str(seq), seq),
            )
            db.execute("UPDATE audit_events SET hash = ? WHERE seq = ?", (digest, seq))
            prev = digest


async def _escalate_a_chat() -> None:
    """A debtor verifies in the terminal channel, then asks for a person (case #1)."""
    application = bootstrap()
    try:
        service = application.conversations
        for event in (
            Incoming("terminal", 1, EventKind.START, link_reference="US-200001"),
            Incoming("terminal", 1, EventKind.TEXT, text="1990-08-10"),
            Incoming("terminal", 1, EventKind.COMMAND, name="agent"),
        ):
            await service.handle(event, application.uow())
    finally:
        await application.close()


def test_cases_are_listed_and_exported_with_their_transcript(workdir: Path) -> None:
    assert run("accounts", "import", str(EXAMPLES / "accounts.csv"))[0] == 0
    code, out, _ = run("cases", "list")
    assert (code, out.strip()) == (0, "目前没有未结案件。")
    asyncio.run(_escalate_a_chat())
    code, out, _ = run("cases", "list")
    assert code == 0
    assert "#1 · 普通 · 要求人工 · 等待中" in out
    code, out, _ = run("cases", "export", "1")
    assert code == 0
    assert out.startswith("Case #1: request_human (priority 2), waiting")
    assert "DEBTOR: 1990-08-10" in out
    assert "BOT: " in out
    assert "case.opened by bot" in out
    code, _, _ = run("cases", "export", "1", "--json", "--output", "case1.json")
    assert code == 0
    exported = json.loads((workdir / "case1.json").read_text(encoding="utf-8"))
    assert exported["case"]["account"] == "US-200001"
    assert [m["author"] for m in exported["messages"]][:3] == ["debtor", "bot", "bot"]
    code, _, err = run("cases", "export", "99")
    assert code == 1
    assert "case 99 does not exist" in err


def test_the_console_script_is_installed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "negotiator", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().startswith("negotiator ")


def test_db_upgrade_creates_the_schema(workdir: Path) -> None:
    code, out, _ = run("db", "upgrade")
    assert (code, out.strip()) == (0, "database is at the latest revision")
    with sqlite3.connect(workdir / "n.db") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"accounts", "agreements", "audit_events", "inbox", "outbox"} <= tables


def test_offers_prints_each_plan_with_its_schedule(workdir: Path) -> None:
    run("accounts", "import", str(EXAMPLES / "accounts.csv"))
    code, out, _ = run("offers", "CN-100001", "--capacity", "3000")
    assert code == 0, out
    assert "offer: instalments" in out
    assert "CN¥24,394.27" in out  # the balance, formatted by babel
    assert "down payment" in out


def test_offers_as_json_are_inside_the_capacity(workdir: Path) -> None:
    run("accounts", "import", str(EXAMPLES / "accounts.csv"))
    code, out, _ = run("offers", "CN-100001", "--capacity", "3000", "--json")
    assert code == 0, out
    document = json.loads(out)
    assert document["reference"] == "CN-100001"
    assert document["status"] == "offers"
    for plan in document["plans"]:
        amounts = [Decimal(payment["amount"]) for payment in plan["schedule"]]
        assert sum(amounts) == Decimal(plan["total"])
        assert max(amounts) <= Decimal("3000")


def test_offers_say_unaffordable_and_never_offer_the_closest_plan(workdir: Path) -> None:
    run("accounts", "import", str(EXAMPLES / "accounts.csv"))
    code, out, _ = run("offers", "CN-100001", "--capacity", "100", "--json")
    assert code == 0, out
    document = json.loads(out)
    assert document["status"] == "unaffordable"
    assert document["hardship_available"] is True
    assert Decimal(document["gap"]) > 0
    code, text, _ = run("offers", "CN-100001", "--capacity", "100")
    assert "UNAFFORDABLE" in text
    assert "not offered" in text


def test_offers_refuse_a_bad_capacity_and_an_unknown_account(workdir: Path) -> None:
    run("accounts", "import", str(EXAMPLES / "accounts.csv"))
    code, _, err = run("offers", "CN-100001", "--capacity", "lots")
    assert code == 1
    assert "--capacity" in err
    code, _, err = run("offers", "CN-100001", "--capacity", "1.234")
    assert code == 1
    assert "more decimals than CNY" in err
    code, _, err = run("offers", "NOPE-1")
    assert code == 1
    assert "no account 'NOPE-1'" in err
