"""Lexicons v25: the non-safety intents and reasons blind21's misses showed (read after blind22 was
committed sealed), in other words than the corpus messages, with look-alikes that must keep their
reading."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v25_cues(text: str, language: str) -> list[str]:
    """The rules of the v25 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v25")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "can't pay 600 this week, how about 300", Intent.COUNTER_OFFER),
        ("en", "i can't afford 450 a month. 200 a month tho", Intent.COUNTER_OFFER),
        ("en", "phone me instead of emailing, i need a real person", Intent.REQUEST_HUMAN),
        ("en", "i'd rather get a call than texts", Intent.REQUEST_HUMAN),
        ("en", "i know what car you drive. keep it up", Intent.ABUSE),
        ("en", "I know where your kids go to school", Intent.ABUSE),
        ("en", "so is it still at $900 or is it more now?", Intent.ASK_BALANCE),
        ("zh_Hans", "艹，有完没完", Intent.ABUSE),
        ("zh_Hans", "操！又来催", Intent.ABUSE),
        ("zh_Hans", "要是我下个月晚几天还，会有什么后果", Intent.ASK_QUESTION),
        ("zh_Hans", "假如我每个月只还一部分会怎样", Intent.ASK_QUESTION),
        ("zh_Hant", "要係我遲幾日先還，會唔會影響信貸評級？", Intent.ASK_QUESTION),
        ("zh_Hant", "有沒有匯款帳號可以給我", Intent.ASK_QUESTION),
        ("zh_Hant", "請問有轉帳帳號嗎？", Intent.ASK_QUESTION),
    ],
)
def test_families_v25(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I paid the hospital bills already, nothing left for you"),
        ("zh_Hans", "我爸住院，医药费已经缴了两万，这个月还不上"),
        ("zh_Hant", "爸爸中風住院，看護費跟醫藥費花了十幾萬，存款都拿去繳了"),
    ],
)
def test_other_bills_paid_are_no_payment_v25(language: str, text: str) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert Intent.ALREADY_PAID not in understood.signals


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "my shifts got cut at the warehouse and i can barely cover rent",
            HardshipReason.INCOME_REDUCED,
        ),
        (
            "en",
            "the county yanked my vendor permit and my taco truck is basically dead",
            HardshipReason.BUSINESS_FAILURE,
        ),
        ("en", "my bakery is dead, had to close it for good", HardshipReason.BUSINESS_FAILURE),
        (
            "en",
            "threw my savings into a memecoin and it went to zero",
            HardshipReason.INVESTMENT_LOSS,
        ),
        (
            "en",
            "sank my whole savings into some token a guy at the gym hyped",
            HardshipReason.INVESTMENT_LOSS,
        ),
        (
            "en",
            "3 credit cards, 2 payday loans and a car note, the minimums eat my whole paycheck",
            HardshipReason.OVER_INDEBTED,
        ),
        (
            "en",
            "the minimum payments on my cards are more than i earn",
            HardshipReason.OVER_INDEBTED,
        ),
        (
            "en",
            "payroll messed up and my direct deposit never came through",
            HardshipReason.SALARY_DELAYED,
        ),
        (
            "en",
            "my paycheck got returned, they say it's a payroll error",
            HardshipReason.SALARY_DELAYED,
        ),
        ("zh_Hans", "台风过后屋顶塌了半边，家里一团糟", HardshipReason.DISASTER),
        ("zh_Hans", "暴雨把店淹了一半，货全泡了", HardshipReason.DISASTER),
        ("zh_Hans", "被骗走了三万，报警也追不回来", HardshipReason.OTHER),
        ("zh_Hant", "網拍遇到假買家，錢都被騙光了", HardshipReason.OTHER),
        ("zh_Hant", "在網路上買東西被騙了三萬，報警也追不回來，現在身上沒錢", HardshipReason.OTHER),
    ],
)
def test_reasons_v25(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a channel restricted, or contact stopped: still opt-outs
        ("en", "text me instead of calling", Intent.OPT_OUT),
        ("en", "stop texting me", Intent.OPT_OUT),
        ("en", "don't call me, text me instead", Intent.OPT_OUT),
        # a rising balance complained of: still a dispute
        ("en", "why did it go up again", Intent.DISPUTE_AMOUNT),
        ("en", "it went up again?! that's not what i owe", Intent.DISPUTE_AMOUNT),
        # the manager asked for, not threatened
        ("en", "i know who your manager is, put me through to him", Intent.REQUEST_HUMAN),
        # payments made, identities stolen, questions asked
        ("en", "I already paid 8萬 last week", Intent.ALREADY_PAID),
        ("en", "i already paid you 300 last week", Intent.ALREADY_PAID),
        ("en", "someone took a loan in my name", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "what happens if I pay late", Intent.ASK_QUESTION),
        ("zh_Hans", "能不能先还一半", Intent.COUNTER_OFFER),
        ("zh_Hans", "我这个月少还一点行吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "如果我死了会怎么样", Intent.SELF_HARM_RISK),
        ("zh_Hans", "怎么操作", Intent.ASK_QUESTION),
        ("zh_Hans", "操你妈", Intent.ABUSE),
        ("zh_Hans", "我妈住院了，上个月已经还了两千给你们", Intent.ALREADY_PAID),
        ("zh_Hans", "有人冒用我的名字借款，我已经报案了", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "我被骗了，骗子用我的身份证借了五千，已经报案了", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "我上禮拜已經付了8萬", Intent.ALREADY_PAID),
        ("zh_Hant", "我有繳了", Intent.ALREADY_PAID),
        ("zh_Hant", "我有繳費收據", Intent.ALREADY_PAID),
        ("zh_Hant", "有人冒用我的名字借了這筆錢，我已經報案了", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_look_alikes_keep_their_reading_v25(language: str, text: str, intent: Intent) -> None:
    assert lexicon_said(text, language, intent)
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "call me at 5pm"),
        ("en", "i can't pay 500 this month, 2 kids to feed"),
        ("en", "i lost my license"),
        ("en", "i lost my work permit so i can't work"),
        ("en", "my savings went to zero"),
        ("en", "i have a car loan and a mortgage"),
        ("en", "payroll is on friday, i'll pay then"),
        ("en", "my payment didn't go through"),
        ("zh_Hans", "别瞎操心"),
        ("zh_Hans", "操，我忘了还款"),
        ("zh_Hans", "我快被工作操死了，能不能先还一半"),
        ("zh_Hans", "这个月先还一半，剩下的下个月"),
        ("zh_Hant", "我有繳費，你們查一下"),
        ("zh_Hant", "被詐騙集團冒名申辦，已經有報案三聯單"),
    ],
)
def test_look_alikes_untouched_by_v25(language: str, text: str) -> None:
    assert _v25_cues(text, language) == []


def test_swear_before_ones_own_lapse_is_no_insult_v25() -> None:
    assert not lexicon_said("操，我忘了还款", "zh_Hans", Intent.ABUSE)
    assert read("操，我忘了还款", "zh_Hans").reason is HardshipReason.FORGOT


def test_refused_figure_keeps_the_refusal_v25() -> None:
    understood = read("there's no way i can pay 700. 350 maybe?", "en")
    assert understood.intent is Intent.COUNTER_OFFER
    assert Intent.DECLINE in understood.signals
