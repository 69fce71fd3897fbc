"""Lexicons v47, safety (the lead, after blind42's single run: money across borders, code-switched):
the warning signs, opt-outs and denials it missed — a relative's threat to take poison told by the
debtor, romanised Cantonese, 不如死了 after a 还不上, life without meaning, going quietly, a doubt of
being alive on the day a payment is promised, "dun want your msg", a relative's phone not to be
messaged, family abroad to be left alone, "I never owed you anything", charges that were someone
else's — in other words than blind42's; and its look-alikes (a lawyer, a person, a charge, a thing
not mine, an opt-out that belong to another matter or another body), with the safety readings
they must not take away."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read, read_as_figure_of_speech


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "my mum keeps saying she'll take all her sleeping pills if you call again",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "honestly seung sei already, cannot pay", Intent.SELF_HARM_RISK),
        ("zh_Hans", "儿子说工作找不到还不如死了算了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "欠了一身债，活着没有意义", Intent.SELF_HARM_RISK),
        ("zh_Hant", "做人都冇乜意思", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我唔想再 live 落去", Intent.SELF_HARM_RISK),
        ("zh_Hans", "只想静静地离开", Intent.SELF_HARM_RISK),
        ("zh_Hans", "下个月还你，不知道能不能活到那时", Intent.SELF_HARM_RISK),
        ("zh_Hant", "月尾我會還，我都唔知到時仲喺唔喺度", Intent.SELF_HARM_RISK),
        ("en", "don't want your reminders anymore", Intent.OPT_OUT),
        ("en", "do not call my wife about this loan", Intent.OPT_OUT),
        ("zh_Hans", "别再联系我在日本的女儿", Intent.OPT_OUT),
        ("zh_Hant", "唔好再提我啦", Intent.OPT_OUT),
        ("en", "i've never owed your bank a cent", Intent.DISPUTE_NOT_MINE),
        ("en", "those purchases were my brother, not me", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_warning_signs_and_refusals_across_borders_v47(
    language: str, text: str, intent: Intent
) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I'm seeing a visa lawyer next week about my permit", Intent.LEGAL_REPRESENTATION),
        ("en", "my uncle is a solicitor but he only does houses", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "下午要去律师事务所公证护照", Intent.LEGAL_REPRESENTATION),
        ("en", "the bank abroad told me I have to see a manager in person", Intent.REQUEST_HUMAN),
        ("zh_Hans", "银行说要去分行找柜员办", Intent.REQUEST_HUMAN),
        ("en", "my landlord got the deposit deduction wrong, so I'm short", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "仲介多收咗我兩千蚊，所以遲咗", Intent.DISPUTE_AMOUNT),
        ("en", "that number isn't mine, it's my flatmate's", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "钱转错人了，只能下周再还", Intent.DISPUTE_NOT_MINE),
        ("en", "my husband told the credit card people to stop calling", Intent.OPT_OUT),
        ("en", "killing myself with overtime so I can pay", Intent.SELF_HARM_RISK),
        ("en", "sorry, battery died last night", Intent.SELF_HARM_RISK),
    ],
)
def test_another_matter_or_body_is_no_safety_intent_v47(
    language: str, text: str, intent: Intent
) -> None:
    reading = read_as_figure_of_speech(text, language, "_v47")
    assert intent not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I have a lawyer now, talk to him", Intent.LEGAL_REPRESENTATION),
        ("en", "I want to talk to a real person", Intent.REQUEST_HUMAN),
        ("en", "your fees are wrong, I was overcharged", Intent.DISPUTE_AMOUNT),
        ("en", "this account isn't mine", Intent.DISPUTE_NOT_MINE),
        ("en", "stop calling me", Intent.OPT_OUT),
        ("en", "I'm thinking of killing myself", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我已经委托律师了", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "这个账户不是我的", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_the_safety_readings_stay_v47(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals
