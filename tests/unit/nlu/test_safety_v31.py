"""Lexicons v31: the safety families blind27's misses showed — contact sent to a debt adviser,
things and pets given away, an attempt found, the principal that never falls, a phishing link —
in other words than the corpus messages; with look-alikes that must keep their reading, and the
process of a dispute or an opt-out asked about "just to know", which is a question."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # (v61: "citizens advice is handling my case, only deal with them" is representation now,
        # with this opt-out beside it, as is "write to my debt counsellor instead":
        # test_lexicons_v61_conventions.py)
        ("en", "please only contact them from now on", Intent.OPT_OUT),
        ("en", "the late fees are daylight robbery", Intent.DISPUTE_AMOUNT),
        ("en", "i won't be paying the penalty, just the loan", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "how come the debt never goes down even though I pay every week",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "donated all my clothes to the charity shop", Intent.SELF_HARM_RISK),
        ("en", "my sister has agreed to take my cats", Intent.SELF_HARM_RISK),
        ("en", "my brother pulled me off the bridge on friday", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我找了社工，以后直接跟他联系", Intent.OPT_OUT),
        ("zh_Hans", "请把我的号码从你们的名单上删除", Intent.OPT_OUT),
        ("zh_Hans", "别再乱发短信给我", Intent.OPT_OUT),
        ("zh_Hans", "不想跟你这个机器人浪费时间", Intent.REQUEST_HUMAN),
        ("zh_Hans", "账单别寄了，我活不到那时候", Intent.SELF_HARM_RISK),
        ("zh_Hans", "书和家具也都送给朋友了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "隻貓交俾表姐養咗", Intent.SELF_HARM_RISK),
        ("zh_Hans", "上周我妈在天台拉住了我", Intent.SELF_HARM_RISK),
        ("zh_Hant", "呢啲信係寄俾前業主嘅", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "还了大半年，欠款一分钱都没减少", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "点了一个钓鱼链接之后就多了一笔网贷", Intent.FRAUD_IDENTITY_THEFT),
        # what the models stopped adding once retrained with blind26 and blind27
        ("en", "we are disputing the balance on this card", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "they charged me a late fee even though the payment went out early",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "please freeze the interest where it was", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_families_v31(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a person asked for, not contact stopped
        ("en", "can someone just call him on the landline instead?", Intent.OPT_OUT),
        ("en", "who's your boss? I want to talk to them directly", Intent.OPT_OUT),
        # the balance asked about, no payments named
        ("en", "is the balance going up?", Intent.DISPUTE_AMOUNT),
        # clothes given away for a move; a pet looked after for a few days
        ("en", "gave my old clothes to my cousin before moving", Intent.SELF_HARM_RISK),
        ("zh_Hans", "出差几天，狗狗交给邻居照顾了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "盆栽也送给邻居了，出差一周回来再搬回来", Intent.SELF_HARM_RISK),
        # a payment record alone
        ("zh_Hans", "一期都没少过", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_v31(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "text me one more time and i'll find you", Intent.ABUSE),
        ("zh_Hans", "再打来你试试，我叫人上门砸场子", Intent.ABUSE),
        ("zh_Hant", "再send嘢嚟，我就起你底", Intent.ABUSE),
    ],
)
def test_a_threat_on_condition_of_more_contact_is_abuse(
    language: str, text: str, intent: Intent
) -> None:
    # since v51 the contact it forbids is an opt-out signal beside the abuse (the convention in
    # the corpus README; test_safety_v51_blind48)
    reading = read(text, language)

    assert reading.intent is intent


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        (
            "en",
            "how can I stop the calls? only asking, not doing it yet",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "how would I dispute a fee? for future reference, all good for now",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "你们怎么投诉？就问问，以防万一", Intent.REQUEST_HUMAN),
        ("zh_Hant", "唔好再打嚟要點做？問下啫", Intent.OPT_OUT),
    ],
)
def test_the_process_asked_about_just_to_know_is_a_question(
    language: str, text: str, kept: Intent
) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.ASK_QUESTION
    assert kept not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "how do I opt out of these calls?", Intent.OPT_OUT),
        ("en", "how do i dispute this charge, it's wrong", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "如果我想叫你哋停止聯絡，要點做？", Intent.OPT_OUT),
    ],
)
def test_the_process_asked_without_saying_so_stays_the_safety_intent(
    language: str, text: str, intent: Intent
) -> None:
    # without the asker's own word that it is only a question, it is read as the wish
    assert read(text, language).intent is intent
