"""The whole pipeline for one event at a time, on a real database: understand, decide, record,
render, check, queue — and a restart in the middle changes nothing."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from negotiator.compliance.outbound import ComplianceFilter
from negotiator.compliance.packs import builtin_packs
from negotiator.compliance.screening_file import builtin_screener
from negotiator.dialog.decisions import EventKind
from negotiator.dialog.engine import DialogEngine
from negotiator.dialog.loading import load_scripts
from negotiator.dialog.render import Renderer
from negotiator.domain.clock import FixedClock
from negotiator.domain.policy import Policy
from negotiator.domain.signing import Signer
from negotiator.errors import ComplianceBlocked
from negotiator.i18n import Catalogs
from negotiator.nlu.interpreter import Interpreter
from negotiator.services.account_import import import_accounts
from negotiator.services.confirmations import Confirmations
from negotiator.services.conversation import ConversationService, Handled, Incoming
from negotiator.settings import DIALOGS_DIR, LOCALES_DIR
from negotiator.storage.uow import SqlUnitOfWork
from tests.conftest import EXAMPLES
from tests.integration.test_repositories import uow_for

CHAT = 4242


@cache
def interpreter() -> Interpreter:
    return Interpreter.load()


def a_service(
    policy: Policy, signer: Signer, clock: FixedClock, locales: Path = LOCALES_DIR
) -> ConversationService:
    packs = builtin_packs()
    return ConversationService(
        engine=DialogEngine(load_scripts(DIALOGS_DIR)["negotiation"].script),
        renderer=Renderer(Catalogs.load(locales)),
        understanding=interpreter(),
        screener=builtin_screener(),
        filters={
            p.id: ComplianceFilter(packs[p.jurisdiction], clock, policy_contact=p.contact)
            for p in policy.portfolios
        },
        policy=policy,
        signer=signer,
        clock=clock,
    )


class Debtor:
    """A debtor on a channel, talking to the service."""

    def __init__(self, service: ConversationService, engine: AsyncEngine, channel: str) -> None:
        self.service, self.engine, self.channel = service, engine, channel

    def uow(self) -> SqlUnitOfWork:
        return uow_for(self.engine)

    async def send(
        self, kind: EventKind, text: str = "", *, name: str | None = None, link: str | None = None
    ) -> Handled:
        incoming = Incoming(self.channel, CHAT, kind, text=text, name=name, link_reference=link)
        return await self.service.handle(incoming, self.uow())

    async def open(self, reference: str) -> Handled:
        return await self.send(EventKind.START, link=reference)

    async def say(self, text: str) -> Handled:
        return await self.send(EventKind.TEXT, text)

    async def press(self, button: str) -> Handled:
        return await self.send(EventKind.BUTTON, name=button)


@pytest.fixture
async def seeded(
    engine: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> AsyncEngine:
    await import_accounts(
        EXAMPLES / "accounts.csv",
        policy=sample_policy,
        signer=signer,
        uow=uow_for(engine),
        clock=clock,
    )
    return engine


def texts(handled: Handled) -> str:
    return "\n".join(reply.message.text for reply in handled.replies)


async def test_a_debtor_goes_from_the_link_to_a_stored_agreement(
    seeded: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> None:
    debtor = Debtor(a_service(sample_policy, signer, clock), seeded, "terminal")
    opened = await debtor.open("CN-100001")
    assert "自动化智能助手" in texts(opened)
    assert "24,394" not in texts(opened)  # no amount before verification
    verified = await debtor.say("1999-02-12")
    assert "¥24,394.27" in texts(verified)
    offered = await debtor.say("我失业了，每个月能还3000")
    assert [b.press for r in offered.replies for b in r.buttons] == [
        "accept",
        "other_options",
        "counter",
    ]
    await debtor.press("accept")
    agreed = await debtor.press("confirm")
    assert agreed.agreement is not None
    again = await debtor.press("confirm")  # a second press of "I agree"
    assert again.agreement is None
    async with debtor.uow() as uow:
        agreements = await uow.agreements.for_account("CN-100001")
        messages = await uow.conversations.messages(agreed.conversation_id)
        chain = await uow.audit.verify()
    assert len(agreements) == 1
    stored = agreements[0]
    assert sum(i.amount for i in stored.instalments) == stored.total
    assert max(i.amount for i in stored.instalments) <= Decimal("3000")
    assert len(stored.verification_digest) == 16
    outbound = [m for m in messages if m["direction"] == "out"]
    assert outbound
    assert {m["verdict"] for m in outbound} == {"allow"}
    assert chain.ok


async def test_a_restart_in_the_middle_continues_where_the_debtor_was(
    seeded: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> None:
    first = Debtor(a_service(sample_policy, signer, clock), seeded, "terminal")
    await first.open("US-200001")
    await first.say("1990-08-10")
    before = await first.say("I lost my job, I can pay $450 a month")
    assert before.talk.state == "offering"
    # A new process: new service, same database.
    second = Debtor(a_service(sample_policy, signer, clock), seeded, "terminal")
    resumed = await second.open("US-200001")
    assert resumed.talk == before.talk
    assert "payments of" in texts(resumed)


async def test_a_typed_reference_finds_the_account(
    seeded: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> None:
    debtor = Debtor(a_service(sample_policy, signer, clock), seeded, "terminal")
    opened = await debtor.send(EventKind.START)
    assert opened.talk.state == "ask_reference"
    unknown = await debtor.say("NOPE-1")
    assert unknown.talk.state == "ask_reference"
    found = await debtor.say(" us-200001 ")
    assert found.talk.reference == "US-200001"
    assert found.talk.state == "verify"


async def test_self_harm_opens_an_urgent_case_and_gives_a_crisis_line(
    seeded: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> None:
    debtor = Debtor(a_service(sample_policy, signer, clock), seeded, "terminal")
    await debtor.open("CN-100001")
    handled = await debtor.say("我真的不想活了")
    assert "12356" in texts(handled)
    async with debtor.uow() as uow:
        cases = await uow.cases.open_cases()
    assert [(c.reason, c.priority) for c in cases] == [("self_harm_risk", 0)]


async def test_after_opting_out_only_the_confirmation_is_sent(
    seeded: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> None:
    debtor = Debtor(a_service(sample_policy, signer, clock), seeded, "telegram")
    await debtor.open("CN-100001")
    stopped = await debtor.say("别再联系我了")
    assert [r.source for r in stopped.replies] == ["optout.confirmed"]
    assert (await debtor.say("你好")).replies == ()
    async with debtor.uow() as uow:
        queued = await uow.outbox.due(clock.now() + timedelta(days=1))
    assert [m.payload["text"] for m in queued][-1] == stopped.replies[0].message.text


async def test_a_very_long_message_is_answered_and_kept(
    seeded: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> None:
    debtor = Debtor(a_service(sample_policy, signer, clock), seeded, "terminal")
    await debtor.open("CN-100001")
    handled = await debtor.say("很长的消息" * 1000)
    assert [r.source for r in handled.replies] == ["input.too_long"]
    async with debtor.uow() as uow:
        messages = await uow.conversations.messages(handled.conversation_id)
    assert len(messages[-2]["text"]) == 5000


async def test_a_message_the_filter_blocks_is_recorded_and_never_sent(
    seeded: AsyncEngine,
    sample_policy: Policy,
    signer: Signer,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    catalog = locales / "en" / "LC_MESSAGES" / "messages.po"
    text = catalog.read_text(encoding="utf-8").replace(
        "Please send your {fact}.", "Pay now or we will have you arrested. Send your {fact}."
    )
    catalog.write_text(text, encoding="utf-8")
    debtor = Debtor(a_service(sample_policy, signer, clock, locales), seeded, "telegram")
    handled = await debtor.open("US-200001")
    assert len(handled.blocked) == 1
    assert "arrested" not in texts(handled)
    async with debtor.uow() as uow:
        messages = await uow.conversations.messages(handled.conversation_id)
        queued = await uow.outbox.due(clock.now())
    assert [m["verdict"] for m in messages if m["direction"] == "out"] == ["allow", "block"]
    assert all("arrested" not in m.payload["text"] for m in queued)


async def test_a_damaged_stored_conversation_starts_over_instead_of_failing(
    seeded: AsyncEngine, sample_policy: Policy, signer: Signer, clock: FixedClock
) -> None:
    debtor = Debtor(a_service(sample_policy, signer, clock), seeded, "terminal")
    opened = await debtor.open("US-200001")
    async with debtor.uow() as uow:
        stored = await uow.conversations.for_chat("terminal", CHAT)
        assert stored is not None
        await uow.conversations.save(replace(stored, context={"state": "verify"}), clock.now())
        await uow.commit()
    again = await debtor.open("US-200001")
    assert again.talk.state == "verify"
    assert again.replies
    async with debtor.uow() as uow:
        kinds = [
            event.kind for event in await uow.audit.events(f"conversation:{opened.conversation_id}")
        ]
    assert "conversation.reset" in kinds


async def test_a_written_confirmation_the_filter_refuses_is_never_rendered(
    seeded: AsyncEngine,
    sample_policy: Policy,
    signer: Signer,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    catalog = locales / "en" / "LC_MESSAGES" / "messages.po"
    text = catalog.read_text(encoding="utf-8").replace(
        'msgid "document.title"\nmsgstr "',
        'msgid "document.title"\nmsgstr "Pay or we will have you arrested. ',
    )
    catalog.write_text(text, encoding="utf-8")
    service = a_service(sample_policy, signer, clock, locales)
    debtor = Debtor(service, seeded, "terminal")
    await debtor.open("US-200001")
    await debtor.say("1990-08-10")
    await debtor.say("I lost my job, I could pay $450 a month")
    await debtor.press("accept")
    agreed = await debtor.press("confirm")
    assert agreed.agreement is not None
    confirmations = Confirmations(sample_policy, service.renderer, service.filters)
    with pytest.raises(ComplianceBlocked, match=r"US\.arrest"):
        await confirmations.pdf(debtor.uow(), agreed.agreement.number, "en")
    plain = Confirmations(
        sample_policy, a_service(sample_policy, signer, clock).renderer, service.filters
    )
    document = await plain.pdf(debtor.uow(), agreed.agreement.number, "en")
    assert document.content.startswith(b"%PDF")
