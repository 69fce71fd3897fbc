"""``negotiator simulate``: synthetic debtors through the real pipeline, and what came of it.

Loads the policy (and, with ``--compare``, a second one), draws the debtors from the seed, plays
every conversation (:mod:`negotiator.simulation`), prints the figures and writes the CSV and
HTML reports. Progress and the wall time go to standard error, so standard output and the files
are the same for the same seed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from negotiator.domain.policy import Policy
from negotiator.errors import NegotiatorError
from negotiator.services.conversation import Handled, Incoming
from negotiator.simulation.comparison import Comparison, compare
from negotiator.simulation.html_report import RunInfo, render_html
from negotiator.simulation.means import monthly_peak
from negotiator.simulation.metrics import Summary, summarize
from negotiator.simulation.phrasebook import Phrasebook
from negotiator.simulation.pipeline import OfflinePipeline
from negotiator.simulation.population import draw_debtor
from negotiator.simulation.report import (
    print_comparison,
    print_summary,
    summary_path,
    write_csv,
    write_summary_csv,
)
from negotiator.simulation.runner import Cast, DebtorOutcome, converse, outcomes_of, run
from negotiator.simulation.wiring import rewire, wire


@dataclass(frozen=True, slots=True)
class SimulationRequest:
    """What the operator asked for.

    Attributes:
        policy: The policy file.
        compare_with: A second policy file to run on the same debtors, if any.
        debtors: How many debtors.
        seed: The seed.
        language: Make every debtor write this language; ``None`` for the mix.
        discount_rate: The yearly rate of the discounted recovery, as a fraction (0.10).
        workers: Worker processes.
        csv: Where to write the debtors' CSV (and the summary beside it), if anywhere.
        html: Where to write the HTML report, if anywhere.
        show: Debtors whose conversations to print instead of running the population.
    """

    policy: Path
    compare_with: Path | None
    debtors: int
    seed: int
    language: str | None
    discount_rate: Decimal
    workers: int
    csv: Path | None = None
    html: Path | None = None
    show: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """What a simulation produced.

    Attributes:
        runs: One (policy name, summary) per policy.
        outcomes: The debtors' outcomes, one list per policy, in debtor order.
        comparison: Both policies compared, with ``--compare``.
        seconds: Wall time of loading and playing.
    """

    runs: tuple[tuple[str, Summary], ...]
    outcomes: tuple[list[DebtorOutcome], ...]
    comparison: Comparison | None
    seconds: float


def simulate(request: SimulationRequest, out: Console, err: Console) -> SimulationResult:
    """Run the simulation, print it on ``out`` and write the reports.

    Raises:
        NegotiatorError: an invalid policy or data file, or policies that cannot be compared.
    """
    started = time.perf_counter()
    pipeline = wire(request.policy)
    pipelines: tuple[OfflinePipeline, ...] = (pipeline,)
    if request.compare_with is not None:
        other = rewire(pipeline, request.compare_with)
        _comparable(pipeline.service.policy, other.service.policy, request.compare_with)
        pipelines = (pipeline, other)
    cast = Cast(
        pipeline.service.policy, pipelines, Phrasebook.load(), request.seed, request.language
    )
    played = []
    with _progress(err) as progress:
        task = progress.add_task("debtors", total=request.debtors)
        for outcomes in run(cast, request.debtors, request.workers):
            played.append(outcomes)
            progress.advance(task)
    seconds = time.perf_counter() - started
    names = _names(request)
    today = pipeline.now.date()
    per_policy = tuple(outcomes_of(played, which) for which in range(len(pipelines)))
    runs = tuple(
        (name, summarize(outcomes, today=today, discount_rate=request.discount_rate))
        for name, outcomes in zip(names, per_policy, strict=True)
    )
    comparison = None
    if len(runs) == 2:
        comparison = compare(names[0], names[1], runs[0][1], runs[1][1], *per_policy)
    for name, summary in runs:
        print_summary(out, f"{name}: {request.debtors} debtors, seed {request.seed}", summary)
    if comparison is not None:
        print_comparison(out, comparison)
    _write(request, names, per_policy, runs, comparison, pipeline.now.isoformat(), err)
    err.print(f"simulated {request.debtors} debtor(s) in {seconds:.1f} s")
    return SimulationResult(runs, per_policy, comparison, seconds)


def show_conversations(request: SimulationRequest, out: Console) -> None:
    """Print the conversations of ``request.show``'s debtors (under the first policy), with
    where the talk stands after each event, and what became of each debtor."""
    pipeline = wire(request.policy)
    policy, phrases = pipeline.service.policy, Phrasebook.load()

    def listen(incoming: Incoming, handled: Handled) -> None:
        said = incoming.text or f"<{incoming.kind.value} {incoming.name or ''}>".replace(" >", ">")
        out.print(Text.assemble(("debtor> ", "bold"), said))
        for reply in handled.replies:
            buttons = "".join(f" [{button.press}]" for button in reply.buttons)
            out.print(Text.assemble(("   bot> ", "cyan"), reply.message.text, (buttons, "cyan")))
        for checked in handled.blocked:
            out.print(Text(f"   blocked: {', '.join(checked.verdict.rule_ids)}", style="red"))
        talk, plan = handled.talk, handled.talk.open_offer
        table = f", a plan asking at most {monthly_peak(plan)} a month" if plan else ""
        out.print(Text(f"   ({talk.state}: capacity heard {talk.capacity}{table})", style="dim"))

    for index in request.show:
        debtor = draw_debtor(policy, index, request.seed, pipeline.now, request.language)
        persona, account = debtor.persona, debtor.account
        out.print(
            Text(
                f"debtor {index} ({account.reference}, {account.portfolio}, owes "
                f"{account.balance.total.amount} {account.currency}): {persona.label}, "
                f"{persona.situation.reason.value}, can pay {persona.situation.capacity} a month"
                + (
                    f" from {persona.situation.income_from}"
                    if persona.situation.income_from
                    else ""
                )
                + (f", says {persona.stated_capacity}" if not persona.conduct.truthful else ""),
                style="bold",
            )
        )
        outcome = converse(pipeline, phrases, debtor, listen)
        out.print(
            Text(
                f"→ {outcome.outcome.value}"
                + (f" ({outcome.escalation})" if outcome.escalation else "")
                + f"; {outcome.offers_beyond_means} offer(s) beyond its means\n",
                style="bold",
            )
        )


def _names(request: SimulationRequest) -> tuple[str, ...]:
    names = [request.policy.name]
    if request.compare_with is not None:
        other = request.compare_with.name
        names.append(other if other != names[0] else str(request.compare_with))
    return tuple(names)


def _comparable(first: Policy, second: Policy, path: Path) -> None:
    """The debtors are drawn from the first policy's portfolios: the second must have them."""
    theirs = {portfolio.id: portfolio.currency for portfolio in second.portfolios}
    for portfolio in first.portfolios:
        if theirs.get(portfolio.id) != portfolio.currency:
            raise NegotiatorError(
                f"{path}: has no portfolio {portfolio.id!r} in {portfolio.currency}; a comparison "
                "runs the same accounts under both policies, so both need the same portfolios"
            )


def _write(
    request: SimulationRequest,
    names: tuple[str, ...],
    per_policy: tuple[list[DebtorOutcome], ...],
    runs: tuple[tuple[str, Summary], ...],
    comparison: Comparison | None,
    simulated_on: str,
    err: Console,
) -> None:
    if request.csv is not None:
        write_csv(request.csv, list(zip(names, per_policy, strict=True)))
        write_summary_csv(summary_path(request.csv), runs)
        err.print(f"wrote {request.csv} and {summary_path(request.csv)}")
    if request.html is not None:
        info = RunInfo(
            policies=names,
            debtors=request.debtors,
            seed=request.seed,
            language=request.language,
            simulated_on=simulated_on,
        )
        request.html.write_text(render_html(info, runs, comparison), encoding="utf-8")
        err.print(f"wrote {request.html}")


def _progress(err: Console) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
