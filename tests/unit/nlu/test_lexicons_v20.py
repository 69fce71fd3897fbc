"""Lexicons v20 (begun): the safety families blind16's misses showed (read after blind17 was
committed sealed), with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I just want the texts to stop, that's all", Intent.OPT_OUT),
        ("en", "please cease contacting us directly", Intent.OPT_OUT),
        ("en", "you've texted 6 times today. enough. stop!", Intent.OPT_OUT),
        ("en", "not discussing my finances with some robot", Intent.REQUEST_HUMAN),
        ("zh_Hans", "过了这个月你们也找不到我了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我不叫李明，你们找错人了", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "唔該刪咗我個電話號碼", Intent.OPT_OUT),
        ("zh_Hans", "信上写5000，短信又说4800，到底哪个对", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_families_v20(language: str, text: str, intent: Intent) -> None:
    assert intent in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        ("en", "the bot was helpful, I'll pay 200 friday", Intent.REQUEST_HUMAN),
        ("en", "enough about fees, what's the payoff", Intent.OPT_OUT),
        ("zh_Hans", "过了周五我就搬家了，新地址发给你们", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我是他女儿，他叫张伟，我替他还", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "短信写5000，我这周先还一半", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_v20(language: str, text: str, unwanted: Intent) -> None:
    assert unwanted not in read(text, language).signals


def test_not_refusing_is_no_wrong_name_v20() -> None:
    assert Intent.DISPUTE_NOT_MINE not in read("我不是不还，是真的还不起", "zh_Hans").signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "my husband took care of it last week, all 500", Intent.ALREADY_PAID),
        ("en", "I paid it on monday!! check your records", Intent.ALREADY_PAID),
        ("en", "letter said 900, is that still the balance", Intent.ASK_BALANCE),
        ("en", "what if we split the 1,200 into 4 payments", Intent.COUNTER_OFFER),
        ("en", "you're all a bunch of losers", Intent.ABUSE),
        ("en", "your numbers are off, you never applied my $40 refund", Intent.DISPUTE_AMOUNT),
        ("en", "not interested in your offer of 300 a month", Intent.DECLINE),
        ("en", "will do the 150 by monday at the latest", Intent.PROMISE_TO_PAY),
        ("en", "never dealt with this company in my life, wrong person", Intent.DISPUTE_NOT_MINE),
        ("en", "the website is killing me, where's the pay button?", Intent.ASK_QUESTION),
        ("en", "I'm totally tapped out, can't do it", Intent.HARDSHIP),
        ("en", "call again and I'll throw a brick through your window", Intent.ABUSE),
        ("en", "whoever made this is a brain dead idiot", Intent.ABUSE),
        ("zh_Hans", "行吧，认了，按合同来", Intent.AGREE),
        ("zh_Hans", "罚息能不能少一点，我下周一次还清", Intent.COUNTER_OFFER),
        ("zh_Hans", "周三保证到账，一共五千", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "晚上好呀", Intent.GREETING),
        ("zh_Hans", "别再加我微信了", Intent.OPT_OUT),
        ("zh_Hans", "这个表格姓名填哪里？", Intent.ASK_QUESTION),
        ("zh_Hant", "你哋敢上門試試，叫你哋橫著出去", Intent.ABUSE),
        ("zh_Hant", "一次過還清要幾多錢", Intent.ASK_BALANCE),
        ("zh_Hant", "俾你八千當搞掂佢好唔好", Intent.COUNTER_OFFER),
        ("zh_Hant", "利息唔要嘅話，我月尾還晒本金", Intent.COUNTER_OFFER),
        ("zh_Hant", "下個禮拜還埋剩低嗰啲", Intent.PROMISE_TO_PAY),
    ],
)
def test_other_intents_v20(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "my hubby had surgery, money is tight", HardshipReason.FAMILY_EMERGENCY),
        ("en", "I'll pay once my unemployment check comes through", HardshipReason.UNEMPLOYMENT),
        ("zh_Hans", "我开的饭店前年倒了，现在打零工", HardshipReason.BUSINESS_FAILURE),
        ("zh_Hans", "我女儿确诊白血病，钱都花光了", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "公司裁员，老婆也带着孩子走了", HardshipReason.UNEMPLOYMENT),
        ("zh_Hant", "我份工冇咗，真係冇錢", HardshipReason.UNEMPLOYMENT),
    ],
)
def test_reasons_v20(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("en", "I'll take care of it on friday", Intent.PROMISE_TO_PAY),
        ("en", "I never applied for this loan", Intent.DISPUTE_NOT_MINE),
        ("en", "this debt is killing me", Intent.HARDSHIP),
        ("en", "no way I can pay that much this month", Intent.DECLINE),
        ("en", "you brain dead morons, I just want to end it all", Intent.SELF_HARM_RISK),
        (
            "en",
            "I've never felt this low in my life, I don't want to be here anymore",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "别再加利息了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "机器人听不懂，给我转客服", Intent.REQUEST_HUMAN),
        ("zh_Hans", "他带孩子走了，我一个人活不下去了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "機械人唔明我講乜，搵個同事覆我啦", Intent.REQUEST_HUMAN),
    ],
)
def test_look_alikes_keep_their_reading_v20(language: str, text: str, wanted: Intent) -> None:
    assert wanted in read(text, language).signals


def test_a_bereavement_stays_a_bereavement_v20() -> None:
    assert read("我妈上个月走了，实在没心思", "zh_Hans").reason is HardshipReason.BEREAVEMENT
