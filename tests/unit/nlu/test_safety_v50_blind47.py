"""Lexicons v50, blind47's safety misses (jobs and wages), in other words than blind47's:
possessions given away, the debt paid out of the debtor's life insurance, farewell notes found,
searching how to die without pain, a number nobody will answer any more, "no need to send more"
and "do not contact me directly", "no robot, give me a person", part of a sum disowned, "I only
borrowed" a smaller sum, fees charged regardless, a balance that never went down, details leaked
and loans appearing; and identity theft a model adds denies the debt, as the lexicons' does."""

from __future__ import annotations

import pytest

from negotiator.nlu.additions import with_added
from negotiator.nlu.interpretation import Cue, Intent, Interpretation
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "my flatmate lost his job and he's been giving away all his things",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "keep your 50 a week, take what I owe from my life insurance",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "my brother left letters for his kids on the table last night",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "他最近一直在问怎么死最不痛苦", Intent.SELF_HARM_RISK),
        ("zh_Hant", "下個禮拜之後呢個電話就再冇人聽", Intent.SELF_HARM_RISK),
        ("zh_Hans", "不用再打了，我自己会处理", Intent.OPT_OUT),
        ("zh_Hans", "律师会跟进，勿再与我直接联络", Intent.OPT_OUT),
        ("zh_Hant", "唔要機械人，俾個真人我", Intent.REQUEST_HUMAN),
        ("en", "I'll cover what's actually mine but not the 300 in fees", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "账单写五万？我明明只借了三万", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "疫情期間你哋仲收我罰息，唔合理", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我的个人信息被泄露了，现在莫名其妙多了一笔网贷", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_what_blind47_missed_is_read_in_other_words_v50(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v50")


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "giving the team my shifts away this week, I'm on holiday", Intent.SELF_HARM_RISK),
        ("zh_Hans", "去你们公司怎么走比较快？", Intent.SELF_HARM_RISK),
        ("zh_Hant", "間公司拖糧唔關我事，我下個月還", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_their_look_alikes_are_not_read_so_v50(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals


def test_borrowing_for_two_days_is_no_sum_disowned_v50() -> None:
    # 只借了两天: a time, not a sum (the n-gram model may still guess a dispute from 只借了)
    assert not lexicon_said("我只借了两天就还了", "zh_Hans", Intent.DISPUTE_AMOUNT)


def test_a_balance_that_never_went_down_is_disputed_in_cantonese_v50() -> None:
    # principal_never_fell_v31 widened: 一啲都冇减
    reading = read("自動轉賬咗一年，個餘額一啲都冇減", "zh_Hant")
    assert "zh_Hans.dispute_amount.principal_never_fell_v31" in {c.rule for c in reading.cues}


def test_identity_theft_a_model_adds_denies_the_debt_too_v50() -> None:
    reading = Interpretation("x", "en", Intent.UNKNOWN, (), None, None, None, 0.0, ())
    theft = Cue(Intent.FRAUD_IDENTITY_THEFT.value, "x", "meaning:fraud_identity_theft(0.90)")

    added = with_added(reading, {Intent.FRAUD_IDENTITY_THEFT: 0.9}, [theft])

    assert added.intent is Intent.FRAUD_IDENTITY_THEFT
    assert added.signals == (Intent.FRAUD_IDENTITY_THEFT, Intent.DISPUTE_NOT_MINE)
    assert added.cues[-1].rule == "builtin.fraud_not_mine"


def test_a_denial_the_lexicons_suppressed_is_not_added_back_with_identity_theft_v50() -> None:
    hidden = Cue(Intent.DISPUTE_NOT_MINE.value, "x", "en.x", "figurative")
    reading = Interpretation("x", "en", Intent.UNKNOWN, (), None, None, None, 0.0, (hidden,))
    theft = Cue(Intent.FRAUD_IDENTITY_THEFT.value, "x", "meaning:fraud_identity_theft(0.90)")

    added = with_added(reading, {Intent.FRAUD_IDENTITY_THEFT: 0.9}, [theft])

    assert Intent.DISPUTE_NOT_MINE not in added.signals
