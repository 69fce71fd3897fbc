"""Fixtures for whole conversations over Telegram: a seeded database and a running bot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from negotiator.domain.clock import FixedClock
from negotiator.services.account_import import import_accounts
from tests.conftest import EXAMPLES
from tests.conversations.client import Telegram, an_app


@pytest.fixture
async def telegram(tmp_path: Path, clock: FixedClock) -> AsyncIterator[Telegram]:
    app = an_app(tmp_path, clock)
    await app.ensure_schema()
    await import_accounts(
        EXAMPLES / "accounts.csv",
        policy=app.policy,
        signer=app.signer,
        uow=app.uow(),
        clock=clock,
    )
    yield Telegram(app)
    # Whatever a test did, every message the bot wrote was checked, and what was sent passed.
    async with app.uow() as uow:
        for chat in (777, 778, 779):
            conversation = await uow.conversations.for_chat("telegram", chat)
            if conversation is None:
                continue
            messages = await uow.conversations.messages(conversation.id)
            verdicts = {m["verdict"] for m in messages if m["direction"] == "out"}
            assert verdicts <= {"allow"}, verdicts
    await app.close()
