"""What goes into a case's forum topic in the agents' group: its name, its card, the notes.

Each escalated case is discussed in one topic of the agents' supergroup. This module writes
there, in the desk's language (policy ``agents.language``), always through the outbox: the
case card (who, how urgent, what happened so far, with the Take over / Return to bot / Close
buttons), the debtor's messages mirrored while the case is open, and notes about what agents
did. Nothing here goes to a debtor, so nothing here needs the compliance filter; what goes to a
debtor is checked in :mod:`negotiator.services.cases`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final

from babel import Locale

from negotiator.dialog.decisions import Priority
from negotiator.dialog.memory import Talk, stored_talk
from negotiator.domain.account import Account
from negotiator.domain.cases import CASE_ACTIONS
from negotiator.errors import DomainError
from negotiator.i18n import N_
from negotiator.i18n.translator import ParamValue, Translator
from negotiator.services.message_parts import message_parts
from negotiator.storage.records import Case
from negotiator.storage.uow import SqlUnitOfWork

__all__ = ["TopicWriter"]

LAST_MESSAGES: Final = 8
"""Messages of the chat the card quotes."""

QUOTE_CHARACTERS: Final = 300
"""Characters of each quoted message on the card."""

TOPIC_NAME_CHARACTERS: Final = 128
"""Telegram's limit on a forum topic's name."""

_AUTHOR_MARKS: Final = {"debtor": "👤", "bot": "🤖", "agent": "🧑\u200d💼"}


class TopicWriter:
    """Writes a case's topic in the agents' language.

    Args:
        translator: The catalog of the desk's language.
    """

    def __init__(self, translator: Translator) -> None:
        self.t = translator

    # -- names ---------------------------------------------------------------------------------

    def priority(self, priority: int) -> str:
        """``urgent``, ``high`` or ``normal``, in the desk's words."""
        name = Priority(min(max(priority, 0), Priority.NORMAL)).name.lower()
        return self.t.text(f"desk.priority.{name}")

    def reason(self, reason: str) -> str:
        """Why the case was opened, in the desk's words."""
        return self.t.text(f"desk.reason.{reason}")

    def topic_name(self, case: Case) -> str:
        """``#12 · urgent · self-harm risk``: what agents see in the list of topics."""
        name = self.t.text(
            "desk.topic.name",
            {
                "case": str(case.id),
                "priority": self.priority(case.priority),
                "reason": self.reason(case.reason),
            },
        )
        return name[:TOPIC_NAME_CHARACTERS]

    # -- the card ------------------------------------------------------------------------------

    async def card(self, uow: SqlUnitOfWork, case: Case, today_of: datetime) -> str:
        """The case card: who, how urgent, what the debtor said and was told, what was offered.

        Args:
            uow: An open unit of work.
            case: The case.
            today_of: Now; days past due are counted on the debtor's day.
        """
        t = self.t
        conversation = await uow.conversations.get(case.conversation_id)
        if conversation is None:
            raise DomainError(f"case {case.id} has no conversation")
        talk = stored_talk(conversation.context, conversation.language)
        account = await uow.accounts.get(case.account_reference) if case.account_reference else None
        lines = [
            t.text(
                "desk.card.header",
                {
                    "case": str(case.id),
                    "reason": self.reason(case.reason),
                    "priority": self.priority(case.priority),
                },
            ),
            t.text("desk.card.language", {"language": self._language(talk.language)}),
            t.text(_identity_key(talk)),
            *self._account_lines(account, today_of),
            t.text("desk.card.reason", {"reason": self._hardship(talk)}),
            *self._offer_lines(talk),
            "",
            t.text("desk.card.last_messages"),
        ]
        messages = await uow.conversations.messages(case.conversation_id)
        lines += [self._quote(m) for m in messages[-LAST_MESSAGES:]]
        lines += ["", t.text("desk.card.how_to")]
        return "\n".join(lines)

    def _language(self, language: str) -> str:
        try:
            return str(Locale.parse(language).get_display_name(self.t.babel_locale))
        except (ValueError, TypeError):
            return language

    def _account_lines(self, account: Account | None, now: datetime) -> list[str]:
        if account is None:
            return [self.t.text("desk.card.no_account")]
        today = account.local_date(now)
        return [
            self.t.text(
                "desk.card.account",
                {"reference": account.reference, "name": account.debtor_name},
            ),
            self.t.plural(
                "desk.card.balance",
                account.days_past_due(today),
                {"balance": account.balance.total},
            ),
        ]

    def _hardship(self, talk: Talk) -> str:
        if talk.reason is None:
            return self.t.text("desk.card.no_reason")
        return self.t.text(f"enum.HardshipReason.{talk.reason.value}")

    def _offer_lines(self, talk: Talk) -> list[str]:
        history = talk.history
        lines = [
            self.t.text(
                "desk.card.offers",
                {"made": len(history.offers), "refused": history.refusals},
            )
        ]
        for number, plan in enumerate(history.offers, start=1):
            fate = "refused" if number <= history.refusals else "open"
            lines.append(
                self.t.text(
                    f"desk.card.offer.{fate}",
                    {
                        "kind": self.t.text(f"document.kind.{plan.kind.value}"),
                        "total": plan.total,
                    },
                )
            )
        if talk.agreed is not None:
            lines.append(
                self.t.text(
                    "desk.card.offer.agreed",
                    {
                        "kind": self.t.text(f"document.kind.{talk.agreed.kind.value}"),
                        "total": talk.agreed.total,
                    },
                )
            )
        return lines

    def _quote(self, message: Mapping[str, Any]) -> str:
        mark = _AUTHOR_MARKS.get(str(message["author"]), "·")
        text = " ".join(str(message["text"]).split())
        if len(text) > QUOTE_CHARACTERS:
            text = text[: QUOTE_CHARACTERS - 1] + "…"
        if message.get("verdict") not in (None, "allow"):
            return self.t.text("desk.card.quote_blocked", {"mark": mark, "text": text})
        return f"{mark} {text}"

    # -- writing -------------------------------------------------------------------------------

    async def write(
        self,
        uow: SqlUnitOfWork,
        case: Case,
        text: str,
        now: datetime,
        *,
        buttons: Iterable[tuple[str, str]] = (),
    ) -> None:
        """Queue ``text`` into the case's topic (split if long); buttons go under the last part.

        Does nothing while the case has no topic: the card, posted when the topic is made,
        quotes the latest messages anyway.
        """
        if case.agents_chat_id is None or case.topic_id is None:
            return
        await self.write_to(uow, case.agents_chat_id, case.topic_id, text, now, case, buttons)

    async def write_to(
        self,
        uow: SqlUnitOfWork,
        chat_id: int,
        thread_id: int | None,
        text: str,
        now: datetime,
        case: Case | None = None,
        buttons: Iterable[tuple[str, str]] = (),
    ) -> None:
        """Queue ``text`` into a thread of the agents' group (``None``: its general thread)."""
        actions = [{"action": action, "text": label} for action, label in buttons]
        parts = message_parts(text)
        for number, part in enumerate(parts, start=1):
            payload: dict[str, Any] = {"text": part}
            if actions and number == len(parts) and case is not None:
                payload.update(case=case.id, actions=actions)
            await uow.outbox.enqueue(chat_id, "sendMessage", payload, now, thread_id=thread_id)

    def card_buttons(self) -> list[tuple[str, str]]:
        """The card's buttons: (action, label)."""
        return [(action, self.t.text(f"desk.button.{action}")) for action in CASE_ACTIONS]

    def text(self, key: str, params: Mapping[str, ParamValue] | None = None) -> str:
        """A note in the desk's language."""
        return self.t.text(key, params)

    async def mirror(
        self,
        uow: SqlUnitOfWork,
        case: Case,
        text: str,
        now: datetime,
        *,
        warnings: Iterable[str] = (),
    ) -> None:
        """Show a debtor's message in the case's topic, with any safety warning first."""
        lines = [self.t.text(f"desk.warning.{warning}") for warning in warnings]
        lines.append(self.t.text("desk.note.debtor", {"text": text}))
        await self.write(uow, case, "\n".join(lines), now)


def _identity_key(talk: Talk) -> str:
    if talk.third_party:
        return N_("desk.card.third_party")
    return N_("desk.card.verified") if talk.verified else N_("desk.card.not_verified")
