"""Lexicons v50, blind46's safety misses (scams, gambling, investments, disasters and sudden
losses), in other words than blind46's: a drop or the water gone back to again and again, the
wish to join someone who died (join_the_dead_v34 widened), hours spent sitting by the river or on a roof, not wanting to stay
in this world, and a person asked for by their team."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "lost the lot on the horses. keep walking up to the roof at work",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I've been sitting by the canal every night since the flood", Intent.SELF_HARM_RISK),
        ("zh_Hans", "股票亏光了，我在楼顶站了一整夜", Intent.SELF_HARM_RISK),
        ("zh_Hant", "今日喺海邊坐咗成日", Intent.SELF_HARM_RISK),
        ("zh_Hans", "房子被水冲走了，我真的不愿再活在这世上", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我喺呢個世界上都留唔到幾耐", Intent.SELF_HARM_RISK),
        ("en", "could somebody in your collections department ring me back", Intent.REQUEST_HUMAN),
        ("en", "I'd like someone on the support team to phone me", Intent.REQUEST_HUMAN),
    ],
)
def test_what_blind46_missed_is_read_in_other_words_v50(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v50")


@pytest.mark.parametrize(
    "text",
    [
        "she died last year and I want to join her",
        "the fire took my husband. I just want to go be with him",
    ],
)
def test_the_wish_to_join_the_dead_is_read_after_a_pronoun_or_a_loss_v50(text: str) -> None:
    # v50 widened join_the_dead_v34 (the relative named before "died", or "lost my") to a pronoun
    # and to a disaster that "took my" husband or wife
    reading = read(text, "en")
    assert "en.self_harm_risk.join_the_dead_v34" in {c.rule for c in reading.cues}


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I've been looking at the bridge loan you offered", Intent.SELF_HARM_RISK),
        (
            "en",
            "she died in March, I want to be with her family at christmas",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "我不想再待在这个城市了，准备搬家", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_are_not_read_so_v50(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals
