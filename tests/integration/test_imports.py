"""Importing accounts and payments: all or nothing, every problem named, idempotent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.domain.clock import FixedClock
from negotiator.domain.money import Money
from negotiator.domain.policy import Policy
from negotiator.domain.signing import Signer
from negotiator.domain.verification import FactKind
from negotiator.errors import ImportRejected
from negotiator.services.account_import import import_accounts
from negotiator.services.payment_import import import_payments
from negotiator.storage.engine import create_session_factory
from negotiator.storage.repositories.accounts import SqlAccountRepository
from negotiator.storage.uow import SqlUnitOfWork
from tests.conftest import EXAMPLES

HEADER = "reference,name,language,timezone,currency,principal,interest,fees,due_date,portfolio,dob,id_last4"
GOOD_ROW = (
    "CN-1,张伟,zh-CN,Asia/Shanghai,CNY,12000.00,300.00,50.00,2026-08-01,cn-card,1988-03-14,123X"
)


def write(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Importer:
    def __init__(self, engine: AsyncEngine, policy: Policy, signer: Signer, clock: FixedClock):
        self.sessions = create_session_factory(engine)
        self.policy, self.signer, self.clock = policy, signer, clock

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.sessions)

    async def accounts(self, path: Path, batch_size: int = 2000) -> tuple[int, int]:
        report = await import_accounts(
            path,
            policy=self.policy,
            signer=self.signer,
            uow=self.uow(),
            clock=self.clock,
            batch_size=batch_size,
        )
        return report.created, report.updated

    async def payments(self, path: Path) -> tuple[int, int]:
        report = await import_payments(path, uow=self.uow(), clock=self.clock)
        return report.recorded, report.already_recorded

    async def count(self) -> int:
        async with self.uow() as uow:
            return await uow.accounts.count()


@pytest.fixture
def importer(
    engine: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> Importer:
    return Importer(engine, sample_policy, signer, clock)


def problems_of(excinfo: pytest.ExceptionInfo[ImportRejected]) -> list[tuple[int, str]]:
    return [(p.row, p.column) for p in excinfo.value.problems]


class TestAccountImport:
    async def test_the_example_file_imports_every_row(self, importer: Importer) -> None:
        rows = (EXAMPLES / "accounts.csv").read_text(encoding="utf-8").strip().splitlines()
        assert await importer.accounts(EXAMPLES / "accounts.csv") == (len(rows) - 1, 0)
        assert await importer.count() == len(rows) - 1 >= 30

    async def test_a_bad_amount_and_an_unknown_portfolio_import_nothing_and_name_both_rows(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        path = write(
            tmp_path,
            "bad.csv",
            HEADER,
            GOOD_ROW,
            "CN-2,李娜,zh-CN,,CNY,12x00,0,0,2026-08-01,cn-card,1990-01-01,",
            "CN-3,王芳,zh-CN,,CNY,800.00,0,0,2026-08-01,cn-gold,1990-01-01,",
        )
        with pytest.raises(ImportRejected) as excinfo:
            await importer.accounts(path)
        assert problems_of(excinfo) == [(3, "principal"), (4, "portfolio")]
        assert "cn-gold" in str(excinfo.value)
        assert "nothing imported" in str(excinfo.value)
        assert await importer.count() == 0

    async def test_rows_are_stored_a_batch_at_a_time_with_one_transaction(
        self, importer: Importer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The rows are checked, then read again and stored a batch at a time (never all held
        in memory); a mix of new and known references is counted across the batches."""
        rows = [GOOD_ROW.replace("CN-1,", f"CN-{n},") for n in range(1, 8)]
        await importer.accounts(write(tmp_path, "first.csv", HEADER, *rows[:3]))
        batches: list[int] = []
        upsert_many = SqlAccountRepository.upsert_many

        async def spy(self: SqlAccountRepository, accounts: Any, now: Any) -> None:
            batches.append(len(accounts))
            if len(batches) == 6:  # the second batch of the second import below
                raise RuntimeError("the disk is full")
            await upsert_many(self, accounts, now)

        monkeypatch.setattr(SqlAccountRepository, "upsert_many", spy)
        all_rows = write(tmp_path, "all.csv", HEADER, *rows)
        assert await importer.accounts(all_rows, batch_size=2) == (4, 3)
        assert batches == [2, 2, 2, 1]
        assert await importer.count() == 7

        more = [GOOD_ROW.replace("CN-1,", f"CN-{n},") for n in range(8, 12)]
        with pytest.raises(RuntimeError):
            await importer.accounts(write(tmp_path, "more.csv", HEADER, *more), batch_size=2)
        assert await importer.count() == 7  # the first batch of the failed import rolled back

    async def test_importing_the_same_reference_again_updates_it(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        await importer.accounts(write(tmp_path, "a.csv", HEADER, GOOD_ROW))
        changed = GOOD_ROW.replace("12000.00", "11500.00")
        assert await importer.accounts(write(tmp_path, "b.csv", HEADER, changed)) == (0, 1)
        async with importer.uow() as uow:
            account = await uow.accounts.get("CN-1")
        assert account is not None
        assert account.balance.principal == Money.of("11500", "CNY")
        assert await importer.count() == 1

    async def test_rows_are_turned_into_exact_accounts(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        await importer.accounts(
            write(
                tmp_path,
                "a.csv",
                HEADER,
                GOOD_ROW,
                'US-1,Ann Lee,en-US,,USD,"1,250.75",0,,2026-10-01,us-loan,,0042',
            )
        )
        async with importer.uow() as uow:
            cn = await uow.accounts.get("CN-1")
            us = await uow.accounts.get("US-1")
        assert cn is not None
        assert us is not None
        assert (cn.language, cn.timezone, cn.due_date) == (
            "zh_Hans",
            "Asia/Shanghai",
            date(2026, 8, 1),
        )
        assert cn.balance.total == Money.of("12350.00", "CNY")
        assert (us.language, us.timezone) == ("en", "America/New_York")  # the portfolio's zone
        assert us.balance.principal.amount == Decimal("1250.75")
        assert us.days_past_due(date(2026, 11, 22)) == 52

    async def test_days_past_due_alone_sets_the_due_date_from_today(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        header = "reference,name,currency,principal,days_past_due,portfolio,dob"
        await importer.accounts(
            write(tmp_path, "a.csv", header, "CN-9,赵敏,CNY,500,30,cn-card,1990-05-03")
        )
        async with importer.uow() as uow:
            account = await uow.accounts.get("CN-9")
        assert account is not None
        assert account.due_date == date(2026, 10, 23)

    async def test_verification_facts_are_stored_only_as_keyed_hashes(
        self, importer: Importer, tmp_path: Path, signer: Signer
    ) -> None:
        await importer.accounts(write(tmp_path, "a.csv", HEADER, GOOD_ROW))
        async with importer.uow() as uow:
            digests = await uow.accounts.fact_digests("CN-1")
            dump = await uow._session.execute(text("SELECT * FROM verification_facts"))  # type: ignore[union-attr]
            stored = " ".join(str(v) for row in dump for v in row)
        assert digests == {
            "dob": signer.fact_digest(FactKind.DATE_OF_BIRTH, "1988年3月14日"),
            "id_last4": signer.fact_digest(FactKind.ID_LAST4, "123x"),
        }
        assert "1988" not in stored
        assert "123X" not in stored

    @pytest.mark.parametrize(
        ("row", "column", "reason"),
        [
            (
                "CN-1,张伟,zh-CN,,CNY,12000.001,0,0,2026-08-01,cn-card,1988-03-14,",
                "principal",
                "decimals",
            ),
            ("CN-1,张伟,zh-CN,,USD,12000,0,0,2026-08-01,cn-card,1988-03-14,", "currency", "CNY"),
            ("CN-1,张伟,fr,,CNY,12000,0,0,2026-08-01,cn-card,1988-03-14,", "language", "supported"),
            (
                "CN-1,张伟,zh-CN,Mars/Base,CNY,12000,0,0,2026-08-01,cn-card,1988-03-14,",
                "timezone",
                "IANA",
            ),
            ("CN-1,张伟,zh-CN,,CNY,12000,0,0,2027-01-01,cn-card,1988-03-14,", "due_date", "future"),
            ("CN-1,张伟,zh-CN,,CNY,12000,0,0,2026-08-01,cn-card,,", "", "dob or id_last4"),
            ("CN-1,张伟,zh-CN,,CNY,-5,0,0,2026-08-01,cn-card,1988-03-14,", "principal", "negative"),
            (
                "CN-1,张伟,zh-CN,,CNY,12000,0,0,2026-08-01,cn-card,1988-02-30,",
                "dob",
                "date of birth",
            ),
            (
                "CN 1,张伟,zh-CN,,CNY,12000,0,0,2026-08-01,cn-card,1988-03-14,",
                "reference",
                "letters",
            ),
            ("CN-1,张伟,zh-CN,,CNY,12000,0,0,2026-08-01,cn-card", "", "fields"),
        ],
    )
    async def test_each_bad_value_is_reported_with_its_column(
        self, importer: Importer, tmp_path: Path, row: str, column: str, reason: str
    ) -> None:
        with pytest.raises(ImportRejected) as excinfo:
            await importer.accounts(write(tmp_path, "a.csv", HEADER, row))
        [problem] = excinfo.value.problems
        assert (problem.row, problem.column) == (2, column)
        assert reason in problem.message

    async def test_a_reference_twice_in_one_file_is_refused(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        with pytest.raises(ImportRejected) as excinfo:
            await importer.accounts(write(tmp_path, "a.csv", HEADER, GOOD_ROW, GOOD_ROW))
        assert problems_of(excinfo) == [(3, "reference")]
        assert "row 2" in excinfo.value.problems[0].message

    async def test_a_missing_or_unknown_column_is_named_before_any_row(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        header = "reference,name,currency,balance,due_date,portfolio,dob"
        with pytest.raises(ImportRejected) as excinfo:
            await importer.accounts(
                write(tmp_path, "a.csv", header, "CN-1,张伟,CNY,1,2026-08-01,cn-card,1990-01-01")
            )
        assert problems_of(excinfo) == [(1, "balance"), (1, "principal")]

    async def test_a_file_in_another_encoding_gets_advice_not_a_traceback(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        path = tmp_path / "gbk.csv"
        path.write_bytes(f"{HEADER}\n{GOOD_ROW}\n".encode("gb18030"))
        with pytest.raises(ImportRejected, match="not UTF-8"):
            await importer.accounts(path)

    async def test_a_utf8_file_with_a_byte_order_mark_is_read(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        path = tmp_path / "excel.csv"
        path.write_bytes(f"{HEADER}\r\n{GOOD_ROW}\r\n".encode("utf-8-sig"))
        assert await importer.accounts(path) == (1, 0)


class TestPaymentImport:
    async def test_payments_are_recorded_once_however_often_imported(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        await importer.accounts(write(tmp_path, "a.csv", HEADER, GOOD_ROW))
        payments = write(
            tmp_path,
            "p.csv",
            "payment_id,reference,amount,paid_at",
            "P-1,CN-1,1500.00,2026-11-20",
            "P-2,CN-1,300,2026-11-21T09:30+08:00",
        )
        assert await importer.payments(payments) == (2, 0)
        assert await importer.payments(payments) == (0, 2)
        async with importer.uow() as uow:
            recorded = await uow.payments.for_account("CN-1")
        assert [p.amount for p in recorded] == [Money.of("1500", "CNY"), Money.of("300", "CNY")]
        assert recorded[0].paid_at.isoformat() == "2026-11-19T16:00:00+00:00"  # Shanghai midnight

    async def test_bad_payment_rows_import_nothing(
        self, importer: Importer, tmp_path: Path
    ) -> None:
        await importer.accounts(write(tmp_path, "a.csv", HEADER, GOOD_ROW))
        await importer.payments(
            write(
                tmp_path, "p0.csv", "payment_id,reference,amount,paid_at", "P-1,CN-1,10,2026-11-01"
            )
        )
        path = write(
            tmp_path,
            "p.csv",
            "payment_id,reference,amount,paid_at,currency",
            "P-9,CN-1,100,2026-11-20,",
            "P-2,NOPE,100,2026-11-20,",
            "P-3,CN-1,100,2026-11-20,USD",
            "P-4,CN-1,0,2026-11-20,",
            "P-5,CN-1,100,2027-01-01,",
            "P-1,CN-1,99,2026-11-01,",
            "P-9,CN-1,100,2026-11-20,",
        )
        with pytest.raises(ImportRejected) as excinfo:
            await importer.payments(path)
        assert problems_of(excinfo) == [
            (3, "reference"),
            (4, "currency"),
            (5, "amount"),
            (6, "paid_at"),
            (7, "payment_id"),
            (8, "payment_id"),
        ]
        async with importer.uow() as uow:
            assert [p.payment_id for p in await uow.payments.for_account("CN-1")] == ["P-1"]
