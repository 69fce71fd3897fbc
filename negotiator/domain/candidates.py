"""The best plan of each kind for one account, found in integer arithmetic before any is built.

For every kind the portfolio offers, :func:`candidate` works out the terms of the plan to put
forward: the shortest one the debtor can afford, or, when none of that kind fits, the one that
comes closest (the longest), with how far it misses. Only the plans that end up in a proposal
are built into schedules. Start dates:

* pay in full is due at the end of the full-payment window (the debtor may pay earlier);
* a deferral falls on the debtor's earliest pay date, else on the last day the policy allows;
* instalments start as early as the policy allows, or on the debtor's earliest pay date when
  that is later and still inside ``first_due_max_days``;
* a payment holiday (deferral then instalments) ends on the debtor's earliest pay date, else on
  the last day of ``deferral.max_days``;
* hardship plans start like instalments; token plans pay tokens for as many months as the
  policy allows, fewer when the rest would not fit the limits or the debtor otherwise.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from negotiator.domain.calendar import days_after
from negotiator.domain.instalment_search import instalment_family
from negotiator.domain.limits import InstalmentRules
from negotiator.domain.offer_context import (
    Candidate,
    OfferContext,
    late_days,
    lump_shortfall,
    offer_context,
    start_within,
)
from negotiator.domain.plan_terms import PlanKind, PlanTerms
from negotiator.domain.policy import PreferredPlan

__all__ = ["KIND_ORDER", "Candidate", "OfferContext", "candidate", "offer_context"]

KIND_ORDER: Final[dict[PreferredPlan, tuple[PlanKind, ...]]] = {
    PreferredPlan.PAY_IN_FULL: (
        PlanKind.PAY_IN_FULL,
        PlanKind.INSTALMENTS,
        PlanKind.DEFERRAL,
        PlanKind.DEFERRAL_THEN_INSTALMENTS,
        PlanKind.HARDSHIP_INSTALMENTS,
        PlanKind.TOKEN_THEN_INSTALMENTS,
    ),
    PreferredPlan.SHORTEST: (
        PlanKind.INSTALMENTS,
        PlanKind.PAY_IN_FULL,
        PlanKind.DEFERRAL,
        PlanKind.DEFERRAL_THEN_INSTALMENTS,
        PlanKind.HARDSHIP_INSTALMENTS,
        PlanKind.TOKEN_THEN_INSTALMENTS,
    ),
    PreferredPlan.DEFERRAL: (
        PlanKind.DEFERRAL,
        PlanKind.PAY_IN_FULL,
        PlanKind.INSTALMENTS,
        PlanKind.DEFERRAL_THEN_INSTALMENTS,
        PlanKind.HARDSHIP_INSTALMENTS,
        PlanKind.TOKEN_THEN_INSTALMENTS,
    ),
}
"""The creditor's order of preference: the preferred kind, then the others from the cheapest
concession to the dearest. Hardship kinds always come last: forbearance is for those who need it."""


def pay_in_full(context: OfferContext) -> Candidate:
    """Pay in full by the end of the window, with the largest discount the account qualifies for."""
    limits = context.limits
    discount = limits.max_discount(context.total, context.days_past_due)
    due = days_after(context.today, limits.full_payment_days)
    terms = PlanTerms(PlanKind.PAY_IN_FULL, due, discount=discount)
    return Candidate(
        terms, lump_shortfall(context, context.total - discount), late_days(context, due)
    )


def deferral(context: OfferContext) -> Candidate | None:
    """The whole balance on a later date, if the account may still have a deferral."""
    rules = context.limits.deferral
    if rules is None or context.situation.previous_deferrals >= rules.max_times:
        return None
    today = context.today
    latest = days_after(today, rules.max_days)
    due = start_within(context, days_after(today, 1), latest, latest)
    terms = PlanTerms(PlanKind.DEFERRAL, due)
    return Candidate(terms, lump_shortfall(context, context.total), late_days(context, due))


def _instalment_start(context: OfferContext, rules: InstalmentRules) -> date:
    today = context.today
    lowest = days_after(today, rules.first_due_min_days)
    return start_within(context, lowest, days_after(today, rules.first_due_max_days), lowest)


def instalments(context: OfferContext) -> Candidate | None:
    """Standard instalments, starting as early as allowed or on the debtor's earliest date."""
    rules = context.limits.instalments
    if rules is None:
        return None
    return instalment_family(context, PlanKind.INSTALMENTS, _instalment_start(context, rules))


def deferral_then_instalments(context: OfferContext) -> Candidate | None:
    """A payment holiday beyond the normal first due date, then instalments."""
    rules = context.limits.instalments
    deferral_rules = context.limits.deferral
    if (
        rules is None
        or deferral_rules is None
        or not deferral_rules.then_instalments
        or context.situation.previous_deferrals >= deferral_rules.max_times
    ):
        return None
    today = context.today
    lowest = days_after(today, max(rules.first_due_max_days + 1, rules.first_due_min_days))
    highest = days_after(today, deferral_rules.max_days)
    if highest < lowest:
        return None
    first = start_within(context, lowest, highest, highest)
    return instalment_family(context, PlanKind.DEFERRAL_THEN_INSTALMENTS, first)


def hardship_instalments(context: OfferContext) -> Candidate | None:
    """Instalments on hardship terms, when the reason qualifies and the terms change anything."""
    hardship = context.limits.hardship
    rules = context.limits.instalments
    if hardship is None or rules is None or not context.hardship_qualifies:
        return None
    relief = (
        (hardship.interest_freeze and context.interest > 0)
        or (hardship.fee_waiver and context.fees > 0)
        or hardship.max_months > rules.max_months
    )
    if not relief:
        return None
    first = _instalment_start(context, rules)
    return instalment_family(context, PlanKind.HARDSHIP_INSTALMENTS, first)


def token_then_instalments(context: OfferContext) -> Candidate | None:
    """Token payments for some months, then hardship instalments.

    The most token months that still leave an affordable plan; when none does, the number of
    token months that comes closest.
    """
    hardship = context.limits.hardship
    rules = context.limits.instalments
    if (
        hardship is None
        or rules is None
        or hardship.token_amount is None
        or hardship.token_amount <= 0
        or not context.hardship_qualifies
    ):
        return None
    first = _instalment_start(context, rules)
    closest: Candidate | None = None
    for months in range(hardship.token_months, 0, -1):
        found = instalment_family(
            context, PlanKind.TOKEN_THEN_INSTALMENTS, first, token_count=months
        )
        if found is not None and found.affordable:
            return found
        if found is not None and (closest is None or found.shortfall < closest.shortfall):
            closest = found
    return closest


_BUILDERS: Final = {
    PlanKind.PAY_IN_FULL: pay_in_full,
    PlanKind.INSTALMENTS: instalments,
    PlanKind.DEFERRAL: deferral,
    PlanKind.DEFERRAL_THEN_INSTALMENTS: deferral_then_instalments,
    PlanKind.HARDSHIP_INSTALMENTS: hardship_instalments,
    PlanKind.TOKEN_THEN_INSTALMENTS: token_then_instalments,
}


def candidate(kind: PlanKind, context: OfferContext) -> Candidate | None:
    """The plan of ``kind`` to put forward, or ``None`` when the portfolio allows none."""
    return _BUILDERS[kind](context)
