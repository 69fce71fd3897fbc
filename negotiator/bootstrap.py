"""The one place that wires real adapters together."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from negotiator.domain.clock import Clock, SystemClock
from negotiator.domain.policy import Policy
from negotiator.domain.signing import Signer
from negotiator.errors import NegotiatorError
from negotiator.policy_file import load_policy
from negotiator.settings import Settings
from negotiator.storage.engine import create_engine, create_session_factory
from negotiator.storage.migrate import current_revision, head_revision, upgrade
from negotiator.storage.uow import SqlUnitOfWork


class SchemaOutOfDate(NegotiatorError):
    """The database is not at the latest migration and will not be upgraded implicitly."""


@dataclass
class App:
    """The wired application: settings, database, policy, signer and clock.

    Build it with :func:`bootstrap`; close it with :meth:`close`.
    """

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock = field(default_factory=SystemClock)

    @cached_property
    def policy(self) -> Policy:
        """The creditor policy, loaded on first use (raises ``DataFileError`` if invalid)."""
        return load_policy(self.settings.policy)

    @cached_property
    def signer(self) -> Signer:
        """The signer keyed with the installation's secret."""
        return Signer(self.settings.resolve_secret())

    def uow(self) -> SqlUnitOfWork:
        """A fresh unit of work."""
        return SqlUnitOfWork(self.sessions)

    async def ensure_schema(self) -> None:
        """Make sure the schema is current.

        The embedded SQLite store is upgraded in place, so the first command on a new machine
        just works. A server database is never migrated implicitly: run
        ``negotiator db upgrade`` as a deliberate deployment step.

        Raises:
            SchemaOutOfDate: a server database is behind the latest migration.
        """
        if self.engine.dialect.name == "sqlite":
            await upgrade(self.engine)
            return
        current = await current_revision(self.engine)
        if current != head_revision():
            raise SchemaOutOfDate(
                f"the database is at revision {current or 'none'}, not {head_revision()}; "
                "run: negotiator db upgrade"
            )

    async def close(self) -> None:
        """Release database connections."""
        await self.engine.dispose()


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None) -> App:
    """Wire the application from settings (default: the environment and ``.env``)."""
    settings = settings or Settings()
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(settings.database_url)
    return App(settings, engine, create_session_factory(engine), clock or SystemClock())
