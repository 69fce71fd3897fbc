"""The processes that lay confirmations out (``NEGOTIATOR_DOCUMENT_PROCESSES``).

They are spawned, not forked: the bot's process holds the database driver's threads, which a
fork would copy mid-step. A spawned process imports only what it runs (this module and
:mod:`negotiator.documents.pdf`, plus the program's main module, as every spawned process does).

A pool stops its processes when it is shut down, but not when the bot's process is killed
outright (``SIGKILL``, the out-of-memory killer): then nothing tells them, and each would linger
holding its memory. So every document process watches its parent and exits when it is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from negotiator.documents.confirmation import ConfirmationDocument

PARENT_CHECK_SECONDS: Final = 1.0
"""How often a document process looks whether the bot's process is still there."""


def lay_out(document: ConfirmationDocument) -> bytes:
    """The PDF of ``document`` (:func:`negotiator.documents.pdf.render_pdf`), the PDF library
    imported here on first use: in a document process, or in a thread of the bot's process when
    it has none."""
    from negotiator.documents.pdf import render_pdf

    return render_pdf(document)


def start_document_processes(count: int) -> ProcessPoolExecutor:
    """A pool of ``count`` document processes, each started when work first needs it."""
    return ProcessPoolExecutor(
        count,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=follow_parent,
        initargs=(os.getpid(),),
    )


def follow_parent(parent: int) -> None:
    """In a document process: exit as soon as ``parent`` (the bot's process) is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)  # orphaned: no one is left to take a document from us

    threading.Thread(target=watch, name="follow-parent", daemon=True).start()
