"""Lexicons v35, safety: blind31's four safety misses as families — no one at this number owes
it, the account not the writer's said formally, "please send no more", "are you sure you have the
right number?", not knowing what living is for — in other words than the corpus messages, with
look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "my dad died in 2019, no one at this address owes you money",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("en", "nobody in this household has borrowed from you", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "此門號已經換人使用，敬請勿再致電", Intent.OPT_OUT),
        ("zh_Hans", "请勿再发送此类信息", Intent.OPT_OUT),
        ("zh_Hans", "经核实，这张卡并非本人办理", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我仲讀緊中學，你哋確定冇搵錯人？", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我才上初中，你们确定没打错吗", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "每日做十幾個鐘都唔夠還，唔知活著要做咩", Intent.SELF_HARM_RISK),
    ],
)
def test_safety_families_v35(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # typing errors, not a wrong number
        ("zh_Hant", "我用語音打字常常打錯，請真人打給我", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "不好意思我老是打错字", Intent.DISPUTE_NOT_MINE),
        # someone here who owes nothing more
        ("en", "nobody here is going to pay that", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_look_alikes_keep_their_reading_v35(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


def test_a_wrong_number_said_plainly_is_still_not_mine() -> None:
    assert read("你們打錯電話了", "zh_Hant").intent is Intent.DISPUTE_NOT_MINE
    assert read("打错人了吧", "zh_Hans").intent is Intent.DISPUTE_NOT_MINE


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # what both models read differently once retrained with blind31, written into the lexicons
        ("en", "all communication in writing only from now on please", Intent.OPT_OUT, True),
        ("zh_Hans", "上周转了一千，余额还是没更新", Intent.DISPUTE_AMOUNT, True),
        # the system just behind is a payment told, as seven authors label it
        ("zh_Hans", "我昨天已经还了800啊，你们系统没更新吗", Intent.DISPUTE_AMOUNT, False),
    ],
)
def test_readings_kept_when_the_models_were_retrained_v35(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted


def test_a_figure_inside_advice_not_taken_still_keeps_the_models_out() -> None:
    """Advice reported and not taken is a figure of an opt-out (and of a request for a person,
    of the disputes); a figure of self-harm said inside it ("she'd rather die than…") is another
    figure, and still keeps the models from reading self-harm."""
    said = read(
        "my sister says she'd rather die than pick up when you call lol, but I'm paying. "
        "how much is left?",
        "en",
    )
    assert Intent.SELF_HARM_RISK not in said.signals
    assert any(
        cue.signal == "self_harm_risk" and cue.suppressed == "figurative" for cue in said.cues
    )
