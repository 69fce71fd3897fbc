"""Lexicons v112, fitted on blind91's safety misses after its one run: warning signs in Hakka (not
wanting to see tomorrow's sun), a miner going down and not coming up, the writer's own funeral
arranged, no wish to stay; contact sent to the trustee by name (有咩問題自己同受託人講); figures
that do not reconcile, the interest counted on the writer stopped (唔好再計我息); Scots' "no mine";
the North's "mithering". A documentary told of many suicides, asked about, is no warning sign."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我真的不想再看到明天的太阳了"),
        ("zh_Hant", "唔想再見到聽日個太陽"),
        ("zh_Hans", "挖了半辈子煤，到时候下井不上来了，账也就清了"),
        ("zh_Hans", "我没了这笔债也就一笔勾销了吧"),
        ("zh_Hant", "下個月再催，到時候接電話的就是替我料理後事的人"),
        ("zh_Hans", "工作没了，人也不想留了"),
    ],
)
def test_warning_signs_of_blind91_are_read_in_words_v112(language: str, text: str) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v112")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我爸刚走，这几天在帮我妈办后事，晚点还"),
        ("zh_Hans", "明天看不看得到太阳要看天气预报"),
        ("zh_Hans", "矿上说下井之前要签安全协议"),
        ("zh_Hans", "人也不想留在这家公司了，下个月辞职"),
    ],
)
def test_their_look_alikes_are_no_warning_sign_v112(language: str, text: str) -> None:
    assert_not_said_by(text, language, "_v112")


def test_contact_sent_to_the_trustee_is_an_opt_out_v112() -> None:
    text = "我做緊個人破產，有乜問題你哋自己問破產管理署"
    assert_kept_beside(text, "zh_Hant", Intent.BANKRUPTCY, Intent.OPT_OUT)
    assert_read_in_words(text, "zh_Hant", Intent.OPT_OUT, "_v112")


@pytest.mark.parametrize(
    ("language", "text"), [("zh_Hant", "有事請找我的律師"), ("zh_Hans", "有什么事跟我的律师说")]
)
def test_the_lawyer_sent_for_keeps_the_intent_v112(language: str, text: str) -> None:
    # (the match stops before the one named: the first full run lost fifteen lawyers to it)
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hant", "唔好再計我利息，已經還咗一半"),
        ("zh_Hans", "别再算我罚息了，本金都快还完了"),
    ],
)
def test_interest_counted_on_the_writer_stopped_is_a_dispute_v112(language: str, text: str) -> None:
    assert_read_in_words(text, language, Intent.DISPUTE_AMOUNT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hant", "唔好再計我利息啦，我每個月定額還六百"),  # (blind67's, an offer)
        ("zh_Hans", "能不能先停止计息？我每个月固定还1000"),  # (blind55's, a condition)
    ],
)
def test_an_offer_after_the_interest_stopped_keeps_the_intent_v112(
    language: str, text: str
) -> None:
    assert read(text, language).intent is Intent.COUNTER_OFFER


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Your statement and the agreement simply do not tally.", Intent.DISPUTE_AMOUNT),
        ("the balance you quote doesn't reconcile with my bank records", Intent.DISPUTE_AMOUNT),
        ("it wis in ma brother's name, no mine", Intent.DISPUTE_NOT_MINE),
        ("that loan's nae mine pal. that's no mine", Intent.DISPUTE_NOT_MINE),
        ("stop mithering me, I said Friday", Intent.OPT_OUT),
    ],
)
def test_what_blind91_said_in_english_is_read_in_words_v112(text: str, intent: Intent) -> None:
    assert_read_in_words(text, "en", intent)


def test_no_mine_needs_a_name_or_a_this_v112() -> None:
    assert_not_said_by("is this yours? no, mine is the blue one", "en", "no_mine_in_scots_v112")


def test_a_documentary_of_many_suicides_asked_about_is_no_warning_sign_v112() -> None:
    text = "看了一部纪录片，讲卡债风暴时很多人自杀，现在法规改了吗？"
    reading = read_as_figure_of_speech(text, "zh_Hans", "_v106")
    assert Intent.SELF_HARM_RISK not in reading.signals, reading
    assert Intent.SELF_HARM_RISK in read("纪录片讲很多人自杀，我也快了", "zh_Hans").signals
