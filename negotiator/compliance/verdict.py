"""What the filter decided about one outbound message, and the only sendable message type.

A :class:`Verdict` is a value: allow, block or defer, with every rule that fired, its citation and
a sentence a person can read. Every verdict is audited (:meth:`Verdict.to_audit` gives the record;
the service stores it, the filter does no I/O).

A :class:`CheckedMessage` is a text together with its verdict. Only the filter can make one: the
constructor demands a seal that lives in this module and is handed out by :func:`_issue`, which
only :mod:`negotiator.compliance.outbound` calls. The outbound interface (outbox, agent relay)
accepts ``CheckedMessage`` and nothing else, so a message that skipped the filter is a type error,
and one forged at run time is a ``TypeError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Final, final

from negotiator.domain.jurisdiction import Jurisdiction

__all__ = ["CheckedMessage", "Finding", "Outcome", "Severity", "Verdict"]


class Outcome(StrEnum):
    """What may happen to a message."""

    ALLOW = "allow"
    """It may be sent now."""
    BLOCK = "block"
    """It must never be sent as written."""
    DEFER = "defer"
    """It may be sent, but not before :attr:`Verdict.not_before` (contact window or caps)."""


class Severity(StrEnum):
    """How grave a breach is. Every severity blocks; the grade orders findings for a reviewer."""

    CRITICAL = "critical"
    """Threats, impersonation, disclosure to others: the worst harm and the heaviest penalties."""
    MAJOR = "major"
    """Misleading or abusive content, wrong amounts, contact the debtor refused."""
    MINOR = "minor"
    """Pressure and timing: wrong, but the least harmful."""

    @property
    def rank(self) -> int:
        """0 for critical, 1 for major, 2 for minor (sort key, worst first)."""
        return _RANK[self]


_RANK: Final = {Severity.CRITICAL: 0, Severity.MAJOR: 1, Severity.MINOR: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule that fired on a message.

    Attributes:
        rule_id: The rule's id in its pack, e.g. ``CN.violence``.
        outcome: ``BLOCK`` or ``DEFER``: what this rule asks for.
        severity: How grave the breach is.
        citation: The regulation the rule comes from.
        description: The rule in one plain sentence.
        evidence: What fired it: the matched text (in matching form), or the missing element,
            or the time and window, so a reviewer sees what the rule saw.
    """

    rule_id: str
    outcome: Outcome
    severity: Severity
    citation: str
    description: str
    evidence: str

    def to_audit(self) -> dict[str, str]:
        """The finding as plain data for the audit log."""
        return {
            "rule": self.rule_id,
            "outcome": self.outcome.value,
            "severity": self.severity.value,
            "citation": self.citation,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The filter's decision about one message.

    Attributes:
        outcome: Allow, block or defer. Any blocking finding blocks; otherwise any deferring
            finding defers; otherwise the message is allowed.
        findings: Every rule that fired, worst first.
        explanation: One human sentence per finding (or why it is allowed).
        jurisdiction: The pack that judged it.
        pack_version: The version of that pack, so an audit can replay the decision.
        checked_at: When the check ran (from the injected clock).
        not_before: For ``DEFER``: the earliest instant the message may go (timezone-aware).
    """

    outcome: Outcome
    findings: tuple[Finding, ...]
    explanation: str
    jurisdiction: Jurisdiction
    pack_version: str
    checked_at: datetime
    not_before: datetime | None = None

    def __post_init__(self) -> None:
        if (self.outcome is Outcome.DEFER) != (self.not_before is not None):
            raise ValueError("a deferred verdict needs not_before, and only a deferred one")

    @property
    def allowed(self) -> bool:
        """Whether the message may be sent now."""
        return self.outcome is Outcome.ALLOW

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The ids of the rules that fired, each once, worst first."""
        return tuple(dict.fromkeys(f.rule_id for f in self.findings))

    @property
    def citations(self) -> tuple[str, ...]:
        """The citations of the rules that fired, each once."""
        return tuple(dict.fromkeys(f.citation for f in self.findings))

    def to_audit(self) -> dict[str, Any]:
        """The verdict as plain JSON-ready data for the audit log."""
        return {
            "verdict": self.outcome.value,
            "jurisdiction": self.jurisdiction.value,
            "pack_version": self.pack_version,
            "checked_at": self.checked_at.isoformat(),
            "not_before": self.not_before.isoformat() if self.not_before else None,
            "rules": list(self.rule_ids),
            "citations": list(self.citations),
            "explanation": self.explanation,
            "findings": [f.to_audit() for f in self.findings],
        }


class _Seal:
    """Proof that the compliance filter made a :class:`CheckedMessage`; never exported."""

    __slots__ = ()


_SEAL: Final = _Seal()


@final
class CheckedMessage:
    """An outbound text together with the verdict the compliance filter gave it.

    The outbound interface accepts only this type. Send it when :attr:`verdict` allows it; queue
    it until ``verdict.not_before`` when it is deferred (and check it again then: the caps may
    have changed); never send a blocked one, but store it with its verdict for the audit.

    Attributes:
        text: Exactly the text that was checked (and may be sent).
        language: The debtor language it is written in (``zh_Hans``, ``zh_Hant`` or ``en``).
        verdict: The filter's decision.
    """

    __slots__ = ("language", "text", "verdict")

    text: str
    language: str
    verdict: Verdict

    def __init__(self, text: str, language: str, verdict: Verdict, *, seal: _Seal) -> None:
        if seal is not _SEAL:
            raise TypeError("only the compliance filter can create a CheckedMessage")
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "verdict", verdict)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a CheckedMessage cannot be changed; check the new text instead")

    def __repr__(self) -> str:
        return f"CheckedMessage({self.text!r}, {self.language!r}, {self.verdict.outcome.value})"

    def to_audit(self) -> dict[str, Any]:
        """The message and its verdict as plain data for the audit log."""
        return {"text": self.text, "language": self.language, **self.verdict.to_audit()}


def _issue(text: str, language: str, verdict: Verdict) -> CheckedMessage:
    """Seal a checked text; for :mod:`negotiator.compliance.outbound` only."""
    return CheckedMessage(text, language, verdict, seal=_SEAL)
