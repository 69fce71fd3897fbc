"""Lexicons v81, fitted on blind70's safety misses after its one run, in other words than
blind70's: reminders refused as needless, counted with sarcasm, silence asked, the texts told
off, contact sent to the lawyer's office, no more direct talks, a complaint to the regulator as a
threat's condition, a real conversation asked for, the matter passed up, a rise nothing explains,
a figure's source asked after the account was closed, a former tenant's or a relative's post, the
debt after one's own death asked about; with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "no need to remind me every day, I know what I owe",
            Intent.OPT_OUT,
        ),
        ("en", "yet another email. the last ten were so useful", Intent.OPT_OUT),
        ("en", "a bit of silence would be lovely for once", Intent.OPT_OUT),
        ("en", "I've got a solicitor now, send anything further to him, not me", Intent.OPT_OUT),
        ("en", "My lawyer has the file. Please call her office.", Intent.OPT_OUT),
        ("en", "honestly this deserves a proper conversation with someone", Intent.REQUEST_HUMAN),
        ("en", "it was 500 when I signed and somehow 780 now", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "my brother had his post sent here while he was working away. this one's his.",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("zh_Hans", "案子交给律师了，以后不再跟你们直接联系", Intent.OPT_OUT),
        ("zh_Hans", "不用每天提醒，我记着呢", Intent.OPT_OUT),
        ("zh_Hans", "一天打八次，真勤力啊，收手吧", Intent.OPT_OUT),
        ("zh_Hans", "让我清静一个礼拜吧", Intent.OPT_OUT),
        ("zh_Hans", "你处理不了就转给主管吧", Intent.REQUEST_HUMAN),
        ("zh_Hans", "那个账户去年就注销了，怎么还有欠款？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这是上一个住这里的人欠的，我才搬进来", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "人不在了的话卡债怎么算？问清楚我就走", Intent.SELF_HARM_RISK),
        ("zh_Hans", "再骚扰我邻居，我就去金管会申诉", Intent.OPT_OUT),
        ("zh_Hant", "你哋再打去我阿媽度，我即刻去消委會投訴", Intent.OPT_OUT),
        ("zh_Hans", "现在有社工和债务顾问在跟进，你们有事找他们", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_blind70s_safety_misses_in_other_words_v81(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "you don't need to remind me about the payment plan details, I saved them",
            Intent.OPT_OUT,
        ),
        ("en", "call his office to check my employment", Intent.OPT_OUT),
        ("en", "I was paid 800 and somehow still short this month", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我爸人走了以后，他的债怎么处理？", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我把材料转给上级单位了，等他们批", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我以后不再跟朋友借钱了", Intent.OPT_OUT),
        ("en", "the blue car is hers, the red one's mine", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我老公说你们再上门他就报警。我后天先还600行吗", Intent.OPT_OUT),
        ("zh_Hans", "滚，再打就投诉你们", Intent.OPT_OUT),
        ("zh_Hans", "再这样下去，我就去投诉", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_stay_as_they_were_v81(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
