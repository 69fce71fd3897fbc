"""Lexicons v50, fitted on blind46 (scams, gambling, investments, disasters and sudden losses)
beyond its safety misses, in other words than blind46's: money lost to a scheme, a platform, a
market or a building never built is an investment loss (a fake investment too, as blind46's author
labels it); other scams, theft and betting are a cause outside the list; a disaster is the cause
of the job or the shop it took; a scheme that cheated the debtor is no identity theft; the sum that
settles the debt asked is no settlement offered; slang assent restating a figure and a day is a
counter-offer; "as if I'd die for this money", a scammer's threat told and scammers compared are
no self-harm and no abuse; "accept this plan" agrees; a figure "absolutely" refused is no offer;
whether the collector is lawful and what proof it needs are questions; money "burnt through" is
no fire."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import HardshipReason, Intent
from tests.unit.nlu.support import (
    assert_read_in_words,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "lost 5k when the crypto exchange went bust, can't pay",
            HardshipReason.INVESTMENT_LOSS,
        ),
        (
            "en",
            "put it all in a guaranteed 15% returns plan and it vanished",
            HardshipReason.INVESTMENT_LOSS,
        ),
        (
            "en",
            "yolo'd my paycheck on nvidia puts. broke till next month",
            HardshipReason.INVESTMENT_LOSS,
        ),
        (
            "en",
            "the developer went under and took the deposit on our flat",
            HardshipReason.INVESTMENT_LOSS,
        ),
        ("zh_Hans", "去年被人拉进杀猪局，亏了二十万", HardshipReason.INVESTMENT_LOSS),
        ("zh_Hans", "楼盘烂尾了，首付全没了，现在真的还不上", HardshipReason.INVESTMENT_LOSS),
        ("zh_Hant", "朋友說帶我投資，結果平台跑路了", HardshipReason.INVESTMENT_LOSS),
        ("en", "got catfished and sent her 3 grand, now I'm skint", HardshipReason.OTHER),
        ("en", "a fake policeman made me move my savings, I've nothing", HardshipReason.OTHER),
        ("en", "our flat was burgled and they took the laptop I work on", HardshipReason.OTHER),
        ("en", "blew my wages at the bookies again, can't pay", HardshipReason.OTHER),
        ("en", "I'm addicted to gambling and I can't pay you", HardshipReason.OTHER),
        ("zh_Hans", "戒赌三个月了，之前的钱都输光了", HardshipReason.OTHER),
        ("zh_Hans", "冒充公检法的人让我转账，现在一分钱都没有", HardshipReason.OTHER),
        ("zh_Hant", "間鋪遭竊，貨全冇晒", HardshipReason.OTHER),
        (
            "en",
            "a mudslide took out the road to the farm, nothing's coming in",
            HardshipReason.DISASTER,
        ),
        ("zh_Hant", "十號風球吹塌咗間舖，冇收入", HardshipReason.DISASTER),
    ],
)
def test_a_loss_to_a_scheme_a_scam_a_bet_or_a_disaster_is_read_as_its_cause_v50(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the warehouse caught fire and I've been out of work since"),
        ("zh_Hans", "台风过后厂里停工了，我没了工作"),
    ],
)
def test_a_disaster_is_the_cause_of_the_job_it_took_v50(language: str, text: str) -> None:
    assert read(text, language).reason is HardshipReason.DISASTER


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "lost 2k to an online scam last year, can I pay 50 a month",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("en", "what would the payoff amount be if I cleared it now?", Intent.COUNTER_OFFER),
    ],
)
def test_their_look_alikes_are_figures_of_speech_v50(
    language: str, text: str, intent: Intent
) -> None:
    assert intent not in read_as_figure_of_speech(text, language, "_v50").signals


@pytest.mark.parametrize(
    ("language", "text", "intent", "entry"),
    [
        ("zh_Hans", "哈哈我哪可能为这点债去死，每月还三百", Intent.SELF_HARM_RISK, "figurative"),
        ("zh_Hant", "點可能為呢啲錢去死啦，下個月還", Intent.SELF_HARM_RISK, "figurative"),
        ("zh_Hans", "骗子都是这样打电话的，你们怎么证明？", Intent.ABUSE, "scammer_in_a_story_v28"),
        ("zh_Hans", "骗子威胁我说不给钱就弄死我，我才借的", Intent.ABUSE, "scammer_in_a_story_v28"),
    ],
)
def test_older_figures_of_speech_widened_in_v50(
    language: str, text: str, intent: Intent, entry: str
) -> None:
    # a scoff at dying for this money (怎么可能, 哪可能), a scammer's threat told, scammers compared
    assert intent not in read_as_figure_of_speech(text, language, entry).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "can I get the early settlement figure please", Intent.ASK_BALANCE),
        ("en", "say less. 150 by the 1st then", Intent.COUNTER_OFFER),
        ("zh_Hans", "我接受这个还款方案", Intent.AGREE),
    ],
)
def test_what_blind46_missed_is_read_in_other_words_v50(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)
    assert read(text, language).intent is intent


def test_a_plan_not_accepted_is_refused_v50() -> None:
    assert read("我不接受这个方案", "zh_Hans").intent is Intent.DECLINE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "你们到底是不是正规的机构？之前被骗过"),
        ("zh_Hant", "你哋係咪合法嘅財務公司？我之前俾人呃過"),
        ("en", "which papers would you need from me after the flood?"),
        ("en", "my mum was conned by a fake policeman once. can you prove who you are?"),
        ("en", "lost everything to a romance scam. are you a licensed lender?"),
    ],
)
def test_a_question_asked_beside_a_cause_is_the_question_v50(language: str, text: str) -> None:
    # whether the collector is a lawful firm, what proof it needs: read in words, the convention's
    # question wins over the cause told beside it, which stays a signal
    assert lexicon_said(text, language, Intent.ASK_QUESTION), text
    reading = read(text, language)
    assert reading.intent is Intent.ASK_QUESTION
    assert Intent.HARDSHIP in reading.signals


@pytest.mark.parametrize(
    "text",
    [
        "Stop messaging me, I'll sort it when the insurance pays out for the storm damage.",
        "some guy pretending to be my bank got me to send him everything, I have nothing left",
    ],
)
def test_insurance_and_pretending_alone_give_the_models_no_evidence_of_self_harm_v50(
    text: str,
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, "en").signals


@pytest.mark.parametrize("text", ["每月两千绝对不可能", "一个月三千我根本拿不出"])
def test_a_figure_refused_with_an_adverb_is_no_offer_v50(text: str) -> None:
    assert Intent.COUNTER_OFFER not in read(text, "zh_Hans").signals


def test_money_burnt_through_is_no_fire_v50() -> None:
    reading = read("孩子住了两个月医院，积蓄都烧光了", "zh_Hans")
    assert reading.reason is not HardshipReason.DISASTER
