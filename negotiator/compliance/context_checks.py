"""The context rules that judge a text against what the filter knows about its reader.

Each function returns the findings of one rule (empty when it is met). The contact window and
caps are in ``contact.py``; ``outbound.py`` runs them all.
"""

from __future__ import annotations

from functools import lru_cache

from negotiator.compliance.amounts import find_amounts, matches_record
from negotiator.compliance.context import OutboundContext, Recipient
from negotiator.compliance.cues import MessageCues
from negotiator.compliance.normalize import matching_form
from negotiator.compliance.rules import ContextRuleKind, RulePack
from negotiator.compliance.verdict import Finding, Outcome

__all__ = ["amounts", "disclosure", "identity_gate", "opt_out", "rule_finding"]


def rule_finding(
    pack: RulePack, kind: ContextRuleKind, evidence: str, outcome: Outcome = Outcome.BLOCK
) -> Finding:
    """A finding of one of the pack's context rules."""
    rule = pack.context_rules[kind]
    return Finding(rule.id, outcome, rule.severity, rule.citation, rule.description, evidence)


def opt_out(pack: RulePack, context: OutboundContext) -> list[Finding]:
    """After an opt-out, only its confirmation may go (FDCPA §805(c); 消费者权益保护法 art. 29)."""
    if context.opted_out and not context.opt_out_confirmation:
        return [rule_finding(pack, ContextRuleKind.OPT_OUT, "the debtor opted out of contact")]
    return []


@lru_cache(maxsize=4096)
def _folded(value: str) -> str:
    return matching_form(value)


def _contains(form: str, value: str) -> bool:
    folded = _folded(value)  # names and references recur in every message of a conversation
    return bool(folded) and folded in form


def identity_gate(
    pack: RulePack, context: OutboundContext, text: str, form: str, cues: MessageCues
) -> list[Finding]:
    """No amount, account or debt detail before verification, and nothing at all to others.

    GB/T 45251-2025 5.5 and Reg F 12 CFR 1006.6(d): the debt is discussed with the debtor only;
    a third party learns neither the debt nor the creditor (FDCPA §805(b)).
    """
    if context.may_hear_the_debt:
        return []
    third_party = context.recipient is Recipient.THIRD_PARTY
    reader = "a third party" if third_party else "an unverified reader"
    leaks = [f"amount {a.text}" for a in find_amounts(text)]
    leaks += [f"account {r}" for r in context.account_references if _contains(form, r)]
    for cue in ("account_detail", "debt_detail", *(("debt_words",) if third_party else ())):
        found = cues.find(cue)
        if found is not None:
            leaks.append(f"{cue.replace('_', ' ')} '{found}'")
    if third_party:
        leaks += [f"creditor {n}" for n in context.creditor_names if _contains(form, n)]
    if not leaks:
        return []
    evidence = f"{', '.join(leaks)} in a message to {reader}"
    return [rule_finding(pack, ContextRuleKind.IDENTITY_GATE, evidence)]


def disclosure(
    pack: RulePack, context: OutboundContext, form: str, cues: MessageCues
) -> list[Finding]:
    """The first message says it is automated, for whom, how to reach a human and how to stop.

    NIFA 公约 art. 15, FDCPA §807(11) and Reg F 12 CFR 1006.18(e), 1006.6(e).
    """
    if not context.first_message:
        return []
    missing = []
    if cues.find("disclosure_automated") is None:
        missing.append("that it is an automated assistant")
    names = context.creditor_names
    if cues.find("disclosure_on_behalf") is None and not any(_contains(form, n) for n in names):
        missing.append("on whose behalf it writes")
    contact = context.human_contact
    if cues.find("disclosure_human") is None and not (contact and _contains(form, contact)):
        missing.append("how to reach a human")
    if cues.find("disclosure_stop") is None:
        missing.append("how to stop the messages")
    if not missing:
        return []
    evidence = "the first message does not say " + ", ".join(missing)
    return [rule_finding(pack, ContextRuleKind.DISCLOSURE, evidence)]


def amounts(pack: RulePack, context: OutboundContext, text: str) -> list[Finding]:
    """Every amount stated matches the ledger or the plan on record (FDCPA §807(2)(A), §808(1)).

    Only checked for a reader who may hear the debt; for anyone else any amount is already a
    breach of the identity gate.
    """
    if not context.may_hear_the_debt:
        return []
    record = context.amounts_on_record
    wrong = [a.text for a in find_amounts(text) if not matches_record(a, record)]
    if not wrong:
        return []
    evidence = f"{', '.join(wrong)} not on record" + ("" if record else " (no amounts on record)")
    return [rule_finding(pack, ContextRuleKind.AMOUNTS, evidence)]
