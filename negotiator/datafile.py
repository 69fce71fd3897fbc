"""Load a YAML data file into a pydantic model, reporting every problem with its line.

Policy files, dialog scripts, rule packs and lexicons are edited by people who are not
programmers. When one is wrong they need the file, the line, the field and the reason, for every
problem at once, not a traceback. Numbers with a decimal point become ``Decimal`` (never
``float``), and a key given twice in one mapping is an error rather than silently overwritten.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from negotiator.errors import DataFileError, Problem

M = TypeVar("M", bound=BaseModel)

Loc = tuple[str | int, ...]


_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it (its wheels are): several times faster."""


class _DecimalSafeLoader(_Loader):  # type: ignore[valid-type,misc]
    """A safe loader that reads ``1.5`` as ``Decimal("1.5")``."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    if text.lower() in {".nan", ".inf", "+.inf", "-.inf"}:
        raise yaml.constructor.ConstructorError(
            None, None, f"{text} is not allowed here", node.start_mark
        )
    return Decimal(text)


_DecimalSafeLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)

# YAML 1.1 reads on/off/yes/no (and y/n) as booleans: a dialog's `on:` key would become True
# and a country code `NO` False. People editing these files expect YAML 1.2: only true/false.
_DecimalSafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_DecimalSafeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _index_lines(
    node: yaml.Node, loc: Loc, lines: dict[Loc, int], duplicates: list[tuple[Loc, int]]
) -> None:
    """Record the 1-based line of every mapping key and sequence item under ``node``."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = (*loc, key)
            if key in seen:
                duplicates.append((child, key_node.start_mark.line + 1))
            seen.add(key)
            lines[child] = key_node.start_mark.line + 1
            _index_lines(value_node, child, lines, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*loc, index)
            lines[child] = item.start_mark.line + 1
            _index_lines(item, child, lines, duplicates)


def format_loc(loc: Loc) -> str:
    """``("portfolios", 0, "instalments")`` -> ``portfolios[0].instalments``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def line_of(loc: Loc, lines: dict[Loc, int]) -> int | None:
    """The line of ``loc`` or of its nearest parent that appears in the file."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return 1 if lines else None


def _clean_loc(loc: tuple[Any, ...]) -> Loc:
    # pydantic adds synthetic parts (e.g. a union member tag or "function-after[...]");
    # keep only the parts that name a key or an index in the file.
    return tuple(p for p in loc if isinstance(p, int) or "[" not in str(p))


def validation_problems(
    error: ValidationError, file: str, lines: dict[Loc, int], *, prefix: Loc = ()
) -> list[Problem]:
    """Turn a pydantic ``ValidationError`` into located problems."""
    items = error.errors(include_url=False)
    locs = [_clean_loc(item["loc"]) for item in items]
    failed_inside = {loc[:end] for loc in locs for end in range(len(loc))}
    problems = []
    for item in items:
        loc = (*prefix, *_clean_loc(item["loc"]))
        if item["type"] == "too_short" and _clean_loc(item["loc"]) in failed_inside:
            continue  # pydantic counts only the valid items; the real problem is listed already
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown field (check the spelling; see the documented fields)"
        problems.append(Problem(file, line_of(loc, lines), format_loc(loc), message))
    return problems


def parse_yaml(text: str, file: str) -> tuple[Any, dict[Loc, int]]:
    """Parse YAML text into plain data and a map from each key's location to its line.

    Raises:
        DataFileError: the text is not valid YAML, or a mapping repeats a key.
    """
    loader = _DecimalSafeLoader(text)
    try:
        node = loader.get_single_node()  # parsed once: the lines from it, the data from it
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise DataFileError([Problem(file, line, "", f"not valid YAML: {exc.problem}")]) from exc
    except yaml.YAMLError as exc:
        raise DataFileError([Problem(file, None, "", f"not valid YAML: {exc}")]) from exc
    finally:
        loader.dispose()
    lines: dict[Loc, int] = {}
    duplicates: list[tuple[Loc, int]] = []
    if node is not None:
        _index_lines(node, (), lines, duplicates)
    if duplicates:
        raise DataFileError(
            [Problem(file, line, format_loc(loc), "given twice") for loc, line in duplicates]
        )
    return data, lines


def load_model(text: str, model: type[M], file: str) -> M:
    """Validate YAML ``text`` as ``model``.

    Args:
        text: The YAML document.
        model: The pydantic model the document must satisfy.
        file: The name used in problem reports.

    Raises:
        DataFileError: with every problem, each located by line and field.
    """
    data, lines = parse_yaml(text, file)
    if not isinstance(data, dict):
        raise DataFileError([Problem(file, 1, "", "expected a mapping of fields at the top")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise DataFileError(validation_problems(exc, file, lines)) from exc


def load_model_file(path: Path, model: type[M]) -> M:
    """Read and validate a YAML file as ``model``.

    Raises:
        DataFileError: the file is missing, unreadable or invalid; every problem is listed.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError([Problem(str(path), None, "", "file not found")]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError([Problem(str(path), None, "", f"cannot read: {exc}")]) from exc
    return load_model(text, model, str(path))


def read_json(path: Path) -> Any:
    """The JSON document in ``path`` (a trained model's data file).

    Raises:
        DataFileError: the file cannot be read or is not JSON.
    """
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError([Problem(str(path), None, "", f"cannot read: {exc}")]) from exc
