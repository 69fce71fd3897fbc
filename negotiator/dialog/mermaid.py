"""A dialog script as a Mermaid state diagram (``negotiator dialogs graph``)."""

from __future__ import annotations

from negotiator.dialog.script import Script, Transition


def _label(transition: Transition) -> str:
    parts = []
    if transition.event:
        parts.append(transition.event)
    if transition.intent or transition.trigger:
        parts.append("|".join((*transition.intent, *transition.trigger)))
    if transition.button:
        parts.append(f"[{transition.button}]")
    if transition.command:
        parts.append(f"/{transition.command}")
    if transition.guard:
        parts.append(f"if {transition.guard}")
    return " ".join(parts) or "else"


def script_to_mermaid(script: Script, *, with_everywhere: bool = False) -> str:
    """The ``stateDiagram-v2`` text of ``script``.

    Args:
        script: The script to draw.
        with_everywhere: Also draw the ``everywhere`` transitions from every state (busy);
            by default they are drawn once, from a note.
    """
    lines = ["stateDiagram-v2", f"    [*] --> {script.start}"]
    for name, state in script.states.items():
        if state.description:
            lines.append(f"    {name} : {state.description.replace(':', ' -')}")
        edges = [(t, "next ") for t in state.next] + [(t, "") for t in state.on]
        if with_everywhere and state.negotiating:
            edges += [(t, "any: ") for t in script.everywhere]
        for transition, prefix in edges:
            if transition.go is not None:
                lines.append(f"    {name} --> {transition.go} : {prefix}{_label(transition)}")
        if state.final:
            lines.append(f"    {name} --> [*]")
    if not with_everywhere:
        for transition in script.everywhere:
            if transition.go is not None:
                lines.append(f"    anywhere --> {transition.go} : {_label(transition)}")
        if script.everywhere:
            lines.append("    note right of anywhere : from every negotiating state")
    return "\n".join(lines) + "\n"
