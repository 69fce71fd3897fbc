"""Lexicons v36, safety: blind32's safety misses as families — a step off a platform or a ledge, a
method named for someone close, "don't send this to the farm phone", a closing "stop", the call in
English inside a Chinese refusal, never having had a card at all, years of payments and a balance
as big, a figure refused beside the true price, fees that doubled it, a charge never signed up for,
counsel named for short or by their office — in other words than the corpus messages, with
look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a step forward or off, where one would fall
        (
            "en",
            "some nights I wait on the subway platform and think about one more step",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "stood at the bridge railing last night thinking about stepping off",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "下班等地铁的时候总想往前跨一步", Intent.SELF_HARM_RISK),
        ("zh_Hant", "每次企喺月台都想向前行一步", Intent.SELF_HARM_RISK),
        # a method named for someone close
        (
            "en",
            "my brother keeps saying he'll shoot himself if the bank takes the farm",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "she told me last night she wants to drown herself", Intent.SELF_HARM_RISK),
        # the line named, the sending refused; a closing "stop"
        ("en", "don't text these reminders to my office number again", Intent.OPT_OUT),
        ("en", "please stop sending letters to my mum's address", Intent.OPT_OUT),
        ("en", "wrong person mate. stop", Intent.OPT_OUT),
        ("zh_Hans", "以后不要再whatsapp我", Intent.OPT_OUT),
        ("zh_Hant", "唔好再call我啦，好煩", Intent.OPT_OUT),
        ("zh_Hant", "已委託律師處理，請勿直接致電本人", Intent.OPT_OUT),
        # never had the kind of account at all
        ("zh_Hans", "你们搞错了吧，我连网贷都没借过", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我連一張信用卡都沒辦過", Intent.DISPUTE_NOT_MINE),
        # years of payments, a balance as big; fees that doubled it
        (
            "en",
            "been paying 200 a month since 2022, how do I still owe so much?",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "why do I still owe more than I borrowed after 3 years of payments",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "我每月按时转1000过去，为什么还欠这么多", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "供咗成兩年，點解仲欠咁多", Intent.DISPUTE_AMOUNT),
        ("en", "the interest has doubled my balance since march", Intent.DISPUTE_AMOUNT),
        # a figure refused beside the true price
        ("en", "It was a $300 tv, I'm not paying $900 for it", Intent.DISPUTE_AMOUNT),
        ("en", "im not paying 1200 for a 400 dollar laptop", Intent.DISPUTE_AMOUNT),
        ("en", "I won't pay 900 for that, it was worth 300", Intent.DISPUTE_AMOUNT),
        # a charge never signed up for
        (
            "en",
            "there's a $12 paper statement fee on it, I never agreed to that",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "怎么每个月多扣我30块的保险费，我从来没买过", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "呢個年費我從來冇同意過", Intent.DISPUTE_AMOUNT),
        # counsel named for short, by their office, or a lawyer friend who handles it
        ("en", "talk to my atty, not me", Intent.LEGAL_REPRESENTATION),
        ("en", "the public defender is handling it now", Intent.LEGAL_REPRESENTATION),
        ("en", "our legal team is looking at your letter", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "这事我托了个律师朋友在管，你们跟他说", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_safety_families_v36(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a step towards paying, with no place to fall from
        ("zh_Hans", "我想往前走一步，先把信用卡还清", Intent.SELF_HARM_RISK),
        ("en", "one more step and the plan is done, I'll pay friday", Intent.SELF_HARM_RISK),
        # a thing given away for what it costs
        (
            "en",
            "gave my old truck to my nephew because we couldn't keep up the insurance",
            Intent.SELF_HARM_RISK,
        ),
        # a carer's fear
        (
            "en",
            "I'm scared to leave her alone at night so I can't take extra shifts",
            Intent.OPT_OUT,
        ),
        # the calls that do not stop, a "stop" inside a sentence
        ("en", "the calls just don't stop", Intent.OPT_OUT),
        ("en", "when will the interest stop", Intent.OPT_OUT),
        # can't even pay the card, not never had one
        ("zh_Hans", "我连信用卡都还不起了", Intent.DISPUTE_NOT_MINE),
        # the balance asked, not disputed
        ("en", "how much do I still owe?", Intent.DISPUTE_AMOUNT),
        # a card never signed up for is not a charge disputed
        ("en", "I never signed up for this card", Intent.DISPUTE_AMOUNT),
        # no lawyer, or the lawyer's letter (no payment)
        ("en", "I don't have a public defender", Intent.LEGAL_REPRESENTATION),
        (
            "en",
            "I work nights at a law firm doing security, can pay on friday",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hant", "我請唔起律師，可唔可以俾多啲時間", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "律师下个月会给你们寄函", Intent.PROMISE_TO_PAY),
    ],
)
def test_look_alikes_keep_their_reading_v36(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "leave me alone", Intent.OPT_OUT),
        ("en", "gave my dog away, won't need him where i'm going", Intent.SELF_HARM_RISK),
        ("en", "I never signed up for this card", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "这张卡我从来没开过", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我朋友是律师，他说这钱可以不还", Intent.DECLINE),
        ("zh_Hans", "律师说下周会给你们转5000", Intent.PROMISE_TO_PAY),
        ("en", "my lawyer at the law firm will call you", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_the_plain_readings_stay_v36(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # what both models read differently once retrained with blind32, written into the lexicons
        (
            "en",
            "got hacked. whoever ordered it had it shipped to Ohio. I live in Vermont",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "I live in fear every day and I don't want to wake up", Intent.SELF_HARM_RISK, True),
        (
            "en",
            "if your collector comes round again he's going home with a broken jaw",
            Intent.SELF_HARM_RISK,
            False,
        ),
        (
            "en",
            "someone stole my purse at the train station and used my cards",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "thinking about stepping in front of a train", Intent.SELF_HARM_RISK, True),
        ("en", "is the 860 still correct or did fees get added?", Intent.DISPUTE_AMOUNT, False),
        ("en", "is the 860 still correct or did fees get added?", Intent.ASK_BALANCE, True),
        ("en", "the figures just don't add up, check again", Intent.DISPUTE_NOT_MINE, False),
        ("en", "the figures just don't add up, check again", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hant", "DLLM", Intent.ABUSE, True),
        ("zh_Hans", "rgkf", Intent.REQUEST_HUMAN, True),
    ],
)
def test_readings_kept_when_the_models_were_retrained_v36(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted
