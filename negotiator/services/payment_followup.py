"""After the agreement: payments applied to instalments, thanks, a missed payment, paid off.

A tick (before the reminders, so a paid instalment is not reminded) goes through every active
agreement:

* the account's payments received since the agreement and not yet applied are applied to the
  instalments in order, oldest first: a part payment leaves an instalment ``partial``, a surplus
  pays the next ones early, and what is left after the last instalment is reported as paid over;
  the debtor is thanked with what was received and what is left;
* when every instalment is paid, the agreement is ``paid`` and the debtor gets the closing
  confirmation;
* an instalment not fully paid by the end of its due day (in the debtor's zone) becomes
  ``missed`` and the debtor gets a gentle message that asks what happened and offers the ways
  back: a new date, the missed amount moved to the end (the agent or the bot agrees it), or a
  person;
* once the plan has as many missed instalments as the portfolio's
  ``escalation.missed_instalments``, the agreement is ``broken`` (no more reminders) and a case
  goes to the agents' desk; the debtor is told a person will be in touch instead.

Every message is a proactive one (the contact window and caps apply; outside the window it is
queued for the morning) and passes the compliance filter with the agreement's figures on record.
Each happens once: applying a payment, marking an instalment missed and closing an agreement
are state changes made in the same transaction as the message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Final

from negotiator.dialog.decisions import Priority
from negotiator.dialog.memory import stored_talk
from negotiator.dialog.render import RenderedButton
from negotiator.domain.clock import Clock
from negotiator.domain.money import Money
from negotiator.i18n import N_
from negotiator.i18n.translator import ParamValue
from negotiator.services.conversation import ConversationService, Speaker
from negotiator.services.reminders import (
    CAP_WINDOW,
    CHANNEL,
    agreement_amounts,
    locked_agreement,
)
from negotiator.services.rescheduling import may_move_missed
from negotiator.storage.records import Agreement, Instalment
from negotiator.storage.uow import SqlUnitOfWork

__all__ = ["FollowUpReport", "PaymentFollowUp", "apply_payment"]

_RECEIVED: Final = N_("payment.received")
_OVERPAID: Final = N_("payment.overpaid")
_PAID_OFF: Final = N_("payment.paid_off")
_MISSED: Final = N_("payment.missed")
_BROKEN: Final = N_("payment.broken")
_MOVE_BUTTON: Final = N_("button.move_missed")

BROKEN_REASON: Final = "plan_broken"
"""The reason of the case opened for an agreement broken by missed instalments."""


@dataclass(frozen=True, slots=True)
class FollowUpReport:
    """What one tick did.

    Attributes:
        payments: Payments applied to agreements.
        paid_off: Agreements paid in full.
        missed: Instalments found missed.
        broken: Agreements broken by missed instalments and handed to a person.
        cases: Cases opened for them (none when the debtor's case was open already).
    """

    payments: int = 0
    paid_off: int = 0
    missed: int = 0
    broken: int = 0
    cases: int = 0


def apply_payment(
    instalments: Sequence[Instalment], amount: Decimal
) -> tuple[tuple[Instalment, ...], Decimal]:
    """The schedule after a payment, and what is left over after the last instalment.

    The oldest instalment not fully paid comes first (a missed one included); the surplus pays
    the next ones early.
    """
    left = amount
    schedule = []
    for instalment in instalments:
        owed = instalment.amount - instalment.paid
        if left > 0 and owed > 0:
            paid = min(owed, left)
            left -= paid
            total = instalment.paid + paid
            status = "paid" if total >= instalment.amount else "partial"
            instalment = replace(instalment, paid=total, status=status)
        schedule.append(instalment)
    return tuple(schedule), left


class PaymentFollowUp:
    """Applies payments and follows up on missed ones.

    Args:
        conversations: The conversation pipeline (renderer, filters).
        uow: Makes a unit of work.
        clock: The clock.
    """

    def __init__(
        self, conversations: ConversationService, uow: Callable[[], SqlUnitOfWork], clock: Clock
    ) -> None:
        self.conversations = conversations
        self.uow = uow
        self.clock = clock

    async def tick(self) -> FollowUpReport:
        """Follow up every active agreement, one unit of work each."""
        totals = FollowUpReport()
        async with self.uow() as uow:
            agreements = await uow.agreements.active()
        for agreement in agreements:
            async with self.uow() as uow:
                report = await self._follow_up(uow, agreement)
                await uow.commit()
            if report.cases:  # counted once committed
                self.conversations.observer.escalated(BROKEN_REASON)
            totals = FollowUpReport(
                totals.payments + report.payments,
                totals.paid_off + report.paid_off,
                totals.missed + report.missed,
                totals.broken + report.broken,
                totals.cases + report.cases,
            )
        return totals

    async def _follow_up(self, uow: SqlUnitOfWork, listed: Agreement) -> FollowUpReport:
        now = self.clock.now()
        agreement = await locked_agreement(uow, listed)
        if agreement is None:
            return FollowUpReport()
        account = await uow.accounts.get(agreement.account_reference)
        if account is None:
            return FollowUpReport()
        today = account.local_date(now)
        schedule = agreement.instalments
        messages: list[tuple[str, dict[str, ParamValue], set[Money]]] = []
        payments = await uow.payments.unallocated(account.reference, agreement.accepted_at)
        applied = 0
        for payment in payments:
            if payment.amount.currency != agreement.currency:
                continue
            if not await uow.payments.allocate(payment.payment_id, agreement.id):
                continue
            applied += 1
            schedule, over = apply_payment(schedule, payment.amount.amount)
            remaining = sum((i.amount - i.paid for i in schedule), Decimal(0))
            figures: dict[str, ParamValue] = {
                "amount": payment.amount,
                "date": payment.paid_at.astimezone(self.conversations.zone(account)).date(),
                "number": agreement.number,
                "remaining": Money.of(remaining, agreement.currency),
                "over": Money.of(over, agreement.currency),
            }
            key = _OVERPAID if over > 0 else _RECEIVED
            messages.append((key, figures, _money(figures)))
        missed = 0
        marked = []
        for instalment in schedule:
            if instalment.status in ("due", "partial") and instalment.due_date < today:
                missed += 1
                instalment = replace(instalment, status="missed")
                owed = Money.of(instalment.amount - instalment.paid, agreement.currency)
                figures = {"amount": owed, "date": instalment.due_date, "number": agreement.number}
                messages.append((_MISSED, figures, {owed}))
            marked.append(instalment)
        schedule = tuple(marked)
        paid_off = all(i.status in ("paid", "moved") for i in schedule)
        if paid_off:
            total = Money.of(agreement.total, agreement.currency)
            figures = {"number": agreement.number, "total": total}
            messages.append((_PAID_OFF, figures, _money(figures)))
        if not applied and not missed:
            return FollowUpReport()
        portfolio = self.conversations.policy.portfolio(account.portfolio)
        broken = (
            missed > 0
            and sum(i.status == "missed" for i in schedule)
            >= portfolio.escalation.missed_instalments
        )
        if broken:  # the gentle message gives way to a person's call
            messages = [m for m in messages if m[0] != _MISSED]
            owed = Money.of(
                sum((i.amount - i.paid for i in schedule), Decimal(0)), agreement.currency
            )
            figures = {"number": agreement.number, "remaining": owed}
            messages.append((_BROKEN, figures, {owed}))
        status = "paid" if paid_off else "broken" if broken else agreement.status
        await uow.agreements.update_schedule(agreement.id, schedule, status)
        await uow.audit.append(
            "agreement.followed_up",
            f"agreement:{agreement.number}",
            {"payments": applied, "missed": missed, "status": status},
            now,
        )
        await self._tell(uow, agreement, account.reference, messages, now)
        opened = False
        if broken:
            missed_in_all = sum(i.status == "missed" for i in schedule)
            opened = await self._hand_over(uow, agreement, account.reference, missed_in_all, now)
        return FollowUpReport(applied, int(paid_off), missed, int(broken), int(opened))

    @staticmethod
    async def _hand_over(
        uow: SqlUnitOfWork, agreement: Agreement, reference: str, missed: int, now: datetime
    ) -> bool:
        """Open a case for the broken plan (unless one is open), for the agents' desk;
        whether one was opened."""
        conversation = await uow.conversations.for_account(reference, CHANNEL)
        if conversation is None or await uow.cases.open_for_conversation(conversation.id):
            return False
        case = await uow.cases.open(
            conversation.id,
            reference,
            BROKEN_REASON,
            int(Priority.NORMAL),
            {"state": conversation.state, "agreement": agreement.number, "missed": missed},
            now,
        )
        await uow.audit.append(
            "case.opened",
            f"conversation:{conversation.id}",
            {"case_id": case.id, "reason": BROKEN_REASON, "priority": int(Priority.NORMAL)},
            now,
        )
        return True

    async def _tell(
        self,
        uow: SqlUnitOfWork,
        agreement: Agreement,
        reference: str,
        messages: list[tuple[str, dict[str, ParamValue], set[Money]]],
        now: datetime,
    ) -> None:
        """Check and queue each message to the debtor's chat (if they have one, and no person
        holds their case: the person sees the ledger and tells them)."""
        conversation = await uow.conversations.for_account(reference, CHANNEL)
        if conversation is None or not messages:
            return
        if await uow.cases.open_for_conversation(conversation.id) is not None:
            return
        account = await uow.accounts.get(reference)
        assert account is not None
        talk = stored_talk(conversation.context, conversation.language)
        if talk.unreachable:
            return  # the debtor blocked the bot: the ledger changes, no message
        portfolio = self.conversations.policy.portfolio(account.portfolio)
        speaker = Speaker(conversation, talk, account, portfolio)
        t = self.conversations.renderer.translator(talk.language, self.conversations.zone(account))
        on_record = agreement_amounts(agreement)
        # The way back the policy allows, one press away (once per plan; see rescheduling).
        movable = may_move_missed(portfolio) and "moved" not in {
            i.status for i in agreement.instalments
        }
        for key, figures, amounts in messages:
            sent = await uow.outbox.proactive_times(conversation.chat_id, now - CAP_WINDOW)
            buttons = (
                (RenderedButton(t.text(_MOVE_BUTTON), "move_missed"),)
                if key == _MISSED and movable
                else ()
            )
            await self.conversations.speak(
                uow,
                speaker,
                t.text(key, figures),
                source=key,
                now=now,
                buttons=buttons,
                proactive_sent=tuple(sent),
                also_on_record=frozenset(on_record | amounts),
            )


def _money(figures: dict[str, ParamValue]) -> set[Money]:
    return {value for value in figures.values() if isinstance(value, Money)}
