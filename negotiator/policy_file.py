"""Reading a creditor policy file (the only I/O around :mod:`negotiator.domain.policy`)."""

from __future__ import annotations

from pathlib import Path

from negotiator.datafile import load_model_file
from negotiator.domain.policy import Policy


def load_policy(path: Path) -> Policy:
    """Load and validate a policy file.

    Raises:
        DataFileError: with every problem, located by file, line and field.
    """
    return load_model_file(path, Policy)
