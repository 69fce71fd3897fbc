"""``negotiator demo``: chat with the bot in a terminal, no Telegram token needed.

The demo runs the real pipeline (understanding, dialog engine, offers, compliance filter,
storage, audit) on an embedded SQLite database seeded with the example policy and accounts.
You play the debtor of one example account; its identity answer is printed for you, since the
database only keeps a keyed hash of it.
"""

from __future__ import annotations

import asyncio
import csv
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.text import Text

from negotiator.bootstrap import App, bootstrap
from negotiator.channels.terminal import TerminalChat, play, script_lines
from negotiator.domain.language import normalize_language
from negotiator.errors import NegotiatorError
from negotiator.services.account_import import import_accounts
from negotiator.services.conversation import Handled, Incoming
from negotiator.settings import PROJECT_ROOT, Settings

EXAMPLE_ACCOUNTS = PROJECT_ROOT / "examples" / "accounts.csv"


@dataclass(frozen=True, slots=True)
class DemoDebtor:
    """The example account the person plays, with its identity answer in clear (demo only)."""

    reference: str
    name: str
    language: str
    answer: str
    answer_kind: str


def pick_debtor(path: Path, language: str, reference: str | None) -> DemoDebtor:
    """The account to play: ``reference``, else the first example in ``language``.

    Raises:
        NegotiatorError: no such account in the examples.
    """
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            row_language = normalize_language(row["language"]) or "en"
            if (reference and row["reference"] == reference) or (
                not reference and row_language == language
            ):
                kind = "date of birth" if row.get("dob") else "last 4 digits of the ID"
                answer = row.get("dob") or row.get("id_last4") or ""
                return DemoDebtor(row["reference"], row["name"], row_language, answer, kind)
    wanted = reference or f"an account in {language}"
    raise NegotiatorError(f"no example account for {wanted} in {path}")


def _settings(scripted: bool) -> tuple[Settings, tempfile.TemporaryDirectory[str] | None]:
    settings = Settings()
    if "database_url" in settings.model_fields_set:
        return settings, None
    if scripted:
        # A script is a fresh, repeatable run: its own throw-away database.
        folder = tempfile.TemporaryDirectory(prefix="negotiator-demo-")
        url = f"sqlite+aiosqlite:///{Path(folder.name) / 'demo.db'}"
        return settings.model_copy(update={"database_url": url}), folder
    url = f"sqlite+aiosqlite:///{settings.data_dir / 'demo.db'}"
    return settings.model_copy(update={"database_url": url}), None


async def _seed(application: App) -> None:
    await application.ensure_schema()
    await import_accounts(
        EXAMPLE_ACCOUNTS,
        policy=application.policy,
        signer=application.signer,
        uow=application.uow(),
        clock=application.clock,
        batch_size=application.settings.import_batch_size,
    )


async def _save_confirmation(application: App, handled: Handled, console: Console) -> None:
    """Write the written confirmation where the person can open it (Telegram sends it)."""
    assert handled.document is not None
    document = await application.confirmations.pdf(
        application.uow(), handled.document, handled.talk.language
    )
    folder = application.settings.data_dir / "agreements"
    await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
    path = folder / document.filename
    await asyncio.to_thread(path.write_bytes, document.content)
    console.print(Text(f"(written confirmation saved to {path})", style="green"))


async def run_demo(
    console: Console, *, language: str, reference: str | None, script: Path | None
) -> Handled | None:
    """Run the demo; returns the last thing the pipeline handled.

    Raises:
        NegotiatorError: bad configuration, data files or arguments.
    """
    settings, folder = _settings(script is not None)
    application = bootstrap(settings)
    try:
        await _seed(application)
        debtor = pick_debtor(EXAMPLE_ACCOUNTS, language, reference)
        service = application.conversations
        chat_id = zlib.crc32(debtor.reference.encode()) & 0x7FFFFFFF
        chat = TerminalChat(console, chat_id, debtor.language)
        console.print(
            Text.assemble(
                ("negotiator demo", "bold"),
                f" — you are {debtor.name} ({debtor.reference}); when asked, your "
                f"{debtor.answer_kind} is {debtor.answer}. Press a button by typing its number "
                "in brackets, e.g. [1]; /help, /agent, /stop work as in Telegram; /quit leaves.",
            )
        )
        last: Handled | None = None

        async def handle(incoming: Incoming) -> Handled:
            nonlocal last
            last = await service.handle(incoming, application.uow())
            if last.document is not None:
                await _save_confirmation(application, last, console)
            return last

        chat.show(await handle(chat.opening(debtor.reference)))
        if script is not None:
            text = await asyncio.to_thread(script.read_text, encoding="utf-8")
            lines = script_lines(text.splitlines())
            await play(chat, handle, lines, echo=True)
        else:
            while True:
                try:
                    line = await asyncio.to_thread(console.input, "[bold]you>[/] ")
                except EOFError:
                    console.print()
                    break
                if line.strip() == "/quit":
                    break
                if line.strip():
                    await play(chat, handle, [line], echo=False)
        return last
    finally:
        await application.close()
        if folder is not None:
            folder.cleanup()
