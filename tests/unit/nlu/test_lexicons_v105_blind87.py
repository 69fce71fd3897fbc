"""Lexicons v105, fitted on blind87's eighteen safety misses after its one run, in other words
than blind87's. Opt-outs: contact asked not to come at some hours; contact sent to a lawyer by
title and name or to her office "going forward"; everything from now on handled by the lawyer
(之后所有的事都由他来对接); a letter to the law firm for anything (有咩直接寫信去律師樓); contact refused
for now (先别找我); the collection asked to ease off (先缓一缓); a time asked for with no contact in it
(給我兩個禮拜不要聯絡); no collection of one's own while a procedure runs (secondary, beside the
procedure); the number asked to be removed. Warning signs: painless ways looked up; the papers and
passwords left in an envelope for someone; zs (自杀) in pinyin initials. A figure said not to be
what is owed; fees said to exceed the principal; Trinidadian "never borrow nutten from allyuh"; an
adviser who has applied for the debtor's order (the order keeps bankruptcy); Advice NI named;
the court's mediation under way. With the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "could you guys please not ring me during the school run", Intent.OPT_OUT),
        (
            "en",
            "Any further calls should go through Mrs Okafor, my solicitor.",
            Intent.OPT_OUT,
        ),
        ("en", "Kindly communicate with his office from now on.", Intent.OPT_OUT),
        ("zh_Hans", "我请了律师，以后一切事宜都由律师处理", Intent.OPT_OUT),
        ("zh_Hant", "有乜就直接寫信去律師行", Intent.OPT_OUT),
        ("zh_Hans", "合同有问题，最近别找我", Intent.OPT_OUT),
        ("zh_Hans", "我是她儿子，催收能不能缓几天", Intent.OPT_OUT),
        ("zh_Hant", "請給我三天不要聯絡", Intent.OPT_OUT),
        ("zh_Hans", "债务清理期间请不要单独催收", Intent.OPT_OUT),
        ("zh_Hant", "這是我工作的號碼，請把我移除", Intent.OPT_OUT),
        ("en", "been researching the most painless methods lately", Intent.SELF_HARM_RISK),
        (
            "en",
            "The deeds and my bank details are in an envelope for my sister.",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "最近老是想zs", Intent.SELF_HARM_RISK),
        ("en", "£900? that is not what I owe, not even close", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "行政費多過本金", Intent.DISPUTE_AMOUNT),
        ("en", "mi never tek nuttin from unu", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "My caseworker has put in an application for a DRO for me",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "Advice NI are sorting it out for me now", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "法院的前置協商已經在進行了", Intent.BANKRUPTCY),
    ],
)
def test_blind87s_safety_misses_in_other_words_v105(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "could you not charge me the late fee this month", Intent.OPT_OUT),
        ("en", "Any further contact should go through me directly, thanks", Intent.OPT_OUT),
        ("en", "I never borrow more than I can pay back", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "先别找我要钱，我在上班", Intent.OPT_OUT),
        ("zh_Hans", "怎么申请停止催收？我就问问流程", Intent.BANKRUPTCY),
        ("zh_Hans", "利息比本金少多了，还算合理", Intent.DISPUTE_AMOUNT),
    ],
)
def test_their_look_alikes_stay_as_they_were_v105(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


def test_the_procedure_keeps_the_intent_beside_the_opt_out_v105() -> None:
    reading = read("前置調解已經在排了，調解結束前請不要個別催繳", "zh_Hant")
    assert reading.intent is Intent.BANKRUPTCY
    assert Intent.OPT_OUT in reading.signals
