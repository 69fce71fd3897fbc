"""Wiring the real pipeline for a simulation: the bootstrap's own parts, a frozen clock.

:func:`wire` asks :func:`negotiator.bootstrap.bootstrap` for the conversation service of a policy
(the same catalogs, script, interpreter, screener and rule packs as ``negotiator run``, each
validated as at start-up) with a :class:`~negotiator.domain.clock.FixedClock`, a throw-away
secret and no database. :func:`rewire` builds the service of a second policy from the first one's
loaded parts, as :meth:`negotiator.bootstrap.App.conversations` would, without loading them again.

The interpreter and the screener are wrapped to remember their answers: both are pure functions
of the text (and of the day and currency), and thousands of debtors say the same things, so a
remembered answer is exactly the answer they would give again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final

from pydantic import SecretStr

from negotiator.bootstrap import bootstrap
from negotiator.compliance.outbound import ComplianceFilter
from negotiator.compliance.screening import Screening
from negotiator.domain.clock import FixedClock
from negotiator.domain.policy import Policy
from negotiator.nlu.interpretation import Interpretation
from negotiator.policy_file import load_policy
from negotiator.services.conversation import (
    ConversationService,
    InboundScreen,
    OutboundCheck,
    Understanding,
)
from negotiator.settings import Settings
from negotiator.simulation.pipeline import OfflinePipeline

SIMULATED_AT: Final = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
"""The simulated instant: Monday 23 November 2026, 10:00 in Shanghai, 21:00 (Sunday) in New York.
Fixed, so a seed always gives the same run."""

_SECRET: Final = SecretStr("negotiator-simulation-key-never-used-for-real-accounts")
_REMEMBERED: Final = 100_000


class RememberingUnderstanding:
    """An understanding that remembers what it made of each message (module docstring).

    Args:
        inner: The interpreter.
    """

    def __init__(self, inner: Understanding) -> None:
        self.inner = inner
        self._seen: dict[tuple[str, str | None, date | None, str | None], Interpretation] = {}

    def interpret(
        self,
        text: str,
        language: str | None = None,
        today: date | None = None,
        *,
        currency: str | None = None,
    ) -> Interpretation:
        """What ``inner`` makes of ``text``, computed once."""
        key = (text, language, today, currency)
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= _REMEMBERED:
                self._seen.clear()
            found = self._seen[key] = self.inner.interpret(text, language, today, currency=currency)
        return found


class RememberingScreen:
    """A screening that remembers what it found in each message (module docstring).

    Args:
        inner: The screener.
    """

    def __init__(self, inner: InboundScreen) -> None:
        self.inner = inner
        self._seen: dict[tuple[str, tuple[str, ...]], Screening] = {}

    def screen(self, text: str, nlu_intents: Iterable[str] = ()) -> Screening:
        """What ``inner`` finds in ``text``, computed once."""
        key = (text, tuple(nlu_intents))
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= _REMEMBERED:
                self._seen.clear()
            found = self._seen[key] = self.inner.screen(text, key[1])
        return found


_WIRED: dict[datetime, OfflinePipeline] = {}  # the first pipeline wired at each instant


def wire(policy_path: Path, *, at: datetime = SIMULATED_AT) -> OfflinePipeline:
    """The pipeline of ``policy_path``, loaded and checked as ``negotiator run`` loads it.

    The parts that do not depend on the policy are loaded once per process (and instant):
    a second call shares them, as :func:`rewire` does.

    Raises:
        DataFileError: the policy, the script, a catalog, a lexicon or a rule pack is invalid.
    """
    first = _WIRED.get(at)
    if first is not None:
        return rewire(first, policy_path)
    settings = Settings(
        policy=policy_path, database_url="sqlite+aiosqlite:///:memory:", secret=_SECRET
    )
    service = bootstrap(settings, clock=FixedClock(at)).conversations
    pipeline = _WIRED[at] = OfflinePipeline(_remembering(service, service.policy, service.filters))
    return pipeline


def rewire(pipeline: OfflinePipeline, policy_path: Path) -> OfflinePipeline:
    """The pipeline of another policy, sharing ``pipeline``'s loaded script, catalogs,
    understanding and rule packs; each portfolio gets the filter of its jurisdiction.

    Raises:
        DataFileError: the policy is invalid.
        NegotiatorError: it names a jurisdiction ``pipeline``'s policy has no pack loaded for.
    """
    service = pipeline.service
    policy = load_policy(policy_path)
    packs = {}
    for check in service.filters.values():
        if isinstance(check, ComplianceFilter):
            packs[check.pack.jurisdiction] = check.pack
    if any(portfolio.jurisdiction not in packs for portfolio in policy.portfolios):
        from negotiator.compliance.packs import load_packs

        packs = dict(load_packs())
    filters: dict[str, OutboundCheck] = {
        portfolio.id: ComplianceFilter(
            packs[portfolio.jurisdiction], service.clock, policy_contact=portfolio.contact
        )
        for portfolio in policy.portfolios
    }
    return OfflinePipeline(_remembering(service, policy, filters))


def _remembering(
    service: ConversationService, policy: Policy, filters: Mapping[str, OutboundCheck]
) -> ConversationService:
    understanding = service.understanding
    if not isinstance(understanding, RememberingUnderstanding):
        understanding = RememberingUnderstanding(understanding)
    screener = service.screener
    if not isinstance(screener, RememberingScreen):
        screener = RememberingScreen(screener)
    return ConversationService(
        engine=service.engine,
        renderer=service.renderer,
        understanding=understanding,
        screener=screener,
        filters=filters,
        policy=policy,
        signer=service.signer,
        clock=service.clock,
    )
