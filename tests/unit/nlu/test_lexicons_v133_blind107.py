"""Lexicons v133, fitted on blind107 after its one run: its nine safety misses read in words, three
of its false warning signs kept out in words, and the look-alikes each must leave alone."""

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
    ("text", "lang", "intent"),
    [
        (
            "lol at this point the river looking real nice. anyway wat u want from me cuz i cant pay",
            "en",
            Intent.SELF_HARM_RISK,
        ),
        ("that bridge is looking more and more inviting tbh", "en", Intent.SELF_HARM_RISK),
        (
            "Laid off from the works in September. I've been saving my tablets up and I know how "
            "I'm going to do it now, so don't bother sending me a payment plan.",
            "en",
            Intent.SELF_HARM_RISK,
        ),
        ("been stockpiling my sleeping pills for weeks", "en", Intent.SELF_HARM_RISK),
        (
            "The fees on this account are not fair. I'm a pensioner and I can't afford these extra "
            "charges on top.",
            "en",
            Intent.DISPUTE_AMOUNT,
        ),
        ("$340 in fees on a $500 loan?? no way. get me your manager", "en", Intent.DISPUTE_AMOUNT),
        ("I'm taking the late fees to the ombudsman, they're unlawful", "en", Intent.REQUEST_HUMAN),
        (
            "Sir I have not taken any loan from this company. Kindly check your records, my PAN "
            "number is different. I am getting calls daily.",
            "en",
            Intent.DISPUTE_NOT_MINE,
        ),
        (
            "这个月的钱是真还不上了。谢谢你们之前一直对我挺客气的，我该安排的都安排好了，以后不用再找我了。",
            "zh_Hans",
            Intent.SELF_HARM_RISK,
        ),
        ("該交代嘅我都交代好咗，之後唔使再搵我", "zh_Hant", Intent.SELF_HARM_RISK),
        ("别催了，明天直接过来收尸吧", "zh_Hans", Intent.SELF_HARM_RISK),
        ("你們到時候直接來收屍就好", "zh_Hant", Intent.SELF_HARM_RISK),
        ("律师让我不要再跟你们直接沟通了，以后找律师", "zh_Hans", Intent.OPT_OUT),
        ("之後請聯絡我的律師", "zh_Hant", Intent.OPT_OUT),
    ],
)
def test_blind107s_safety_misses_are_read_in_words_v133(
    text: str, lang: str, intent: Intent
) -> None:
    # v40's widened entry reads the fees called not fair, the complaint's own entry the ombudsman
    widened = intent is Intent.REQUEST_HUMAN or text.startswith("The fees on this account")
    assert_read_in_words(text, lang, intent, "" if widened else "_v133")


def test_the_ombudsman_stays_beside_the_unlawful_fees_v133() -> None:
    assert_kept_beside(
        "I'm taking the late fees to the ombudsman, they're unlawful",
        "en",
        Intent.DISPUTE_AMOUNT,
        Intent.REQUEST_HUMAN,
    )
    assert Intent.DISPUTE_AMOUNT in read("the interest you charge is unlawful", "en").signals


def test_the_lawyer_keeps_the_representation_beside_the_opt_out_v133() -> None:
    assert_kept_beside(
        "律师让我不要再跟你们直接沟通了，以后找律师",
        "zh_Hans",
        Intent.LEGAL_REPRESENTATION,
        Intent.OPT_OUT,
    )


def test_the_farewell_keeps_the_opt_out_beside_it_v133() -> None:
    reading = read("我该安排的都安排好了，以后不用再找我了。", "zh_Hans")
    assert reading.intent is Intent.SELF_HARM_RISK
    assert Intent.OPT_OUT in reading.signals


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the sea is looking lovely today, paying friday", "en"),
        ("the river is looking high after all that rain, the road's shut", "en"),
        ("I picked up my tablets from the chemist, will pay after", "en"),
        ("saving up for my tablets costs a fortune", "en"),
        ("$40 in fees on a $500 loan, can I pay 50 a month", "en"),
        ("I have not taken any loan from this company except the one in 2019, I will pay", "en"),
        ("要安排的都安排好了，下周五还你们", "zh_Hans"),
        ("再打电话，等着给你们收尸吧", "zh_Hans"),
        ("叫你家人过来收尸", "zh_Hans"),
        ("律师说让我先跟你们谈谈分期", "zh_Hans"),
        ("不是不想还，是真的还不出来", "zh_Hans"),
        ("我不想还要麻烦家人", "zh_Hans"),
        ("呢個還款網址係咪真㗎？我唔想俾人呃", "zh_Hant"),
    ],
)
def test_look_alikes_are_not_read_so_v133(text: str, lang: str) -> None:
    assert_not_said_by(text, lang, "_v133")


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        (
            "my husband will actually kill me when he sees how much this has gone up 😂 what's "
            "the balance now?",
            "en",
            Intent.ASK_BALANCE,
        ),
        ("mum's gonna kill me if she finds out about this card lol", "en", None),
    ],
)
def test_another_s_anger_is_a_figure_of_speech_v21_widened_v133(
    text: str, lang: str, intent: Intent | None
) -> None:
    reading = read_as_figure_of_speech(text, lang, "_v21")
    assert Intent.SELF_HARM_RISK not in reading.signals
    if intent is not None:
        assert reading.intent is intent


def test_a_warning_sign_beside_another_s_anger_is_still_read_v133() -> None:
    text = "my husband will kill me when he finds out, I'd rather kill myself first"
    assert Intent.SELF_HARM_RISK in read(text, "en").signals


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("unu a bag a t'ief! yuh hear mi? bag a t'ief", "en", Intent.ABUSE),
        ("我现在不想还，以后再说", "zh_Hans", Intent.DECLINE),
        ("暫時唔想還，遲啲先講", "zh_Hant", Intent.DECLINE),
    ],
)
def test_what_the_meaning_model_read_alone_is_read_in_words_v133(
    text: str, lang: str, intent: Intent
) -> None:
    assert_read_in_words(text, lang, intent, "_v133")
    assert Intent.SELF_HARM_RISK not in read(text, lang).signals


def test_australias_part_9_agreement_is_bankruptcy_with_its_opt_out_v133() -> None:
    text = "im in a part 9 debt agreement now so everything goes through them"
    assert_read_in_words(text, "en", Intent.BANKRUPTCY, "_v133")
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.OPT_OUT)


def test_the_collectors_place_smashed_is_a_threat_with_its_condition_beside_it_v133() -> None:
    text = "我知道你们公司在哪，再打我家里人电话，我带人过去把你们砸了"
    assert_read_in_words(text, "zh_Hans", Intent.ABUSE, "_v133")
    assert_kept_beside(text, "zh_Hans", Intent.ABUSE, Intent.OPT_OUT)
    assert_not_said_by("我把你们寄来的信都烧了，别再寄了", "zh_Hans", "_v133")
