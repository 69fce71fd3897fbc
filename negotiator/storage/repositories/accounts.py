"""Accounts and their verification facts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import Row, Table, bindparam, delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from negotiator.domain.account import Account, Balance
from negotiator.domain.money import Money
from negotiator.storage.models import AccountRow, VerificationFactRow
from negotiator.storage.repositories._upsert import upsert

# SQLite allows 32766 bound parameters per statement; 500 keys per IN (...) stays far below.
_IN_CHUNK = 500


def _to_account(row: AccountRow | Row[Any]) -> Account:
    money = row.currency
    return Account(
        reference=row.reference,
        portfolio=row.portfolio,
        debtor_name=row.debtor_name,
        language=row.language,
        timezone=row.timezone,
        balance=Balance(
            principal=Money.of(row.principal, money),
            interest=Money.of(row.interest, money),
            fees=Money.of(row.fees, money),
        ),
        due_date=row.due_date,
    )


_ACCOUNTS: Final = cast(Table, AccountRow.__table__)
_FACTS: Final = cast(Table, VerificationFactRow.__table__)
# Statements of every update, built once (as the outbox's claim, see delivery.py).
_ACCOUNT: Final = select(_ACCOUNTS).where(_ACCOUNTS.c.reference == bindparam("wanted"))
_DIGESTS: Final = select(_FACTS.c.kind, _FACTS.c.digest).where(
    _FACTS.c.account_reference == bindparam("wanted")
)


class SqlAccountRepository:
    """Accounts in a SQL database, keyed by the creditor's reference."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, reference: str) -> Account | None:
        """The account with this reference, or ``None``."""
        row = (await self._session.execute(_ACCOUNT, {"wanted": reference})).first()
        return None if row is None else _to_account(row)

    async def count(self) -> int:
        """How many accounts are stored."""
        return int(await self._session.scalar(select(func.count()).select_from(AccountRow)) or 0)

    async def existing(self, references: Iterable[str]) -> set[str]:
        """Which of ``references`` are stored."""
        wanted = list(dict.fromkeys(references))
        found: set[str] = set()
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            result = await self._session.scalars(
                select(AccountRow.reference).where(AccountRow.reference.in_(chunk))
            )
            found.update(result)
        return found

    async def upsert_many(
        self, accounts: Sequence[tuple[Account, dict[str, str]]], now: datetime
    ) -> None:
        """Insert or update accounts with their fact digests (by kind), in one transaction.

        An account imported again keeps its ``imported_at`` and gets its balance, details and
        facts replaced; facts it no longer has are removed.
        """
        rows = [
            {
                "reference": a.reference,
                "portfolio": a.portfolio,
                "debtor_name": a.debtor_name,
                "language": a.language,
                "timezone": a.timezone,
                "currency": a.currency,
                "principal": a.balance.principal.amount,
                "interest": a.balance.interest.amount,
                "fees": a.balance.fees.amount,
                "due_date": a.due_date,
                "imported_at": now,
                "updated_at": now,
            }
            for a, _ in accounts
        ]
        table = AccountRow.__table__
        await upsert(self._session, table, rows, ["reference"], keep=["imported_at"])  # type: ignore[arg-type]
        references = [a.reference for a, _ in accounts]
        for start in range(0, len(references), _IN_CHUNK):
            chunk = references[start : start + _IN_CHUNK]
            await self._session.execute(
                delete(VerificationFactRow).where(VerificationFactRow.account_reference.in_(chunk))
            )
        facts = [
            {"account_reference": a.reference, "kind": kind, "digest": digest}
            for a, digests in accounts
            for kind, digest in digests.items()
        ]
        if facts:
            await self._session.execute(insert(VerificationFactRow), facts)

    async def fact_digests(self, reference: str) -> dict[str, str]:
        """The stored fact digests of an account, by kind."""
        result = await self._session.execute(_DIGESTS, {"wanted": reference})
        return {row[0]: row[1] for row in result}
