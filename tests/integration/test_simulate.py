"""``negotiator simulate``: synthetic debtors through the real pipeline, on the example policies.

The pipeline is loaded once for the module (it validates every data file, as ``negotiator run``
does); the example run is a few hundred debtors, played once and read by several tests.
"""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine
from typer.testing import CliRunner

from negotiator.cli import app
from negotiator.dialog.decisions import EventKind
from negotiator.services.conversation import ConversationService, Handled, Incoming
from negotiator.simulation.comparison import compare
from negotiator.simulation.debtor import DebtorMind
from negotiator.simulation.metrics import Summary, summarize
from negotiator.simulation.personas import Conduct
from negotiator.simulation.phrasebook import Move, Phrasebook
from negotiator.simulation.pipeline import CHANNEL, OfflinePipeline
from negotiator.simulation.population import SyntheticDebtor, debtor_random, draw_debtor
from negotiator.simulation.runner import Cast, DebtorOutcome, Outcome, outcomes_of, run
from negotiator.simulation.wiring import (
    SIMULATED_AT,
    RememberingScreen,
    RememberingUnderstanding,
    rewire,
    wire,
)
from negotiator.storage.engine import create_engine
from negotiator.storage.migrate import upgrade
from tests.conftest import EXAMPLES
from tests.integration.test_repositories import uow_for

POLICY = EXAMPLES / "policy.yaml"
LENIENT = EXAMPLES / "policy-lenient.yaml"
EXAMPLE_DEBTORS = 300
EXAMPLE_SEED = 1


@pytest.fixture(scope="module")
def pipeline() -> OfflinePipeline:
    return wire(POLICY)


@pytest.fixture(scope="module")
def phrases() -> Phrasebook:
    return Phrasebook.load()


def cast_of(pipeline: OfflinePipeline, phrases: Phrasebook, seed: int, *others: Path) -> Cast:
    pipelines = (pipeline, *(rewire(pipeline, other) for other in others))
    return Cast(pipeline.service.policy, pipelines, phrases, seed)


def played(cast: Cast, debtors: int, workers: int = 1) -> list[DebtorOutcome]:
    return outcomes_of(list(run(cast, debtors, workers)), 0)


def summary_of(outcomes: list[DebtorOutcome]) -> Summary:
    return summarize(outcomes, today=SIMULATED_AT.date(), discount_rate=Decimal("0.10"))


@pytest.fixture(scope="module")
def example_run(pipeline: OfflinePipeline, phrases: Phrasebook) -> list[DebtorOutcome]:
    return played(cast_of(pipeline, phrases, EXAMPLE_SEED), EXAMPLE_DEBTORS)


# -- the pipeline is the service's --------------------------------------------------------------


def a_conversation(
    pipeline: OfflinePipeline, phrases: Phrasebook, debtor: SyntheticDebtor, number: int
) -> list[tuple[Incoming, Handled]]:
    """The debtor's chat through the offline pipeline, as conversation ``number``."""
    chat = pipeline.open_chat(number, debtor.account, debtor.fact, debtor.answer)
    rng = debtor_random(debtor.seed, debtor.index, "words")
    mind = DebtorMind(debtor, phrases, rng, number, debtor.account.local_date(pipeline.now))
    events: list[tuple[Incoming, Handled]] = []
    incoming: Incoming | None = mind.opening()
    while incoming is not None and len(events) < 30:
        handled = pipeline.handle(chat, incoming)
        events.append((incoming, handled))
        incoming = mind.answer(handled)
    return events


def seen(handled: Handled) -> tuple[object, ...]:
    """Everything a debtor and an auditor see of one event's handling."""
    return (
        [(r.source, r.message.text, r.message.verdict.outcome, r.buttons) for r in handled.replies],
        [(b.text, b.verdict.rule_ids) for b in handled.blocked],
        handled.talk.to_dict(),
    )


def debtors_of_every_conduct(pipeline: OfflinePipeline, seed: int) -> list[SyntheticDebtor]:
    chosen: dict[str, SyntheticDebtor] = {}
    for index in range(400):
        debtor = draw_debtor(pipeline.service.policy, index, seed, pipeline.now)
        key = debtor.persona.conduct.value
        if debtor.persona.conduct is Conduct.COOPERATIVE:
            key += debtor.persona.language  # a cooperative debtor in each language
        chosen.setdefault(key, debtor)
    return list(chosen.values())


async def test_the_offline_pipeline_answers_exactly_as_the_service_does_on_sqlite(
    pipeline: OfflinePipeline, phrases: Phrasebook, tmp_path: Path
) -> None:
    remembered = pipeline.service
    assert isinstance(remembered.understanding, RememberingUnderstanding)
    assert isinstance(remembered.screener, RememberingScreen)
    service = ConversationService(
        engine=remembered.engine,
        renderer=remembered.renderer,
        understanding=remembered.understanding.inner,
        screener=remembered.screener.inner,
        filters=remembered.filters,
        policy=remembered.policy,
        signer=remembered.signer,
        clock=remembered.clock,
    )
    engine: AsyncEngine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'sim.db'}")
    await upgrade(engine)
    debtors = debtors_of_every_conduct(pipeline, seed=11)
    assert len(debtors) >= len(Conduct) + 2
    try:
        async with uow_for(engine) as uow:
            await uow.accounts.upsert_many(
                [
                    (d.account, {d.fact.value: str(service.signer.fact_digest(d.fact, d.answer))})
                    for d in debtors
                ],
                service.clock.now(),
            )
            await uow.commit()
        compared = 0
        for number, debtor in enumerate(debtors, start=1):
            for incoming, offline in a_conversation(pipeline, phrases, debtor, number):
                stored = await service.handle(incoming, uow_for(engine))
                assert stored.conversation_id == number
                assert seen(stored) == seen(offline), (debtor.account.reference, incoming)
                compared += 1
    finally:
        await engine.dispose()
    assert compared >= 3 * len(debtors)


UNHEARD: dict[str, str] = {}
"""Self-harm phrasings of the phrasebook the bot misses today (strict: a fix must remove them)."""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            language,
            phrase.text,
            marks=[pytest.mark.xfail(strict=True, reason=UNHEARD[phrase.text])]
            if phrase.text in UNHEARD
            else [],
            id=f"{language}-{number}",
        )
        for language in ("en", "zh_Hans", "zh_Hant")
        for number, phrase in enumerate(Phrasebook.load().book.moves[Move.SELF_HARM].of(language))
    ],
)
def test_each_self_harm_phrasing_is_handed_to_a_person(
    pipeline: OfflinePipeline, language: str, text: str
) -> None:
    debtor = draw_debtor(pipeline.service.policy, 0, 3, pipeline.now, language)
    chat = pipeline.open_chat(1, debtor.account, debtor.fact, debtor.answer)
    reference = debtor.account.reference
    pipeline.handle(chat, Incoming(CHANNEL, 1, EventKind.START, link_reference=reference))
    verified = pipeline.handle(chat, Incoming(CHANNEL, 1, EventKind.TEXT, text=debtor.answer))
    assert verified.talk.state == "disclose"  # asked why it became hard
    handled = pipeline.handle(chat, Incoming(CHANNEL, 1, EventKind.TEXT, text=text))
    assert handled.talk.state == "handed_over"
    assert handled.talk.escalated == "self_harm_risk"


# -- the example policy ---------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_debtors_and_outcomes_and_another_seed_does_not(
    pipeline: OfflinePipeline, phrases: Phrasebook
) -> None:
    first = played(cast_of(pipeline, phrases, 5), 60)
    again = played(cast_of(pipeline, phrases, 5), 60)
    other = played(cast_of(pipeline, phrases, 6), 60)
    assert first == again
    assert summary_of(first) == summary_of(again)
    assert [o.balance for o in first] != [o.balance for o in other]
    assert summary_of(first) != summary_of(other)


def test_worker_processes_do_not_change_the_outcomes(
    pipeline: OfflinePipeline, phrases: Phrasebook
) -> None:
    cast = cast_of(pipeline, phrases, 8)
    alone = played(cast, 120, workers=1)
    assert played(cast, 120, workers=2) == alone
    assert [o.index for o in alone] == list(range(120))


def test_the_example_run_meets_every_kind_of_debtor(example_run: list[DebtorOutcome]) -> None:
    conducts = Counter(o.conduct for o in example_run)
    assert set(conducts) == {c.value for c in Conduct}
    assert {o.language for o in example_run} == {"en", "zh_Hans", "zh_Hant"}
    assert {o.outcome for o in example_run} >= {
        Outcome.AGREED,
        Outcome.HANDED_OVER,
        Outcome.THIRD_PARTY,
        Outcome.ABANDONED,
    }
    summary = summary_of(example_run)
    assert Decimal("0.15") < summary.agreement_rate < Decimal("0.6")
    assert all(r.agreed <= r.balance for r in summary.recovery)
    assert all(r.discounted < r.agreed for r in summary.recovery if r.agreed)


def test_no_bot_message_is_blocked_by_the_compliance_filter(
    example_run: list[DebtorOutcome],
) -> None:
    summary = summary_of(example_run)
    assert summary.bot_messages > 8 * EXAMPLE_DEBTORS
    assert summary.blocked == 0, summary.blocked_rules


def test_no_debt_detail_reaches_a_relative(example_run: list[DebtorOutcome]) -> None:
    relatives = [o for o in example_run if o.conduct == Conduct.RELATIVE.value]
    assert relatives
    assert sum(o.details_to_others for o in example_run) == 0
    assert all(o.outcome is not Outcome.AGREED for o in relatives)


def test_nobody_who_refuses_everything_ends_with_an_agreement(
    example_run: list[DebtorOutcome],
) -> None:
    refusers = [o for o in example_run if o.conduct == Conduct.REFUSES.value]
    assert refusers
    assert all(o.outcome is not Outcome.AGREED for o in refusers)


@pytest.mark.parametrize("conduct", [Conduct.DISPUTES, Conduct.ABUSIVE, Conduct.WANTS_HUMAN])
def test_disputes_abuse_and_requests_for_a_person_go_to_a_person(
    example_run: list[DebtorOutcome], conduct: Conduct
) -> None:
    debtors = [o for o in example_run if o.conduct == conduct.value]
    assert debtors
    # "stop harassing me you idiots" is an opt-out as well as abuse: contact stops first.
    assert all(o.outcome in (Outcome.HANDED_OVER, Outcome.OPTED_OUT) for o in debtors)
    assert Counter(o.outcome for o in debtors)[Outcome.HANDED_OVER] > len(debtors) / 2


def test_lies_about_capacity_are_counted_apart(example_run: list[DebtorOutcome]) -> None:
    summary = summary_of(example_run)
    liars = [o for o in example_run if not o.truthful]
    assert liars
    assert summary.liar_offers_checked == sum(o.offers_checked for o in liars)
    truthful = [o for o in example_run if o.truthful]
    assert summary.offers_checked == sum(o.offers_checked for o in truthful) > 0


def test_no_offer_goes_beyond_what_a_truthful_debtor_can_pay(
    example_run: list[DebtorOutcome],
) -> None:
    assert summary_of(example_run).offers_beyond_means == 0


def test_every_debtor_who_signals_self_harm_is_handed_to_a_person(
    example_run: list[DebtorOutcome],
) -> None:
    """True of this population; the phrasing the bot misses (see ``UNHEARD``) is not in it, and
    larger runs that meet it fall short of 100 %."""
    summary = summary_of(example_run)
    assert summary.self_harm_said > 0
    assert summary.self_harm_handed_over == summary.self_harm_said


def test_every_self_harm_signal_the_bot_recognises_is_handed_over_at_once(
    example_run: list[DebtorOutcome],
) -> None:
    signalled = [o for o in example_run if o.said_self_harm]
    recognised = [o for o in signalled if o.self_harm_recognised]
    assert len(recognised) >= len(signalled) * 3 / 4
    assert all(o.outcome is Outcome.HANDED_OVER for o in recognised)
    assert all(o.final_state == "handed_over" for o in recognised)


# -- two policies ---------------------------------------------------------------------------------


def test_a_comparison_plays_the_same_debtors_under_both_policies(
    pipeline: OfflinePipeline, phrases: Phrasebook
) -> None:
    pairs = list(run(cast_of(pipeline, phrases, 4, LENIENT), 150))
    strict, lenient = outcomes_of(pairs, 0), outcomes_of(pairs, 1)
    assert [(o.reference, o.balance, o.conduct) for o in strict] == [
        (o.reference, o.balance, o.conduct) for o in lenient
    ]
    comparison = compare(
        "policy.yaml",
        "policy-lenient.yaml",
        summary_of(strict),
        summary_of(lenient),
        strict,
        lenient,
    )
    # Longer terms and smaller minimums let more debtors agree, and none agrees to less.
    assert comparison.b.agreement_rate > comparison.a.agreement_rate
    assert comparison.changes.get(("handed_over", "agreed"), 0) > 0
    assert comparison.more_under_b > comparison.less_under_b
    # Debtors the limits do not touch end alike.
    unaffected = [Conduct.DISPUTES.value, Conduct.RELATIVE.value, Conduct.WANTS_HUMAN.value]
    for left, right in zip(strict, lenient, strict=True):
        if left.conduct in unaffected and left.outcome is not Outcome.AGREED:
            assert left.outcome is right.outcome


def test_a_comparison_needs_the_same_portfolios(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(
        POLICY.read_text(encoding="utf-8").replace("id: us-loan", "id: us-cards"), encoding="utf-8"
    )
    result = CliRunner().invoke(
        app, ["simulate", "--policy", str(POLICY), "--compare", str(other), "--debtors", "5"]
    )
    assert result.exit_code == 1
    assert "no portfolio 'us-loan'" in result.output


# -- the command ----------------------------------------------------------------------------------


def simulate(tmp_path: Path, name: str, *extra: str) -> tuple[bytes, bytes, str, str]:
    csv_path, html = tmp_path / f"{name}.csv", tmp_path / f"{name}.html"
    result = CliRunner().invoke(
        app,
        [
            "simulate", "--policy", str(POLICY), "--debtors", "40", "--seed", "3",
            "--csv", str(csv_path), "--html", str(html), "--workers", "1", *extra,
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = tmp_path / f"{name}-summary.csv"
    return csv_path.read_bytes(), summary.read_bytes(), html.read_text("utf-8"), result.stdout


def test_the_command_writes_the_same_csv_and_html_for_the_same_seed(tmp_path: Path) -> None:
    first = simulate(tmp_path, "first")
    second = simulate(tmp_path, "second")
    assert first == second
    debtors, summary, html, printed = first
    rows = list(csv.DictReader(debtors.decode("utf-8").splitlines()))
    assert len(rows) == 40
    assert [row["index"] for row in rows] == [str(i) for i in range(40)]
    assert {row["outcome"] for row in rows} <= {o.value for o in Outcome}
    figures = {
        (r["section"], r["figure"]): r for r in csv.DictReader(summary.decode().splitlines())
    }
    assert figures[("run", "debtors")]["policy.yaml"] == "40"
    assert figures[("checks", "bot messages blocked")]["policy.yaml"] == "0"
    assert "agreement rate" in printed
    assert "Per persona" in printed
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<svg") >= 6
    for outside in ("<script", "https://", "src="):
        assert outside not in html
    assert "Agreement rate by persona" in html
    assert "cooperative" in html


def test_the_command_compares_two_policies(tmp_path: Path) -> None:
    debtors, summary, html, printed = simulate(tmp_path, "both", "--compare", str(LENIENT))
    rows = list(csv.DictReader(debtors.decode("utf-8").splitlines()))
    assert [row["policy"] for row in rows[:2]] == ["policy.yaml", "policy-lenient.yaml"]
    assert len(rows) == 80
    assert rows[0]["reference"] == rows[1]["reference"]
    header = summary.decode().splitlines()[0]
    assert header == "section,figure,policy.yaml,policy-lenient.yaml"
    assert "Policy comparison" in printed
    assert "Where the policies differ" in html


def test_the_command_shows_one_debtors_conversation(pipeline: OfflinePipeline) -> None:
    result = CliRunner().invoke(
        app, ["simulate", "--policy", str(POLICY), "--seed", "1", "--show", "4", "--show", "9"]
    )
    assert result.exit_code == 0, result.output
    for index in (4, 9):
        debtor = draw_debtor(pipeline.service.policy, index, 1, pipeline.now)
        assert f"debtor {index} ({debtor.account.reference}" in result.stdout
    assert result.stdout.count("debtor> <start>") == 2
    assert result.stdout.count("→ ") == 2
    assert "bot> " in result.stdout


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--lang", "fr"], "--lang"),
        (["--discount-rate", "ten"], "--discount-rate"),
        (["--discount-rate", "120"], "between 0 and 100"),
    ],
)
def test_the_command_refuses_bad_options(options: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["simulate", "--policy", str(POLICY), *options])
    assert result.exit_code == 1
    assert message in result.output
