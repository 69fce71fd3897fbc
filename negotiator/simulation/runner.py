"""Running synthetic debtors through the pipeline, one conversation each, and what became of them.

:func:`converse` plays one debtor's chat to its end (an agreement, a handover, an opt-out, the
debtor falling silent, or :data:`MAX_EVENTS`) and returns a :class:`DebtorOutcome`, every figure
of which comes from the talk the engine keeps: the plans it put on the table, the agreement, the
escalation, plus the verdict of every bot message.

:func:`run` plays a whole population, in worker processes when there are several cores. Each
debtor is drawn and played from its own seed, so the outcomes are the same whatever the number of
workers, and come back in debtor order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final

from negotiator.dialog.memory import Talk
from negotiator.domain.plan_terms import PlanKind
from negotiator.domain.plans import Plan
from negotiator.domain.policy import Policy
from negotiator.services.conversation import Handled, Incoming
from negotiator.simulation.debtor import DebtorMind
from negotiator.simulation.means import beyond_means
from negotiator.simulation.personas import Conduct
from negotiator.simulation.phrasebook import Phrasebook
from negotiator.simulation.pipeline import OfflinePipeline
from negotiator.simulation.population import SyntheticDebtor, debtor_random, draw_debtor

MAX_EVENTS: Final = 30
"""Events one debtor may send before the conversation counts as stalled."""

DETAIL_SOURCES: Final = frozenset(
    {"render:balance", "render:plan", "render:schedule", "render:counter_answer", "disclose.thanks"}
)
"""Replies that state the debt; none may reach someone who is not the verified debtor."""


class Outcome(StrEnum):
    """How a simulated conversation ended."""

    AGREED = "agreed"
    """The debtor agreed to a plan."""
    HANDED_OVER = "handed_over"
    """The bot handed the chat to a person (a case was opened)."""
    OPTED_OUT = "opted_out"
    """The debtor asked for no more contact."""
    THIRD_PARTY = "third_party"
    """Someone else answered; they were asked to pass a message on."""
    ABANDONED = "abandoned"
    """The debtor stopped answering (silence, or giving up on being understood)."""
    STALLED = "stalled"
    """Still going after :data:`MAX_EVENTS` events."""


@dataclass(frozen=True, slots=True)
class DebtorOutcome:
    """What became of one synthetic debtor (amounts in the account's currency).

    Attributes:
        index: The debtor's position in the run.
        reference: Its account.
        portfolio: Its portfolio.
        currency: The account's currency.
        language: What it wrote.
        temperament: Its temperament.
        conduct: Its conduct.
        reason: Why it fell behind.
        balance: What it owed.
        capacity: What it could really pay a month.
        stated_capacity: What it said it could pay a month.
        income_from: When its income returned, if later than the simulated day.
        outcome: How the conversation ended.
        escalation: Why it went to a person, if it did.
        plan_kind: The kind of plan agreed, if any.
        settlement: The agreed plan is a discounted payment in full.
        payments: The agreed schedule: due date and amount of each payment.
        rounds: Plans put to the debtor (offers, and its own counter-offer accepted).
        messages: Events the debtor sent after ``/start``.
        offers_checked: Plans put to it after it said what it could pay.
        offers_beyond_means: Of those, plans beyond its real means (``means.beyond_means``).
        offers_beyond_heard: Of those, plans made while the bot had on record exactly what the
            debtor said it could pay (and from when): the engine's own doing, not a misreading.
        bot_messages: Messages the bot wrote (allowed or blocked).
        blocked: Bot messages the compliance filter blocked.
        blocked_rules: The rules that blocked them.
        said_self_harm: It said something that signals a risk of self-harm.
        self_harm_recognised: The bot escalated for self-harm risk.
        details_to_others: Replies stating the debt that reached someone who said they are not
            the debtor.
        final_state: The script state the conversation ended in.
    """

    index: int
    reference: str
    portfolio: str
    currency: str
    language: str
    temperament: str
    conduct: str
    reason: str
    balance: Decimal
    capacity: Decimal
    stated_capacity: Decimal
    income_from: date | None
    outcome: Outcome
    escalation: str | None
    plan_kind: str | None
    settlement: bool
    payments: tuple[tuple[date, Decimal], ...]
    rounds: int
    messages: int
    offers_checked: int
    offers_beyond_means: int
    offers_beyond_heard: int
    bot_messages: int
    blocked: int
    blocked_rules: tuple[str, ...]
    said_self_harm: bool
    self_harm_recognised: bool
    details_to_others: int
    final_state: str

    @property
    def agreed_total(self) -> Decimal:
        """What the agreed plan collects (zero without an agreement)."""
        return sum((amount for _, amount in self.payments), Decimal(0))

    @property
    def truthful(self) -> bool:
        """Whether the debtor told the truth about its capacity."""
        return Conduct(self.conduct).truthful


@dataclass
class _Tally:
    """What one conversation has shown so far."""

    plans: list[Plan] = field(default_factory=list)
    checked: int = 0
    beyond: int = 0
    beyond_heard: int = 0
    bot_messages: int = 0
    blocked: int = 0
    rules: list[str] = field(default_factory=list)
    details_to_others: int = 0

    def observe(self, handled: Handled, mind: DebtorMind) -> None:
        talk, situation = handled.talk, mind.persona.situation
        self.bot_messages += len(handled.replies) + len(handled.blocked)
        self.blocked += len(handled.blocked)
        for checked in handled.blocked:
            self.rules.extend(checked.verdict.rule_ids)
        if talk.third_party or mind.persona.conduct is Conduct.RELATIVE:
            self.details_to_others += sum(1 for r in handled.replies if r.source in DETAIL_SOURCES)
        for plan in _plans_on_table(talk):
            if plan in self.plans:
                continue
            self.plans.append(plan)
            if mind.told_capacity:
                self.checked += 1
                capacity, since = situation.capacity, situation.income_from
                if beyond_means(plan, capacity, since, situation.savings):
                    self.beyond += 1
                    self.beyond_heard += _heard(talk, mind)


def _heard(talk: Talk, mind: DebtorMind) -> bool:
    """Whether the talk holds exactly the capacity (and start) the debtor said."""
    persona = mind.persona
    return (
        talk.capacity == persona.stated_capacity and talk.earliest == persona.situation.income_from
    )


def _plans_on_table(talk: Talk) -> list[Plan]:
    plans = list(talk.history.offers)
    if talk.counter is not None and talk.counter.accepted is not None:
        plans.append(talk.counter.accepted)
    if talk.agreed is not None:
        plans.append(talk.agreed)
    return plans


Listener = Callable[[Incoming, Handled], None]
"""Sees each event of a conversation and what handling it produced (``simulate --show``)."""


def converse(
    pipeline: OfflinePipeline,
    phrases: Phrasebook,
    debtor: SyntheticDebtor,
    listener: Listener | None = None,
) -> DebtorOutcome:
    """Play ``debtor``'s conversation to its end (module docstring), showing each event to
    ``listener`` if there is one."""
    account = debtor.account
    chat = pipeline.open_chat(debtor.index + 1, account, debtor.fact, debtor.answer)
    rng = debtor_random(debtor.seed, debtor.index, "words")
    mind = DebtorMind(debtor, phrases, rng, debtor.index + 1, account.local_date(pipeline.now))
    tally = _Tally()
    incoming: Incoming | None = mind.opening()
    events = 0
    handled: Handled | None = None
    while incoming is not None and events < MAX_EVENTS:
        handled = pipeline.handle(chat, incoming)
        events += 1
        if listener is not None:
            listener(incoming, handled)
        tally.observe(handled, mind)
        incoming = mind.answer(handled)
    assert handled is not None
    return _outcome(debtor, mind, tally, handled.talk, stalled=incoming is not None)


def _outcome(
    debtor: SyntheticDebtor, mind: DebtorMind, tally: _Tally, talk: Talk, *, stalled: bool
) -> DebtorOutcome:
    persona, account = debtor.persona, debtor.account
    agreed = talk.agreed
    if agreed is not None:
        outcome = Outcome.AGREED
    elif talk.escalated is not None:
        outcome = Outcome.HANDED_OVER
    elif talk.opted_out:
        outcome = Outcome.OPTED_OUT
    elif talk.third_party:
        outcome = Outcome.THIRD_PARTY
    else:
        outcome = Outcome.STALLED if stalled else Outcome.ABANDONED
    return DebtorOutcome(
        index=debtor.index,
        reference=account.reference,
        portfolio=account.portfolio,
        currency=account.currency,
        language=persona.language,
        temperament=persona.temperament.value,
        conduct=persona.conduct.value,
        reason=persona.situation.reason.value,
        balance=account.balance.total.amount,
        capacity=persona.situation.capacity,
        stated_capacity=persona.stated_capacity,
        income_from=persona.situation.income_from,
        outcome=outcome,
        escalation=talk.escalated,
        plan_kind=None if agreed is None else agreed.kind.value,
        settlement=agreed is not None
        and agreed.kind is PlanKind.PAY_IN_FULL
        and agreed.terms.discount > 0,
        payments=()
        if agreed is None
        else tuple((payment.due, payment.amount.amount) for payment in agreed.schedule),
        rounds=len(tally.plans),
        messages=mind.messages,
        offers_checked=tally.checked,
        offers_beyond_means=tally.beyond,
        offers_beyond_heard=tally.beyond_heard,
        bot_messages=tally.bot_messages,
        blocked=tally.blocked,
        blocked_rules=tuple(tally.rules),
        said_self_harm=mind.said_self_harm,
        self_harm_recognised=talk.escalated == "self_harm_risk",
        details_to_others=tally.details_to_others,
        final_state=talk.state,
    )


# -- a whole population ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cast:
    """Who plays and where: the population and the pipelines it meets.

    Attributes:
        population_policy: The policy whose portfolios the accounts are drawn from.
        pipelines: One pipeline per policy compared (one for a plain run).
        phrases: What debtors say.
        seed: The run's seed.
        language: Make every debtor write this language; ``None`` for the mix.
    """

    population_policy: Policy
    pipelines: tuple[OfflinePipeline, ...]
    phrases: Phrasebook
    seed: int
    language: str | None = None

    def play(self, index: int) -> tuple[DebtorOutcome, ...]:
        """Debtor ``index``'s outcome under each pipeline."""
        now = self.pipelines[0].now
        debtor = draw_debtor(self.population_policy, index, self.seed, now, self.language)
        return tuple(converse(pipeline, self.phrases, debtor) for pipeline in self.pipelines)


_CAST: Cast | None = None  # what forked workers play (inherited, never pickled)

SLICE: Final = 50
"""Debtors a worker plays per task."""


def _play_slice(bounds: tuple[int, int]) -> list[tuple[DebtorOutcome, ...]]:
    assert _CAST is not None, "workers are forked after the cast is set"
    return [_CAST.play(index) for index in range(*bounds)]


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(cast: Cast, debtors: int, workers: int = 1) -> Iterator[tuple[DebtorOutcome, ...]]:
    """Play ``debtors`` debtors; yields each debtor's outcomes (one per pipeline), in order.

    With more than one worker (and where processes can be forked) the debtors are played in
    worker processes that inherit the loaded pipelines; the outcomes do not depend on it.
    """
    global _CAST
    slices = [(start, min(start + SLICE, debtors)) for start in range(0, debtors, SLICE)]
    if workers <= 1 or len(slices) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for index in range(debtors):
            yield cast.play(index)
        return
    _CAST = cast
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for played in pool.imap(_play_slice, slices):
                yield from played
    finally:
        _CAST = None


def outcomes_of(played: Sequence[tuple[DebtorOutcome, ...]], which: int) -> list[DebtorOutcome]:
    """The outcomes under pipeline ``which`` (0 for a plain run)."""
    return [pair[which] for pair in played]
