"""Repayment plans: what the debtor pays, when, and what the creditor gives up in exchange.

A :class:`Plan` is its :class:`~negotiator.domain.plan_terms.PlanTerms` applied to an account
balance on the day it is offered. Everything else (the schedule, the total, the discount, the
amounts waived) is derived from those three values, exactly, in minor units, so a plan can never
disagree with its own terms. The figures are worked out and checked once, when the plan is made:

* the payments sum exactly to :attr:`Plan.total`, the remainder on the last instalment;
* ``total == balance.total - discount - interest_waived - fees_waived``;
* payments are positive, in the plan's currency and in date order.

Whether a plan is *allowed* is a separate question, answered by
:func:`negotiator.domain.plan_check.check_plan`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from negotiator.domain.account import Balance
from negotiator.domain.calendar import months_between
from negotiator.domain.money import Money, currency_exponent
from negotiator.domain.plan_terms import PaymentLabel, PlanKind, PlanTerms
from negotiator.domain.policy import Frequency, HardshipReason
from negotiator.domain.schedules import (
    Figures,
    Instalment,
    PaymentRun,
    balance_minors,
    exact_money,
    expand,
    figures,
    minor_of,
    payment_runs,
)

__all__ = [
    "Instalment",
    "PaymentLabel",
    "PaymentRun",
    "Plan",
    "PlanExplanation",
    "PlanKind",
    "PlanTerms",
]


@dataclass(frozen=True, slots=True)
class PlanExplanation:
    """Everything a confirmation message or the PDF shows about a plan, ready to render.

    Attributes:
        kind: The plan's kind.
        original_total: What the account owed before this plan.
        total: What the debtor pays under this plan.
        saved: ``original_total - total``.
        discount: The settlement discount.
        interest_saved: Interest the debtor no longer pays (frozen or covered by the discount).
        fees_saved: Fees the debtor no longer pays (waived or covered by the discount).
        payments: Number of payments in the schedule.
        count: Number of regular instalments (0 for one-off plans).
        down_payment: The down payment (or the part payment of a deferral), if any.
        instalment_amount: The regular instalment, if any (the last one may differ).
        token_count: Number of hardship token payments.
        token_amount: Each token payment, if any.
        final_amount: The last payment.
        first_due: Due date of the first payment.
        last_due: Due date of the last payment.
        months: Calendar months from the offer to the last payment, rounded up.
        frequency: How often regular instalments fall due.
        hardship_reason: The hardship reason the plan relies on, if any.
    """

    kind: PlanKind
    original_total: Money
    total: Money
    saved: Money
    discount: Money
    interest_saved: Money
    fees_saved: Money
    payments: int
    count: int
    down_payment: Money | None
    instalment_amount: Money | None
    token_count: int
    token_amount: Money | None
    final_amount: Money
    first_due: date
    last_due: date
    months: int
    frequency: Frequency
    hardship_reason: HardshipReason | None


@dataclass(frozen=True, slots=True)
class Plan:
    """An exact repayment plan for one account (see the module docstring).

    Attributes:
        terms: What determines the plan: kind, dates, counts, amounts in minor units.
        balance: The account balance the plan settles, itemised, as it was when offered.
        offered_on: The day the plan was made.
        figures: The exact figures in minor units (derived when the plan is made).

    Raises:
        DomainError: the terms do not describe a plan for this balance.
    """

    terms: PlanTerms
    balance: Balance
    offered_on: date
    figures: Figures = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "figures", figures(self.terms, *balance_minors(self.balance)))

    def _money(self, minor: int) -> Money:
        currency = self.balance.principal.currency
        return exact_money(minor, currency, currency_exponent(currency))

    @property
    def kind(self) -> PlanKind:
        """The shape of the plan."""
        return self.terms.kind

    @property
    def hardship_reason(self) -> HardshipReason | None:
        """The debtor's reason that qualified the plan for hardship terms."""
        return self.terms.reason

    @property
    def currency(self) -> str:
        """The plan's currency."""
        return self.balance.principal.currency

    @property
    def runs(self) -> tuple[PaymentRun, ...]:
        """The schedule as runs of equal payments, in date order."""
        return payment_runs(self.terms, self.figures, self.currency)

    @property
    def schedule(self) -> tuple[Instalment, ...]:
        """Every payment, numbered from 1, in date order."""
        return expand(self.runs)

    @property
    def total(self) -> Money:
        """What the debtor pays in all; the schedule sums to it exactly."""
        return self._money(self.figures.total)

    @property
    def discount(self) -> Money:
        """Settlement discount; it reduces interest first, then fees, then principal."""
        return self._money(self.terms.discount)

    @property
    def interest_waived(self) -> Money:
        """Interest removed by a hardship interest freeze."""
        return self._money(self.figures.interest_waived)

    @property
    def fees_waived(self) -> Money:
        """Fees removed by a hardship fee waiver."""
        return self._money(self.figures.fees_waived)

    @property
    def frequency(self) -> Frequency:
        """How often the regular instalments fall due (``monthly`` for one-off plans)."""
        return self.terms.frequency

    @property
    def original_total(self) -> Money:
        """What the account owed before this plan."""
        return self.balance.total

    @property
    def saved(self) -> Money:
        """What the debtor saves: discount plus interest and fees waived."""
        exact = self.figures
        return self._money(self.terms.discount + exact.interest_waived + exact.fees_waived)

    @property
    def payable(self) -> Balance:
        """What the plan collects, itemised.

        Waivers remove interest and fees; the settlement discount then reduces interest first,
        then fees, then principal.
        """
        exact = self.figures
        interest = minor_of(self.balance.interest) - exact.interest_waived
        fees = minor_of(self.balance.fees) - exact.fees_waived
        left = self.terms.discount
        off_interest = min(left, interest)
        left -= off_interest
        off_fees = min(left, fees)
        left -= off_fees
        return Balance(
            principal=self._money(minor_of(self.balance.principal) - left),
            interest=self._money(interest - off_interest),
            fees=self._money(fees - off_fees),
        )

    @property
    def interest_saved(self) -> Money:
        """Interest the debtor no longer pays, whether frozen or covered by the discount."""
        return self.balance.interest - self.payable.interest

    @property
    def fees_saved(self) -> Money:
        """Fees the debtor no longer pays, whether waived or covered by the discount."""
        return self.balance.fees - self.payable.fees

    @property
    def first_due(self) -> date:
        """Due date of the first payment."""
        return self.terms.first_due

    @property
    def last_due(self) -> date:
        """Due date of the last payment."""
        return self.figures.last_due

    @property
    def count(self) -> int:
        """Number of regular instalments (0 for one-off plans)."""
        return self.terms.instalments

    @property
    def payments(self) -> int:
        """Number of payments in the schedule."""
        terms = self.terms
        if not terms.kind.has_instalments:
            return 2 if terms.down_payment else 1
        return terms.token_count + (1 if terms.down_payment else 0) + terms.instalments

    @property
    def down_payment(self) -> Money | None:
        """The down payment (or a deferral's part payment now), if the plan has one."""
        return self._money(self.terms.down_payment) if self.terms.down_payment else None

    @property
    def instalment_amount(self) -> Money | None:
        """The regular instalment (only the last may differ), if any."""
        return self._money(self.figures.regular) if self.terms.instalments else None

    @property
    def token_amount(self) -> Money | None:
        """Each hardship token payment, if any."""
        return self._money(self.terms.token_amount) if self.terms.token_count else None

    @property
    def final_amount(self) -> Money:
        """The last payment."""
        return self.runs[-1].amount

    @property
    def largest_payment(self) -> Money:
        """The largest single payment of the schedule."""
        return max((run.amount for run in self.runs), key=lambda m: m.amount)

    @property
    def months(self) -> int:
        """Calendar months from the offer to the last payment, rounded up."""
        return months_between(self.offered_on, self.last_due)

    def explain(self) -> PlanExplanation:
        """The plan's terms as one value for the confirmation, the PDF and the reports."""
        return PlanExplanation(
            kind=self.kind,
            original_total=self.original_total,
            total=self.total,
            saved=self.saved,
            discount=self.discount,
            interest_saved=self.interest_saved,
            fees_saved=self.fees_saved,
            payments=self.payments,
            count=self.count,
            down_payment=self.down_payment,
            instalment_amount=self.instalment_amount,
            token_count=self.terms.token_count,
            token_amount=self.token_amount,
            final_amount=self.final_amount,
            first_due=self.first_due,
            last_due=self.last_due,
            months=self.months,
            frequency=self.frequency,
            hardship_reason=self.hardship_reason,
        )
