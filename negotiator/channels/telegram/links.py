"""Deep links that open the bot on one account (``https://t.me/<bot>?start=<payload>``)."""

from __future__ import annotations

from aiogram.utils.deep_linking import create_deep_link

from negotiator.domain.signing import Signer


def account_start_link(bot_username: str, reference: str, signer: Signer) -> str:
    """The signed ``/start`` link for an account, to print in a letter or an SMS.

    The payload is the reference and a 96-bit signature; a changed character makes it invalid,
    and it is within Telegram's 64-character limit (aiogram checks both the length and alphabet).
    """
    return create_deep_link(
        username=bot_username.lstrip("@"),
        link_type="start",
        payload=signer.link_payload(reference),
    )
