"""The dialog engine: one event in, one decision out, by the script.

:meth:`DialogEngine.step` matches the event against the script's ``everywhere`` transitions
and then the current state's ``on`` transitions (first match wins), runs the transition's
actions, collects its prompts and enters its target: the target's actions and prompts, then its
first ``next`` decision whose guard holds, and so on until a state waits for the debtor.

Guards and actions are the ones the vocabulary documents; they live in
:mod:`negotiator.dialog.steps`. The engine checks at construction that it implements every
name a script may use.
"""

from __future__ import annotations

from typing import Final

from negotiator.dialog.decisions import Decision, EventKind, Inbound, World
from negotiator.dialog.memory import Talk
from negotiator.dialog.script import Prompt, Script, State, Transition
from negotiator.dialog.steps import ACTIONS, GUARDS, Step
from negotiator.dialog.vocabulary import ACTIONS as ACTION_NAMES
from negotiator.dialog.vocabulary import GUARDS as GUARD_NAMES
from negotiator.errors import DomainError
from negotiator.nlu.interpretation import Intent

MAX_HOPS: Final = 16
"""Most states one event may pass through; more means the script loops on its decisions."""


class DialogEngine:
    """Steps conversations by one script.

    Args:
        script: The validated script (see :mod:`negotiator.dialog.loading`).

    Raises:
        DomainError: the vocabulary names a guard or action the engine does not implement.
    """

    def __init__(self, script: Script) -> None:
        missing = (set(GUARD_NAMES) - set(GUARDS)) | (set(ACTION_NAMES) - set(ACTIONS))
        if missing:
            raise DomainError(f"the engine does not implement {sorted(missing)}")
        self.script = script

    def begin(self, language: str) -> Talk:
        """A new conversation, before its first event."""
        return Talk(state="", script_version=self.script.version, language=language)

    def step(self, talk: Talk, event: Inbound, world: World) -> Decision:
        """Decide what to do with ``event`` in ``talk``, seeing ``world``."""
        step = Step(_count_unclear(talk, event), event, world)
        if not talk.state:
            self._enter(step, self.script.start, 0)
        elif talk.state not in self.script.states:
            # A stored state the script no longer has: start over politely, never crash.
            self._enter(step, self.script.start, 0)
        elif event.kind is EventKind.START:
            self._resume(step)
        else:
            state = self.script.states[talk.state]
            for transition in self.script.answers(state):
                if self._matches(step, transition):
                    self._follow(step, transition, 0)
                    break
        return Decision(step.talk, tuple(step.said), tuple(step.effects))

    def _resume(self, step: Step) -> None:
        """``/start`` in the middle: say where we are again, without redoing anything."""
        state = self.script.states[step.talk.state]
        self._say(step, state.say)

    def _matches(self, step: Step, transition: Transition) -> bool:
        event = step.event
        if transition.event is not None and transition.event != event.kind.value:
            return False
        if transition.intent or transition.trigger:
            understood = event.interpretation
            signals = understood.signals if understood is not None else ()
            said = any(signal.value in transition.intent for signal in signals)
            if event.kind is not EventKind.TEXT or not (
                said or event.triggers & set(transition.trigger)
            ):
                return False
        if transition.button is not None and (
            event.kind is not EventKind.BUTTON or event.name != transition.button
        ):
            return False
        if transition.command is not None and (
            event.kind is not EventKind.COMMAND or event.name != transition.command
        ):
            return False
        return transition.guard is None or self._holds(step, transition.guard)

    @staticmethod
    def _holds(step: Step, guard: str) -> bool:
        negated = guard.startswith("not ")
        result = GUARDS[guard.removeprefix("not ")](step)
        return not result if negated else result

    def _follow(self, step: Step, transition: Transition, hops: int) -> None:
        self._run(step, transition.do)
        self._say(step, transition.say)
        if transition.go is not None:
            self._enter(step, transition.go, hops + 1)

    def _enter(self, step: Step, name: str, hops: int) -> None:
        if hops > MAX_HOPS:
            raise DomainError(f"the script passes through more than {MAX_HOPS} states at once")
        state: State = self.script.states[name]
        step.talk = step.talk.but(state=name)
        self._run(step, state.do)
        self._say(step, state.say)
        for transition in state.next:
            if transition.guard is None or self._holds(step, transition.guard):
                self._follow(step, transition, hops)
                return

    @staticmethod
    def _run(step: Step, calls: tuple[str, ...]) -> None:
        for call in calls:
            name, _, rest = call.partition("(")
            ACTIONS[name](step, rest.rstrip(")") or None)

    def _say(self, step: Step, prompts: tuple[Prompt, ...]) -> None:
        for prompt in prompts:
            if prompt.when is None or self._holds(step, prompt.when):
                step.said.append(prompt)


def _count_unclear(talk: Talk, event: Inbound) -> Talk:
    """Count the texts in a row, after verification, of which nothing was understood.

    Repeated misunderstanding is a reason to hand over (``repeatedly_unclear``); anything
    understood, and anything before verification (answers to the identity question are not
    meant to be understood), starts the count again.
    """
    if event.kind is not EventKind.TEXT:
        return talk
    understood = event.interpretation
    lost = talk.verified and (understood is None or understood.intent is Intent.UNKNOWN)
    unclear = talk.unclear + 1 if lost else 0
    return talk if unclear == talk.unclear else talk.but(unclear=unclear)
