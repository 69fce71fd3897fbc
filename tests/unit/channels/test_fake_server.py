"""The fake Bot API reads aiogram's requests however they arrive on the wire."""

from __future__ import annotations

import asyncio

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import BufferedInputFile

from negotiator.channels.telegram.fake_server import FakeBotApi

TOKEN = "42:fake-server-test"


async def test_an_upload_arriving_in_small_pieces_is_read_whole() -> None:
    """A document whose body arrives in uneven pieces: the caption (Chinese) and the chat come
    through and the fake records no error of its own.

    The fake parses multipart bodies whole because aiohttp's streaming reader warns
    (``unread_data() is deprecated``) when a short read is followed by a long one, which made the
    crash test flaky; that exact timing is aiohttp-internal and not forced here."""
    api = FakeBotApi(TOKEN)
    url = await api.start()
    host, port = url.removeprefix("http://").split(":")

    async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))

        async def client_to_server() -> None:
            # Alternately a few bytes alone, then a large piece: the reader sees a short read
            # and then more than it asked for.
            pending = b""
            while chunk := await reader.read(1 << 20):
                pending += chunk
                while len(pending) > 7:
                    for size in (7, 90_000):
                        upstream_writer.write(pending[:size])
                        pending = pending[size:]
                        await upstream_writer.drain()
                        await asyncio.sleep(0.01)
            upstream_writer.write(pending)
            upstream_writer.close()

        async def server_to_client() -> None:
            while chunk := await upstream_reader.read(65536):
                writer.write(chunk)
                await writer.drain()
            writer.close()

        await asyncio.gather(client_to_server(), server_to_client(), return_exceptions=True)

    relay_server = await asyncio.start_server(relay, "127.0.0.1", 0)
    relay_port = relay_server.sockets[0].getsockname()[1]
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(f"http://127.0.0.1:{relay_port}", is_local=False)
    )
    bot = Bot(TOKEN, session=session)
    try:
        document = BufferedInputFile(b"%PDF-1.4\n" + b"x" * 400_000, filename="agreement.pdf")
        sent = await bot.send_document(7, document, caption="还款协议：每月 ¥500，共 6 期")
        assert sent.caption == "还款协议：每月 ¥500，共 6 期"
        assert sent.chat.id == 7
        assert api.errors == []
    finally:
        await bot.session.close()
        relay_server.close()
        await relay_server.wait_closed()
        await api.stop()
