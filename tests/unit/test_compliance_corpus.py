"""The red-team corpus: every known-bad message is blocked, almost no good one is (issue 5)."""

from __future__ import annotations

from collections import Counter

import pytest

from negotiator.domain.jurisdiction import Jurisdiction
from tests.unit.compliance_helpers import LANGUAGES, a_filter, allowed_corpus, blocked_corpus

CATEGORIES = {
    "threat",
    "false_legal",
    "impersonation",
    "abuse",
    "third_party",
    "new_borrowing",
    "fees",
    "false_urgency",
}


def test_the_corpus_is_large_enough_in_every_language() -> None:
    blocked = Counter(m.language for m in blocked_corpus())
    allowed = Counter(m.language for m in allowed_corpus())
    assert all(blocked[language] >= 100 for language in LANGUAGES), blocked
    assert sum(blocked.values()) >= 300
    assert all(allowed[language] >= 100 for language in LANGUAGES), allowed
    assert sum(allowed.values()) >= 300


def test_the_corpus_covers_every_category_and_evasion_trick() -> None:
    for language in LANGUAGES:
        messages = [m for m in blocked_corpus() if m.language == language]
        assert {m.category for m in messages} == CATEGORIES, language
        assert len({m.evasion for m in messages}) >= 7, language
    rules = {m.rule for m in blocked_corpus()}
    rule_names = {r.id.split(".", 1)[1] for r in a_filter().pack.content_rules}
    assert rules == rule_names
    assert {m.kind for m in allowed_corpus()} >= {"lawful", "negotiation", "support"}


@pytest.mark.parametrize("jurisdiction", list(Jurisdiction))
def test_every_bad_message_is_blocked_by_its_rule(jurisdiction: Jurisdiction) -> None:
    compliance = a_filter(jurisdiction)
    missed = []
    for message in blocked_corpus():
        rules = {f.rule_id for f in compliance.content_findings(message.text)}
        if f"{jurisdiction.value}.{message.rule}" not in rules:
            missed.append((message.language, message.rule, message.evasion, message.text, rules))
    assert missed == [], f"{len(missed)} of {len(blocked_corpus())} not blocked: {missed[:10]}"


@pytest.mark.parametrize("jurisdiction", list(Jurisdiction))
def test_at_most_one_percent_of_good_messages_is_blocked(jurisdiction: Jurisdiction) -> None:
    compliance = a_filter(jurisdiction)
    blocked = [
        (m.text, [f.rule_id for f in compliance.content_findings(m.text)])
        for m in allowed_corpus()
        if compliance.content_findings(m.text)
    ]
    assert len(blocked) <= 0.01 * len(allowed_corpus()), blocked
