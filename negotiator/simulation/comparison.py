"""Two policies on the same synthetic debtors: where recovery and debtor outcomes differ.

Both policies meet debtor for debtor the same people (same accounts, same personas, same
words as long as the conversations run alike), so every difference is the policy's doing.
:class:`Comparison` holds both summaries and the debtors whose outcome changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from negotiator.simulation.metrics import Summary
from negotiator.simulation.runner import DebtorOutcome


@dataclass(frozen=True, slots=True)
class Comparison:
    """Policy A against policy B.

    Attributes:
        a_name: What A is called in the report (its file name).
        b_name: What B is called.
        a: A's summary.
        b: B's summary.
        changes: Debtors whose outcome differs, by (outcome under A, outcome under B), most
            frequent first.
        more_under_b: Debtors whose agreed plans collect more under B.
        less_under_b: Debtors whose agreed plans collect less under B.
    """

    a_name: str
    b_name: str
    a: Summary
    b: Summary
    changes: dict[tuple[str, str], int]
    more_under_b: int
    less_under_b: int

    @property
    def changed(self) -> int:
        """Debtors whose outcome differs."""
        return sum(self.changes.values())


def compare(
    a_name: str,
    b_name: str,
    a: Summary,
    b: Summary,
    a_outcomes: Sequence[DebtorOutcome],
    b_outcomes: Sequence[DebtorOutcome],
) -> Comparison:
    """Compare two runs of the same debtors (outcomes in debtor order).

    Raises:
        ValueError: the runs are not of the same debtors.
    """
    if [o.reference for o in a_outcomes] != [o.reference for o in b_outcomes]:
        raise ValueError("the two runs are not of the same debtors")
    changes: Counter[tuple[str, str]] = Counter()
    more = less = 0
    for left, right in zip(a_outcomes, b_outcomes, strict=True):
        if left.outcome is not right.outcome:
            changes[(left.outcome.value, right.outcome.value)] += 1
        difference = right.agreed_total - left.agreed_total
        more += difference > Decimal(0)
        less += difference < Decimal(0)
    ranked = dict(sorted(changes.items(), key=lambda item: (-item[1], item[0])))
    return Comparison(a_name, b_name, a, b, ranked, more, less)
