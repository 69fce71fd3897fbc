"""The instalment search: the fewest instalments that fit the debtor, inside the limits.

Used for every kind of plan that ends in instalments (standard, after a payment holiday, on
hardship terms, after token payments), by the proposal, the concession ladder and the
counter-offer answers alike.
"""

from __future__ import annotations

from datetime import date

from negotiator.domain.calendar import add_months, count_fitting
from negotiator.domain.limits import monthly_cost, per_payment_cap
from negotiator.domain.offer_context import (
    HARDSHIP_KINDS,
    Candidate,
    OfferContext,
    late_days,
    lump_shortfall,
)
from negotiator.domain.plan_terms import PlanKind, PlanTerms
from negotiator.domain.policy import Frequency, HardshipReason
from negotiator.domain.schedules import regulars_fitting


def instalment_family(
    context: OfferContext,
    kind: PlanKind,
    first_due: date,
    *,
    token_count: int = 0,
    down_payment: int | None = None,
) -> Candidate | None:
    """The shortest affordable plan of an instalment ``kind`` starting on ``first_due``.

    The down payment is ``down_payment`` raised to the policy minimum (by default the minimum;
    none for token plans). Without a stated capacity the plan has the fewest instalments
    allowed, or the most when the debtor gave a reason for falling behind (:func:`spread_out`).
    With one, the fewest instalments that fit it; when even the most allowed do not fit after
    the minimum down payment, a down payment of one month's capacity is tried (it fits
    by definition and leaves less to spread). When nothing fits, the plan with the most
    instalments allowed is returned with its shortfall. ``None`` when the limits allow no plan of
    this kind at all (too little left to meet the minimum instalment, no room in the maximum
    length, ...).
    """
    rules = context.limits.instalments
    if rules is None:
        return None
    found = _family(context, kind, first_due, token_count, down_payment)
    capacity = context.capacity
    if (
        found is None
        or found.shortfall == 0
        or capacity is None
        or token_count
        or capacity <= found.terms.down_payment
    ):
        return found
    larger = _family(context, kind, first_due, 0, capacity)
    if larger is not None and larger.shortfall < found.shortfall:
        return larger
    return found


def spread_out(context: OfferContext) -> bool:
    """Whether plans are spread as long as the limits allow: the debtor told us why they fell
    behind (anything but forgetting) and named no amount they can pay. Every plan "fits" a
    capacity nobody stated, but a job lost or an illness says the shortest is not the one they
    can keep (the seeds: after learning of unemployment, offer instalments with relief)."""
    reason = context.situation.reason
    return context.capacity is None and reason is not None and reason is not HardshipReason.FORGOT


def _family(
    context: OfferContext,
    kind: PlanKind,
    first_due: date,
    token_count: int,
    down_payment: int | None,
) -> Candidate | None:
    limits = context.limits
    rules = limits.instalments
    assert rules is not None
    frequency = rules.frequency
    total = context.total
    waive_interest = waive_fees = False
    token_amount = 0
    reason = None
    max_count, max_months = rules.max_count, rules.max_months
    if kind in HARDSHIP_KINDS:
        hardship = limits.hardship
        if hardship is None or not context.hardship_qualifies:
            return None
        reason = context.situation.reason
        waive_interest = hardship.interest_freeze and context.interest > 0
        waive_fees = hardship.fee_waiver and context.fees > 0
        total -= (context.interest if waive_interest else 0) + (context.fees if waive_fees else 0)
        max_count, max_months = hardship.max_count, hardship.max_months
        if token_count:
            if hardship.token_amount is None:
                return None
            token_amount = hardship.token_amount
    if token_count:
        down_payment = 0
        anchor, first = first_due, token_count
        if frequency is not Frequency.MONTHLY:
            anchor, first = add_months(first_due, token_count), 0
    else:
        least = rules.min_down_payment(total)
        down_payment = least if down_payment is None or down_payment < least else down_payment
        anchor, first = first_due, 1 if down_payment else 0
    rest = total - down_payment - token_count * token_amount
    if rest <= 0:
        return None
    end = add_months(context.today, max_months)
    highest = min(
        max_count,
        _most_by_amount(rest, rules.min_amount),
        count_fitting(anchor, end, frequency) - first,
    )
    if highest < rules.min_count:
        return None
    count, shortfall, fixed = _shortest_fitting(context, rest, rules.min_count, highest, frequency)
    lump = lump_shortfall(context, down_payment if down_payment > token_amount else token_amount)
    terms = PlanTerms(
        kind,
        first_due,
        frequency,
        count,
        down_payment,
        fixed,
        token_count,
        token_amount,
        None,
        0,
        waive_interest,
        waive_fees,
        reason,
    )
    return Candidate(terms, shortfall if shortfall > lump else lump, late_days(context, first_due))


def highest_count(terms: PlanTerms, rest: int, context: OfferContext) -> int:
    """The most regular instalments ``terms`` may have to repay ``rest`` minor units.

    Bounded by the kind's maximum count, by the minimum instalment and by the maximum length
    counted from the first regular instalment of ``terms``.
    """
    limits = context.limits
    rules = limits.instalments
    if rules is None:
        return 0
    max_count, max_months = rules.max_count, rules.max_months
    hardship = limits.hardship
    if terms.kind in HARDSHIP_KINDS and hardship is not None:
        max_count, max_months = hardship.max_count, hardship.max_months
    end = add_months(context.today, max_months)
    return min(max_count, _most_by_amount(rest, rules.min_amount), regulars_fitting(terms, end))


def _most_by_amount(rest: int, min_amount: int) -> int:
    """The most instalments ``rest`` allows when all but a smaller last one meet ``min_amount``.

    Instalments of exactly the minimum with the remainder in a smaller last one: ``rest`` over
    ``min_amount``, rounded up; none when ``rest`` is below the minimum (a single instalment has
    no others to be smaller than).
    """
    if min_amount <= 0:
        return rest
    if rest < min_amount:
        return 0
    return -(-rest // min_amount)


def _shortest_fitting(
    context: OfferContext, rest: int, lowest: int, highest: int, frequency: Frequency
) -> tuple[int, int, int | None]:
    """The fewest instalments in ``lowest..highest`` whose every payment fits the capacity.

    Returns the count, the monthly shortfall (0 when it fits) and the fixed instalment to use
    (``None`` for equal instalments). Equal instalments of ``rest`` over ``n`` are ``rest // n``
    with the remainder on the last, so the last, the largest, is what has to fit; when it does
    not, instalments of exactly the capacity with a smaller last one may fit with the same
    count. Either layout keeps every instalment but a smaller last one at or above the policy's
    minimum instalment (``highest`` already bounds the count so that one layout can).
    """
    capacity = context.capacity
    rules = context.limits.instalments
    assert rules is not None
    least = rules.min_amount
    if capacity is None:
        # Nothing said of what they can pay: the fewest instalments allowed, unless they said
        # why they fell behind (a job lost, an illness), when the plan they are likeliest to
        # keep is the longest the limits allow.
        count = highest if spread_out(context) else lowest
        if rest // count < least and count > 1:
            # Equal instalments this many would fall below the minimum; instalments of exactly
            # the minimum with a smaller last one reach the count (``highest`` allows it).
            return count, 0, least
        return count, 0, None
    cap = per_payment_cap(capacity, frequency)
    if cap > 0:
        for count in range(max(lowest, -(-rest // cap)), highest + 1):
            regular = rest // count
            if regular >= least and regular + rest % count <= cap:
                return count, 0, None
            if count > 1 and cap >= least and 0 < rest - cap * (count - 1) <= cap:
                return count, 0, cap
    regular = rest // highest
    if regular < least and highest > 1:
        # Only the fixed layout of the minimum instalment reaches this count.
        return highest, max(0, monthly_cost(least, frequency) - capacity), least
    return highest, max(0, monthly_cost(regular + rest % highest, frequency) - capacity), None
