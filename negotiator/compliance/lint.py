"""Lint: every message template, rendered with sample values, passes every content rule.

A template is judged on its words, in every jurisdiction's pack: a threat in a template is a
threat in every conversation. The context rules (identity gate, window, caps, amounts) depend on
the conversation and are judged live, message by message, by the filter.

Rendering fills ``{placeholder}``, ``{placeholder:format}`` and ``%(placeholder)s`` with sample
values chosen by the placeholder's name (an amount for ``{amount}``, a date for ``{due_date}``),
so the words around them are read as a debtor would read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from negotiator.compliance.outbound import ComplianceFilter
from negotiator.compliance.verdict import Finding

__all__ = ["LintProblem", "lint_templates", "render_sample"]

_PLACEHOLDER = re.compile(
    r"\{([A-Za-z_][A-Za-z0-9_.]*)(?:![rsa])?(?::[^{}]*)?\}|%\(([^)]+)\)[sdif]"
)

# Name fragments -> sample value; the first fragment found in a placeholder's name wins.
_SAMPLES: Final = (
    (("amount", "balance", "total", "sum", "instalment", "installment", "payment", "principal",
      "interest", "fee", "minimum", "down", "price", "money"), "1,000.00"),
    (("date", "due", "deadline", "until", "day", "when"), "2026-12-01"),
    (("count", "months", "weeks", "number", "times", "n"), "6"),
    (("creditor", "company", "bank", "lender"), "Example Bank"),
    (("bot",), "Assistant"),
    (("phone", "contact", "hotline", "hours"), "400-000-0000"),
    (("url", "link"), "https://example.com/help"),
    (("reference", "ref", "agreement", "code"), "REF-0001"),
    (("name", "debtor", "agent", "user"), "Alex"),
    (("percent", "rate", "discount"), "10"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LintProblem:
    """A template that breaks a content rule.

    Attributes:
        key: The template key (message id).
        locale: The locale of the catalog it comes from.
        text: The template rendered with sample values.
        findings: The rules it breaks, in one pack.
    """

    key: str
    locale: str
    text: str
    findings: tuple[Finding, ...]

    def __str__(self) -> str:
        rules = "; ".join(f"{f.rule_id} {f.evidence} ({f.citation})" for f in self.findings)
        return f"{self.locale} {self.key!r}: {rules}"


def sample_value(name: str) -> str:
    """A plausible value for a placeholder called ``name``."""
    lowered = name.lower()
    words = set(re.split(r"[_.]", lowered))
    for fragments, value in _SAMPLES:
        if any(f in words or (len(f) > 2 and f in lowered) for f in fragments):
            return value
    return "Alex"


def render_sample(template: str) -> str:
    """``template`` with every placeholder replaced by a sample value."""
    return _PLACEHOLDER.sub(lambda m: sample_value(m.group(1) or m.group(2)), template)


def lint_templates(
    templates: Iterable[tuple[str, str, str]], filters: Sequence[ComplianceFilter]
) -> list[LintProblem]:
    """Check rendered templates against the content rules of every pack.

    Args:
        templates: ``(key, locale, rendered text)`` for every template of every dialog in
            every locale (render with :func:`render_sample` when there are no real values).
        filters: One filter per jurisdiction to check against.

    Returns:
        One problem per template and pack that blocks it (empty when all pass).
    """
    problems = []
    for key, locale, text in templates:
        for compliance in filters:
            findings = compliance.content_findings(text)
            if findings:
                problems.append(LintProblem(key, locale, text, findings))
    return problems
