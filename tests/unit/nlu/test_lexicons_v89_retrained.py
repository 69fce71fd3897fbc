"""Lexicons v89, written with the retraining on blind74 and blind75: what the retrained models no
longer read is said in words (a threat that the collector will watch his back, its condition an
opt-out; a sum to be put into the account), what they began to read falsely is kept out (a
warning sign's evidence words "bye" and "for good" only as a farewell's), and a Scottish
bankruptcy is named. The papers of a life left to someone (存折, 房产证, 密码) are one slot, shared
by the two patterns of the affairs put in order that v85 and v88 wrote apart."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hant", "你哋再send訊息俾我老婆，我包你哋以後都要望住背脊行路", Intent.ABUSE),
        ("zh_Hans", "先不要催了，我听日一定入两千落去", Intent.PROMISE_TO_PAY),
        ("en", "I was sequestrated in the spring, so nothing more from me", Intent.BANKRUPTCY),
        ("zh_Hans", "保单都写清楚留给我女儿了", Intent.SELF_HARM_RISK),
    ],
)
def test_what_the_retrained_models_no_longer_read_is_said_in_words_v89(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


def test_the_collector_told_to_watch_his_back_keeps_the_contact_it_forbids_v89() -> None:
    assert_kept_beside(
        "你哋再打俾我啲同事，我擔保你哋個個收工都要望住背脊行路",
        "zh_Hant",
        Intent.ABUSE,
        Intent.OPT_OUT,
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # blind28's voicemail and salon (training files): the retrained n-gram model read a warning
        # sign in each through "bye" and "for good"
        (
            "en",
            "hi um this is Rosa calling about the account um I'm sorry I missed the call I was at "
            "work at the school um I can pay two hundred dollars on the twentieth okay thank you bye",
        ),
        (
            "en",
            "I had a little nail salon on Grand Ave for six years. we closed for good in October, "
            "couldn't make the lease after the chain place opened across the street. So that's "
            "where I'm at.",
        ),
    ],
)
def test_ordinary_words_no_longer_let_a_model_read_a_warning_sign_v89(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我哋今晚去行山，你要望住背脊啊", Intent.ABUSE),
        ("zh_Hans", "把银行卡交给老婆管", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我入咗三千落去买股票", Intent.PROMISE_TO_PAY),
    ],
)
def test_their_look_alikes_stay_as_they_were_v89(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
