"""What one debtor message means: the :class:`Interpretation` value and its parts.

The interpreter never decides what to *do*; it reports what it understood, and why (the
:class:`Cue` of every lexicon entry that matched), so the dialog engine and the compliance filter
can act on it and an auditor can see the reason.

Labelling rules (the corpus under ``tests/nlu_corpus/`` follows them, and so should new lexicon
entries):

* ``intent`` is the one signal that matters most, chosen by :data:`INTENT_PRIORITY`: the intents
  that protect people first, then hostility, then the negotiation moves.
* ``signals`` keeps every intent detected, so a hardship reason next to a counter-offer, or an
  opt-out next to a dispute, is never lost.
* A hardship ``reason`` is set only when the message gives a cause; "I have no money" is
  hardship with no reason, a cause outside the list is ``other``.
* ``amount`` is the figure the debtor proposes, promises or says they paid; without such a cue,
  the first figure mentioned. A first payment followed by a rate ("put down $300, then $100 a
  month", 先还5000，剩下的每月1000) is the ``amount``, and the rate is ``then``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from negotiator.domain.policy import HardshipReason


class Intent(StrEnum):
    """What the debtor wants to do or say with a message."""

    AGREE = "agree"
    """Accepts what is on the table ("ok", "deal", "好的", "可以")."""
    DECLINE = "decline"
    """Refuses the proposal or to pay, without a figure of their own ("no", "不行", "太多了")."""
    COUNTER_OFFER = "counter_offer"
    """Proposes another amount or schedule ("$200 a month?", "能不能分期")."""
    PROMISE_TO_PAY = "promise_to_pay"
    """Commits to pay, usually with a date ("I'll pay Friday", "发工资就还")."""
    ASK_BALANCE = "ask_balance"
    """Asks how much is owed."""
    ASK_QUESTION = "ask_question"
    """Any other question (how to pay, who is writing, what happens if ...)."""
    HARDSHIP = "hardship"
    """Explains being unable to pay; the cause, if given, is the hardship reason."""
    REQUEST_HUMAN = "request_human"
    """Wants a person, an agent, a supervisor, or to complain to one."""
    DISPUTE_NOT_MINE = "dispute_not_mine"
    """Says the debt is not theirs (wrong person, never borrowed)."""
    DISPUTE_AMOUNT = "dispute_amount"
    """Says the balance, interest or fees are wrong or unfair."""
    ALREADY_PAID = "already_paid"
    """Says the money was paid already."""
    FRAUD_IDENTITY_THEFT = "fraud_identity_theft"
    """Says someone else used their identity, card or account."""
    OPT_OUT = "opt_out"
    """Asks to stop being contacted."""
    LEGAL_REPRESENTATION = "legal_representation"
    """Has a lawyer, or wants contact to go through one."""
    BANKRUPTCY = "bankruptcy"
    """Is in (or filing for) bankruptcy or a statutory debt-relief procedure."""
    ABUSE = "abuse"
    """Insults, profanity at the agent, or threats by the debtor."""
    SELF_HARM_RISK = "self_harm_risk"
    """Any sign the debtor (or someone they report on) may harm themselves."""
    GREETING = "greeting"
    """Hello."""
    THANKS = "thanks"
    """Thank you."""
    UNKNOWN = "unknown"
    """Nothing recognisable."""


SAFETY_INTENTS: Final[frozenset[Intent]] = frozenset(
    {
        Intent.SELF_HARM_RISK,
        Intent.OPT_OUT,
        Intent.REQUEST_HUMAN,
        Intent.DISPUTE_NOT_MINE,
        Intent.DISPUTE_AMOUNT,
        Intent.LEGAL_REPRESENTATION,
        Intent.FRAUD_IDENTITY_THEFT,
        Intent.BANKRUPTCY,
    }
)
"""Intents that protect people: always reported in ``signals``, whichever intent wins."""
RECALL_INTENTS: Final[tuple[Intent, ...]] = (
    Intent.SELF_HARM_RISK,
    Intent.OPT_OUT,
    Intent.REQUEST_HUMAN,
    Intent.DISPUTE_NOT_MINE,
    Intent.DISPUTE_AMOUNT,
)
"""Safety intents that must never be missed (recall 100%, issue 4)."""
SAFETY_REPORTED: Final[tuple[Intent, ...]] = (*RECALL_INTENTS, Intent.LEGAL_REPRESENTATION)
"""Safety intents whose recall and confusion ``nlu eval`` prints: the corpus measures these."""

INTENT_PRIORITY: Final[tuple[Intent, ...]] = (
    Intent.SELF_HARM_RISK,
    Intent.FRAUD_IDENTITY_THEFT,
    Intent.DISPUTE_NOT_MINE,
    Intent.BANKRUPTCY,
    Intent.LEGAL_REPRESENTATION,
    Intent.DISPUTE_AMOUNT,
    Intent.OPT_OUT,
    Intent.REQUEST_HUMAN,
    Intent.ALREADY_PAID,
    Intent.ABUSE,
    Intent.COUNTER_OFFER,
    Intent.PROMISE_TO_PAY,
    Intent.HARDSHIP,
    Intent.DECLINE,
    Intent.AGREE,
    Intent.ASK_BALANCE,
    Intent.ASK_QUESTION,
    Intent.THANKS,
    Intent.GREETING,
    Intent.UNKNOWN,
)
"""Which detected intent becomes ``Interpretation.intent``: the first one in this order."""


class Period(StrEnum):
    """How often an amount is meant to be paid."""

    MONTH = "month"
    WEEK = "week"
    INSTALMENT = "instalment"
    """Each instalment of a plan (``每期1800``, "300 per instalment"): as often as the plan on
    the table falls due, which the dialog knows and the message does not say."""
    ONCE = "once"


ALONE: Final = "alone"
"""``Cue.suppressed`` of a match that counts only beside another intent and stood alone
(``Entry.beside``): it explains the reading, says nothing and keeps no model from reading."""


@dataclass(frozen=True, slots=True)
class AmountMention:
    """A sum of money the debtor mentioned.

    Attributes:
        amount: The exact figure (``两千五`` is ``Decimal("2500")``); never a float.
        currency: ISO 4217 code when the message names or implies one (``¥``, ``NT$``, ``块``),
            else ``None`` (the account's currency is then the natural reading).
        per: ``month`` or ``week`` when the message says so (``每个月``, ``a week``),
            ``instalment`` for each instalment of a plan (``每期``), else ``once``.
        text: The words the amount was read from.
        bare: No word says the figure is money ("is it still 860"): it is read as money because
            the conversation is about a debt, and it implies no offer.
    """

    amount: Decimal
    currency: str | None
    per: Period
    text: str = ""
    bare: bool = False


@dataclass(frozen=True, slots=True)
class DateMention:
    """A day the debtor mentioned.

    Attributes:
        date: The calendar day, resolved against the injected "today" (see
            :mod:`negotiator.nlu.dates` for the conventions), or ``None`` when the message gives
            no day, e.g. only "after payday".
        expression: The words the date was read from (``下个月15号``, ``when I get paid``).
        relative_to_payday: The debtor ties the payment to their payday; with ``date`` ``None``
            the payday is unknown and must not be guessed.
    """

    date: date | None
    expression: str
    relative_to_payday: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """Why the interpreter thinks what it thinks: one lexicon entry (or rule) and what it matched.

    Attributes:
        signal: The intent, ``reason:<reason>``, ``amount``, ``then`` (a rate after a first
            payment) or ``date`` the cue supports.
        text: The matched text, after normalisation (lower case, Traditional folded to
            Simplified).
        rule: The id of the lexicon entry or built-in rule, e.g. ``en.opt_out.stop_contact``.
        suppressed: ``"negated"``, ``"quoted"``, ``"figurative"``, ``"hesitant"`` or
            ``"alone"`` when the match was found but does not count (``I'm not going to kill
            myself``, ``my brother said he'd call the police``, ``累死了``, ``嗯……``, a contact
            made a condition with no threat beside it: ``Entry.beside``), else ``None``.
    """

    signal: str
    text: str
    rule: str
    suppressed: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The cue as JSON-ready data (``suppressed`` only when set)."""
        data: dict[str, Any] = {"signal": self.signal, "text": self.text, "rule": self.rule}
        if self.suppressed is not None:
            data["suppressed"] = self.suppressed
        return data


@dataclass(frozen=True, slots=True)
class Interpretation:
    """Everything understood from one message.

    Attributes:
        text: The message as received.
        language: One of ``zh_Hans``, ``zh_Hant``, ``en`` (given by the caller or detected).
        intent: The intent that matters most (see :data:`INTENT_PRIORITY`); a signal of a
            ``secondary`` lexicon entry ("别催了") only wins when nothing else was found.
        signals: Every intent detected, in priority order; contains ``intent`` unless it is
            ``unknown``. Safety intents are here even when another intent won.
        reason: The hardship reason, when the message gives one.
        amount: The figure that matters (see the module docstring), if any.
        date: The day that matters, if any.
        confidence: 0.0 to 1.0: how sure the interpreter is of ``intent``.
        cues: Every match, including suppressed ones, in text order.
        then: The rate a month or a week that follows a first payment ``amount`` ("put down
            $300, then $100 a month": ``amount`` 300 once, ``then`` 100 a month), else ``None``.
    """

    text: str
    language: str
    intent: Intent
    signals: tuple[Intent, ...]
    reason: HardshipReason | None
    amount: AmountMention | None
    date: DateMention | None
    confidence: float
    cues: tuple[Cue, ...]
    then: AmountMention | None = None

    @property
    def rate(self) -> AmountMention | None:
        """The figure a month or a week the message names (``then`` after a first payment, else
        ``amount`` when it has a period), ``None`` if it names none."""
        if self.then is not None:
            return self.then
        if self.amount is not None and self.amount.per is not Period.ONCE:
            return self.amount
        return None

    def has(self, intent: Intent) -> bool:
        """Whether ``intent`` was detected (as the intent or any other signal)."""
        return intent in self.signals

    @property
    def safety_signals(self) -> tuple[Intent, ...]:
        """The detected intents that are in :data:`SAFETY_INTENTS`."""
        return tuple(s for s in self.signals if s in SAFETY_INTENTS)

    def to_json_dict(self) -> dict[str, Any]:
        """The keys ``negotiator nlu parse`` prints; users and tests rely on these names.

        ``amount`` is a decimal string (never a float), ``date`` an ISO date; absent values are
        ``null``. ``date_expression`` and ``after_payday`` keep "after payday" without a date;
        ``then_amount`` and ``then_per`` the rate after a first payment.
        """
        amount, then = self.amount, self.then
        day = self.date
        return {
            "language": self.language,
            "intent": self.intent.value,
            "signals": [s.value for s in self.signals],
            "reason": self.reason.value if self.reason is not None else None,
            "amount": str(amount.amount) if amount is not None else None,
            "currency": amount.currency if amount is not None else None,
            "per": amount.per.value if amount is not None else None,
            "then_amount": str(then.amount) if then is not None else None,
            "then_per": then.per.value if then is not None else None,
            "date": day.date.isoformat() if day is not None and day.date is not None else None,
            "date_expression": day.expression if day is not None else None,
            "after_payday": day.relative_to_payday if day is not None else False,
            "confidence": round(self.confidence, 2),
            "cues": [cue.to_json_dict() for cue in self.cues],
        }
