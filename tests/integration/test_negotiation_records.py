"""Links, offers, agreements and cases: the same contract on every engine."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.errors import NotFound
from negotiator.storage.records import Agreement, Instalment
from negotiator.storage.uow import SqlUnitOfWork
from tests.integration.test_repositories import an_account, uow_for
from tests.outbox_rows import last_queued

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


async def a_conversation(uow: SqlUnitOfWork, chat_id: int = 1) -> int:
    await uow.accounts.upsert_many([(an_account(), {})], NOW)
    conversation = await uow.conversations.start("telegram", chat_id, "opening", "zh_Hans", NOW)
    return conversation.id


def an_agreement(offer_id: int | None, number: str = "AG-2026-000001") -> Agreement:
    return Agreement(
        id=0,
        number=number,
        account_reference="CN-1",
        offer_id=offer_id,
        kind="instalments",
        terms={"count": 3, "instalment": "4136.83"},
        currency="CNY",
        total=Decimal("12410.50"),
        status="active",
        accepted_at=NOW,
        verification_digest="e" * 64,
        instalments=(
            Instalment(1, date(2026, 12, 1), Decimal("4136.83")),
            Instalment(2, date(2027, 1, 1), Decimal("4136.83")),
            Instalment(3, date(2027, 2, 1), Decimal("4136.84")),
        ),
    )


async def test_a_link_keeps_its_first_time_and_records_verification(engine: AsyncEngine) -> None:
    async with uow_for(engine) as uow:
        await uow.accounts.upsert_many([(an_account(), {}), (an_account("CN-2"), {})], NOW)
        await uow.telegram_links.link(500, 500, "CN-1", NOW)
        await uow.telegram_links.link(500, 500, "CN-1", NOW + timedelta(hours=1))
        await uow.telegram_links.mark_verified(500, "CN-1", NOW + timedelta(minutes=5))
        await uow.telegram_links.link(500, 500, "CN-2", NOW + timedelta(days=1))
        await uow.commit()
    async with uow_for(engine) as uow:
        links = await uow.telegram_links.for_user(500)
    assert [(link.account_reference, link.linked_at) for link in links] == [
        ("CN-2", NOW + timedelta(days=1)),
        ("CN-1", NOW),
    ]
    assert links[1].verified_at == NOW + timedelta(minutes=5)
    assert links[0].verified_at is None


async def test_offers_are_kept_in_order_with_their_status(engine: AsyncEngine) -> None:
    async with uow_for(engine) as uow:
        conversation_id = await a_conversation(uow)
        first = await uow.offers.record(conversation_id, 1, "instalments", {"count": 3}, NOW)
        second = await uow.offers.record(conversation_id, 2, "instalments", {"count": 6}, NOW)
        await uow.offers.set_status(first.id, "refused")
        await uow.commit()
    async with uow_for(engine) as uow:
        offers = await uow.offers.for_conversation(conversation_id)
    assert [(o.id, o.round, o.status, o.terms) for o in offers] == [
        (first.id, 1, "refused", {"count": 3}),
        (second.id, 2, "open", {"count": 6}),
    ]


async def test_an_agreement_comes_back_with_its_exact_schedule(engine: AsyncEngine) -> None:
    async with uow_for(engine) as uow:
        conversation_id = await a_conversation(uow)
        offer = await uow.offers.record(conversation_id, 1, "instalments", {}, NOW)
        stored = await uow.agreements.add(an_agreement(offer.id))
        await uow.commit()
    assert stored.id > 0
    async with uow_for(engine) as uow:
        loaded = await uow.agreements.by_number("AG-2026-000001")
        assert await uow.agreements.for_offer(offer.id) == loaded
        assert await uow.agreements.all() == [loaded]
    assert loaded == replace(an_agreement(offer.id), id=stored.id)
    assert sum(i.amount for i in loaded.instalments) == loaded.total


async def test_one_offer_can_never_have_two_agreements(engine: AsyncEngine) -> None:
    async with uow_for(engine) as uow:
        conversation_id = await a_conversation(uow)
        offer = await uow.offers.record(conversation_id, 1, "instalments", {}, NOW)
        await uow.agreements.add(an_agreement(offer.id))
        await uow.commit()
    with pytest.raises(IntegrityError):
        async with uow_for(engine) as uow:
            await uow.agreements.add(an_agreement(offer.id, number="AG-2026-000002"))


async def test_open_cases_are_listed_most_urgent_then_oldest(engine: AsyncEngine) -> None:
    async with uow_for(engine) as uow:
        conversation_id = await a_conversation(uow)
        other = await uow.conversations.start("telegram", 2, "opening", "en", NOW)
        dispute = await uow.cases.open(conversation_id, "CN-1", "dispute", 2, {}, NOW)
        urgent = await uow.cases.open(
            other.id, None, "self_harm_risk", 0, {"told": "support"}, NOW + timedelta(minutes=1)
        )
        await uow.commit()
    async with uow_for(engine) as uow:
        assert [c.id for c in await uow.cases.open_cases()] == [urgent.id, dispute.id]
        taken = await uow.cases.update(
            urgent.id, NOW + timedelta(minutes=2), status="taken", agent_id=None
        )
        assert (taken.status, taken.updated_at) == ("taken", NOW + timedelta(minutes=2))
        await uow.cases.update(dispute.id, NOW, status="closed", outcome="paid in full")
        await uow.commit()
    async with uow_for(engine) as uow:
        assert [c.id for c in await uow.cases.open_cases()] == [urgent.id]
        assert await uow.cases.open_for_conversation(conversation_id) is None
        held = await uow.cases.open_for_conversation(other.id)
        assert held is not None
        assert held.summary == {"told": "support"}


async def test_updating_a_missing_case_or_an_unknown_field_fails(engine: AsyncEngine) -> None:
    async with uow_for(engine) as uow:
        with pytest.raises(NotFound):
            await uow.cases.update(999, NOW, status="closed")
        with pytest.raises(ValueError, match="reason"):
            await uow.cases.update(1, NOW, reason="other")


async def test_a_retried_message_holds_back_the_later_ones_to_the_same_chat(
    engine: AsyncEngine,
) -> None:
    uow = uow_for(engine)
    async with uow:
        await uow.outbox.enqueue(1, "sendMessage", {"text": "first"}, NOW)
        first = await last_queued(uow)
        await uow.outbox.enqueue(1, "sendMessage", {"text": "second"}, NOW)
        await uow.outbox.enqueue(2, "sendMessage", {"text": "other chat"}, NOW)
        reminder = NOW + timedelta(hours=10)
        await uow.outbox.enqueue(3, "sendMessage", {"text": "reminder"}, NOW, not_before=reminder)
        await uow.outbox.enqueue(3, "sendMessage", {"text": "reply"}, NOW)
        await uow.outbox.retry_later(first, NOW + timedelta(seconds=30), "429")
        await uow.commit()
    async with uow_for(engine) as uow:
        due = [m.payload["text"] for m in await uow.outbox.due(NOW)]
        later = [m.payload["text"] for m in await uow.outbox.due(NOW + timedelta(minutes=1))]
    # Chat 1 waits for its retry; a reminder scheduled for later does not hold back a reply.
    assert due == ["other chat", "reply"]
    assert later == ["first", "other chat", "reply"]
