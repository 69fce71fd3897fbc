"""Sub-commands of ``negotiator``, one module per group (registered in :mod:`negotiator.cli`)."""
