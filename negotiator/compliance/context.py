"""What the filter must know besides the text: who reads it, why it is sent, what is on record.

The service builds an :class:`OutboundContext` for every outbound message from the conversation
state, the account and the policy. Its defaults are the safe ones: an unverified reader, no
amounts on record, so a careless caller gets a block rather than a leak.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from negotiator.domain.money import Money

__all__ = ["OutboundContext", "Recipient"]


class Recipient(StrEnum):
    """Who will read the message."""

    DEBTOR = "debtor"
    """The account holder (verified or not: see :attr:`OutboundContext.verified`)."""
    CO_DEBTOR = "co_debtor"
    """A guarantor or co-debtor, who may hear the debt once verified."""
    THIRD_PARTY = "third_party"
    """Anyone else (a relative, a colleague, a wrong number): never any debt detail."""


@dataclass(frozen=True, slots=True)
class OutboundContext:
    """The facts the context rules need about one outbound message.

    Attributes:
        recipient: Who will read it.
        verified: Whether the reader passed identity verification in this conversation.
        proactive: Whether the bot writes first (a reminder, a follow-up) rather than replying
            to the debtor's own message; only proactive messages wait for the contact window
            and count against the caps.
        first_message: Whether it opens the conversation (the disclosure must be in it).
        opted_out: Whether the debtor has asked not to be contacted.
        opt_out_confirmation: Whether this message is the confirmation of that opt-out, the
            one message still allowed after it.
        timezone: The debtor's IANA time zone (needed for proactive messages).
        proactive_sent: When earlier proactive messages went to this debtor (any time zone),
            for the caps; older than 7 days may be left out.
        amounts_on_record: Every amount the message may state: balance and its parts, the
            plan and offers on the table, payments received. Any other amount blocks.
        creditor_names: The creditor's names (to recognise the disclosure, and to keep them
            from third parties).
        account_references: Account, card or loan references of this debtor.
        human_contact: How a person is reached (e.g. a phone number); counts as the "how to
            reach a human" element of the disclosure when the text contains it.
    """

    recipient: Recipient = Recipient.DEBTOR
    verified: bool = False
    proactive: bool = False
    first_message: bool = False
    opted_out: bool = False
    opt_out_confirmation: bool = False
    timezone: str | None = None
    proactive_sent: tuple[datetime, ...] = ()
    amounts_on_record: frozenset[Money] = frozenset()
    creditor_names: tuple[str, ...] = ()
    account_references: tuple[str, ...] = ()
    human_contact: str | None = None

    def __post_init__(self) -> None:
        if any(sent.tzinfo is None for sent in self.proactive_sent):
            raise ValueError("proactive_sent needs timezone-aware datetimes")

    @property
    def may_hear_the_debt(self) -> bool:
        """Whether the reader may be told amounts, accounts and debt details."""
        return self.verified and self.recipient is not Recipient.THIRD_PARTY
