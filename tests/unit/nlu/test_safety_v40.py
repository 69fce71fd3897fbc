"""Lexicons v40, safety: blind36's safety misses as families — messages written late, in a rush
or for someone else. A time after which nothing matters; a social worker or a relative asking that
the debtor no longer be contacted directly; calls so many times a day; a call with a caseworker or
a colleague asked for; a debt said to be a relative's or not the named person's; a balance that
"can't be" a figure, a record showing nothing paid, charges called unreasonable; legal aid granted
and a lawyer checking the account — in other words than the corpus messages, with the look-alikes
that must keep their reading: a relative dying or a relative's death asked about, a joke of
someone else's, "never … in his life", a thing sold that "isn't mine anymore", a debt owned up to,
"no need for a lawyer", and an opt-out said not to be one."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # nothing matters after a time
        (
            "en",
            "after this weekend none of it matters, do what you like",
            Intent.SELF_HARM_RISK,
            True,
        ),
        ("zh_Hans", "过了元旦一切都无所谓了，随你们", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "過咗今個月乜嘢都唔關我事喇", Intent.SELF_HARM_RISK, True),
        ("zh_Hans", "过了这周再说吧，我现在没空", Intent.SELF_HARM_RISK, False),
        # the debtor no longer to be contacted directly, or not so often
        ("zh_Hans", "我是她女儿，请停止直接联系我母亲，有事找我", Intent.OPT_OUT, True),
        ("zh_Hant", "麻煩唔好再直接打俾佢，佢好驚", Intent.OPT_OUT, True),
        ("zh_Hans", "你们不要每天打三次电话了，受不了", Intent.OPT_OUT, True),
        ("zh_Hant", "拜託不要一天打五通電話", Intent.OPT_OUT, True),
        ("zh_Hans", "不是叫你们别联系我，我只是刚才在开会", Intent.OPT_OUT, False),
        # a call with a person asked for
        (
            "en",
            "he'd like a call back from someone on your team who can go through it slowly",
            Intent.REQUEST_HUMAN,
            True,
        ),
        ("en", "I'd like a call with an adviser before I sign", Intent.REQUEST_HUMAN, True),
        ("zh_Hant", "可唔可以搵個職員聽日打俾我", Intent.REQUEST_HUMAN, True),
        ("zh_Hans", "麻烦安排一位专员给我回电", Intent.REQUEST_HUMAN, True),
        # a relative's debt, or not the named person's
        ("en", "the loan belongs to my ex-husband, not me", Intent.DISPUTE_NOT_MINE, True),
        ("en", "I won't be paying my late father's debts", Intent.DISPUTE_NOT_MINE, True),
        ("en", "the van isn't mine anymore, I sold it in june", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hans", "那笔钱根本不是我爸借的，他不会用手机", Intent.DISPUTE_NOT_MINE, True),
        ("zh_Hant", "呢條數唔係我阿媽欠", Intent.DISPUTE_NOT_MINE, True),
        ("zh_Hant", "層樓早就唔係我嘅喇，賣咗還債", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hans", "这钱不是我的，是我儿子的压岁钱，先拿来还你们", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hant", "確實是我的債，我承認，只是這個月還不了", Intent.DISPUTE_NOT_MINE, False),
        (
            "en",
            "yeah it's my debt, I'm not denying it, just give me time",
            Intent.DISPUTE_NOT_MINE,
            False,
        ),
        ("zh_Hant", "失業又唔係我想嘅，而家真係冇錢", Intent.DISPUTE_NOT_MINE, False),
        # a figure or a record disputed
        ("en", "the total can't possibly be 3,000, I've paid half", Intent.DISPUTE_AMOUNT, True),
        (
            "en",
            "your letter says he's paid nothing but he pays every friday",
            Intent.DISPUTE_AMOUNT,
            True,
        ),
        ("en", "the fees you charge are frankly extortionate", Intent.DISPUTE_AMOUNT, True),
        ("en", "we want the interest reviewed please", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "系统上写着我一分钱都没还，我每个月都还了", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hant", "欠款冇可能係兩萬", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hant", "點解會變成三萬咁多？", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "九千根本不是我欠的数目", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "九千根本不是我欠的数目", Intent.DISPUTE_NOT_MINE, False),
        # legal aid and a lawyer checking the account
        ("zh_Hant", "法律援助已經批准，之後請同佢哋講", Intent.LEGAL_REPRESENTATION, True),
        ("zh_Hans", "我申请到法援了", Intent.LEGAL_REPRESENTATION, True),
        ("zh_Hans", "我已经请律师帮我查账了", Intent.LEGAL_REPRESENTATION, True),
        ("en", "fine, I'll sign it, no need for a solicitor", Intent.LEGAL_REPRESENTATION, False),
        # another's dying, death or joke is no risk of the writer's
        (
            "en",
            "my mother is terminally ill, she's in hospital, so I can't pay this month",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "my dad is dying and honestly I want to die too", Intent.SELF_HARM_RISK, True),
        ("en", "who pays the card off when my father passes away?", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "要是我爸哪天走了，这笔债算谁的？", Intent.SELF_HARM_RISK, False),
        (
            "en",
            "my brother jokes he'll jump off the balcony when he sees my bills lol. can I split it?",
            Intent.SELF_HARM_RISK,
            False,
        ),
        (
            "en",
            "she's never taken out a loan in her life, that's not her signature",
            Intent.SELF_HARM_RISK,
            False,
        ),
        # a model's request for a person needs a word of one
        (
            "en",
            "thanks for actually going through the charges, appreciated",
            Intent.REQUEST_HUMAN,
            False,
        ),
        ("zh_Hant", "叫你哋老細出嚟", Intent.REQUEST_HUMAN, True),
        (
            "en",
            "stop messaging at 3am please, you woke the whole house",
            Intent.SELF_HARM_RISK,
            False,
        ),
    ],
)
def test_safety_read_only_where_meant_v40(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted


def test_a_relative_writing_for_the_debtor_keeps_both_risk_and_opt_out_v40() -> None:
    """A social worker passing on thoughts of ending a life and asking that the debtor be
    contacted through them: both the risk and the opt-out are read."""
    reading = read("我是她的社工，她说过有轻生的念头，请暂停直接联系她，先联系我", "zh_Hans")

    assert reading.intent is Intent.SELF_HARM_RISK
    assert Intent.OPT_OUT in reading.signals
