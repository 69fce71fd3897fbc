"""Payments reported by the creditor and the people allowed to act on cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from negotiator.domain.money import Money


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment the creditor received, as reported in a payments file.

    Attributes:
        payment_id: The creditor's id for the payment; importing it twice records it once.
        account_reference: The account it was paid against.
        amount: The amount received (positive).
        paid_at: When it was received (timezone-aware).
    """

    payment_id: str
    account_reference: str
    amount: Money
    paid_at: datetime


@dataclass(frozen=True, slots=True)
class Agent:
    """A person authorised to take over escalated chats.

    Attributes:
        telegram_user_id: Their Telegram user id; only messages from this id act as the agent.
        name: The name debtors see ("Li Na from 华信银行").
        active: Whether they may currently act.
    """

    telegram_user_id: int
    name: str
    active: bool = True
