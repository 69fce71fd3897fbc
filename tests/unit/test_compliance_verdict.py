"""Verdicts are auditable values, and only the filter can make a sendable message."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from negotiator.compliance import CheckedMessage, Outcome, Verdict
from negotiator.domain.jurisdiction import Jurisdiction
from tests.unit.compliance_helpers import a_filter, verified


def test_only_the_filter_can_make_a_checked_message() -> None:
    verdict = a_filter().check_outbound("您好", "zh_Hans", verified()).verdict
    with pytest.raises(TypeError, match="only the compliance filter"):
        CheckedMessage("您好", "zh_Hans", verdict, seal=object())  # type: ignore[arg-type]


def test_a_checked_message_cannot_be_changed_after_the_check() -> None:
    checked = a_filter().check_outbound("您好", "zh_Hans", verified())
    with pytest.raises(AttributeError):
        checked.text = "再不还钱就起诉你"  # type: ignore[misc]


def test_every_verdict_gives_an_audit_record_ready_for_json() -> None:
    checked = a_filter(Jurisdiction.US).check_outbound(
        "We will call your employer tomorrow.", "en", verified()
    )
    record = checked.to_audit()
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record
    assert record["verdict"] == "block"
    assert record["rules"] == ["US.third_party"]
    assert record["citations"] == ["FDCPA §805(b), §806(3); 12 CFR 1006.6(d)"]
    assert record["jurisdiction"] == "US"
    assert record["pack_version"] == "2026.1"
    assert record["text"] == "We will call your employer tomorrow."
    assert record["findings"][0]["evidence"] == "'we will call your employer'"
    assert record["checked_at"] == "2026-11-22T10:00:00+00:00"


def test_an_allowed_message_says_so_in_plain_words() -> None:
    verdict = a_filter().check_outbound("我们可以一起商量分期方案。", "zh_Hans", verified()).verdict
    assert verdict.allowed
    assert verdict.outcome is Outcome.ALLOW
    assert verdict.explanation.startswith("Allowed: no rule of the CN pack")


def test_findings_are_listed_worst_first_with_a_sentence_each() -> None:
    verdict = (
        a_filter()
        .check_outbound("最后通牒：不还钱就打断你的腿，你这个老赖。", "zh_Hans", verified())
        .verdict
    )
    assert verdict.rule_ids[0] == "CN.violence"
    assert verdict.rule_ids[-1] == "CN.false_urgency"
    assert verdict.explanation.count("Found:") == len(verdict.findings)


def test_a_deferral_always_says_when_and_nothing_else_does() -> None:
    with pytest.raises(ValueError, match="not_before"):
        Verdict(Outcome.DEFER, (), "", Jurisdiction.CN, "1", datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="not_before"):
        Verdict(
            Outcome.ALLOW,
            (),
            "",
            Jurisdiction.CN,
            "1",
            datetime(2026, 1, 1, tzinfo=UTC),
            not_before=datetime(2026, 1, 2, tzinfo=UTC),
        )
