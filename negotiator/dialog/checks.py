"""Checks over a whole script: every state reachable, none a dead end, every text translated.

``negotiator dialogs check`` runs them all; start-up runs them too, so a script that would
strand a debtor, or a key missing in one language, never reaches production.
"""

from __future__ import annotations

import string
from collections.abc import Iterator

from negotiator.datafile import Loc
from negotiator.dialog.loading import LoadedScript
from negotiator.dialog.render_keys import RENDERER_KEYS
from negotiator.dialog.script import Prompt, Script, State, Transition
from negotiator.errors import Problem
from negotiator.i18n import Catalogs


def _transitions(script: Script, state: State) -> Iterator[Transition]:
    yield from state.next
    yield from script.answers(state)


def reachable_states(script: Script) -> set[str]:
    """The states a conversation can get to from ``start``."""
    seen = {script.start}
    todo = [script.start]
    while todo:
        state = script.states.get(todo.pop())
        if state is None:
            continue
        for transition in _transitions(script, state):
            if transition.go is not None and transition.go not in seen:
                seen.add(transition.go)
                todo.append(transition.go)
    return seen


def structure_problems(loaded: LoadedScript) -> list[Problem]:
    """States nobody reaches, states that strand the debtor, and events left unanswered.

    * unreachable: no path from ``start`` leads to the state;
    * dead end: a state that is not ``final`` from which no final state can be reached;
    * unanswered: a state that waits for the debtor without a catch-all ``on`` transition, so
      some message would get no answer.
    """
    script = loaded.script
    problems: list[Problem] = []
    reachable = reachable_states(script)
    for name in script.states:
        if name not in reachable:
            problems.append(loaded.problem(("states", name), "unreachable from the start state"))
    leads_to_end = {name for name, state in script.states.items() if state.final}
    changed = True
    while changed:
        changed = False
        for name, state in script.states.items():
            if name in leads_to_end:
                continue
            if any(t.go in leads_to_end for t in _transitions(script, state)):
                leads_to_end.add(name)
                changed = True
    for name, state in script.states.items():
        if name not in leads_to_end:
            problems.append(
                loaded.problem(("states", name), "dead end: no way from here to a final state")
            )
        decides = any(t.guard is None for t in state.next)
        if not decides and not any(t.is_catch_all for t in state.on):
            problems.append(
                loaded.problem(
                    ("states", name, "on"),
                    "some messages get no answer: add a last transition without conditions",
                )
            )
    return problems


def _prompts(script: Script) -> Iterator[tuple[Loc, Prompt]]:
    def from_transitions(
        base: Loc, transitions: tuple[Transition, ...]
    ) -> Iterator[tuple[Loc, Prompt]]:
        for index, transition in enumerate(transitions):
            for number, prompt in enumerate(transition.say):
                yield (*base, index, "say", number), prompt

    yield from from_transitions(("everywhere",), script.everywhere)
    for name, state in script.states.items():
        for number, prompt in enumerate(state.say):
            yield ("states", name, "say", number), prompt
        yield from from_transitions(("states", name, "next"), state.next)
        yield from from_transitions(("states", name, "on"), state.on)


def used_keys(loaded: LoadedScript) -> Iterator[tuple[str, Loc, tuple[str, ...]]]:
    """Every catalog key the script uses, where, and the parameters it may fill in."""
    for loc, prompt in _prompts(loaded.script):
        if prompt.key is not None:
            yield prompt.key, loc, prompt.params
        else:
            assert prompt.render is not None
            for key in RENDERER_KEYS.get(prompt.render, ()):
                yield key, (*loc, "render"), ()
        for index, button in enumerate(prompt.buttons):
            yield button.key, (*loc, "buttons", index, "key"), ()


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def translation_problems(loaded: LoadedScript, catalogs: Catalogs) -> list[Problem]:
    """Keys some locale does not translate, and texts that use a parameter nobody gives."""
    problems: list[Problem] = []
    for key, loc, params in used_keys(loaded):
        for locale in catalogs.locales:
            if not catalogs.has(locale, key):
                problems.append(loaded.problem(loc, f"{key!r} is not translated in {locale}"))
                continue
            if loc[-1] == "render":
                continue  # renderers give their own parameters
            text = catalogs.translations(locale).gettext(key)
            unknown = _placeholders(text) - set(params) - {"n"}
            if unknown:
                problems.append(
                    loaded.problem(
                        loc,
                        f"{key!r} in {locale} uses {{{', '.join(sorted(unknown))}}} "
                        "which the prompt does not list in params",
                    )
                )
    return problems
