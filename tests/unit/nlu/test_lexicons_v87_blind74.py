"""Lexicons v87, fitted on blind74's safety misses after its one run, in other words than
blind74's: a share stuck on top, a sum still owing after a year of paying, a sum paid "and not a
penny more", a hosepipe kept in the car, a family that will not have to worry, peace made before
going, a named agent told to ring, Nigerian Pidgin's "I no collect", no need to hold on, nothing
mattering with few days left, one's savings sent to a relative, the parents left to a brother,
papers written out for a relative, a matter or papers sent to the lawyer named before, a threat
to block the office, a counsellor negotiating with every creditor, an identity number not the
debtor's; with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "they bought my debt cheap and then slapped 25% on top, no way",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "how come there's still £420 owing? I've paid every month since March",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "I'll pay you 350 and not a penny more, that's what it was worth",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "I keep a hose pipe in the car now. just in case", Intent.SELF_HARM_RISK),
        (
            "en",
            "after Christmas the kids will never have to worry about me again",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "paying the rest today, it's the one thing left before I go. I've made peace with everything",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "Get Tom to phone me, he handled it before", Intent.REQUEST_HUMAN),
        ("en", "I no collect any money from una at all", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "实在不行我也没必要再熬下去了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "反正没几天了，利息多少都无所谓", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我啲積蓄全部轉晒俾家姐", Intent.SELF_HARM_RISK),
        ("zh_Hant", "以後阿媽就靠佢喇", Intent.SELF_HARM_RISK),
        ("zh_Hant", "啲密碼同保單我寫低晒交俾細佬", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我的律师是李律师，合同的事找他", Intent.OPT_OUT),
        ("zh_Hant", "代理人係陳律師，有咩信件寄畀佢", Intent.OPT_OUT),
        ("zh_Hans", "再发一次短信给我老婆，我就到你们公司堵人", Intent.OPT_OUT),
        ("zh_Hans", "社工现在代我跟各家银行谈", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "信上的身份证号码根本不是我的", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_blind74s_safety_misses_in_other_words_v87(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "they added 20 to my payment plan on top of the fee", Intent.DISPUTE_AMOUNT),
        ("en", "how is there a fee for paying early?", Intent.DISPUTE_AMOUNT),
        ("en", "I'll pay the 200 and the rest next month", Intent.DISPUTE_AMOUNT),
        ("en", "gave the dog to my sister for the week while I'm in Spain", Intent.SELF_HARM_RISK),
        ("en", "I'll get everything paid before I go on holiday", Intent.SELF_HARM_RISK),
        ("en", "can you only send the letter to my new address", Intent.OPT_OUT),
        ("zh_Hans", "帮我跟客服说声谢谢", Intent.SELF_HARM_RISK),
        ("zh_Hans", "工资转给我老婆了，她管钱", Intent.SELF_HARM_RISK),
        ("zh_Hans", "律师说这种事找他没用", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_stay_as_they_were_v87(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
