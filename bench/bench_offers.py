"""How many proposals a second the offer engine makes.

Generates random overdue accounts (seeded, so every run sees the same ones) against the
portfolios of ``examples/policy.yaml``, with a random mix of what debtors say (a monthly capacity
or not, a hardship reason or not, a later first pay date or not), and times
:func:`~negotiator.domain.offers.propose_plans` over all of them. Every proposal is a real one:
each plan has its exact schedule figures and has passed the limit check.

Run from the repository root::

    .venv/bin/python bench/bench_offers.py [--accounts 10000] [--passes 5] [--seed 2026]

It prints the best of ``--passes`` timed passes (the machine's other work only ever slows a pass
down) and the mix of outcomes. Target: over 20,000 proposals a second.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from negotiator.domain.account import Account, Balance
from negotiator.domain.affordability import DebtorSituation
from negotiator.domain.money import Money, currency_exponent
from negotiator.domain.offers import Offers, propose_plans
from negotiator.domain.policy import HardshipReason, Policy, Portfolio
from negotiator.policy_file import load_policy

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 22)
TARGET = 20_000

Case = tuple[Account, Portfolio, DebtorSituation]


def random_cases(policy: Policy, count: int, seed: int) -> list[Case]:
    """``count`` random accounts and debtor situations over the policy's portfolios."""
    rng = random.Random(seed)
    reasons = list(HardshipReason)
    cases: list[Case] = []
    for index in range(count):
        portfolio = rng.choice(policy.portfolios)
        currency = portfolio.currency
        unit = int(1 / currency_exponent(currency))  # minor units in one major unit

        def money(major: int, currency: str = currency, unit: int = unit) -> Money:
            return Money.from_minor(major * unit, currency)

        principal = rng.randint(300, 80_000)
        balance = Balance(
            principal=money(principal),
            interest=money(principal * rng.randint(0, 30) // 100),
            fees=money(rng.randint(0, 500)),
        )
        account = Account(
            reference=f"BENCH-{index}",
            portfolio=portfolio.id,
            debtor_name="Bench",
            language="en",
            timezone="UTC",
            balance=balance,
            due_date=TODAY - timedelta(days=rng.randint(1, 400)),
        )
        situation = DebtorSituation(
            monthly_capacity=None if rng.random() < 0.3 else money(rng.randint(50, 5_000)),
            reason=None if rng.random() < 0.5 else rng.choice(reasons),
            earliest_pay_date=None if rng.random() < 0.8 else TODAY + timedelta(rng.randint(0, 90)),
        )
        cases.append((account, portfolio, situation))
    return cases


def timed_pass(cases: list[Case]) -> float:
    """Seconds to propose plans for every case once."""
    started = time.perf_counter()
    for account, portfolio, situation in cases:
        propose_plans(account, portfolio, situation, TODAY)
    return time.perf_counter() - started


def main() -> None:
    """Parse the arguments, run the passes and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000, help="random accounts (10000)")
    parser.add_argument("--passes", type=int, default=5, help="timed passes; the best counts (5)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (2026)")
    parser.add_argument("--policy", type=Path, default=ROOT / "examples" / "policy.yaml")
    args = parser.parse_args()

    policy = load_policy(args.policy)
    cases = random_cases(policy, args.accounts, args.seed)
    outcomes: Counter[str] = Counter()
    for account, portfolio, situation in cases:  # also warms the per-portfolio caches
        proposal = propose_plans(account, portfolio, situation, TODAY)
        if isinstance(proposal, Offers):
            outcomes[f"offers, first {proposal.offer.kind.value}"] += 1
        else:
            outcomes["unaffordable"] += 1
    best = min(timed_pass(cases) for _ in range(max(args.passes, 1)))
    rate = len(cases) / best
    print(f"accounts: {len(cases)} over {len(policy.portfolios)} portfolios (seed {args.seed})")
    for outcome, count in sorted(outcomes.items(), key=lambda item: -item[1]):
        print(f"  {count:6d}  {outcome}")
    print(f"best of {args.passes} passes: {best:.3f} s, {best / len(cases) * 1e6:.1f} µs each")
    verdict = "meets" if rate > TARGET else "BELOW"
    print(f"proposals per second: {rate:,.0f} ({verdict} the target of {TARGET:,})")


if __name__ == "__main__":
    main()
