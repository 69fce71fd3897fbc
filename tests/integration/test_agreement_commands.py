"""``negotiator agreements verify|export`` on every engine, against agreements stored for real.

The agreements are stored through the repository on the ``engine`` fixture; the commands then
run as an operator runs them (typer's CliRunner, ``NEGOTIATOR_DATABASE_URL`` pointing at the same
database), in a worker thread because each command starts its own event loop.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from typer.testing import CliRunner

from negotiator.commands.agreements import CSV_COLUMNS, app
from negotiator.domain.plans import PlanKind, PlanTerms
from negotiator.domain.signing import group_agreement_code
from negotiator.storage.records import Agreement
from tests.conftest import TEST_SECRET
from tests.integration.test_repositories import uow_for
from tests.unit.agreement_builders import ACCEPTED_AT, an_account, an_agreement

SHORT = PlanTerms(PlanKind.INSTALMENTS, date(2026, 12, 1), instalments=3)


@pytest.fixture
def operator_env(engine: AsyncEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands see the test database and the test secret, and keep state in tmp_path."""
    monkeypatch.setenv("NEGOTIATOR_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("NEGOTIATOR_SECRET", TEST_SECRET.decode())
    monkeypatch.setenv("NEGOTIATOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)


async def run(*args: str) -> tuple[int, str, str]:
    result = await asyncio.to_thread(CliRunner().invoke, app, list(args))
    return result.exit_code, result.stdout, result.stderr


async def store(engine: AsyncEngine, *agreements: Agreement) -> list[Agreement]:
    references = sorted({a.account_reference for a in agreements})
    async with uow_for(engine) as uow:
        await uow.accounts.upsert_many([(an_account(r), {}) for r in references], ACCEPTED_AT)
        stored = [await uow.agreements.add(a) for a in agreements]
        await uow.commit()
    return stored


def two_agreements() -> tuple[Agreement, Agreement]:
    return (
        an_agreement(),
        an_agreement(
            an_account("CN-100002"),
            SHORT,
            number="AG-2026-000002",
            accepted_at=ACCEPTED_AT + timedelta(hours=1),
        ),
    )


@pytest.mark.usefixtures("operator_env")
async def test_verify_names_the_agreement_a_typed_code_belongs_to(engine: AsyncEngine) -> None:
    first, second = two_agreements()
    await store(engine, first, second)
    typed = group_agreement_code(second.verification_digest).lower().replace("-", " ")
    code, out, err = await run("verify", typed)
    assert code == 0, err
    assert out.splitlines() == [
        "agreement:   AG-2026-000002",
        "account:     CN-100002",
        "total:       CNY 11800.00",
        "status:      active",
        "accepted at: 2026-11-22T11:00:00+00:00",
        f"code:        {group_agreement_code(second.verification_digest)} "
        "(matches the agreed terms)",
    ]
    # Read out in groups, it arrives as several words.
    code, out, _ = await run("verify", *group_agreement_code(first.verification_digest).split("-"))
    assert code == 0
    assert "AG-2026-000001" in out


@pytest.mark.usefixtures("operator_env")
@pytest.mark.parametrize("typed", ["AAAA-BBBB-CCCC-DDDD", "not a code", "7KQ2"])
async def test_verify_refuses_a_code_no_agreement_has(engine: AsyncEngine, typed: str) -> None:
    await store(engine, an_agreement())
    code, out, err = await run("verify", typed)
    assert code == 1
    assert out == ""
    assert "no agreement has this code" in err


@pytest.mark.usefixtures("operator_env")
async def test_verify_detects_an_agreement_altered_after_acceptance(engine: AsyncEngine) -> None:
    (stored,) = await store(engine, an_agreement())
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE instalments SET due_date = :later WHERE agreement_id = :id AND seq = 7"),
            {"later": date(2027, 12, 1), "id": stored.id},
        )
    code, out, err = await run("verify", stored.verification_digest)
    assert code == 1
    assert out == ""
    assert "AG-2026-000001 carries this code, but its stored terms no longer match it" in err


async def pay_first_instalments(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        await connection.execute(
            text("UPDATE instalments SET paid = amount, status = 'paid' WHERE seq = 1")
        )


@pytest.mark.usefixtures("operator_env")
async def test_export_csv_has_one_row_per_payment_with_the_agreement_repeated(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    stored = await store(engine, *two_agreements())
    await pay_first_instalments(engine)
    output = tmp_path / "agreements.csv"
    code, out, err = await run("export", "--format", "csv", "--output", str(output))
    assert code == 0, err
    assert out == ""
    assert f"exported 2 agreement(s), 10 payment(s) to {output}" in err
    assert not output.with_name("agreements.csv.partial").exists()
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["agreement_number"], r["instalment"]) for r in rows] == [
        *(("AG-2026-000001", str(n)) for n in range(1, 8)),
        *(("AG-2026-000002", str(n)) for n in range(1, 4)),
    ]
    assert rows[0] == {
        "agreement_number": "AG-2026-000001",
        "account_reference": "CN-100001",
        "kind": "hardship_instalments",
        "status": "active",
        "currency": "CNY",
        "total": "10000.00",
        "accepted_at": "2026-11-22T10:00:00+00:00",
        "verification_code": group_agreement_code(stored[0].verification_digest),
        "instalment": "1",
        "due_date": "2026-12-01",
        "amount": "1000.00",
        "paid": "1000.00",
        "instalment_status": "paid",
    }
    assert (rows[1]["paid"], rows[1]["instalment_status"]) == ("0.00", "due")
    second = rows[7:]
    assert {r["total"] for r in second} == {"11800.00"}
    assert sum(Decimal(r["amount"]) for r in second) == Decimal("11800.00")
    # A payment recorded later does not make the written confirmation's code stale.
    code, _, err = await run("verify", stored[0].verification_digest)
    assert code == 0, err


@pytest.mark.usefixtures("operator_env")
async def test_export_json_nests_each_schedule_under_its_agreement(engine: AsyncEngine) -> None:
    first, second = await store(engine, *two_agreements())
    code, out, err = await run("export", "--format", "json")
    assert code == 0, err
    assert "exported 2 agreement(s), 10 payment(s) to standard output" in err
    exported = json.loads(out)
    assert [a["number"] for a in exported] == ["AG-2026-000001", "AG-2026-000002"]
    document = exported[1]
    assert {k: v for k, v in document.items() if k not in ("terms", "schedule")} == {
        "number": "AG-2026-000002",
        "account_reference": "CN-100002",
        "kind": "instalments",
        "status": "active",
        "currency": "CNY",
        "total": "11800.00",
        "accepted_at": "2026-11-22T11:00:00+00:00",
        "verification_code": group_agreement_code(second.verification_digest),
    }
    assert document["terms"] == second.terms
    assert document["schedule"] == [
        {
            "number": 1,
            "due_date": "2026-12-01",
            "amount": "3933.33",
            "paid": "0.00",
            "status": "due",
        },
        {
            "number": 2,
            "due_date": "2027-01-01",
            "amount": "3933.33",
            "paid": "0.00",
            "status": "due",
        },
        {
            "number": 3,
            "due_date": "2027-02-01",
            "amount": "3933.34",
            "paid": "0.00",
            "status": "due",
        },
    ]
    assert len(exported[0]["schedule"]) == len(first.instalments) == 7


@pytest.mark.usefixtures("operator_env")
@pytest.mark.parametrize(
    ("format_", "expected"), [("json", "[]\n"), ("csv", ",".join(CSV_COLUMNS))]
)
async def test_exporting_no_agreements_gives_an_empty_document(
    engine: AsyncEngine, format_: str, expected: str
) -> None:
    code, out, err = await run("export", "--format", format_)
    assert code == 0, err
    assert out.strip() == expected.strip()
    assert "exported 0 agreement(s)" in err


async def test_agreements_are_read_in_batches_oldest_first(engine: AsyncEngine) -> None:
    agreements = [
        an_agreement(an_account(f"CN-{n}"), SHORT, number=f"AG-2026-{n:06d}") for n in range(5)
    ]
    await store(engine, *agreements)
    async with uow_for(engine) as uow:
        batches = [batch async for batch in uow.agreements.in_batches(2)]
    assert [[a.number for a in batch] for batch in batches] == [
        ["AG-2026-000000", "AG-2026-000001"],
        ["AG-2026-000002", "AG-2026-000003"],
        ["AG-2026-000004"],
    ]
    assert all(len(a.instalments) == 3 for batch in batches for a in batch)
    with pytest.raises(ValueError, match="at least one"):
        async with uow_for(engine) as uow:
            _ = [batch async for batch in uow.agreements.in_batches(0)]


async def test_an_agreement_is_found_by_its_verification_code(engine: AsyncEngine) -> None:
    first, second = await store(engine, *two_agreements())
    async with uow_for(engine) as uow:
        assert await uow.agreements.by_verification_digest(second.verification_digest) == second
        assert await uow.agreements.by_verification_digest("0" * 16) is None
    assert first != second
