"""The guards and actions a script can name, implemented over one :class:`Step`.

Each guard is a question about the conversation; each action changes the talk and may record
an effect. Both see only values: the talk, the event, and the :class:`~.decisions.World` the
service gathered. The offer engine (:mod:`negotiator.domain`) does the arithmetic; nothing here
can put a plan on the table that it did not produce and check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import Final

from negotiator.dialog.decisions import (
    AgreementReached,
    Effect,
    Escalated,
    IdentityChecked,
    Inbound,
    LanguageChanged,
    Linked,
    MissedMoved,
    OfferMade,
    OptedOut,
    Priority,
    World,
)
from negotiator.dialog.memory import CounterAnswer, ProposalStatus, Talk
from negotiator.dialog.script import Prompt
from negotiator.domain.affordability import DebtorSituation, is_affordable
from negotiator.domain.calendar import PAYMENTS_PER_YEAR
from negotiator.domain.concessions import (
    Concession,
    EscalateAfterRounds,
    NegotiationHistory,
    next_offer,
)
from negotiator.domain.counter_offers import Accepted, CounterOffer, evaluate_counter_offer
from negotiator.domain.money import Money
from negotiator.domain.offer_report import breach_to_dict
from negotiator.domain.offers import Unaffordable
from negotiator.domain.plan_check import check_plan
from negotiator.domain.plans import Plan
from negotiator.domain.policy import Frequency, HardshipReason
from negotiator.nlu.interpretation import AmountMention, Interpretation, Period

DISTRESS_REASONS: Final = frozenset(
    {
        HardshipReason.ILLNESS,
        HardshipReason.BEREAVEMENT,
        HardshipReason.FAMILY_EMERGENCY,
        HardshipReason.DISASTER,
        HardshipReason.UNEMPLOYMENT,
        HardshipReason.DIVORCE,
    }
)
"""Reasons after which the bot says a word of sympathy before going on."""

PRIORITIES: Final = {
    "self_harm_risk": Priority.URGENT,
    "vulnerability": Priority.HIGH,
    "fraud": Priority.HIGH,
    "dispute": Priority.HIGH,
    "legal_representation": Priority.HIGH,
    "bankruptcy": Priority.HIGH,
}
"""Escalation reasons that jump the queue; the rest are ``NORMAL``."""

_LANGUAGE_BUTTONS: Final = {"lang_en": "en", "lang_zh_Hans": "zh_Hans", "lang_zh_Hant": "zh_Hant"}


@dataclass
class Step:
    """One event being handled: the talk as it changes, and what was said and done.

    Attributes:
        talk: The conversation, updated by each action.
        event: The event handled.
        world: What the service gathered for this step.
        said: Prompts collected so far.
        effects: Effects collected so far.
    """

    talk: Talk
    event: Inbound
    world: World
    said: list[Prompt] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)

    @property
    def understood(self) -> Interpretation | None:
        """The NLU's reading of the event's text, if any."""
        return self.event.interpretation

    def situation(self) -> DebtorSituation:
        """What the debtor told us, as the offer engine takes it."""
        portfolio = self.world.portfolio
        capacity = self.talk.capacity
        monthly = None
        if capacity is not None and portfolio is not None:
            monthly = Money.of(capacity, portfolio.currency)
        return DebtorSituation(
            monthly_capacity=monthly,
            reason=self.talk.reason,
            earliest_pay_date=self.talk.earliest,
            previous_deferrals=self.world.previous_deferrals,
        )

    def offer(self, plan: Plan) -> None:
        """Put ``plan`` on the table (the previous offer must have been refused)."""
        self.talk = self.talk.but(
            history=self.talk.history.offered(plan), proposal=ProposalStatus.OFFERED
        )
        self.effects.append(OfferMade(plan, self.talk.history.refusals))


# -- guards ------------------------------------------------------------------------------------


def _linked(step: Step) -> bool:
    """Also ``reference_found``: a typed reference that names an account links it."""
    return step.talk.reference is not None


def _verified(step: Step) -> bool:
    return step.talk.verified


def _identity_answer(step: Step) -> bool:
    """The message gives a fact of the asked kind (without a fact on file, anything counts)."""
    check = step.world.check_identity
    return check is None or check(step.event.text) is not None


def _attempts_left(step: Step) -> bool:
    return step.talk.failed_checks < step.world.max_identity_attempts


def _confident(step: Step) -> bool:
    understood = step.understood
    return understood is not None and understood.confidence >= step.world.confident_at


def _has_reason(step: Step) -> bool:
    return step.talk.reason is not None


def _has_capacity(step: Step) -> bool:
    return step.talk.capacity is not None


def _follow_up_left(step: Step) -> bool:
    return step.talk.state not in step.talk.follow_ups


def _specific_offer(step: Step) -> bool:
    offer = _counter_offer(step)
    return offer is not None and (offer.pay_date is not None or offer.lump_sum_now is not None)


def _has_offers(step: Step) -> bool:
    return step.talk.proposal is ProposalStatus.OFFERED and step.talk.open_offer is not None


def _hardship_possible(step: Step) -> bool:
    return step.talk.proposal is ProposalStatus.HARDSHIP_POSSIBLE


def _rounds_left(step: Step) -> bool:
    portfolio = step.world.portfolio
    return portfolio is not None and step.talk.history.refusals < portfolio.negotiation.max_rounds


def _counter_accepted(step: Step) -> bool:
    counter = step.talk.counter
    return counter is not None and counter.accepted is not None


def _has_nearest(step: Step) -> bool:
    counter = step.talk.counter
    return counter is not None and counter.nearest is not None


def _agreed(step: Step) -> bool:
    return step.talk.agreed is not None


def _has_agreement(step: Step) -> bool:
    return step.world.has_agreement or step.talk.agreed is not None


def _can_move_missed(step: Step) -> bool:
    return step.world.can_move_missed


def _over_thresholds(step: Step) -> bool:
    """A verified debtor whose balance or arrears exceed what the creditor lets the bot handle."""
    account, portfolio = step.world.account, step.world.portfolio
    if not step.talk.verified or account is None or portfolio is None:
        return False
    limits = portfolio.escalation
    if limits.balance_above is not None and account.balance.total.amount > limits.balance_above:
        return True
    return (
        limits.days_past_due_above is not None
        and account.days_past_due(step.world.today) > limits.days_past_due_above
    )


def _distressed(step: Step) -> bool:
    understood = step.understood
    reason = understood.reason if understood is not None else step.talk.reason
    return reason in DISTRESS_REASONS


GUARDS: Final[dict[str, Callable[[Step], bool]]] = {
    "linked": _linked,
    "reference_found": _linked,
    "verified": _verified,
    "attempts_left": _attempts_left,
    "identity_answer": _identity_answer,
    "confident": _confident,
    "has_reason": _has_reason,
    "has_capacity": _has_capacity,
    "follow_up_left": _follow_up_left,
    "specific_offer": _specific_offer,
    "has_offers": _has_offers,
    "hardship_possible": _hardship_possible,
    "rounds_left": _rounds_left,
    "counter_accepted": _counter_accepted,
    "has_nearest": _has_nearest,
    "has_agreement": _has_agreement,
    "can_move_missed": _can_move_missed,
    "agreed": _agreed,
    "distressed": _distressed,
    "agent_holding": lambda step: step.world.agent_holding,
    "over_thresholds": _over_thresholds,
    "repeatedly_unclear": lambda step: step.talk.unclear >= step.world.max_unclear,
    "third_party": lambda step: step.talk.third_party,
}
"""Every guard of the vocabulary, by name."""


# -- actions -----------------------------------------------------------------------------------


def _remember_reference(step: Step, _: str | None) -> None:
    account = step.world.account
    if account is not None and step.talk.reference is None:
        step.talk = step.talk.but(reference=account.reference)
        step.effects.append(Linked(account.reference))


def _check_identity(step: Step, _: str | None) -> None:
    check = step.world.check_identity
    passed = check is not None and check(step.event.text) is True
    failed = step.talk.failed_checks + (0 if passed else 1)
    step.talk = step.talk.but(verified=passed, failed_checks=failed)
    step.effects.append(IdentityChecked(passed, failed))


def _record_reason(step: Step, _: str | None) -> None:
    understood = step.understood
    if understood is not None and understood.reason is not None:
        step.talk = step.talk.but(reason=understood.reason)


def _monthly(amount: Decimal, per: Period, instalments: Frequency) -> Decimal | None:
    """``amount`` a month, or ``None`` for a sum once; an instalment (``每期1800``) falls due as
    often as ``instalments``, the plan on the table's frequency."""
    if per is Period.INSTALMENT:
        if instalments is Frequency.MONTHLY:
            return amount
        per_year = Decimal(PAYMENTS_PER_YEAR[instalments])
        return (amount * per_year / 12).quantize(Decimal("0.01"), rounding=ROUND_CEILING)
    if per is Period.MONTH:
        return amount
    if per is Period.WEEK:
        return (amount * 52 / 12).quantize(Decimal("0.01"), rounding=ROUND_CEILING)
    return None


def _usable(mention: AmountMention | None, currency: str) -> AmountMention | None:
    """``mention`` when it is positive and in the account's ``currency`` (or names none)."""
    if mention is None or mention.amount <= 0 or mention.currency not in (None, currency):
        return None
    return mention


def _monthly_money(
    mention: AmountMention, currency: str, instalments: Frequency = Frequency.MONTHLY
) -> Money | None:
    """``mention`` a month (a weekly figure or an instalment of ``instalments`` converted),
    ``None`` if it is a sum once."""
    per_month = _monthly(mention.amount, mention.per, instalments)
    return None if per_month is None else Money.of(per_month, currency)


def _record_capacity(step: Step, _: str | None) -> None:
    understood = step.understood
    if understood is None:
        return
    talk = step.talk
    portfolio = step.world.portfolio
    # the rate a month is what they can pay ("put down 300, then 100 a month": 100)
    rate = _usable(understood.rate, portfolio.currency) if portfolio is not None else None
    if rate is not None and portfolio is not None:
        monthly = _monthly_money(rate, portfolio.currency, _instalments(step))
        if monthly is not None:
            talk = talk.but(capacity=monthly.amount)
    day = understood.date
    if day is not None:
        if day.date is not None and day.date >= step.world.today:
            talk = talk.but(earliest=day.date)
        elif day.date is None and day.relative_to_payday:
            talk = talk.but(after_payday=True)
    step.talk = talk


def _count_follow_up(step: Step, _: str | None) -> None:
    step.talk = step.talk.but(follow_ups=step.talk.follow_ups | {step.talk.state})


def _ladder(step: Step) -> None:
    account, portfolio = step.world.account, step.world.portfolio
    if account is None or portfolio is None:
        step.talk = step.talk.but(proposal=ProposalStatus.UNAFFORDABLE)
        return
    outcome = next_offer(step.talk.history, account, portfolio, step.situation(), step.world.today)
    if isinstance(outcome, Concession):
        if outcome.plan is not step.talk.open_offer:
            step.offer(outcome.plan)
        else:
            step.talk = step.talk.but(proposal=ProposalStatus.OFFERED)
    elif isinstance(outcome, EscalateAfterRounds):
        step.talk = step.talk.but(proposal=ProposalStatus.EXHAUSTED)
    else:
        status = (
            ProposalStatus.HARDSHIP_POSSIBLE
            if outcome.hardship_available and step.talk.reason is None
            else ProposalStatus.UNAFFORDABLE
        )
        step.talk = step.talk.but(proposal=status, gap=_gap(outcome))


def _gap(outcome: Unaffordable) -> Decimal:
    return outcome.gap.amount


def _propose(step: Step, _: str | None) -> None:
    """The opening offer; a debtor who has told us more since gets a fresh proposal."""
    if step.talk.open_offer is not None and step.talk.history.refusals == 0:
        # New facts (a capacity, a reason) before any refusal: start the ladder again.
        step.talk = step.talk.but(history=NegotiationHistory())
    _ladder(step)


def _concede(step: Step, _: str | None) -> None:
    if step.talk.open_offer is not None:
        step.talk = step.talk.but(history=step.talk.history.refused())
    _ladder(step)


def _counter_offer(step: Step) -> CounterOffer | None:
    understood, portfolio = step.understood, step.world.portfolio
    if understood is None or portfolio is None:
        return None
    return counter_offer_of(
        understood, portfolio.currency, step.world.today, instalments=_instalments(step)
    )


def _instalments(step: Step) -> Frequency:
    """How often the plan on the table falls due (monthly when none is): what "每期" means."""
    plan = step.talk.open_offer
    return plan.frequency if plan is not None else Frequency.MONTHLY


def counter_offer_of(
    understood: Interpretation,
    currency: str,
    today: date,
    *,
    instalments: Frequency = Frequency.MONTHLY,
) -> CounterOffer | None:
    """The terms a message proposes in the account's currency: an amount a month (a weekly one,
    or an instalment of ``instalments``, converted), a lump sum (paid first when a rate follows
    it), a day to pay; ``None`` if it proposes none.

    The debtor's counter-offers and the plan an agent records for them are read alike.
    """
    monthly = lump = None
    mention = _usable(understood.amount, currency)
    if mention is not None:
        monthly = _monthly_money(mention, currency, instalments)
        lump = Money.of(mention.amount, currency) if monthly is None else None
    rate = _usable(understood.then, currency)
    if rate is not None and lump is not None:
        # "put down 300, then 100 a month": 300 now and instalments of 100
        monthly = _monthly_money(rate, currency, instalments)
    day = understood.date.date if understood.date is not None else None
    if day is not None and day < today:
        day = None
    if monthly is None and lump is None and day is None:
        return None
    return CounterOffer(monthly_amount=monthly, lump_sum_now=lump, pay_date=day)


def _evaluate_counter(step: Step, _: str | None) -> None:
    offer = _counter_offer(step)
    account, portfolio = step.world.account, step.world.portfolio
    if offer is None or account is None or portfolio is None:
        step.talk = step.talk.but(counter=CounterAnswer())
        return
    outcome = evaluate_counter_offer(offer, account, portfolio, step.situation(), step.world.today)
    if isinstance(outcome, Accepted):
        answer = CounterAnswer(accepted=outcome.plan)
    else:
        breaches = tuple(breach_to_dict(breach) for breach in outcome.breaches)
        nearest = outcome.nearest
        if nearest is not None and not is_affordable(nearest, step.situation()):
            nearest = None  # never put a plan on the table the debtor said they cannot pay
        answer = CounterAnswer(nearest=nearest, breaches=breaches)
    step.talk = step.talk.but(counter=answer)


def _offer_nearest(step: Step, _: str | None) -> None:
    counter = step.talk.counter
    if counter is None or counter.nearest is None:
        return
    if step.talk.open_offer is not None:
        step.talk = step.talk.but(history=step.talk.history.refused())
    step.offer(counter.nearest)


def _accept_offer(step: Step, _: str | None) -> None:
    """Record the agreement, once, to a plan that is still inside the limits today."""
    if step.talk.agreed is not None:
        return  # a second "I agree" creates nothing
    counter = step.talk.counter
    plan = counter.accepted if counter is not None and counter.accepted else step.talk.open_offer
    account, portfolio = step.world.account, step.world.portfolio
    if plan is None or account is None or portfolio is None:
        return
    if check_plan(
        plan, account, portfolio, plan.offered_on, previous_deferrals=step.world.previous_deferrals
    ):
        # The creditor's limits changed since the offer: never agree to a plan outside them;
        # the script offers again from scratch.
        step.talk = step.talk.but(history=NegotiationHistory(), counter=None)
        return
    step.talk = step.talk.but(agreed=plan, counter=None)
    step.effects.append(AgreementReached(plan))


def _opt_out(step: Step, _: str | None) -> None:
    step.talk = step.talk.but(opted_out=True)
    step.effects.append(OptedOut())


def _escalate(step: Step, reason: str | None) -> None:
    assert reason is not None  # the loader requires the argument
    if step.talk.escalated is None:
        step.talk = step.talk.but(escalated=reason)
        step.effects.append(Escalated(reason, PRIORITIES.get(reason, Priority.NORMAL)))


def _back_from_person(step: Step, _: str | None) -> None:
    step.talk = step.talk.but(escalated=None, unclear=0)


def _mark_third_party(step: Step, _: str | None) -> None:
    step.talk = step.talk.but(third_party=True)


def _set_language(step: Step, _: str | None) -> None:
    language = _LANGUAGE_BUTTONS.get(step.event.name or "")
    if language is not None and language != step.talk.language:
        step.talk = step.talk.but(language=language)
        step.effects.append(LanguageChanged(language))


def _move_missed_to_end(step: Step, _: str | None) -> None:
    step.effects.append(MissedMoved())


ACTIONS: Final[dict[str, Callable[[Step, str | None], None]]] = {
    "remember_reference": _remember_reference,
    "check_identity": _check_identity,
    "record_reason": _record_reason,
    "record_capacity": _record_capacity,
    "count_follow_up": _count_follow_up,
    "propose": _propose,
    "concede": _concede,
    "evaluate_counter": _evaluate_counter,
    "offer_nearest": _offer_nearest,
    "accept_offer": _accept_offer,
    "opt_out": _opt_out,
    "escalate": _escalate,
    "set_language": _set_language,
    "move_missed_to_end": _move_missed_to_end,
    "mark_third_party": _mark_third_party,
    "back_from_person": _back_from_person,
}
"""Every action of the vocabulary, by name."""
