"""Handling one debtor event: understand, decide, record, render, check, queue — in one go.

This is the pipeline of DESIGN.md for one inbound event, whatever the channel:

1. find (or start) the chat's conversation and its :class:`~negotiator.dialog.memory.Talk`;
2. find the account (from the conversation, a signed link, or a reference the debtor typed);
3. understand the text (:mod:`negotiator.nlu`) in the debtor's language and day, and screen it
   with the compliance rules (safety never rests on one model);
4. let the dialog engine decide (a pure step);
5. apply the decision's effects: link the account, record offers, the agreement (with its
   schedule and verification code), open a case, opt out, change language;
6. render the prompts in the debtor's language and pass every one through the compliance
   filter; only what it allows is queued, everything is recorded with its verdict;
7. save the conversation with a version check, and write audit events for all of it.

All of it happens in one unit of work: the debtor's message, the new state, the replies and
the outbox rows are committed together or not at all. It begins by locking the debtor's chat,
so worker processes sharing a database handle a debtor's events one at a time, in turn.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Final, Protocol
from zoneinfo import ZoneInfo

from negotiator.compliance.context import OutboundContext, Recipient
from negotiator.compliance.screening import Screening
from negotiator.compliance.verdict import CheckedMessage, Outcome
from negotiator.dialog.decisions import (
    Decision,
    Escalated,
    EventKind,
    IdentityCheck,
    Inbound,
    MissedMoved,
    Priority,
    World,
)
from negotiator.dialog.engine import DialogEngine
from negotiator.dialog.memory import Talk, stored_talk
from negotiator.dialog.render import RenderContext, RenderedButton, Renderer
from negotiator.domain.account import Account
from negotiator.domain.clock import Clock
from negotiator.domain.desk_hours import next_opening
from negotiator.domain.language import normalize_language
from negotiator.domain.money import Money
from negotiator.domain.plan_codec import plan_from_dict
from negotiator.domain.policy import CreditorIdentity, Policy, Portfolio
from negotiator.domain.signing import Signer
from negotiator.domain.verification import FactKind
from negotiator.errors import AlreadyProcessed, DomainError
from negotiator.nlu.interpretation import Interpretation
from negotiator.services.agreement_history import deferrals_used
from negotiator.services.case_topic import TopicWriter
from negotiator.services.conversation_effects import amounts_on_record, record_effects
from negotiator.services.message_parts import message_parts
from negotiator.services.observer import UNOBSERVED, ConversationObserver
from negotiator.services.rescheduling import can_move_missed, may_move_missed, reschedule_missed
from negotiator.storage.records import Agreement, Case, Conversation
from negotiator.storage.uow import SqlUnitOfWork

MAX_TEXT: Final = 2000
"""Characters of a message the bot reads; a longer one is answered, not interpreted."""


class Understanding(Protocol):
    """Turns a debtor's text into an interpretation (:class:`negotiator.nlu.Interpreter`)."""

    def interpret(
        self,
        text: str,
        language: str | None = None,
        today: date | None = None,
        *,
        currency: str | None = None,
    ) -> Interpretation:
        """Understand one message; plain currency words mean ``currency``."""
        ...


class InboundScreen(Protocol):
    """The compliance screening of debtor messages (:class:`InboundScreener`)."""

    def screen(self, text: str, nlu_intents: Iterable[str] = ()) -> Screening:
        """What in ``text`` the conversation must act on."""
        ...


class OutboundCheck(Protocol):
    """The compliance filter of one portfolio (:class:`negotiator.compliance.ComplianceFilter`)."""

    def check_outbound(self, text: str, language: str, context: OutboundContext) -> CheckedMessage:
        """Judge one outbound message."""
        ...


@dataclass(frozen=True, slots=True)
class Incoming:
    """One event from a debtor's chat, as the channel saw it.

    Attributes:
        channel: ``telegram`` or ``terminal``.
        chat_id: The chat within the channel.
        kind: What arrived.
        text: The text (empty for buttons and media).
        name: The button or command name.
        link_reference: The account of a signed deep link (already checked by the channel).
        offer_round: For a button, how many offers had been made when it was shown; a button
            of an older offer is refused rather than applied to the current one.
        forged: The channel found the button's signature wrong.
        update_id: The Telegram update it came from, marked processed with its effects.
        language_hint: The client's language (Telegram's ``language_code``), if any.
    """

    channel: str
    chat_id: int
    kind: EventKind
    text: str = ""
    name: str | None = None
    link_reference: str | None = None
    language_hint: str | None = None
    offer_round: int | None = None
    forged: bool = False
    update_id: int | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Whose conversation a message to the debtor belongs to, as the filter must see it.

    Attributes:
        conversation: The stored conversation (its chat and channel).
        talk: Its state: language, verification, third party, opt-out, plans.
        account: The account, once known.
        portfolio: The account's portfolio (its rule pack); ``None`` before the account.
    """

    conversation: Conversation
    talk: Talk
    account: Account | None
    portfolio: Portfolio | None


@dataclass(frozen=True, slots=True)
class Reply:
    """A message for the debtor that the compliance filter allowed.

    Attributes:
        message: The checked text (the only thing a channel may send).
        buttons: Buttons under it.
        source: The template key or renderer it came from.
    """

    message: CheckedMessage
    buttons: tuple[RenderedButton, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Handled:
    """What handling one event produced.

    Attributes:
        replies: The allowed replies, in order (also queued in the outbox for Telegram).
        blocked: Replies the filter stopped (recorded, never sent).
        talk: The conversation afterwards.
        conversation_id: Its database id.
        agreement: The agreement made by this event, if any.
        document: The agreement whose written confirmation goes to the debtor now (just made,
            or asked for again with ``/myplan``).
    """

    replies: tuple[Reply, ...]
    blocked: tuple[CheckedMessage, ...]
    talk: Talk
    conversation_id: int
    agreement: Agreement | None = None
    document: str | None = None


def identity_check(signer: Signer, fact: FactKind, expected: str) -> IdentityCheck:
    """The check of a debtor's answer against the keyed hash ``expected`` of their ``fact`` on
    file: ``True``/``False``, or ``None`` when the answer gives no such fact (no attempt)."""

    def check(answer: str) -> bool | None:
        digest = signer.fact_digest(fact, answer)
        return None if digest is None else hmac.compare_digest(digest, expected)

    return check


class ConversationService:
    """The use case "a debtor sent something" (see the module docstring).

    Args:
        engine: Steps the dialog script.
        renderer: Renders prompts with the catalogs.
        understanding: The NLU.
        screener: The inbound screening of the compliance rules.
        filters: The compliance filter of each portfolio, by portfolio id.
        policy: The creditor policy.
        signer: Keyed hashes (identity facts, agreement codes).
        clock: The clock.
        default_language: The language before anything else is known.
        observer: Hears each verdict and escalation (the metrics; default: nobody).
    """

    def __init__(
        self,
        *,
        engine: DialogEngine,
        renderer: Renderer,
        understanding: Understanding,
        screener: InboundScreen,
        filters: Mapping[str, OutboundCheck],
        policy: Policy,
        signer: Signer,
        clock: Clock,
        default_language: str = "zh_Hans",
        observer: ConversationObserver = UNOBSERVED,
    ) -> None:
        self.engine = engine
        self.renderer = renderer
        self.understanding = understanding
        self.screener = screener
        self.filters = filters
        self.policy = policy
        self.signer = signer
        self.clock = clock
        self.default_language = default_language
        self.observer = observer
        self.topics = TopicWriter(renderer.translator(policy.agents.language, policy.agents_zone))

    async def handle(self, incoming: Incoming, uow: SqlUnitOfWork) -> Handled:
        """Handle ``incoming`` in ``uow`` (committed here) and return the replies."""
        now = self.clock.now()
        async with uow:
            # One event per debtor at a time, across worker processes too (DESIGN.md).
            await uow.conversations.lock(incoming.channel, incoming.chat_id)
            if incoming.update_id is not None and await uow.inbox.is_processed(incoming.update_id):
                # Another worker handled the same update while this one waited for the lock.
                raise AlreadyProcessed(f"update {incoming.update_id} was handled already")
            conversation = await uow.conversations.for_chat(incoming.channel, incoming.chat_id)
            if conversation is None:
                language = normalize_language(incoming.language_hint or "") or self.default_language
                conversation = await uow.conversations.start(
                    incoming.channel, incoming.chat_id, "", language, now
                )
            talk = await self._talk(uow, conversation, now)
            if talk.unreachable and incoming.kind is not EventKind.RESUME:
                talk = talk.but(unreachable=False)  # they unblocked the bot and wrote again
                await uow.audit.append(
                    "contact.reachable", f"conversation:{conversation.id}", {}, now
                )
            account = await self._account(uow, talk, incoming)
            if account is not None and talk.reference is None and incoming.link_reference:
                talk = talk.but(reference=account.reference, language=account.language)
            portfolio = self._portfolio(account)
            zone = self.zone(account)
            today = now.astimezone(zone).date()  # the debtor's day (the policy's before we know)
            event = self._event(
                incoming, talk, today, portfolio.currency if portfolio is not None else None
            )
            # Everything read before anything is recorded: the rows recorded are held back and
            # written together (negotiator.storage.appends), not one before each read.
            case = await uow.cases.open_for_conversation(conversation.id)
            digests = {} if account is None else await uow.accounts.fact_digests(account.reference)
            fact = _fact_kind(digests)
            agreements = (
                [] if account is None else await uow.agreements.for_account(account.reference)
            )
            if incoming.kind is not EventKind.RESUME:  # a person's hand-back is not the debtor's
                await uow.conversations.add_message(
                    conversation.id,
                    "in",
                    "debtor",
                    incoming.text or f"<{incoming.kind.value}>",
                    now,
                )
            if event.triggers:
                await uow.audit.append(
                    "message.screened",
                    f"conversation:{conversation.id}",
                    {"triggers": sorted(event.triggers)},
                    now,
                )
            if case is not None and incoming.kind is not EventKind.RESUME:
                await self._mirror(uow, case, incoming, event, now)
            world = World(
                account=account,
                portfolio=portfolio,
                today=today,
                check_identity=self._identity_check(digests.get(fact.value), fact),
                has_agreement=bool(agreements),
                # The deferral limit counts deferrals the account already had (max_times).
                previous_deferrals=deferrals_used(agreements),
                agent_holding=case is not None and case.status == "taken",
                max_unclear=self._portfolio_or_default(portfolio).escalation.not_understood_after,
                can_move_missed=bool(agreements)
                and may_move_missed(self._portfolio_or_default(portfolio))
                and can_move_missed(agreements[-1]),
            )
            first_message = not talk.state
            decision = self.engine.step(talk, event, world)
            agreement = await record_effects(uow, conversation, decision, account, self.signer, now)
            latest = agreement or (agreements[-1] if agreements else None)
            moved = None
            if latest is not None and any(isinstance(e, MissedMoved) for e in decision.effects):
                moved = await reschedule_missed(uow, latest, now)
            replies, blocked = await self._send(
                uow,
                conversation,
                decision,
                account,
                portfolio,
                RenderContext(
                    talk=decision.talk,
                    account=account,
                    creditor=self._creditor(portfolio),
                    jurisdiction=self._portfolio_or_default(portfolio).jurisdiction,
                    timezone=zone,
                    today=today,
                    fact=fact,
                    agreement_number=None if latest is None else latest.number,
                    agreement_plan=None if latest is None else plan_from_dict(latest.terms),
                    agents_open_at=next_opening(self.policy.agents, self.policy.agents_zone, now),
                    agents_reply_minutes=self.policy.agents.response_minutes,
                    moved=None if moved is None else (moved.amount, moved.due),
                ),
                first_message=first_message,
                now=now,
                # A payment just moved is on record in the stored schedule, not in the talk.
                also_on_record=frozenset() if moved is None else frozenset({moved.amount}),
            )
            updated = decision.talk
            await uow.conversations.save(
                Conversation(
                    id=conversation.id,
                    channel=conversation.channel,
                    chat_id=conversation.chat_id,
                    account_reference=updated.reference,
                    state=updated.state,
                    context=updated.to_dict(),
                    language=updated.language,
                    version=conversation.version,
                ),
                now,
            )
            document = _document(
                incoming,
                agreement,
                latest,
                blocked=bool(blocked),
                agreed_now=updated.state == "agreed" and talk.state != "agreed",
            )
            if document is not None and conversation.channel == "telegram":
                await uow.outbox.enqueue(
                    conversation.chat_id,
                    "sendDocument",
                    {"agreement": document, "language": updated.language},
                    now,
                )
            if incoming.update_id is not None:
                await uow.inbox.mark_processed(incoming.update_id, now)
            await uow.commit()
        for effect in decision.effects:  # once committed: a try rolled back opened nothing
            if isinstance(effect, Escalated):
                self.observer.escalated(effect.reason)
        return Handled(
            tuple(replies), tuple(blocked), updated, conversation.id, agreement, document
        )

    async def _mirror(
        self, uow: SqlUnitOfWork, case: Case, incoming: Incoming, event: Inbound, now: datetime
    ) -> None:
        """Show the debtor's message in the case's topic; a self-harm sign makes it urgent."""
        signals = {s.value for s in event.interpretation.signals} if event.interpretation else set()
        warnings = []
        if "self_harm" in event.triggers or "self_harm_risk" in signals:
            warnings.append("self_harm")
            if case.priority > Priority.URGENT:
                case = await uow.cases.update(case.id, now, priority=int(Priority.URGENT))
                await uow.audit.append(
                    "case.priority_raised",
                    f"case:{case.id}",
                    {"priority": int(Priority.URGENT), "because": "self_harm_risk"},
                    now,
                )
        if "opt_out" in event.triggers or "opt_out" in signals or incoming.name == "stop":
            warnings.append("opted_out")
        text = incoming.text or f"<{incoming.name or incoming.kind.value}>"
        await self.topics.mirror(uow, case, text, now, warnings=warnings)

    async def unreachable(self, uow: SqlUnitOfWork, channel: str, chat_id: int) -> bool:
        """Record that the debtor of ``chat_id`` blocked the bot (Telegram answered 403): no
        proactive contact until they write again; ``False`` if there is no such conversation.

        Call it first in ``uow``: it locks the debtor.
        """
        now = self.clock.now()
        await uow.conversations.lock(channel, chat_id)
        conversation = await uow.conversations.for_chat(channel, chat_id)
        if conversation is None:
            return False
        talk = stored_talk(conversation.context, conversation.language)
        if not talk.unreachable:
            await uow.conversations.save(
                replace(conversation, context=talk.but(unreachable=True).to_dict()), now
            )
            await uow.audit.append(
                "contact.unreachable", f"conversation:{conversation.id}", {}, now
            )
        return True

    # -- gathering -----------------------------------------------------------------------------

    async def _talk(self, uow: SqlUnitOfWork, conversation: Conversation, now: datetime) -> Talk:
        """The stored talk; a new one if there is none, or if what is stored cannot be read
        (a chat must never be stuck on a damaged record: it starts over, and the audit says so)."""
        if not conversation.context:
            return self.engine.begin(conversation.language)
        try:
            return Talk.from_dict(conversation.context)
        except DomainError as exc:
            await uow.audit.append(
                "conversation.reset",
                f"conversation:{conversation.id}",
                {"reason": str(exc), "state": conversation.state},
                now,
            )
            return self.engine.begin(conversation.language)

    async def _account(self, uow: SqlUnitOfWork, talk: Talk, incoming: Incoming) -> Account | None:
        reference = talk.reference or incoming.link_reference
        if reference is None and talk.state == "ask_reference" and incoming.text:
            # The debtor typed the reference from their letter.
            reference = incoming.text.strip().upper()[:40]
        return None if reference is None else await uow.accounts.get(reference)

    def _portfolio(self, account: Account | None) -> Portfolio | None:
        if account is None:
            return None
        return self.policy.portfolio(account.portfolio)

    def _portfolio_or_default(self, portfolio: Portfolio | None) -> Portfolio:
        """The account's portfolio; the policy's first before the account is known (its
        rule pack judges the opening message)."""
        return portfolio if portfolio is not None else self.policy.portfolios[0]

    def _creditor(self, portfolio: Portfolio | None) -> CreditorIdentity:
        """Who the bot writes for: the portfolio's creditor, else the policy's."""
        if portfolio is not None and portfolio.creditor is not None:
            return portfolio.creditor
        return self.policy.creditor

    def _event(self, incoming: Incoming, talk: Talk, today: date, currency: str | None) -> Inbound:
        kind = incoming.kind
        if kind is EventKind.BUTTON and (
            incoming.forged
            or (
                incoming.offer_round is not None
                and incoming.offer_round != len(talk.history.offers)
            )
        ):
            return Inbound(EventKind.STALE_BUTTON, name=incoming.name)
        if kind is EventKind.TEXT and len(incoming.text) > MAX_TEXT:
            return Inbound(EventKind.TOO_LONG, text=incoming.text[:MAX_TEXT])
        if kind is not EventKind.TEXT:
            return Inbound(kind, text=incoming.text, name=incoming.name)
        understood = self.understanding.interpret(
            incoming.text, talk.language, today, currency=currency
        )
        # Screening runs on every text, whatever the NLU made of it: the intents that protect
        # people must never depend on one model alone.
        screening = self.screener.screen(incoming.text, (s.value for s in understood.signals))
        return Inbound(
            kind,
            text=incoming.text,
            interpretation=understood,
            triggers=frozenset(trigger.value for trigger in screening.triggers),
        )

    def _identity_check(self, expected: str | None, fact: FactKind) -> IdentityCheck | None:
        return None if expected is None else identity_check(self.signer, fact, expected)

    # -- replies -------------------------------------------------------------------------------

    async def _send(
        self,
        uow: SqlUnitOfWork,
        conversation: Conversation,
        decision: Decision,
        account: Account | None,
        portfolio: Portfolio | None,
        context: RenderContext,
        *,
        first_message: bool,
        now: datetime,
        also_on_record: frozenset[Money] = frozenset(),
    ) -> tuple[list[Reply], list[CheckedMessage]]:
        rendered = self.renderer.render(decision.say, context)
        replies: list[Reply] = []
        blocked: list[CheckedMessage] = []
        speaker = Speaker(conversation, decision.talk, account, portfolio)
        for index, message in enumerate(rendered):
            checked = await self.speak(
                uow,
                speaker,
                message.text,
                source=message.source,
                buttons=message.buttons,
                first_message=first_message and index == 0,
                now=now,
                also_on_record=also_on_record,
            )
            if checked.verdict.allowed:
                replies.append(Reply(checked, message.buttons, message.source))
            else:
                blocked.append(checked)
        return replies, blocked

    async def speak(
        self,
        uow: SqlUnitOfWork,
        speaker: Speaker,
        text: str,
        *,
        source: str,
        now: datetime,
        buttons: tuple[RenderedButton, ...] = (),
        first_message: bool = False,
        agent_id: int | None = None,
        proactive_sent: tuple[datetime, ...] | None = None,
        also_on_record: frozenset[Money] = frozenset(),
    ) -> CheckedMessage:
        """Check one message to the debtor, record it with its verdict, queue it if allowed.

        The one way anything reaches a debtor: the bot's rendered prompts, an agent's words
        (``agent_id``) and reminders alike pass the filter of the account's rule pack, with the
        conversation's context (verified, third party, opted out, amounts on record).

        Args:
            proactive_sent: For a message the bot writes first (a reminder), when the earlier
                proactive messages to this debtor went: the filter then applies the contact
                window and the caps, and a deferred message is queued for when it may go.
            also_on_record: Amounts the message may state besides the conversation's own (the
                schedule of an agreement made elsewhere).
        """
        talk, account = speaker.talk, speaker.account
        creditor = self._creditor(speaker.portfolio)
        check = self.filters[self._portfolio_or_default(speaker.portfolio).id]
        outbound = OutboundContext(
            recipient=Recipient.THIRD_PARTY if talk.third_party else Recipient.DEBTOR,
            verified=talk.verified,
            proactive=proactive_sent is not None,
            proactive_sent=proactive_sent or (),
            first_message=first_message,
            opted_out=talk.opted_out,
            opt_out_confirmation=source == "optout.confirmed",
            timezone=self.zone(account).key,
            amounts_on_record=amounts_on_record(talk, account) | also_on_record,
            creditor_names=(creditor.name, creditor.legal_name),
            account_references=(account.reference,) if account is not None else (),
            human_contact=creditor.human_contact,
        )
        checked = check.check_outbound(text, talk.language, outbound)
        self.observer.verdict(checked.verdict)
        conversation = speaker.conversation
        await uow.conversations.add_message(
            conversation.id,
            "out",
            "bot" if agent_id is None else "agent",
            text,
            now,
            template_key=source,
            verdict=checked.verdict.outcome.value,
            rules=checked.verdict.to_audit(),
            agent_id=agent_id,
        )
        await uow.audit.append(
            "message.checked",
            f"conversation:{conversation.id}",
            {"source": source, **checked.verdict.to_audit()},
            now,
            actor="bot" if agent_id is None else f"agent:{agent_id}",
        )
        deferred = proactive_sent is not None and checked.verdict.outcome is Outcome.DEFER
        if (checked.verdict.allowed or deferred) and conversation.channel == "telegram":
            parts = message_parts(checked.text)
            for number, part in enumerate(parts, start=1):
                shown = buttons if number == len(parts) else ()
                await uow.outbox.enqueue(
                    conversation.chat_id,
                    "sendMessage",
                    {
                        "text": part,
                        "buttons": [{"text": b.text, "press": b.press} for b in shown],
                        # Buttons remember the offer they were shown with (see Incoming).
                        "round": len(talk.history.offers),
                    },
                    now,
                    # A deferred reminder waits for the debtor's contact window (and caps).
                    not_before=checked.verdict.not_before if deferred else None,
                    proactive=proactive_sent is not None,
                )
        return checked

    def zone(self, account: Account | None) -> ZoneInfo:
        """The debtor's time zone: the account's, else the policy's."""
        return ZoneInfo(account.timezone if account is not None else self.policy.timezone)


def _fact_kind(digests: Mapping[str, str]) -> FactKind:
    """The identity question to ask: the date of birth when the account has one on record."""
    if FactKind.DATE_OF_BIRTH.value in digests or not digests:
        return FactKind.DATE_OF_BIRTH
    return FactKind.ID_LAST4


def _document(
    incoming: Incoming,
    made: Agreement | None,
    latest: Agreement | None,
    *,
    blocked: bool,
    agreed_now: bool,
) -> str | None:
    """The agreement to send in writing: one just made, the latest on ``/myplan``, or the one
    a person recorded when they hand the chat back (``agreed_now``: it resumes agreed)."""
    if blocked:
        return None  # something went wrong with the replies: a person should look first
    if made is not None:
        return made.number
    if incoming.kind is EventKind.COMMAND and incoming.name == "myplan" and latest is not None:
        return latest.number
    if incoming.kind is EventKind.RESUME and agreed_now and latest is not None:
        return latest.number  # a plan an agent recorded, confirmed in writing on hand-back
    return None
