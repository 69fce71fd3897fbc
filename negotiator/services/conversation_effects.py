"""What a conversation step leaves behind besides its replies.

:func:`record_effects` turns the engine's effects into records, each with its audit event: the
account linked, identity checks (never the answer), offers, the agreement with its schedule and
verification code (once per accepted offer), the case opened for a person, opt-out and language.
:func:`amounts_on_record` and :func:`plan_amounts` are every figure a reply or a document may
state, for the compliance filter.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from negotiator.dialog.decisions import (
    AgreementReached,
    Decision,
    Escalated,
    IdentityChecked,
    LanguageChanged,
    Linked,
    OfferMade,
    OptedOut,
)
from negotiator.dialog.memory import Talk
from negotiator.domain.account import Account
from negotiator.domain.money import Money
from negotiator.domain.plan_codec import plan_to_dict
from negotiator.domain.plans import Plan
from negotiator.domain.signing import Signer, canonical_agreement
from negotiator.errors import DomainError
from negotiator.storage.records import Agreement, Conversation, Instalment
from negotiator.storage.uow import SqlUnitOfWork


async def record_effects(
    uow: SqlUnitOfWork,
    conversation: Conversation,
    decision: Decision,
    account: Account | None,
    signer: Signer,
    now: datetime,
) -> Agreement | None:
    """Record what ``decision`` did, each with its audit event; the agreement made, if any."""
    agreement = None
    subject = f"conversation:{conversation.id}"
    for effect in decision.effects:
        if isinstance(effect, Linked):
            await uow.audit.append(
                "conversation.linked", subject, {"account": effect.reference}, now
            )
        elif isinstance(effect, IdentityChecked):
            await uow.audit.append(
                "identity.checked",
                subject,
                {"passed": effect.passed, "failed_checks": effect.failed_checks},
                now,
            )
        elif isinstance(effect, OfferMade):
            offer = await uow.offers.record(
                conversation.id,
                effect.round,
                effect.plan.kind.value,
                plan_to_dict(effect.plan),
                now,
            )
            await uow.audit.append(
                "offer.made", subject, {"offer_id": offer.id, "round": effect.round}, now
            )
        elif isinstance(effect, AgreementReached) and account is not None:
            agreement = await _record_agreement(uow, conversation, effect, account, signer, now)
        elif isinstance(effect, Escalated):
            case = await uow.cases.open(
                conversation.id,
                decision.talk.reference,
                effect.reason,
                int(effect.priority),
                {"state": decision.talk.state, "verified": decision.talk.verified},
                now,
            )
            await uow.audit.append(
                "case.opened",
                subject,
                {"case_id": case.id, "reason": effect.reason, "priority": int(effect.priority)},
                now,
            )
        elif isinstance(effect, OptedOut):
            await uow.audit.append("contact.opted_out", subject, {}, now)
        elif isinstance(effect, LanguageChanged):
            await uow.audit.append("language.changed", subject, {"language": effect.language}, now)
    return agreement


async def _record_agreement(
    uow: SqlUnitOfWork,
    conversation: Conversation,
    effect: AgreementReached,
    account: Account,
    signer: Signer,
    now: datetime,
) -> Agreement:
    plan = effect.plan
    offers = await uow.offers.for_conversation(conversation.id)
    offer_id = offers[-1].id if offers else None
    if offer_id is not None:
        existing = await uow.agreements.for_offer(offer_id)
        if existing is not None:
            return existing  # the same acceptance, seen again: nothing new
    number = f"AG{now:%Y%m%d}-{conversation.id:05d}-{len(offers):02d}"
    schedule = tuple(
        Instalment(seq=p.number, due_date=p.due, amount=p.amount.amount) for p in plan.schedule
    )
    terms = plan_to_dict(plan)
    code = signer.agreement_code(
        canonical_agreement(
            number=number,
            account_reference=account.reference,
            kind=plan.kind.value,
            currency=plan.currency,
            total=plan.total.amount,
            accepted_at=now,
            terms=terms,
            schedule=((i.seq, i.due_date, i.amount) for i in schedule),
        )
    )
    stored = await uow.agreements.add(
        Agreement(
            id=0,
            number=number,
            account_reference=account.reference,
            offer_id=offer_id,
            kind=plan.kind.value,
            terms=terms,
            currency=plan.currency,
            total=plan.total.amount,
            status="active",
            accepted_at=now,
            verification_digest=code,
            instalments=schedule,
        )
    )
    if offer_id is not None:
        await uow.offers.set_status(offer_id, "accepted")
    await uow.audit.append(
        "agreement.accepted",
        f"conversation:{conversation.id}",
        {"number": number, "offer_id": offer_id, "total": str(plan.total.amount)},
        now,
    )
    return stored


def amounts_on_record(talk: Talk, account: Account | None) -> frozenset[Money]:
    """Every amount a reply may state: the balance and its parts, and every plan's figures."""
    if account is None:
        return frozenset()
    balance = account.balance
    amounts = {balance.total, balance.principal, balance.interest, balance.fees}
    plans = [*talk.history.offers]
    for plan in (talk.agreed, talk.counter.accepted if talk.counter else None):
        if plan is not None:
            plans.append(plan)
    if talk.counter is not None and talk.counter.nearest is not None:
        plans.append(talk.counter.nearest)
    for plan in plans:
        amounts |= plan_amounts(plan)
    currency = balance.total.currency
    if talk.gap is not None:
        amounts.add(Money.of(talk.gap, currency))
    if talk.capacity is not None:
        amounts.add(Money.of(talk.capacity, currency))
    for breach in talk.counter.breaches if talk.counter is not None else ():
        # A refused counter-offer is answered with the limit it breaks, e.g. the minimum
        # first payment: those figures come from the policy and the debtor, not from nowhere.
        for value in (breach.get("allowed"), breach.get("actual")):
            try:
                amounts.add(Money.of(Decimal(str(value)), currency))
            except (ArithmeticError, DomainError):
                continue
    return frozenset(amounts)


def plan_amounts(plan: Plan) -> set[Money]:
    """Every figure a message or document about ``plan`` may state: the balance before it and
    its parts, the total, the savings, and each payment."""
    facts = plan.explain()
    balance = plan.balance
    amounts = {facts.original_total, balance.principal, balance.interest, balance.fees}
    amounts |= {facts.total, facts.saved, facts.discount, facts.interest_saved}
    amounts |= {facts.fees_saved, facts.final_amount}
    amounts |= {payment.amount for payment in plan.schedule}
    for extra in (facts.down_payment, facts.instalment_amount, facts.token_amount):
        if extra is not None:
            amounts.add(extra)
    return amounts
