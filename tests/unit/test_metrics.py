"""The metrics count what operators ask about, under labels that stay few and meaningful."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from prometheus_client.parser import text_string_to_metric_families

from negotiator.compliance import Outcome, Verdict
from negotiator.compliance.verdict import Finding, Severity
from negotiator.domain.clock import FixedClock
from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.metrics import Metrics
from negotiator.storage.records import OutboxMessage

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def finding(rule: str, outcome: Outcome) -> Finding:
    return Finding(rule, outcome, Severity.MAJOR, "a citation", "a rule", "evidence")


def verdict(outcome: Outcome, *findings: Finding) -> Verdict:
    later = NOW + timedelta(hours=12) if outcome is Outcome.DEFER else None
    return Verdict(outcome, findings, "why", Jurisdiction.CN, "2026.1", NOW, later)


def figures(metrics: Metrics, backlog: int | None = 0) -> dict[tuple[str, str], float]:
    exposition = metrics.exposition(backlog).decode()
    return {
        (sample.name, ",".join(f"{k}={v}" for k, v in sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


def test_a_verdict_is_counted_once_under_the_rule_that_decided_it() -> None:
    metrics = Metrics(FixedClock(NOW))
    metrics.verdict(verdict(Outcome.ALLOW))
    # The window would only defer it; the threat blocks it: counted as the threat's block.
    metrics.verdict(
        verdict(
            Outcome.BLOCK,
            finding("CN.contact_hours", Outcome.DEFER),
            finding("CN.violence", Outcome.BLOCK),
        )
    )
    metrics.verdict(verdict(Outcome.DEFER, finding("CN.contact_hours", Outcome.DEFER)))
    counted = {k: v for k, v in figures(metrics).items() if k[0] == "negotiator_verdicts_total"}
    assert counted == {
        ("negotiator_verdicts_total", "outcome=allow,rule="): 1,
        ("negotiator_verdicts_total", "outcome=block,rule=CN.violence"): 1,
        ("negotiator_verdicts_total", "outcome=defer,rule=CN.contact_hours"): 1,
    }


def test_update_kinds_beyond_the_three_named_ones_count_as_other() -> None:
    metrics = Metrics(FixedClock(NOW))
    for kind in ("message", "callback_query", "my_chat_member", "poll"):
        metrics.update(kind)
    seen = figures(metrics)
    assert seen[("negotiator_updates_total", "kind=message")] == 1
    assert seen[("negotiator_updates_total", "kind=callback_query")] == 1
    assert seen[("negotiator_updates_total", "kind=other")] == 2


def test_a_delivery_counts_a_reply_and_its_wait_since_it_was_due() -> None:
    clock = FixedClock(NOW)
    metrics = Metrics(clock)
    due = OutboxMessage(1, 777, "sendMessage", {"text": "hi"}, NOW, 0)
    clock.advance(timedelta(seconds=3))
    metrics.sent(due)
    seen = figures(metrics)
    assert seen[("negotiator_replies_total", "")] == 1
    assert seen[("negotiator_outbox_latency_seconds_sum", "")] == 3
    assert seen[("negotiator_outbox_latency_seconds_bucket", "le=2.5")] == 0
    assert seen[("negotiator_outbox_latency_seconds_bucket", "le=5.0")] == 1


def test_a_backlog_that_could_not_be_counted_is_not_a_number_rather_than_stale() -> None:
    metrics = Metrics(FixedClock(NOW))
    assert figures(metrics, backlog=4)[("negotiator_outbox_backlog", "")] == 4
    assert math.isnan(figures(metrics, backlog=None)[("negotiator_outbox_backlog", "")])


def test_two_applications_never_share_a_figure() -> None:
    first, second = Metrics(FixedClock(NOW)), Metrics(FixedClock(NOW))
    first.escalated("hardship")
    assert ("negotiator_escalations_total", "reason=hardship") in figures(first)
    assert ("negotiator_escalations_total", "reason=hardship") not in figures(second)
