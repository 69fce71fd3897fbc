"""The demo chat in a terminal: the same pipeline as Telegram, with a person typing.

Buttons are shown as numbered choices (``[1] Accept this plan``); typing ``[1]`` (or just ``1``
when a message has buttons and the number is one of them) presses it. ``/agent``, ``/stop``
and the other commands work as in Telegram; ``/quit`` leaves. A script (``--script FILE``)
is the same input, one line per message; ``#`` starts a comment line.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Final

from rich.console import Console
from rich.text import Text

from negotiator.dialog.decisions import EventKind
from negotiator.dialog.render import RenderedButton
from negotiator.dialog.vocabulary import COMMANDS
from negotiator.services.conversation import Handled, Incoming

CHANNEL: Final = "terminal"
_BUTTON = re.compile(r"\[(\d{1,2})\]")


@dataclass
class TerminalChat:
    """One debtor's chat in the terminal.

    Args:
        console: Where the bot's messages are printed.
        chat_id: The chat's id (one conversation per id).
        language_hint: The language to start in.
    """

    console: Console
    chat_id: int
    language_hint: str | None = None
    buttons: tuple[RenderedButton, ...] = field(default=())

    def opening(self, reference: str) -> Incoming:
        """The ``/start`` of a signed link to ``reference``."""
        return Incoming(
            CHANNEL,
            self.chat_id,
            EventKind.START,
            link_reference=reference,
            language_hint=self.language_hint,
        )

    def parse(self, line: str) -> Incoming | str:
        """What the person typed, as an event; or a problem to show them (a string)."""
        text = line.strip()
        number = _button_number(text, bare_digit=bool(self.buttons))
        if number is not None:
            if not 1 <= number <= len(self.buttons):
                return f"there is no button {number} here"
            button = self.buttons[number - 1]
            return Incoming(CHANNEL, self.chat_id, EventKind.BUTTON, name=button.press)
        if text.startswith("/"):
            name = text[1:].split()[0].lower() if len(text) > 1 else ""
            if name not in COMMANDS:
                return f"unknown command /{name}; try /help"
            return Incoming(CHANNEL, self.chat_id, EventKind.COMMAND, name=name)
        return Incoming(CHANNEL, self.chat_id, EventKind.TEXT, text=line.rstrip("\n"))

    def show(self, handled: Handled) -> None:
        """Print the bot's replies and remember their buttons."""
        buttons: list[RenderedButton] = []
        for checked in handled.blocked:
            # Only in the demo: show what the filter stopped, so a script author sees it.
            rules = ", ".join(checked.verdict.rule_ids)
            self.console.print(Text(f"(blocked by the compliance filter: {rules})", style="red"))
        for reply in handled.replies:
            self.console.print(Text.assemble(("bot> ", "bold cyan"), reply.message.text))
            buttons.extend(reply.buttons)
        if buttons:
            choices = "  ".join(f"[{n}] {b.text}" for n, b in enumerate(buttons, start=1))
            self.console.print(Text(choices, style="cyan"))
            # Like Telegram's inline keyboards, the last buttons shown stay pressable.
            self.buttons = tuple(buttons)


def _button_number(text: str, *, bare_digit: bool) -> int | None:
    """``[2]`` presses button 2; so does a lone ``2`` while buttons are shown."""
    if match := _BUTTON.fullmatch(text):
        return int(match.group(1))
    if bare_digit and len(text) == 1 and text.isdigit():
        return int(text)
    return None


def script_lines(lines: Iterable[str]) -> list[str]:
    """The messages of a script: blank lines and ``#`` comments left out."""
    return [
        line.rstrip("\n") for line in lines if line.strip() and not line.lstrip().startswith("#")
    ]


async def play(
    chat: TerminalChat,
    handle: Callable[[Incoming], Awaitable[Handled]],
    lines: Iterable[str],
    *,
    echo: bool,
) -> None:
    """Feed ``lines`` to the chat; ``handle`` runs the pipeline for one event (awaitable)."""
    for line in lines:
        if echo:
            chat.console.print(Text.assemble(("you> ", "bold"), line))
        parsed = chat.parse(line)
        if isinstance(parsed, str):
            chat.console.print(Text(f"({parsed})", style="yellow"))
            continue
        chat.show(await handle(parsed))
