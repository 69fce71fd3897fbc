"""What an account's earlier agreements mean for a new offer."""

from __future__ import annotations

from collections.abc import Iterable

from negotiator.domain.plan_terms import PlanKind
from negotiator.storage.records import Agreement


def deferrals_used(agreements: Iterable[Agreement]) -> int:
    """How many deferrals the account has had (the policy's ``deferral.max_times`` counts them)."""
    return sum(1 for agreement in agreements if PlanKind(agreement.kind).is_deferral)
