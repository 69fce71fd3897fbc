"""The agents' desk: what people do with escalated cases, each as one unit of work.

A case is opened by the conversation (``escalate(reason)`` in the dialog script) and waits for
an agent. From the agents' group an authorised agent (the ``agents`` table) can take it over,
write to the debtor through the bot, hand the chat back to the bot, or close the case; anyone
else in the group can read but not act. Every agent message to a debtor passes the same
compliance filter as the bot's own (:meth:`ConversationService.speak`); a blocked one is not
sent and the agent is told which rule stopped it and why, in the case's topic.

The desk talks to Telegram only through the outbox and through the small results it returns
(:class:`DeskAnswer`); creating forum topics is the channel's job
(:mod:`negotiator.channels.telegram.desk`), which reports back with :meth:`CaseDesk.posted`
and :meth:`CaseDesk.topic_lost`.

Statuses follow Chatwoot's bot-to-agent handoff: ``waiting`` (pending) → ``taken`` (open) →
``returned`` (back to the bot) or ``closed`` (resolved).

An action on a case first locks the debtor it is about, like the debtor's own messages do: the
agents' topic and the private chat take turns, whichever worker process handles each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Final

from negotiator.compliance.verdict import Verdict
from negotiator.dialog.decisions import AgreementReached, Decision, EventKind
from negotiator.dialog.memory import stored_talk
from negotiator.dialog.steps import counter_offer_of
from negotiator.domain.affordability import DebtorSituation
from negotiator.domain.clock import Clock
from negotiator.domain.counter_offers import (
    Accepted,
    CounterOffer,
    Rejected,
    evaluate_counter_offer,
)
from negotiator.domain.desk_hours import working_minutes
from negotiator.domain.ledger import Agent
from negotiator.errors import DomainError
from negotiator.i18n import N_
from negotiator.services.agreement_history import deferrals_used
from negotiator.services.case_topic import TopicWriter
from negotiator.services.conversation import ConversationService, Incoming, Speaker
from negotiator.services.conversation_effects import record_effects
from negotiator.storage.records import Case, Conversation
from negotiator.storage.uow import SqlUnitOfWork

__all__ = ["CaseDesk", "DeskAnswer"]

MAX_AGENT_TEXT: Final = 3000
"""Characters of an agent's message relayed to a debtor (Telegram's limit is 4,096)."""

MAX_OUTCOME: Final = 200
"""Characters of a closing outcome (the column's size)."""

_JOINED: Final = (N_("desk.debtor.agent_joined"), N_("desk.debtor.agent_joined_unverified"))
_SAYS: Final = (N_("desk.debtor.agent_says"), N_("desk.debtor.agent_says_unverified"))


@dataclass(frozen=True, slots=True)
class DeskAnswer:
    """What the desk made of an agent's action, for the channel to show them.

    Attributes:
        done: Whether the action happened.
        notice: A short text for the agent (a button's pop-up, or a reply in the topic).
    """

    done: bool
    notice: str


class CaseDesk:
    """The use cases of the agents' group.

    Args:
        conversations: The conversation pipeline (its filter, renderer and engine).
        uow: Makes a unit of work.
        clock: The clock.
    """

    def __init__(
        self,
        conversations: ConversationService,
        uow: Callable[[], SqlUnitOfWork],
        clock: Clock,
    ) -> None:
        self.conversations = conversations
        self.uow = uow
        self.clock = clock
        self.policy = conversations.policy
        self.topics: TopicWriter = conversations.topics

    # -- posting -------------------------------------------------------------------------------

    async def unposted(self) -> list[tuple[Case, str]]:
        """Open cases that still need a topic, most urgent first, each with its topic name."""
        async with self.uow() as uow:
            cases = await uow.cases.unposted()
        return [(case, self.topics.topic_name(case)) for case in cases]

    async def posted(self, case_id: int, chat_id: int, topic_id: int) -> None:
        """The channel made the case's topic: remember it, post the card there.

        A replacement for a lost topic gets a fresh card, which quotes the latest messages
        (including any the lost topic never showed).
        """
        now = self.clock.now()
        async with self.uow() as uow:
            case = await uow.cases.get(case_id)
            if case is None:
                raise DomainError(f"case {case_id} does not exist")
            lost = case.topic_id if case.agents_chat_id == chat_id else None
            case = await uow.cases.update(
                case_id, now, agents_chat_id=chat_id, topic_id=topic_id, announced_at=now
            )
            card = await self.topics.card(uow, case, now)
            await self.topics.write(uow, case, card, now, buttons=self.topics.card_buttons())
            await uow.audit.append(
                "case.posted",
                f"case:{case_id}",
                {"agents_chat_id": chat_id, "topic_id": topic_id, "replaces": lost},
                now,
            )
            await uow.commit()

    async def topic_lost(self, chat_id: int, topic_id: int) -> bool:
        """Telegram says the topic is gone (deleted by someone): make a new one next time.

        Returns whether an open case used that topic.
        """
        now = self.clock.now()
        async with self.uow() as uow:
            case = await uow.cases.for_topic(chat_id, topic_id)
            if case is None or not case.is_open:
                return False
            await uow.cases.update(case.id, now, topic_id=None)
            await uow.audit.append(
                "case.topic_lost", f"case:{case.id}", {"topic_id": topic_id}, now
            )
            await uow.commit()
        return True

    async def announce_overdue(self) -> int:
        """Announce again every case that waited longer than the policy allows; how many.

        The wait counts only the desk's working hours, from the card or the last notice.
        """
        now = self.clock.now()
        desk, zone = self.policy.agents, self.policy.agents_zone
        announced = 0
        async with self.uow() as uow:
            for case in await uow.cases.open_cases():
                if case.status != "waiting" or case.topic_id is None or case.announced_at is None:
                    continue
                if working_minutes(desk, zone, case.announced_at, now) < desk.response_minutes:
                    continue
                waited = working_minutes(desk, zone, case.created_at, now)
                note = self.topics.text(
                    "desk.note.still_waiting",
                    {
                        "case": str(case.id),
                        "reason": self.topics.reason(case.reason),
                        "priority": self.topics.priority(case.priority),
                        "minutes": waited,
                    },
                )
                await self.topics.write(uow, case, note, now)
                assert case.agents_chat_id is not None
                # In the general thread too: a muted topic must not hide a waiting person.
                await self.topics.write_to(uow, case.agents_chat_id, None, note, now)
                await uow.cases.update(case.id, now, announced_at=now)
                await uow.audit.append(
                    "case.reannounced", f"case:{case.id}", {"waited_minutes": waited}, now
                )
                announced += 1
            await uow.commit()
        return announced

    # -- agents' actions -----------------------------------------------------------------------

    async def take(self, case_id: int, user_id: int) -> DeskAnswer:
        """An agent takes the chat over: the bot falls silent, the debtor is told who writes."""
        now = self.clock.now()
        async with self.uow() as uow:
            await self._lock_debtor(uow, case_id)  # two agents pressing "take" take turns
            acting = await self._acting(uow, case_id, user_id)
            if isinstance(acting, DeskAnswer):
                return acting
            agent, case = acting
            if case.status == "taken":
                if case.agent_id == user_id:
                    return DeskAnswer(False, self.topics.text("desk.note.yours_already"))
                return await self._held_by(uow, case)
            case = await uow.cases.update(case.id, now, status="taken", agent_id=user_id)
            speaker = await self._speaker(uow, case)
            checked = await self.conversations.speak(
                uow,
                speaker,
                self._to_debtor(speaker, _JOINED, agent),
                source="agent.joined",
                now=now,
                agent_id=user_id,
            )
            note = self.topics.text("desk.note.taken", {"agent": agent.name})
            if not checked.verdict.allowed:
                note += "\n" + self._blocked(checked.verdict)
            await self.topics.write(uow, case, note, now)
            await self._audit(uow, "case.taken", case, user_id, now)
            await uow.commit()
        return DeskAnswer(True, note)

    async def case_for_topic(self, chat_id: int, topic_id: int) -> Case | None:
        """The case discussed in a topic of the agents' group."""
        async with self.uow() as uow:
            return await uow.cases.for_topic(chat_id, topic_id)

    async def relay(
        self,
        chat_id: int,
        topic_id: int,
        user_id: int,
        text: str,
        *,
        update_id: int | None = None,
    ) -> DeskAnswer:
        """An agent's message in a topic goes to the debtor, if the filter allows it.

        Only the agent holding the case speaks for it; anyone else in the group may talk in
        the topic without anything reaching the debtor. A blocked message is recorded (never
        sent) and the agent is shown each rule, its citation and what it saw, to rewrite it.
        The update is marked processed with the relay, so a redelivery never sends twice.
        """
        now = self.clock.now()
        async with self.uow() as uow:
            found = await uow.cases.for_topic(chat_id, topic_id)
            writer = await uow.agents.get(user_id)
            if found is None or writer is None or not writer.active:
                return DeskAnswer(False, "")  # not a case's topic, or group talk: not for us
            await self._lock_debtor(uow, found.id)  # the case is read again after this
            if update_id is not None:
                await uow.inbox.mark_processed(update_id, now)
            acting = await self._acting(uow, found.id, user_id)
            if isinstance(acting, DeskAnswer):
                await self.topics.write(uow, found, acting.notice, now)
                await uow.commit()
                return acting
            agent, case = acting
            if case.status != "taken" or case.agent_id != user_id:
                answer = DeskAnswer(False, self.topics.text("desk.note.take_first"))
                await self.topics.write(uow, case, answer.notice, now)
                await uow.commit()
                return answer
            if len(text) > MAX_AGENT_TEXT:
                answer = DeskAnswer(
                    False, self.topics.text("desk.note.too_long", {"limit": MAX_AGENT_TEXT})
                )
                await self.topics.write(uow, case, answer.notice, now)
                await uow.commit()
                return answer
            speaker = await self._speaker(uow, case)
            checked = await self.conversations.speak(
                uow,
                speaker,
                self._to_debtor(speaker, _SAYS, agent, text=text.strip()),
                source="agent",
                now=now,
                agent_id=user_id,
            )
            if checked.verdict.allowed:
                await self._audit(uow, "agent.message_sent", case, user_id, now)
                answer = DeskAnswer(True, "")
            else:
                answer = DeskAnswer(False, self._blocked(checked.verdict))
                await self.topics.write(uow, case, answer.notice, now)
                await self._audit(
                    uow,
                    "agent.message_blocked",
                    case,
                    user_id,
                    now,
                    rules=list(checked.verdict.rule_ids),
                )
            await uow.commit()
        return answer

    async def record_plan(self, case_id: int, user_id: int, terms: str) -> DeskAnswer:
        """The agent records the plan they agreed with the debtor: "800 a month", "all of it
        on 15 December". It must fit the creditor's limits like any plan the bot offers; when
        it does not, the agent is shown which limit it breaks and the nearest plan that fits.
        Returning the chat to the bot then confirms it to the debtor in writing.
        """
        now = self.clock.now()
        async with self.uow() as uow:
            await self._lock_debtor(uow, case_id)
            acting = await self._acting(uow, case_id, user_id)
            if isinstance(acting, DeskAnswer):
                return acting
            _, case = acting
            if case.status != "taken" or case.agent_id != user_id:
                return DeskAnswer(False, self.topics.text("desk.note.take_first"))
            speaker = await self._speaker(uow, case)
            account, portfolio, talk = speaker.account, speaker.portfolio, speaker.talk
            if account is None or portfolio is None or not talk.verified or talk.third_party:
                return await self._noted(uow, case, self.topics.text("desk.plan.unverified"), now)
            today = account.local_date(now)
            offer = self._read_terms(terms, talk.language, today, portfolio.currency)
            if offer is None:
                return await self._noted(uow, case, self.topics.text("desk.plan.unreadable"), now)
            agreements = await uow.agreements.for_account(account.reference)
            situation = DebtorSituation(
                reason=talk.reason, previous_deferrals=deferrals_used(agreements)
            )
            outcome = evaluate_counter_offer(offer, account, portfolio, situation, today)
            if not isinstance(outcome, Accepted):
                return await self._noted(uow, case, self._refused_plan(outcome), now)
            plan = outcome.plan
            conversation = speaker.conversation
            agreed = talk.but(agreed=plan)
            decision = Decision(agreed, (), (AgreementReached(plan),))
            agreement = await record_effects(
                uow, conversation, decision, account, self.conversations.signer, now
            )
            assert agreement is not None
            await uow.conversations.save(replace(conversation, context=agreed.to_dict()), now)
            note = self.topics.text(
                "desk.plan.recorded",
                {
                    "number": agreement.number,
                    "kind": self.topics.text(f"document.kind.{plan.kind.value}"),
                    "total": plan.total,
                    "first": plan.schedule[0].due,
                },
            )
            await self.topics.write(uow, case, note, now)
            await self._audit(
                uow, "agent.plan_recorded", case, user_id, now, agreement=agreement.number
            )
            await uow.commit()
        return DeskAnswer(True, note)

    def _read_terms(
        self, terms: str, language: str, today: date, currency: str
    ) -> CounterOffer | None:
        """The agent's terms, read in the desk's language, else in the debtor's."""
        understanding = self.conversations.understanding
        for reading in dict.fromkeys((self.policy.agents.language, language)):
            understood = understanding.interpret(terms, reading, today, currency=currency)
            offer = counter_offer_of(understood, currency, today)
            if offer is not None:
                return offer
        return None

    def _refused_plan(self, outcome: Rejected) -> str:
        lines = [self.topics.text("desk.plan.outside_limits")]
        lines += [f"• {breach}" for breach in outcome.breaches]
        if outcome.nearest is not None:
            lines.append(
                self.topics.text(
                    "desk.plan.nearest",
                    {
                        "kind": self.topics.text(f"document.kind.{outcome.nearest.kind.value}"),
                        "total": outcome.nearest.total,
                        "count": len(outcome.nearest.schedule),
                    },
                )
            )
        return "\n".join(lines)

    async def _noted(
        self, uow: SqlUnitOfWork, case: Case, notice: str, now: datetime
    ) -> DeskAnswer:
        """Tell the agent in the topic why nothing was done."""
        await self.topics.write(uow, case, notice, now)
        await uow.commit()
        return DeskAnswer(False, notice)

    async def hand_back(self, case_id: int, user_id: int) -> DeskAnswer:
        """The chat goes back to the bot, which carries on from what is known."""
        return await self._release(case_id, user_id, "returned", None)

    async def close(self, case_id: int, user_id: int, outcome: str | None = None) -> DeskAnswer:
        """The case is finished; its outcome is recorded and the bot has the chat again."""
        return await self._release(case_id, user_id, "closed", outcome)

    async def _release(
        self, case_id: int, user_id: int, status: str, outcome: str | None
    ) -> DeskAnswer:
        now = self.clock.now()
        async with self.uow() as uow:
            await self._lock_debtor(uow, case_id)
            acting = await self._acting(uow, case_id, user_id)
            if isinstance(acting, DeskAnswer):
                return acting
            agent, case = acting
            if case.status == "taken" and case.agent_id != user_id:
                return await self._held_by(uow, case)
            recorded = (outcome or "").strip()[:MAX_OUTCOME] or None
            case = await uow.cases.update(case.id, now, status=status, outcome=recorded)
            key = N_("desk.note.returned") if status == "returned" else N_("desk.note.closed")
            note = self.topics.text(key, {"agent": agent.name, "outcome": recorded or "—"})
            await self.topics.write(uow, case, note, now)
            await self._audit(uow, f"case.{status}", case, user_id, now, outcome=recorded)
            conversation = await self._conversation(uow, case)
            await uow.commit()
        # The bot resumes in its own unit of work, like any event from the chat.
        await self.conversations.handle(
            Incoming(conversation.channel, conversation.chat_id, EventKind.RESUME, name=status),
            self.uow(),
        )
        return DeskAnswer(True, note)

    # -- reading -------------------------------------------------------------------------------

    async def open_cases_text(self) -> str:
        """``/cases``: open cases, most urgent then longest waiting first."""
        now = self.clock.now()
        async with self.uow() as uow:
            cases = await uow.cases.open_cases()
            if not cases:
                return self.topics.text("desk.cases.none")
            lines = [self.topics.text("desk.cases.header", {"count": len(cases)})]
            for case in cases:
                holder = await uow.agents.get(case.agent_id) if case.agent_id else None
                lines.append(
                    self.topics.text(
                        "desk.cases.line",
                        {
                            "case": str(case.id),
                            "priority": self.topics.priority(case.priority),
                            "reason": self.topics.reason(case.reason),
                            "status": self.topics.text(f"desk.status.{case.status}"),
                            "agent": holder.name if holder else "—",
                            "minutes": int((now - case.created_at).total_seconds() // 60),
                        },
                    )
                )
        return "\n".join(lines)

    async def export(self, case_id: int) -> dict[str, Any]:
        """Everything about one case, for ``negotiator cases export``: the case, the whole
        transcript with each message's verdict, and the case's audit events.

        Raises:
            DomainError: no such case.
        """
        async with self.uow() as uow:
            case = await uow.cases.get(case_id)
            if case is None:
                raise DomainError(f"case {case_id} does not exist")
            conversation = await self._conversation(uow, case)
            messages = await uow.conversations.messages(case.conversation_id)
            agents = {a.telegram_user_id: a.name for a in await uow.agents.active()}
            opened = [
                e
                for e in await uow.audit.events(f"conversation:{case.conversation_id}")
                if e.kind == "case.opened" and e.data.get("case_id") == case_id
            ]
            events = opened + await uow.audit.events(f"case:{case_id}")
        return {
            "case": {
                "id": case.id,
                "reason": case.reason,
                "priority": case.priority,
                "status": case.status,
                "agent_id": case.agent_id,
                "agent": agents.get(case.agent_id) if case.agent_id else None,
                "account": case.account_reference,
                "outcome": case.outcome,
                "opened_at": case.created_at.isoformat(),
                "updated_at": case.updated_at.isoformat(),
            },
            "chat": {
                "channel": conversation.channel,
                "chat_id": conversation.chat_id,
                "language": conversation.language,
            },
            "messages": [
                {
                    "at": m["at"].isoformat(),
                    "direction": m["direction"],
                    "author": m["author"],
                    "agent": agents.get(m["agent_id"]) if m["agent_id"] else None,
                    "text": m["text"],
                    "verdict": m["verdict"],
                    "rules": (m["rules"] or {}).get("rules", []),
                }
                for m in messages
            ],
            "events": [
                {"at": e.occurred_at.isoformat(), "kind": e.kind, "actor": e.actor, **e.data}
                for e in events
            ],
        }

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    async def _lock_debtor(uow: SqlUnitOfWork, case_id: int) -> None:
        """Lock the debtor of a case, first in ``uow`` (see the module docstring)."""
        chat = await uow.conversations.chat_for_case(case_id)
        if chat is not None:
            await uow.conversations.lock(*chat)

    async def _acting(
        self, uow: SqlUnitOfWork, case_id: int, user_id: int
    ) -> DeskAnswer | tuple[Agent, Case]:
        """The agent and the open case, or the answer saying why this person may not act."""
        agent = await uow.agents.get(user_id)
        if agent is None or not agent.active:
            await uow.audit.append(
                "case.action_refused",
                f"case:{case_id}",
                {"user_id": user_id},
                self.clock.now(),
                actor=f"telegram:{user_id}",
            )
            await uow.commit()
            return DeskAnswer(False, self.topics.text("desk.note.not_agent"))
        case = await uow.cases.get(case_id)
        if case is None or not case.is_open:
            return DeskAnswer(False, self.topics.text("desk.note.not_open"))
        return agent, case

    async def _held_by(self, uow: SqlUnitOfWork, case: Case) -> DeskAnswer:
        """The refusal for someone acting on a case another agent holds, naming them."""
        holder = await uow.agents.get(case.agent_id) if case.agent_id else None
        name = holder.name if holder else "?"
        return DeskAnswer(False, self.topics.text("desk.note.held_by", {"agent": name}))

    async def _conversation(self, uow: SqlUnitOfWork, case: Case) -> Conversation:
        conversation = await uow.conversations.get(case.conversation_id)
        if conversation is None:
            raise DomainError(f"case {case.id} has no conversation")
        return conversation

    async def _speaker(self, uow: SqlUnitOfWork, case: Case) -> Speaker:
        conversation = await self._conversation(uow, case)
        talk = stored_talk(conversation.context, conversation.language)
        account = await uow.accounts.get(talk.reference) if talk.reference else None
        portfolio = self.policy.portfolio(account.portfolio) if account is not None else None
        return Speaker(conversation, talk, account, portfolio)

    def _to_debtor(
        self, speaker: Speaker, keys: tuple[str, str], agent: Agent, *, text: str = ""
    ) -> str:
        """A message to the debtor in their language, saying which person writes for whom.

        ``keys`` are the wording for a verified debtor (naming the creditor) and for anyone
        else, to whom not even the creditor's name may be told (the identity gate).
        """
        talk = speaker.talk
        key = keys[0] if talk.verified and not talk.third_party else keys[1]
        service = self.conversations
        portfolio = speaker.portfolio
        creditor = (
            portfolio.creditor
            if portfolio is not None and portfolio.creditor is not None
            else self.policy.creditor
        )
        t = service.renderer.translator(speaker.talk.language, service.zone(speaker.account))
        return t.text(key, {"agent": agent.name, "creditor": creditor.name, "text": text})

    def _blocked(self, verdict: Verdict) -> str:
        """Why a message to the debtor was not sent: each rule, what it says, its citation
        and what it saw."""
        lines = [self.topics.text("desk.note.blocked")]
        for finding in verdict.findings:
            lines.append(
                self.topics.text(
                    "desk.note.blocked_rule",
                    {
                        "rule": finding.rule_id,
                        "description": finding.description,
                        "citation": finding.citation,
                        "evidence": finding.evidence,
                    },
                )
            )
        lines.append(self.topics.text("desk.note.rewrite"))
        return "\n".join(lines)

    @staticmethod
    async def _audit(
        uow: SqlUnitOfWork,
        kind: str,
        case: Case,
        user_id: int,
        now: datetime,
        **data: Any,
    ) -> None:
        await uow.audit.append(
            kind,
            f"case:{case.id}",
            {"conversation_id": case.conversation_id, **data},
            now,
            actor=f"agent:{user_id}",
        )
