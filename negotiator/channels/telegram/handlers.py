"""The debtor's side of Telegram: every kind of update becomes one :class:`Incoming` event.

Handlers only translate: a deep link, a command, a text, a button press or anything else
(stickers, photos, voice, contacts, edits) becomes an event for
:class:`~negotiator.services.conversation.ConversationService`, which decides, records and
queues the replies (the outbox sender delivers them). Private chats only; the agents' group is
another router.
"""

from __future__ import annotations

from collections.abc import Callable

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message
from aiogram.utils.i18n import I18n

from negotiator.channels.telegram.callbacks import Press, is_genuine
from negotiator.dialog.decisions import EventKind
from negotiator.dialog.vocabulary import COMMANDS
from negotiator.domain.signing import Signer
from negotiator.errors import LinkError
from negotiator.services.conversation import ConversationService, Incoming
from negotiator.storage.uow import SqlUnitOfWork

CHANNEL = "telegram"


class DebtorChat:
    """Turns updates into events and hands them to the service.

    Args:
        service: The conversation pipeline.
        uow: Makes a unit of work.
        signer: Checks deep links and buttons.
    """

    def __init__(
        self, service: ConversationService, uow: Callable[[], SqlUnitOfWork], signer: Signer
    ) -> None:
        self.service = service
        self.uow = uow
        self.signer = signer

    async def handle(self, incoming: Incoming) -> None:
        """Run the pipeline for one event (replies go out through the outbox)."""
        await self.service.handle(incoming, self.uow())

    def router(self) -> Router:
        """The router of private chats with debtors."""
        router = Router(name="debtors")
        router.message.filter(F.chat.type == "private")
        router.callback_query.filter(F.message.chat.type == "private")
        router.message.register(self.on_start, CommandStart())
        router.message.register(self.on_command, Command(*(c for c in COMMANDS if c != "start")))
        router.message.register(self.on_text, F.text)
        router.message.register(self.on_other)
        router.edited_message.register(self.on_edit, F.chat.type == "private")
        router.callback_query.register(self.on_press, Press.filter())
        router.callback_query.register(self.on_unknown_press)
        return router

    @staticmethod
    def _event(
        message: Message,
        kind: EventKind,
        i18n: I18n,
        update_id: int | None,
        *,
        text: str = "",
        name: str | None = None,
        link_reference: str | None = None,
    ) -> Incoming:
        return Incoming(
            CHANNEL,
            message.chat.id,
            kind,
            text=text,
            name=name,
            link_reference=link_reference,
            language_hint=i18n.current_locale,
            update_id=update_id,
        )

    async def on_start(
        self, message: Message, command: CommandObject, i18n: I18n, update_id: int | None = None
    ) -> None:
        """``/start``, with a signed account link or without."""
        reference = None
        if command.args:
            try:
                reference = self.signer.open_link_payload(command.args.strip())
            except LinkError:
                reference = None  # a damaged link: the bot asks for the reference instead
        await self.handle(
            self._event(message, EventKind.START, i18n, update_id, link_reference=reference)
        )

    async def on_command(
        self, message: Message, command: CommandObject, i18n: I18n, update_id: int | None = None
    ) -> None:
        """``/agent``, ``/stop``, ``/dispute``, ``/myplan``, ``/language``, ``/help``..."""
        name = command.command.lower()
        await self.handle(self._event(message, EventKind.COMMAND, i18n, update_id, name=name))

    async def on_text(self, message: Message, i18n: I18n, update_id: int | None = None) -> None:
        """Anything the debtor writes."""
        text = message.text or ""
        await self.handle(self._event(message, EventKind.TEXT, i18n, update_id, text=text))

    async def on_other(self, message: Message, i18n: I18n, update_id: int | None = None) -> None:
        """Stickers, photos, voice, files, contacts, locations: a polite request for text."""
        await self.handle(self._event(message, EventKind.UNSUPPORTED, i18n, update_id))

    async def on_edit(self, message: Message, i18n: I18n, update_id: int | None = None) -> None:
        """An edited message is not re-read (the first version was answered already)."""
        await self.handle(self._event(message, EventKind.UNSUPPORTED, i18n, update_id))

    async def on_press(
        self,
        query: CallbackQuery,
        callback_data: Press,
        i18n: I18n,
        update_id: int | None = None,
    ) -> None:
        """A button: checked for its signature here, for its offer by the service."""
        await query.answer()
        if query.message is None:
            return
        chat_id = query.message.chat.id
        await self.handle(
            Incoming(
                CHANNEL,
                chat_id,
                EventKind.BUTTON,
                name=callback_data.press,
                offer_round=callback_data.round,
                forged=not is_genuine(callback_data, chat_id, self.signer),
                language_hint=i18n.current_locale,
                update_id=update_id,
            )
        )

    async def on_unknown_press(
        self, query: CallbackQuery, i18n: I18n, update_id: int | None = None
    ) -> None:
        """Callback data this bot never made."""
        await query.answer()
        if query.message is None:
            return
        await self.handle(
            Incoming(
                CHANNEL,
                query.message.chat.id,
                EventKind.BUTTON,
                name="unknown",
                forged=True,
                language_hint=i18n.current_locale,
                update_id=update_id,
            )
        )
