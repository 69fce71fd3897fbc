"""The Telegram adapter: the only package that imports aiogram."""

from negotiator.channels.telegram.telegram_types import import_aiogram_types

BUILT_LEAVES_FIRST = import_aiogram_types()
"""Whether this process's aiogram types were built leaves first (a third less memory, see the
module): done here, before any module of this package imports aiogram, unless aiogram was
imported before."""
