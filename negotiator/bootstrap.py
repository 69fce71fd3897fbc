"""The one place that wires real adapters together."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from negotiator.domain.clock import Clock, SystemClock
from negotiator.domain.policy import Policy
from negotiator.domain.signing import Signer
from negotiator.errors import DataFileError, NegotiatorError
from negotiator.policy_file import load_policy
from negotiator.settings import Settings
from negotiator.storage.engine import create_engine, create_session_factory
from negotiator.storage.migrate import HEAD, current_revision, upgrade
from negotiator.storage.uow import SqlUnitOfWork

if TYPE_CHECKING:
    from negotiator.metrics import Metrics
    from negotiator.services.cases import CaseDesk
    from negotiator.services.confirmations import Confirmations
    from negotiator.services.conversation import ConversationService
    from negotiator.services.payment_followup import PaymentFollowUp
    from negotiator.services.reminders import ReminderService


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

    @cached_property
    def metrics(self) -> Metrics:
        """The application's Prometheus metrics, in a registry of its own."""
        from negotiator.metrics import Metrics

        return Metrics(self.clock)

    @cached_property
    def conversations(self) -> ConversationService:
        """The conversation pipeline: NLU, dialog engine, renderer and compliance filters.

        Loading validates every data file (script, catalogs, lexicons, rule packs) and fails
        with file and line on the first start, not in the middle of a debtor's chat.
        """
        from negotiator.compliance.outbound import ComplianceFilter
        from negotiator.compliance.packs import load_packs
        from negotiator.compliance.screening_file import builtin_screener
        from negotiator.dialog.checks import structure_problems, translation_problems
        from negotiator.dialog.engine import DialogEngine
        from negotiator.dialog.loading import load_scripts
        from negotiator.dialog.render import Renderer
        from negotiator.i18n import Catalogs
        from negotiator.model_cache import map_table
        from negotiator.nlu.interpreter import Interpreter
        from negotiator.nlu.meaning import PACKAGED_HEAD
        from negotiator.services.conversation import ConversationService

        catalogs = Catalogs.load(self.settings.locales)
        loaded = load_scripts(self.settings.dialogs)["negotiation"]
        problems = structure_problems(loaded) + translation_problems(loaded, catalogs)
        if problems:
            raise DataFileError(problems)
        packs = load_packs()
        policy = self.policy
        filters = {
            portfolio.id: ComplianceFilter(
                packs[portfolio.jurisdiction], self.clock, policy_contact=portfolio.contact
            )
            for portfolio in policy.portfolios
        }
        understanding = Interpreter.load(
            meaning=PACKAGED_HEAD if self.settings.nlu_meaning else None
        )
        if understanding.meaning is not None:
            # its 65 MB embedding table read from a memory-mapped file, shared by the workers
            map_table(understanding.meaning.encoder, self.settings.data_dir / "cache")
        return ConversationService(
            engine=DialogEngine(loaded.script),
            renderer=Renderer(catalogs),
            understanding=understanding,
            screener=builtin_screener(),
            filters=filters,
            policy=policy,
            signer=self.signer,
            clock=self.clock,
            observer=self.metrics,
        )

    @cached_property
    def confirmations(self) -> Confirmations:
        """Builds the written confirmations (PDF) of agreements."""
        from negotiator.services.confirmations import Confirmations

        return Confirmations(
            self.policy,
            self.conversations.renderer,
            self.conversations.filters,
            processes=self.settings.document_workers(),
        )

    @cached_property
    def desk(self) -> CaseDesk:
        """The agents' desk: escalated cases, takeover, relay, hand-back."""
        from negotiator.services.cases import CaseDesk

        return CaseDesk(self.conversations, self.uow, self.clock)

    @cached_property
    def reminders(self) -> ReminderService:
        """Queues the reminders of instalments when their day comes."""
        from negotiator.services.reminders import ReminderService

        return ReminderService(self.conversations, self.uow, self.clock)

    @cached_property
    def follow_ups(self) -> PaymentFollowUp:
        """Applies payments to agreements; thanks, closes, follows up missed instalments."""
        from negotiator.services.payment_followup import PaymentFollowUp

        return PaymentFollowUp(self.conversations, self.uow, self.clock)

    @cached_property
    def outbox_queued(self) -> asyncio.Event:
        """Set when a unit of work commits outbox calls: the sender wakes up for them."""
        return asyncio.Event()

    def uow(self) -> SqlUnitOfWork:
        """A fresh unit of work."""
        return SqlUnitOfWork(self.sessions, self.outbox_queued.set)

    async def ensure_schema(self) -> None:
        """Make sure the schema is current.

        The embedded SQLite store is upgraded in place, so the first command on a new machine
        just works. A server database is never migrated implicitly: run
        ``negotiator db upgrade`` as a deliberate deployment step.

        Raises:
            SchemaOutOfDate: a server database is behind the latest migration.
        """
        current = await current_revision(self.engine)
        if current == HEAD:
            return  # Alembic is not even imported (storage.migrate)
        if self.engine.dialect.name == "sqlite":
            await upgrade(self.engine)
            return
        raise SchemaOutOfDate(
            f"the database is at revision {current or 'none'}, not {HEAD}; "
            "run: negotiator db upgrade"
        )

    async def close(self) -> None:
        """Release database connections and stop the document processes (if any started)."""
        confirmations = self.__dict__.get("confirmations")
        if confirmations is not None:
            await confirmations.close()
        await self.engine.dispose()


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None) -> App:
    """Wire the application from settings (default: the environment and ``.env``)."""
    settings = settings or Settings()
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(settings.database_url)
    return App(settings, engine, create_session_factory(engine), clock or SystemClock())
