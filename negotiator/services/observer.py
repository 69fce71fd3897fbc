"""Telling the outside what the conversations did, without the services knowing who listens.

The services report two things worth counting across the installation: each verdict of the
compliance filter on an outbound message, and each escalation to a person. They report them to a
:class:`ConversationObserver`; bootstrap hands them the Prometheus metrics
(:class:`negotiator.metrics.Metrics`), and everything else — unit tests, the simulator, the
terminal demo — gets :data:`UNOBSERVED`, which does nothing, so no service imports a metrics
library.
"""

from __future__ import annotations

from typing import Final, Protocol

from negotiator.compliance.verdict import Verdict

__all__ = ["UNOBSERVED", "ConversationObserver", "NullObserver"]


class ConversationObserver(Protocol):
    """Hears what the conversation services did (it must not fail, block or do I/O)."""

    def verdict(self, verdict: Verdict) -> None:
        """The compliance filter judged one outbound message."""

    def escalated(self, reason: str) -> None:
        """A case was opened for a person (committed), for ``reason`` (e.g. ``hardship``)."""


class NullObserver:
    """An observer that ignores everything: the default where nobody counts."""

    def verdict(self, verdict: Verdict) -> None:
        """Ignore the verdict."""

    def escalated(self, reason: str) -> None:
        """Ignore the escalation."""


UNOBSERVED: Final = NullObserver()
"""The shared do-nothing observer."""
