"""Lexicons v80, fitted on blind69's safety misses after its one run, in other words than
blind69's and by structure: contacts counted and then had enough of (sarcasm or fatigue with no
word of stopping), fatigue pleas, a day refused after the days allowed, a pause asked for a span,
the next contact named after a veiled threat, the matter sent up the chain, arrangements made
with what is left after them, things given away with "I won't need it", a debt denied after the
story of how it ended or passed to someone else, a payment not on the balance, a waiver that was
meant to happen, a payment counted late, a fee for what never came, the agent from last time by
surname, an association negotiating; with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "that's the third text this morning. how thoughtful. I get it", Intent.OPT_OUT),
        ("en", "Evenings are fine, just not weekends please", Intent.OPT_OUT),
        (
            "en",
            "I'll clear it on payday but I don't want any calls before then",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "We know where your office is. Remember that next time you ring my wife.",
            Intent.OPT_OUT,
        ),
        ("en", "could you put your phones down for a few days", Intent.OPT_OUT),
        ("zh_Hans", "每天三个电话，烦不烦啊", Intent.OPT_OUT),
        ("zh_Hans", "拜托让我喘口气几天", Intent.OPT_OUT),
        ("zh_Hans", "已经说了在外地出差，还天天催，能不能消停一下", Intent.OPT_OUT),
        ("zh_Hant", "你哋唔該留返啲力，我出糧先還", Intent.OPT_OUT),
        (
            "en",
            "can you bump this up the chain, the bot keeps going round in circles",
            Intent.REQUEST_HUMAN,
        ),
        ("zh_Hans", "上次那个姓陈的小姐很专业，还是找她吧", Intent.REQUEST_HUMAN),
        (
            "en",
            "Everything's sorted. I've made my arrangements. Sorry for the trouble.",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "吉他和相机都送给了侄子，我用不上了", Intent.SELF_HARM_RISK),
        (
            "en",
            "I paid it off and closed the card in 2021. Nothing on this account is mine.",
            Intent.DISPUTE_NOT_MINE,
        ),
        (
            "en",
            "I sent the mattress back within the 30 days and cancelled in writing, I owe nothing",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("zh_Hans", "房子连着贷款一起过户给我前夫了，欠的是他不是我", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "那张卡去年就注销了，这些我一概不认", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "车卖了，贷款由新车主承接了", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "My employer's payout covered two months and that's not reflected in the balance",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "the charges were supposed to be dropped once I signed the plan",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "上个月明明扣款成功了，你们还算我逾期", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "为什么扣我一笔文件处理费，我从来没收到过任何文件", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我找了消费者协会帮我协商", Intent.LEGAL_REPRESENTATION),
        (
            "zh_Hans",
            "租约退了，工也辞了，昨晚和朋友吃了顿散伙饭，你们爱怎么样就怎么样吧",
            Intent.SELF_HARM_RISK,
        ),
    ],
)
def test_blind69s_safety_misses_in_other_words_v80(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "this is my second text today, did you get my payment?", Intent.OPT_OUT),
        (
            "en",
            "weekdays are fine for the payment, not Sundays though, the bank is shut",
            Intent.OPT_OUT,
        ),
        ("en", "I'll pass it up the chain at my work to get the payslip", Intent.REQUEST_HUMAN),
        (
            "en",
            "I've made my arrangements with StepChange, they'll write to you",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "there is no debt I can't handle, I just need a week", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "that's not on this balance yet because I only paid this morning, right?",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "一天三顿饭都吃不起了，好烦", Intent.OPT_OUT),
        ("zh_Hans", "我想让我女儿清净几天再跟她说", Intent.OPT_OUT),
        ("zh_Hans", "欠的是我，不是我老公，别找他", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "还算我逾期的话，征信会不会受影响？", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "離咗婚，贍養費都未收到，手頭好緊", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "旧手机送给我妈了，我用不着了，换了新的", Intent.SELF_HARM_RISK),
        ("zh_Hans", "上次那个姓王的客服说可以分期，我跟他说好了", Intent.REQUEST_HUMAN),
        ("zh_Hans", "猫托给邻居几天，我去出差", Intent.SELF_HARM_RISK),
        ("zh_Hant", "退咗租，辭咗工，同朋友食咗餐散水飯，下個月移民英國", Intent.SELF_HARM_RISK),
        ("zh_Hans", "工辞了，和同事吃了顿散伙饭，下周去深圳新公司报到", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_stay_as_they_were_v80(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


def test_a_threats_reminder_keeps_the_opt_out_beside_the_abuse_v80() -> None:
    text = "We know where your office is. Remember that next time you ring my wife."
    assert lexicon_said(text, "en", Intent.ABUSE)
    assert_kept_beside(text, "en", Intent.ABUSE, Intent.OPT_OUT)
