"""``python -m negotiator`` runs the ``negotiator`` command."""

from negotiator.cli import main

main()
