"""The debtor's own proposals: accepted when inside the limits, else the nearest plan that is.

FCA CONC 7.3.4 treats refusing a reasonable, affordable proposal as a breach, so a counter-offer
is read as literally as possible and accepted whenever its plan is inside every limit, even if it
asks more of the debtor than they told us they could pay: it is their own proposal. How a
:class:`CounterOffer` is read:

* a date alone, or a lump sum that covers the balance: the whole balance on that date (or now);
  within the full-payment window that is paying in full, with the settlement discount where the
  account qualifies; later, a deferral;
* a lump sum now and a date: a part payment now and the rest on that date (a deferral);
* a monthly amount: instalments of that amount (per the policy frequency, so "800 a month" is
  ``800 * 12 / 52`` a week), the last one smaller, after the lump sum (else the minimum down
  payment), starting on the date if one is given; a count given with it is ignored, the amount
  decides how many instalments it takes;
* a count: that many equal instalments, after the lump sum (else the minimum down payment);
* a lump sum alone, short of the balance: a down payment, the rest in the shortest plan that
  fits what the debtor told us.

Instalment readings are tried on standard terms, then on hardship terms when the debtor's reason
qualifies. When no reading is inside the limits the answer is :class:`Rejected` with every limit
the first reading breaks and the nearest plan: the same kind of plan with each broken term moved
to the limit (the date to the last day allowed, the count into the range, the down payment up to
the minimum, the instalment to the smallest allowed at or below the amount offered), or, when
that is not affordable and an affordable plan exists, the plan :func:`propose_plans` offers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from negotiator.domain.account import Account
from negotiator.domain.affordability import DebtorSituation, is_affordable
from negotiator.domain.calendar import PAYMENTS_PER_YEAR, days_after
from negotiator.domain.instalment_search import highest_count, instalment_family
from negotiator.domain.money import Money
from negotiator.domain.offer_context import OfferContext, offer_context
from negotiator.domain.offers import Offers, propose_plans
from negotiator.domain.plan_check import LimitBreach, check_plan
from negotiator.domain.plan_terms import PlanKind, PlanTerms
from negotiator.domain.plans import Plan
from negotiator.domain.policy import Frequency, Portfolio
from negotiator.domain.schedules import minor_of
from negotiator.errors import CurrencyMismatch, DomainError


@dataclass(frozen=True, slots=True)
class CounterOffer:
    """What the debtor proposed, as the conversation understood it.

    At least one field is given. "800 a month" is ``monthly_amount``; "all of it on the 15th of
    next month" is ``pay_date``; "half now, rest in three months" is ``lump_sum_now`` with either
    ``pay_date`` (one payment then) or ``count=3`` (three instalments).

    Attributes:
        monthly_amount: What they offer to pay each month.
        lump_sum_now: What they offer to pay now.
        pay_date: When they offer to pay (the whole balance, the rest, or the first instalment).
        count: In how many instalments.
    """

    monthly_amount: Money | None = None
    lump_sum_now: Money | None = None
    pay_date: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        given = (self.monthly_amount, self.lump_sum_now, self.pay_date, self.count)
        if all(value is None for value in given):
            raise DomainError("a counter-offer proposes at least an amount, a date or a count")
        for money in (self.monthly_amount, self.lump_sum_now):
            if money is not None and money.amount <= 0:
                raise DomainError("an amount offered must be positive")
        if self.count is not None and self.count < 1:
            raise DomainError("a count offered must be at least 1")


@dataclass(frozen=True, slots=True)
class Accepted:
    """The counter-offer is inside every limit; this is its plan, ready to confirm.

    Attributes:
        plan: The plan the counter-offer describes.
    """

    plan: Plan


@dataclass(frozen=True, slots=True)
class Rejected:
    """The counter-offer breaks a limit.

    Attributes:
        nearest: The nearest plan inside the limits, to offer instead (``None`` if none).
        breaches: Every limit the counter-offer's plan breaks, with the numbers.
    """

    nearest: Plan | None
    breaches: tuple[LimitBreach, ...]


CounterOfferOutcome = Accepted | Rejected
"""What :func:`evaluate_counter_offer` returns."""


def evaluate_counter_offer(
    offer: CounterOffer,
    account: Account,
    portfolio: Portfolio,
    situation: DebtorSituation,
    today: date,
) -> CounterOfferOutcome:
    """Accept ``offer`` when its plan is inside the limits, else answer with the nearest plan.

    Raises:
        CurrencyMismatch: an amount is not in the portfolio currency.
    """
    context = offer_context(account, portfolio, situation, today)
    for money in (offer.monthly_amount, offer.lump_sum_now):
        if money is not None and money.currency != context.limits.currency:
            raise CurrencyMismatch(f"offer in {money.currency}, account in {account.currency}")
    previous = situation.previous_deferrals
    first_breaches: tuple[LimitBreach, ...] | None = None
    for terms in _readings(offer, context):
        try:
            plan = Plan(terms, account.balance, today)
        except DomainError:
            breaches: tuple[LimitBreach, ...] = (_unpayable(offer, context),)
        else:
            found = check_plan(plan, account, portfolio, today, previous_deferrals=previous)
            if not found:
                return Accepted(plan)
            breaches = tuple(found)
        if first_breaches is None:
            first_breaches = breaches
    assert first_breaches is not None
    return Rejected(_nearest(offer, context), first_breaches)


def _minor(money: Money | None) -> int | None:
    return None if money is None else minor_of(money)


def _now(context: OfferContext) -> date:
    rules = context.limits.instalments
    return days_after(context.today, rules.first_due_min_days if rules else 0)


def _single_payment(context: OfferContext, due: date) -> PlanTerms:
    """The whole balance on ``due``: paying in full inside the window, else a deferral."""
    limits = context.limits
    if due <= days_after(context.today, limits.full_payment_days):
        discount = limits.max_discount(context.total, context.days_past_due)
        return PlanTerms(PlanKind.PAY_IN_FULL, due, discount=discount)
    return PlanTerms(PlanKind.DEFERRAL, due)


def _start(context: OfferContext, asked: date | None) -> tuple[PlanKind, date]:
    """The instalment kind and first due date for a plan starting on ``asked`` (or as usual)."""
    rules = context.limits.instalments
    today = context.today
    if rules is None:
        return PlanKind.INSTALMENTS, asked or today
    lowest = days_after(today, rules.first_due_min_days)
    earliest = context.situation.earliest_pay_date
    start = asked or (lowest if earliest is None else max(lowest, earliest))
    deferral = context.limits.deferral
    if (
        start > days_after(today, rules.first_due_max_days)
        and deferral is not None
        and deferral.then_instalments
    ):
        return PlanKind.DEFERRAL_THEN_INSTALMENTS, start
    return PlanKind.INSTALMENTS, start


def _readings(offer: CounterOffer, context: OfferContext) -> list[PlanTerms]:
    """The plans the counter-offer can mean, the most literal first (module docstring)."""
    lump = _minor(offer.lump_sum_now)
    monthly = _minor(offer.monthly_amount)
    if monthly is None and offer.count is None:
        if lump is None or lump >= context.total:
            due = offer.pay_date or (context.today if lump is not None else _now(context))
            return [_single_payment(context, due)]
        if offer.pay_date is not None:
            now = _now(context)
            if offer.pay_date <= now:
                return [_single_payment(context, now)]
            return [
                PlanTerms(PlanKind.DEFERRAL, now, down_payment=lump, deferred_due=offer.pay_date)
            ]
        kind, start = _start(context, None)
        found = instalment_family(context, kind, start, down_payment=lump)
        if found is None:
            return [PlanTerms(kind, start, instalments=1, down_payment=lump)]
        return [found.terms._replace(down_payment=lump, fixed_instalment=None)]
    kind, start = _start(context, offer.pay_date)
    readings = [_instalments(offer, context, kind, start, hardship=False)]
    if context.hardship_qualifies and kind is PlanKind.INSTALMENTS:
        readings.append(_instalments(offer, context, PlanKind.HARDSHIP_INSTALMENTS, start, True))
    return readings


def _instalments(
    offer: CounterOffer, context: OfferContext, kind: PlanKind, start: date, hardship: bool
) -> PlanTerms:
    rules = context.limits.instalments
    frequency = rules.frequency if rules is not None else Frequency.MONTHLY
    total = context.total
    waive_interest = waive_fees = False
    options = context.limits.hardship
    if hardship and options is not None:
        waive_interest = options.interest_freeze and context.interest > 0
        waive_fees = options.fee_waiver and context.fees > 0
        total -= (context.interest if waive_interest else 0) + (context.fees if waive_fees else 0)
    lump = _minor(offer.lump_sum_now)
    monthly = _minor(offer.monthly_amount)
    down = lump if lump is not None else (rules.min_down_payment(total) if rules else 0)
    if lump is None and monthly is not None and down > monthly:
        # "800 a month" means no payment above 800: a larger minimum down payment is a limit
        # the offer breaks, answered with the nearest plan, never silently added to it.
        down = monthly
    rest = total - down
    count = offer.count or 1
    fixed = None
    if monthly is not None:
        fixed = monthly * 12 // PAYMENTS_PER_YEAR[frequency]
        count = -(-rest // fixed) if fixed > 0 and rest > 0 else 1
    return PlanTerms(
        kind,
        start,
        frequency,
        instalments=count,
        down_payment=down,
        fixed_instalment=fixed,
        waive_interest=waive_interest,
        waive_fees=waive_fees,
        reason=context.situation.reason if hardship else None,
    )


def _unpayable(offer: CounterOffer, context: OfferContext) -> LimitBreach:
    """The breach of an offer that does not even make a plan (nothing left, or too little)."""
    rules = context.limits.instalments
    least = context.money(rules.min_amount if rules else 0)
    offered = offer.monthly_amount or offer.lump_sum_now or context.money(0)
    return LimitBreach("instalments.min_amount", least, offered)


def _nearest(offer: CounterOffer, context: OfferContext) -> Plan | None:
    """The first nearest reading inside the limits, kept affordable (module docstring)."""
    for terms in _nearest_terms(offer, context):
        try:
            plan = Plan(terms, context.account.balance, context.today)
        except DomainError:
            continue
        if not _inside(plan, context):
            continue
        budget = _budget(offer, context.situation)
        if budget is None or is_affordable(plan, budget):
            return plan
        return _offer_for(budget, context) or plan
    budget = _budget(offer, context.situation)
    return _offer_for(budget or context.situation, context)


def _budget(offer: CounterOffer, situation: DebtorSituation) -> DebtorSituation | None:
    """What the debtor can pay a month when the offer names an amount: the lower of the two."""
    monthly = offer.monthly_amount
    if monthly is None:
        return None
    capacity = situation.monthly_capacity
    if capacity is not None and capacity < monthly:
        monthly = capacity
    return DebtorSituation(
        monthly, situation.reason, situation.earliest_pay_date, situation.previous_deferrals
    )


def _offer_for(situation: DebtorSituation, context: OfferContext) -> Plan | None:
    proposal = propose_plans(context.account, context.portfolio, situation, context.today)
    return proposal.offer if isinstance(proposal, Offers) else None


def _inside(plan: Plan, context: OfferContext) -> bool:
    previous = context.situation.previous_deferrals
    return not check_plan(
        plan, context.account, context.portfolio, context.today, previous_deferrals=previous
    )


def _nearest_terms(offer: CounterOffer, context: OfferContext) -> list[PlanTerms]:
    """Plans near the offer, each broken term moved to its limit, the nearest first."""
    limits = context.limits
    today = context.today
    lump = _minor(offer.lump_sum_now)
    monthly = _minor(offer.monthly_amount)
    nearest: list[PlanTerms] = []
    deferral = limits.deferral
    deferral_open = (
        deferral is not None and context.situation.previous_deferrals < deferral.max_times
    )
    latest_deferral = days_after(today, deferral.max_days) if deferral is not None else today
    if monthly is None and offer.count is None:
        if lump is None or lump >= context.total:
            due = offer.pay_date or _now(context)
            window = days_after(today, limits.full_payment_days)
            if deferral_open and due > window:
                nearest.append(PlanTerms(PlanKind.DEFERRAL, min(due, latest_deferral)))
            nearest.append(_single_payment(context, min(due, window)))
            return nearest
        if offer.pay_date is not None and deferral_open:
            now = _now(context)
            rest_due = min(offer.pay_date, latest_deferral)
            if rest_due > now:
                nearest.append(
                    PlanTerms(PlanKind.DEFERRAL, now, down_payment=lump, deferred_due=rest_due)
                )
    kind, start = _clamped_start(context, offer.pay_date)
    budget = context if monthly is None else context._replace(capacity=monthly)
    families = [(kind, start)]
    rules = limits.instalments
    if context.hardship_qualifies and rules is not None:
        lowest = days_after(today, rules.first_due_min_days)
        hardship_start = min(max(start, lowest), days_after(today, rules.first_due_max_days))
        families.append((PlanKind.HARDSHIP_INSTALMENTS, hardship_start))
    options: list[tuple[int, int, PlanTerms]] = []
    for family, first_due in families:
        found = instalment_family(budget, family, first_due, down_payment=lump)
        if found is None:
            continue
        terms = found.terms
        if offer.count is not None and monthly is None:
            rest = Plan(terms, context.account.balance, today).figures.rest
            highest = highest_count(terms, rest, context)
            assert rules is not None
            terms = terms._replace(instalments=max(rules.min_count, min(offer.count, highest)))
        options.append((found.shortfall, len(options), terms))
    nearest.extend(terms for _, _, terms in sorted(options))
    return nearest


def _clamped_start(context: OfferContext, asked: date | None) -> tuple[PlanKind, date]:
    """:func:`_start`, with the date moved inside the window the kind allows."""
    kind, start = _start(context, asked)
    rules = context.limits.instalments
    if rules is None:
        return kind, start
    today = context.today
    start = max(start, days_after(today, rules.first_due_min_days))
    if kind is PlanKind.DEFERRAL_THEN_INSTALMENTS and context.limits.deferral is not None:
        return kind, min(start, days_after(today, context.limits.deferral.max_days))
    return PlanKind.INSTALMENTS, min(start, days_after(today, rules.first_due_max_days))
