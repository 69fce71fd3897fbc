"""The compliance filter: every outbound message is checked here and nowhere else.

:class:`ComplianceFilter` holds one jurisdiction's pack, the contact limits in force (the
stricter of the pack and the creditor's policy) and the injected clock. Its
:meth:`~ComplianceFilter.check_outbound` is the only way to obtain a
:class:`~negotiator.compliance.verdict.CheckedMessage`, the only type the outbound interface
accepts. It is pure: no I/O, no global state beyond the compiled packs.

Order of judgement: content rules, then opt-out, identity gate, disclosure and amounts (all
blocking), then, for a proactive message that nothing blocks, the contact window and caps
(deferring). A block always wins over a deferral.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from negotiator.compliance import context_checks
from negotiator.compliance.contact import HoldReason, earliest_send, minute
from negotiator.compliance.content import PhraseHit, scanner_for
from negotiator.compliance.context import OutboundContext
from negotiator.compliance.normalize import matching_form, skeleton
from negotiator.compliance.rules import ContactLimits, ContentRule, ContextRuleKind, RulePack
from negotiator.compliance.verdict import CheckedMessage, Finding, Outcome, Verdict, _issue
from negotiator.domain.clock import Clock
from negotiator.domain.policy_sections import ContactRules

__all__ = ["ComplianceFilter"]


class ComplianceFilter:
    """Checks outbound messages against one jurisdiction's rule pack.

    Args:
        pack: The rule pack the creditor's policy picks for the portfolio.
        clock: Tells the time (a ``FixedClock`` in tests).
        policy_contact: The portfolio's contact rules, when the policy sets its own; they can
            only make the pack's window narrower and its caps lower.
    """

    __slots__ = ("_allowed", "_clock", "_limits", "_pack", "_scanner")

    def __init__(
        self, pack: RulePack, clock: Clock, *, policy_contact: ContactRules | None = None
    ) -> None:
        self._pack = pack
        self._clock = clock
        limits = pack.contact
        if policy_contact is not None:
            limits = limits.tightened(
                policy_contact.earliest,
                policy_contact.latest,
                policy_contact.max_per_day,
                policy_contact.max_per_week,
            )
        self._limits = limits
        self._scanner = scanner_for(pack)
        self._allowed = _explain(Outcome.ALLOW, [], pack)

    @property
    def pack(self) -> RulePack:
        """The rule pack in force."""
        return self._pack

    @property
    def limits(self) -> ContactLimits:
        """The contact window and caps in force."""
        return self._limits

    def check_outbound(self, text: str, language: str, context: OutboundContext) -> CheckedMessage:
        """Judge one outbound message; the result is the only thing the outbox accepts.

        Args:
            text: The rendered message, exactly as it would be sent.
            language: Its language (``zh_Hans``, ``zh_Hant`` or ``en``); every content rule
                runs whatever the language, since a message may mix scripts.
            context: Who reads it, why it is sent, and what is on record.

        Returns:
            The text sealed with its verdict (allow, block, or defer with ``not_before``).
        """
        now = self._clock.now()
        form = matching_form(text)
        skeleton_form = skeleton(form)
        pack = self._pack
        findings = [_content_finding(hit) for hit in self._scanner.scan(form, skeleton_form)]
        findings += context_checks.opt_out(pack, context)
        cues = pack.read_cues(form, skeleton_form)  # read once, and only if a context rule asks
        findings += context_checks.identity_gate(pack, context, text, form, cues)
        findings += context_checks.disclosure(pack, context, form, cues)
        findings += context_checks.amounts(pack, context, text)
        not_before = None
        if context.proactive and not findings:
            deferral, not_before = self._contact_timing(now, context)
            findings += deferral
        return _issue(text, language, self._verdict(findings, now, not_before))

    def content_findings(self, text: str) -> tuple[Finding, ...]:
        """The content rules a text breaks, whoever reads it and whenever (for lint and tests)."""
        form = matching_form(text)
        return tuple(_content_finding(hit) for hit in self._scanner.scan(form, skeleton(form)))

    def _contact_timing(
        self, now: datetime, context: OutboundContext
    ) -> tuple[list[Finding], datetime | None]:
        pack = self._pack
        if context.timezone is None:
            evidence = "the debtor's time zone is unknown, so the local time cannot be checked"
            return [
                context_checks.rule_finding(pack, ContextRuleKind.CONTACT_WINDOW, evidence)
            ], None
        try:
            zone = ZoneInfo(context.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            evidence = f"{context.timezone!r} is not an IANA time zone"
            return [
                context_checks.rule_finding(pack, ContextRuleKind.CONTACT_WINDOW, evidence)
            ], None
        hold = earliest_send(now, zone, self._limits, context.proactive_sent)
        if hold is None:
            return [], None
        evidence = f"{hold.detail}; may go at {minute(hold.not_before)} {context.timezone}"
        findings = []
        if HoldReason.OUTSIDE_WINDOW in hold.reasons:
            findings.append(
                context_checks.rule_finding(
                    pack, ContextRuleKind.CONTACT_WINDOW, evidence, Outcome.DEFER
                )
            )
        if {HoldReason.DAY_CAP, HoldReason.WEEK_CAP} & set(hold.reasons):
            findings.append(
                context_checks.rule_finding(
                    pack, ContextRuleKind.CONTACT_CAPS, evidence, Outcome.DEFER
                )
            )
        return findings, hold.not_before

    def _verdict(
        self, findings: list[Finding], now: datetime, not_before: datetime | None
    ) -> Verdict:
        if not findings:  # the common case, kept cheap: one explanation per pack
            return Verdict(
                outcome=Outcome.ALLOW,
                findings=(),
                explanation=self._allowed,
                jurisdiction=self._pack.jurisdiction,
                pack_version=self._pack.version,
                checked_at=now,
            )
        if len(findings) > 1:
            findings.sort(key=lambda f: (f.outcome is not Outcome.BLOCK, f.severity.rank))
        if any(f.outcome is Outcome.BLOCK for f in findings):
            outcome, not_before = Outcome.BLOCK, None
        else:
            outcome = Outcome.DEFER
        return Verdict(
            outcome=outcome,
            findings=tuple(findings),
            explanation=_explain(outcome, findings, self._pack),
            jurisdiction=self._pack.jurisdiction,
            pack_version=self._pack.version,
            checked_at=now,
            not_before=not_before,
        )


def _content_finding(hit: PhraseHit[ContentRule]) -> Finding:
    rule = hit.rule
    return Finding(
        rule.id, Outcome.BLOCK, rule.severity, rule.citation, rule.description, f"'{hit.matched}'"
    )


def _explain(outcome: Outcome, findings: list[Finding], pack: RulePack) -> str:
    if outcome is Outcome.ALLOW:
        return f"Allowed: no rule of the {pack.jurisdiction} pack ({pack.version}) applies."
    head = "Blocked" if outcome is Outcome.BLOCK else "Deferred"
    parts = [f"{f.rule_id} ({f.severity}): {f.description} Found: {f.evidence}." for f in findings]
    return f"{head}. " + " ".join(parts)
