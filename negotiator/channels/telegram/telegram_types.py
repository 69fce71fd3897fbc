"""Import aiogram with its Telegram types built leaves first: a third less memory.

aiogram builds the validators of its ~440 Telegram types when ``aiogram.types`` is imported, by
calling ``model_rebuild`` on each in alphabetical order (``aiogram/types/__init__.py``). pydantic
reuses a type's built schema inside the types that contain it only when that type was built
first; in alphabetical order ``Message`` (say) is not, and a copy of it is built inside every
type before it that holds a message. Built leaves first — each type after the types its fields
name — the same types take **104 MB instead of 148 MB** resident, and the import is about a
second faster (``bench/README.md``, memory; aiogram issue #1513 is about the same builds).

:func:`import_aiogram_types` makes the import so: while ``aiogram.types`` executes, aiogram's
``model_rebuild`` calls are recorded instead of made; then the same calls, with the same
arguments, are made in dependency order. The validators are the ones aiogram would have built;
only the order differs. It is called by this package's ``__init__``, so anything that imports
the Telegram adapter gets it; a process that imported aiogram before (a test, a script) keeps
aiogram's own build, which is as correct and only larger.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from importlib import import_module
from typing import Any

from pydantic import BaseModel

_NAME = re.compile(r"[A-Za-z_]\w*")

Call = tuple[type[BaseModel], tuple[Any, ...], dict[str, Any]]


def import_aiogram_types() -> bool:
    """Import ``aiogram.types`` with its types built leaves first; ``False`` when it was
    imported already (nothing done)."""
    if "aiogram.types" in sys.modules:
        return False
    calls: list[Call] = []
    original = BaseModel.__dict__["model_rebuild"]

    def record(cls: type[BaseModel], *args: Any, **kwargs: Any) -> None:
        calls.append((cls, args, kwargs))

    BaseModel.model_rebuild = classmethod(record)  # type: ignore[assignment, method-assign]
    try:
        import_module("aiogram.types")
    finally:
        BaseModel.model_rebuild = original  # type: ignore[method-assign]
    for cls, args, kwargs in leaves_first(calls):
        cls.model_rebuild(*args, **kwargs)
    return True


def leaves_first(calls: Iterable[Call]) -> list[Call]:
    """``calls`` ordered so that each type comes after the types its fields name (a cycle —
    ``Message.reply_to_message`` is a ``Message`` — is broken where it is met; pydantic builds
    such a reference as a definition whichever way)."""
    by_name = {cls.__name__: (cls, args, kwargs) for cls, args, kwargs in calls}
    ordered: list[Call] = []
    state: dict[str, bool] = {}  # False: being visited; True: placed

    def visit(name: str) -> None:
        if name in state:
            return
        state[name] = False
        cls, _, kwargs = by_name[name]
        scope = {**vars(sys.modules[cls.__module__]), **kwargs.get("_types_namespace", {})}
        for needed in sorted(_named_types(cls, scope) & by_name.keys()):
            visit(needed)
        state[name] = True
        ordered.append(by_name[name])

    for cls, _, _ in calls:
        visit(cls.__name__)
    return ordered


def _named_types(cls: type, scope: Mapping[str, Any]) -> set[str]:
    """Every name in the annotations of ``cls`` and its bases (strings or types alike: the
    names of the types they mention are in their text), aliases followed (aiogram names unions
    of types, ``MaybeInaccessibleMessageUnion``, in ``scope``)."""
    names: set[str] = set()
    texts = [str(a) for k in cls.__mro__ for a in getattr(k, "__annotations__", {}).values()]
    while texts:
        for name in _NAME.findall(texts.pop()):
            if name in names:
                continue
            names.add(name)
            value = scope.get(name)
            if value is not None and not isinstance(value, type) and hasattr(value, "__args__"):
                texts.append(str(value))  # an alias of other types: the names in it
    names.discard(cls.__name__)
    return names
