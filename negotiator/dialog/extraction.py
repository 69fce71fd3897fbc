"""Finding every message key: in the dialog scripts, in the code, and the ones code builds.

``negotiator i18n extract`` writes ``locales/messages.pot`` from three sources, so a new key is
never forgotten in a catalog:

* the dialog scripts, through :func:`extract_dialog`, a babel extraction method (also usable as
  ``pybabel extract -F babel.cfg``: the project's ``babel.cfg`` maps ``dialogs/*.yaml`` to it);
* the Python code, by babel's own extractor, for literal keys passed to ``t(...)``,
  ``.text(...)`` or ``.plural(...)``;
* the keys code builds from names (``render.plan.<kind>``, ``command.<name>``,
  ``enum.<Enum>.<value>``), listed by :func:`generated_keys`.

``negotiator i18n update`` then brings every ``messages.po`` in line with the template; new keys
arrive untranslated, and ``negotiator dialogs check`` and the tests refuse to pass until every
locale has them.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir

from negotiator.datafile import line_of, parse_yaml

PYTHON_KEYWORDS: Mapping[str, Any] = {"t": None, "text": None, "plural": None, "N_": None}
"""The calls whose first argument is a message key: ``t("document.title")``,
``translator.text("render.balance", ...)``, ``translator.plural("common.days_overdue", n)``."""

ExtractionResult = tuple[int, str | None, str, list[str]]

GENERATED_PLURALS: frozenset[str] = frozenset(
    f"document.terms.instalments.{frequency}" for frequency in ("monthly", "fortnightly", "weekly")
)
"""Generated keys looked up with ``translator.plural``."""


def _prompt_keys(
    node: Any, loc: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every ``key:`` of a prompt or a button, wherever it is in the script."""
    if isinstance(node, dict):
        key = node.get("key")
        if isinstance(key, str):
            yield (*loc, "key"), key
        for name, value in node.items():
            yield from _prompt_keys(value, (*loc, str(name)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _prompt_keys(value, (*loc, index))


def extract_dialog(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[ExtractionResult]:
    """A babel extraction method: every prompt and button key of a dialog script, with its line.

    The comment names where the key is used (``states.verify.say[0]``), for translators.
    """
    name = getattr(fileobj, "name", "<dialog>")
    data, lines = parse_yaml(fileobj.read().decode("utf-8"), str(name))
    for loc, key in _prompt_keys(data, ()):
        yield line_of(loc, lines) or 1, None, key, [".".join(str(p) for p in loc)]


def generated_keys() -> dict[str, str]:
    """Keys code builds from names, each with where it comes from."""
    from negotiator.dialog.render_keys import RENDERER_KEYS
    from negotiator.dialog.vocabulary import COMMANDS
    from negotiator.domain.plan_terms import PaymentLabel, PlanKind
    from negotiator.domain.policy import Frequency
    from negotiator.domain.verification import FactKind

    keys: dict[str, str] = {}
    for renderer, names in RENDERER_KEYS.items():
        for key in names:
            keys.setdefault(key, f"renderer {renderer}")
    for command in COMMANDS:
        keys[f"command.{command}"] = "the Telegram command menu"
    for fact in FactKind:
        keys[f"enum.FactKind.{fact.value}"] = "the identity question"
    for kind in PlanKind:
        keys[f"document.kind.{kind.value}"] = "the written confirmation: the plan's kind"
    for label in PaymentLabel:
        keys[f"document.label.{label.value}"] = "the written confirmation: a payment"
    for frequency in Frequency:
        keys[f"document.terms.instalments.{frequency.value}"] = "the written confirmation"
    for field in ("part_payment", "down_payment"):
        keys[f"document.field.{field}"] = "the written confirmation: the first payment"
    keys.update(_desk_keys())
    return keys


def _desk_keys() -> dict[str, str]:
    """Keys of the agents' group (``negotiator.services.case_topic`` and ``cases``)."""
    from negotiator.dialog.decisions import Priority
    from negotiator.dialog.vocabulary import ESCALATION_REASONS
    from negotiator.domain.cases import CASE_ACTIONS, CASE_STATUSES, DESK_WARNINGS
    from negotiator.domain.policy import HardshipReason

    keys: dict[str, str] = {}
    for priority in Priority:
        keys[f"desk.priority.{priority.name.lower()}"] = "the agents' group: a case's priority"
    for reason in ESCALATION_REASONS:
        keys[f"desk.reason.{reason}"] = "the agents' group: why a case was opened"
    for hardship in HardshipReason:
        keys[f"enum.HardshipReason.{hardship.value}"] = "the case card: the reason given"
    for fate in ("refused", "open"):
        keys[f"desk.card.offer.{fate}"] = "the case card: an offer made"
    for action in CASE_ACTIONS:
        keys[f"desk.button.{action}"] = "the case card's buttons"
    for status in CASE_STATUSES:
        keys[f"desk.status.{status}"] = "/cases: a case's status"
    for warning in DESK_WARNINGS:
        keys[f"desk.warning.{warning}"] = "the agents' group: above a mirrored message"
    return keys


def build_template(root: Path, dialogs: Path) -> Catalog:
    """The template catalog of every key used by the code in ``root`` and the scripts."""
    template = Catalog(project="negotiator", fuzzy=False)
    python = [("**.py", "python")]
    with contextlib.redirect_stderr(io.StringIO()):
        # babel notes every f-string key it skips; those are the generated keys below.
        found = list(extract_from_dir(root, method_map=python, keywords=PYTHON_KEYWORDS))
        plural = {
            result[2]
            for result in extract_from_dir(root, method_map=python, keywords={"plural": None})
        }
    for filename, lineno, message, comments, _ in found:
        if isinstance(message, str) and "." in message and " " not in message:
            _add(template, message, message in plural, f"negotiator/{filename}", lineno, comments)
    for filename, lineno, message, comments, _ in extract_from_dir(
        dialogs, method_map=[("*.yaml", "negotiator.dialog.extraction:extract_dialog")]
    ):
        if isinstance(message, str):
            _add(template, message, False, f"dialogs/{filename}", lineno, comments)
    for key, source in generated_keys().items():
        if key not in template:
            _add(template, key, key in GENERATED_PLURALS, None, 0, [source])
    return template


def _add(
    template: Catalog,
    key: str,
    plural: bool,
    file: str | None,
    line: int,
    comments: list[str],
) -> None:
    """Add ``key``; a plural key is its own plural id (``translator.plural(key, n)``)."""
    msgid: str | tuple[str, str] = (key, key) if plural else key
    locations = [(file, line)] if file is not None else []
    template.add(msgid, locations=locations, auto_comments=comments)
