"""The sections of a portfolio's policy: contact rules and every kind of offer limit.

Each field has a docstring (pydantic keeps it as the field's description), and each cross-field
rule sits on the field it constrains, so a mistake is reported at that field's line.
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator


class HardshipReason(StrEnum):
    """Why a debtor fell behind, as the conversation classifies it."""

    UNEMPLOYMENT = "unemployment"
    INCOME_REDUCED = "income_reduced"
    SALARY_DELAYED = "salary_delayed"
    ILLNESS = "illness"
    BUSINESS_FAILURE = "business_failure"
    INVESTMENT_LOSS = "investment_loss"
    FAMILY_EMERGENCY = "family_emergency"
    BEREAVEMENT = "bereavement"
    DIVORCE = "divorce"
    FORGOT = "forgot"
    OVER_INDEBTED = "over_indebted"
    DISASTER = "disaster"
    OTHER = "other"


class PreferredPlan(StrEnum):
    """Which plan the bot opens with before conceding anything."""

    PAY_IN_FULL = "pay_in_full"
    """Full payment (with the settlement discount when the account qualifies)."""
    SHORTEST = "shortest"
    """The instalment plan with the fewest instalments the limits allow."""
    DEFERRAL = "deferral"
    """One payment of the whole balance on a later date."""


class Frequency(StrEnum):
    """How often instalments fall due."""

    MONTHLY = "monthly"
    FORTNIGHTLY = "fortnightly"
    WEEKLY = "weekly"


class ConcessionStep(StrEnum):
    """One kind of step toward the debtor after a refusal."""

    EXTEND_TERM = "extend_term"
    """More, smaller instalments (up to the maximum count and length)."""
    REDUCE_DOWN_PAYMENT = "reduce_down_payment"
    """A smaller down payment (down to the minimum)."""
    DEFER_START = "defer_start"
    """A later first due date (up to the latest first due date)."""
    HARDSHIP_TERMS = "hardship_terms"
    """Hardship variants, when the debtor's reason qualifies."""


class PolicyModel(BaseModel):
    """Base of every policy model: frozen, strict about unknown fields, docstrings kept."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", use_attribute_docstrings=True, str_strip_whitespace=True
    )


def earlier_field(info: ValidationInfo, name: str) -> Any:
    """A field validated before the current one, or ``None`` if it is missing or invalid."""
    return info.data.get(name)


def time_after(info: ValidationInfo, earlier: str, later: time) -> time:
    """``later`` if it comes after the field ``earlier`` (a daily window must not be empty).

    Raises:
        ValueError: it does not.
    """
    start = earlier_field(info, earlier)
    if start is not None and later <= start:
        raise ValueError(
            f"{info.field_name} ({later:%H:%M}) must be after {earlier} ({start:%H:%M})"
        )
    return later


Percent = Annotated[Decimal, Field(ge=0, le=100)]
Amount = Annotated[Decimal, Field(ge=0)]


class CreditorIdentity(PolicyModel):
    """Who the bot speaks for; shown in the first message of every conversation."""

    name: str = Field(min_length=1, max_length=80)
    """The name debtors know, e.g. ``示例银行信用卡中心``."""
    legal_name: str = Field(min_length=1, max_length=160)
    """The registered legal entity that owns the debt."""
    human_contact: str = Field(min_length=1, max_length=160)
    """How to reach a person (phone and hours); required by NIFA 公约 art. 15 and Reg F."""
    bot_name: str = Field(min_length=1, max_length=40)
    """The assistant's display name; the bot always says it is automated."""


class ContactRules(PolicyModel):
    """When and how often the bot may write first. It can only be stricter than the law."""

    earliest: time = time(8, 0)
    """Earliest local time (debtor's time zone) for proactive messages, ``HH:MM``."""
    latest: time = time(21, 0)
    """Local time by which proactive messages stop, ``HH:MM``."""
    max_per_day: int = Field(default=2, ge=0)
    """Most proactive messages per debtor per local day."""
    max_per_week: int = Field(default=6, ge=0)
    """Most proactive messages per debtor in any 7 days."""

    @field_validator("latest")
    @classmethod
    def _window_not_empty(cls, latest: time, info: ValidationInfo) -> time:
        return time_after(info, "earliest", latest)

    @field_validator("max_per_week")
    @classmethod
    def _week_covers_day(cls, per_week: int, info: ValidationInfo) -> int:
        per_day = earlier_field(info, "max_per_day")
        if per_day is not None and per_week < per_day:
            raise ValueError(f"max_per_week ({per_week}) is below max_per_day ({per_day})")
        return per_week


class InstalmentLimits(PolicyModel):
    """Limits of instalment plans: a down payment, then equal instalments."""

    min_count: int = Field(ge=1, le=120)
    """Fewest instalments in a plan (not counting the down payment)."""
    max_count: int = Field(ge=1, le=120)
    """Most instalments in a plan (not counting the down payment)."""
    min_amount: Amount
    """Smallest single instalment, in the portfolio currency."""
    min_down_payment_percent: Percent = Decimal(0)
    """Smallest down payment as a percentage of the balance (0 for none)."""
    min_down_payment_amount: Amount = Decimal(0)
    """Smallest down payment as an amount; the larger of the two minimums applies."""
    max_months: int = Field(ge=1, le=120)
    """Longest plan, in months from today to the last instalment."""
    frequency: Frequency = Frequency.MONTHLY
    """How often instalments fall due."""
    first_due_min_days: int = Field(default=0, ge=0)
    """The first payment is due no earlier than this many days from the agreement."""
    first_due_max_days: int = Field(default=30, ge=0)
    """The first payment is due no later than this many days from the agreement."""
    move_missed_to_end: bool = True
    """After a missed instalment the debtor may move it to the end of the plan, once per plan
    (one period after the last instalment), as InDebted does. Default: yes."""

    @field_validator("max_count")
    @classmethod
    def _count_range(cls, max_count: int, info: ValidationInfo) -> int:
        min_count = earlier_field(info, "min_count")
        if min_count is not None and max_count < min_count:
            raise ValueError(f"max_count ({max_count}) is below min_count ({min_count})")
        return max_count

    @field_validator("first_due_max_days")
    @classmethod
    def _first_due_range(cls, latest: int, info: ValidationInfo) -> int:
        earliest = earlier_field(info, "first_due_min_days")
        if earliest is not None and latest < earliest:
            raise ValueError(
                f"first_due_max_days ({latest}) is below first_due_min_days ({earliest})"
            )
        return latest

    @model_validator(mode="after")
    def _count_fits_length(self) -> Self:
        months_needed = _months_spanned(self.min_count, self.frequency)
        if months_needed > self.max_months:
            raise ValueError(
                f"min_count {self.min_count} {self.frequency} instalments need {months_needed} "
                f"months, more than max_months ({self.max_months})"
            )
        return self


def _months_spanned(count: int, frequency: Frequency) -> int:
    """Months from the first to the last of ``count`` instalments, rounded up, plus one."""
    per_month = {Frequency.MONTHLY: 1, Frequency.FORTNIGHTLY: 2, Frequency.WEEKLY: 4}[frequency]
    return -(-(count - 1) // per_month) + 1 if count > 0 else 0


class DeferralLimits(PolicyModel):
    """Limits of deferral: the whole balance paid in one go on a later date."""

    max_days: int = Field(ge=1, le=365)
    """Latest payment date, in days from the agreement."""
    max_times: int = Field(default=1, ge=1, le=12)
    """How many deferrals one account may get over its life."""
    then_instalments: bool = False
    """Whether a deferral may be followed by an instalment plan (payment holiday, then plan)."""


class SettlementLimits(PolicyModel):
    """Limits of a discounted settlement in full."""

    max_discount_percent: Percent
    """Largest discount on the balance (interest and fees first), as a percentage."""
    min_days_past_due: int = Field(default=0, ge=0)
    """Accounts qualify only once this many days past due."""
    pay_within_days: int = Field(default=14, ge=1, le=365)
    """The discounted amount must be paid within this many days."""


class TokenPayments(PolicyModel):
    """Small payments for a while, before a plan is agreed (hardship only)."""

    amount: Amount
    """The token amount per month, in the portfolio currency."""
    max_months: int = Field(ge=1, le=24)
    """For at most this many months."""


class HardshipOptions(PolicyModel):
    """Terms offered only when the debtor's reason qualifies (FCA CONC 7.3: forbearance)."""

    reasons: tuple[HardshipReason, ...] = Field(min_length=1)
    """The reasons that qualify, e.g. ``[unemployment, illness, bereavement]``."""
    interest_freeze: bool = False
    """Whether interest may be frozen (dropped from the plan total)."""
    fee_waiver: bool = False
    """Whether fees may be waived."""
    max_months: int | None = Field(default=None, ge=1, le=120)
    """A longer maximum plan length for hardship plans (defaults to the instalment limit)."""
    token_payments: TokenPayments | None = None
    """Token payments for a period, if offered."""

    @field_validator("reasons")
    @classmethod
    def _unique_reasons(cls, reasons: tuple[HardshipReason, ...]) -> tuple[HardshipReason, ...]:
        if len(set(reasons)) != len(reasons):
            raise ValueError("a reason is listed twice")
        return reasons


class NegotiationRules(PolicyModel):
    """How far and how fast the bot concedes."""

    max_rounds: int = Field(default=4, ge=1, le=20)
    """Refusals after which the case goes to a person."""
    concession_steps: tuple[ConcessionStep, ...] = (
        ConcessionStep.EXTEND_TERM,
        ConcessionStep.REDUCE_DOWN_PAYMENT,
        ConcessionStep.DEFER_START,
    )
    """The order of concessions, one per refusal."""


class EscalationThresholds(PolicyModel):
    """Accounts that go to a person rather than the bot."""

    balance_above: Amount | None = None
    """Hand over when the balance exceeds this amount (portfolio currency)."""
    days_past_due_above: int | None = Field(default=None, ge=0)
    """Hand over when the account is more than this many days past due."""
    not_understood_after: int = Field(default=3, ge=1, le=20)
    """Hand over after this many messages in a row the bot could not understand."""
    missed_instalments: int = Field(default=2, ge=1, le=12)
    """A plan with this many instalments missed is broken and goes to a person (the first
    misses get the bot's gentle message instead). Default: 2."""


class ReminderRules(PolicyModel):
    """Reminders of agreed payments."""

    days_before_due: tuple[int, ...] = (3, 0)
    """Send a reminder this many days before each due date (0 = on the day)."""

    @field_validator("days_before_due")
    @classmethod
    def _distinct_non_negative(cls, days: tuple[int, ...]) -> tuple[int, ...]:
        if any(d < 0 or d > 30 for d in days):
            raise ValueError("each value must be between 0 and 30 days")
        if len(set(days)) != len(days):
            raise ValueError("a day is listed twice")
        return tuple(sorted(days, reverse=True))


class Weekday(StrEnum):
    """A day of the week, as policy files name it."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @property
    def number(self) -> int:
        """Monday 0 … Sunday 6, as :meth:`datetime.date.weekday` counts."""
        return list(Weekday).index(self)


class AgentDesk(PolicyModel):
    """The people who take escalated cases: when they answer and how soon.

    The debtor is told when a person will reply from these hours; a case that waits longer
    than ``response_minutes`` for an agent is announced again in the agents' group.
    """

    timezone: str | None = None
    """IANA zone of the hours below. Default: the policy's time zone."""
    days: tuple[Weekday, ...] = tuple(Weekday)
    """Days the agents work. Default: every day."""
    opens: time = time(9, 0)
    """Local time the agents start answering, ``HH:MM``."""
    closes: time = time(21, 0)
    """Local time they stop, ``HH:MM``."""
    response_minutes: int = Field(default=30, ge=1, le=24 * 60)
    """How long a case may wait for an agent, in working hours, before it is announced again."""
    language: str = "zh_Hans"
    """The language of case cards and notes in the agents' group (a catalog locale)."""

    @field_validator("closes")
    @classmethod
    def _hours_not_empty(cls, closes: time, info: ValidationInfo) -> time:
        return time_after(info, "opens", closes)

    @field_validator("days")
    @classmethod
    def _some_days(cls, days: tuple[Weekday, ...]) -> tuple[Weekday, ...]:
        if not days:
            raise ValueError("name at least one working day")
        return tuple(sorted(set(days), key=lambda day: day.number))
