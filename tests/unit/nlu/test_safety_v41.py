"""Lexicons v41, safety: blind37's safety misses as families — life after a plan was agreed. Thinking
how to go without burdening anyone, not living to see the plan paid off, relief at being hit by a
car; contact refused because the plan runs on autopay, messages told to stop, consent withdrawn,
reminders switched off, "go to her, not me"; a person asked for in a word, the handler asked for
by name or by line; a recycled number, "I don't owe *you*", the wrong file; figures that do not add
up, a fee sprung up or called absurd, a payment recorded as missed; instructions to a firm,
representation — in other words than the corpus messages, with the look-alikes that must keep
their reading: "I'd rather die than miss one", paying "forever", no point carrying on with the
instalments, the existing plan, a relative who is a lawyer (unless they act), someone else's lawyer,
no lawyer needed, no need to pass me to a supervisor, a message for a manager, a person spoken to
before, "your error, not mine", "you lot … go to hell" (an insult)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # a life at risk, said indirectly
        ("zh_Hans", "这阵子总在琢磨怎样走才不拖累家里", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "我走咗之後呢啲錢留俾仔女", Intent.SELF_HARM_RISK, True),
        ("zh_Hans", "反正我活不到还清那天，分期无所谓了", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "我應該冇機會見到供完嗰日", Intent.SELF_HARM_RISK, True),
        ("zh_Hans", "有时候觉得被车撞了反而解脱", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "揸車上天橋嗰陣成日好想方向盤一扭", Intent.SELF_HARM_RISK, True),
        # look-alikes: resolve, a long plan, the payments, the plan in place, an insult
        (
            "en",
            "I'd rather die than fall behind again, so 150 a month?",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "how much longer? I've been paying this forever", Intent.SELF_HARM_RISK, False),
        (
            "en",
            "the debt's written off, so no point continuing with the payments",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "can the existing plan move to the 15th?", Intent.SELF_HARM_RISK, False),
        ("en", "honestly I'm tired of existing", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "我寧願死都唔想再斷供，每月1500得唔得", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "供了一辈子了，还差几期？", Intent.SELF_HARM_RISK, False),
        ("zh_Hant", "你哋呢班人日日催，去死啦", Intent.SELF_HARM_RISK, False),
        # contact refused now that the plan runs
        (
            "en",
            "direct debit's set up, so no need for anyone to call me ever again",
            Intent.OPT_OUT,
            True,
        ),
        ("en", "two reminder calls a day? knock it off", Intent.OPT_OUT, True),
        ("en", "I revoke my permission for you to call or text me", Intent.OPT_OUT, True),
        ("en", "please switch off the reminder texts", Intent.OPT_OUT, True),
        ("zh_Hant", "可唔可以唔好一日三個電話", Intent.OPT_OUT, True),
        ("zh_Hans", "这些短信提醒请帮我取消掉", Intent.OPT_OUT, True),
        ("zh_Hant", "有事直接找律師，不要再找我", Intent.OPT_OUT, True),
        ("zh_Hant", "唔係要你哋停止聯絡我，只係想改用email", Intent.OPT_OUT, False),
        # a person asked for
        ("en", "agent please", Intent.REQUEST_HUMAN, True),
        (
            "en",
            "can I get the direct number for whoever is handling my case?",
            Intent.REQUEST_HUMAN,
            True,
        ),
        ("en", "get me your supervisor", Intent.REQUEST_HUMAN, True),
        ("zh_Hans", "我想找上次跟我谈分期的那位小姐", Intent.REQUEST_HUMAN, True),
        ("zh_Hant", "叫返上次嗰位同事打俾我", Intent.REQUEST_HUMAN, True),
        ("zh_Hans", "我要找她本人", Intent.REQUEST_HUMAN, True),
        # look-alikes: none wanted, a message for a manager, one spoken to before
        ("en", "don't transfer me to a person, this is fine", Intent.REQUEST_HUMAN, False),
        ("en", "tell your boss my answer hasn't changed", Intent.REQUEST_HUMAN, False),
        (
            "en",
            "I talked to a real person last week and she said 200 was fine",
            Intent.REQUEST_HUMAN,
            False,
        ),
        ("zh_Hant", "你轉告你們經理，我的答案還是一樣", Intent.REQUEST_HUMAN, False),
        ("zh_Hant", "上次一個真人客服同我講可以延期", Intent.REQUEST_HUMAN, False),
        # the debt not the debtor's
        (
            "en",
            "my SIM was reassigned last year, whoever borrowed this, it's not me",
            Intent.DISPUTE_NOT_MINE,
            True,
        ),
        ("en", "I owe plenty of people, but I don't owe *you*.", Intent.DISPUTE_NOT_MINE, True),
        ("zh_Hant", "你哋搞錯咗檔案，我冇借過", Intent.DISPUTE_NOT_MINE, True),
        ("en", "that's your mistake, not mine", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hant", "係你哋嘅問題，唔關我事", Intent.DISPUTE_NOT_MINE, False),
        # figures disputed
        (
            "en",
            "the statement says 1,900 but my instalments only add up to 1,600",
            Intent.DISPUTE_AMOUNT,
            True,
        ),
        ("en", "that charge was never part of our agreement", Intent.DISPUTE_AMOUNT, True),
        ("en", "that late charge on a one-day delay is absurd", Intent.DISPUTE_AMOUNT, True),
        ("en", "why did my balance shoot up to 4,100?", Intent.DISPUTE_AMOUNT, True),
        ("en", "you never credited the 300 I sent", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hant", "明明準時還了，你們卻記成逾期", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "突然多出一笔200元的手续费", Intent.DISPUTE_AMOUNT, True),
        (
            "en",
            "I need to speak with someone in charge, this is absurd",
            Intent.DISPUTE_AMOUNT,
            False,
        ),
        # representation
        (
            "en",
            "we have representation now, please go through them",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        (
            "en",
            "I've instructed Patel & Co to deal with the plan",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        (
            "en",
            "my daughter is a solicitor and she's handling this now",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        (
            "en",
            "my sister's a solicitor and she says the deal is fine",
            Intent.LEGAL_REPRESENTATION,
            False,
        ),
        ("en", "my ex-wife's lawyer took everything", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hant", "唔使請律師咁誇張，每期3000得唔得", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我不需要什么律师，分十期吧", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我表姐是律师，她说这个方案没问题", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我表姐是律师，她已经帮我代理了", Intent.LEGAL_REPRESENTATION, True),
        # identity theft
        (
            "en",
            "someone has been tampering with my account details",
            Intent.FRAUD_IDENTITY_THEFT,
            True,
        ),
    ],
)
def test_safety_read_only_where_meant_v41(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted
