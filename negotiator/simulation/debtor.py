"""A synthetic debtor in the chat: it reads the bot's replies and answers the way its persona would.

:class:`DebtorMind` sees what a debtor on Telegram sees after each event, the bot's replies and
the buttons under them, and knows where the conversation is from the state the engine keeps (the
state it waits in, the plan on the table, the answer to its counter-offer), never by reading the
bot's text. It answers in its language from the phrasebook:

* the identity question with its date of birth (sometimes in a sentence first, which the bot
  refuses, or a greeting first), or, for a relative, "I'm his wife" or the "not me" button;
* why it fell behind (phlegmatic debtors start vague, sanguine ones add what they can pay,
  melancholic ones how they feel), and what it can pay a month, when its income returns;
* a plan it can afford (by what it believes: liars by their lie) is accepted, by button or in
  words; otherwise it counters with what it can pay, or declines, until its patience runs out;
* its conduct's particular act (dispute, abuse, a request for a person, a sign of self-harm,
  silence) once the conversation reaches the persona's stage; one who wants a person and is
  not heard sends ``/agent``.

When the bot does not understand it (the state, and the offers on the table, do not move), it
rephrases, then presses a button, then gives up, as people do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from negotiator.dialog.decisions import EventKind
from negotiator.dialog.memory import Talk
from negotiator.domain.plans import Plan
from negotiator.services.conversation import Handled, Incoming
from negotiator.simulation.means import beyond_means
from negotiator.simulation.personas import Conduct, Persona, Stage, Temperament
from negotiator.simulation.phrasebook import Move, Phrasebook
from negotiator.simulation.pipeline import CHANNEL
from negotiator.simulation.population import SyntheticDebtor
from negotiator.simulation.wording import spoken_amount, spoken_date, spoken_fact

FINAL_STATES: Final = frozenset({"agreed", "handed_over", "opted_out", "third_party"})
"""States in which the negotiation is over for the debtor."""

STAGES: Final = {
    "verify": Stage.VERIFY,
    "disclose": Stage.REASON,
    "ask_reason_again": Stage.REASON,
    "ask_capacity": Stage.CAPACITY,
    "ask_hardship": Stage.CAPACITY,
    "offering": Stage.OFFER,
    "confirm": Stage.OFFER,
}
"""The persona stage of each state the bot waits in."""

_ORDER: Final = (Stage.VERIFY, Stage.REASON, Stage.CAPACITY, Stage.OFFER)

GIVE_UP_AFTER: Final = 4
"""Messages in one state without the bot moving on, after which a debtor stops answering."""

_OPENER_CHANCE: Final = {
    Temperament.SANGUINE: 0.5,
    Temperament.CHOLERIC: 0.5,
    Temperament.MELANCHOLIC: 0.4,
}


@dataclass
class DebtorMind:
    """What one synthetic debtor does next (module docstring).

    Attributes:
        debtor: The debtor: account and persona.
        phrases: What it can say.
        rng: Its own random source (the run's seed and its index).
        chat_id: Its chat.
        today: Its day (in its time zone).
        told_capacity: It has said what it can pay (its stated capacity).
        said_self_harm: It has said something that signals a risk of self-harm.
        gave_up: It stopped answering.
        acted: It has done its conduct's particular act.
        messages: Events it sent after ``/start``.
    """

    debtor: SyntheticDebtor
    phrases: Phrasebook
    rng: random.Random
    chat_id: int
    today: date
    told_capacity: bool = False
    said_self_harm: bool = False
    gave_up: bool = False
    acted: bool = False
    messages: int = 0
    _countered: int = 0
    _pending_counter: bool = False
    _thanked: bool = False
    _offered_lump_sum: bool = False
    _where: tuple[str, int, int] = ("", 0, 0)
    _repeats: int = 0

    @property
    def persona(self) -> Persona:
        """Who it is."""
        return self.debtor.persona

    def opening(self) -> Incoming:
        """The ``/start`` of the creditor's link."""
        account = self.debtor.account
        return Incoming(
            CHANNEL,
            self.chat_id,
            EventKind.START,
            link_reference=account.reference,
            language_hint=account.language,
        )

    def answer(self, handled: Handled) -> Incoming | None:
        """The debtor's next event after the bot's replies in ``handled``; ``None`` when it
        stops (the conversation is over for it, or it gives up)."""
        talk = handled.talk
        where = (talk.state, len(talk.history.offers), talk.history.refusals)
        self._repeats = self._repeats + 1 if where == self._where else 0
        self._where = where
        move = self._decide(handled, talk)
        if move is None:
            self.gave_up = talk.state not in FINAL_STATES
            return None
        self.messages += 1
        return move

    # -- deciding ------------------------------------------------------------------------------

    def _decide(self, handled: Handled, talk: Talk) -> Incoming | None:
        state, persona = talk.state, self.persona
        if state in FINAL_STATES:
            sanguine = persona.temperament is Temperament.SANGUINE
            if state == "agreed" and sanguine and not self._thanked and self.rng.random() < 0.5:
                self._thanked = True
                return self._text(self.phrases.say(Move.THANKS, persona, self.rng))
            return None
        stage = STAGES.get(state)
        if stage is None or self._repeats >= GIVE_UP_AFTER:
            return None
        if persona.conduct is Conduct.SILENT and _reached(stage, persona.stage):
            return None
        if not self.acted and _reached(stage, persona.stage):
            act = self._act(persona.conduct)
            if act is not None:
                self.acted = True
                return act
        if self.acted and persona.conduct is Conduct.WANTS_HUMAN:
            return self._command("agent")  # not heard: the menu's /agent, as people do
        if state == "verify":
            return self._identity(handled, talk)
        if stage is Stage.REASON:
            return self._reason(talk)
        if stage is Stage.CAPACITY:
            return self._capacity(state)
        if state == "offering":
            return self._offering(handled, talk)
        return self._confirming(handled, talk)

    def _act(self, conduct: Conduct) -> Incoming | None:
        persona, rng = self.persona, self.rng
        if conduct is Conduct.DISPUTES:
            if rng.random() < 0.1:
                return self._command("dispute")
            move = Move.DISPUTE_NOT_MINE if rng.random() < 0.5 else Move.DISPUTE_AMOUNT
            return self._text(self.phrases.say(move, persona, rng))
        if conduct is Conduct.ABUSIVE:
            return self._text(self.phrases.say(Move.ABUSE, persona, rng))
        if conduct is Conduct.WANTS_HUMAN:
            if rng.random() < 0.3:
                return self._command("agent")
            return self._text(self.phrases.say(Move.HUMAN, persona, rng))
        if conduct is Conduct.SELF_HARM:
            self.said_self_harm = True
            return self._text(self.phrases.say(Move.SELF_HARM, persona, rng))
        return None

    def _identity(self, handled: Handled, talk: Talk) -> Incoming:
        persona, rng, debtor = self.persona, self.rng, self.debtor
        if persona.conduct is Conduct.RELATIVE:
            if not self.acted and rng.random() < 0.5:
                self.acted = True
                return self._text(self.phrases.say(Move.RELATIVE, persona, rng))
            self.acted = True
            return self._button(handled, "not_me") or self._text(
                self.phrases.say(Move.RELATIVE, persona, rng)
            )
        sanguine = persona.temperament is Temperament.SANGUINE
        if self.messages == 0 and sanguine and rng.random() < 0.15:
            return self._text(self.phrases.say(Move.GREETING, persona, rng))
        if talk.failed_checks:
            return self._text(debtor.answer)  # as the question's example shows it
        fact = spoken_fact(debtor.answer, debtor.fact, rng)
        talkative = persona.temperament in (Temperament.SANGUINE, Temperament.MELANCHOLIC)
        if talkative and debtor.fact.value == "dob" and rng.random() < 0.2:
            return self._text(self.phrases.say(Move.IDENTITY_SENTENCE, persona, rng, dob=fact))
        return self._text(fact)

    def _reason(self, talk: Talk) -> Incoming:
        persona, rng = self.persona, self.rng
        if persona.conduct is Conduct.REFUSES:
            return self._text(self.phrases.say(Move.REFUSE, persona, rng))
        first = self._repeats == 0 and talk.state == "disclose"
        if first and persona.temperament is Temperament.PHLEGMATIC and rng.random() < 0.5:
            return self._text(self.phrases.say(Move.VAGUE, persona, rng))
        parts = [self.phrases.reason(persona, rng)]
        if persona.temperament is Temperament.MELANCHOLIC and rng.random() < 0.4:
            parts.append(self.phrases.say(Move.LOW_MOOD, persona, rng))
        if persona.temperament is Temperament.SANGUINE and rng.random() < 0.3:
            parts.append(self._capacity_words())
        return self._text(self._with_opener(parts))

    def _capacity(self, state: str) -> Incoming:
        persona, rng = self.persona, self.rng
        if persona.conduct is Conduct.REFUSES:
            return self._text(self.phrases.say(Move.REFUSE, persona, rng))
        if state == "ask_hardship":
            return self._text(self._with_opener([self.phrases.reason(persona, rng)]))
        vague = persona.temperament is Temperament.PHLEGMATIC and self._repeats == 0
        if vague and rng.random() < 0.4:
            return self._text(self.phrases.say(Move.VAGUE, persona, rng))
        savings = persona.situation.savings
        if savings and not self._offered_lump_sum:
            self._offered_lump_sum = True
            owed = self.debtor.account.balance.total.amount
            lump = spoken_amount(
                min(savings, owed), self.debtor.account.currency, persona.language, rng
            )
            return self._text(self.phrases.say(Move.LUMP_SUM, persona, rng, amount=lump))
        return self._text(self._with_opener([self._capacity_words()]))

    def _offering(self, handled: Handled, talk: Talk) -> Incoming | None:
        persona, rng = self.persona, self.rng
        plan = talk.open_offer
        if self._pending_counter:
            self._pending_counter = False
            return self._text(self._counter_words(self._threshold(talk)))
        if plan is None or persona.conduct is Conduct.REFUSES:
            return self._decline(handled)
        threshold = self._threshold(talk)
        if self._affordable(plan, threshold):
            haggle = persona.willingness < Decimal("0.3") and not self._countered
            if haggle and rng.random() < 0.5:
                self._countered += 1
                lower = (threshold * Decimal("0.7")).quantize(Decimal(1))
                if lower > 0:
                    return self._text(self._counter_words(lower))
            if self._repeats or rng.random() < 0.75:
                return self._button(handled, "accept") or self._agree()
            return self._agree()
        choleric = persona.temperament is Temperament.CHOLERIC
        if choleric and talk.history.refusals and rng.random() < 0.12:
            return self._text(self.phrases.say(Move.ABUSE, persona, rng))
        if len(talk.history.offers) > persona.patience:
            if rng.random() < 0.5:
                return None
            return self._text(self.phrases.say(Move.HUMAN, persona, rng))
        if self._countered < 2 and rng.random() < 0.35 + 0.5 * float(persona.willingness):
            self._countered += 1
            if rng.random() < 0.25:
                button = self._button(handled, "counter")
                if button is not None:
                    self._pending_counter = True
                    return button
            return self._text(self._counter_words(threshold))
        return self._decline(handled)

    def _confirming(self, handled: Handled, talk: Talk) -> Incoming:
        counter = talk.counter
        plan = counter.accepted if counter is not None and counter.accepted else talk.open_offer
        refuses = self.persona.conduct is Conduct.REFUSES
        if plan is not None and not refuses and self._affordable(plan, self._threshold(talk)):
            if self._repeats or self.rng.random() < 0.8:
                return self._button(handled, "confirm") or self._agree()
            return self._agree()
        return self._button(handled, "other_options") or self._decline(handled)

    # -- what it believes ----------------------------------------------------------------------

    def _threshold(self, talk: Talk) -> Decimal:
        """What it will pay a month: the truth, or its lie (an understater gives in after two
        refusals)."""
        persona = self.persona
        if persona.conduct is Conduct.OVERSTATES:
            return persona.stated_capacity
        if persona.conduct is Conduct.UNDERSTATES and talk.history.refusals < 2:
            return persona.stated_capacity
        return persona.situation.capacity

    def _affordable(self, plan: Plan, threshold: Decimal) -> bool:
        situation = self.persona.situation
        return not beyond_means(plan, threshold, situation.income_from, situation.savings)

    # -- saying --------------------------------------------------------------------------------

    def _capacity_words(self) -> str:
        persona, rng, account = self.persona, self.rng, self.debtor.account
        self.told_capacity = True
        amount = spoken_amount(persona.stated_capacity, account.currency, persona.language, rng)
        income_from = persona.situation.income_from
        if income_from is None:
            return self.phrases.say(Move.CAPACITY, persona, rng, amount=amount)
        day = spoken_date(income_from, self.today, persona.language, rng)
        return self.phrases.say(Move.CAPACITY_LATER, persona, rng, amount=amount, date=day)

    def _counter_words(self, monthly: Decimal) -> str:
        persona, rng, account = self.persona, self.rng, self.debtor.account
        if monthly == persona.stated_capacity:
            self.told_capacity = True
        amount = spoken_amount(monthly, account.currency, persona.language, rng)
        income_from = persona.situation.income_from
        if income_from is None:
            return self.phrases.say(Move.COUNTER, persona, rng, amount=amount)
        day = spoken_date(income_from, self.today, persona.language, rng)
        return self.phrases.say(Move.COUNTER_LATER, persona, rng, amount=amount, date=day)

    def _with_opener(self, parts: list[str]) -> str:
        """``parts`` as one message, after the temperament's opener now and then."""
        persona, rng = self.persona, self.rng
        chance = _OPENER_CHANCE.get(persona.temperament, 0.0)
        opener = self.phrases.opener(persona, rng) if rng.random() < chance else None
        if persona.language == "en":
            return " ".join([opener, *parts] if opener else parts)
        text = "，".join(part.rstrip("，,。") for part in parts)
        return f"{opener}{text}" if opener else text

    def _agree(self) -> Incoming:
        return self._text(self.phrases.say(Move.ACCEPT, self.persona, self.rng))

    def _decline(self, handled: Handled) -> Incoming:
        if self._repeats or self.rng.random() < 0.5:
            button = self._button(handled, "other_options")
            if button is not None:
                return button
        move = Move.REFUSE if self.persona.conduct is Conduct.REFUSES else Move.DECLINE
        return self._text(self.phrases.say(move, self.persona, self.rng))

    def _text(self, text: str) -> Incoming:
        return Incoming(CHANNEL, self.chat_id, EventKind.TEXT, text=text)

    def _command(self, name: str) -> Incoming:
        return Incoming(CHANNEL, self.chat_id, EventKind.COMMAND, name=name)

    def _button(self, handled: Handled, press: str) -> Incoming | None:
        """Press the button ``press`` under the bot's last replies, if it is there."""
        shown = {button.press for reply in handled.replies for button in reply.buttons}
        if press not in shown:
            return None
        return Incoming(
            CHANNEL,
            self.chat_id,
            EventKind.BUTTON,
            name=press,
            offer_round=len(handled.talk.history.offers),
        )


def _reached(stage: Stage, wanted: Stage) -> bool:
    return _ORDER.index(stage) >= _ORDER.index(wanted)
