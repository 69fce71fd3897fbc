"""One contract for the storage layer, run on every engine (SQLite, and PostgreSQL when set)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.domain.account import Account, Balance
from negotiator.domain.ledger import Agent, Payment
from negotiator.domain.money import Money
from negotiator.errors import ConcurrencyConflict
from negotiator.storage.engine import create_session_factory
from negotiator.storage.uow import SqlUnitOfWork
from tests.outbox_rows import last_queued

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def an_account(reference: str = "CN-1", principal: str = "12000.00", **changes: object) -> Account:
    values: dict[str, object] = {
        "reference": reference,
        "portfolio": "cn-card",
        "debtor_name": "张伟",
        "language": "zh_Hans",
        "timezone": "Asia/Shanghai",
        "balance": Balance(
            Money.of(principal, "CNY"), Money.of("360.50", "CNY"), Money.of("50", "CNY")
        ),
        "due_date": date(2026, 8, 1),
    }
    values.update(changes)
    return Account(**values)  # type: ignore[arg-type]


def uow_for(engine: AsyncEngine) -> SqlUnitOfWork:
    return SqlUnitOfWork(create_session_factory(engine))


class TestStorageContract:
    """Every engine must behave the same for every repository."""

    async def test_an_account_comes_back_exactly_as_stored(self, engine: AsyncEngine) -> None:
        account = an_account(principal="123456789012.34")
        async with uow_for(engine) as uow:
            await uow.accounts.upsert_many([(account, {"dob": "d" * 64})], NOW)
            await uow.commit()
        async with uow_for(engine) as uow:
            loaded = await uow.accounts.get("CN-1")
            assert loaded == account
            assert loaded is not None
            assert loaded.balance.total == Money.of("123456789422.84", "CNY")
            assert await uow.accounts.fact_digests("CN-1") == {"dob": "d" * 64}

    async def test_upserting_again_updates_without_duplicating(self, engine: AsyncEngine) -> None:
        async with uow_for(engine) as uow:
            await uow.accounts.upsert_many(
                [(an_account(), {"dob": "a" * 64, "id_last4": "b" * 64})], NOW
            )
            await uow.commit()
        later = NOW + timedelta(days=3)
        async with uow_for(engine) as uow:
            await uow.accounts.upsert_many(
                [(an_account(principal="9000"), {"dob": "c" * 64})], later
            )
            await uow.commit()
        async with uow_for(engine) as uow:
            assert await uow.accounts.count() == 1
            loaded = await uow.accounts.get("CN-1")
            assert loaded is not None
            assert loaded.balance.principal == Money.of("9000", "CNY")
            assert await uow.accounts.fact_digests("CN-1") == {"dob": "c" * 64}
            first_seen = await uow._session.scalar(  # type: ignore[union-attr]
                text("SELECT imported_at FROM accounts WHERE reference = 'CN-1'")
            )
            assert str(first_seen).startswith("2026-11-22 10:00")

    async def test_existing_reports_only_stored_references(self, engine: AsyncEngine) -> None:
        async with uow_for(engine) as uow:
            accounts = [(an_account(f"R-{i}"), {}) for i in range(1200)]
            await uow.accounts.upsert_many(accounts, NOW)
            await uow.commit()
        async with uow_for(engine) as uow:
            wanted = [f"R-{i}" for i in range(1100, 1300)]
            assert await uow.accounts.existing(wanted) == {f"R-{i}" for i in range(1100, 1200)}

    async def test_leaving_without_commit_stores_nothing(self, engine: AsyncEngine) -> None:
        async with uow_for(engine) as uow:
            await uow.accounts.upsert_many([(an_account(), {})], NOW)
        async with uow_for(engine) as uow:
            assert await uow.accounts.count() == 0

    async def test_an_agent_can_be_added_renamed_and_listed(self, engine: AsyncEngine) -> None:
        async with uow_for(engine) as uow:
            await uow.agents.add(Agent(7, "Li Na"), NOW)
            await uow.agents.add(Agent(8, "Anna", active=False), NOW)
            await uow.commit()
        async with uow_for(engine) as uow:
            await uow.agents.add(Agent(7, "李娜"), NOW)
            await uow.commit()
        async with uow_for(engine) as uow:
            assert await uow.agents.get(7) == Agent(7, "李娜")
            assert await uow.agents.active() == [Agent(7, "李娜")]
            assert await uow.agents.get(9) is None

    async def test_payments_keep_amount_currency_and_instant(self, engine: AsyncEngine) -> None:
        paid_at = datetime(2026, 11, 20, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
        payment = Payment("P-1", "CN-1", Money.of("1500.05", "CNY"), paid_at)
        async with uow_for(engine) as uow:
            await uow.accounts.upsert_many([(an_account(), {})], NOW)
            await uow.payments.add_many([payment], NOW)
            await uow.commit()
        async with uow_for(engine) as uow:
            assert await uow.payments.get_many(["P-1", "P-2"]) == {"P-1": payment}
            [loaded] = await uow.payments.for_account("CN-1")
            assert loaded.paid_at == paid_at
            assert loaded.paid_at.tzinfo is not None

    async def test_a_payment_id_is_stored_once(self, engine: AsyncEngine) -> None:
        payment = Payment("P-1", "CN-1", Money.of("1", "CNY"), NOW)
        async with uow_for(engine) as uow:
            await uow.accounts.upsert_many([(an_account(), {})], NOW)
            await uow.payments.add_many([payment], NOW)
            await uow.commit()
        with pytest.raises(IntegrityError):
            async with uow_for(engine) as uow:
                await uow.payments.add_many([payment], NOW)

    async def test_the_inbox_takes_each_update_once(self, engine: AsyncEngine) -> None:
        async with uow_for(engine) as uow:
            assert await uow.inbox.store(1001, {"update_id": 1001}, NOW) is True
            assert await uow.inbox.store(1002, {"update_id": 1002}, NOW) is True
            await uow.commit()
        async with uow_for(engine) as uow:
            assert await uow.inbox.store(1001, {"update_id": 1001}, NOW) is False
            await uow.inbox.mark_processed(1001, NOW)
            await uow.commit()
        async with uow_for(engine) as uow:
            assert await uow.inbox.pending() == [(1002, {"update_id": 1002})]

    async def test_the_outbox_hands_out_due_messages_and_marks_each_sent_once(
        self, engine: AsyncEngine
    ) -> None:
        async with uow_for(engine) as uow:
            await uow.outbox.enqueue(5, "sendMessage", {"text": "你好"}, NOW)
            first = await last_queued(uow)
            await uow.outbox.enqueue(
                5, "sendMessage", {"text": "later"}, NOW, not_before=NOW + timedelta(hours=2)
            )
            later = await last_queued(uow)
            await uow.commit()
        async with uow_for(engine) as uow:
            due = await uow.outbox.due(NOW)
            assert [m.id for m in due] == [first]
            assert due[0].payload == {"text": "你好"}
            assert await uow.outbox.mark_sent(first, NOW, 777) is True
            assert await uow.outbox.mark_sent(first, NOW, 778) is False
            await uow.outbox.retry_later(later, NOW + timedelta(hours=3), "429")
            await uow.commit()
        async with uow_for(engine) as uow:
            assert await uow.outbox.due(NOW + timedelta(hours=2, minutes=30)) == []
            [retry] = await uow.outbox.due(NOW + timedelta(hours=3))
            assert (retry.id, retry.attempts) == (later, 1)

    async def test_a_stale_conversation_cannot_overwrite_a_newer_one(
        self, engine: AsyncEngine
    ) -> None:
        async with uow_for(engine) as uow:
            started = await uow.conversations.start("telegram", 99, "opening", "zh_Hans", NOW)
            await uow.commit()
        async with uow_for(engine) as uow:
            moved = replace_state(started, "verifying")
            saved = await uow.conversations.save(moved, NOW)
            assert saved.version == started.version + 1
            await uow.commit()
        with pytest.raises(ConcurrencyConflict):
            async with uow_for(engine) as uow:
                await uow.conversations.save(replace_state(started, "elsewhere"), NOW)
        async with uow_for(engine) as uow:
            loaded = await uow.conversations.for_chat("telegram", 99)
            assert loaded is not None
            assert (loaded.state, loaded.version) == ("verifying", started.version + 1)

    async def test_messages_are_kept_in_order_with_their_verdicts(
        self, engine: AsyncEngine
    ) -> None:
        async with uow_for(engine) as uow:
            conversation = await uow.conversations.start("telegram", 1, "opening", "en", NOW)
            await uow.conversations.add_message(conversation.id, "in", "debtor", "hi", NOW)
            await uow.conversations.add_message(
                conversation.id,
                "out",
                "bot",
                "Hello, I am an automated assistant.",
                NOW,
                template_key="greeting",
                verdict="allow",
                rules={"checked": ["cn.identity"]},
            )
            await uow.commit()
        async with uow_for(engine) as uow:
            messages = await uow.conversations.messages(conversation.id)
        assert [(m["direction"], m["verdict"]) for m in messages] == [
            ("in", None),
            ("out", "allow"),
        ]
        assert messages[1]["rules"] == {"checked": ["cn.identity"]}


def replace_state(conversation: object, state: str) -> object:
    from dataclasses import replace

    return replace(conversation, state=state)  # type: ignore[type-var]


class TestAuditChain:
    """The audit log is append-only and any edit, deletion or reordering is detected."""

    async def _three_events(self, engine: AsyncEngine) -> None:
        async with uow_for(engine) as uow:
            for i, kind in enumerate(["offer.made", "offer.refused", "agreement.accepted"]):
                await uow.audit.append(
                    kind, "account:CN-1", {"round": i, "amount": "1200.00"}, NOW + timedelta(i)
                )
            await uow.commit()

    async def test_an_untouched_chain_verifies(self, engine: AsyncEngine) -> None:
        await self._three_events(engine)
        async with uow_for(engine) as uow:
            check = await uow.audit.verify()
            events = await uow.audit.events("account:CN-1")
        assert (check.ok, check.events) == (True, 3)
        assert events[1].prev_hash == events[0].hash

    async def test_appending_after_a_commit_continues_from_what_others_appended(
        self, engine: AsyncEngine
    ) -> None:
        """A transaction remembers the end of the chain it appended to (two appends, one query)
        only while it lasts: after its commit, another unit of work appends, and this one's
        next append continues from that."""
        async with uow_for(engine) as uow:
            await uow.audit.append("offer.made", "account:CN-1", {}, NOW)
            await uow.audit.append("offer.refused", "account:CN-1", {}, NOW)
            await uow.commit()
            async with uow_for(engine) as other:
                await other.audit.append("case.opened", "account:CN-2", {}, NOW)
                await other.commit()
            assert len(await uow.audit.events()) == 3  # this unit of work's next transaction
            await uow.audit.append("agreement.accepted", "account:CN-1", {}, NOW)
            await uow.commit()
        async with uow_for(engine) as uow:
            check = await uow.audit.verify()
            kinds = [event.kind for event in await uow.audit.events()]
        assert (check.ok, check.events) == (True, 4)
        assert kinds == ["offer.made", "offer.refused", "case.opened", "agreement.accepted"]

    async def test_an_edited_event_breaks_the_chain_at_that_event(
        self, engine: AsyncEngine
    ) -> None:
        await self._three_events(engine)
        async with engine.begin() as connection:
            await connection.execute(
                text("UPDATE audit_events SET kind = 'offer.accepted' WHERE seq = 2")
            )
        async with uow_for(engine) as uow:
            check = await uow.audit.verify()
        assert (check.ok, check.first_bad_seq) == (False, 2)
        assert "edited" in check.reason

    async def test_a_deleted_event_breaks_the_chain(self, engine: AsyncEngine) -> None:
        await self._three_events(engine)
        async with engine.begin() as connection:
            await connection.execute(text("DELETE FROM audit_events WHERE seq = 2"))
        async with uow_for(engine) as uow:
            check = await uow.audit.verify()
        assert (check.ok, check.first_bad_seq) == (False, 3)

    async def test_two_events_cannot_claim_the_same_predecessor(self, engine: AsyncEngine) -> None:
        await self._three_events(engine)
        async with engine.connect() as connection:
            last = (
                await connection.execute(text("SELECT prev_hash FROM audit_events WHERE seq = 3"))
            ).scalar_one()
        with pytest.raises(IntegrityError):
            async with engine.begin() as connection:
                await connection.execute(
                    text(
                        "INSERT INTO audit_events (occurred_at, kind, subject, actor, data, "
                        "prev_hash, hash) VALUES (:at, 'forged', 's', 'x', '{}', :prev, :hash)"
                    ),
                    {"at": NOW.replace(tzinfo=None), "prev": last, "hash": "f" * 64},
                )

    async def test_money_and_times_in_event_data_are_stored_as_text(
        self, engine: AsyncEngine
    ) -> None:
        async with uow_for(engine) as uow:
            await uow.audit.append(
                "payment.recorded", "account:CN-1", {"amount": Decimal("10.50"), "at": NOW}, NOW
            )
            await uow.commit()
        async with uow_for(engine) as uow:
            [event] = await uow.audit.events("account:CN-1")
        assert event.data == {"amount": "10.50", "at": "2026-11-22T10:00:00+00:00"}
        async with uow_for(engine) as uow:
            assert (await uow.audit.verify()).ok
