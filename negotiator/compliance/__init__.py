"""The compliance filter: rule packs as data, every outbound message checked, every verdict kept.

Outbound, the dialog engine and the services call::

    packs = builtin_packs()                                  # once, at start-up
    compliance = ComplianceFilter(packs[portfolio.jurisdiction], clock,
                                  policy_contact=portfolio.contact)
    checked = compliance.check_outbound(text, language, OutboundContext(...))
    outbox.add(checked)                # accepts CheckedMessage only; store checked.to_audit()

Inbound, every debtor message is screened before the engine sees it::

    screening = builtin_screener().screen(text, nlu_intents={"opt_out"})
    if screening.human_at_once: ...

Modules: ``normalize`` and ``contractions`` (the matching form, with the shared
:mod:`negotiator.domain.hanzi` table),
``patterns`` and ``pattern_tree`` (the pattern language and its anchors), ``anchors`` (the
one-pass prefilter), ``pack_file``, ``screening_file`` and ``data_models`` (the YAML files),
``packs`` (the shipped ones), ``rules`` (a loaded pack), ``content`` (phrase scanning),
``cues`` (the cue sets of a pack, read in one pass),
``context``, ``context_checks``, ``contact`` and ``amounts`` (the context rules), ``outbound``
(the filter), ``verdict`` (verdicts and the sealed ``CheckedMessage``), ``screening`` (inbound
triggers), ``lint`` (templates).
"""

from negotiator.compliance.context import OutboundContext, Recipient
from negotiator.compliance.lint import LintProblem, lint_templates, render_sample
from negotiator.compliance.outbound import ComplianceFilter
from negotiator.compliance.packs import PACKS_DIR, builtin_packs, load_packs
from negotiator.compliance.rules import RulePack
from negotiator.compliance.screening import (
    HANDLING,
    InboundScreener,
    Screening,
    Trigger,
    TriggerHit,
)
from negotiator.compliance.screening_file import builtin_screener, load_screener
from negotiator.compliance.verdict import CheckedMessage, Finding, Outcome, Severity, Verdict

__all__ = [
    "HANDLING",
    "PACKS_DIR",
    "CheckedMessage",
    "ComplianceFilter",
    "Finding",
    "InboundScreener",
    "LintProblem",
    "OutboundContext",
    "Outcome",
    "Recipient",
    "RulePack",
    "Screening",
    "Severity",
    "Trigger",
    "TriggerHit",
    "Verdict",
    "builtin_packs",
    "builtin_screener",
    "lint_templates",
    "load_packs",
    "load_screener",
    "render_sample",
]
