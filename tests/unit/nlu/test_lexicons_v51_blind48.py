"""Lexicons v51, fitted on blind48 (home and family money), in other words than blind48's: money
awaited from elsewhere is a payday (a tax refund, a deposit returned, a divorce payout, child
benefit, a daughter's wages passed on); family costs are other (a boiler, the heating cut off, a
wedding, school fees, nursery, a new baby, red packets, a relative's loan never repaid), an ex's
lawyer or maintenance and a partner gone with the children are divorce, a partner who quit to
look after the baby is income reduced; paying affirmed, the payoff figure asked, scorn asked as a
question, identity theft with forged papers, a card or SIM used by someone else and a forged
signature are read in words; the collector's words thrown back, someone told to stop calling the
bank, a name refused, "people say I'm bankrupt", a lawyer advised and not taken, and no human
wanted are figures of speech."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import HardshipReason, Intent
from tests.unit.nlu.support import assert_payday, read, read_as_figure_of_speech


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll settle it when my tax refund comes through"),
        ("en", "once I get my deposit back I'll pay the lot"),
        ("zh_Hans", "等退税到账我就还"),
        ("zh_Hans", "拆迁款下来就一次还清"),
        ("zh_Hant", "等個女人工過咗數俾我就還"),
    ],
)
def test_money_awaited_from_elsewhere_is_a_payday_v51(language: str, text: str) -> None:
    assert_payday(text, language)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "the boiler broke down last week, can I pay on the 20th", HardshipReason.OTHER),
        ("en", "our gas got cut off so I'm behind on everything", HardshipReason.OTHER),
        ("en", "can't pay yet, we paid for my sister's wedding", HardshipReason.OTHER),
        ("en", "school fees came out, can I pay 40 this week", HardshipReason.OTHER),
        ("zh_Hans", "下学期的学费要交，这个月还不了", HardshipReason.OTHER),
        ("zh_Hans", "朋友借了我三万一直没还，我也没钱了", HardshipReason.OTHER),
        ("zh_Hant", "宝宝剛出生，奶粉錢都唔夠，遲啲先還", HardshipReason.OTHER),
        (
            "en",
            "my ex's lawyer is holding up the sale, can I pay 50 a month",
            HardshipReason.DIVORCE,
        ),
        ("zh_Hans", "前妻的律师一直拖着，我现在只能先还一点", HardshipReason.DIVORCE),
        ("zh_Hant", "佢帶埋個仔走咗之後，我一個人供唔起", HardshipReason.DIVORCE),
        ("zh_Hans", "老公辞职在家带孩子，这个月只能还一半", HardshipReason.INCOME_REDUCED),
    ],
)
def test_home_and_family_money_is_read_as_its_reasons_v51(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a budget told is no cause (twelve earlier authors labelled none)
        ("zh_Hans", "每个月工资交完房租就剩几百块"),
        # a taxi driver's daily fee, and red-packet money as the source of a payment
        ("zh_Hans", "开出租的，这个礼拜份子钱都交不上了"),
        ("zh_Hans", "红包钱加上我自己攒的，一共能凑六千"),
        # child support stopped with no ex named (blind10's author: income reduced)
        ("en", "the child support stopped coming in august, i just dont have it"),
    ],
)
def test_what_only_looks_like_a_family_cause_is_not_read_as_one_v51(
    language: str, text: str
) -> None:
    assert read(text, language).reason not in (HardshipReason.OTHER, HardshipReason.DIVORCE)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "of course I'll pay, I'm just waiting on my wages", Intent.PROMISE_TO_PAY),
        ("en", "can you tell me the payoff figure please", Intent.ASK_BALANCE),
        ("en", "are you dense? I said friday", Intent.ABUSE),
        (
            "en",
            "the loan was opened using forged bank statements, I never applied",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("zh_Hans", "我小叔子偷用我的信用卡刷了八千", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "我的电话卡被人补办了，贷款不是我办的", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "合約上面的簽名係假嘅", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "去你的，爱咋咋地", Intent.ABUSE),
    ],
)
def test_their_intents_are_read_in_words_v51(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "Not paying? I never said that, I'll pay friday", Intent.DECLINE),
        (
            "en",
            "I told my mum to stop calling the lender, she means well. what do I owe?",
            Intent.OPT_OUT,
        ),
        ("en", "stop calling me a liar, I sent the receipt", Intent.OPT_OUT),
        ("zh_Hans", "朋友都笑我破产了，不过这个月照还", Intent.BANKRUPTCY),
        ("zh_Hans", "我不用人工，直接告诉我还差多少", Intent.REQUEST_HUMAN),
    ],
)
def test_their_look_alikes_are_figures_of_speech_v51(
    language: str, text: str, intent: Intent
) -> None:
    assert intent not in read_as_figure_of_speech(text, language, "_v51").signals


def test_a_lawyer_advised_to_scare_them_and_not_taken_is_none_v51() -> None:
    # lawyer_advice_not_taken_v46 widened: 搵律師嚇你哋, 冇謂
    text = "我個friend叫我搵律師嚇你哋，我覺得冇謂，聽日過數八百"
    reading = read_as_figure_of_speech(text, "zh_Hant", "lawyer_advice_not_taken_v46")
    assert Intent.LEGAL_REPRESENTATION not in reading.signals
