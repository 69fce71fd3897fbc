"""Lexicons v5: the warning-sign families of self-harm, and the other safety fixes of v5.

Every sentence here was written for this file, one or two per family and language, in words
that are not copied from any corpus split; the negatives are the figures of speech, jokes and
negations that must stay what they are. Each family is checked with the n-gram model switched
off too, so that the lexicons themselves carry it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

from negotiator.nlu.interpretation import Intent, Interpretation
from negotiator.nlu.interpreter import Interpreter
from tests.unit.nlu.support import TODAY, interpreter

SELF_HARM = {
    "ideation": [
        ("en", "tbh i'd rather be dead than keep doing this"),
        ("en", "my roommate says she doesn't want to wake up anymore"),
        ("en", "lowkey thinking about unaliving myself"),
        ("zh_Hans", "我真的活够了"),
        ("zh_Hans", "wo bu xiang huo le, zhen de"),
        ("zh_Hant", "好想死咗佢算"),
    ],
    "hopelessness": [
        ("en", "I can't go on like this, there's only one way out"),
        ("en", "what's the point anymore, honestly"),
        ("zh_Hans", "看不到出路了，真的绝望"),
        ("zh_Hant", "我都唔知仲可以撐幾耐，撐唔住"),
    ],
    "burden": [
        ("en", "I'm just a burden on my parents at this point"),
        ("en", "nobody would miss me if I disappeared"),
        ("zh_Hans", "我就是全家的累赘"),
        ("zh_Hant", "我成日覺得自己係負累"),
    ],
    "farewell": [
        ("en", "this is my final message, sorry for everything"),
        ("en", "please take care of my kids for me"),
        ("zh_Hans", "这是我给你们发的最后一条消息"),
        ("zh_Hant", "對唔住老豆，我真係盡力"),
        ("zh_Hant", "留俾個女嘅信放喺抽屜"),
    ],
    "giving_away": [
        ("en", "been giving my books away to my cousin, won't need them"),
        ("zh_Hans", "我的东西都送人了"),
        ("zh_Hant", "我隻狗已經俾咗朋友養"),
    ],
    "means": [
        ("en", "I've been stockpiling my sleeping pills"),
        ("en", "standing on the roof of the parking garage"),
        ("zh_Hans", "木炭我已经准备好了"),
        ("zh_Hans", "我现在在天台"),
        ("zh_Hant", "我喺橋邊，諗緊跳落去"),
    ],
    "after_death": [
        ("en", "will my wife have to pay this if I die?"),
        ("zh_Hans", "要是我不在了，这笔钱还要还吗"),
        ("zh_Hant", "如果我死咗，呢筆數係咪唔使還"),
    ],
    "not_around": [
        ("en", "I won't be around much longer anyway"),
        ("en", "nobody will have to deal with this after friday"),
        ("zh_Hans", "再过几天我就不在了"),
        ("zh_Hant", "過咗今晚你哋就唔使再揾我"),
    ],
    "reported": [
        ("en", "this is her husband, she keeps talking about ending it"),
        ("zh_Hans", "我是他妈妈，他说要去跳楼"),
        ("zh_Hant", "我阿哥話唔想活，你哋唔好再打"),
    ],
}

NOT_SELF_HARM = [
    # v12: the meaning head retrained on blind7/blind8 read this as hardship (0.60); retrained on
    # blind21 (v25) it no longer does, and no word of the lexicons says hardship: unknown, as
    # before v12 (what matters here is that it is no self-harm)
    ("en", "I'm not going to hurt myself over a phone bill, chill", Intent.UNKNOWN),
    ("en", "don't worry, I won't do anything stupid, just broke", Intent.HARDSHIP),
    ("en", "these fees are killing me lol", Intent.DISPUTE_AMOUNT),
    ("en", "dying to get this paid off, sending $100 friday", Intent.PROMISE_TO_PAY),
    ("zh_Hans", "忙死了，周五再还", Intent.PROMISE_TO_PAY),
    ("zh_Hans", "笑死，哪来那么多钱", Intent.HARDSHIP),
    ("zh_Hans", "不至于为了几千块寻死吧，下周还", Intent.PROMISE_TO_PAY),
    ("zh_Hans", "打死我也不还这个利息", Intent.DECLINE),
    ("zh_Hant", "放心，我唔會做傻事，淨係冇錢", Intent.HARDSHIP),
    ("zh_Hant", "唔會為咗幾千蚊想不開啦，月尾還", Intent.PROMISE_TO_PAY),
]


@cache
def lexicons_only() -> Interpreter:
    return replace(interpreter(), model=None)


def _read(language: str, text: str, *, model: bool = True) -> Interpretation:
    reader = interpreter() if model else lexicons_only()
    return reader.interpret(text, language, today=TODAY)


@pytest.mark.parametrize(
    ("family", "language", "text"),
    [(family, lang, text) for family, cases in SELF_HARM.items() for lang, text in cases],
)
def test_each_warning_sign_family_is_self_harm_in_the_lexicons(
    family: str, language: str, text: str
) -> None:
    reading = _read(language, text, model=False)
    assert reading.intent is Intent.SELF_HARM_RISK, (family, reading.cues)


@pytest.mark.parametrize(("language", "text", "intent"), NOT_SELF_HARM)
def test_figures_of_speech_jokes_and_negations_are_not_self_harm(
    language: str, text: str, intent: Intent
) -> None:
    reading = _read(language, text)
    assert not reading.has(Intent.SELF_HARM_RISK), reading.cues
    assert reading.intent is intent


def test_a_figure_of_speech_is_a_suppressed_cue_that_keeps_the_model_out() -> None:
    reading = _read("zh_Hans", "累死了，下班就转")
    figure = next(c for c in reading.cues if c.suppressed == "figurative")
    assert figure.signal == "self_harm_risk"
    assert not any(c.rule.startswith("model:self_harm_risk") for c in reading.cues)


def test_a_figure_of_speech_hides_only_its_own_intent() -> None:
    reading = _read("zh_Hant", "你哋班吸血鬼去死啦")
    assert reading.intent is Intent.ABUSE  # 吸血鬼 inside the figure is still an insult
    assert not reading.has(Intent.SELF_HARM_RISK)


def test_the_self_harm_head_reads_wording_the_lexicons_do_not_know() -> None:
    text = "soon none of this will be my concern, the garage is quiet"
    assert not _read("en", text, model=False).has(Intent.SELF_HARM_RISK)
    model = interpreter().model
    assert model is not None
    chances = model.head_probabilities(interpreter().normalize(text))
    assert chances is not None
    assert set(chances) == {Intent.SELF_HARM_RISK}


def test_stop_chasing_is_an_opt_out_signal_that_leaves_the_promise_the_intent() -> None:
    reading = _read("zh_Hans", "下周五一定还，别再催了")
    assert reading.intent is Intent.PROMISE_TO_PAY
    assert reading.has(Intent.OPT_OUT)
    alone = _read("zh_Hans", "别再催了")
    assert alone.intent is Intent.OPT_OUT
    english = _read("en", "I'll pay on the 5th, quit hounding me")
    assert english.intent is Intent.PROMISE_TO_PAY
    assert english.has(Intent.OPT_OUT)


def test_stop_charging_interest_is_still_not_an_opt_out() -> None:
    reading = _read("zh_Hant", "唔好再收我利息")
    assert reading.intent is Intent.DISPUTE_AMOUNT
    assert not reading.has(Intent.OPT_OUT)


def test_identity_theft_also_disputes_the_debt_as_not_mine() -> None:
    reading = _read("zh_Hans", "有人冒用我的身份证去借的")
    assert reading.intent is Intent.FRAUD_IDENTITY_THEFT
    assert reading.has(Intent.DISPUTE_NOT_MINE)
    assert any(c.rule == "builtin.fraud_not_mine" for c in reading.cues)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "that's my ex-husband's loan, not mine"),
        ("en", "never had any dealings with your company"),
        ("en", "this must be for whoever lived here before me"),
        ("zh_Hans", "这是我前夫的账，不是我的"),
        ("zh_Hans", "我从来没在你们平台借过钱"),
        ("zh_Hant", "我冇同你哋借過錢"),
        ("zh_Hant", "打錯"),
    ],
)
def test_not_my_debt_families(language: str, text: str) -> None:
    assert _read(language, text, model=False).has(Intent.DISPUTE_NOT_MINE)


def test_borrowing_less_is_an_amount_dispute_not_a_denial() -> None:
    reading = _read("zh_Hans", "我没借这么多钱")
    assert not reading.has(Intent.DISPUTE_NOT_MINE)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can I talk to whoever is in charge of my file"),
        ("zh_Hant", "有冇真人可以同我傾"),  # 有冇 asks, it does not negate
        ("zh_Hans", "我要找你们上司"),
    ],
)
def test_request_human_families(language: str, text: str) -> None:
    assert _read(language, text, model=False).has(Intent.REQUEST_HUMAN)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "leave my mother alone, she has nothing to do with this"),
        ("en", "I'm blocking this number"),
        ("zh_Hans", "请勿来电"),
        ("zh_Hant", "唔好再打俾我"),
    ],
)
def test_opt_out_families(language: str, text: str) -> None:
    assert _read(language, text, model=False).has(Intent.OPT_OUT)


def test_recall_counts_a_safety_intent_found_among_the_signals() -> None:
    from negotiator.nlu.evaluation import CorpusItem, EvaluationReport, score

    item = CorpusItem(
        id="x-1",
        lang="zh_Hans",
        text="明天就还，别催了",
        intent=Intent.PROMISE_TO_PAY,
        signals=[Intent.OPT_OUT],
    )
    report = EvaluationReport()
    score(report, item, _read("zh_Hans", item.text))
    assert report.recall[Intent.OPT_OUT].hits == 1  # the intent is the promise
    assert report.by_language["zh_Hans"].hits == 1
