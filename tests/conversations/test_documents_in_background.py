"""A written confirmation is laid out in the background: other chats' replies do not wait for
it, its own chat's later messages do, and a document that cannot be made is given up once."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from negotiator.domain.clock import FixedClock
from negotiator.errors import ComplianceBlocked
from negotiator.services.confirmations import ConfirmationFile
from negotiator.storage.uow import SqlUnitOfWork
from tests.conversations.client import Telegram

DEBTOR = 9101
OTHER = 9102


class GatedConfirmations:
    """Confirmations that are laid out only when the test opens the gate."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.started: list[str] = []
        self.refuse: set[str] = set()
        self.crash: set[str] = set()

    async def pdf(self, uow: SqlUnitOfWork, number: str, language: str) -> ConfirmationFile:
        self.started.append(number)
        await self.gate.wait()
        if number in self.refuse:
            raise ComplianceBlocked(f"the confirmation of {number} was not sent: test")
        if number in self.crash:
            self.crash.discard(number)
            raise RuntimeError("the document process died twice")
        return ConfirmationFile(f"{number}.pdf", b"%PDF-1.7 " + number.encode())


async def queue(telegram: Telegram, *rows: tuple[int, str, dict[str, Any]]) -> None:
    now = telegram.app.clock.now()
    async with telegram.app.uow() as uow:
        for chat, method, payload in rows:
            await uow.outbox.enqueue(chat, method, payload, now)
        await uow.commit()


def document(number: str) -> dict[str, Any]:
    return {"agreement": number, "language": "en"}


def gated(telegram: Telegram) -> GatedConfirmations:
    confirmations = GatedConfirmations()
    telegram.sender.confirmations = confirmations  # type: ignore[assignment]
    return confirmations


async def test_another_chats_reply_does_not_wait_for_a_document(telegram: Telegram) -> None:
    confirmations = gated(telegram)
    await queue(
        telegram,
        (DEBTOR, "sendDocument", document("AG-1")),
        (DEBTOR, "sendMessage", {"text": "after the document"}),
        (OTHER, "sendMessage", {"text": "to someone else"}),
    )
    sending = asyncio.create_task(telegram.sender.send_due())
    for _ in range(100):
        await asyncio.sleep(0.01)
        if telegram.session.sent(OTHER):
            break
    assert [m.text for m in telegram.session.sent(OTHER)] == ["to someone else"]
    assert confirmations.started == ["AG-1"]
    assert telegram.session.delivered(DEBTOR) == []  # its chat waits for the document
    confirmations.gate.set()
    await asyncio.wait_for(sending, 10)
    calls = [c.name for c in telegram.session.calls if c.name in {"sendDocument", "sendMessage"}]
    assert calls == ["sendMessage", "sendDocument", "sendMessage"]
    assert [m.text for m in telegram.session.sent(DEBTOR)] == ["after the document"]
    assert confirmations.started == ["AG-1"]  # laid out once


async def test_documents_are_laid_out_at_most_so_many_at_a_time(telegram: Telegram) -> None:
    confirmations = gated(telegram)
    telegram.sender.documents_at_once = 2
    await queue(telegram, *((DEBTOR + i, "sendDocument", document(f"AG-{i}")) for i in range(5)))
    sending = asyncio.create_task(telegram.sender.send_due())
    await asyncio.sleep(0.05)
    assert confirmations.started == ["AG-0", "AG-1"]
    confirmations.gate.set()
    await asyncio.wait_for(sending, 10)
    assert sorted(confirmations.started) == [f"AG-{i}" for i in range(5)]
    assert len([c for c in telegram.session.calls if c.name == "sendDocument"]) == 5


async def test_a_refused_document_is_given_up_and_its_chat_goes_on(telegram: Telegram) -> None:
    confirmations = gated(telegram)
    confirmations.refuse.add("AG-9")
    confirmations.gate.set()
    await queue(
        telegram,
        (DEBTOR, "sendDocument", document("AG-9")),
        (DEBTOR, "sendMessage", {"text": "next"}),
    )
    await asyncio.wait_for(telegram.sender.send_due(), 10)
    assert [c.name for c in telegram.session.calls if c.name == "sendDocument"] == []
    assert [m.text for m in telegram.session.sent(DEBTOR)] == ["next"]
    async with telegram.app.uow() as uow:
        due = await uow.outbox.due(telegram.app.clock.now())
    assert due == []  # the refused one is not retried forever


async def test_a_layout_that_fails_is_tried_again_later(telegram: Telegram) -> None:
    confirmations = gated(telegram)
    confirmations.crash.add("AG-7")
    confirmations.gate.set()
    await queue(
        telegram,
        (DEBTOR, "sendDocument", document("AG-7")),
        (DEBTOR, "sendMessage", {"text": "after it"}),
        (OTHER, "sendMessage", {"text": "unaffected"}),
    )
    await asyncio.wait_for(telegram.sender.send_due(), 10)
    assert [m.text for m in telegram.session.sent(OTHER)] == ["unaffected"]
    assert telegram.session.delivered(DEBTOR) == []  # the document first, when it can be made
    async with telegram.app.uow() as uow:
        assert await uow.outbox.due(telegram.app.clock.now()) == []  # put off, not given up
    clock = telegram.app.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(seconds=5))
    await asyncio.wait_for(telegram.sender.send_due(), 10)
    delivered = telegram.session.delivered(DEBTOR)
    assert [(p.caption, p.text) for p in delivered] == [("AG-7", None), (None, "after it")]
    assert confirmations.started == ["AG-7", "AG-7"]
