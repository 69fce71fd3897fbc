"""Lexicons v48 (the lead): what the models stopped reading once blind42 joined their training,
put back in words — Cantonese money that does not stretch (唔够使), a question after the legal
basis of a rate, a part paid that the balance does not show, a complaint to an attorney general —
and the look-alikes the retrained models misread: a name changed is still the debtor's account, an
attorney general is no lawyer of theirs, a legal basis asked after is no dispute yet."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_read_in_words,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hant", "份糧一出就冇，真係唔夠使", Intent.HARDSHIP),
        ("zh_Hans", "一个月得三千，点都唔够使", Intent.HARDSHIP),
        ("zh_Hans", "你们收的违约金按的是什么规定", Intent.ASK_QUESTION),
        ("zh_Hant", "呢個利息有乜法律依據", Intent.ASK_QUESTION),
        ("zh_Hans", "上周还了两千，怎么还是显示全额", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "我俾咗一半，點解仲係全數", Intent.DISPUTE_AMOUNT),
        ("en", "I'm going to report this to the attorney general", Intent.REQUEST_HUMAN),
        ("en", "I'll be writing to my state's attorney general about this", Intent.REQUEST_HUMAN),
    ],
)
def test_what_the_retrained_models_stopped_reading_is_in_words_v48(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "changed my last name after the wedding, is the debit still ok?",
            Intent.DISPUTE_NOT_MINE,
        ),
        (
            "en",
            "the letters still come in my maiden name, does that matter?",
            Intent.DISPUTE_NOT_MINE,
        ),
        (
            "en",
            "the attorney general's office published new rules, what changes?",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hans", "这笔手续费根据哪条规定收的？", Intent.DISPUTE_AMOUNT),
    ],
)
def test_a_name_changed_an_attorney_general_and_a_legal_basis_are_no_safety_intent_v48(
    language: str, text: str, intent: Intent
) -> None:
    reading = read_as_figure_of_speech(text, language, "_v48")
    assert intent not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "this isn't my debt, it's someone with my old name", Intent.DISPUTE_NOT_MINE),
        ("en", "my attorney will contact you", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "利息这么高，有什么法律依据？太离谱了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "昨天就转账了，为什么还显示逾期", Intent.ALREADY_PAID),
    ],
)
def test_the_safety_and_payment_readings_stay_v48(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    "text",
    [
        "someone took out two credit cards with my passport",
        "the banking app froze again, will pay tomorrow",
    ],
)
def test_credit_taken_out_and_an_app_failing_are_no_warning_sign_v48(text: str) -> None:
    # the models retrained with blind43 raised self-harm on both
    reading = read_as_figure_of_speech(text, "en", "_v48")
    assert Intent.SELF_HARM_RISK not in reading.signals


def test_borrowing_from_one_lender_to_pay_another_is_hardship_v48() -> None:
    text = "been borrowing from one card to pay another for months"
    assert lexicon_said(text, "en", Intent.HARDSHIP)
    assert read(text, "en").reason is HardshipReason.OVER_INDEBTED


@pytest.mark.parametrize(
    "text",
    [
        "I want to take myself out, there's no way out of this debt",
        "the app crashed and I want to end it all",
    ],
)
def test_the_warning_signs_beside_them_stay_v48(text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, "en").signals
