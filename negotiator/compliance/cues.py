"""The cue sets of a pack, looked for in one message with one pass.

The context rules ask several cue sets about the same message: the identity gate two or three
(account details, debt details, debt words), the disclosure of a first message four. With an
anchor index per cue set, each question would read the message again. A :class:`CueBook` puts
the anchors of every cue set of a pack into one index instead; :meth:`CueBook.read` gives the
:class:`MessageCues` of a message, which reads it on the first question only (most messages
raise none) and answers every question from that one pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from negotiator.compliance.anchors import anchor_index
from negotiator.compliance.patterns import CompiledPattern

__all__ = ["CueBook", "MessageCues"]


class CueBook:
    """Every cue set of a pack behind one anchor index.

    Args:
        cues: The phrases of each cue set, by the set's name.
    """

    __slots__ = ("_index", "_patterns", "_slots")

    def __init__(self, cues: Mapping[str, Sequence[CompiledPattern]]) -> None:
        patterns: list[CompiledPattern] = []
        self._slots: dict[str, range] = {}  # where each set's phrases are in the index
        for name, phrases in cues.items():
            self._slots[name] = range(len(patterns), len(patterns) + len(phrases))
            patterns.extend(phrases)
        self._patterns = tuple(patterns)
        self._index = anchor_index(self._patterns)

    def read(self, form: str, skeleton_form: str) -> MessageCues:
        """The cues of one message, given its matching form and the skeleton of that form."""
        return MessageCues(self, form, skeleton_form)


class MessageCues:
    """The cue sets of a pack as one message holds them; made by :meth:`CueBook.read`."""

    __slots__ = ("_book", "_candidates", "_form", "_skeleton")

    def __init__(self, book: CueBook, form: str, skeleton_form: str) -> None:
        self._book = book
        self._form = form
        self._skeleton = skeleton_form
        self._candidates: list[int] | None = None

    def find(self, name: str) -> str | None:
        """The first cue of the set ``name`` in the message, or ``None``.

        The leftmost match of any of the set's phrases, and of the phrases that match there the
        first listed, as one alternation of all of them would find; only the phrases whose
        anchors occur in the message are tried. A set the pack does not have finds nothing.
        """
        book = self._book
        slots = book._slots.get(name)
        if slots is None:
            return None
        if self._candidates is None:  # the one pass, shared by every cue set
            self._candidates = sorted(book._index.candidates(self._skeleton))
        first: re.Match[str] | None = None
        for index in self._candidates:
            if index in slots:
                match = book._patterns[index].search(self._form)
                if match is not None and (first is None or match.start() < first.start()):
                    first = match
        return None if first is None else first.group()
