"""Lexicons v52, blind49's safety misses (paying and the mechanics of money), in other words than
blind49's: a last payment with an apology or a message for whoever finds it, not meaning to live
through the winter or the year, a charge taken twice, fees the collector keeps adding, a balance
that fell by less than was paid, "I owe no money", and a threat on condition of calls to the
house or a relative (abuse, with the opt-out beside it)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "sent the last 50. last payment you'll ever get from me. goodbye and sorry",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "tell whoever reads this that I'm sorry", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我没打算撑过这个年底", Intent.SELF_HARM_RISK),
        ("zh_Hant", "還乜嘢，我冇打算捱過呢個冬天", Intent.SELF_HARM_RISK),
        ("en", "you took the payment twice this month", Intent.DISPUTE_AMOUNT),
        ("en", "the admin charges you keep adding are a joke", Intent.DISPUTE_AMOUNT),
        ("en", "the debt only dropped by 80 after I paid 100", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "我從來冇欠錢，你哋搵錯人", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_what_blind49_missed_is_read_in_other_words_v52(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v52")


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "that's the last payment you'll ever get from me, debt cleared at last!",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "my own payment went out twice by mistake, can I get one back",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "我没打算过年回家", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我已经没欠钱了", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_their_look_alikes_are_not_read_so_v52(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals


def test_a_threat_on_condition_of_calls_to_a_relative_is_abuse_with_an_opt_out_v52() -> None:
    reading = read("ring my mum again and you'll regret it", "en")

    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals
