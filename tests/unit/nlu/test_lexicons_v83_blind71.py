"""Lexicons v83, fitted on blind71's safety misses after its one run, in other words than
blind71's: the stop asked as a question in any words of asking, a chat muted, contact allowed only
at need, a time refused for contact, the same agent asked for again, a "hooman", an account dated
to the debtor's childhood, never the debtor's name or address on it, a late parent's card, a
freeze that was promised, a larger sum demanded than was borrowed, an adviser "dealing with" the
debt, one's life not wanted after the idiom, and no next instalment planned; with the look-alikes
that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "what do I have to do to get these texts to stop?", Intent.OPT_OUT),
        ("en", "any way I can stop these reminders? seriously", Intent.OPT_OUT),
        ("en", "I've muted your messages. write to me only if it's urgent", Intent.OPT_OUT),
        ("en", "archiving this thread now, bye", Intent.OPT_OUT),
        ("en", "could I speak to the same lady again? she knew my situation", Intent.REQUEST_HUMAN),
        (
            "en",
            "could I be put through to him again? he knew the whole story",
            Intent.REQUEST_HUMAN,
        ),
        ("en", "get me a hooman please", Intent.REQUEST_HUMAN),
        ("en", "this card was taken out when I was 12. how?", Intent.DISPUTE_NOT_MINE),
        ("en", "I was only 16 when this account was set up, do the maths", Intent.DISPUTE_NOT_MINE),
        ("en", "they said the balance would be frozen. it isn't.", Intent.DISPUTE_AMOUNT),
        ("en", "National Debtline are looking after my case now", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "點樣先可以令你哋唔再打嚟", Intent.OPT_OUT),
        ("zh_Hans", "如何才能不再收到你们的催收短信", Intent.OPT_OUT),
        ("zh_Hans", "礼拜天别找我，要陪孩子", Intent.OPT_OUT),
        ("zh_Hant", "凌晨咪搵我", Intent.OPT_OUT),
        ("zh_Hans", "借了五千，结果现在要我还一万二？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "合同上根本没有我的名字", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "那笔是我已故父亲的贷款", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "個地址我從來都未住過", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "钱我没有，这条命嘛，我自己都不在乎了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "分期就免了，我冇諗住有下期", Intent.SELF_HARM_RISK),
    ],
)
def test_blind71s_safety_misses_in_other_words_v83(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "how do I make the payments stop bouncing?", Intent.OPT_OUT),
        ("en", "I'll be leaving this chat after I pay", Intent.OPT_OUT),
        ("en", "I'm on mute in a meeting, call me later", Intent.OPT_OUT),
        ("en", "I was 25 when I took this loan out", Intent.DISPUTE_NOT_MINE),
        ("en", "can I get it again? the link expired", Intent.REQUEST_HUMAN),
        ("zh_Hans", "今晚别等我吃饭", Intent.OPT_OUT),
        ("zh_Hans", "周末别担心，周一我就还", Intent.OPT_OUT),
        ("zh_Hans", "我借了3000，现在先还1000", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这次迟了，我没打算有下次", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我冇打算有下一期，呢期一次过还清", Intent.SELF_HARM_RISK),
        ("zh_Hans", "要钱不要命的人我见多了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "快递不是我的，是前租户的", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_their_look_alikes_stay_as_they_were_v83(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


def test_a_sum_sent_in_cantonese_is_a_payment_on_its_day_v83() -> None:
    reading = read("11月3號轉咗4200", "zh_Hant")
    assert reading.intent is Intent.ALREADY_PAID
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 3)
    assert read("我轉咗工，人工少咗3000", "zh_Hant").intent is not Intent.ALREADY_PAID


def test_a_little_more_time_is_no_question_of_how_much_v83() -> None:
    reading = read("我淨係想要多少少時間，下禮拜三還1500", "zh_Hant")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 25)


def test_the_payment_going_out_on_payday_is_a_promise_after_payday_v83() -> None:
    reading = read("it will go out the day I'm paid, honest", "en")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.date is not None
    assert reading.date.relative_to_payday
    assert reading.date.date is None
    assert read("the lights will go out if I don't pay the bill", "en").intent is not (
        Intent.PROMISE_TO_PAY
    )
