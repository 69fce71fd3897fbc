"""Lexicons v115, written with the retraining on blind90 to blind93: what the retrained models no
longer read is said in words — harm promised to the next one the creditor sends (blind92), with
the visits it forbids kept as an opt-out beside it; 哪時候欠 (blind26), Singapore's Debt Repayment
Scheme and Official Assignee (blind84), "no can do" (blind59)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_not_said_by, assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    "text",
    [
        "keep playin with me and see what happens to the next dude you send to my door",
        "send another one round and watch what happens to whoever you send round next",
        "you'll find out what happens to the next guy y'all send out here",
    ],
)
def test_harm_to_the_next_one_sent_is_abuse_with_the_visits_refused_v115(text: str) -> None:
    assert_read_in_words(text, "en", Intent.ABUSE, "_v115")
    reading = read(text, "en")
    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "see what happens to the next payment you send, it should clear faster",
        "the next letter you send to my house, put the flat number on it",
    ],
)
def test_the_next_thing_sent_is_no_threat_and_no_refusal_v115(text: str) -> None:
    # (the condition alone waits for a threat beside it: no entry reads a refusal of contact)
    reading = assert_not_said_by(text, "en", "_v115")
    assert Intent.ABUSE not in reading.signals
    assert not lexicon_said(text, "en", Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("蛤？我哪時候欠你們錢了", "zh_Hant"),
        ("我哪時候有欠你們？你們搞錯人了吧", "zh_Hant"),
    ],
)
def test_when_did_i_ever_owe_is_a_denial_v115(text: str, language: str) -> None:
    assert_read_in_words(text, language, Intent.DISPUTE_NOT_MINE, "_v115")
    assert read(text, language).intent is Intent.DISPUTE_NOT_MINE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "我在 Debt Repayment Scheme 裡面，Official Assignee 會處理，請問我還需要回覆你們嗎？",
            "zh_Hant",
        ),
        ("I'm on the debt repayment scheme since March", "en"),
        ("The Official Assignee handles all my affairs now, pls contact them", "en"),
    ],
)
def test_singapores_procedures_are_bankruptcy_v115(text: str, language: str) -> None:
    assert_read_in_words(text, language, Intent.BANKRUPTCY, "_v115")
    assert read(text, language).intent is Intent.BANKRUPTCY


def test_contact_sent_to_the_official_assignee_keeps_its_opt_out_v115() -> None:
    reading = read("The Official Assignee handles all my affairs now, pls contact them", "en")
    assert Intent.OPT_OUT in reading.signals


def test_no_can_do_is_a_refusal_v115() -> None:
    assert_read_in_words("no can do boss", "en", Intent.DECLINE, "_v115")
    assert read("no can do boss", "en").intent is Intent.DECLINE
