"""Lexicons v53, blind50's safety misses (time, holidays and travel), in other words than
blind50's: no place left to be "by then", checking out in quotes, going to find the one who died,
no place left in the world, goodbyes said to everyone; charges called wrong, deadly or unlawful, a
fee charged and "take it off", a balance doubled since a day; "end the calls", calls at night
refused, letters to this address refused, a dare to call; someone to call; and a threat on
condition of contact with a time between (abuse, with the opt-out beside it)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent", "suffix"),
    [
        ("en", "doesn't matter, I won't be anywhere by then", Intent.SELF_HARM_RISK, "_v53"),
        (
            "en",
            "my son said he's 'checking out for good' and switched his phone off",
            Intent.SELF_HARM_RISK,
            "_v53",
        ),
        ("zh_Hans", "还完就去陪过世的老妈", Intent.SELF_HARM_RISK, "_v34"),
        ("zh_Hant", "過咗年之後，我唔會再喺呢個世界", Intent.SELF_HARM_RISK, "_v53"),
        ("zh_Hans", "我已经跟所有人都说了再见", Intent.SELF_HARM_RISK, "_v53"),
        (
            "en",
            "send me the interest breakdown, because it's wrong",
            Intent.DISPUTE_AMOUNT,
            "_v53",
        ),
        (
            "en",
            "you hit me with a late fee while the bank was shut over Easter, knock it off",
            Intent.DISPUTE_AMOUNT,
            "_v53",
        ),
        ("en", "the total has tripled since March", Intent.DISPUTE_AMOUNT, "_v53"),
        ("zh_Hans", "你们的罚息简直吸血", Intent.DISPUTE_AMOUNT, "_v53"),
        ("zh_Hant", "你哋啲利息真係要人命", Intent.DISPUTE_AMOUNT, "_v53"),
        ("en", "please end these calls, I work nights", Intent.OPT_OUT, ""),
        ("zh_Hans", "不要再凌晨发信息给我", Intent.OPT_OUT, ""),
        ("zh_Hans", "别再寄到我这个地址了", Intent.OPT_OUT, "_v53"),
        # v82: v54's dare-to-send reads it too, since its acts of contact are the shared
        # contact_act (上门 included), and its longer match hides v53's
        ("zh_Hant", "你哋敢再上門試下", Intent.OPT_OUT, "_v54"),
        ("zh_Hant", "這是前房客的信", Intent.DISPUTE_NOT_MINE, ""),
        ("en", "is there anyone I can call about this?", Intent.REQUEST_HUMAN, ""),
        ("en", "can somebody please call me back today", Intent.REQUEST_HUMAN, ""),
    ],
)
def test_what_blind50_missed_is_read_in_other_words_v53(
    language: str, text: str, intent: Intent, suffix: str
) -> None:
    assert_read_in_words(text, language, intent, suffix)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I won't be anywhere near a laptop till Monday", Intent.SELF_HARM_RISK),
        (
            "en",
            "she said 'checking out of the hotel now', so we pay tonight",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "跟所有人说了新年快乐", Intent.SELF_HARM_RISK),
        ("en", "the balance has doubled, can I pay it in two goes", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "别再往我妈老房子寄信了，她现在跟我住", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_are_not_read_so_v53(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals


@pytest.mark.parametrize(
    "text",
    [
        "message me during the wedding and I promise you'll regret it",
        "call me again on my shift and I swear I'll find whoever runs this place",
    ],
)
def test_a_threat_on_condition_of_contact_at_a_time_is_abuse_with_an_opt_out_v53(
    text: str,
) -> None:
    reading = read(text, "en")
    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals
