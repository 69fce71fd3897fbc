"""Lexicons v128, fitted on blind103 after its one run: its fourteen safety misses said in words
(wishing one had not woken up, up a crane not knowing whether to come down, no need to live so
wearily, the last thing one can do before release, a person asked to explain the charges, the one
in charge called out, "ain't took no loan", a lawyer to say it to, 请洽 a firm, not to be bothered
over another's debt, a phone called flat, threats whose condition is contact) and two
representations; each with its look-alikes."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
)


@pytest.mark.parametrize(
    "text",
    [
        "on ESA since my breakdown in the spring. £80 a month is not happening. some mornings i "
        "wish i just hadnt woken up tbh",
        "I wish I hadn't woken up this morning",
    ],
)
def test_wishing_one_had_not_woken_up_is_a_warning_sign_v128(text: str) -> None:
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "_v128")


def test_waking_late_is_none_v128() -> None:
    assert_not_said_by("I overslept, wish I'd woken up earlier to ring you", "en", "_v128")


def test_up_a_crane_not_knowing_whether_to_come_down_is_a_warning_sign_v128() -> None:
    text = "工地欠我半年工钱不给 家里老的小的都等着钱 我在塔吊上坐了一晚上了 不知道还下不下去"
    assert_read_in_words(text, "zh_Hans", Intent.SELF_HARM_RISK, "_v128")


def test_a_job_going_on_is_none_v128() -> None:
    assert_not_said_by("这个工地不知道还干不干得下去，这个月先还300", "zh_Hans", "_v128")


def test_no_need_to_live_so_wearily_is_a_warning_sign_v128() -> None:
    text = "月底那筆我會繳，這是我欠你們的最後一筆，繳完我也不用再活得這麼累了"
    assert_read_in_words(text, "zh_Hant", Intent.SELF_HARM_RISK, "_v128")
    assert_kept_beside(text, "zh_Hant", Intent.SELF_HARM_RISK, Intent.PROMISE_TO_PAY)


def test_the_last_thing_before_release_is_a_warning_sign_v128() -> None:
    text = "周五发了工资就还你们，这是我最后能做的一件事了，还完我也就解脱了"
    assert_read_in_words(text, "zh_Hans", Intent.SELF_HARM_RISK, "_v128")


@pytest.mark.parametrize(
    "text", ["还完这笔我就解脱了，终于无债一身轻", "这是我最后能做的让步了，每月500"]
)
def test_release_from_a_debt_or_a_last_offer_is_none_v128(text: str) -> None:
    # (the n-gram model still reads both as warning signs, 0.97 and 0.87: an over-reading left to it)
    assert_not_said_by(text, "zh_Hans", "_v128")


def test_someone_to_explain_the_charges_is_a_request_v128() -> None:
    text = "I'll pay 100 today but I need someone to explain these charges to me over the phone"
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "_v128")
    assert_kept_beside(text, "en", Intent.REQUEST_HUMAN, Intent.PROMISE_TO_PAY)


def test_someone_to_pay_for_me_is_none_v128() -> None:
    assert_not_said_by("I need someone to lend me the money first", "en", "_v128")


def test_someone_to_ring_back_takes_the_intent_from_the_cause_v128() -> None:
    # blind96's, which v128 mended: a request with a cause told beside it is the request
    text = "I would like someone to ring me back please I find typing difficult since my stroke"
    assert_read_in_words(text, "en", Intent.REQUEST_HUMAN, "_v128")
    assert read(text, "en").intent is Intent.REQUEST_HUMAN


def test_the_one_in_charge_called_out_is_a_request_v128() -> None:
    text = "我冇喺你哋度借過錢，叫個負責人出嚟解釋下點解會搵到我"
    assert_read_in_words(text, "zh_Hant", Intent.REQUEST_HUMAN, "_v14")
    assert_kept_beside(text, "zh_Hant", Intent.DISPUTE_NOT_MINE, Intent.REQUEST_HUMAN)


def test_aint_took_no_loan_is_a_denial_v128() -> None:
    assert_read_in_words(
        "bro i aint took no loan from nobody 😂 wrong guy", "en", Intent.DISPUTE_NOT_MINE, "_v107"
    )


def test_aint_got_no_money_is_hardship_not_a_denial_v128() -> None:
    assert_not_said_by("I ain't got no money till friday", "en", "_v107")


def test_a_debt_review_through_a_counsellor_is_representation_beside_it_v128() -> None:
    text = (
        "im under debt review with a debt counsellor since august, you should have received the "
        "form 17.1 from her already"
    )
    assert_read_in_words(text, "en", Intent.LEGAL_REPRESENTATION, "_v128")
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.LEGAL_REPRESENTATION)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我请了律师 有啥话跟他说去", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "這件事請洽宏遠法律事務所黃律師", Intent.LEGAL_REPRESENTATION),
        (
            "zh_Hant",
            "我跟這個人不熟，只是以前的同事，不要再拿他的事來煩我",
            Intent.DISPUTE_NOT_MINE,
        ),
    ],
)
def test_contact_sent_away_is_an_opt_out_beside_v128(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, Intent.OPT_OUT, "_v128")
    if intent is Intent.LEGAL_REPRESENTATION:
        assert_kept_beside(text, language, intent, Intent.OPT_OUT)
    else:
        assert Intent.OPT_OUT in read(text, language).signals


@pytest.mark.parametrize(
    "text", ["我老公有啥话都跟他妈说去了", "請洽詢分期方案的細節", "我在烦他的事，下个月再还"]
)
def test_their_look_alikes_are_none_v128(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v128")


def test_a_phone_called_flat_is_an_opt_out_v128() -> None:
    text = "手機被你們打到沒電 可以放過我嗎"
    assert_read_in_words(text, "zh_Hant", Intent.OPT_OUT, "_v128")
    assert read(text, "zh_Hant").intent is Intent.OPT_OUT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "瞅你那损色 再敢上我家门口 我腿给你打折了"),
        ("zh_Hant", "我表哥係行古惑嘅，你再搞我試下"),
        ("zh_Hant", "你擱來阮兜門口 我就叫人處理你"),
    ],
)
def test_threats_whose_condition_is_contact_keep_the_opt_out_beside_v128(
    language: str, text: str
) -> None:
    assert_kept_beside(text, language, Intent.ABUSE, Intent.OPT_OUT)


@pytest.mark.parametrize("text", ["我再上我家门口看看有没有信", "你再试试别的付款方式吧"])
def test_the_writers_own_errand_or_a_plain_try_again_is_none_v128(text: str) -> None:
    reading = read(text, "zh_Hans")
    assert Intent.OPT_OUT not in reading.signals
    assert Intent.ABUSE not in reading.signals


def test_a_social_worker_named_by_debt_work_is_representation_v128() -> None:
    text = "東華三院嘅債務輔導社工而家幫我處理緊，有咩請直接搵佢哋"
    assert_read_in_words(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, "_v125")
    assert_kept_beside(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)
