"""Loading dialog scripts: shape by pydantic, names against the vocabulary, all with lines.

:func:`load_scripts` stops start-up with a :class:`~negotiator.errors.DataFileError` listing
every problem (file, line, field, reason): an unknown state, guard, action, button, event,
command, intent, renderer or parameter, an action argument that does not exist, a ``next``
decision that waits for an event.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from negotiator.datafile import Loc, format_loc, line_of, parse_yaml, validation_problems
from negotiator.dialog import vocabulary as v
from negotiator.dialog.script import Prompt, Script, Transition
from negotiator.errors import DataFileError, Problem


@dataclass(frozen=True, slots=True)
class LoadedScript:
    """A script with where it came from, so later checks can point at lines too.

    Attributes:
        script: The validated script.
        file: The file it was read from.
        lines: Line of every key's location in the file.
    """

    script: Script
    file: str
    lines: dict[Loc, int]

    def problem(self, loc: Loc, message: str) -> Problem:
        """A problem at ``loc`` of this script."""
        return Problem(self.file, line_of(loc, self.lines), format_loc(loc), message)


def _known(name: str, names: Collection[str], what: str) -> str | None:
    if name in names:
        return None
    return f"unknown {what} {name!r}; known: {', '.join(sorted(names))}"


def _prompt_problems(prompt: Prompt, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if prompt.render is not None and (found := _known(prompt.render, v.RENDERERS, "renderer")):
        yield (*loc, "render"), found
    for index, param in enumerate(prompt.params):
        if found := _known(param, v.PARAMS, "parameter"):
            yield (*loc, "params", index), found
    for index, button in enumerate(prompt.buttons):
        if found := _known(button.press, v.BUTTONS, "button"):
            yield (*loc, "buttons", index, "press"), found
    if prompt.when is not None and (found := _guard(prompt.when)):
        yield (*loc, "when"), found


def _guard(expression: str) -> str | None:
    return _known(expression.removeprefix("not "), v.GUARDS, "guard")


def _action(call: str) -> str | None:
    name, _, rest = call.partition("(")
    if found := _known(name, v.ACTIONS, "action"):
        return found
    allowed = v.ACTION_ARGUMENTS.get(name)
    argument = rest.rstrip(")") or None
    if allowed is None and argument is not None:
        return f"action {name!r} takes no argument"
    if allowed is not None and argument is None:
        return f"action {name!r} needs an argument, one of: {', '.join(sorted(allowed))}"
    if allowed is not None and argument not in allowed:
        return f"unknown argument {argument!r} of {name!r}; known: {', '.join(sorted(allowed))}"
    return None


def _transition_problems(
    transition: Transition, loc: Loc, states: set[str], *, decision: bool
) -> Iterator[tuple[Loc, str]]:
    if decision and (
        transition.event
        or transition.intent
        or transition.trigger
        or transition.button
        or transition.command
    ):
        yield loc, "a 'next' decision cannot wait for an event; use 'on' for that"
    if transition.event is not None and (found := _known(transition.event, v.EVENTS, "event")):
        yield (*loc, "event"), found
    for index, intent in enumerate(transition.intent):
        if found := _known(intent, v.INTENTS, "intent"):
            yield (*loc, "intent", index), found
    for index, trigger in enumerate(transition.trigger):
        if found := _known(trigger, v.TRIGGERS, "trigger"):
            yield (*loc, "trigger", index), found
    if transition.button is not None and (found := _known(transition.button, v.BUTTONS, "button")):
        yield (*loc, "button"), found
    if transition.command is not None and (
        found := _known(transition.command, v.COMMANDS, "command")
    ):
        yield (*loc, "command"), found
    if transition.guard is not None and (found := _guard(transition.guard)):
        yield (*loc, "guard"), found
    for index, call in enumerate(transition.do):
        if found := _action(call):
            yield (*loc, "do", index), found
    for index, prompt in enumerate(transition.say):
        yield from _prompt_problems(prompt, (*loc, "say", index))
    if transition.go is not None and transition.go not in states:
        yield (*loc, "go"), f"no state {transition.go!r} in this script"


def reference_problems(loaded: LoadedScript) -> list[Problem]:
    """Every name in ``loaded`` that the vocabulary or the script itself does not know."""
    script = loaded.script
    states = set(script.states)
    found: list[tuple[Loc, str]] = []
    if script.start not in states:
        found.append((("start",), f"no state {script.start!r} in this script"))
    for index, transition in enumerate(script.everywhere):
        found.extend(
            _transition_problems(transition, ("everywhere", index), states, decision=False)
        )
    for name, state in script.states.items():
        base: Loc = ("states", name)
        for index, call in enumerate(state.do):
            if message := _action(call):
                found.append(((*base, "do", index), message))
        for index, prompt in enumerate(state.say):
            found.extend(_prompt_problems(prompt, (*base, "say", index)))
        for part, decision in (("next", True), ("on", False)):
            for index, transition in enumerate(getattr(state, part)):
                found.extend(
                    _transition_problems(
                        transition, (*base, part, index), states, decision=decision
                    )
                )
    return [loaded.problem(loc, message) for loc, message in found]


def load_script(path: Path) -> LoadedScript:
    """Read, validate and cross-check one script file.

    Raises:
        DataFileError: with every problem found, each with its line.
    """
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError([Problem(file, None, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError([Problem(file, None, "", f"cannot read: {exc}")]) from None
    data, lines = parse_yaml(text, file)
    if not isinstance(data, dict):
        raise DataFileError([Problem(file, 1, "", "expected a mapping of fields at the top")])
    try:
        script = Script.model_validate(data)
    except ValidationError as exc:
        raise DataFileError(validation_problems(exc, file, lines)) from None
    loaded = LoadedScript(script, file, lines)
    if script.name != path.stem:
        raise DataFileError([loaded.problem(("name",), f"must be the file's name, {path.stem!r}")])
    if problems := reference_problems(loaded):
        raise DataFileError(problems)
    return loaded


def load_scripts(directory: Path) -> dict[str, LoadedScript]:
    """Every ``*.yaml`` script in ``directory``, by name.

    Raises:
        DataFileError: no script in the directory, or any script has problems (all of them
            are reported, file by file).
    """
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        raise DataFileError([Problem(str(directory), None, "", "no dialog scripts (*.yaml) here")])
    scripts: dict[str, LoadedScript] = {}
    problems: list[Problem] = []
    for path in paths:
        try:
            scripts[path.stem] = load_script(path)
        except DataFileError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataFileError(problems)
    return scripts
