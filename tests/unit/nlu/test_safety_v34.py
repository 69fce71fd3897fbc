"""Lexicons v34, safety: blind30's eight safety misses as families — not living to the end of
the plan, following someone who died, asking how much of a drug would kill, no contact "from now
on", a figure said to be off and a payment left out — in other words than the corpus messages,
with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "fine, 120 a month. dont know if I'll still be around when the loan is paid off",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "who knows if i'll even be alive by then, just send the form",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "my dad passed last winter and lately I'm tempted to just go and join him",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "how much insulin would kill someone, asking for me. anyway the 40 is fine",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I read up on the lethal dose of my meds last night", Intent.SELF_HARM_RISK),
        ("zh_Hant", "好啦照簽，我冇打算留到還清嗰日", Intent.SELF_HARM_RISK),
        ("zh_Hans", "三期就三期吧，到时候我可能已经不在了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "阿媽過身之後，我好想跟埋佢一齊走", Intent.SELF_HARM_RISK),
        ("zh_Hans", "儿子没了以后，我总想下去找他", Intent.SELF_HARM_RISK),
        ("zh_Hans", "今后别再打电话给我，我有钱了会还的", Intent.OPT_OUT),
        ("en", "ok I'll send the 200 friday. then im finally ending it", Intent.SELF_HARM_RISK),
        ("en", "the figures in your summary are all wrong", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "I transferred 250 in october and that's not in the breakdown you sent",
            Intent.DISPUTE_AMOUNT,
        ),
    ],
)
def test_safety_families_v34(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # being elsewhere, not gone
        ("zh_Hans", "到时候我人不在国内，你们打不通的", Intent.SELF_HARM_RISK),
        (
            "en",
            "not sure I'll be around tomorrow afternoon, try the morning",
            Intent.SELF_HARM_RISK,
        ),
        # being with someone alive, or at a grave
        ("en", "my mom died and I flew home to be with my dad", Intent.SELF_HARM_RISK),
        (
            "en",
            "my husband passed in may, I want to go be with him at the cemetery on his birthday",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "我爸走了，我想跟他去医院办手续", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我爸走了，我回老家陪我妈", Intent.SELF_HARM_RISK),
        # a dose asked for a pain
        ("en", "how much ibuprofen can I take for a toothache", Intent.SELF_HARM_RISK),
        # ending something named
        ("en", "I'm ending it with my boyfriend, that's why money is tight", Intent.SELF_HARM_RISK),
        # a plan withdrawn, not a figure disputed
        ("en", "the plan is off the table now", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_keep_their_reading_v34(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_a_warning_sign_beside_an_agreement_still_hands_over() -> None:
    """blind30's misses were said while agreeing: the figure is still read, and self-harm wins
    the intent, so the conversation hands over rather than booking the plan."""
    said = read(
        "ok 80 a month is fine. not sure I'll still be here by the time it's paid off", "en"
    )
    assert said.intent is Intent.SELF_HARM_RISK
    assert said.amount is not None
    assert said.amount.amount == 80


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # what both models read differently once retrained with blind30, written into the lexicons
        (
            "en",
            "sorry, I typed 'stop' by mistake, I still want the plan",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "the old collector said he'd make my life hell", Intent.SELF_HARM_RISK, False),
        ("en", "out on the porch going over the bills again", Intent.SELF_HARM_RISK, False),
        (
            "en",
            "I sent 200 last week so why does the app still show the old balance?",
            Intent.DISPUTE_AMOUNT,
            True,
        ),
        ("en", "the balance includes a loan we paid off years ago", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hant", "唔係唔想還，不過真係冇", Intent.HARDSHIP, True),
    ],
)
def test_readings_kept_when_the_models_were_retrained_v34(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted
