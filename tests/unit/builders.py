"""Builders for offer-engine tests: accounts, portfolios, situations and plans with sane defaults.

Every builder takes keyword overrides, so a test states only what matters to it. The default
portfolio mirrors ``cn-card`` in ``examples/policy.yaml``; the default account owes
10000.00 + 1500.00 interest + 300.00 fees = 11800.00 CNY and is 120 days past due on ``TODAY``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from negotiator.domain.account import Account, Balance
from negotiator.domain.affordability import DebtorSituation
from negotiator.domain.money import Money
from negotiator.domain.plans import Plan, PlanKind, PlanTerms
from negotiator.domain.policy import HardshipReason, Portfolio

TODAY = date(2026, 11, 22)
"""The day every test negotiates on unless it says otherwise (a Sunday)."""

INSTALMENTS: dict[str, Any] = {
    "min_count": 2,
    "max_count": 24,
    "min_amount": "300.00",
    "min_down_payment_percent": "10",
    "min_down_payment_amount": "500",
    "max_months": 24,
    "frequency": "monthly",
    "first_due_min_days": 1,
    "first_due_max_days": 30,
}
DEFERRAL: dict[str, Any] = {"max_days": 60, "max_times": 1, "then_instalments": True}
SETTLEMENT: dict[str, Any] = {
    "max_discount_percent": "20",
    "min_days_past_due": 90,
    "pay_within_days": 15,
}
HARDSHIP: dict[str, Any] = {
    "reasons": ["unemployment", "illness", "bereavement"],
    "interest_freeze": True,
    "fee_waiver": True,
    "max_months": 36,
    "token_payments": {"amount": "100", "max_months": 3},
}
NEGOTIATION: dict[str, Any] = {
    "max_rounds": 4,
    "concession_steps": ["extend_term", "reduce_down_payment", "defer_start", "hardship_terms"],
}

_DEFAULTS = {
    "instalments": INSTALMENTS,
    "deferral": DEFERRAL,
    "settlement": SETTLEMENT,
    "hardship": HARDSHIP,
    "negotiation": NEGOTIATION,
}


def money(amount: str | int, currency: str = "CNY") -> Money:
    """``amount`` of ``currency``."""
    return Money.of(amount, currency)


def a_balance(
    principal: str = "10000.00",
    interest: str = "1500.00",
    fees: str = "300.00",
    currency: str = "CNY",
) -> Balance:
    """A balance; 11800.00 CNY by default."""
    return Balance(money(principal, currency), money(interest, currency), money(fees, currency))


def an_account(
    *,
    principal: str = "10000.00",
    interest: str = "1500.00",
    fees: str = "300.00",
    currency: str = "CNY",
    days_past_due: int = 120,
    portfolio: str = "test",
    reference: str = "ACC-1",
) -> Account:
    """An account ``days_past_due`` days past due on :data:`TODAY`."""
    return Account(
        reference=reference,
        portfolio=portfolio,
        debtor_name="张三",
        language="zh_Hans",
        timezone="Asia/Shanghai",
        balance=a_balance(principal, interest, fees, currency),
        due_date=TODAY - timedelta(days=days_past_due),
    )


def a_portfolio(
    *, currency: str = "CNY", preferred_plan: str = "shortest", **sections: Any
) -> Portfolio:
    """A portfolio with the default sections; pass a section to replace it, ``None`` to drop it.

    ``a_portfolio(deferral=None)`` offers no deferral;
    ``a_portfolio(instalments=changed(INSTALMENTS, max_count=6))`` caps the count at 6.
    """
    data: dict[str, Any] = {
        "id": "test",
        "name": "Test portfolio",
        "currency": currency,
        "jurisdiction": "CN",
        "preferred_plan": preferred_plan,
    }
    for name, default in _DEFAULTS.items():
        value = sections.pop(name, default)
        if value is not None:
            data[name] = value
    data.update(sections)
    return Portfolio.model_validate(data)


def changed(section: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of a policy section with some fields changed."""
    return {**section, **changes}


def a_situation(
    capacity: str | None = None,
    *,
    reason: HardshipReason | None = None,
    earliest: date | None = None,
    previous_deferrals: int = 0,
    currency: str = "CNY",
) -> DebtorSituation:
    """What the debtor told us; by default nothing."""
    return DebtorSituation(
        monthly_capacity=None if capacity is None else money(capacity, currency),
        reason=reason,
        earliest_pay_date=earliest,
        previous_deferrals=previous_deferrals,
    )


def a_plan(
    kind: PlanKind = PlanKind.INSTALMENTS, *, balance: Balance | None = None, **terms: Any
) -> Plan:
    """A plan on :data:`TODAY`; ``terms`` are :class:`PlanTerms` fields (amounts in minor units).

    By default: 1180.00 down tomorrow, then 2 monthly instalments, on the default balance.
    """
    fields: dict[str, Any] = {"first_due": TODAY + timedelta(days=1)}
    if kind.has_instalments and kind is not PlanKind.TOKEN_THEN_INSTALMENTS:
        fields |= {"instalments": 2, "down_payment": 118000}
    fields |= terms
    return Plan(PlanTerms(kind, **fields), balance or a_balance(), TODAY)


def amounts(plan: Plan) -> list[str]:
    """Every payment of ``plan`` as a plain decimal string, in order."""
    return [str(payment.amount.amount) for payment in plan.schedule]


def dues(plan: Plan) -> list[date]:
    """Every due date of ``plan``, in order."""
    return [payment.due for payment in plan.schedule]
