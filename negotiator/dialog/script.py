"""The shape of a dialog script (``dialogs/*.yaml``), as pydantic models.

A script is a set of named **states**. Entering a state runs its ``do`` actions, sends its
``say`` prompts, then follows the first of its ``next`` transitions whose guard holds (a
decision without waiting for the debtor). Otherwise the state waits: each inbound event is
matched against the script's ``everywhere`` transitions first (safety: opt-out, self-harm,
disputes, a request for a person), then the state's ``on`` transitions, in order; the first
that matches runs its actions, says its prompts and goes to its target (or stays).

A transition matches when every condition it gives holds: the event kind (``event``), one of
its ``intent`` values, its ``button``, its ``command``, and its ``guard``. A transition with no
condition matches anything: the state's catch-all answer.

Prompts name catalog keys, never literal text; the text is in ``locales/``. Names of states,
guards, actions, buttons, renderers and parameters are checked when the script is loaded
(:mod:`negotiator.dialog.loading`), against :mod:`negotiator.dialog.vocabulary`.

Example::

    states:
      ask_capacity:
        say: [{key: ask.capacity}]
        on:
          - intent: [counter_offer, promise_to_pay]
            do: [record_capacity]
            go: offer
          - guard: follow_up_left
            do: [count_follow_up]
            say: [{key: ask.capacity.again}]
          - go: offer
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Name = Annotated[str, StringConstraints(pattern=r"^[a-z][A-Za-z0-9_]*$", max_length=64)]
"""A state, guard, button, event, command or parameter name: ``lower_snake_case``."""

Key = Annotated[str, StringConstraints(pattern=r"^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$")]
"""A catalog key: dotted ``lower_snake_case`` words, at least two (``ask.capacity``)."""

ActionCall = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\([a-z][a-z0-9_]*\))?$", max_length=80)
]
"""An action, optionally with one argument: ``propose``, ``escalate(dispute)``."""

GuardExpression = Annotated[str, StringConstraints(pattern=r"^(not )?[a-z][a-z0-9_]*$")]
"""A guard name, optionally negated: ``verified``, ``not verified``."""


class ScriptModel(BaseModel):
    """Base of the script models: immutable, unknown fields refused."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Button(ScriptModel):
    """A button under a prompt."""

    key: Key
    """The button's label (catalog key)."""
    press: Name
    """The button event it sends (see ``BUTTONS`` in the vocabulary)."""


class Prompt(ScriptModel):
    """One message part: a catalog text with parameters, or a renderer's composite."""

    key: Key | None = None
    """The text (catalog key). Exactly one of ``key`` and ``render``."""
    render: Name | None = None
    """A composite the engine renders (``plan``, ``schedule``, ...; see ``RENDERERS``)."""
    params: tuple[Name, ...] = ()
    """Parameters the text uses (see ``PARAMS``); each must be written ``{name}`` in it."""
    buttons: tuple[Button, ...] = ()
    """Buttons shown under the message."""
    when: GuardExpression | None = None
    """Say this part only when the guard holds (``when: distressed`` for a softer line)."""

    @model_validator(mode="after")
    def _key_or_render(self) -> Prompt:
        if (self.key is None) == (self.render is None):
            raise ValueError("give exactly one of key (a text) or render (a composite)")
        return self


class Transition(ScriptModel):
    """Where an event leads from a state (or from everywhere)."""

    event: Name | None = None
    """The kind of event (``start``, ``text``, ``unsupported``, ``too_long``)."""
    intent: tuple[Name, ...] = ()
    """Any of these intents (of the understood text), including intents that are only
    signals of it (an opt-out said next to a counter-offer still counts)."""
    trigger: tuple[Name, ...] = ()
    """Any of these inbound-screening triggers (``self_harm``, ``vulnerability``...). With
    ``intent``, one condition: any of the intents or any of the triggers."""
    button: Name | None = None
    """The button pressed."""
    command: Name | None = None
    """The command sent (``agent`` for ``/agent``)."""
    guard: GuardExpression | None = None
    """A condition on the conversation (see ``GUARDS``)."""
    do: tuple[ActionCall, ...] = ()
    """Actions, in order (see ``ACTIONS``)."""
    say: tuple[Prompt, ...] = ()
    """What to say before going on."""
    go: Name | None = None
    """The next state; none to stay."""

    @property
    def is_catch_all(self) -> bool:
        """Whether the transition matches any event."""
        return (
            self.event is None
            and not self.intent
            and not self.trigger
            and self.button is None
            and self.command is None
            and self.guard is None
        )


class State(ScriptModel):
    """One step of the conversation."""

    description: str = ""
    """What the state is for, for the people who read the script."""
    do: tuple[ActionCall, ...] = ()
    """Actions run on entering, before ``say``."""
    say: tuple[Prompt, ...] = ()
    """What the bot says on entering."""
    next: tuple[Transition, ...] = ()
    """Decisions taken on entering (guards only, no events): the first that holds is followed."""
    on: tuple[Transition, ...] = ()
    """Answers to the debtor's events, first match wins."""
    final: bool = False
    """The conversation ends here (only ``everywhere`` transitions and commands apply)."""
    negotiating: bool = True
    """Whether ``everywhere`` transitions apply here (false for the states after a handover
    or an opt-out, which answer everything themselves)."""


class Script(ScriptModel):
    """A whole conversation."""

    version: int = Field(ge=1)
    """Bumped whenever the script changes; stored with each conversation."""
    name: Name
    """The script's name (the file's stem)."""
    description: str = ""
    """What the conversation is for."""
    start: Name
    """The state a new conversation begins in."""
    everywhere: tuple[Transition, ...] = ()
    """Transitions checked first in every state that is ``negotiating``."""
    states: dict[Name, State]
    """The states by name."""

    def answers(self, state: State) -> tuple[Transition, ...]:
        """The transitions matched against an event in ``state``, in order: ``everywhere``
        first when the state is negotiating, then the state's own ``on``."""
        return (*self.everywhere, *state.on) if state.negotiating else state.on
