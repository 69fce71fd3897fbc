"""The synthetic debtors: an account inside a portfolio of the policy, and a persona.

Debtor ``i`` of a run is drawn from its own ``random.Random``, seeded with the run's seed and
``i``, so it is the same debtor whatever the number of debtors or worker processes, and the same
debtor under any policy that has its portfolio (the comparison runs two policies on one
population). Balances are drawn log-uniformly between a few minimum instalments and a little
above the portfolio's escalation threshold, so some accounts go to a person as soon as they are
verified, as they would in a real book; what a debtor can really pay is the balance spread over
2 to 48 months, rounded the way people round, and a third of those who could clear it within a
year could pay most or all of it at once.
"""

from __future__ import annotations

import decimal
import functools
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Final
from zoneinfo import ZoneInfo

from negotiator.domain.account import Account, Balance
from negotiator.domain.money import Money
from negotiator.domain.policy import Policy, Portfolio
from negotiator.domain.verification import FactKind
from negotiator.simulation.personas import Persona, draw_persona, weighted_choice

LANGUAGE_MIX: Final[dict[bool, dict[str, int]]] = {
    True: {"zh_Hans": 70, "zh_Hant": 20, "en": 10},
    False: {"en": 80, "zh_Hans": 12, "zh_Hant": 8},
}
"""Languages of debtors in Chinese portfolios (``True``) and in the others, in percent."""

_NAMES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]] = {
    "zh_Hans": (("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"),
                ("伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "婷", "杰"), ""),
    "zh_Hant": (("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"),
                ("志明", "淑芬", "家豪", "雅婷", "俊傑", "美玲", "建宏", "怡君"), ""),
    "en": (("James", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Emily"),
           ("Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Clark"), " "),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SyntheticDebtor:
    """One debtor of a simulated run.

    Attributes:
        seed: The run's seed.
        index: Its position in the run (0-based).
        account: Its account, as the creditor would import it.
        fact: The identity fact the account has on record.
        answer: The debtor's answer to the identity question (kept in clear in memory only).
        persona: Who it is.
    """

    seed: int
    index: int
    account: Account
    fact: FactKind
    answer: str
    persona: Persona


def debtor_random(seed: int, index: int, purpose: str = "draw") -> random.Random:
    """The random source of debtor ``index`` in a run seeded with ``seed``: one to draw it,
    another (``purpose="words"``) for what it says, so its words do not shift its account."""
    return random.Random(f"negotiator-simulate:{seed}:{index}:{purpose}")


def draw_debtor(
    policy: Policy, index: int, seed: int, now: datetime, language: str | None = None
) -> SyntheticDebtor:
    """Debtor ``index`` of the run seeded with ``seed`` (module docstring).

    Args:
        policy: The policy whose portfolios the accounts belong to.
        index: Which debtor.
        seed: The run's seed.
        now: The simulated instant (the clock's).
        language: Make every debtor write this language; default a mix by portfolio.
    """
    rng = debtor_random(seed, index)
    portfolio = rng.choice(policy.portfolios)
    timezone = portfolio.timezone or policy.timezone
    today = now.astimezone(ZoneInfo(timezone)).date()
    chinese = portfolio.jurisdiction.value == "CN"
    tongue = language or weighted_choice(rng, LANGUAGE_MIX[chinese])
    currency = portfolio.currency
    total = _balance_total(rng, portfolio)
    interest = total * Decimal(rng.randint(2, 12)) / 100
    fees = (total * Decimal(rng.randint(0, 3)) / 100).to_integral_value()
    principal = total - interest - fees
    days_past_due = 15 + int(385 * _unit(rng) ** 2)
    account = Account(
        reference=f"SIM-{index + 1:06d}",
        portfolio=portfolio.id,
        debtor_name=_name(rng, tongue),
        language=tongue,
        timezone=timezone,
        balance=Balance(
            Money.of(principal, currency), Money.of(interest, currency), Money.of(fees, currency)
        ),
        due_date=today - timedelta(days=days_past_due),
    )
    capacity, step = _capacity(rng, total)
    savings = _savings(rng, total, capacity, step)
    persona = draw_persona(
        rng, language=tongue, capacity=capacity, savings=savings, today=today, round_to=step
    )
    birthday = date(1950, 1, 1) + timedelta(days=rng.randint(0, 54 * 365))
    if rng.random() < 0.15:
        fact, answer = FactKind.ID_LAST4, f"{rng.randint(0, 9999):04d}"
    else:
        fact, answer = FactKind.DATE_OF_BIRTH, birthday.isoformat()
    return SyntheticDebtor(seed, index, account, fact, answer, persona)


def _unit(rng: random.Random) -> Decimal:
    """A uniform number in [0, 1) as a ``Decimal`` (amounts are never floats)."""
    return Decimal(rng.randrange(1_000_000)) / 1_000_000


_DRAWING: Final = decimal.Context(prec=12)
"""Twelve digits are plenty to draw a balance (and much faster than the default 28)."""


@functools.cache
def _ln(value: Decimal) -> Decimal:
    return value.ln(_DRAWING)


def _log_uniform(rng: random.Random, low: Decimal, high: Decimal) -> Decimal:
    exponent = _DRAWING.fma(_unit(rng), _DRAWING.subtract(_ln(high), _ln(low)), _ln(low))
    return exponent.exp(_DRAWING)


def _balance_total(rng: random.Random, portfolio: Portfolio) -> Decimal:
    """The balance: from four minimum instalments to just above the escalation threshold."""
    base = portfolio.instalments.min_amount if portfolio.instalments else Decimal(50)
    low = base * 4
    ceiling = portfolio.escalation.balance_above
    high = ceiling * Decimal("1.05") if ceiling is not None else base * 400
    return _log_uniform(rng, low, max(high, low * 2)).quantize(Decimal("0.01"))


def _capacity(rng: random.Random, total: Decimal) -> tuple[Decimal, Decimal]:
    """What the debtor can really pay a month, and the step it rounds amounts to."""
    months = _log_uniform(rng, Decimal(2), Decimal(48))
    raw = total / months
    step = Decimal(100) if raw >= 1000 else Decimal(50) if raw >= 200 else Decimal(10)
    if raw < 50:
        step = Decimal(5)
    return max((raw // step) * step, step), step


def _savings(rng: random.Random, total: Decimal, capacity: Decimal, step: Decimal) -> Decimal:
    """What a debtor could pay at once: a third of those who could clear the balance within a
    year have most or all of it put by (or a relative to lend it)."""
    if total > capacity * 12 or rng.random() >= 1 / 3:
        return Decimal(0)
    return (total * Decimal(rng.randint(60, 110)) / 100 // step) * step


def _name(rng: random.Random, language: str) -> str:
    first, second, gap = _NAMES.get(language, _NAMES["en"])
    return f"{rng.choice(first)}{gap}{rng.choice(second)}"
