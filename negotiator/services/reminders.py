"""Reminders before each instalment: found by a tick, checked like every message, queued once.

A tick (``negotiator tick``, or the loop inside ``negotiator run``) looks at every active
agreement. For each instalment still due and each of the portfolio's ``reminders.days_before_due``
whose day has come (in the debtor's own time zone) and whose due date has not passed, it writes
the reminder in the debtor's language and passes it through the compliance filter as a
*proactive* message: the contact window and the per-day and per-week caps apply, so a reminder
found at 23:00 is queued for the morning, never dropped; after an opt-out the filter blocks it
and the reminder is recorded as skipped. While a person holds the debtor's case the bot stays
silent: the reminder waits for a later tick.

Each reminder is recorded under a unique key (agreement, instalment, days before) in the same
transaction as its outbox row, so it is queued exactly once however often the tick runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Final

from negotiator.compliance.verdict import Outcome
from negotiator.dialog.memory import stored_talk
from negotiator.domain.clock import Clock
from negotiator.domain.money import Money
from negotiator.domain.plan_codec import plan_from_dict
from negotiator.i18n import N_
from negotiator.services.conversation import ConversationService, Speaker
from negotiator.services.conversation_effects import plan_amounts
from negotiator.storage.records import Agreement
from negotiator.storage.uow import SqlUnitOfWork

__all__ = [
    "CAP_WINDOW",
    "CHANNEL",
    "ReminderReport",
    "ReminderService",
    "agreement_amounts",
    "locked_agreement",
]

CHANNEL: Final = "telegram"
"""Reminders go to the debtor's Telegram chat (the terminal demo has nobody to remind)."""

CAP_WINDOW: Final = timedelta(days=7)
"""How far back earlier proactive messages count towards the caps."""

_UPCOMING: Final = N_("reminder.upcoming")
_TODAY: Final = N_("reminder.due_today")


@dataclass(frozen=True, slots=True)
class ReminderReport:
    """What one tick did.

    Attributes:
        queued: Reminders queued to go now.
        deferred: Reminders queued for later (outside the contact window, or over a cap).
        skipped: Reminders the filter refused (an opt-out, an unverified chat); never retried.
        waiting: Reminders held back because a person holds the debtor's case.
        unreachable: Reminders held back because the debtor blocked the bot (until they write).
    """

    queued: int = 0
    deferred: int = 0
    skipped: int = 0
    waiting: int = 0
    unreachable: int = 0


class ReminderService:
    """Finds the reminders due and queues them.

    Args:
        conversations: The conversation pipeline (its renderer and filters).
        uow: Makes a unit of work.
        clock: The clock.
    """

    def __init__(
        self, conversations: ConversationService, uow: Callable[[], SqlUnitOfWork], clock: Clock
    ) -> None:
        self.conversations = conversations
        self.uow = uow
        self.clock = clock

    async def tick(self) -> ReminderReport:
        """Queue every reminder whose day has come; one unit of work per agreement."""
        counts = {"queued": 0, "deferred": 0, "skipped": 0, "waiting": 0, "unreachable": 0}
        async with self.uow() as uow:
            agreements = await uow.agreements.active()
        for agreement in agreements:
            async with self.uow() as uow:
                for outcome in await self._remind(uow, agreement):
                    counts[outcome] += 1
                await uow.commit()
        return ReminderReport(**counts)

    async def _remind(self, uow: SqlUnitOfWork, listed: Agreement) -> list[str]:
        now = self.clock.now()
        agreement = await locked_agreement(uow, listed)
        if agreement is None:
            return []
        account = await uow.accounts.get(agreement.account_reference)
        conversation = await uow.conversations.for_account(agreement.account_reference, CHANNEL)
        if account is None or conversation is None:
            return []
        portfolio = self.conversations.policy.portfolio(account.portfolio)
        today = account.local_date(now)
        due = {
            (agreement.id, instalment.seq, days): instalment
            for instalment in agreement.instalments
            if instalment.status in ("due", "partial")
            for days in portfolio.reminders.days_before_due
            if instalment.due_date - timedelta(days=days) <= today <= instalment.due_date
        }
        fresh = set(due) - await uow.reminders.known(due)
        if not fresh:
            return []
        if await uow.cases.open_for_conversation(conversation.id) is not None:
            return ["waiting"] * len(fresh)
        talk = stored_talk(conversation.context, conversation.language)
        if talk.unreachable:  # the debtor blocked the bot: asked again once they write
            return ["unreachable"] * len(fresh)
        speaker = Speaker(conversation, talk, account, portfolio)
        on_record = frozenset(agreement_amounts(agreement))
        outcomes = []
        for key in sorted(fresh, key=lambda k: (k[1], -k[2])):
            instalment = due[key]
            sent = await uow.outbox.proactive_times(conversation.chat_id, now - CAP_WINDOW)
            t = self.conversations.renderer.translator(
                talk.language, self.conversations.zone(account)
            )
            text = t.text(
                _TODAY if instalment.due_date == today else _UPCOMING,
                {
                    "amount": Money.of(instalment.amount - instalment.paid, agreement.currency),
                    "date": instalment.due_date,
                    "number": agreement.number,
                },
            )
            checked = await self.conversations.speak(
                uow,
                speaker,
                text,
                source="reminder",
                now=now,
                proactive_sent=tuple(sent),
                also_on_record=on_record,
            )
            verdict = checked.verdict
            if verdict.allowed or verdict.outcome is Outcome.DEFER:
                send_at = verdict.not_before or now
                await uow.reminders.record(key, conversation.chat_id, "queued", send_at, now)
                outcomes.append("queued" if verdict.allowed else "deferred")
            else:
                reason = ", ".join(verdict.rule_ids)[:200]
                await uow.reminders.record(
                    key, conversation.chat_id, "skipped", now, now, reason=reason
                )
                outcomes.append("skipped")
        return outcomes


async def locked_agreement(uow: SqlUnitOfWork, listed: Agreement) -> Agreement | None:
    """Lock the debtor of an agreement, first in ``uow``, and read the agreement again;
    ``None`` if it is no longer active.

    Every worker process runs the reminders and the follow-ups: the lock makes a second
    worker wait, and the fresh read shows it what the first one did (a reminder recorded, an
    instalment marked missed), so nothing is sent twice and no change is lost.
    """
    await uow.conversations.lock_account(listed.account_reference, CHANNEL)
    agreement = await uow.agreements.by_number(listed.number)
    return agreement if agreement is not None and agreement.status == "active" else None


def agreement_amounts(agreement: Agreement) -> set[Money]:
    """The figures of an agreement a reminder may state: its plan's, and what is left of each
    instalment after part payments."""
    amounts = plan_amounts(plan_from_dict(agreement.terms))
    amounts |= {
        Money.of(i.amount - i.paid, agreement.currency)
        for i in agreement.instalments
        if i.amount > i.paid
    }
    return amounts
