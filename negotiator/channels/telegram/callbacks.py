"""Buttons under the bot's messages: signed callback data, checked on every press.

A button carries what it means (``press``), the offer it was shown with (``round``) and a
keyed signature over both and the chat, so a client cannot forge a press, replay it in another
chat, or apply an old offer's "Accept" to a newer offer (the service refuses a stale round).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from negotiator.domain.signing import Signer


class Press(CallbackData, prefix="p"):
    """The callback data of a button (aiogram packs it into at most 64 bytes)."""

    press: str
    round: int
    sig: str


def _signed(signer: Signer, chat_id: int, press: str, round_: int) -> str:
    return signer.callback_signature(f"{chat_id}:{press}:{round_}")


def keyboard(
    buttons: Iterable[Mapping[str, Any]], round_: int, chat_id: int, signer: Signer
) -> InlineKeyboardMarkup | None:
    """One button per row (labels are long in Chinese and English alike); ``None`` if none."""
    rows = [
        [
            InlineKeyboardButton(
                text=str(button["text"]),
                callback_data=Press(
                    press=str(button["press"]),
                    round=round_,
                    sig=_signed(signer, chat_id, str(button["press"]), round_),
                ).pack(),
            )
        ]
        for button in buttons
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


def is_genuine(data: Press, chat_id: int, signer: Signer) -> bool:
    """Whether ``data`` was made by this bot for this chat."""
    return signer.same_signature(_signed(signer, chat_id, data.press, data.round), data.sig)
