"""Template lint renders placeholders with sample values; amounts are read as a debtor reads them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from negotiator.compliance import lint_templates, render_sample
from negotiator.compliance.amounts import find_amounts
from negotiator.domain.jurisdiction import Jurisdiction
from tests.unit.compliance_helpers import a_filter


def test_placeholders_are_filled_by_their_names() -> None:
    assert (
        render_sample("Pay {amount} by {due_date}, {debtor_name}.")
        == "Pay 1,000.00 by 2026-12-01, Alex."
    )
    assert render_sample("{count:d} payments of {instalment:,.2f}") == "6 payments of 1,000.00"
    assert render_sample("%(creditor)s hotline") == "Example Bank hotline"


def test_lint_reports_each_template_and_pack_that_blocks_it() -> None:
    filters = [a_filter(j) for j in Jurisdiction]
    templates = [
        ("ok", "en", render_sample("Your plan: {count} payments of {amount}.")),
        ("bad", "zh_Hans", render_sample("{debtor_name}，再不还钱就爆你通讯录。")),
    ]
    problems = lint_templates(templates, filters)
    assert [(p.key, p.findings[0].rule_id) for p in problems] == [
        ("bad", "CN.third_party"),
        ("bad", "US.third_party"),
        ("bad", "UK.third_party"),
    ]
    assert "zh_Hans 'bad': CN.third_party" in str(problems[0])


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("欠款合计¥11,800.00", "11800.00", "CNY"),
        ("每期1,966.67元", "1966.67", "CNY"),
        ("一万五千元", "15000", "CNY"),
        ("1.5万元", "15000", "CNY"),
        ("五百块", "500", "CNY"),
        ("人民币 3,000", "3000", "CNY"),
        ("NT$19,667", "19667", "TWD"),
        ("Your balance is $1,234.50", "1234.50", "USD"),
        ("pay 250 dollars", "250", "USD"),
        ("£300 a month", "300", "GBP"),
        ("ＵＳＤ １２", "12", "USD"),
        ("１２００元", "1200", "CNY"),
    ],
)
def test_amounts_are_found_with_their_currency(text: str, value: str, currency: str) -> None:
    (amount,) = find_amounts(text)
    assert amount.value == Decimal(value)
    assert currency in amount.currencies


@pytest.mark.parametrize(
    "text",
    [
        "6 instalments over 120 days",
        "due on 2026-12-01",
        "20% off",
        "call 555-0100",
        "我们可以一起商量",
    ],
)
def test_numbers_that_are_not_money_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_a_figure_inside_a_code_is_not_an_amount() -> None:
    # A confirmation's verification code once read as "1 JPY" and blocked the whole document.
    assert find_amounts("验证码: Z9PP-1JPY-TV3A-2YAF") == []
    assert find_amounts("code AB2USD") == []
    assert [a.text for a in find_amounts("pay 100USD or USD100, ref CN-100001")] == [
        "100USD",
        "USD100",
    ]


@given(
    st.text(alphabet="ſſKKİıSsKkUuDd$£€¥元 ", max_size=6),
    st.text(alphabet="ſKİ$£ ", max_size=3),
)
def test_letters_case_folding_oddly_around_a_figure_never_break_the_reading(
    before: str, after: str
) -> None:
    """The currency patterns ignore case the way ``re`` folds letters (a long s matches "s"),
    which is not always ``str.lower``: whatever the letters, a figure is read or skipped."""
    find_amounts(f"owe {before}500{after} now")


def test_a_long_s_before_a_dollar_sign_reads_as_the_s_dollar_it_matches() -> None:
    (amount,) = find_amounts("you owe ſ$500 now")
    assert (amount.value, amount.text) == (Decimal("500"), "ſ$500")
