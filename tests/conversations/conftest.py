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
    await app.close()
