"""The creditor's policy: who they are and the limits every offer must stay inside.

A policy is data a collections manager edits (``examples/policy.yaml``); it is validated here,
field by field, with the cross-field rules next to the field they constrain so that an error
points at the exact line. The models are frozen: once loaded, a policy is a value.

Why pydantic inside ``domain/``: the policy *is* the validated file. Mirroring forty fields into
dataclasses would give two sources of truth; pydantic does no I/O, so the domain stays pure.
"""

from __future__ import annotations

import re
from datetime import time
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from negotiator.domain.jurisdiction import LEGAL_CONTACT_BOUNDS, Jurisdiction
from negotiator.domain.money import Money, currency_exponent, is_known_currency


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


_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class _Model(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", use_attribute_docstrings=True, str_strip_whitespace=True
    )


def _earlier(info: ValidationInfo, name: str) -> Any:
    """A field validated before the current one, or ``None`` if it is missing or invalid."""
    return info.data.get(name)


Percent = Annotated[Decimal, Field(ge=0, le=100)]
Amount = Annotated[Decimal, Field(ge=0)]


class CreditorIdentity(_Model):
    """Who the bot speaks for; shown in the first message of every conversation."""

    name: str = Field(min_length=1, max_length=80)
    """The name debtors know, e.g. ``示例银行信用卡中心``."""
    legal_name: str = Field(min_length=1, max_length=160)
    """The registered legal entity that owns the debt."""
    human_contact: str = Field(min_length=1, max_length=160)
    """How to reach a person (phone and hours); required by NIFA 公约 art. 15 and Reg F."""
    bot_name: str = Field(min_length=1, max_length=40)
    """The assistant's display name; the bot always says it is automated."""


class ContactRules(_Model):
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
        earliest = _earlier(info, "earliest")
        if earliest is not None and latest <= earliest:
            raise ValueError(f"latest ({latest:%H:%M}) must be after earliest ({earliest:%H:%M})")
        return latest

    @field_validator("max_per_week")
    @classmethod
    def _week_covers_day(cls, per_week: int, info: ValidationInfo) -> int:
        per_day = _earlier(info, "max_per_day")
        if per_day is not None and per_week < per_day:
            raise ValueError(f"max_per_week ({per_week}) is below max_per_day ({per_day})")
        return per_week


class InstalmentLimits(_Model):
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

    @field_validator("max_count")
    @classmethod
    def _count_range(cls, max_count: int, info: ValidationInfo) -> int:
        min_count = _earlier(info, "min_count")
        if min_count is not None and max_count < min_count:
            raise ValueError(f"max_count ({max_count}) is below min_count ({min_count})")
        return max_count

    @field_validator("first_due_max_days")
    @classmethod
    def _first_due_range(cls, latest: int, info: ValidationInfo) -> int:
        earliest = _earlier(info, "first_due_min_days")
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


class DeferralLimits(_Model):
    """Limits of deferral: the whole balance paid in one go on a later date."""

    max_days: int = Field(ge=1, le=365)
    """Latest payment date, in days from the agreement."""
    max_times: int = Field(default=1, ge=1, le=12)
    """How many deferrals one account may get over its life."""
    then_instalments: bool = False
    """Whether a deferral may be followed by an instalment plan (payment holiday, then plan)."""


class SettlementLimits(_Model):
    """Limits of a discounted settlement in full."""

    max_discount_percent: Percent
    """Largest discount on the balance (interest and fees first), as a percentage."""
    min_days_past_due: int = Field(default=0, ge=0)
    """Accounts qualify only once this many days past due."""
    pay_within_days: int = Field(default=14, ge=1, le=365)
    """The discounted amount must be paid within this many days."""


class TokenPayments(_Model):
    """Small payments for a while, before a plan is agreed (hardship only)."""

    amount: Amount
    """The token amount per month, in the portfolio currency."""
    max_months: int = Field(ge=1, le=24)
    """For at most this many months."""


class HardshipOptions(_Model):
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


class NegotiationRules(_Model):
    """How far and how fast the bot concedes."""

    max_rounds: int = Field(default=4, ge=1, le=20)
    """Refusals after which the case goes to a person."""
    concession_steps: tuple[ConcessionStep, ...] = (
        ConcessionStep.EXTEND_TERM,
        ConcessionStep.REDUCE_DOWN_PAYMENT,
        ConcessionStep.DEFER_START,
    )
    """The order of concessions, one per refusal."""


class EscalationThresholds(_Model):
    """Accounts that go to a person rather than the bot."""

    balance_above: Amount | None = None
    """Hand over when the balance exceeds this amount (portfolio currency)."""
    days_past_due_above: int | None = Field(default=None, ge=0)
    """Hand over when the account is more than this many days past due."""


class ReminderRules(_Model):
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


class Portfolio(_Model):
    """A group of accounts collected under the same limits and currency."""

    id: str
    """Short id used in the accounts CSV, e.g. ``cn-card`` (lower case, digits, ``-``, ``_``)."""
    name: str = Field(min_length=1, max_length=80)
    """A human name for reports."""
    currency: str
    """ISO 4217 currency of every account and amount in this portfolio."""
    jurisdiction: Jurisdiction
    """The rule pack: ``CN``, ``US`` or ``UK``."""
    timezone: str | None = None
    """Default IANA time zone of debtors whose account gives none (else the policy's)."""
    creditor: CreditorIdentity | None = None
    """Who this portfolio is collected for, when not the policy's creditor."""
    contact: ContactRules | None = None
    """Contact window and caps; default: the jurisdiction's legal bounds."""
    preferred_plan: PreferredPlan = PreferredPlan.SHORTEST
    """Which plan the bot opens with."""
    instalments: InstalmentLimits | None = None
    """Instalment plans; omit to offer none."""
    deferral: DeferralLimits | None = None
    """Deferrals; omit to offer none."""
    settlement: SettlementLimits | None = None
    """Discounted settlement; omit to offer none (pay in full stays possible)."""
    hardship: HardshipOptions | None = None
    """Hardship terms; omit to offer none."""
    negotiation: NegotiationRules = NegotiationRules()
    """Rounds and concession steps."""
    escalation: EscalationThresholds = EscalationThresholds()
    """Accounts handed to people outright."""
    reminders: ReminderRules = ReminderRules()
    """Payment reminders."""

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(
                f"{value!r} is not a valid id: use lower-case letters, digits, '-' or '_' "
                "(at most 40, starting with a letter or digit)"
            )
        return value

    @field_validator("currency")
    @classmethod
    def _currency_known(cls, value: str) -> str:
        if not is_known_currency(value):
            raise ValueError(f"{value!r} is not an ISO 4217 currency code (e.g. CNY, USD)")
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone_known(cls, value: str | None) -> str | None:
        return None if value is None else check_timezone(value)

    @field_validator("contact")
    @classmethod
    def _contact_within_law(cls, contact: ContactRules | None, info: ValidationInfo) -> Any:
        jurisdiction = _earlier(info, "jurisdiction")
        if contact is None or jurisdiction is None:
            return contact
        law = LEGAL_CONTACT_BOUNDS[jurisdiction]
        wrong = []
        if contact.earliest < law.earliest or contact.latest > law.latest:
            wrong.append(
                f"window {contact.earliest:%H:%M}-{contact.latest:%H:%M} is wider than "
                f"{jurisdiction}'s {law.earliest:%H:%M}-{law.latest:%H:%M}"
            )
        if contact.max_per_day > law.max_per_day or contact.max_per_week > law.max_per_week:
            wrong.append(
                f"caps {contact.max_per_day}/day, {contact.max_per_week}/week exceed "
                f"{jurisdiction}'s {law.max_per_day}/day, {law.max_per_week}/week"
            )
        if wrong:
            raise ValueError("; ".join(wrong) + f" ({law.citation}); a policy may only be stricter")
        return contact

    @field_validator("instalments", "settlement", "hardship", "escalation")
    @classmethod
    def _amounts_fit_currency(cls, section: Any, info: ValidationInfo) -> Any:
        currency = _earlier(info, "currency")
        if section is None or currency is None:
            return section
        quantum = currency_exponent(currency)
        for name, value in _decimal_fields(section):
            if value != value.quantize(quantum):
                raise ValueError(f"{name} {value} has more decimals than {currency} allows")
        return section

    @model_validator(mode="after")
    def _sections_consistent(self) -> Self:
        if self.preferred_plan is PreferredPlan.SHORTEST and self.instalments is None:
            raise ValueError("preferred_plan is 'shortest' but no instalments section is given")
        if self.preferred_plan is PreferredPlan.DEFERRAL and self.deferral is None:
            raise ValueError("preferred_plan is 'deferral' but no deferral section is given")
        if self.deferral and self.deferral.then_instalments and self.instalments is None:
            raise ValueError("deferral.then_instalments needs an instalments section")
        if (
            self.hardship
            and self.hardship.max_months
            and self.instalments
            and self.hardship.max_months < self.instalments.max_months
        ):
            raise ValueError(
                f"hardship.max_months ({self.hardship.max_months}) is shorter than "
                f"instalments.max_months ({self.instalments.max_months}); hardship terms "
                "may only be longer"
            )
        return self

    def money(self, amount: Decimal) -> Money:
        """An amount of this portfolio's currency."""
        return Money.of(amount, self.currency)


def _decimal_fields(section: BaseModel, prefix: str = "") -> list[tuple[str, Decimal]]:
    found: list[tuple[str, Decimal]] = []
    for name in type(section).model_fields:
        value = getattr(section, name)
        if name.endswith("percent"):
            continue
        if isinstance(value, Decimal):
            found.append((prefix + name, value))
        elif isinstance(value, BaseModel):
            found.extend(_decimal_fields(value, f"{prefix}{name}."))
    return found


def check_timezone(value: str) -> str:
    """Return ``value`` if it names an IANA time zone, else raise ``ValueError``."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{value!r} is not an IANA time zone (e.g. Asia/Shanghai)") from exc
    return value


class Policy(_Model):
    """A creditor's whole policy file."""

    version: int = Field(default=1, ge=1, le=1)
    """Format version of the policy file; currently 1."""
    creditor: CreditorIdentity
    """Who the bot speaks for (a portfolio may override it)."""
    timezone: str = "Asia/Shanghai"
    """Default IANA time zone of debtors whose account and portfolio give none."""
    portfolios: tuple[Portfolio, ...] = Field(min_length=1)
    """The portfolios, each with its currency, jurisdiction and limits."""

    @field_validator("timezone")
    @classmethod
    def _timezone_known(cls, value: str) -> str:
        return check_timezone(value)

    @field_validator("portfolios")
    @classmethod
    def _unique_ids(cls, portfolios: tuple[Portfolio, ...]) -> tuple[Portfolio, ...]:
        seen: set[str] = set()
        for p in portfolios:
            if p.id in seen:
                raise ValueError(f"portfolio id {p.id!r} is used twice")
            seen.add(p.id)
        return portfolios

    def portfolio(self, portfolio_id: str) -> Portfolio:
        """The portfolio with this id.

        Raises:
            KeyError: no such portfolio.
        """
        for p in self.portfolios:
            if p.id == portfolio_id:
                return p
        raise KeyError(portfolio_id)

    def creditor_for(self, portfolio: Portfolio) -> CreditorIdentity:
        """The creditor a portfolio is collected for."""
        return portfolio.creditor or self.creditor

    def timezone_for(self, portfolio: Portfolio) -> str:
        """The default debtor time zone of a portfolio."""
        return portfolio.timezone or self.timezone

    def contact_for(self, portfolio: Portfolio) -> ContactRules:
        """The effective contact rules: the portfolio's, else the jurisdiction's legal bounds."""
        if portfolio.contact is not None:
            return portfolio.contact
        law = LEGAL_CONTACT_BOUNDS[portfolio.jurisdiction]
        return ContactRules(
            earliest=law.earliest,
            latest=law.latest,
            max_per_day=law.max_per_day,
            max_per_week=law.max_per_week,
        )
