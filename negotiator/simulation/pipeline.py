"""One debtor event through the real pipeline, with the conversation kept in memory.

:class:`OfflinePipeline` does for one event what
:meth:`negotiator.services.conversation.ConversationService.handle` does, step for step and with
the same objects (the service's interpreter, screener, dialog engine, renderer and compliance
filters), but keeps the conversation in a :class:`SimulatedChat` instead of a unit of work:

* understand the text and screen it (the service's ``understanding`` and ``screener``);
* gather the :class:`~negotiator.dialog.decisions.World` the same way (identity check against
  the keyed hash of the account's fact, agreements made so far, deferrals used, the unclear
  limit of the portfolio);
* let the dialog engine decide;
* record the agreement's number the way :func:`~negotiator.services.conversation_effects.
  record_effects` numbers it;
* render every prompt and pass each through the portfolio's compliance filter with the same
  :class:`~negotiator.compliance.context.OutboundContext` the service builds (amounts on record
  from :func:`~negotiator.services.conversation_effects.amounts_on_record`).

Bypassed, compared with a Telegram update: the inbox, the per-debtor lock, the database
(messages, offers, agreements, cases and the audit chain are not written), the JSON round trip
of the talk between messages, the outbox and the sender, the agents' desk (cases are never
taken over, so ``agent_holding`` is always false, and the topic mirror is not written) and the
PDF confirmation. ``tests/integration/test_simulate.py`` runs synthetic debtors through both
this pipeline and the real service on SQLite and requires the same replies, verdicts and talk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from negotiator.compliance.context import OutboundContext, Recipient
from negotiator.compliance.verdict import CheckedMessage
from negotiator.dialog.decisions import (
    AgreementReached,
    Decision,
    EventKind,
    IdentityCheck,
    Inbound,
    OfferMade,
    World,
)
from negotiator.dialog.memory import Talk
from negotiator.dialog.render import RenderContext
from negotiator.domain.account import Account
from negotiator.domain.desk_hours import next_opening
from negotiator.domain.plans import Plan
from negotiator.domain.policy import Portfolio
from negotiator.domain.verification import FactKind
from negotiator.services.conversation import (
    MAX_TEXT,
    ConversationService,
    Handled,
    Incoming,
    Reply,
    identity_check,
)
from negotiator.services.conversation_effects import amounts_on_record

CHANNEL: Final = "simulation"
"""The channel name of simulated chats."""


@dataclass
class SimulatedChat:
    """One synthetic debtor's conversation, as the database would hold it.

    Attributes:
        conversation_id: The conversation's id (it appears in agreement numbers).
        account: The account the debtor's link names.
        fact: The identity fact the account has on record.
        fact_digest: Its keyed hash (the answer itself is not kept, as in the database).
        talk: The conversation so far.
        offers_recorded: Offers made so far (the service numbers agreements with it).
        agreements: The agreements made, oldest first: number and plan.
    """

    conversation_id: int
    account: Account
    fact: FactKind
    fact_digest: str
    talk: Talk
    offers_recorded: int = 0
    agreements: list[tuple[str, Plan]] = field(default_factory=list)


class OfflinePipeline:
    """The service's pipeline for simulated chats (see the module docstring).

    Args:
        service: The wired conversation service whose parts are used.
    """

    def __init__(self, service: ConversationService) -> None:
        self.service = service
        self.now = service.clock.now()
        policy = service.policy
        # The clock stands still in a simulation, so the desk's next opening is one value.
        self._agents_open_at = next_opening(policy.agents, policy.agents_zone, self.now)

    def open_chat(
        self, conversation_id: int, account: Account, fact: FactKind, answer: str
    ) -> SimulatedChat:
        """A new chat about ``account``, whose identity fact ``fact`` is ``answer``.

        Raises:
            ValueError: ``answer`` is not a valid fact of that kind.
        """
        digest = self.service.signer.fact_digest(fact, answer)
        if digest is None:
            raise ValueError(f"{answer!r} is not a valid {fact.value}")
        talk = self.service.engine.begin(account.language)
        return SimulatedChat(conversation_id, account, fact, digest, talk)

    def handle(self, chat: SimulatedChat, incoming: Incoming) -> Handled:
        """Handle one event of ``chat`` (updated in place) and return the replies."""
        service, account, now = self.service, chat.account, self.now
        talk = chat.talk
        if talk.reference is None and incoming.link_reference:
            talk = talk.but(reference=account.reference, language=account.language)
        portfolio = service.policy.portfolio(account.portfolio)
        zone = service.zone(account)
        today = now.astimezone(zone).date()
        event = self._event(incoming, talk, today, portfolio.currency)
        world = World(
            account=account,
            portfolio=portfolio,
            today=today,
            check_identity=self._identity_check(chat),
            has_agreement=bool(chat.agreements),
            previous_deferrals=sum(1 for _, plan in chat.agreements if plan.kind.is_deferral),
            agent_holding=False,
            max_unclear=portfolio.escalation.not_understood_after,
        )
        first_message = not talk.state
        decision = service.engine.step(talk, event, world)
        self._record(chat, decision)
        replies, blocked = self._send(chat, decision, portfolio, today, first_message)
        chat.talk = decision.talk
        return Handled(tuple(replies), tuple(blocked), decision.talk, chat.conversation_id)

    def _event(self, incoming: Incoming, talk: Talk, today: date, currency: str) -> Inbound:
        """What the service's ``_event`` makes of ``incoming``."""
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
        understood = self.service.understanding.interpret(
            incoming.text, talk.language, today, currency=currency
        )
        screening = self.service.screener.screen(
            incoming.text, (s.value for s in understood.signals)
        )
        return Inbound(
            kind,
            text=incoming.text,
            interpretation=understood,
            triggers=frozenset(trigger.value for trigger in screening.triggers),
        )

    def _identity_check(self, chat: SimulatedChat) -> IdentityCheck:
        return identity_check(self.service.signer, chat.fact, chat.fact_digest)

    def _record(self, chat: SimulatedChat, decision: Decision) -> None:
        """Count offers and number agreements as ``record_effects`` does."""
        for effect in decision.effects:
            if isinstance(effect, OfferMade):
                chat.offers_recorded += 1
            elif isinstance(effect, AgreementReached):
                number = (
                    f"AG{self.now:%Y%m%d}-{chat.conversation_id:05d}-{chat.offers_recorded:02d}"
                )
                chat.agreements.append((number, effect.plan))

    def _send(
        self,
        chat: SimulatedChat,
        decision: Decision,
        portfolio: Portfolio,
        today: date,
        first_message: bool,
    ) -> tuple[list[Reply], list[CheckedMessage]]:
        """Render the decision's prompts and check each, as the service's ``_send``."""
        service, account, talk = self.service, chat.account, decision.talk
        creditor = portfolio.creditor or service.policy.creditor
        latest = chat.agreements[-1] if chat.agreements else None
        context = RenderContext(
            talk=talk,
            account=account,
            creditor=creditor,
            jurisdiction=portfolio.jurisdiction,
            timezone=service.zone(account),
            today=today,
            fact=chat.fact,
            agreement_number=None if latest is None else latest[0],
            agreement_plan=None if latest is None else latest[1],
            agents_open_at=self._agents_open_at,
            agents_reply_minutes=service.policy.agents.response_minutes,
        )
        rendered = service.renderer.render(decision.say, context)
        if not rendered:
            return [], []
        check = service.filters[portfolio.id]
        # One event's replies share the talk and account, so they share the amounts on record.
        outbound = OutboundContext(
            recipient=Recipient.THIRD_PARTY if talk.third_party else Recipient.DEBTOR,
            verified=talk.verified,
            opted_out=talk.opted_out,
            timezone=account.timezone,
            amounts_on_record=amounts_on_record(talk, account),
            creditor_names=(creditor.name, creditor.legal_name),
            account_references=(account.reference,),
            human_contact=creditor.human_contact,
        )
        replies: list[Reply] = []
        blocked: list[CheckedMessage] = []
        for index, message in enumerate(rendered):
            checked = check.check_outbound(
                message.text,
                talk.language,
                _for_message(outbound, message.source, first=first_message and index == 0),
            )
            if checked.verdict.allowed:
                replies.append(Reply(checked, message.buttons, message.source))
            else:
                blocked.append(checked)
        return replies, blocked


def _for_message(context: OutboundContext, source: str, *, first: bool) -> OutboundContext:
    """The event's context for one message: the opening one, and the opt-out confirmation,
    are judged as such (the service's ``speak``)."""
    confirmation = source == "optout.confirmed"
    if not first and not confirmation:
        return context
    return OutboundContext(
        recipient=context.recipient,
        verified=context.verified,
        first_message=first,
        opted_out=context.opted_out,
        opt_out_confirmation=confirmation,
        timezone=context.timezone,
        amounts_on_record=context.amounts_on_record,
        creditor_names=context.creditor_names,
        account_references=context.account_references,
        human_contact=context.human_contact,
    )
