"""Lexicons v45, safety: blind41's self-harm misses as families — the self-employed, much of it
dictated by voice. A means named in the trade's own vehicle (steering the cab into a wall, letting
go of the wheel, 开车直接冲下桥) and a doubt of still being alive (if I'm still here by then, which I
doubt; not sure I'll make it to Christmas; 不知道自己还在不在; nothing in the world to stay for) — in
other words than the corpus messages, with the look-alikes that must keep their reading. Then the
plainest of its other safety misses: contact refused as "can you not…" or for every day (你们别天天
打电话来), a debt denied in the trade's words (never took any out, the previous owner's debt, a
brother's), a balance doubted or a figure corrected, "I am represented"."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("en", "some nights I think about steering the truck into the river", True),
        ("en", "when it gets bad i think about letting go of the wheel", True),
        ("en", "I drove the van into the garage and sorted the stock, 50 friday", False),
        ("en", "can pay 100 on the 1st if I'm still around by then, which I doubt", True),
        ("en", "honestly not sure i'll be here till new year", True),
        ("en", "not sure I'll make it to the end of the month on this money, 20 a week?", False),
        ("zh_Hans", "有时候真想开车直接冲下桥", True),
        ("zh_Hans", "骑电动车去送货，下周还五百", False),
        ("zh_Hans", "这个世界已经没什么值得留恋的了", True),
        ("zh_Hans", "先还三百，下个月不知道自己还在不在", True),
        ("zh_Hant", "唔知你哋公司仲喺唔喺度做", False),
    ],
)
def test_self_harm_read_only_where_meant_v45(language: str, text: str, wanted: bool) -> None:
    assert (Intent.SELF_HARM_RISK in read(text, language).signals) is wanted


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "can you please not text me anymore", Intent.OPT_OUT),
        ("zh_Hans", "能不能别天天打电话来，我在开车", Intent.OPT_OUT),
        ("en", "I never took any credit out, I just drive a cab", Intent.DISPUTE_NOT_MINE),
        ("en", "ill pay whats mine but that loan isnt", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "这铺子是我接手的，上一手的债不归我", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "欠數嗰個係我家姐，唔好再搵我", Intent.DISPUTE_NOT_MINE),
        ("en", "I don't think the balance is correct, it only goes up", Intent.DISPUTE_AMOUNT),
        ("en", "the van loan was 5k not 8k", Intent.DISPUTE_AMOUNT),
        ("en", "my 300 from last week hasn't come off the balance", Intent.DISPUTE_AMOUNT),
        ("en", "I'm legally represented now", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_safety_signals_read_v45(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


def test_ill_happily_is_no_illness_v45() -> None:
    assert read("ill happily pay 50 friday", "en").reason is None
