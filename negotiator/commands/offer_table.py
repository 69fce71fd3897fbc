"""``negotiator offers`` as text: each plan's terms and its whole schedule, for a creditor.

The creditor reads this in a terminal to see what their limits do; amounts and dates are
formatted by babel in English (the operators' language), never by hand.
"""

from __future__ import annotations

from babel.dates import format_date
from babel.numbers import format_currency
from rich.console import Console
from rich.table import Table

from negotiator.domain.money import Money
from negotiator.domain.offers import Offers
from negotiator.domain.plans import Plan, PlanKind
from negotiator.services.offer_preview import OfferPreview

_LOCALE = "en"

_KIND_NAMES = {
    PlanKind.PAY_IN_FULL: "pay in full",
    PlanKind.INSTALMENTS: "instalments",
    PlanKind.DEFERRAL: "deferral",
    PlanKind.DEFERRAL_THEN_INSTALMENTS: "deferral, then instalments",
    PlanKind.HARDSHIP_INSTALMENTS: "hardship instalments",
    PlanKind.TOKEN_THEN_INSTALMENTS: "token payments, then instalments",
}


def money(value: Money) -> str:
    """``CN¥1,234.50`` / ``$1,234.50``: the currency's own precision, English grouping."""
    return format_currency(value.amount, value.currency, locale=_LOCALE)


def _situation(preview: OfferPreview) -> str:
    situation = preview.situation
    said = []
    if situation.monthly_capacity is not None:
        said.append(f"can pay {money(situation.monthly_capacity)} a month")
    if situation.reason is not None:
        said.append(f"fell behind because of {situation.reason.value.replace('_', ' ')}")
    if situation.earliest_pay_date is not None:
        said.append(f"can pay from {format_date(situation.earliest_pay_date, locale=_LOCALE)}")
    return "; ".join(said) if said else "nothing yet (no capacity or reason given)"


def _summary(plan: Plan) -> str:
    facts = plan.explain()
    parts = [f"total {money(facts.total)}"]
    if not facts.saved.is_zero():
        saved = [f"saves {money(facts.saved)}"]
        if not facts.discount.is_zero():
            saved.append(f"discount {money(facts.discount)}")
        if not facts.interest_saved.is_zero():
            saved.append(f"interest {money(facts.interest_saved)}")
        if not facts.fees_saved.is_zero():
            saved.append(f"fees {money(facts.fees_saved)}")
        parts.append(saved[0] + (f" ({', '.join(saved[1:])})" if len(saved) > 1 else ""))
    if facts.down_payment is not None:
        parts.append(f"down payment {money(facts.down_payment)}")
    if facts.token_count:
        assert facts.token_amount is not None
        parts.append(f"{facts.token_count} token payment(s) of {money(facts.token_amount)}")
    if facts.count:
        assert facts.instalment_amount is not None
        parts.append(
            f"{facts.count} {facts.frequency.value} instalment(s) of "
            f"{money(facts.instalment_amount)}"
        )
    parts.append(
        f"from {format_date(facts.first_due, locale=_LOCALE)} "
        f"to {format_date(facts.last_due, locale=_LOCALE)} ({facts.months} month(s))"
    )
    if facts.hardship_reason is not None:
        parts.append(f"hardship: {facts.hardship_reason.value.replace('_', ' ')}")
    return "; ".join(parts)


def _schedule(plan: Plan) -> Table:
    table = Table(show_edge=False, pad_edge=False, box=None)
    table.add_column("#", justify="right")
    table.add_column("due")
    table.add_column("amount", justify="right")
    table.add_column("payment")
    for payment in plan.schedule:
        table.add_row(
            str(payment.number),
            payment.due.isoformat(),
            money(payment.amount),
            payment.label.value.replace("_", " "),
        )
    return table


def print_preview(preview: OfferPreview, console: Console) -> None:
    """Write ``preview`` to ``console``: the account, the assumptions, then every plan."""
    account = preview.account
    balance = account.balance
    console.print(
        f"{account.reference} ({account.portfolio}): owes {money(balance.total)} "
        f"(principal {money(balance.principal)}, interest {money(balance.interest)}, "
        f"fees {money(balance.fees)}), "
        f"{account.days_past_due(preview.today)} day(s) past due"
    )
    console.print(f"offer date {preview.today.isoformat()} ({account.timezone})")
    console.print(f"the debtor said: {_situation(preview)}")
    proposal = preview.proposal
    if isinstance(proposal, Offers):
        for rank, plan in enumerate(proposal.plans, start=1):
            label = "offer" if rank == 1 else f"alternative {rank - 1}"
            console.print()
            console.print(f"{label}: {_KIND_NAMES[plan.kind]}")
            console.print(f"  {_summary(plan)}")
            console.print(_schedule(plan))
        return
    console.print()
    console.print(
        f"UNAFFORDABLE: no plan inside the limits fits; the closest needs "
        f"{money(proposal.gap)} a month more"
        + (f" and starts {proposal.late_days} day(s) too early" if proposal.late_days else "")
    )
    if proposal.hardship_available:
        console.print("  the portfolio has hardship terms: ask the debtor why they fell behind")
    console.print(f"closest plan (not offered): {_KIND_NAMES[proposal.best.kind]}")
    console.print(f"  {_summary(proposal.best)}")
    console.print(_schedule(proposal.best))
