"""Where commands write: results on standard output, problems on standard error."""

from __future__ import annotations

import typer
from rich.console import Console

out = Console(highlight=False, soft_wrap=True, markup=False)
"""Results (what a script would capture)."""

err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
"""Problems and progress."""


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` on standard error; raise the returned exit to stop with ``code``."""
    err.print(message, markup=False)
    return typer.Exit(code)
