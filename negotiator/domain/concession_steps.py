"""One step toward the debtor: the plans a concession of each kind may propose after an offer.

Each generator yields candidate terms derived from the last offer, the preferred one first; the
ladder (:mod:`negotiator.domain.concessions`) takes the first that is inside the limits, no worse
for the debtor than any earlier offer and different from the last one. Steps are sized so that
the ladder reaches the edge of the limits by the last round: with 3 rounds left for a term of 6
to 24 instalments, one step adds 6.

* ``extend_term``: more, smaller instalments (a lump sum becomes the shortest instalment plan);
* ``reduce_down_payment``: a smaller down payment, down to the policy minimum (the opening plan
  already asks only the minimum, so this acts on lump sums and on larger down payments);
* ``defer_start``: a later first payment, up to ``first_due_max_days`` and, where the policy
  allows a payment holiday, up to ``deferral.max_days``; a lump sum is deferred;
* ``hardship_terms``: interest frozen, fees waived, the longer hardship term, then token
  payments, when the debtor's reason qualifies.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from negotiator.domain.calendar import add_months, days_after
from negotiator.domain.instalment_search import highest_count, instalment_family
from negotiator.domain.offer_context import OfferContext
from negotiator.domain.plan_terms import PlanKind, PlanTerms
from negotiator.domain.plans import Plan
from negotiator.domain.policy import ConcessionStep
from negotiator.domain.schedules import regular_due
from negotiator.errors import DomainError

_HARDSHIP = (PlanKind.HARDSHIP_INSTALMENTS, PlanKind.TOKEN_THEN_INSTALMENTS)


def step_terms(
    step: ConcessionStep, last: Plan, context: OfferContext, uses: int
) -> Iterator[PlanTerms]:
    """Candidate terms for ``step`` after the offer ``last``, the preferred first.

    Args:
        step: The kind of concession.
        last: The offer the debtor refused.
        context: The account, limits and situation.
        uses: How many more times this step can come up in the rounds left (at least 1); the
            step covers ``1/uses`` of the distance to the limit.
    """
    lump = not last.kind.has_instalments
    if step is ConcessionStep.EXTEND_TERM:
        yield from _into_instalments(last, context) if lump else _extend(last, context, uses)
    elif step is ConcessionStep.REDUCE_DOWN_PAYMENT:
        yield from _into_instalments(last, context) if lump else _reduce_down(last, context, uses)
    elif step is ConcessionStep.DEFER_START:
        yield from _defer(last, context, uses)
    elif step is ConcessionStep.HARDSHIP_TERMS:
        yield from _hardship(last, context)


def _share(distance: int, uses: int) -> int:
    """One step of ``uses`` toward a limit ``distance`` away (at least 1)."""
    return max(1, -(-distance // max(uses, 1)))


def _max_months(kind: PlanKind, context: OfferContext) -> int:
    rules = context.limits.instalments
    assert rules is not None
    hardship = context.limits.hardship
    if kind in _HARDSHIP and hardship is not None:
        return hardship.max_months
    return rules.max_months


def _start_kind(start: date, context: OfferContext) -> PlanKind | None:
    """The standard instalment kind that may start on ``start`` (a holiday beyond the window)."""
    rules = context.limits.instalments
    if rules is None:
        return None
    if start <= days_after(context.today, rules.first_due_max_days):
        return PlanKind.INSTALMENTS
    deferral = context.limits.deferral
    if (
        deferral is not None
        and deferral.then_instalments
        and context.situation.previous_deferrals < deferral.max_times
        and start <= days_after(context.today, deferral.max_days)
    ):
        return PlanKind.DEFERRAL_THEN_INSTALMENTS
    return None


def _earliest_start(last: Plan, context: OfferContext) -> date:
    rules = context.limits.instalments
    assert rules is not None
    start = max(last.first_due, days_after(context.today, rules.first_due_min_days))
    earliest = context.situation.earliest_pay_date
    return start if earliest is None else max(start, earliest)


def _into_instalments(last: Plan, context: OfferContext) -> Iterator[PlanTerms]:
    """A refused lump sum becomes the shortest instalment plan, starting no earlier."""
    if context.limits.instalments is None:
        return
    start = _earliest_start(last, context)
    kind = _start_kind(start, context)
    if kind is None:
        return
    found = instalment_family(context, kind, start)
    if found is not None:
        yield found.terms
        yield from _longer(found.terms, context)


def _longer(terms: PlanTerms, context: OfferContext) -> Iterator[PlanTerms]:
    """The same plan with one, two, ... more instalments, up to the limit (none when ``terms``
    make no plan: hardship terms may leave too little for their count)."""
    try:
        rest = Plan(terms, context.account.balance, context.today).figures.rest
    except DomainError:
        return
    for count in range(terms.instalments + 1, highest_count(terms, rest, context) + 1):
        yield terms._replace(instalments=count)


def _extend(last: Plan, context: OfferContext, uses: int) -> Iterator[PlanTerms]:
    terms = last.terms._replace(fixed_instalment=None)
    highest = highest_count(terms, last.figures.rest, context)
    count = terms.instalments
    if count >= highest:
        return
    target = min(highest, count + _share(highest - count, uses))
    for instalments in range(target, highest + 1):
        yield terms._replace(instalments=instalments)


def _reduce_down(last: Plan, context: OfferContext, uses: int) -> Iterator[PlanTerms]:
    rules = context.limits.instalments
    terms = last.terms._replace(fixed_instalment=None)
    if rules is None or terms.token_count:
        return
    least = rules.min_down_payment(last.figures.total)
    if terms.down_payment <= least:
        return
    down = max(least, terms.down_payment - _share(terms.down_payment - least, uses))
    reduced = terms._replace(down_payment=down)
    rest = last.figures.total - down
    yield reduced
    for count in range(terms.instalments + 1, highest_count(reduced, rest, context) + 1):
        yield reduced._replace(instalments=count)


def _defer(last: Plan, context: OfferContext, uses: int) -> Iterator[PlanTerms]:
    terms = last.terms
    today = context.today
    deferral = context.limits.deferral
    deferral_open = (
        deferral is not None and context.situation.previous_deferrals < deferral.max_times
    )
    if terms.kind is PlanKind.PAY_IN_FULL or terms.kind is PlanKind.DEFERRAL:
        if not deferral_open or deferral is None:
            return
        latest = days_after(today, deferral.max_days)
        current = last.last_due
        if current >= latest:
            return
        target = current + timedelta(days=_share((latest - current).days, uses))
        if terms.kind is PlanKind.PAY_IN_FULL:
            yield PlanTerms(PlanKind.DEFERRAL, target)
        elif terms.down_payment:
            yield terms._replace(deferred_due=target)
        else:
            yield terms._replace(first_due=target)
        return
    rules = context.limits.instalments
    assert rules is not None
    latest = days_after(today, rules.first_due_max_days)
    holiday = terms.kind in (PlanKind.INSTALMENTS, PlanKind.DEFERRAL_THEN_INSTALMENTS)
    if holiday and deferral_open and deferral is not None and deferral.then_instalments:
        latest = max(latest, days_after(today, deferral.max_days))
    first = terms.first_due
    if first >= latest:
        return
    end = add_months(today, _max_months(terms.kind, context))
    target = first + timedelta(days=_share((latest - first).days, uses))
    while target > first:
        moved = terms._replace(first_due=target, fixed_instalment=None)
        last_due = regular_due(moved, moved.instalments - 1)
        if last_due <= end:
            if holiday:
                kind = _start_kind(target, context)
                if kind is None:
                    return
                moved = moved._replace(kind=kind)
            yield moved
            return
        target -= timedelta(days=1)


def _hardship(last: Plan, context: OfferContext) -> Iterator[PlanTerms]:
    hardship = context.limits.hardship
    rules = context.limits.instalments
    if hardship is None or rules is None or not context.hardship_qualifies:
        return
    terms = last.terms
    if terms.kind is PlanKind.TOKEN_THEN_INSTALMENTS:
        return
    start = _earliest_start(last, context)
    if start > days_after(context.today, rules.first_due_max_days):
        return
    if terms.kind is not PlanKind.HARDSHIP_INSTALMENTS:
        found = instalment_family(context, PlanKind.HARDSHIP_INSTALMENTS, start)
        if found is not None:
            relieved = found.terms
            if terms.instalments > relieved.instalments:
                # No fewer instalments than the refused plan; a fixed instalment sized for
                # fewer would no longer repay the rest.
                relieved = relieved._replace(instalments=terms.instalments, fixed_instalment=None)
            yield relieved
            yield from _longer(relieved, context)
    if hardship.token_amount is None or hardship.token_amount <= 0:
        return
    for months in range(hardship.token_months, 0, -1):
        found = instalment_family(
            context, PlanKind.TOKEN_THEN_INSTALMENTS, start, token_count=months
        )
        if found is not None:
            yield found.terms
            yield from _longer(found.terms, context)
