"""Who the synthetic debtors are: temperament, situation, willingness and conduct.

A :class:`Persona` combines

* a :class:`Temperament`, the four of seed 002 (多血质 sanguine: talkative; 胆汁质 choleric:
  quick-tempered; 粘液质 phlegmatic: passive; 抑郁质 melancholic: low), which shapes how the
  debtor writes and how quickly it gives up or flares up;
* a :class:`Situation`: why it fell behind (one of the understanding's hardship reasons), what it
  can really pay each month (``Decimal`` in the account's currency) and when its income returns;
* a willingness to settle (how readily it counters rather than declines);
* a :class:`Conduct`: a cooperative debtor, or one of the hard cases a bot must survive
  (disputes, abuse, silence, refusing everything, lying about capacity, asking for a person,
  self-harm risk, a relative answering).

:func:`draw_persona` draws one from a seeded ``random.Random``; :mod:`.population` pairs it with
a synthetic account.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final, TypeVar

from negotiator.domain.policy import HardshipReason


class Temperament(StrEnum):
    """The four temperaments of seed 002, as they show in a chat."""

    SANGUINE = "sanguine"
    """Talkative and warm: greets, explains at length, thanks; agrees readily."""
    CHOLERIC = "choleric"
    """Quick-tempered and blunt: short messages, haggles, may flare up when refused."""
    PHLEGMATIC = "phlegmatic"
    """Passive: vague first answers, needs the follow-up question, may drift away."""
    MELANCHOLIC = "melancholic"
    """Low: apologetic, tired, tells of hardship; the one most at risk."""


class Conduct(StrEnum):
    """How the debtor behaves in the negotiation."""

    COOPERATIVE = "cooperative"
    """Tells the truth and takes the first plan it can afford (or counters with what it can)."""
    UNDERSTATES = "understates"
    """Lies: says it can pay less than it can, to get a softer plan."""
    OVERSTATES = "overstates"
    """Lies: promises more than it can pay, to be left alone."""
    REFUSES = "refuses"
    """Refuses everything."""
    DISPUTES = "disputes"
    """Says the debt is not theirs, or the amount is wrong."""
    ABUSIVE = "abusive"
    """Insults the bot."""
    SILENT = "silent"
    """Stops answering part-way."""
    WANTS_HUMAN = "wants_human"
    """Asks for a person."""
    SELF_HARM = "self_harm"
    """Says something that signals a risk of self-harm."""
    RELATIVE = "relative"
    """Someone else (a spouse, a child) answers the debtor's chat."""

    @property
    def truthful(self) -> bool:
        """Whether what it says about its capacity is true."""
        return self not in (Conduct.UNDERSTATES, Conduct.OVERSTATES)


class Stage(StrEnum):
    """Where in the conversation a persona does its particular thing."""

    VERIFY = "verify"
    REASON = "reason"
    CAPACITY = "capacity"
    OFFER = "offer"


CONDUCT_MIX: Final[dict[Conduct, int]] = {
    Conduct.COOPERATIVE: 50,
    Conduct.UNDERSTATES: 7,
    Conduct.OVERSTATES: 3,
    Conduct.REFUSES: 6,
    Conduct.DISPUTES: 5,
    Conduct.ABUSIVE: 5,
    Conduct.SILENT: 7,
    Conduct.WANTS_HUMAN: 6,
    Conduct.SELF_HARM: 4,
    Conduct.RELATIVE: 7,
}
"""How often each conduct occurs, in percent, before the temperament's leanings."""

LEANINGS: Final[dict[Temperament, dict[Conduct, int]]] = {
    Temperament.CHOLERIC: {Conduct.ABUSIVE: 200, Conduct.REFUSES: 150},
    Temperament.PHLEGMATIC: {Conduct.SILENT: 200},
    Temperament.MELANCHOLIC: {Conduct.SELF_HARM: 150},
    Temperament.SANGUINE: {Conduct.COOPERATIVE: 120},
}
"""Temperaments make some conducts likelier: the weight is multiplied by this percentage."""

REASON_MIX: Final[dict[HardshipReason, int]] = {
    HardshipReason.UNEMPLOYMENT: 20,
    HardshipReason.INCOME_REDUCED: 16,
    HardshipReason.SALARY_DELAYED: 7,
    HardshipReason.ILLNESS: 12,
    HardshipReason.BUSINESS_FAILURE: 8,
    HardshipReason.FAMILY_EMERGENCY: 8,
    HardshipReason.BEREAVEMENT: 4,
    HardshipReason.DIVORCE: 5,
    HardshipReason.FORGOT: 8,
    HardshipReason.OVER_INDEBTED: 12,
}
"""Why debtors fell behind, in percent (the reasons the phrasebook can tell)."""

K = TypeVar("K")

_INCOME_LATER: Final = frozenset(
    {HardshipReason.UNEMPLOYMENT, HardshipReason.SALARY_DELAYED, HardshipReason.ILLNESS}
)


@dataclass(frozen=True, slots=True)
class Situation:
    """What is really going on with the debtor.

    Attributes:
        reason: Why it fell behind.
        capacity: What it can really pay each month, in the account's currency.
        income_from: The first day it can pay anything (income returns); ``None`` for today.
        savings: What it could pay at once, from savings or family (zero for most debtors).
    """

    reason: HardshipReason
    capacity: Decimal
    income_from: date | None = None
    savings: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class Persona:
    """One synthetic debtor's character.

    Attributes:
        temperament: How it writes and reacts.
        conduct: What it does in the negotiation.
        language: What it writes (``en``, ``zh_Hans``, ``zh_Hant``).
        situation: Its real situation.
        stated_capacity: What it says it can pay a month (the truth unless it lies).
        willingness: 0 to 1: how readily it counters rather than declines.
        stage: Where it does its particular thing (a dispute, abuse, silence...).
        patience: Offers it will look at before it gives up.
    """

    temperament: Temperament
    conduct: Conduct
    language: str
    situation: Situation
    stated_capacity: Decimal
    willingness: Decimal
    stage: Stage
    patience: int

    @property
    def label(self) -> str:
        """``cooperative/sanguine``: the persona's name in reports."""
        return f"{self.conduct.value}/{self.temperament.value}"


def weighted_choice(rng: random.Random, weights: Mapping[K, int]) -> K:
    """One key of ``weights``, drawn in proportion to its (whole) weight, in the dict's order."""
    point = rng.randrange(sum(weights.values()))
    for key, weight in weights.items():
        point -= weight
        if point < 0:
            return key
    raise AssertionError("unreachable: the point lies below the total weight")


def draw_persona(
    rng: random.Random,
    *,
    language: str,
    capacity: Decimal,
    savings: Decimal,
    today: date,
    round_to: Decimal,
) -> Persona:
    """A persona writing ``language`` who can really pay ``capacity`` a month.

    Args:
        rng: The debtor's own random source.
        language: What it writes.
        capacity: Its real monthly capacity (see :mod:`.population`).
        savings: What it could pay at once.
        today: The simulated day (for when income returns).
        round_to: The step people round amounts to in the account's currency.
    """
    temperament = rng.choice(tuple(Temperament))
    weights = {
        conduct: weight * LEANINGS.get(temperament, {}).get(conduct, 100)
        for conduct, weight in CONDUCT_MIX.items()
    }
    conduct = weighted_choice(rng, weights)
    reason = weighted_choice(rng, REASON_MIX)
    income_from = None
    if reason in _INCOME_LATER and rng.random() < 0.35:
        income_from = date.fromordinal(today.toordinal() + rng.randint(10, 55))
    stated = capacity
    if conduct is Conduct.UNDERSTATES:
        stated = _round_down(capacity * Decimal(rng.randint(40, 70)) / 100, round_to)
    elif conduct is Conduct.OVERSTATES:
        stated = _round_down(capacity * Decimal(rng.randint(150, 250)) / 100, round_to)
    willingness = Decimal(rng.randint(0, 100)) / 100
    if conduct is Conduct.REFUSES:
        willingness = Decimal(0)
    elif conduct is Conduct.COOPERATIVE:
        willingness = Decimal(rng.randint(40, 100)) / 100
    stage = _stage(rng, conduct)
    patience = rng.randint(2, 3) if temperament is Temperament.CHOLERIC else rng.randint(3, 6)
    return Persona(
        temperament=temperament,
        conduct=conduct,
        language=language,
        situation=Situation(reason, capacity, income_from, savings),
        stated_capacity=max(stated, round_to),
        willingness=willingness,
        stage=stage,
        patience=patience,
    )


_STAGES: Final[dict[Conduct, dict[Stage, int]]] = {
    Conduct.DISPUTES: {Stage.REASON: 70, Stage.OFFER: 30},
    Conduct.ABUSIVE: {Stage.REASON: 40, Stage.OFFER: 60},
    Conduct.SILENT: {Stage.VERIFY: 25, Stage.REASON: 25, Stage.CAPACITY: 25, Stage.OFFER: 25},
    Conduct.WANTS_HUMAN: {Stage.VERIFY: 20, Stage.REASON: 30, Stage.CAPACITY: 20, Stage.OFFER: 30},
    Conduct.SELF_HARM: {Stage.REASON: 60, Stage.CAPACITY: 20, Stage.OFFER: 20},
}


def _stage(rng: random.Random, conduct: Conduct) -> Stage:
    stages = _STAGES.get(conduct)
    return Stage.REASON if stages is None else weighted_choice(rng, stages)


def _round_down(amount: Decimal, step: Decimal) -> Decimal:
    """``amount`` rounded down to a multiple of ``step`` (people name round figures)."""
    return (amount // step) * step
