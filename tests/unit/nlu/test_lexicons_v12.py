"""Lexicons v12: the families blind7's and blind8's misses showed, each in words that are not theirs.

Both files were measured once (v10, v11 + the meaning model); their misses were read only after
blind9 had been committed for the next measurement (tests/nlu_corpus/README.md). The hard
negatives next to each family (negated, figurative, reported, innocent look-alikes) must keep
not triggering.
"""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # after an attempt
        ("zh_Hans", "上礼拜刚洗完胃出院，你们就天天打"),
        ("zh_Hant", "手腕上的疤都還沒好"),
        ("en", "just got home after getting my stomach pumped"),
        # a decided departure
        ("zh_Hans", "我想清楚了，过完年就走，这钱你们就当没了"),
        ("zh_Hant", "我諗清楚咗，下個禮拜就走"),
        # affairs handed over, no ties left
        ("zh_Hans", "女儿交给我姐了，存折也给她了"),
        ("zh_Hant", "冇乜放唔低喇"),
        ("zh_Hans", "积蓄都转给我爸了，以后不会再回你们消息"),
        ("zh_Hans", "他走之前留了一封信，说对不起爸妈"),
        ("zh_Hans", "以后孩子就拜托你了"),
        # nobody needs me, no point living, a threat to die
        ("en", "nobody needs me anymore, sorry"),
        ("en", "there's no point being alive with this much debt"),
        ("zh_Hant", "做人有乜意思呀"),
        ("zh_Hans", "你们再逼我，我就死给你们看"),
        # reported: what a relative says the person said
        ("zh_Hans", "我爸昨晚说要是没有他我们会轻松很多"),
        # means: driving into something
        ("en", "some days I'm tempted to swerve into a truck on the way to work"),
        ("en", "you can keep the money talk, I won't need any of it where I'm going"),
    ],
)
def test_the_self_harm_families_blind7_and_blind8_showed_are_risks(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "我决定了，下个月就走，去深圳打工，到时候再还"),
        ("zh_Hans", "孩子给我妈带着，我白天上班，下周五还你"),
        ("zh_Hans", "这个月又破产了哈哈，发工资就还"),
        ("zh_Hant", "累到快往生，聽日發薪水就繳"),
        ("en", "my wife nearly killed me when she saw the bill, I'll pay friday"),
        ("en", "please send letters to my home address instead"),
        ("en", "my husband crashed into a tree last month and the car is gone"),
        ("zh_Hant", "我已經唔喺度住，搬咗去九龍"),
    ],
)
def test_look_alikes_are_not_self_harm(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # opt-out: a visit, a stop said plainly, a third party, disturbing
        ("zh_Hans", "别来我家了，邻居都在看"),
        ("zh_Hant", "唔好再滋擾我屋企人"),
        ("zh_Hans", "别给我领导打电话，我会处理"),
        ("zh_Hans", "你们找我通讯录里的朋友是违法的"),
        ("zh_Hant", "每日打十幾次，停手啦"),
        ("zh_Hans", "请勿打扰，谢谢"),
        ("en", "don't come to my house again"),
        ("en", "do not send anything to my parents' address"),
        # "don't come bothering me", also next to an insult (abuse ranks higher, the opt-out stays)
        ("zh_Hans", "别来烦我了行不行"),
        ("zh_Hant", "唔好嚟煩我啦"),
    ],
)
def test_opt_outs_v12(language: str, text: str) -> None:
    assert read(text, language).intent is Intent.OPT_OUT


def test_an_insult_and_dont_bother_me_is_abuse_and_an_opt_out() -> None:
    reading = read("滾遠一點，不要來煩我", "zh_Hant")
    assert reading.intent is Intent.OPT_OUT
    assert Intent.ABUSE in reading.signals


def test_a_question_tag_does_not_negate_the_next_clause() -> None:
    assert read("烦不烦啊 够了没 别再发了", "zh_Hans").intent is Intent.OPT_OUT
    # a real negation before the same words still negates them
    assert Intent.OPT_OUT not in read("我没不要再打，是你听错了", "zh_Hans").signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我表弟欠的账凭什么要我还", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我係佢室友，佢搬咗走好耐，唔好再搵我", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "号码是新办的，前一个用户的事关我什么事", Intent.DISPUTE_NOT_MINE),
        ("en", "that card does not belong to me", Intent.DISPUTE_NOT_MINE),
        ("en", "I never co-signed anything for him", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "突然多了八百，怎么回事", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "遲兩日就罰三百？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "别再乱收服务费了", Intent.DISPUTE_AMOUNT),
        ("en", "how did 900 turn into 2,000?", Intent.DISPUTE_AMOUNT),
        ("en", "I do not believe the amount is correct", Intent.DISPUTE_AMOUNT),
        ("en", "the bill went up again this month", Intent.DISPUTE_AMOUNT),
        ("en", "you quoted me 1,000 in march, now it's 1,600", Intent.DISPUTE_AMOUNT),
    ],
)
def test_disputes_v12(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "一次性还清三万可以结案吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "还清以后多久征信会好", Intent.ASK_QUESTION),
        ("zh_Hant", "唔還會點樣", Intent.ASK_QUESTION),
        ("zh_Hant", "提前結清要多少", Intent.ASK_BALANCE),
        ("zh_Hant", "已繳", Intent.ALREADY_PAID),
        ("zh_Hant", "一班敗類", Intent.ABUSE),
    ],
)
def test_other_families_v12(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_postponed_salary_is_a_reason() -> None:
    assert read("公司说工资要延到月底才发，这个月还不了", "zh_Hans").reason == "salary_delayed"


def test_this_morning_is_today_and_calls_are_not_money() -> None:
    today = date(2026, 11, 18)
    paid = read("sent the 400 this morning", "en")
    assert paid.date is not None
    assert paid.date.date == today
    assert read("今朝入咗數五百", "zh_Hant").date is not None
    assert read("一天打三十几个电话，停手", "zh_Hans").amount is None
