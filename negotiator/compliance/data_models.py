"""The building blocks of every compliance data file: patterns, texts, times, located errors.

Rule packs (``pack_file.py``) and the screening file (``screening_file.py``) are YAML edited by
compliance officers. Both validate through the models here, so a pattern that does not compile,
an unquoted version or a time written as ``22:00`` without quotes is reported with its file, line
and field, the same way everywhere.
"""

from __future__ import annotations

import re
from datetime import time
from functools import cache
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
)

from negotiator.compliance.patterns import CompiledPattern, PatternError, Script, compile_pattern
from negotiator.datafile import Loc, parse_yaml, validation_problems
from negotiator.errors import DataFileError, Problem

__all__ = [
    "ClockTime",
    "DataModel",
    "EnPattern",
    "PatternLists",
    "Text",
    "ZhPattern",
    "compile_lists",
    "compiled",
    "validate_file",
]

M = TypeVar("M", bound=BaseModel)

_HHMM = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


@cache
def compiled(source: str, script: Script) -> CompiledPattern:
    """Compile a pattern once per process (the three packs share most of their phrases).

    Raises:
        PatternError: the pattern is malformed.
    """
    return compile_pattern(source, script)


def _check(source: str, script: Script) -> str:
    try:
        compiled(source, script)
    except PatternError as exc:
        raise ValueError(str(exc)) from None
    return source


def _zh(source: str) -> str:
    return _check(source, "zh")


def _en(source: str) -> str:
    return _check(source, "en")


def _text_only(value: Any) -> Any:
    # YAML reads 2026.1 as a number and 22:00 as 1320 (sexagesimal); both must be quoted.
    if not isinstance(value, str):
        raise ValueError(f'expected text in quotes, got {value!r} (write it as "...")')
    return value


ZhPattern = Annotated[str, Field(min_length=1), AfterValidator(_zh)]
EnPattern = Annotated[str, Field(min_length=1), AfterValidator(_en)]
Text = Annotated[str, BeforeValidator(_text_only), Field(min_length=1)]


def _clock_time(value: Any) -> time:
    value = _text_only(value)
    if not _HHMM.match(value):
        raise ValueError(f'{value!r} is not a time of day; write it as "HH:MM", e.g. "08:00"')
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


ClockTime = Annotated[time, BeforeValidator(_clock_time)]


def _known_phrase_set(name: str | None, info: ValidationInfo) -> str | None:
    known = (info.context or {}).get("phrase_sets")
    if name is not None and known is not None and name not in known:
        raise ValueError(
            f"no phrase set {name!r} in phrases.yaml (known: {', '.join(sorted(known))})"
        )
    return name


PhraseSetName = Annotated[str | None, AfterValidator(_known_phrase_set)]
"""The name of a phrase set of ``phrases.yaml`` (checked when the file is loaded with them)."""


class DataModel(BaseModel):
    """Base of the compliance file models: frozen, no unknown fields, docstrings kept."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", use_attribute_docstrings=True, str_strip_whitespace=True
    )


class PatternLists(DataModel):
    """Patterns per script. Chinese patterns cover Simplified and Traditional text alike."""

    zh: tuple[ZhPattern, ...] = ()
    """Chinese patterns (write either script; both are folded to one form)."""
    en: tuple[EnPattern, ...] = ()
    """English patterns."""

    def of(self, script: Script) -> tuple[str, ...]:
        """The patterns of one script."""
        return self.zh if script == "zh" else self.en


def validate_file(path: Path, model: type[M], context: dict[str, Any]) -> tuple[M, dict[Loc, int]]:
    """Read ``path`` and validate it as ``model``; also return each key's line.

    Args:
        path: The YAML file.
        model: The pydantic model it must satisfy.
        context: Validation context (e.g. the phrase sets a pack may refer to).

    Raises:
        DataFileError: the file is unreadable or invalid; every problem is located.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError([Problem(str(path), None, "", "file not found")]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError([Problem(str(path), None, "", f"cannot read: {exc}")]) from exc
    data, lines = parse_yaml(text, str(path))
    if not isinstance(data, dict):
        raise DataFileError([Problem(str(path), 1, "", "expected a mapping of fields at the top")])
    try:
        return model.model_validate(data, context=context), lines
    except ValidationError as exc:
        raise DataFileError(validation_problems(exc, str(path), lines)) from exc


def compile_lists(lists: PatternLists | None) -> tuple[CompiledPattern, ...]:
    """Every pattern of ``lists`` compiled, Chinese first (none for ``None``)."""
    if lists is None:
        return ()
    return tuple(compiled(s, "zh") for s in lists.zh) + tuple(compiled(s, "en") for s in lists.en)
