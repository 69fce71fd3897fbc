"""Lexicons v88, fitted on blind75's safety misses after its one run, in other words than
blind75's: contact sent to an insolvency officer or a relative who minds the debts, a matter sent
"through" the firm, a lawyer's advice not to discuss the account, a complaint as a contact's price,
the debtor to make the next call, a fee not in the contract, a call booked with an adviser, and the
warning signs of what comes after (affairs not one's concern, a letter to one's own written, going
first after a debt given up, treatment refused, a late parent to go and find, a rope bought);
with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "text me again and this goes straight to the ombudsman", Intent.OPT_OUT),
        (
            "en",
            "My insolvency practitioner manages all my finances now, please contact him",
            Intent.OPT_OUT,
        ),
        ("en", "talk to my daughter Mel regarding the loan from now on", Intent.OPT_OUT),
        ("en", "my solicitor told me not to discuss the debt with you", Intent.OPT_OUT),
        ("en", "that's three calls before lunch. I'll call you when I'm ready", Intent.OPT_OUT),
        ("en", "the admin charge was not part of the original agreement", Intent.DISPUTE_AMOUNT),
        ("en", "could I set up a callback with one of your agents please", Intent.REQUEST_HUMAN),
        (
            "en",
            "Citizens Advice are negotiating with my creditors for me",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hans", "破产程序已经开始，有问题去找破产管理人", Intent.OPT_OUT),
        ("zh_Hant", "日後有咩經我嘅律師事務所", Intent.OPT_OUT),
        ("zh_Hans", "我小舅是律师，都交给他了，你们跟他谈", Intent.OPT_OUT),
        ("zh_Hant", "有事搵我老公，佢幫我管數", Intent.OPT_OUT),
        ("zh_Hans", "房产证放我妈那了，以后的事都与我无关了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "反正还不起了，我先走一步", Intent.SELF_HARM_RISK),
        ("zh_Hans", "医生说要做手术，我放弃治疗了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "阿媽過咗身之後，我成日覺得係時候去陪佢", Intent.SELF_HARM_RISK),
        ("zh_Hans", "今天买了一捆够长的麻绳", Intent.SELF_HARM_RISK),
    ],
)
def test_blind75s_safety_misses_in_other_words_v88(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I'll ring you when I'm paid on Friday", Intent.OPT_OUT),
        (
            "en",
            "my accountant handles my taxes now, please contact them about the refund form",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "the fee is in the contract, I know, I just can't pay it yet",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "我先走一步，明天再聊", Intent.SELF_HARM_RISK),
        ("zh_Hans", "这事不归我管，找我老公", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我爸走了三年了，最近想去看看他的墓", Intent.SELF_HARM_RISK),
        ("zh_Hans", "有事找我就行", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_stay_as_they_were_v88(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
