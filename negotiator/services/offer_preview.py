"""What the bot would offer an account today, without a conversation.

The creditor's way to see the effect of their limits (``negotiator offers REF``): the account
and its portfolio come from storage and the policy, the debtor's situation from the command
line, and the offer engine does the rest exactly as it would in a chat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from negotiator.domain.account import Account
from negotiator.domain.affordability import DebtorSituation
from negotiator.domain.clock import Clock
from negotiator.domain.money import Money
from negotiator.domain.offers import Proposal, propose_plans
from negotiator.domain.policy import HardshipReason, Policy
from negotiator.errors import DomainError, NotFound
from negotiator.services.agreement_history import deferrals_used
from negotiator.storage.uow import SqlUnitOfWork


@dataclass(frozen=True, slots=True)
class OfferPreview:
    """The proposal for one account, with what it was based on.

    Attributes:
        account: The account as stored.
        today: The day of the offer, in the debtor's time zone.
        situation: What the debtor is assumed to have told us.
        proposal: The engine's answer.
    """

    account: Account
    today: date
    situation: DebtorSituation
    proposal: Proposal


async def preview_offers(
    reference: str,
    *,
    capacity: Decimal | None,
    reason: HardshipReason | None,
    earliest_pay_date: date | None = None,
    policy: Policy,
    uow: SqlUnitOfWork,
    clock: Clock,
) -> OfferPreview:
    """Propose plans for the account ``reference`` as the bot would today.

    Args:
        reference: The account reference.
        capacity: What the debtor can pay a month, in the portfolio currency; ``None`` if unsaid.
        reason: Why they fell behind, if known (opens hardship terms the policy allows).
        earliest_pay_date: The first day they can pay, if they said.
        policy: The creditor policy holding the account's portfolio.
        uow: Where the account and its earlier agreements are read.
        clock: The clock; "today" is its date in the debtor's time zone.

    Raises:
        NotFound: no such account.
        DomainError: the capacity has more decimals than the currency allows, or the account
            owes nothing.
    """
    async with uow:
        account = await uow.accounts.get(reference)
        if account is None:
            raise NotFound(
                f"no account {reference!r}; import it first (negotiator accounts import)"
            )
        agreements = await uow.agreements.for_account(reference)
    portfolio = policy.portfolio(account.portfolio)
    # The deferral limit counts deferrals the account already had (deferral.max_times).
    previous = deferrals_used(agreements)
    monthly = None if capacity is None else Money.of(capacity, portfolio.currency)
    if monthly is not None and monthly.amount != capacity:
        raise DomainError(
            f"a capacity of {capacity} has more decimals than {portfolio.currency} allows"
        )
    situation = DebtorSituation(
        monthly_capacity=monthly,
        reason=reason,
        earliest_pay_date=earliest_pay_date,
        previous_deferrals=previous,
    )
    today = account.local_date(clock.now())
    proposal = propose_plans(account, portfolio, situation, today)
    return OfferPreview(account, today, situation, proposal)
