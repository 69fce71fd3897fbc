"""Lexicons v37, safety: blind33's safety misses as families — "top myself", someone acting as
the debtor, a debt never the writer's, the written plan's figures disputed, a rip-off, figures
that do not match (and their "wrong number"/打错), a record behind the instalments paid, a person
asked for to talk it over, a lawyer asking that the client not be contacted, a court's debt
clearing — in other words than the corpus messages, with look-alikes that must keep their
reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "honestly thinking of topping myself", Intent.SELF_HARM_RISK),
        ("en", "some guy posing as me set up this plan", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "my ex opened it using my details", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "cancel it. this was never my account", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "the schedule you emailed me is wrong, it should be 90 a week",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "we signed for 120 a month, not 160", Intent.DISPUTE_AMOUNT),
        ("en", "charging 40% is predatory and illegal", Intent.DISPUTE_AMOUNT),
        ("en", "the balance on the letter doesn't match what we agreed", Intent.DISPUTE_AMOUNT),
        ("en", "I've paid 4 payments and your app shows 3", Intent.DISPUTE_AMOUNT),
        ("en", "we're in a consumer proposal now, talk to the trustee", Intent.BANKRUPTCY),
        ("zh_Hans", "这数不对，我想找个负责人谈", Intent.REQUEST_HUMAN),
        ("zh_Hant", "金額對唔上，你哋打錯咗", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "账单明显打错了，多了一个零", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我都还了8期了，app上才显示7期", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "敬請勿再直接致電我的當事人", Intent.OPT_OUT),
        ("zh_Hant", "我已經聲請消債，法院受理了", Intent.BANKRUPTCY),
        ("zh_Hans", "我申请了个人债务清理", Intent.BANKRUPTCY),
    ],
)
def test_safety_families_v37(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "need to top myself up with credit first, then I'll pay", Intent.SELF_HARM_RISK),
        ("en", "the total doesn't match, wrong number", Intent.DISPUTE_NOT_MINE),
        ("en", "it was never my intention to miss it", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "对不上，谁打错了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "幫我轉真人，唔係我就熄機", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_look_alikes_keep_their_reading_v37(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "wrong number", Intent.DISPUTE_NOT_MINE),
        ("en", "I want to die", Intent.SELF_HARM_RISK),
        ("en", "goodbye everyone, I won't be here tomorrow", Intent.SELF_HARM_RISK),
        ("en", "I don't want to hear from you again", Intent.OPT_OUT),
        ("zh_Hans", "你们打错电话了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "唔係我嘅", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "呢筆唔係我借嘅", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_the_plain_readings_stay_v37(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # exasperation at an app, a child's tantrum laughed off, bankruptcy ruled out, settled
        (
            "en",
            "kill me now, the website crashed again. how do I pay",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "kill me now", Intent.SELF_HARM_RISK, True),
        (
            "en",
            "my daughter yelled she'd die without her phone haha. anyway paid the 60",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "my son said he wants to die", Intent.SELF_HARM_RISK, True),
        (
            "zh_Hans",
            "我儿子刚才闹着说不给他玩游戏就去死，哈哈，不管他",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("zh_Hans", "我儿子说他想去死", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "放心，我唔會申請破產，下個月照還", Intent.BANKRUPTCY, False),
        ("zh_Hant", "我要聲請破產", Intent.BANKRUPTCY, True),
        ("en", "we owe you nothing anymore, it was settled in May", Intent.DISPUTE_NOT_MINE, False),
        ("en", "I owe you nothing, I never had an account with you", Intent.DISPUTE_NOT_MINE, True),
        ("zh_Hans", "我哥是律师，他说这个利息不合法", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我哥是律师，以后你们找他谈", Intent.LEGAL_REPRESENTATION, True),
        # what both models read differently once retrained with blind33, written into the lexicons
        ("en", "email only please, the calls stress me out", Intent.OPT_OUT, True),
        ("en", "let me think it over", Intent.DECLINE, False),
        ("en", "i'll think about it but it's probably a no", Intent.DECLINE, True),
        ("en", "are the late fees listed in the contract?", Intent.DISPUTE_AMOUNT, False),
        ("zh_Hant", "可唔可以報個total數俾我", Intent.ASK_BALANCE, True),
        ("zh_Hans", "发一下你们的还款账户给我", Intent.REQUEST_HUMAN, False),
        ("zh_Hans", "我要找人工客服", Intent.REQUEST_HUMAN, True),
        ("zh_Hans", "不行，就按月，按之前说好的", Intent.AGREE, False),
    ],
)
def test_safety_read_only_where_meant_v37(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted
