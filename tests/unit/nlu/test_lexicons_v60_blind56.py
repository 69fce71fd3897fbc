"""Lexicons v60, fitted on blind56 (a fourth representative month, no theme, the first with
English from India, Nigeria and South Africa) after its one run, in other words than blind56's:
its safety misses as families — the means stared at, sitting on a railing, "done with everything,
not just the debt", the bank's officer for the account, an advocate acting, 别烦了 without its
我, a threat after a contact kept up — and the currencies of India, South Africa, Nigeria, Kenya
and Ghana, with thousands set apart by spaces after a currency sign."""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import assert_figure, assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I keep staring at the sleeping tablets in my drawer", Intent.SELF_HARM_RISK),
        ("en", "sat looking at the rope in the garage for ages last night", Intent.SELF_HARM_RISK),
        (
            "en",
            "the pills are right there. not sure how much longer I can go on",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I'm standing on the bridge railing right now", Intent.SELF_HARM_RISK),
        ("en", "climbed over to the wrong side of the railing", Intent.SELF_HARM_RISK),
        (
            "en",
            "honestly I'm done, with it all, not just the debt",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I'd like to talk to my account officer please", Intent.REQUEST_HUMAN),
        ("en", "who is the officer handling my file? connect me", Intent.REQUEST_HUMAN),
        ("en", "kindly direct all correspondence to our advocate", Intent.LEGAL_REPRESENTATION),
        ("en", "keep texting my parents and see what happens", Intent.ABUSE),
        ("zh_Hans", "能不能别再烦了，我真的受够了", Intent.OPT_OUT),
        ("zh_Hant", "你哋別煩了好嗎", Intent.OPT_OUT),
        ("zh_Hant", "再打嚟我屋企，我同你哋計數", Intent.ABUSE),
    ],
)
def test_blind56s_safety_misses_in_other_words_v60(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v60")


@pytest.mark.parametrize(
    "text",
    [
        "been looking at my medication costs, can't afford both",
        "sitting on the edge of my bed trying to work out the budget",
        "I'm done with the app, not just the website, it keeps crashing",
        "the loan officer told me last year the rate was fixed",
        "try the payment again and see what happens next month",
    ],
)
def test_their_look_alikes_are_no_safety_sign_v60(text: str) -> None:
    signals = read(text, "en").signals
    assert not {Intent.SELF_HARM_RISK, Intent.REQUEST_HUMAN, Intent.ABUSE} & set(signals), text


def test_a_threat_after_a_contact_kept_up_keeps_the_opt_out_v60() -> None:
    reading = read("keep ringing my mum and see what happens", "en")

    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals


def test_a_scores_to_settle_is_no_arithmetic_v60() -> None:
    assert Intent.ABUSE not in read("可唔可以幫我計數，睇下仲欠幾多", "zh_Hant").signals


@pytest.mark.parametrize(
    ("text", "amount", "currency", "per"),
    [
        ("paid Rs. 4,200 through UPI this morning", "4200", "INR", Period.ONCE),
        ("can I do ₹1,500 a month", "1500", "INR", Period.MONTH),
        ("I'll pay 2,000 rupees on Friday", "2000", "INR", Period.ONCE),
        ("R2 750 a month is what I can manage", "2750", "ZAR", Period.MONTH),
        ("will send R400 on the 25th", "400", "ZAR", Period.ONCE),
        ("I can do 900 rand a month", "900", "ZAR", Period.MONTH),
        ("₦20,000 by month end", "20000", "NGN", Period.ONCE),
        ("KSh 3,000 weekly is fine", "3000", "KES", Period.WEEK),
        ("300 cedis now, the rest next month", "300", "GHS", Period.ONCE),
        ("I can pay $1 200 now", "1200", "USD", Period.ONCE),
    ],
)
def test_the_currencies_of_india_south_africa_nigeria_kenya_and_ghana_v60(
    text: str, amount: str, currency: str, per: Period
) -> None:
    assert_figure(text, "en", amount, currency, per)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("r u serious, 300 is all i have", "300", None),  # "r" is "are" apart from a figure
        ("we are 500 short this month", "500", None),
        ("paid R500 200 days ago", "500", "ZAR"),  # the last group counts days
        ("can do 2 300 a month", "300", None),  # spaces set thousands apart after a sign only
    ],
)
def test_a_lone_r_and_spaced_figures_elsewhere_v60(
    text: str, amount: str, currency: str | None
) -> None:
    reading = read(text, "en")

    assert reading.amount is not None
    assert (reading.amount.amount, reading.amount.currency) == (Decimal(amount), currency)
