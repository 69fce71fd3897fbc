"""Lexicons v32: the safety families blind28's misses and over-reads showed — a wish to die
reported of someone else, bankruptcy, a lawyer or an opt-out asked about rather than asked for,
identity theft named to say it was not, a threat on condition of more contact in Cantonese —
in other words than the corpus messages, with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我妈说她宁愿死掉也不想再受这种苦", Intent.SELF_HARM_RISK),
        ("zh_Hant", "佢話寧願死都唔想再捱落去", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我的個資被冒用了，這筆不是我借的", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "你哋再打嚟公司，你小心啲", Intent.ABUSE),
        # what the models stopped reading once retrained with blind28
        ("zh_Hans", "我老公成天说要去跳河，我真怕他哪天做了", Intent.SELF_HARM_RISK),
    ],
)
def test_safety_families_v32(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # asked about, not asked for: the safety intent is a figure of speech, the intent a question
        (
            "en",
            "would chapter 7 even wipe this out? no plans to file, just asking",
            Intent.BANKRUPTCY,
        ),
        ("zh_Hans", "破产了这笔能免掉吗？我不打算破产，问问而已", Intent.BANKRUPTCY),
        (
            "en",
            "if I hired an attorney would you have to stop calling me?",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hans", "要是我找了律师，你们是不是就不会再打来了？", Intent.LEGAL_REPRESENTATION),
        ("en", "if i asked you to stop calling, would that affect my credit?", Intent.OPT_OUT),
        ("zh_Hans", "如果我让你们别再打电话，会不会影响我征信？", Intent.OPT_OUT),
    ],
)
def test_asked_about_is_a_question(language: str, text: str, intent: Intent) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.ASK_QUESTION
    assert intent not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "A lawyer? I don't even have one, I can barely pay rent",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hant", "請律師？我邊有錢請律師", Intent.LEGAL_REPRESENTATION),
        (
            "en",
            "if this were fraud I would have reported it, it's mine",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("zh_Hans", "如果是被冒用的话我早就报警了", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "i know where you live", Intent.SELF_HARM_RISK),
    ],
)
def test_named_to_say_it_is_not_so(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # said, not asked about: the safety intent stands
        ("en", "I got a lawyer, talk to her from now on", Intent.LEGAL_REPRESENTATION),
        ("en", "stop texting me", Intent.OPT_OUT),
        ("zh_Hans", "我已经申请破产了", Intent.BANKRUPTCY),
        ("zh_Hans", "宁愿死也不想再这样活了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "有人冒用我的身份借的钱", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_said_outright_stays_the_safety_intent(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


def test_my_mothers_is_no_swear_word() -> None:
    assert Intent.ABUSE not in read("家里只剩我妈的退休金", "zh_Hans").signals
    assert Intent.ABUSE in read("他妈的别再打了", "zh_Hans").signals
