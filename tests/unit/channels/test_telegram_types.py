"""aiogram's Telegram types built leaves first (``telegram_types.py``): the same validators,
built in another order."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from pydantic import BaseModel, ConfigDict

from negotiator.channels.telegram.telegram_types import leaves_first

# Run in a fresh interpreter: this one imported aiogram long ago. Prints what the build gave.
_PROBE = """
import json, sys
from pydantic import BaseModel
rebuild = BaseModel.__dict__["model_rebuild"]
if sys.argv[1] == "aiogram":
    import aiogram.types  # first: aiogram builds its types its own way
import negotiator.channels.telegram as adapter
from negotiator.channels.telegram.telegram_types import import_aiogram_types
assert adapter.BUILT_LEAVES_FIRST is (sys.argv[1] == "leaves-first")
assert import_aiogram_types() is False  # once a process
import aiogram.types as types
from aiogram.types import Update
complete = [
    name for name in types.__all__
    if isinstance(getattr(types, name), type) and issubclass(getattr(types, name), BaseModel)
    and not getattr(types, name).__pydantic_complete__
]
update = Update.model_validate(json.loads(sys.argv[2]))
print(json.dumps({
    "rebuild_restored": BaseModel.__dict__["model_rebuild"] is rebuild,
    "incomplete": complete,
    "schema": Update.model_json_schema(),
    "update": update.model_dump(mode="json", exclude_none=True),
    "message_type": type(update.callback_query.message).__name__,
}))
"""

_UPDATE = {
    "update_id": 7,
    "callback_query": {
        "id": "q1",
        "from": {"id": 5, "is_bot": False, "first_name": "Li", "language_code": "zh-hans"},
        "chat_instance": "c",
        "data": "agree:1",
        "message": {
            "message_id": 9,
            "date": 1_700_000_000,
            "chat": {"id": 5, "type": "private"},
            "text": "每月 ¥500，共 6 期",
            "reply_to_message": {
                "message_id": 8,
                "date": 1_700_000_000,
                "chat": {"id": 5, "type": "private"},
                "sticker": {
                    "file_id": "s",
                    "file_unique_id": "u",
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                },
            },
        },
    },
}


def _probe(mode: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode, json.dumps(_UPDATE)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_built_leaves_first_the_types_validate_as_aiogram_builds_them() -> None:
    ours, aiograms = _probe("leaves-first"), _probe("aiogram")
    assert ours["rebuild_restored"]
    assert ours["incomplete"] == []
    assert ours["schema"] == aiograms["schema"]  # the same validators: the same JSON schema
    assert ours["update"] == aiograms["update"]
    assert ours["update"]["callback_query"]["message"]["reply_to_message"]["sticker"]["width"]
    assert ours["message_type"] == aiograms["message_type"] == "Message"


class _Config(BaseModel):
    model_config = ConfigDict(defer_build=True)


class Holder(_Config):
    item: Item | None = None
    items: list[Item] = []
    parent: Holder | None = None  # a cycle: the type itself


class Item(_Config):
    part: Part


class Part(_Config):
    name: str
    whole: Holder | None = None  # a cycle through two others


def test_each_type_is_built_after_the_types_its_fields_name() -> None:
    calls = [(cls, (), {"_types_namespace": globals()}) for cls in (Holder, Item, Part)]
    ordered = [cls for cls, _, _ in leaves_first(calls)]
    assert sorted(ordered, key=str) == sorted([Holder, Item, Part], key=str)  # each once
    assert ordered.index(Item) < ordered.index(Holder)
    for cls, args, kwargs in leaves_first(calls):
        cls.model_rebuild(*args, **kwargs)
    holder = Holder.model_validate({"item": {"part": {"name": "a"}}})
    assert holder.item == Item(part=Part(name="a"))
