"""What a run adds up to, how it is drawn, and who the debtors are."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from xml.etree import ElementTree

from negotiator.domain.policy import Policy
from negotiator.simulation.charts import bar_chart, stacked_bar
from negotiator.simulation.metrics import present_value, ratio, summarize
from negotiator.simulation.personas import Conduct, weighted_choice
from negotiator.simulation.population import draw_debtor
from negotiator.simulation.runner import DebtorOutcome, Outcome
from negotiator.simulation.wiring import SIMULATED_AT

TODAY = date(2026, 11, 23)
SVG = "{http://www.w3.org/2000/svg}"


def an_outcome(**changes: object) -> DebtorOutcome:
    outcome = DebtorOutcome(
        index=0, reference="SIM-000001", portfolio="cn-card", currency="CNY", language="zh_Hans",
        temperament="sanguine", conduct="cooperative", reason="unemployment",
        balance=Decimal("1000.00"), capacity=Decimal(100), stated_capacity=Decimal(100),
        income_from=None, outcome=Outcome.HANDED_OVER, escalation="unaffordable", plan_kind=None,
        settlement=False, payments=(), rounds=0, messages=3, offers_checked=0,
        offers_beyond_means=0, offers_beyond_heard=0, bot_messages=8, blocked=0,
        blocked_rules=(), said_self_harm=False, self_harm_recognised=False,
        details_to_others=0, final_state="handed_over",
    )  # fmt: skip
    return replace(outcome, **changes)


def agreed(kind: str, *amounts: str, settlement: bool = False, **changes: object) -> DebtorOutcome:
    payments = tuple(
        (TODAY + timedelta(days=30 * n), Decimal(a)) for n, a in enumerate(amounts, start=1)
    )
    return an_outcome(
        outcome=Outcome.AGREED, escalation=None, plan_kind=kind, payments=payments,
        settlement=settlement, rounds=2, final_state="agreed", **changes,
    )  # fmt: skip


def test_a_payment_a_year_away_is_worth_less_today() -> None:
    assert present_value([(TODAY + timedelta(days=365), Decimal(110))], TODAY, Decimal("0.1")) == (
        Decimal("100.00")
    )
    assert present_value([(TODAY, Decimal(50))], TODAY, Decimal("0.1")) == Decimal("50.00")
    assert ratio(1, 3) == Decimal("0.3333")
    assert ratio(5, 0) == Decimal(0)


def test_the_summary_counts_agreements_recovery_mix_and_checks() -> None:
    outcomes = [
        agreed("instalments", "300", "300", "400"),
        agreed("pay_in_full", "800", settlement=True),
        agreed("deferral", "500", portfolio="us-loan", currency="USD", balance=Decimal(500)),
        an_outcome(said_self_harm=True, escalation="self_harm_risk", self_harm_recognised=True),
        an_outcome(said_self_harm=True, outcome=Outcome.ABANDONED, escalation=None),
        an_outcome(conduct="understates", offers_checked=2, offers_beyond_means=1),
        an_outcome(offers_checked=3, offers_beyond_means=1, offers_beyond_heard=1, blocked=1,
                   blocked_rules=("CN-AMOUNT",)),
    ]  # fmt: skip
    summary = summarize(outcomes, today=TODAY, discount_rate=Decimal("0.10"))
    assert summary.agreed == 3
    assert summary.agreement_rate == Decimal("0.4286")
    assert summary.plan_mix == {
        "settlement": 1, "pay in full": 0, "instalments": 1, "hardship": 0, "deferral": 1,
    }  # fmt: skip
    cards, loans = summary.recovery
    assert (cards.portfolio, cards.balance, cards.agreed) == ("cn-card", Decimal(6000), 1800)
    assert cards.share == Decimal("0.3000")
    assert cards.discounted < cards.agreed
    assert (loans.currency, loans.share) == ("USD", Decimal(1))
    assert summary.mean_rounds == Decimal(2)
    assert (summary.offers_checked, summary.offers_beyond_means) == (3, 1)
    assert (summary.liar_offers_checked, summary.liar_offers_beyond_means) == (2, 1)
    assert summary.blocked_rules == {"CN-AMOUNT": 1}
    assert (summary.self_harm_said, summary.self_harm_handed_over) == (2, 1)
    assert summary.safety_share == Decimal("0.5")
    assert list(summary.escalations) == ["unaffordable", "self_harm_risk"]
    assert [g.name for g in summary.by_conduct] == ["cooperative", "understates"]


def test_escalations_of_equal_count_are_ranked_by_name() -> None:
    outcomes = [
        an_outcome(escalation=reason) for reason in ("dispute", "abuse", "dispute", "abuse")
    ]
    summary = summarize(outcomes, today=TODAY, discount_rate=Decimal(0))
    assert list(summary.escalations) == ["abuse", "dispute"]


def test_charts_are_well_formed_svg_with_escaped_labels() -> None:
    chart = bar_chart(
        "Agreement <rate> & more",
        ["a<b", "c"],
        [("A", [Decimal("0.5"), Decimal("0.25")]), ("B", [Decimal(1), Decimal(0)])],
        percent=True,
    )
    root = ElementTree.fromstring(chart)
    widths = [
        float(r.get("width", "0")) for r in root.iter(f"{SVG}rect") if r.get("height") == "14"
    ]
    assert widths == [180.0, 360.0, 90.0, 0.0]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Agreement <rate> & more" in texts
    assert "a<b" in texts
    assert "50.0%" in texts
    parts = ElementTree.fromstring(stacked_bar("Outcomes", [("agreed", 3), ("other", 1)]))
    assert [t.text for t in parts.iter(f"{SVG}text")][1:] == [
        "agreed: 3 (75.0%)",
        "other: 1 (25.0%)",
    ]


def test_a_weighted_choice_follows_the_weights_and_the_seed() -> None:
    weights = {"a": 70, "b": 20, "c": 10}
    draws = Counter(weighted_choice(random.Random(n), weights) for n in range(3000))
    assert draws["a"] > draws["b"] > draws["c"] > 0
    assert [weighted_choice(random.Random(9), weights) for _ in range(3)] == [
        weighted_choice(random.Random(9), weights) for _ in range(3)
    ]


def test_a_debtor_is_the_same_whatever_else_is_drawn(sample_policy: Policy) -> None:
    first = draw_debtor(sample_policy, 17, 5, SIMULATED_AT)
    for index in range(30):
        draw_debtor(sample_policy, index, 5, SIMULATED_AT)
    assert draw_debtor(sample_policy, 17, 5, SIMULATED_AT) == first
    assert draw_debtor(sample_policy, 17, 6, SIMULATED_AT) != first


def test_debtors_are_drawn_inside_the_policy_and_liars_lie(sample_policy: Policy) -> None:
    debtors = [draw_debtor(sample_policy, i, 1, SIMULATED_AT) for i in range(400)]
    ids = {p.id: p for p in sample_policy.portfolios}
    for debtor in debtors:
        account, persona = debtor.account, debtor.persona
        assert account.currency == ids[account.portfolio].currency
        assert persona.situation.capacity > 0
        if persona.conduct is Conduct.UNDERSTATES:
            assert persona.stated_capacity <= persona.situation.capacity
        elif persona.conduct is Conduct.OVERSTATES:
            assert persona.stated_capacity > persona.situation.capacity
        else:
            assert persona.stated_capacity == persona.situation.capacity
    assert {d.account.portfolio for d in debtors} == set(ids)
    assert any(d.persona.situation.savings for d in debtors)
    english = [draw_debtor(sample_policy, i, 1, SIMULATED_AT, "en") for i in range(20)]
    assert {d.account.language for d in english} == {"en"}
