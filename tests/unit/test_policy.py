"""The policy file: the example loads, and every mistake is reported with its line and field."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.domain.policy import Policy, PreferredPlan
from negotiator.errors import DataFileError
from negotiator.policy_file import load_policy
from tests.conftest import EXAMPLES

EXAMPLE = (EXAMPLES / "policy.yaml").read_text(encoding="utf-8")


def broken(tmp_path: Path, *replacements: tuple[str, str]) -> DataFileError:
    text = EXAMPLE
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as excinfo:
        load_policy(path)
    return excinfo.value


def line_of(fragment: str) -> int:
    return next(i for i, line in enumerate(EXAMPLE.splitlines(), 1) if fragment in line)


def test_the_example_policy_loads(sample_policy: Policy) -> None:
    cn, us = sample_policy.portfolios
    assert (cn.id, cn.currency, cn.jurisdiction) == ("cn-card", "CNY", Jurisdiction.CN)
    assert (us.id, us.currency, us.jurisdiction) == ("us-loan", "USD", Jurisdiction.US)
    assert us.preferred_plan is PreferredPlan.PAY_IN_FULL
    assert cn.instalments is not None
    assert cn.instalments.min_amount == Decimal("300.00")
    assert sample_policy.creditor_for(us).name == "Harborview Consumer Finance"
    assert sample_policy.creditor_for(cn).bot_name == "小信"


def test_numbers_are_read_as_decimals_never_floats(sample_policy: Policy) -> None:
    us = sample_policy.portfolio("us-loan")
    assert us.instalments is not None
    assert isinstance(us.instalments.min_amount, Decimal)
    assert str(us.instalments.min_amount) == "50.00"


def test_max_instalments_below_min_is_reported_at_its_line(tmp_path: Path) -> None:
    error = broken(tmp_path, ("max_count: 24", "max_count: 1"))
    [problem] = error.problems
    assert problem.field == "portfolios[0].instalments.max_count"
    assert problem.line == line_of("max_count: 24")
    assert "below min_count (2)" in problem.message
    assert str(problem).startswith(f"{tmp_path / 'policy.yaml'}:{problem.line}: portfolios[0]")


def test_every_problem_in_the_file_is_reported_at_once(tmp_path: Path) -> None:
    error = broken(
        tmp_path,
        ("max_count: 24", "max_count: 1"),
        ("currency: USD", "currency: USX"),
        ("max_discount_percent: 30", "max_discount_percent: 130"),
    )
    assert [p.field for p in error.problems] == [
        "portfolios[0].instalments.max_count",
        "portfolios[1].currency",
        "portfolios[1].settlement.max_discount_percent",
    ]


def test_a_misspelt_field_is_reported_as_unknown(tmp_path: Path) -> None:
    error = broken(
        tmp_path, ("    deferral:\n      max_days: 60", "    deferal:\n      max_days: 60")
    )
    [problem] = error.problems
    assert (problem.field, problem.message.startswith("unknown field")) == (
        "portfolios[0].deferal",
        True,
    )


def test_a_contact_window_wider_than_the_law_is_refused(tmp_path: Path) -> None:
    error = broken(tmp_path, ('latest: "21:00"', 'latest: "23:00"'))
    [problem] = error.problems
    assert problem.field == "portfolios[0].contact"
    assert "GB/T 45251-2025" in problem.message


def test_an_amount_finer_than_the_currency_is_refused(tmp_path: Path) -> None:
    error = broken(tmp_path, ("min_amount: 50.00", "min_amount: 50.005"))
    assert "more decimals than USD" in error.problems[0].message


def test_a_key_given_twice_is_an_error_not_a_silent_overwrite(tmp_path: Path) -> None:
    error = broken(tmp_path, ("bot_name: 小信", "bot_name: 小信\n  bot_name: 小华"))
    assert [(p.field, p.message) for p in error.problems] == [("creditor.bot_name", "given twice")]


def test_a_preferred_plan_needs_its_section(tmp_path: Path) -> None:
    error = broken(
        tmp_path,
        ("preferred_plan: pay_in_full", "preferred_plan: deferral"),
        ("    deferral:\n      max_days: 30\n      max_times: 1\n", ""),
    )
    assert "no deferral section" in error.problems[0].message


def test_hardship_terms_may_not_be_shorter_than_normal_ones(tmp_path: Path) -> None:
    error = broken(tmp_path, ("max_months: 36", "max_months: 12"))
    assert "hardship.max_months (12)" in error.problems[0].message


def test_invalid_yaml_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("creditor:\n  name: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid YAML") as excinfo:
        load_policy(path)
    assert excinfo.value.problems[0].line is not None


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="file not found"):
        load_policy(tmp_path / "nope.yaml")


def test_contact_rules_default_to_the_jurisdictions_legal_bounds(sample_policy: Policy) -> None:
    portfolio = sample_policy.portfolios[0].model_copy(update={"contact": None})
    rules = sample_policy.contact_for(portfolio)
    assert (rules.earliest.hour, rules.latest.hour) == (8, 22)
