"""A case as plain text for people: the ``negotiator cases export ID`` transcript.

The export is what a compliance officer reads when asked "what happened in case 12": the case
(reason, priority, status, who held it, outcome), then every message of the chat in order with
who wrote it and what the compliance filter decided, then the case's audit events. ``--json``
gives the same data for machines.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_AUTHORS = {"debtor": "DEBTOR", "bot": "BOT", "agent": "AGENT"}


def transcript(exported: Mapping[str, Any]) -> str:
    """The export of :meth:`negotiator.services.cases.CaseDesk.export` as text."""
    case, chat = exported["case"], exported["chat"]
    lines = [
        f"Case #{case['id']}: {case['reason']} (priority {case['priority']}), {case['status']}",
        f"Account: {case['account'] or '(not identified)'}; chat {chat['channel']}:"
        f"{chat['chat_id']} in {chat['language']}",
        f"Opened {case['opened_at']}, last changed {case['updated_at']}",
        f"Agent: {case['agent'] or '(none)'}; outcome: {case['outcome'] or '(none)'}",
        "",
        "Messages:",
    ]
    for message in exported["messages"]:
        who = _AUTHORS.get(message["author"], message["author"].upper())
        if message["agent"]:
            who += f" {message['agent']}"
        verdict = message["verdict"]
        mark = "" if verdict in (None, "allow") else f" [{verdict.upper()}: not sent"
        if mark and message["rules"]:
            mark += f"; {', '.join(message['rules'])}"
        mark += "]" if mark else ""
        text = message["text"].replace("\n", "\n    ")
        lines.append(f"  {message['at']}  {who}{mark}: {text}")
    lines += ["", "Events:"]
    for event in exported["events"]:
        details = ", ".join(
            f"{key}={value}" for key, value in event.items() if key not in ("at", "kind", "actor")
        )
        lines.append(f"  {event['at']}  {event['kind']} by {event['actor']}  {details}".rstrip())
    return "\n".join(lines)
