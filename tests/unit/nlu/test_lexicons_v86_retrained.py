"""Lexicons v86, written with the retraining on blind69 to blind73: what the retrained models no
longer read is said in words (a letter sent as a threat's condition, a stranger "of that name",
someone else's "top himself", a burden said by someone and told by the one who heard it, a rush
out before a lorry wanted), and
what they began to read falsely is kept out (a warning sign's evidence words "point", "last
night" and "living" only as despair's; an insurance claim not yet paid out)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "再寄一封信到我公司，我找人上你们公司坐坐", Intent.OPT_OUT),
        ("en", "who r u? dont know anybody of that name mate", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "my brother said he's going to top himself if this goes to court",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "last night my dad told me we'd be fine without him", Intent.SELF_HARM_RISK),
        ("zh_Hant", "保險公司未批之前我唔會還", Intent.DECLINE),
        ("zh_Hans", "每次看到泥头车开过来，总想冲过去", Intent.SELF_HARM_RISK),
    ],
)
def test_what_the_retrained_models_no_longer_read_is_said_in_words_v86(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # blind52's two long messages (a training file): the retrained n-gram model read a warning
        # sign in each through "point", "living" and "last night"
        (
            "en",
            "I've just opened my statement. Why am I being charged interest during the hardship "
            "pause you agreed to? That's not fair at all, the whole point was to stop it growing "
            "while I was off sick.",
        ),
        (
            "en",
            "Right. Since the divorce went through I've been living off one wage with two kids, "
            "and my ex's maintenance arrives whenever he feels like it. I was going to offer 150 a "
            "month because that's what I paid before, but I sat down with the numbers last night "
            "and it's not realistic, I'd be short by the 20th every month. 90 a month is what I "
            "can actually stick to. If things improve I'll tell you.",
        ),
        ("zh_Hant", "保險未賠之前我唔會還"),
    ],
)
def test_ordinary_words_no_longer_let_a_model_read_a_warning_sign_v86(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals
