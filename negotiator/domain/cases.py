"""The words of the agents' desk: what a case card's buttons do, a case's statuses, warnings.

Kept in the domain so that the catalog extraction (which lists every key the code builds from
these names) and the services that use them share one list.
"""

from __future__ import annotations

from typing import Final

__all__ = ["CASE_ACTIONS", "CASE_STATUSES", "DESK_WARNINGS", "OPEN_STATUSES"]

CASE_ACTIONS: Final = ("take", "return", "close")
"""The buttons of a case card, in order: take over, return to the bot, close."""

CASE_STATUSES: Final = ("waiting", "taken", "returned", "closed")
"""A case's statuses, from opened to finished (Chatwoot's pending, open, bot, resolved)."""

OPEN_STATUSES: Final = ("waiting", "taken")
"""The statuses of a case people still have to deal with; the bot stays out of negotiating."""

DESK_WARNINGS: Final = ("self_harm", "opted_out")
"""Warnings shown above a debtor's message mirrored into a case's topic."""
