"""Lexicons v125, fitted on blind101 after its one run: its seven safety misses said in words
(no reason left to live by a river, the written channel preferred to texts, 别整了 after daily
calls, a denial in pinyin, a member of staff asked to get in touch again, a complaint to
Malaysia's consumer body, a figure called a joke) and the representation of a social worker
handling the debts; each with its look-alikes."""

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
        "戒赌三年又复赌，输光了，老婆带孩子回了信阳娘家。我现在一个人坐在江边，"
        "想不出来活着还有什么意义",
        "我真的找不到活下去有什么理由",
    ],
)
def test_no_reason_left_to_live_is_a_warning_sign_v125(text: str) -> None:
    assert_read_in_words(text, "zh_Hans", Intent.SELF_HARM_RISK, "_v125")


def test_a_reason_found_is_none_v125() -> None:
    reading = assert_not_said_by("想不到你们利息这么高，下个月还500", "zh_Hans", "_v125")
    assert Intent.SELF_HARM_RISK not in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "id rather you wrote to me than texted, i dont see my phone much on the road in germany. "
        "will pay on the 1st",
        "I would prefer it if you emailed me rather than calling",
    ],
)
def test_the_written_channel_preferred_is_an_opt_out_v125(text: str) -> None:
    assert_read_in_words(text, "en", Intent.OPT_OUT, "_v15")


def test_a_call_preferred_to_texts_is_not_this_opt_out_v125() -> None:
    assert_not_said_by("I'd rather you called than texted, I can't read well", "en", "_v15")


def test_stop_it_after_daily_calls_is_an_opt_out_v125() -> None:
    text = "咋的天天打啊，我在哈尔滨冻得手都伸不出来，别整了行不行，我又没说不还"
    assert_read_in_words(text, "zh_Hans", Intent.OPT_OUT, "_v125")
    assert read(text, "zh_Hans").intent is Intent.OPT_OUT


@pytest.mark.parametrize("text", ["别整了，下个月一定还", "我老公说别整了，月底还"])
def test_stop_it_without_the_calls_before_is_none_v125(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v125")


def test_a_denial_in_pinyin_is_read_v125() -> None:
    text = "wo mei jie guo qian a ni men gao cuo ren le"
    assert_read_in_words(text, "zh_Hans", Intent.DISPUTE_NOT_MINE, "_v125")


def test_a_call_not_picked_up_in_pinyin_is_none_v125() -> None:
    assert_not_said_by("wo mei jie dian hua, ming tian huan", "zh_Hans", "_v125")


@pytest.mark.parametrize(
    "text", ["上次那位陳小姐人很好，可以請她再聯絡我嗎？", "麻烦那个客服请他回电话给我"]
)
def test_a_member_of_staff_asked_to_get_in_touch_again_is_a_request_v125(text: str) -> None:
    lang = "zh_Hant" if "陳" in text else "zh_Hans"
    assert_read_in_words(text, lang, Intent.REQUEST_HUMAN, "_v125")


@pytest.mark.parametrize(
    "text", ["上次那个客服小姐姐态度特别好，谢谢你们", "我先生出差了，我会请他下个月还钱"]
)
def test_praise_alone_or_a_husband_is_none_v125(text: str) -> None:
    assert_not_said_by(text, "zh_Hans", "_v125")


def test_a_complaint_to_malaysias_consumer_body_is_a_request_v125() -> None:
    text = "本金加利息最多也就五千六左右，麻煩把逐月明細寄給我，不然我就去找消費人協會。"
    assert_read_in_words(text, "zh_Hant", Intent.REQUEST_HUMAN, "_v118")


def test_a_figure_called_a_joke_is_a_disputed_amount_v125() -> None:
    text = (
        "that figure is a joke. I want this escalated to your complaints team, and stop ringing "
        "me at work"
    )
    assert_read_in_words(text, "en", Intent.DISPUTE_AMOUNT, "_v125")
    reading = read(text, "en")
    assert {Intent.REQUEST_HUMAN, Intent.OPT_OUT} <= set(reading.signals)


@pytest.mark.parametrize(
    "text", ["the amount of calls is ridiculous", "this payment plan is a joke, I can't do 300"]
)
def test_other_things_called_a_joke_are_none_v125(text: str) -> None:
    assert_not_said_by(text, "en", "_v125")


def test_a_social_worker_handling_the_debts_is_representation_v125() -> None:
    text = "明愛嘅社工而家幫我處理緊啲債，有咩你哋搵佢哋，唔好再搵我"
    assert_read_in_words(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, "_v125")
    assert_kept_beside(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_a_social_worker_helping_with_other_things_is_none_v125() -> None:
    assert_not_said_by("社工帮我处理了孩子上学的事，这个月先还300", "zh_Hans", "_v125")


@pytest.mark.parametrize(
    "text",
    ["我已經請社工幫我處理債務問題，之後請跟社工聯絡", "我個社工會代我同你哋傾，以後直接聯絡佢"],
)
def test_a_social_worker_acting_keeps_the_contact_sent_beside_v125(text: str) -> None:
    assert_read_in_words(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, "_v125")
    assert_kept_beside(text, "zh_Hant", Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


def test_contact_through_a_social_worker_alone_stays_an_opt_out_v125() -> None:
    reading = assert_not_said_by("以后请通过社工联系我，我自己实在应付不来", "zh_Hans", "_v125")
    assert reading.intent is Intent.OPT_OUT
