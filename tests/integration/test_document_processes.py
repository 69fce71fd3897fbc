"""Confirmations laid out in the document processes (``document_processes``) are the very
documents a thread would make; a process that dies is replaced; closing the app stops them."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from negotiator.domain.clock import FixedClock
from negotiator.services.account_import import import_accounts
from negotiator.services.confirmations import Confirmations
from negotiator.settings import Settings
from tests.conftest import EXAMPLES
from tests.conversations.client import Debtor, Telegram, an_app


async def test_a_confirmation_from_the_pool_is_the_one_a_thread_makes(
    tmp_path: Path, clock: FixedClock
) -> None:
    app = an_app(tmp_path, clock, document_processes=1)
    await app.ensure_schema()
    await import_accounts(
        EXAMPLES / "accounts.csv", policy=app.policy, signer=app.signer, uow=app.uow(), clock=clock
    )
    telegram = Telegram(app)
    assert telegram.sender.documents_at_once == 1
    debtor = Debtor(telegram, language="en")
    await debtor.start(app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    await debtor.send("I lost my job, I could pay $450 a month")
    await debtor.click("Accept")
    await debtor.click("I agree")
    sent = [c.method for c in telegram.session.calls if c.name == "sendDocument"]
    assert len(sent) == 1
    document = sent[0].document  # type: ignore[attr-defined]
    number = document.filename.removesuffix(".pdf")

    in_thread = Confirmations(app.policy, app.conversations.renderer, app.conversations.filters)
    expected = await in_thread.pdf(app.uow(), number, "en")
    assert document.data == expected.content  # byte for byte: the layout is deterministic

    workers = multiprocessing.active_children()
    assert len(workers) == 1  # one process, spawned for the first document
    os.kill(workers[0].pid or 0, signal.SIGKILL)  # out of memory, say
    workers[0].join(10)
    again = await app.confirmations.pdf(app.uow(), number, "en")
    assert again.content == expected.content  # a new process took over
    assert multiprocessing.active_children()

    await app.close()
    assert multiprocessing.active_children() == []  # stopped with the app


async def test_no_processes_means_a_thread(tmp_path: Path, clock: FixedClock) -> None:
    app = an_app(tmp_path, clock, document_processes=0)
    assert app.confirmations.processes == 0
    await app.close()


def test_by_default_the_bot_keeps_a_core_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEGOTIATOR_DOCUMENT_PROCESSES", raising=False)
    for cpus, expected in ((1, 1), (2, 1), (3, 2), (16, 4)):
        monkeypatch.setattr(os, "cpu_count", lambda cpus=cpus: cpus)
        assert Settings(_env_file=None).document_workers() == expected
    monkeypatch.setattr(os, "cpu_count", lambda: 9)
    shared = [Settings(_env_file=None).document_workers(sharing=n) for n in (1, 2, 4, 16)]
    assert shared == [4, 4, 2, 1]  # the webhook workers share the CPUs but one
    assert Settings(document_processes=0).document_workers(sharing=4) == 0


SCRIPT = """
import os, sys, time
from negotiator.documents.worker import start_document_processes

if __name__ == "__main__":
    pool = start_document_processes(1)
    print(pool.submit(os.getpid).result(), flush=True)
    time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "\nState:\tZ" in status.read_text())


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the process")
def test_a_document_process_exits_when_the_bot_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "bot.py"
    script.write_text(SCRIPT, encoding="utf-8")
    with subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True) as bot:
        try:
            assert bot.stdout is not None
            child = int(bot.stdout.readline())
            assert alive(child)
            bot.kill()  # SIGKILL: the pool gets no chance to stop its processes
            bot.wait(10)
            deadline = time.monotonic() + 10
            while alive(child) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not alive(child), "the document process outlived the bot"
        finally:
            bot.kill()
