"""Long replies in parts a chat can take (Telegram refuses a message over 4,096 characters)."""

from __future__ import annotations

from typing import Final

TELEGRAM_LIMIT: Final = 4096
"""Characters in one Telegram message."""


def message_parts(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """``text`` cut into parts of at most ``limit`` characters, at line ends where possible.

    A schedule stays readable: lines are never split unless one line alone is too long.
    """
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:  # one line longer than a message: cut it
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts
