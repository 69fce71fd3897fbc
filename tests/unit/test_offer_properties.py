"""Invariants of the offer engine over random policies, balances, debtors and negotiations.

* No plan the engine proposes, concedes or accepts breaks a limit: ``check_plan`` finds nothing,
  and a second, schedule-level reading of the main limits written here agrees.
* Every schedule is exact: it sums to the total, the total is the balance less what the plan
  gives up, amounts are in whole minor units, the remainder is on the last instalment and
  monthly dates sit on the same day of the month or its end.
* When some plan inside the limits fits what the debtor said, the plans offered all fit. The
  oracle is a brute-force search, independent of the engine's, over the plans of the engine's
  vocabulary: pay in full, deferral, instalments, payment holiday, hardship and token plans, every
  start the engine may use, the minimum or a capacity-sized down payment, every count, with
  equal instalments or instalments of exactly the capacity.
* Concessions are monotonic: no later offer asks for more, or sooner, than an earlier one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from negotiator.domain.account import Account
from negotiator.domain.affordability import DebtorSituation, is_affordable
from negotiator.domain.calendar import PAYMENTS_PER_YEAR, add_months, days_in_month
from negotiator.domain.concessions import Concession, NegotiationHistory, next_offer
from negotiator.domain.counter_offers import Accepted, CounterOffer, evaluate_counter_offer
from negotiator.domain.money import Money, currency_exponent
from negotiator.domain.offers import Offers, check_plan, propose_plans
from negotiator.domain.plans import PaymentLabel, Plan, PlanKind, PlanTerms
from negotiator.domain.policy import ConcessionStep, Frequency, HardshipReason, Portfolio
from negotiator.errors import DomainError

PROPERTY = settings(
    max_examples=int(os.environ.get("NEGOTIATOR_PROPERTY_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
SCALE = {"CNY": 100, "USD": 100, "JPY": 1}


def _months_spanned(count: int, frequency: Frequency) -> int:
    per_month = {Frequency.MONTHLY: 1, Frequency.FORTNIGHTLY: 2, Frequency.WEEKLY: 4}[frequency]
    return -(-(count - 1) // per_month) + 1


@st.composite
def portfolios(draw: st.DrawFn) -> Portfolio:
    currency = draw(st.sampled_from(sorted(SCALE)))
    scale = SCALE[currency]

    def amount(low: int, high: int) -> str:
        return str(Decimal(draw(st.integers(low * scale, high * scale))) / scale)

    data: dict[str, Any] = {"id": "p", "name": "P", "currency": currency, "jurisdiction": "CN"}
    instalments = None
    if draw(st.booleans()) or draw(st.booleans()):
        frequency = draw(st.sampled_from(list(Frequency)))
        min_count = draw(st.integers(1, 6))
        first_min = draw(st.integers(0, 10))
        instalments = {
            "min_count": min_count,
            "max_count": draw(st.integers(min_count, 36)),
            "min_amount": amount(0, 500),
            "min_down_payment_percent": str(draw(st.sampled_from([0, 5, 10, 12.5, 25]))),
            "min_down_payment_amount": draw(st.sampled_from(["0", amount(0, 300)])),
            "max_months": draw(st.integers(_months_spanned(min_count, frequency), 30)),
            "frequency": frequency.value,
            "first_due_min_days": first_min,
            "first_due_max_days": draw(st.integers(first_min, 45)),
        }
        data["instalments"] = instalments
    if draw(st.booleans()):
        data["deferral"] = {
            "max_days": draw(st.integers(1, 120)),
            "max_times": draw(st.integers(1, 2)),
            "then_instalments": instalments is not None and draw(st.booleans()),
        }
    if draw(st.booleans()):
        data["settlement"] = {
            "max_discount_percent": str(draw(st.sampled_from([0, 10, 20, 33.3]))),
            "min_days_past_due": draw(st.integers(0, 180)),
            "pay_within_days": draw(st.integers(1, 30)),
        }
    if draw(st.booleans()):
        reasons = draw(st.sets(st.sampled_from(list(HardshipReason)), min_size=1))
        hardship: dict[str, Any] = {
            "reasons": sorted(reasons),
            "interest_freeze": draw(st.booleans()),
            "fee_waiver": draw(st.booleans()),
        }
        if instalments is not None and draw(st.booleans()):
            hardship["max_months"] = instalments["max_months"] + draw(st.integers(0, 18))
        if draw(st.booleans()):
            hardship["token_payments"] = {
                "amount": amount(1, 200),
                "max_months": draw(st.integers(1, 6)),
            }
        data["hardship"] = hardship
    preferred = ["pay_in_full"]
    preferred += ["shortest"] if instalments is not None else []
    preferred += ["deferral"] if "deferral" in data else []
    data["preferred_plan"] = draw(st.sampled_from(preferred))
    data["negotiation"] = {
        "max_rounds": draw(st.integers(1, 6)),
        "concession_steps": draw(
            st.lists(st.sampled_from([s.value for s in ConcessionStep]), min_size=1, max_size=4)
        ),
    }
    return Portfolio.model_validate(data)


@dataclass(frozen=True)
class Case:
    portfolio: Portfolio
    account: Account
    situation: DebtorSituation
    today: date


@st.composite
def cases(draw: st.DrawFn) -> Case:
    portfolio = draw(portfolios())
    currency = portfolio.currency
    today = draw(st.dates(date(2025, 1, 1), date(2030, 12, 31)))
    principal, interest, fees = (
        draw(st.integers(1, 20_000_000)),
        draw(st.integers(0, 3_000_000)),
        draw(st.integers(0, 500_000)),
    )
    account = Account(
        reference="P-1",
        portfolio=portfolio.id,
        debtor_name="x",
        language="en",
        timezone="UTC",
        balance=_balance(principal, interest, fees, currency),
        due_date=today - timedelta(days=draw(st.integers(0, 400))),
    )
    whole = principal + interest + fees
    # Capacities near "what is left after the down payment, over k" are where rounding and
    # the limits bite.
    rules = portfolio.instalments
    rest = whole
    if rules is not None:
        ratio = rules.min_down_payment_percent.as_integer_ratio()
        by_percent = -(-whole * ratio[0] // (ratio[1] * 100))
        rest = whole - max(by_percent, minor(Money.of(rules.min_down_payment_amount, currency)))
    near = st.tuples(st.sampled_from([whole, max(rest, 1)]), st.integers(1, 48), st.integers(-3, 3))
    near = near.map(lambda pick: max(0, pick[0] // pick[1] + pick[2]))
    capacity = draw(st.none() | st.integers(0, whole) | near)
    situation = DebtorSituation(
        monthly_capacity=None if capacity is None else Money.from_minor(capacity, currency),
        reason=draw(st.none() | st.sampled_from(list(HardshipReason))),
        earliest_pay_date=draw(st.none() | st.integers(0, 150).map(lambda d: today + timedelta(d))),
        previous_deferrals=draw(st.integers(0, 2)),
    )
    return Case(portfolio, account, situation, today)


def _balance(principal: int, interest: int, fees: int, currency: str) -> Any:
    from negotiator.domain.account import Balance

    return Balance(
        Money.from_minor(principal, currency),
        Money.from_minor(interest, currency),
        Money.from_minor(fees, currency),
    )


def minor(money: Money) -> int:
    return int(money.amount / currency_exponent(money.currency))


def breaches(plan: Plan, case: Case) -> list[str]:
    found = check_plan(
        plan,
        case.account,
        case.portfolio,
        case.today,
        previous_deferrals=case.situation.previous_deferrals,
    )
    return [str(breach) for breach in found]


def assert_exact(plan: Plan) -> None:
    """The schedule adds up, in whole minor units, with the remainder on the last instalment."""
    schedule = plan.schedule
    quantum = currency_exponent(plan.currency)
    assert sum(p.amount.amount for p in schedule) == plan.total.amount
    reductions = plan.discount + plan.interest_waived + plan.fees_waived
    assert plan.total == plan.balance.total - reductions
    assert all(
        p.amount.amount > 0 and p.amount.amount.quantize(quantum) == p.amount.amount
        for p in schedule
    )
    assert [p.due for p in schedule] == sorted(p.due for p in schedule)
    assert [p.number for p in schedule] == list(range(1, len(schedule) + 1))
    assert (plan.first_due, plan.last_due) == (schedule[0].due, schedule[-1].due)
    assert (plan.payments, plan.count) == (
        len(schedule),
        sum(1 for p in schedule if p.label is PaymentLabel.INSTALMENT),
    )
    regulars = [p for p in schedule if p.label is PaymentLabel.INSTALMENT]
    if len(regulars) > 1:
        assert len({p.amount for p in regulars[:-1]}) == 1
        regular, last = minor(regulars[0].amount), minor(regulars[-1].amount)
        if plan.terms.fixed_instalment is None:
            assert 0 <= last - regular < len(regulars)
        else:
            assert last <= regular
    if regulars and plan.frequency is Frequency.MONTHLY:
        day = plan.first_due.day
        for p in regulars:
            assert p.due.day == min(day, days_in_month(p.due.year, p.due.month))


def assert_inside_by_schedule(plan: Plan, case: Case) -> None:
    """A second reading of the main limits, straight from the expanded schedule."""
    portfolio, today = case.portfolio, case.today
    schedule = plan.schedule
    assert schedule[0].due >= today
    if plan.kind is PlanKind.PAY_IN_FULL:
        window = portfolio.settlement.pay_within_days if portfolio.settlement else 14
        assert schedule[-1].due <= today + timedelta(days=window)
        if plan.discount:
            assert portfolio.settlement is not None
            pct = portfolio.settlement.max_discount_percent
            largest = (plan.balance.total.amount * pct / 100).quantize(
                currency_exponent(plan.currency), rounding=ROUND_FLOOR
            )
            assert plan.discount.amount <= largest
    elif plan.kind is PlanKind.DEFERRAL:
        assert portfolio.deferral is not None
        assert schedule[-1].due <= today + timedelta(days=portfolio.deferral.max_days)
    else:
        rules = portfolio.instalments
        assert rules is not None
        months, count_limit = rules.max_months, rules.max_count
        if plan.kind.is_hardship:
            assert portfolio.hardship is not None
            assert plan.hardship_reason in portfolio.hardship.reasons
            months = max(portfolio.hardship.max_months or months, months)
            count_limit = max(count_limit, rules.max_count * months // rules.max_months)
        regulars = [p for p in schedule if p.label is PaymentLabel.INSTALMENT]
        assert rules.min_count <= len(regulars) <= count_limit
        assert schedule[-1].due <= add_months(today, months)
        assert schedule[0].due >= today + timedelta(days=rules.first_due_min_days)
        for p in regulars[:-1]:
            assert p.amount.amount >= rules.min_amount
        assert regulars[-1].amount.amount >= rules.min_amount or (
            len(regulars) > 1 and regulars[-1].amount < regulars[0].amount
        )


@PROPERTY
@given(cases())
def test_no_proposed_plan_breaks_a_limit_and_every_schedule_is_exact(case: Case) -> None:
    proposal = propose_plans(case.account, case.portfolio, case.situation, case.today)
    plans = proposal.plans if isinstance(proposal, Offers) else (proposal.best,)
    for plan in plans:
        assert breaches(plan, case) == []
        assert_exact(plan)
        assert_inside_by_schedule(plan, case)


def brute_force(case: Case) -> Iterator[Plan]:
    """Every plan of the engine's vocabulary worth trying for this case (module docstring)."""
    portfolio, today, situation = case.portfolio, case.today, case.situation
    balance = case.account.balance
    earliest = situation.earliest_pay_date

    def clamp(low: date, high: date) -> set[date]:
        starts = {low, high}
        if earliest is not None:
            starts.add(min(max(earliest, low), high))
        return {s for s in starts if low <= s <= high}

    settlement = portfolio.settlement
    window = settlement.pay_within_days if settlement else 14
    due = today + timedelta(days=window)
    discount = 0
    whole = minor(balance.total)
    if settlement and case.account.days_past_due(today) >= settlement.min_days_past_due:
        discount = int(Decimal(whole) * settlement.max_discount_percent / 100)
    yield from _plans([PlanTerms(PlanKind.PAY_IN_FULL, due, discount=discount)], case)
    deferral = portfolio.deferral
    open_deferral = deferral is not None and situation.previous_deferrals < deferral.max_times
    if deferral is not None and open_deferral:
        latest = today + timedelta(days=deferral.max_days)
        starts = clamp(today, latest)
        yield from _plans([PlanTerms(PlanKind.DEFERRAL, s) for s in starts], case)
    rules = portfolio.instalments
    if rules is None:
        return
    low, high = (
        today + timedelta(rules.first_due_min_days),
        today + timedelta(rules.first_due_max_days),
    )
    families: list[tuple[PlanKind, set[date]]] = [(PlanKind.INSTALMENTS, clamp(low, high))]
    if deferral is not None and open_deferral and deferral.then_instalments:
        holiday = (max(high + timedelta(1), low), today + timedelta(deferral.max_days))
        families.append((PlanKind.DEFERRAL_THEN_INSTALMENTS, clamp(*holiday)))
    hardship = portfolio.hardship
    qualifies = hardship is not None and situation.reason in hardship.reasons
    if qualifies:
        families.append((PlanKind.HARDSHIP_INSTALMENTS, clamp(low, high)))
    capacity = None if situation.monthly_capacity is None else minor(situation.monthly_capacity)
    per_payment = None
    if capacity is not None:
        per_payment = capacity * 12 // PAYMENTS_PER_YEAR[rules.frequency]
    for kind, starts in families:
        hardship_terms: dict[str, Any] = {}
        if kind.is_hardship and hardship is not None:
            hardship_terms = {
                "waive_interest": hardship.interest_freeze,
                "waive_fees": hardship.fee_waiver,
                "reason": situation.reason,
            }
        total = minor(balance.total)
        if hardship_terms.get("waive_interest"):
            total -= minor(balance.interest)
        if hardship_terms.get("waive_fees"):
            total -= minor(balance.fees)
        pct_down = -(
            -total
            * rules.min_down_payment_percent.as_integer_ratio()[0]
            // (rules.min_down_payment_percent.as_integer_ratio()[1] * 100)
        )
        least = max(pct_down, minor(Money.of(rules.min_down_payment_amount, balance.currency)))
        downs = {least} | ({capacity} if capacity is not None and capacity > least else set())
        for start in starts:
            for down in downs:
                base = PlanTerms(kind, start, rules.frequency, down_payment=down, **hardship_terms)
                yield from _counts(base, total - down, per_payment, case)
        if kind is PlanKind.HARDSHIP_INSTALMENTS and hardship and hardship.token_payments:
            token = minor(Money.of(hardship.token_payments.amount, balance.currency))
            for months in range(1, hardship.token_payments.max_months + 1):
                for start in starts:
                    base = PlanTerms(
                        PlanKind.TOKEN_THEN_INSTALMENTS,
                        start,
                        rules.frequency,
                        token_count=months,
                        token_amount=token,
                        **hardship_terms,
                    )
                    yield from _counts(base, total - months * token, per_payment, case)


_MONOTONE = ("max_count", "max_months", "min_amount")


def _counts(base: PlanTerms, rest: int, per_payment: int | None, case: Case) -> Iterator[Plan]:
    """Plans of ``base`` with 1, 2, ... instalments until a count limit makes more hopeless."""
    if rest <= 0:
        return
    start = 1
    if per_payment:
        start = max(1, -(-rest // per_payment) - 1)
    for count in range(start, 2000):
        layouts = [base._replace(instalments=count)]
        if per_payment and 0 < rest - per_payment * (count - 1) <= per_payment:
            layouts.append(base._replace(instalments=count, fixed_instalment=per_payment))
        stop = False
        for terms in layouts:
            try:
                plan = Plan(terms, case.account.balance, case.today)
            except DomainError:
                continue
            found = breaches(plan, case)
            stop = stop or any(limit in b for b in found for limit in _MONOTONE)
            yield plan
        if stop:
            return


def _plans(terms: list[PlanTerms], case: Case) -> Iterator[Plan]:
    for item in terms:
        try:
            yield Plan(item, case.account.balance, case.today)
        except DomainError:
            continue


def _pinned(
    instalments: dict[str, Any],
    balance: tuple[int, int, int],
    *,
    hardship: bool = False,
    steps: tuple[str, ...] = ("extend_term",),
    earliest_in_days: int | None = None,
) -> Case:
    """A case this property once found, in fen, for a debtor who lost their job, named no
    amount and owes since today (2025-01-01)."""
    data: dict[str, Any] = {
        "id": "p",
        "name": "P",
        "currency": "CNY",
        "jurisdiction": "CN",
        "preferred_plan": "pay_in_full",
        "instalments": {"frequency": "monthly", "first_due_min_days": 0, **instalments},
        "negotiation": {"max_rounds": 2, "concession_steps": list(steps)},
    }
    if hardship:
        data["hardship"] = {"reasons": ["unemployment"], "fee_waiver": True}
    today = date(2025, 1, 1)
    account = Account(
        reference="P-1",
        portfolio="p",
        debtor_name="x",
        language="en",
        timezone="UTC",
        balance=_balance(*balance, "CNY"),
        due_date=today,
    )
    earliest = None if earliest_in_days is None else today + timedelta(earliest_in_days)
    situation = DebtorSituation(
        monthly_capacity=None, reason=HardshipReason.UNEMPLOYMENT, earliest_pay_date=earliest
    )
    return Case(Portfolio.model_validate(data), account, situation, today)


# Three fen over at most two instalments of at least two: equal instalments of 1 and 2 fen
# break the minimum, and the engine once found no plan inside the limits and said unaffordable.
SPREAD_BELOW_THE_MINIMUM = _pinned(
    {
        "min_count": 1,
        "max_count": 2,
        "min_amount": "0.02",
        "max_months": 2,
        "first_due_max_days": 15,
    },
    (1, 0, 2),
    earliest_in_days=15,
)
# Hardship terms waive the fees after a refused plan of more instalments than the relieved one:
# raised to the refused count, the relieved plan kept a fixed instalment that no longer repaid
# the rest (3 of 2 fen for 3 fen), or had more instalments than fen left (2 for 1 fen).
RELIEVED_FIXED_INSTALMENT = _pinned(
    {
        "min_count": 1,
        "max_count": 3,
        "min_amount": "0.02",
        "min_down_payment_amount": "2.23",
        "max_months": 3,
        "first_due_max_days": 0,
    },
    (1, 225, 2),
    hardship=True,
    steps=("hardship_terms",),
)
RELIEVED_BELOW_ONE_FEN_EACH = _pinned(
    {"min_count": 1, "max_count": 2, "min_amount": "0", "max_months": 1, "first_due_max_days": 0},
    (1, 0, 1),
    hardship=True,
    steps=("hardship_terms",),
)


@PROPERTY
@given(cases())
@example(SPREAD_BELOW_THE_MINIMUM)
def test_when_an_affordable_plan_exists_inside_the_limits_only_affordable_plans_are_offered(
    case: Case,
) -> None:
    proposal = propose_plans(case.account, case.portfolio, case.situation, case.today)
    if isinstance(proposal, Offers):
        assert all(is_affordable(plan, case.situation) for plan in proposal.plans)
        return
    for plan in brute_force(case):
        fits = is_affordable(plan, case.situation) and not breaches(plan, case)
        assert not fits, f"the engine said unaffordable, but this plan fits: {plan.terms}"


def _payments(plan: Plan) -> list[tuple[date, int]]:
    return [(p.due, minor(p.amount)) for p in plan.schedule]


def _monthly_cost(plan: Plan) -> int:
    per_year = PAYMENTS_PER_YEAR[plan.frequency]
    return max(
        -(-minor(p.amount) * per_year // 12)
        if p.label is PaymentLabel.INSTALMENT
        else minor(p.amount)
        for p in plan.schedule
    )


def asks_no_more(new: Plan, old: Plan) -> bool:
    """An independent reading of "never worse for the debtor" on the expanded schedules."""
    discount = minor(old.discount)
    asked = _payments(old)
    asked[-1] = (asked[-1][0], asked[-1][1] + discount)
    offered = _payments(new)
    if new.first_due < old.first_due or _monthly_cost(new) > _monthly_cost(old) + discount:
        return False
    for day in sorted({d for d, _ in asked} | {d for d, _ in offered}):
        if sum(a for d, a in offered if d <= day) > sum(a for d, a in asked if d <= day):
            return False
    return True


@PROPERTY
@given(cases(), st.integers(1, 8))
@example(RELIEVED_FIXED_INSTALMENT, 1)
@example(RELIEVED_BELOW_ONE_FEN_EACH, 1)
def test_concessions_stay_inside_the_limits_and_never_ask_more_than_before(
    case: Case, refusals: int
) -> None:
    history = NegotiationHistory()
    offered: list[Plan] = []
    for _ in range(refusals + 1):
        outcome = next_offer(history, case.account, case.portfolio, case.situation, case.today)
        if not isinstance(outcome, Concession):
            break
        plan = outcome.plan
        assert breaches(plan, case) == []
        assert_exact(plan)
        assert all(asks_no_more(plan, earlier) for earlier in offered)
        if offered and is_affordable(offered[0], case.situation):
            assert is_affordable(plan, case.situation)
        offered.append(plan)
        history = NegotiationHistory.from_dict(
            json.loads(json.dumps(history.offered(plan).refused().to_dict()))
        )
    assert len(offered) <= case.portfolio.negotiation.max_rounds


@st.composite
def counter_offers(draw: st.DrawFn, case: Case) -> CounterOffer:
    currency = case.portfolio.currency
    whole = minor(case.account.balance.total)
    money = st.integers(1, whole + 1).map(lambda m: Money.from_minor(m, currency))
    offer = (
        CounterOffer(
            monthly_amount=draw(st.none() | money),
            lump_sum_now=draw(st.none() | money),
            pay_date=draw(st.none() | st.integers(0, 200).map(lambda d: case.today + timedelta(d))),
            count=draw(st.none() | st.integers(1, 60)),
        )
        if draw(st.booleans())
        else CounterOffer(pay_date=case.today + timedelta(draw(st.integers(0, 200))))
    )
    return offer


@PROPERTY
@given(st.data())
def test_accepted_counter_offers_and_the_nearest_plans_are_inside_the_limits(
    data: st.DataObject,
) -> None:
    case = data.draw(cases())
    try:
        offer = data.draw(counter_offers(case))
    except DomainError:
        assume(False)
        return
    outcome = evaluate_counter_offer(
        offer, case.account, case.portfolio, case.situation, case.today
    )
    if isinstance(outcome, Accepted):
        assert breaches(outcome.plan, case) == []
        assert_exact(outcome.plan)
        return
    assert outcome.breaches
    if outcome.nearest is not None:
        assert breaches(outcome.nearest, case) == []
        assert_exact(outcome.nearest)


@st.composite
def instalment_cases(draw: st.DrawFn) -> Case:
    """Instalment-only portfolios with capacities right at the edge of a count."""
    case = draw(cases())
    rules = case.portfolio.instalments
    assume(rules is not None)
    assert rules is not None
    data = case.portfolio.model_dump(mode="json", exclude_none=True)
    for section in ("deferral", "settlement", "hardship"):
        data.pop(section, None)
    data["preferred_plan"] = "shortest"
    data["instalments"]["min_down_payment_percent"] = draw(st.sampled_from(["0", "10"]))
    data["instalments"]["min_down_payment_amount"] = "0"
    portfolio = Portfolio.model_validate(data)
    whole = minor(case.account.balance.total)
    rest = whole - (
        -(-whole * 10 // 100) if data["instalments"]["min_down_payment_percent"] == "10" else 0
    )
    per_year = PAYMENTS_PER_YEAR[rules.frequency]
    per_payment = -(-max(rest, 1) // draw(st.integers(1, 40))) + draw(st.integers(-2, 2))
    capacity = max(0, -(-per_payment * per_year // 12))
    situation = DebtorSituation(Money.from_minor(capacity, portfolio.currency))
    return Case(portfolio, case.account, situation, case.today)


@PROPERTY
@given(instalment_cases())
def test_the_instalment_offer_is_the_shortest_plan_that_fits(case: Case) -> None:
    rules = case.portfolio.instalments
    assert rules is not None
    assert case.situation.monthly_capacity is not None
    capacity = minor(case.situation.monthly_capacity)
    per_payment = capacity * 12 // PAYMENTS_PER_YEAR[rules.frequency]
    start = case.today + timedelta(days=rules.first_due_min_days)
    total = minor(case.account.balance.total)
    ratio = rules.min_down_payment_percent.as_integer_ratio()
    least = -(-total * ratio[0] // (ratio[1] * 100))

    def fitting(down: int) -> list[Plan]:
        base = PlanTerms(PlanKind.INSTALMENTS, start, rules.frequency, down_payment=down)
        return [
            plan
            for plan in _counts(base, total - down, per_payment, case)
            if is_affordable(plan, case.situation) and not breaches(plan, case)
        ]

    with_least = fitting(least)
    proposal = propose_plans(case.account, case.portfolio, case.situation, case.today)
    if isinstance(proposal, Offers):
        assert all(is_affordable(plan, case.situation) for plan in proposal.plans)
    if with_least:
        assert isinstance(proposal, Offers)
        assert proposal.offer.terms.down_payment == least
        assert proposal.offer.count == min(plan.count for plan in with_least)
    elif capacity > least and capacity < total and fitting(capacity):
        assert isinstance(proposal, Offers)
        assert proposal.offer.terms.down_payment == capacity
