"""The run's figures as tables in the terminal (rich) and as CSV files.

The CSV files are byte-for-byte the same for the same seed: rows in debtor order, amounts as
plain decimals, dates in ISO form, ``\\n`` line ends.

* the debtors' file has one row per debtor (and per policy, in a comparison);
* the summary file beside it (``<name>-summary.csv``) has one row per figure: section, figure
  and its value (one value column per policy in a comparison).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Final

from rich.console import Console
from rich.table import Table

from negotiator.simulation.comparison import Comparison
from negotiator.simulation.metrics import Group, Summary
from negotiator.simulation.runner import DebtorOutcome

DEBTOR_COLUMNS: Final = (
    "index", "reference", "portfolio", "currency", "language", "temperament", "conduct",
    "reason", "balance", "capacity", "stated_capacity", "income_from", "outcome", "escalation",
    "plan_kind", "settlement", "agreed_total", "first_due", "last_due", "payments", "rounds",
    "messages", "offers_checked", "offers_beyond_means", "offers_beyond_heard", "bot_messages",
    "blocked", "blocked_rules", "said_self_harm", "self_harm_recognised", "details_to_others",
    "final_state",
)  # fmt: skip
"""The columns of the debtors' CSV (a comparison adds ``policy`` in front)."""


def percent(value: Decimal) -> str:
    """``0.4235`` → ``42.4%``."""
    return f"{(value * 100).quantize(Decimal('0.1'))}%"


def _optional(value: Decimal | None) -> str:
    return "-" if value is None else f"{value.quantize(Decimal('0.01'))}"


def summary_rows(summary: Summary) -> list[tuple[str, str, str]]:
    """Every figure of ``summary`` as (section, figure, value)."""
    rows = [
        ("run", "debtors", str(summary.debtors)),
        ("run", "agreement rate", percent(summary.agreement_rate)),
        ("run", "mean share of balance agreed", percent(summary.mean_share)),
        ("run", "mean rounds to agreement", _optional(summary.mean_rounds)),
        ("run", "mean debtor messages", _optional(summary.mean_messages)),
        ("run", "discount rate a year", percent(summary.discount_rate)),
    ]
    for recovery in summary.recovery:
        name = f"{recovery.portfolio} ({recovery.currency}, {recovery.debtors} debtors)"
        rows += [
            ("recovery", f"{name} balance", f"{recovery.balance}"),
            ("recovery", f"{name} agreed", f"{recovery.agreed}"),
            ("recovery", f"{name} recovery", percent(recovery.share)),
            ("recovery", f"{name} discounted recovery", percent(recovery.discounted_share)),
        ]
    rows += [("outcome", name, str(count)) for name, count in summary.outcomes.items()]
    rows += [("plan mix", name, str(count)) for name, count in summary.plan_mix.items()]
    rows += [("escalation", name, str(count)) for name, count in summary.escalations.items()]
    rows += [
        ("checks", "offers checked (truthful debtors)", str(summary.offers_checked)),
        ("checks", "offers beyond means", str(summary.offers_beyond_means)),
        ("checks", "offers beyond means, capacity heard", str(summary.offers_beyond_heard)),
        ("checks", "offers beyond means share", percent(summary.beyond_means_share)),
        ("checks", "liars: offers checked", str(summary.liar_offers_checked)),
        ("checks", "liars: offers beyond true means", str(summary.liar_offers_beyond_means)),
        ("checks", "bot messages", str(summary.bot_messages)),
        ("checks", "bot messages blocked", str(summary.blocked)),
        ("checks", "self-harm signalled", str(summary.self_harm_said)),
        ("checks", "self-harm handed over", str(summary.self_harm_handed_over)),
        ("checks", "self-harm recognised as such", str(summary.self_harm_recognised)),
        ("checks", "safety handovers", percent(summary.safety_share)),
        ("checks", "debt details to third parties", str(summary.details_to_others)),
    ]
    rows += [("blocked by rule", rule, str(count)) for rule, count in summary.blocked_rules.items()]
    for section, groups in (
        ("conduct", summary.by_conduct),
        ("temperament", summary.by_temperament),
        ("language", summary.by_language),
    ):
        for group in groups:
            rows += _group_rows(section, group)
    return rows


_COUNTED: Final = frozenset({"outcome", "plan mix", "escalation", "blocked by rule"})


def aligned_rows(summaries: Sequence[Summary]) -> list[tuple[str, str, list[str]]]:
    """The figures of several summaries side by side, in first-seen order; a figure one run
    lacks is ``0`` when it is a count (an escalation reason that never happened), else ``-``."""
    tables = [
        {(section, name): value for section, name, value in summary_rows(s)} for s in summaries
    ]
    keys = list(dict.fromkeys(key for table in tables for key in table))
    return [
        (
            section,
            name,
            [table.get((section, name), "0" if section in _COUNTED else "-") for table in tables],
        )
        for section, name in keys
    ]


def _group_rows(section: str, group: Group) -> list[tuple[str, str, str]]:
    return [
        (section, f"{group.name} debtors", str(group.debtors)),
        (section, f"{group.name} agreement rate", percent(group.agreement_rate)),
        (section, f"{group.name} mean share agreed", percent(group.mean_share)),
        (section, f"{group.name} mean rounds", _optional(group.mean_rounds)),
        (section, f"{group.name} handed over", str(group.handed_over)),
        (section, f"{group.name} offers beyond means", str(group.beyond_means)),
    ]


# -- the terminal ------------------------------------------------------------------------------


def print_summary(console: Console, title: str, summary: Summary) -> None:
    """The headline figures, recovery per portfolio, and the breakdown per persona."""
    headline = Table(title=title, show_header=False, title_justify="left")
    headline.add_column("figure")
    headline.add_column("value", justify="right")
    for section, name, value in summary_rows(summary):
        if section in ("run", "checks"):
            headline.add_row(name, value)
    headline.add_row("outcomes", _inline(summary.outcomes))
    headline.add_row("plan mix", _inline(summary.plan_mix))
    headline.add_row("escalations", _inline(summary.escalations) or "-")
    console.print(headline)
    recovery = Table(title="Recovery per portfolio", title_justify="left")
    for column in ("portfolio", "debtors", "balance", "agreed", "recovery", "discounted"):
        recovery.add_column(column, justify="left" if column == "portfolio" else "right")
    for item in summary.recovery:
        recovery.add_row(
            f"{item.portfolio} ({item.currency})",
            str(item.debtors),
            f"{item.balance:,.2f}",
            f"{item.agreed:,.2f}",
            percent(item.share),
            percent(item.discounted_share),
        )
    console.print(recovery)
    for caption, groups in (
        ("Per persona (conduct)", summary.by_conduct),
        ("Per temperament", summary.by_temperament),
    ):
        console.print(_groups_table(caption, groups))


def _inline(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counts.items() if count)


def _groups_table(caption: str, groups: Sequence[Group]) -> Table:
    table = Table(title=caption, title_justify="left")
    for column in ("", "debtors", "agreed", "recovery (mean share)", "rounds", "handed over"):
        table.add_column(column, justify="left" if not column else "right")
    table.add_column("beyond means", justify="right")
    for group in groups:
        table.add_row(
            group.name,
            str(group.debtors),
            percent(group.agreement_rate),
            percent(group.mean_share),
            _optional(group.mean_rounds),
            str(group.handed_over),
            str(group.beyond_means),
        )
    return table


def print_comparison(console: Console, comparison: Comparison) -> None:
    """Both policies side by side, and the debtors whose outcome changed."""
    table = Table(title="Policy comparison (same debtors)", title_justify="left")
    table.add_column("figure")
    table.add_column(comparison.a_name, justify="right")
    table.add_column(comparison.b_name, justify="right")
    for section, name, values in aligned_rows([comparison.a, comparison.b]):
        wanted = section in ("run", "recovery", "outcome", "plan mix", "checks")
        if wanted and not name.endswith(" balance"):
            table.add_row(name, *values)
    console.print(table)
    per = Table(title="Per persona: agreement rate and mean share agreed", title_justify="left")
    per.add_column("conduct")
    for name in (comparison.a_name, comparison.b_name):
        per.add_column(f"agreed {name}", justify="right")
        per.add_column(f"share {name}", justify="right")
    for left, right in zip(comparison.a.by_conduct, comparison.b.by_conduct, strict=True):
        per.add_row(
            left.name,
            percent(left.agreement_rate),
            percent(left.mean_share),
            percent(right.agreement_rate),
            percent(right.mean_share),
        )
    console.print(per)
    console.print(
        f"{comparison.changed} debtor(s) end differently; "
        f"{comparison.more_under_b} agree to more under {comparison.b_name}, "
        f"{comparison.less_under_b} to less."
    )
    for (before, after), count in list(comparison.changes.items())[:8]:
        console.print(f"  {before} → {after}: {count}")


# -- CSV ---------------------------------------------------------------------------------------


def summary_path(path: Path) -> Path:
    """Where the summary goes beside the debtors' CSV ``path``."""
    return path.with_name(f"{path.stem}-summary.csv")


def write_csv(path: Path, runs: Sequence[tuple[str, Sequence[DebtorOutcome]]]) -> None:
    """Write the debtors' CSV: ``runs`` is one (policy name, outcomes) for a plain run, two
    for a comparison (rows then alternate, debtor by debtor)."""
    compared = len(runs) > 1
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow((("policy",) if compared else ()) + DEBTOR_COLUMNS)
        for index in range(len(runs[0][1])):
            for name, outcomes in runs:
                row = debtor_row(outcomes[index])
                writer.writerow(([name] if compared else []) + row)


def write_summary_csv(path: Path, summaries: Sequence[tuple[str, Summary]]) -> None:
    """One row per figure: section, figure, then each policy's value."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["section", "figure", *(name for name, _ in summaries)])
        for section, name, values in aligned_rows([summary for _, summary in summaries]):
            writer.writerow([section, name, *values])


def debtor_row(outcome: DebtorOutcome) -> list[str]:
    """One debtor as the cells of :data:`DEBTOR_COLUMNS`."""
    payments = outcome.payments
    return [
        str(outcome.index),
        outcome.reference,
        outcome.portfolio,
        outcome.currency,
        outcome.language,
        outcome.temperament,
        outcome.conduct,
        outcome.reason,
        str(outcome.balance),
        str(outcome.capacity),
        str(outcome.stated_capacity),
        "" if outcome.income_from is None else outcome.income_from.isoformat(),
        outcome.outcome.value,
        outcome.escalation or "",
        outcome.plan_kind or "",
        "yes" if outcome.settlement else "no",
        str(outcome.agreed_total) if payments else "",
        payments[0][0].isoformat() if payments else "",
        payments[-1][0].isoformat() if payments else "",
        str(len(payments)),
        str(outcome.rounds),
        str(outcome.messages),
        str(outcome.offers_checked),
        str(outcome.offers_beyond_means),
        str(outcome.offers_beyond_heard),
        str(outcome.bot_messages),
        str(outcome.blocked),
        " ".join(outcome.blocked_rules),
        "yes" if outcome.said_self_harm else "no",
        "yes" if outcome.self_harm_recognised else "no",
        str(outcome.details_to_others),
        outcome.final_state,
    ]
