"""Lexicons v99, fitted on blind84's twenty-three safety misses after its one run, in other words
than blind84's. Opt-outs: London's "bell" for a call and "watch man pull up" as the harm; "yous'll
be sorry"; a solicitor to be contacted "and not me"; "no need to write to me again"; Nigerian
Pidgin's "make una no call me"; more contact priced with not paying (你们再打我公司电话我就一分都不还);
a curse between the "don't" and the call (别他妈的再给我发短信); a visit seen again before a threat;
one more message before "我就帶晒啲兄弟上嚟"; contact sent on in written style (今後諸事請與舍弟接洽,
不必再催). Warning signs: a gun cleaned beside papers left; a window measured and high enough; the
debtor's own funeral arranged; no more paying after the month, decided. Disputed amounts in
Singlish, Patois and Swahili; a request for a person in Swahili and "supervisah"; an adviser in
touch "on my behalf". A relative's funeral arranged (阿爸嘅後事安排好咗) is no warning sign. With
the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "stop belling my nan, she's 80", Intent.OPT_OUT),
        ("en", "keep ringing my phone and watch me pull up at your door", Intent.OPT_OUT),
        ("en", "Call my mum once more and youse'll be sorry", Intent.OPT_OUT),
        ("en", "It's with my barrister now, ring her directly and not me", Intent.OPT_OUT),
        ("en", "there's no need to call me any more, it's in hand", Intent.OPT_OUT),
        ("en", "abeg make una no call me for night", Intent.OPT_OUT),
        ("zh_Hans", "你们再打我公司电话，我就一分钱都不还", Intent.OPT_OUT),
        ("zh_Hans", "别他妈的再给我发短信", Intent.OPT_OUT),
        ("zh_Hans", "再让我看见你们来我家，我打断你们的腿", Intent.OPT_OUT),
        ("zh_Hant", "你再send多條message，我就帶晒啲兄弟上嚟", Intent.OPT_OUT),
        ("zh_Hant", "今後諸事請與舍弟接洽", Intent.OPT_OUT),
        ("zh_Hant", "債項已交律師處理，不必再催", Intent.OPT_OUT),
        (
            "en",
            "The shotgun's loaded and the will is in the top drawer for Mary.",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hant", "陽台我量過咗，夠高", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我已把后事都交代好了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "過完今個月我就唔使再俾，我想清楚了", Intent.SELF_HARM_RISK),
        ("en", "where got so many charges one, I only took 1k", Intent.DISPUTE_AMOUNT),
        ("en", "how mi owe more now than when mi start?", Intent.DISPUTE_AMOUNT),
        ("en", "mbona mnanidai pesa nyingi hivi", Intent.DISPUTE_AMOUNT),
        ("en", "nataka kuzungumza na mtu tafadhali", Intent.REQUEST_HUMAN),
        ("en", "I want a supervisah now", Intent.REQUEST_HUMAN),
        ("en", "My advisor will talk to you on my behalf from now on", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_blind84s_safety_misses_in_other_words_v99(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "keep calling and watch me not answer", Intent.OPT_OUT),
        ("en", "please contact her directly, she handles the bills for both of us", Intent.OPT_OUT),
        ("en", "the rifle's cleaned and ready for deer season", Intent.SELF_HARM_RISK),
        ("en", "where got time to pay so fast", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "如果你们再打电话来，我就把钱还了", Intent.OPT_OUT),
        ("zh_Hans", "我老公说你们再打电话他就报警，你们这样合法吗", Intent.OPT_OUT),
        ("zh_Hans", "打折的话我可以一次还清", Intent.ABUSE),
        ("zh_Hans", "阳台的窗户我量过了，要换新的", Intent.SELF_HARM_RISK),
        ("zh_Hant", "過埋呢個月我就唔使再交租", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_stay_as_they_were_v99(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hant", "阿爸嘅後事安排好咗，遲啲先還"),
        ("zh_Hans", "我老婆的后事安排好了，下个月开始还"),
    ],
)
def test_a_relatives_funeral_arranged_is_no_warning_sign_v99(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals
