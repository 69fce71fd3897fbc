"""Lexicons v54, five of blind52's safety misses fitted after its measurement, in other words than
blind52's: wrists cut, told with a count (割咗两次脉); a dare to call again in a clause that opens
with 再, beside a threat (abuse, with the opt-out beside it); robocalls refused; letters to the
debtor's home refused. The rest of blind52 (long, multi-part messages) is not yet fitted."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read


@pytest.mark.parametrize(
    ("language", "text", "intent", "suffix"),
    [
        ("zh_Hans", "之前割过几次脉，现在又想了", Intent.SELF_HARM_RISK, "_v54"),
        ("en", "no more robocalls please, text me instead", Intent.OPT_OUT, ""),
        ("zh_Hans", "不要再打机器人电话，我有看短信", Intent.OPT_OUT, ""),
        ("zh_Hans", "不要再寄到我家，家里人会看到", Intent.OPT_OUT, "_v53"),
    ],
)
def test_what_blind52_missed_is_read_in_other_words_v54(
    language: str, text: str, intent: Intent, suffix: str
) -> None:
    assert_read_in_words(text, language, intent, suffix)


def test_a_dare_to_call_again_opening_its_clause_is_abuse_with_an_opt_out_v54() -> None:
    reading = read("我说清楚，再打我公司电话试试，我知道你们住哪", "zh_Hans")

    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals
