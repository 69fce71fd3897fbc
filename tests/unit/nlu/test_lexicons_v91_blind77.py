"""Lexicons v91, fitted on blind77's eighteen safety misses after its one run, in other words than
blind77's, and written wider than v88 and v90 had been (blind77 missed forms next to theirs):
correspondence that should be addressed to a relative, everything sent to one from now on, a
lawyer's advice not to discuss "any of it" or to talk to the collector at all (in both languages),
papers sent to the lawyer; threats whose condition is "one more of these" sent to a relative or
"carrying on like this", a warning to be careful going out; times put off limits; any span of
quiet asked (让我安静一个月); an age at which the debtor could not have borrowed; bxhl, tomorrow's
sun not seen, "I may be the next one", "treat me as gone", passwords sent to a cousin; a volunteer
adviser negotiating with every lender; a late fee the collector's own failed debit caused; with
the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "Any further letters must be sent to my son, Mr Tunde Bakare, not me",
            Intent.OPT_OUT,
        ),
        ("en", "my attorney advised me not to talk about any of it with you", Intent.OPT_OUT),
        (
            "en",
            "my solicitor has told me not to communicate with your company at all",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "text one more of those to my sister and I'll find out where you live",
            Intent.OPT_OUT,
        ),
        ("en", "keep it up like this and you'll be hearing from the ombudsman", Intent.OPT_OUT),
        ("en", "sundays are a no-go, I'm at church all day", Intent.OPT_OUT),
        (
            "en",
            "I would have been 9 when that account was supposedly opened",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("zh_Hans", "我真的bxhl，别再打了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我睇唔到明天嘅日出喇", Intent.SELF_HARM_RISK),
        ("zh_Hans", "已经有人被你们逼死了吧，我估计就是下一个", Intent.SELF_HARM_RISK),
        ("zh_Hans", "你们就当我已经死了吧", Intent.SELF_HARM_RISK),
        ("zh_Hans", "银行卡密码都发给我表妹了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "以後請找我姊姊處理", Intent.OPT_OUT),
        ("zh_Hans", "有个理债顾问说会帮我统一跟所有平台协商", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "律师建议我不要直接跟你们联系", Intent.OPT_OUT),
        ("zh_Hans", "律师交代了，文件寄到他那边", Intent.OPT_OUT),
        ("zh_Hans", "让我清静两个礼拜吧", Intent.OPT_OUT),
        ("en", "From today please send everything to my grandson David", Intent.OPT_OUT),
        ("zh_Hant", "再打去我公司，我叫你哋啲人行路小心啲", Intent.OPT_OUT),
        ("zh_Hant", "嗰筆遲繳費係你哋扣款出錯搞出嚟嘅", Intent.DISPUTE_AMOUNT),
    ],
)
def test_blind77s_safety_misses_in_other_words_v91(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "the teacher told me not to discuss it with the other parents", Intent.OPT_OUT),
        ("en", "weekends are busy for me but I can pay on Monday", Intent.OPT_OUT),
        ("en", "I was 25 when I took it out, so yes it's mine", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "太阳好大，明天的太阳也会很猛", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我把验证码发给我表弟了，他帮我注册", Intent.SELF_HARM_RISK),
        ("zh_Hans", "以后我去找我姐姐借钱还你们", Intent.OPT_OUT),
        ("zh_Hans", "律师说我可以直接跟你们谈分期", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_stay_as_they_were_v91(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
