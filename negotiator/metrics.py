"""What the bot counts for Prometheus, served as ``GET /metrics`` in webhook mode.

=====================================  ======================================================
``negotiator_updates_total{kind}``     updates handed to the handlers (``message``,
                                       ``callback_query``, ``edited_message``, ``other``);
                                       a redelivery of one already handled is not counted
``negotiator_replies_total``           Bot API calls the outbox sender delivered
``negotiator_verdicts_total``          compliance verdicts on outbound messages, by
``{outcome, rule}``                    ``outcome`` (allow, block, defer) and the ``rule`` that
                                       decided it (empty when allowed)
``negotiator_escalations_total``       cases opened for a person, by ``reason``
``{reason}``
``negotiator_outbox_backlog``          outbox rows not sent yet (read from the database at
                                       each scrape, so every worker reports the same figure)
``negotiator_outbox_latency_seconds``  from when a call was due to when it was delivered
=====================================  ======================================================

The counters are per process: with several webhook workers, Prometheus scrapes each (or a sum
of them) as usual. The metrics live in a :class:`~prometheus_client.CollectorRegistry` of the
:class:`Metrics` object, not the library's global one, so two applications in one process (two
tests) never share a figure.
"""

from __future__ import annotations

import math
from typing import Final

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import generate_latest

from negotiator.compliance.verdict import Verdict
from negotiator.domain.clock import Clock
from negotiator.storage.records import OutboxMessage

__all__ = ["CONTENT_TYPE", "UPDATE_KINDS", "Metrics"]

CONTENT_TYPE: Final = CONTENT_TYPE_LATEST
"""The ``Content-Type`` of :meth:`Metrics.exposition` (Prometheus' text format)."""

UPDATE_KINDS: Final = frozenset({"message", "callback_query", "edited_message"})
"""The update kinds counted by name; any other is counted as ``other``."""

LATENCY_BUCKETS: Final = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)
"""Upper bounds (seconds) of the latency histogram: a reply normally goes within a second or
two (the per-chat limit is about one a second); a 429 or an outage takes minutes."""


class Metrics:
    """The application's metrics, and the observer the services report to.

    It is a :class:`~negotiator.services.observer.ConversationObserver` (``verdict``,
    ``escalated``); the dispatcher calls :meth:`update` and the outbox sender :meth:`sent`.

    Args:
        clock: The clock (the latency of a delivery is measured on it).
        registry: Where the metrics are registered (default: a new registry of its own).
    """

    def __init__(self, clock: Clock, registry: CollectorRegistry | None = None) -> None:
        self.clock = clock
        self.registry = registry or CollectorRegistry()
        self._updates = Counter(
            "negotiator_updates",
            "Telegram updates handed to the handlers, by kind.",
            ["kind"],
            registry=self.registry,
        )
        self._replies = Counter(
            "negotiator_replies",
            "Bot API calls (messages, documents) delivered by the outbox sender.",
            registry=self.registry,
        )
        self._verdicts = Counter(
            "negotiator_verdicts",
            "Compliance verdicts on outbound messages, by outcome and deciding rule.",
            ["outcome", "rule"],
            registry=self.registry,
        )
        self._escalations = Counter(
            "negotiator_escalations",
            "Cases opened for a person, by reason.",
            ["reason"],
            registry=self.registry,
        )
        self._backlog = Gauge(
            "negotiator_outbox_backlog",
            "Outbox rows not sent yet (pending, deferred or in flight).",
            registry=self.registry,
        )
        self._latency = Histogram(
            "negotiator_outbox_latency_seconds",
            "Seconds from when an outbox call was due to its delivery.",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )

    def update(self, kind: str) -> None:
        """Count an update of ``kind`` (aiogram's ``Update.event_type``) handed to handlers."""
        self._updates.labels(kind=kind if kind in UPDATE_KINDS else "other").inc()

    def verdict(self, verdict: Verdict) -> None:
        """Count one verdict, under the rule that decided it: the worst finding asking for
        the verdict's outcome (none for an allowed message)."""
        rule = next((f.rule_id for f in verdict.findings if f.outcome is verdict.outcome), "")
        self._verdicts.labels(outcome=verdict.outcome.value, rule=rule).inc()

    def escalated(self, reason: str) -> None:
        """Count a case opened for ``reason``."""
        self._escalations.labels(reason=reason).inc()

    def sent(self, message: OutboxMessage) -> None:
        """Count a delivery and how long it waited.

        The wait is measured from the row's ``not_before``: when it was queued for a reply, the
        opening of the contact window for a deferred reminder (the night is not latency), the
        time of the retry for a call Telegram refused for a while.
        """
        self._replies.inc()
        waited = (self.clock.now() - message.not_before).total_seconds()
        self._latency.observe(max(waited, 0.0))

    def exposition(self, backlog: int | None) -> bytes:
        """Every metric in Prometheus' text format, with the outbox ``backlog`` just counted
        (``None``: it could not be, shown as NaN rather than a stale figure)."""
        self._backlog.set(math.nan if backlog is None else backlog)
        return generate_latest(self.registry)
