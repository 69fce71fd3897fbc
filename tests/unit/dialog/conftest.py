"""A chat harness for the dialog engine: the shipped script, fake understandings, real offers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from negotiator.dialog.decisions import Decision, Effect, EventKind, Inbound, World
from negotiator.dialog.engine import DialogEngine
from negotiator.dialog.loading import load_scripts
from negotiator.dialog.memory import Talk
from negotiator.dialog.render import RenderContext, Rendered, Renderer
from negotiator.domain.account import Account
from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.domain.policy import CreditorIdentity, HardshipReason, Portfolio
from negotiator.domain.verification import FactKind, find_fact
from negotiator.i18n import Catalogs
from negotiator.nlu.interpretation import (
    AmountMention,
    DateMention,
    Intent,
    Interpretation,
    Period,
)
from negotiator.settings import DIALOGS_DIR, LOCALES_DIR
from tests.unit.builders import TODAY, a_portfolio, an_account

CREDITOR = CreditorIdentity(
    name="示例银行",
    legal_name="示例银行股份有限公司",
    human_contact="95500",
    bot_name="小助手",
)


def understood(
    intent: Intent,
    *also: Intent,
    text: str = "",
    reason: HardshipReason | None = None,
    amount: str | None = None,
    per: Period = Period.MONTH,
    on: date | None = None,
    confidence: float = 0.9,
) -> Interpretation:
    """What the NLU would return, spelled out for a test."""
    return Interpretation(
        text=text,
        language="en",
        intent=intent,
        signals=(intent, *also),
        reason=reason,
        amount=None if amount is None else AmountMention(Decimal(amount), None, per),
        date=None if on is None else DateMention(on, on.isoformat()),
        confidence=confidence,
        cues=(),
    )


@dataclass
class Chat:
    """One debtor's chat with the engine; keeps the talk and everything said and done."""

    engine: DialogEngine
    renderer: Renderer
    account: Account
    portfolio: Portfolio
    answer: str = "1990-05-31"
    language: str = "en"
    talk: Talk = field(init=False)
    effects: list[Effect] = field(default_factory=list)
    last: Decision | None = None

    def __post_init__(self) -> None:
        self.talk = self.engine.begin(self.language).but(reference=self.account.reference)

    def world(self) -> World:
        return World(
            account=self.account,
            portfolio=self.portfolio,
            today=TODAY,
            check_identity=self.check_identity,
        )

    def check_identity(self, text: str) -> bool | None:
        """As the service checks: no date in the message is no answer (and no attempt)."""
        if find_fact(FactKind.DATE_OF_BIRTH, text) is None:
            return None
        return text.strip() == self.answer

    def send(self, event: Inbound) -> list[Rendered]:
        decision = self.engine.step(self.talk, event, self.world())
        self.talk, self.last = decision.talk, decision
        self.effects.extend(decision.effects)
        context = RenderContext(
            talk=self.talk,
            account=self.account,
            creditor=CREDITOR,
            jurisdiction=Jurisdiction.CN,
            timezone=ZoneInfo("Asia/Shanghai"),
            today=TODAY,
            agreement_number="AG-1" if self.talk.agreed else None,
        )
        return self.renderer.render(decision.say, context)

    def start(self) -> list[Rendered]:
        return self.send(Inbound(EventKind.START))

    def say(self, text: str, interpretation: Interpretation) -> list[Rendered]:
        return self.send(Inbound(EventKind.TEXT, text=text, interpretation=interpretation))

    def press(self, button: str) -> list[Rendered]:
        return self.send(Inbound(EventKind.BUTTON, name=button))

    def command(self, name: str) -> list[Rendered]:
        return self.send(Inbound(EventKind.COMMAND, name=name))

    def verified(self) -> list[Rendered]:
        self.start()
        return self.say(self.answer, understood(Intent.UNKNOWN, confidence=0.0))


@pytest.fixture(scope="session")
def engine() -> DialogEngine:
    return DialogEngine(load_scripts(DIALOGS_DIR)["negotiation"].script)


@pytest.fixture(scope="session")
def renderer() -> Renderer:
    return Renderer(Catalogs.load(LOCALES_DIR))


@pytest.fixture
def chat(engine: DialogEngine, renderer: Renderer) -> Chat:
    return Chat(engine, renderer, an_account(portfolio="test"), a_portfolio())


def texts(messages: list[Rendered]) -> str:
    return "\n".join(message.text for message in messages)


def sources(messages: list[Rendered]) -> list[str]:
    return [message.source for message in messages]
