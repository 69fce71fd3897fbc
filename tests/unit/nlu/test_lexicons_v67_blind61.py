"""Lexicons v67, fitted on blind61 (a ninth representative month, no theme) after its one run, in
other words than blind61's: its safety misses as families — warning signs told through what the
debtor has done or arranged (accounts closed, a room taken, a photo chosen, words left for a
child, a sorry taken for the debt, the least painful way searched), threats whose condition
forbids a visit or a message, contact sent to a debt adviser or a lawyer's office, a complaint
escalated, and a borrower who left the company."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_read_in_words,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "聊天记录全删光了，微信也销户了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "訂咗間酒店房，需要的東西都準備好了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我给自己选好了一张照片，以后就用这张", Intent.SELF_HARM_RISK),
        ("zh_Hans", "帮我跟我儿子说，爸爸对不起他", Intent.SELF_HARM_RISK),
        ("zh_Hant", "同阿爸講咗好多次對唔住，佢仲以為我講緊欠債", Intent.SELF_HARM_RISK),
        ("zh_Hans", "最近老在网上搜什么办法最不痛苦", Intent.SELF_HARM_RISK),
        ("zh_Hans", "活着就是拖累，还不如走了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我要求升级投诉，这个处理不行", Intent.REQUEST_HUMAN),
        ("zh_Hans", "叫你们的人别再到我家门口蹲着", Intent.OPT_OUT),
        ("zh_Hans", "那个借款的前同事早就离职了，这是公司座机", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "AKPK幫緊我處理債務", Intent.LEGAL_REPRESENTATION),
        (
            "en",
            "I set up a plan with Credit Counselling Singapore last month",
            Intent.LEGAL_REPRESENTATION,
        ),
    ],
)
def test_blind61s_safety_misses_in_other_words_v67(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v67")


def test_jewellery_given_out_is_a_warning_sign_v67() -> None:
    # the giving-away entry's things gained jewellery, watches and rings in v67
    assert_read_in_words(
        "他把手表和戒指都送给了朋友", "zh_Hans", Intent.SELF_HARM_RISK, "giving_away"
    )


def test_not_turning_at_the_bend_is_a_warning_sign_v67() -> None:
    # v45's vehicle as the means gained the wheel not turned at a bend in v67
    text = "every night on the coast road I think about not steering at the corner"
    assert_read_in_words(text, "en", Intent.SELF_HARM_RISK, "the_vehicle_as_means_v45")


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the conditions of threats: v31's entry and v67's own (a visit seen again)
        ("zh_Hans", "敢再上门找我，我让你们躺着出去", Intent.ABUSE),
        ("zh_Hant", "再打嚟我屋企，我就去你哋公司潑油", Intent.ABUSE),
        ("zh_Hans", "你们再发一条短信，我就把你们员工的照片挂到网上", Intent.ABUSE),
        ("zh_Hant", "再讓我在樓下看到你們，我就找幾個人來收拾你們", Intent.ABUSE),
        (
            "en",
            "if another of your agents knocks on my door I'll set my dogs on them",
            Intent.ABUSE,
        ),
        # contact sent to the one acting for the debtor
        ("zh_Hans", "法律援助中心接手了，你们直接联系他们", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "律師樓會跟進，有事請找佢", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我请了律师，催收函请寄往律师事务所", Intent.LEGAL_REPRESENTATION),
        (
            "en",
            "my solicitor has the file now, please write to his office",
            Intent.LEGAL_REPRESENTATION,
        ),
    ],
)
def test_the_opt_out_is_kept_beside_v67(language: str, text: str, intent: Intent) -> None:
    assert_kept_beside(text, language, intent, Intent.OPT_OUT)


def test_a_case_handed_to_legal_aid_is_no_payment_v67() -> None:
    reading = read_as_figure_of_speech("這件事已經交咗俾法援", "zh_Hant", "_v67")
    assert Intent.ALREADY_PAID not in reading.signals
    assert Intent.LEGAL_REPRESENTATION in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "系统升级处理中，稍后再试", Intent.REQUEST_HUMAN),
        ("zh_Hans", "下周再打给我，我就有钱了", Intent.OPT_OUT),
        ("zh_Hans", "别在门口等，我马上下来", Intent.OPT_OUT),
        ("zh_Hans", "我会找人来处理你们的问题", Intent.ABUSE),
        ("zh_Hans", "有问题请找我", Intent.OPT_OUT),
        ("zh_Hans", "我把旧照片删了，换了新手机", Intent.SELF_HARM_RISK),
        ("en", "I set the dog on the sofa and answered the door", Intent.ABUSE),
    ],
)
def test_their_look_alikes_v67(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals


def test_a_photo_chosen_for_a_profile_is_no_photo_chosen_for_then_in_words_v67() -> None:
    # (the meaning model alone reads it as a warning sign at 0.72, which v67's net for warning
    # signs told through deeds lets through: corroboration.MEANING_ALONE; the words do not)
    text = "选好照片了，以后就用这张做头像"
    assert not lexicon_said(text, "zh_Hans", Intent.SELF_HARM_RISK)
