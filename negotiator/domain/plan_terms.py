"""The vocabulary of plans: their kinds, the labels of their payments and the terms that make one.

A plan is fully determined by its :class:`PlanTerms` applied to an account balance on a day; the
schedule is derived from them (:mod:`negotiator.domain.schedules`), so the schedule can never
disagree with the terms the debtor agreed to.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

from negotiator.domain.policy import Frequency, HardshipReason


class PlanKind(StrEnum):
    """The shapes of plan the engine offers."""

    PAY_IN_FULL = "pay_in_full"
    """One payment of the whole balance soon, less the settlement discount where it applies."""
    INSTALMENTS = "instalments"
    """An optional down payment, then equal instalments."""
    DEFERRAL = "deferral"
    """The balance paid in one go on a later date (optionally after a part payment now)."""
    DEFERRAL_THEN_INSTALMENTS = "deferral_then_instalments"
    """A payment holiday, then an instalment plan."""
    HARDSHIP_INSTALMENTS = "hardship_instalments"
    """Instalments on hardship terms: interest frozen, fees waived, a longer term."""
    TOKEN_THEN_INSTALMENTS = "token_then_instalments"
    """Small token payments for some months, then the rest as hardship instalments."""

    @property
    def is_hardship(self) -> bool:
        """Whether plans of this kind need a qualifying hardship reason."""
        return self in (PlanKind.HARDSHIP_INSTALMENTS, PlanKind.TOKEN_THEN_INSTALMENTS)

    @property
    def is_deferral(self) -> bool:
        """Whether plans of this kind use up one of the account's deferrals (``max_times``)."""
        return self in (PlanKind.DEFERRAL, PlanKind.DEFERRAL_THEN_INSTALMENTS)

    @property
    def has_instalments(self) -> bool:
        """Whether plans of this kind end in regular instalments."""
        return self not in (PlanKind.PAY_IN_FULL, PlanKind.DEFERRAL)


class PaymentLabel(StrEnum):
    """What one payment in a schedule is, for the confirmation and the reminders."""

    FULL_PAYMENT = "full_payment"
    """The single payment of a pay-in-full plan."""
    PART_PAYMENT = "part_payment"
    """A payment now, before a deferred payment of the rest."""
    DEFERRED_PAYMENT = "deferred_payment"
    """The (remaining) balance, paid on the deferred date."""
    DOWN_PAYMENT = "down_payment"
    """The first payment of an instalment plan, before the regular instalments."""
    TOKEN = "token"
    """A small hardship payment before the regular instalments start."""
    INSTALMENT = "instalment"
    """A regular instalment."""


class PlanTerms(NamedTuple):
    """The few numbers that determine a plan; amounts are integer minor units (fen, cents, yen).

    A ``NamedTuple`` rather than a frozen dataclass, on purpose: the offer search makes one per
    candidate, tens of thousands a second, and a frozen dataclass's ``__init__`` costs ten times
    as much. It is just as immutable, and ``_replace`` makes a variant.

    Attributes:
        kind: The plan's kind.
        first_due: Due date of the first payment.
        frequency: How often regular instalments fall due (``monthly`` for one-off plans).
        instalments: Number of regular instalments (0 for one-off plans).
        down_payment: Down payment (instalment kinds) or part payment now (deferral); 0 for none.
        fixed_instalment: A fixed regular instalment (the debtor's "800 a month"): it repeats and
            the last instalment is what is left; ``None`` splits the rest equally.
        token_count: Months of token payments before the instalments (token plans only).
        token_amount: Each token payment.
        deferred_due: For a deferral with a part payment now: when the rest is due.
        discount: Settlement discount (pay in full only).
        waive_interest: Whether the plan freezes (drops) the interest.
        waive_fees: Whether the plan waives the fees.
        reason: The hardship reason the plan relies on.
    """

    kind: PlanKind
    first_due: date
    frequency: Frequency = Frequency.MONTHLY
    instalments: int = 0
    down_payment: int = 0
    fixed_instalment: int | None = None
    token_count: int = 0
    token_amount: int = 0
    deferred_due: date | None = None
    discount: int = 0
    waive_interest: bool = False
    waive_fees: bool = False
    reason: HardshipReason | None = None
