"""Lexicons v38, safety: blind34's negotiation, where safety words stand beside an offer without
meaning it — charges asked waived as the price of paying, a plan that "would bankrupt me", advice
to go bankrupt declined, a catchphrase of wanting to die laughed off, settling "一笔过了结", talking
to a bot said not to matter, a figure mistyped (打错, "wrong number"), someone else's lawyer — and
the principal said to be less than demanded, in other words than the corpus messages, with the
plain readings that must stay."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # charges waived as the condition of paying: an offer, no dispute
        ("en", "waive the penalty fees and I'll clear it this week", Intent.COUNTER_OFFER, True),
        ("en", "waive the penalty fees and I'll clear it this week", Intent.DISPUTE_AMOUNT, False),
        ("en", "these late fees are wrong, I never agreed to them", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "手续费免掉的话我明天就一次性结清", Intent.COUNTER_OFFER, True),
        ("zh_Hans", "手续费免掉的话我明天就一次性结清", Intent.DISPUTE_AMOUNT, False),
        ("zh_Hant", "只要唔好再計利息，我即刻還清", Intent.DISPUTE_AMOUNT, False),
        ("zh_Hans", "本金我认，手续费我一分不给", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "你们的罚息算错了", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "我借的明明只有八千，怎么要还一万五", Intent.DISPUTE_AMOUNT, True),
        # a plan too dear, or bankruptcy advised and declined, is no filing
        ("en", "paying that much is going to bankrupt me, can we do 90", Intent.BANKRUPTCY, False),
        ("en", "I filed for bankruptcy last week", Intent.BANKRUPTCY, True),
        ("zh_Hans", "照这样还下去会把我搞到破产", Intent.BANKRUPTCY, False),
        ("zh_Hant", "朋友話「不如申請破產啦」，我才不想", Intent.BANKRUPTCY, False),
        ("zh_Hant", "我已經申請破產了", Intent.BANKRUPTCY, True),
        # a catchphrase laughed off, a debt settled in one go
        ("zh_Hans", "“想死”只是我们宿舍的口头禅啦，月供600可以", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "我是真的想死了", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "三萬五一次過了結佢", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "我想一了百了，了结自己", Intent.SELF_HARM_RISK, True),
        # talking to a machine said not to matter
        (
            "en",
            "doesn't really matter whether you're a robot, 3 payments is fine",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "nothing matters anymore", Intent.SELF_HARM_RISK, True),
        ("zh_Hans", "是机器人也没关系，就这么定了", Intent.REQUEST_HUMAN, False),
        ("zh_Hans", "我不要机器人，给我转人工", Intent.REQUEST_HUMAN, True),
        (
            "en",
            "very 'can I talk to your manager' energy from me, sorry. 200 works",
            Intent.REQUEST_HUMAN,
            False,
        ),
        ("en", "let me speak to your manager", Intent.REQUEST_HUMAN, True),
        # a figure mistyped is no wrong contact
        ("zh_Hans", "不好意思写错了，应该是每个月900", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hans", "你们打错电话了", Intent.DISPUTE_NOT_MINE, True),
        ("en", "wrong figure in my earlier message, I meant 250", Intent.DISPUTE_NOT_MINE, False),
        (
            "en",
            "you've got the wrong number, I don't know this person",
            Intent.DISPUTE_NOT_MINE,
            True,
        ),
        # someone else's lawyer, or whether to get one
        (
            "en",
            "my cousin hired an attorney for his card debt, should I get one too?",
            Intent.LEGAL_REPRESENTATION,
            False,
        ),
        (
            "en",
            "my attorney will be in touch, do not contact me",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        ("zh_Hans", "同事请了律师处理他的信用卡，那我需要吗", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我爸说要请律师，我说不用，我们自己慢慢还", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我已经委托律师了，请联系他", Intent.LEGAL_REPRESENTATION, True),
        # what both models read differently once retrained with blind34, written into the lexicons
        ("en", "lol, £3,000 for a sofa we paid £400 for? no", Intent.DISPUTE_AMOUNT, True),
        ("en", "I paid £400 for the sofa last week", Intent.DISPUTE_AMOUNT, False),
        ("en", "never borrowed a penny from you people", Intent.DISPUTE_NOT_MINE, True),
        ("en", "could you move mine from the 1st to the 8th?", Intent.COUNTER_OFFER, True),
        ("zh_Hans", "这2000是总共的还是每个月要还的？", Intent.DISPUTE_AMOUNT, False),
        ("zh_Hans", "这2000根本不对，总共哪有这么多", Intent.DISPUTE_AMOUNT, True),
    ],
)
def test_safety_read_only_where_meant_v38(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "waive the penalty fees and I'll clear it this week"),
        ("zh_Hans", "手续费免掉的话我明天就一次性结清"),
        ("zh_Hant", "只要唔好再計利息，我即刻還清"),
    ],
)
def test_pay_if_fees_dropped_is_an_offer_v38(language: str, text: str) -> None:
    assert lexicon_said(text, language, Intent.COUNTER_OFFER)
    assert read(text, language).intent is Intent.COUNTER_OFFER
