"""Starts ``negotiator run`` processes quickly, for the crash test: imports once, forks many.

Importing aiogram builds a few hundred pydantic models and compiling the rule packs' patterns
takes seconds more (10-20 s together on a small, busy machine), so a test that kills the bot
twenty times would spend minutes starting it. Like a zygote (or gunicorn's ``--preload``), this
process imports everything and compiles the patterns once (they are cached per process), then
forks a fresh bot process for each start; each child is a separate process that reads the
database afresh, loads the rest of its data and really dies when it gets SIGKILL.

Protocol on stdin/stdout, one line each: ``spawn LOGFILE`` answers the child's pid; ``wait PID``
answers its exit status once it is gone (negative: the signal that killed it); EOF ends.
"""

from __future__ import annotations

import os
import sys

import negotiator.channels.telegram.bot  # imported once, before forking
import negotiator.cli
from negotiator.compliance.packs import load_packs


def child(log: str) -> None:
    output = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(output, 1)
    os.dup2(output, 2)
    os.close(output)
    sys.stdin.close()
    sys.argv = ["negotiator", "run"]
    try:
        negotiator.cli.main()
    except SystemExit as exc:
        os._exit(exc.code if isinstance(exc.code, int) else 1)
    os._exit(0)


def main() -> None:
    load_packs()  # compiles every pattern into the process's cache, which children inherit
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "spawn":
            pid = os.fork()
            if pid == 0:
                child(argument)
            print(pid, flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(argument), 0)
            print(os.waitstatus_to_exitcode(status), flush=True)


if __name__ == "__main__":
    main()
