"""Shared builders for the compliance tests: the shipped packs, filters on a frozen clock, the corpus."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from negotiator.compliance import ComplianceFilter, OutboundContext, builtin_packs
from negotiator.domain.clock import FixedClock
from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.domain.policy_sections import ContactRules

CORPUS = Path(__file__).resolve().parents[1] / "compliance_corpus"
LANGUAGES = ("zh_Hans", "zh_Hant", "en")


@dataclass(frozen=True)
class Blocked:
    """A corpus message that must be blocked."""

    text: str
    language: str
    category: str
    rule: str
    evasion: str


@dataclass(frozen=True)
class Allowed:
    """A corpus message that must pass."""

    text: str
    language: str
    kind: str


def _entries(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


@cache
def blocked_corpus() -> tuple[Blocked, ...]:
    """Every message of ``blocked_<language>.yaml``."""
    return tuple(
        Blocked(e["text"], language, e["category"], e["rule"], e["evasion"])
        for language in LANGUAGES
        for e in _entries(f"blocked_{language}.yaml")
    )


@cache
def allowed_corpus() -> tuple[Allowed, ...]:
    """Every message of ``allowed_<language>.yaml``."""
    return tuple(
        Allowed(e["text"], language, e["kind"])
        for language in LANGUAGES
        for e in _entries(f"allowed_{language}.yaml")
    )


def a_filter(
    jurisdiction: Jurisdiction = Jurisdiction.CN,
    at: datetime | None = None,
    policy_contact: ContactRules | None = None,
) -> ComplianceFilter:
    """A filter over a shipped pack, on a clock frozen at ``at`` (default 2026-11-22 10:00 UTC)."""
    clock = FixedClock(at) if at is not None else FixedClock()
    return ComplianceFilter(builtin_packs()[jurisdiction], clock, policy_contact=policy_contact)


def verified(**overrides: Any) -> OutboundContext:
    """The context of a reply to a verified debtor, with any field overridden."""
    fields: dict[str, Any] = {"verified": True}
    fields.update(overrides)
    return OutboundContext(**fields)
