"""Lexicons v73, fitted on blind65 (a thirteenth representative month, no theme, asked for
understated wordings) after its one run, in other words than blind65's: its largest family of
safety misses, contact sent to the lawyer or adviser acting for the debtor in new words (the
representation and the opt-out beside it, on one span)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我请了律师，有什么事请联系李律师"),
        ("zh_Hans", "这事我交给律所了，以后都跟他们谈"),
        ("zh_Hant", "我已委任律師，之後請直接聯絡張律師行"),
        ("zh_Hant", "我表姐係律師，佢代表我，有咩搵佢得啦"),
        ("en", "my solicitor is dealing with it now, everything else goes through her"),
        ("en", "a financial counsellor is handling my debts, please deal with them"),
    ],
)
def test_contact_sent_to_the_one_acting_for_the_debtor_v73(language: str, text: str) -> None:
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我朋友是律师，他说这个利息不合法"),
        ("zh_Hant", "我阿爸係律師，但呢單數我自己搞掂，月尾還晒"),
    ],
)
def test_a_lawyer_named_with_no_contact_sent_is_no_opt_out_v73(language: str, text: str) -> None:
    assert Intent.OPT_OUT not in read(text, language).signals, text


def test_a_dispute_before_the_contact_sent_is_kept_v73() -> None:
    # the span sent to him starts in the clause after the lawyer, so the dispute between is read
    reading = read("我的律师看了条款，说这笔手续费不合法，请你们跟他谈", "zh_Hans")

    assert Intent.DISPUTE_AMOUNT in reading.signals
