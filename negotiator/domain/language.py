"""The debtor languages negotiator speaks, and how free-form language tags map onto them."""

from __future__ import annotations

from typing import Final

SUPPORTED_LANGUAGES: Final = ("zh_Hans", "zh_Hant", "en")
"""Locale identifiers as babel and the ``locales/`` folders spell them."""

DEFAULT_LANGUAGE: Final = "zh_Hans"

# Regions whose Chinese is written in Traditional characters by default (CLDR likely subtags).
_TRADITIONAL_REGIONS: Final = frozenset({"tw", "hk", "mo"})


def normalize_language(tag: str) -> str | None:
    """Map a tag such as ``zh-CN``, ``zh_TW``, ``zh-Hant-HK`` or ``en-US`` to a supported one.

    Returns:
        One of :data:`SUPPORTED_LANGUAGES`, or ``None`` for a language we do not speak.
    """
    parts = [p.lower() for p in tag.replace("-", "_").strip().split("_") if p]
    if not parts:
        return None
    if parts[0] == "en":
        return "en"
    if parts[0] != "zh":
        return None
    rest = set(parts[1:])
    if "hant" in rest or rest & _TRADITIONAL_REGIONS:
        return "zh_Hant"
    return "zh_Hans"
