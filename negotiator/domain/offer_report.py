"""Offers, counter-offer answers and limit breaches as JSON-ready dicts (for the CLI and exports).

Amounts are decimal strings, dates ISO, enums their values; each plan is written by
:func:`~negotiator.domain.plan_codec.plan_to_dict`, with its terms and its whole schedule.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from negotiator.domain.counter_offers import Accepted, CounterOfferOutcome
from negotiator.domain.money import Money
from negotiator.domain.offers import Offers, Proposal
from negotiator.domain.plan_check import LimitBreach, LimitValue
from negotiator.domain.plan_codec import JsonDict, plan_to_dict


def _value(value: LimitValue) -> str | int | bool:
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, date | Decimal):
        return str(value)
    return value


def breach_to_dict(breach: LimitBreach) -> JsonDict:
    """One limit breach: ``{"limit": ..., "allowed": ..., "actual": ...}``."""
    return {
        "limit": breach.limit,
        "allowed": _value(breach.allowed),
        "actual": _value(breach.actual),
    }


def proposal_to_dict(proposal: Proposal) -> JsonDict:
    """A proposal as a dict.

    ``{"status": "offers", "plans": [...]}`` with the plans best first, or
    ``{"status": "unaffordable", "gap": ..., "late_days": ..., "hardship_available": ...,
    "best": {...}}`` where ``best`` explains the gap and is not an offer.
    """
    if isinstance(proposal, Offers):
        return {"status": "offers", "plans": [plan_to_dict(plan) for plan in proposal.plans]}
    return {
        "status": "unaffordable",
        "gap": str(proposal.gap.amount),
        "late_days": proposal.late_days,
        "hardship_available": proposal.hardship_available,
        "best": plan_to_dict(proposal.best),
    }


def counter_offer_outcome_to_dict(outcome: CounterOfferOutcome) -> JsonDict:
    """An answer to a counter-offer: ``accepted`` with its plan, or ``rejected`` with the
    breaches and the nearest plan (``null`` when there is none)."""
    if isinstance(outcome, Accepted):
        return {"status": "accepted", "plan": plan_to_dict(outcome.plan)}
    return {
        "status": "rejected",
        "breaches": [breach_to_dict(breach) for breach in outcome.breaches],
        "nearest": None if outcome.nearest is None else plan_to_dict(outcome.nearest),
    }
