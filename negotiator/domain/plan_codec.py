"""Plans as JSON-ready dicts and back: for the negotiation history, exports and the CLI.

Amounts are decimal strings in the plan's currency (``"758.57"``), dates ISO (``"2027-01-23"``).
A plan is read back from its ``terms``, ``balance`` and ``offered_on``; everything else in the
dict (totals, the schedule) is derived and written for people and reports. When a stored total is
present it must match what the terms give, so a plan that changed meaning is refused, not
silently re-read.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from negotiator.domain.account import Balance
from negotiator.domain.money import Money, currency_exponent
from negotiator.domain.plan_terms import PlanKind, PlanTerms
from negotiator.domain.plans import Plan
from negotiator.domain.policy import Frequency, HardshipReason
from negotiator.errors import DomainError

JsonDict = dict[str, Any]
"""A JSON-ready mapping (str keys; str, int, bool, None, list and dict values)."""


def _amount(money: Money | None) -> str | None:
    return None if money is None else str(money.amount)


def _minor_text(minor: int, currency: str) -> str:
    return str(Decimal(minor) * currency_exponent(currency))


def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def terms_to_dict(terms: PlanTerms, currency: str) -> JsonDict:
    """``terms`` with amounts as decimal strings of ``currency``."""
    return {
        "kind": terms.kind.value,
        "first_due": terms.first_due.isoformat(),
        "frequency": terms.frequency.value,
        "instalments": terms.instalments,
        "down_payment": _minor_text(terms.down_payment, currency),
        "fixed_instalment": (
            None
            if terms.fixed_instalment is None
            else _minor_text(terms.fixed_instalment, currency)
        ),
        "token_count": terms.token_count,
        "token_amount": _minor_text(terms.token_amount, currency),
        "deferred_due": _date(terms.deferred_due),
        "discount": _minor_text(terms.discount, currency),
        "waive_interest": terms.waive_interest,
        "waive_fees": terms.waive_fees,
        "reason": None if terms.reason is None else terms.reason.value,
    }


def plan_to_dict(plan: Plan) -> JsonDict:
    """Every term, figure and payment of ``plan``, JSON-ready (see the module docstring)."""
    currency = plan.currency
    balance = plan.balance
    return {
        "kind": plan.kind.value,
        "currency": currency,
        "offered_on": plan.offered_on.isoformat(),
        "terms": terms_to_dict(plan.terms, currency),
        "balance": {
            "principal": str(balance.principal.amount),
            "interest": str(balance.interest.amount),
            "fees": str(balance.fees.amount),
        },
        "original_total": str(plan.original_total.amount),
        "total": str(plan.total.amount),
        "saved": str(plan.saved.amount),
        "discount": str(plan.discount.amount),
        "interest_waived": str(plan.interest_waived.amount),
        "fees_waived": str(plan.fees_waived.amount),
        "interest_saved": str(plan.interest_saved.amount),
        "fees_saved": str(plan.fees_saved.amount),
        "payments": plan.payments,
        "count": plan.count,
        "down_payment": _amount(plan.down_payment),
        "instalment_amount": _amount(plan.instalment_amount),
        "token_count": plan.terms.token_count,
        "token_amount": _amount(plan.token_amount),
        "final_amount": str(plan.final_amount.amount),
        "first_due": plan.first_due.isoformat(),
        "last_due": plan.last_due.isoformat(),
        "months": plan.months,
        "frequency": plan.frequency.value,
        "hardship_reason": None if plan.hardship_reason is None else plan.hardship_reason.value,
        "schedule": [
            {
                "number": payment.number,
                "due": payment.due.isoformat(),
                "amount": str(payment.amount.amount),
                "label": payment.label.value,
            }
            for payment in plan.schedule
        ],
    }


def _field(data: Mapping[str, Any], name: str) -> Any:
    if name not in data:
        raise DomainError(f"stored plan has no {name!r}")
    return data[name]


def _minor(text: Any, currency: str, name: str) -> int:
    try:
        value = Decimal(str(text)) / currency_exponent(currency)
    except InvalidOperation as exc:
        raise DomainError(f"stored plan {name} {text!r} is not an amount") from exc
    if value != value.to_integral_value():
        raise DomainError(f"stored plan {name} {text!r} has more decimals than {currency} allows")
    return int(value)


def _parse_date(text: Any, name: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError as exc:
        raise DomainError(f"stored plan {name} {text!r} is not an ISO date") from exc


def terms_from_dict(data: Mapping[str, Any], currency: str) -> PlanTerms:
    """The :class:`PlanTerms` written by :func:`terms_to_dict`.

    Raises:
        DomainError: a field is missing or malformed.
    """
    try:
        kind = PlanKind(_field(data, "kind"))
        frequency = Frequency(_field(data, "frequency"))
        reason = data.get("reason")
        fixed = data.get("fixed_instalment")
        deferred = data.get("deferred_due")
        return PlanTerms(
            kind=kind,
            first_due=_parse_date(_field(data, "first_due"), "first_due"),
            frequency=frequency,
            instalments=int(_field(data, "instalments")),
            down_payment=_minor(_field(data, "down_payment"), currency, "down_payment"),
            fixed_instalment=None if fixed is None else _minor(fixed, currency, "fixed_instalment"),
            token_count=int(_field(data, "token_count")),
            token_amount=_minor(_field(data, "token_amount"), currency, "token_amount"),
            deferred_due=None if deferred is None else _parse_date(deferred, "deferred_due"),
            discount=_minor(_field(data, "discount"), currency, "discount"),
            waive_interest=bool(_field(data, "waive_interest")),
            waive_fees=bool(_field(data, "waive_fees")),
            reason=None if reason is None else HardshipReason(reason),
        )
    except (ValueError, TypeError) as exc:
        raise DomainError(f"stored plan terms are malformed: {exc}") from exc


def plan_from_dict(data: Mapping[str, Any]) -> Plan:
    """The plan written by :func:`plan_to_dict`.

    Raises:
        DomainError: a field is missing or malformed, or the stored total no longer matches the
            terms.
    """
    currency = str(_field(data, "currency"))
    stored = _field(data, "balance")
    try:
        balance = Balance(
            principal=Money.of(str(_field(stored, "principal")), currency),
            interest=Money.of(str(_field(stored, "interest")), currency),
            fees=Money.of(str(_field(stored, "fees")), currency),
        )
    except TypeError as exc:
        raise DomainError(f"stored plan balance is malformed: {exc}") from exc
    terms = terms_from_dict(_field(data, "terms"), currency)
    plan = Plan(terms, balance, _parse_date(_field(data, "offered_on"), "offered_on"))
    total = data.get("total")
    if total is not None and Decimal(str(total)) != plan.total.amount:
        raise DomainError(f"stored plan total {total} does not match its terms ({plan.total})")
    return plan
