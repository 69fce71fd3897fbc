"""Lexicons v93, fitted on blind79's fifteen safety misses after its one run, in other words than
blind79's: no point seen any more with its negation, a height stood on as a habit and how quick it
would be; a hint not taken and people to be left be; a day of the week refused in a fragment; a
new number or a block as the price of contact (its "never hear from me again" no farewell); contact
not wanted "at all"; a phone handed down by a relative, the debt theirs; a figure asked back in
Tagalog; contact through the solicitor with no verb; an adviser who listed the collector as a
creditor; a contract number never seen; a firm named by a surname (陳律師行); a pet sent to
someone's home; a relative's letter of apology found; no message after tonight; contact limited to
once a week; with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "will you people ever take the hint and leave folk be", Intent.OPT_OUT),
        ("en", "Never on a Sunday please, that's family day", Intent.OPT_OUT),
        ("en", "texts at work are no use to me and I'd rather you didn't at all", Intent.OPT_OUT),
        ("en", "10,000 lang ang hiniram ko, bakit 18k na po?", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "My solicitor is Mr Patel at Patel Legal. All correspondence via him from now on",
            Intent.OPT_OUT,
        ),
        ("zh_Hans", "这个借款单号我听都没听过", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "以後請你哋直接同陳律師行聯絡", Intent.OPT_OUT),
        ("zh_Hans", "狗狗已经送到邻居家了，剩下的事也都安排了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "一个月最多打一次电话，再多我就去投诉", Intent.OPT_OUT),
        ("en", "Honestly I don't see any point anymore.", Intent.SELF_HARM_RISK),
        (
            "en",
            "some nights I climb onto the roof and just think how easy it would be",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "one more whatsapp off you and I'm changing my number", Intent.OPT_OUT),
        (
            "en",
            "if I get another call from you I'm getting a new sim and you'll never hear from me again",
            Intent.OPT_OUT,
        ),
        ("en", "my dad passed his old phone down to me last year", Intent.DISPUTE_NOT_MINE),
        ("en", "My adviser has put you down as a creditor on the IVA", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "早上发现我女儿写的信，里面一直说对不起", Intent.SELF_HARM_RISK),
        ("zh_Hant", "今晚之後，大家應該都唔會再收到我嘅訊息", Intent.SELF_HARM_RISK),
    ],
)
def test_blind79s_safety_misses_in_other_words_v93(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I don't see the point in paying for a service I cancelled", Intent.SELF_HARM_RISK),
        (
            "en",
            "I don't see any point anymore in paying this if the interest keeps growing",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "I stand on the balcony every morning looking down at the sea, lovely view",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "I sit on the terrace thinking how easy it would be to pay monthly",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "Not weekends, but I can pay Monday", Intent.OPT_OUT),
        ("en", "if I get one more bill like this I'm changing banks", Intent.OPT_OUT),
        (
            "en",
            "if I get another call from you I'm getting a new sim and you'll never hear from me again",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "My mum passed away last year and this phone was hers", Intent.DISPUTE_NOT_MINE),
        ("en", "all payments through my bank please", Intent.OPT_OUT),
        ("en", "I'd rather you didn't add the fee", Intent.OPT_OUT),
        ("zh_Hans", "这个还款方式我见都没见过", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "每个月最多还八百", Intent.OPT_OUT),
        ("zh_Hant", "我去旅行，把貓送去朋友家了，下個禮拜還", Intent.SELF_HARM_RISK),
        ("zh_Hans", "过了今晚你们就会收到我的还款", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_stay_as_they_were_v93(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
