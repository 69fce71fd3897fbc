"""The creditor's policy: who they are and the limits every offer must stay inside.

A policy is data a collections manager edits (``examples/policy.yaml``); it is validated here,
field by field, with the cross-field rules next to the field they constrain so that an error
points at the exact line. The models are frozen: once loaded, a policy is a value.

Why pydantic inside ``domain/``: the policy *is* the validated file. Mirroring forty fields into
dataclasses would give two sources of truth; pydantic does no I/O, so the domain stays pure.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from negotiator.domain.jurisdiction import LEGAL_CONTACT_BOUNDS, Jurisdiction
from negotiator.domain.money import Money, currency_exponent, is_known_currency
from negotiator.domain.policy_sections import (
    AgentDesk,
    ConcessionStep,
    ContactRules,
    CreditorIdentity,
    DeferralLimits,
    EscalationThresholds,
    Frequency,
    HardshipOptions,
    HardshipReason,
    InstalmentLimits,
    NegotiationRules,
    PolicyModel,
    PreferredPlan,
    ReminderRules,
    SettlementLimits,
    TokenPayments,
    Weekday,
    earlier_field,
)

__all__ = [
    "AgentDesk",
    "ConcessionStep",
    "ContactRules",
    "CreditorIdentity",
    "DeferralLimits",
    "EscalationThresholds",
    "Frequency",
    "HardshipOptions",
    "HardshipReason",
    "InstalmentLimits",
    "NegotiationRules",
    "Policy",
    "Portfolio",
    "PreferredPlan",
    "ReminderRules",
    "SettlementLimits",
    "TokenPayments",
    "Weekday",
    "check_timezone",
]

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class Portfolio(PolicyModel):
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
        jurisdiction = earlier_field(info, "jurisdiction")
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
        currency = earlier_field(info, "currency")
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


class Policy(PolicyModel):
    """A creditor's whole policy file."""

    version: int = Field(default=1, ge=1, le=1)
    """Format version of the policy file; currently 1."""
    creditor: CreditorIdentity
    """Who the bot speaks for (a portfolio may override it)."""
    timezone: str = "Asia/Shanghai"
    """Default IANA time zone of debtors whose account and portfolio give none."""
    portfolios: tuple[Portfolio, ...] = Field(min_length=1)
    """The portfolios, each with its currency, jurisdiction and limits."""
    agents: AgentDesk = AgentDesk()
    """The agents who take escalated cases: their hours, response time and language."""

    @field_validator("timezone")
    @classmethod
    def _timezone_known(cls, value: str) -> str:
        return check_timezone(value)

    @field_validator("agents")
    @classmethod
    def _agents_zone_known(cls, desk: AgentDesk) -> AgentDesk:
        if desk.timezone is not None:
            check_timezone(desk.timezone)
        return desk

    @property
    def agents_zone(self) -> ZoneInfo:
        """The time zone of the agents' hours."""
        return ZoneInfo(self.agents.timezone or self.timezone)

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
