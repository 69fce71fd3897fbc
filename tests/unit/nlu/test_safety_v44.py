"""Lexicons v44, safety: blind40's safety misses and false alarms as families — replies to the
bot's own questions mid-conversation, with the bot's words quoted back. A phrase in quotation
marks turned down right after them ("speak to a human"? nah; 「轉真人」？唔使; "不要再联系我"是发错群了)
does not count, whatever its entry — self-harm's excepted, whose quoted crisis question is a
figure of speech only when it is said to "you". A complaint about someone else or taken back at
once, the bot said to be enough, a lawyer as a likeness, another's bankruptcy, a number that is a
relative's, 我是本人, the bot's answer not fitting, a debit let run, "anyone there?" — and, read
now: a charity representing the debtor, someone asked for to look at the account, the charges
called wrong or "not that much", a figure far off, charges that should never have been there,
the thief's spending and a data leak, being found unconscious — in other words than the corpus
messages, with the look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # the bot's words quoted back and turned down
        ("en", '"talk to an agent"? nope, just tell me the balance', Intent.REQUEST_HUMAN, False),
        ("en", '"speak to a human"? yes please', Intent.REQUEST_HUMAN, True),
        ("en", '"stop calling me" - no need to repeat myself', Intent.OPT_OUT, True),
        ("zh_Hans", "“需要人工客服吗”？不用了，我自己能搞定", Intent.REQUEST_HUMAN, False),
        ("zh_Hans", "“人工客服”？要，马上转", Intent.REQUEST_HUMAN, True),
        ("zh_Hans", "刚才那句“别再打给我”是发错人了，抱歉，月底还", Intent.OPT_OUT, False),
        ("zh_Hans", "“别再打给我”，不用我说第二遍吧", Intent.OPT_OUT, True),
        ("zh_Hant", "「投訴」？我冇要投訴呀，月尾還錢", Intent.REQUEST_HUMAN, False),
        ("zh_Hant", "「要唔要轉職員」？唔使喇，照還", Intent.REQUEST_HUMAN, False),
        # a self-harm phrase is never cancelled by quotation and turning down alone
        ("zh_Hans", "“我不想活了”——不用劝我", Intent.SELF_HARM_RISK, True),
        ("en", '"I want to die" - nah, I mean it this time', Intent.SELF_HARM_RISK, True),
        # the bot's crisis question, said to "you"
        (
            "en",
            '"if you are having thoughts of hurting yourself" lol mate I\'m fine',
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("zh_Hans", "“如果你有结束生命的想法”……我挺好的，余额多少", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "我有伤害自己的想法", Intent.SELF_HARM_RISK, True),
        # found unconscious
        (
            "en",
            "my husband found me unconscious last night, please stop",
            Intent.SELF_HARM_RISK,
            True,
        ),
        ("zh_Hans", "我老婆昨晚发现我晕倒在浴室", Intent.SELF_HARM_RISK, True),
        # nothing left to hold on to (a farewell; the retrained models had lost it)
        ("zh_Hant", "狗仔都送咗俾朋友，我冇咩好牽掛", Intent.SELF_HARM_RISK, True),
        # a partner in prison, borne alone: neither fraud nor a warning sign (the retrained models
        # read both); no longer bearing it is one
        ("zh_Hant", "老公坐咗監，屋企得我自己一個撐", Intent.SELF_HARM_RISK, False),
        ("zh_Hant", "老公坐咗監，屋企得我自己一個撐", Intent.FRAUD_IDENTITY_THEFT, False),
        ("zh_Hant", "我自己一個撐唔住了", Intent.SELF_HARM_RISK, True),
        # a complaint about someone else, or taken back
        (
            "en",
            "the complaint's about my letting agent, not you. friday ok",
            Intent.REQUEST_HUMAN,
            False,
        ),
        ("en", "I want to complain about you to the ombudsman", Intent.REQUEST_HUMAN, True),
        (
            "en",
            "I was going to report you but nah, you've been fair. paying tuesday",
            Intent.REQUEST_HUMAN,
            False,
        ),
        ("zh_Hans", "要投诉的是物业，不是你们，周五还", Intent.REQUEST_HUMAN, False),
        ("zh_Hans", "我要投诉你们", Intent.REQUEST_HUMAN, True),
        ("zh_Hant", "話要去消委會投訴你哋係嬲嘅，下個月還", Intent.REQUEST_HUMAN, False),
        # the bot said to be enough; a person asked for to look at the account
        ("en", "the bot's fine, when's the next payment due?", Intent.REQUEST_HUMAN, False),
        ("en", "the bot is useless, I want a real person", Intent.REQUEST_HUMAN, True),
        ("zh_Hans", "不用转了，机器人蛮好用的", Intent.REQUEST_HUMAN, False),
        (
            "en",
            "I'd like a real person to look over my account please",
            Intent.REQUEST_HUMAN,
            True,
        ),
        ("zh_Hans", "就是想找个工作人员帮我查一下账户", Intent.REQUEST_HUMAN, True),
        # "anyone there?" is a hello
        ("zh_Hant", "喂？有冇人喺度", Intent.REQUEST_HUMAN, False),
        ("zh_Hant", "有冇人可以幫我？我要真人", Intent.REQUEST_HUMAN, True),
        # representation
        (
            "en",
            "National Debtline is representing me, go through them",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        (
            "en",
            "forward any correspondence to my representative please",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        ("en", "I want to speak to your representative", Intent.LEGAL_REPRESENTATION, False),
        ("en", "you write like a solicitor haha. ok, send it", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hant", "你講嘢好似律師咁，得啦照做", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我朋友让我找律师哈哈，我没有，先还三百", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我已经请了律师，以后跟律师联系", Intent.LEGAL_REPRESENTATION, True),
        # another's bankruptcy
        ("en", "my boss is going bankrupt, not me. can I pay 50?", Intent.BANKRUPTCY, False),
        ("en", "I'm going bankrupt, I can't pay anything", Intent.BANKRUPTCY, True),
        ("zh_Hans", "快破产的是我老板的公司，不是我", Intent.BANKRUPTCY, False),
        ("zh_Hans", "破产的是我朋友，不是我，我还欠多少", Intent.DISPUTE_NOT_MINE, False),
        # a number that is a relative's; identity confirmed
        ("en", "stop ringing this number, it's my son's phone", Intent.DISPUTE_NOT_MINE, False),
        ("en", "stop ringing this number, it's my son's phone", Intent.OPT_OUT, True),
        ("zh_Hans", "这个电话是我妈的，别再打了", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hans", "这个电话是我妈的，别再打了", Intent.OPT_OUT, True),
        ("zh_Hans", "您好，我就是本人", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hans", "我不是本人，你们找错人了", Intent.DISPUTE_NOT_MINE, True),
        # amounts disputed, and what only looks like it
        ("en", "these late fees are made up", Intent.DISPUTE_AMOUNT, True),
        ("en", "the penalty should never have been added", Intent.DISPUTE_AMOUNT, True),
        ("en", "I owe part of it, but not this much", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "你们说的余额跟我算的差很多", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hant", "我有收據證明冇欠咁多", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "滞纳金根本就不应该收", Intent.DISPUTE_AMOUNT, True),
        ("zh_Hans", "你们给的方案根本不适合我的情况，我要找人工", Intent.DISPUTE_AMOUNT, False),
        ("zh_Hans", "扣款照常扣可以，不用停", Intent.DISPUTE_AMOUNT, False),
        # the thief's spending, a data leak
        (
            "en",
            "the purchases were run up by whoever nicked my bag",
            Intent.FRAUD_IDENTITY_THEFT,
            True,
        ),
        (
            "en",
            "my info was leaked in a data breach, that loan isn't mine",
            Intent.FRAUD_IDENTITY_THEFT,
            True,
        ),
        ("zh_Hans", "那几笔是捡到我卡的人刷的", Intent.FRAUD_IDENTITY_THEFT, True),
        ("zh_Hans", "我的个人信息被盗了，这个账户不是我开的", Intent.FRAUD_IDENTITY_THEFT, True),
        # too many options, a plan asked for in writing
        ("en", "stop stop 😂 too many options, the 12 month one", Intent.OPT_OUT, False),
        ("en", "stop texting me, too many messages", Intent.OPT_OUT, True),
        ("zh_Hant", "好，寄份書面方案俾我", Intent.OPT_OUT, False),
        ("zh_Hans", "以后只寄书面的给我，不要打电话", Intent.OPT_OUT, True),
    ],
)
def test_safety_read_only_where_meant_v44(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "ok then, send the agreement over", Intent.AGREE),
        ("en", "just the six month one please", Intent.AGREE),
        ("zh_Hans", "行，发一份书面协议给我", Intent.AGREE),
        ("zh_Hans", "自动扣款照扣没问题", Intent.AGREE),
        ("zh_Hant", "喂，有冇人呀", Intent.GREETING),
        ("zh_Hans", "3号还800，18号再还800", Intent.COUNTER_OFFER),
        ("zh_Hans", "3号还了800，18号又还了800", Intent.ALREADY_PAID),
        # read again after the retraining with blind39 and blind40
        ("zh_Hans", "xs", Intent.THANKS),
        ("zh_Hans", "请问最低要还多少才能结清", Intent.ASK_QUESTION),
    ],
)
def test_what_the_reply_means_v44(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_weekdays_s_is_read_as_the_day_v44() -> None:
    understood = read("I said that about my landlord. tuesday's fine for the payment", "en")
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert understood.date is not None
    assert understood.date.date.isoformat() == "2026-11-24"


def test_a_quoted_phrase_turned_down_is_kept_as_a_suppressed_cue_v44() -> None:
    cues = read("「轉真人」？唔使，你覆得仲快", "zh_Hant").cues
    quoted = [cue for cue in cues if cue.signal == Intent.REQUEST_HUMAN.value]
    assert quoted
    assert all(cue.suppressed is not None for cue in quoted)
    assert any(cue.suppressed == "quoted" for cue in quoted)
