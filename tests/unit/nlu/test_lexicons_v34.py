"""Lexicons v34: the non-safety intents and reasons blind30's misses showed, and bankruptcy asked
about rather than said, in other words than the corpus messages, with look-alikes that must keep
their reading (above all the real bankruptcy, lawyer, not-mine and self-harm readings)."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v34_cues(text: str, language: str) -> list[str]:
    """The rules of the v34 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v34")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # an offer beside someone else's bankruptcy or someone else who is a lawyer
        (
            "en",
            "the bakery I worked at went bankrupt, so could I do 40 a month?",
            Intent.COUNTER_OFFER,
        ),
        (
            "en",
            "my brother is an attorney and he thinks the debt is valid. ok 90 a month",
            Intent.COUNTER_OFFER,
        ),
        # the interest frozen as the condition of an offer
        ("en", "can you freeze the interest and then I can pay 60 a week", Intent.COUNTER_OFFER),
        ("en", "I'll pay 80 a week if you freeze the interest", Intent.COUNTER_OFFER),
        # a deferral then the whole sum, asked; another day of the month asked
        ("en", "postponement until february then the full amount?", Intent.COUNTER_OFFER),
        ("en", "fine by me, but could we move my due date to the 15th", Intent.COUNTER_OFFER),
        # a sum put up and its acceptance asked; a plan with a bare tag; a wait then the payment
        ("zh_Hans", "这个月底一次性还两千八，能接受吗", Intent.COUNTER_OFFER),
        ("zh_Hant", "下個月一次過還兩萬，可唔可以接受", Intent.COUNTER_OFFER),
        ("zh_Hans", "先还五百，剩下的下个月还，成不", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能宽限到下月20号再一次性还清", Intent.COUNTER_OFFER),
        ("zh_Hant", "可唔可以等到月尾先一次過還", Intent.COUNTER_OFFER),
        # the summary confirmed
        ("en", "yes, all the details are correct", Intent.AGREE),
        ("zh_Hans", "确认，以上资料都正确", Intent.AGREE),
        ("zh_Hant", "確認，以上資料都啱", Intent.AGREE),
        # thanks, then a refusal
        ("en", "thank you, but I'll pass", Intent.DECLINE),
        ("en", "appreciate it but not interested", Intent.DECLINE),
        ("zh_Hans", "谢谢你，但是暂时不需要", Intent.DECLINE),
        ("zh_Hant", "多謝晒，不過唔使喇", Intent.DECLINE),
        # a transfer promised in Cantonese after a refusal of today
        ("zh_Hant", "今晚唔得，後日轉數俾你", Intent.PROMISE_TO_PAY),
        # how the plan is set up, and whether the collector is genuine, asked
        ("en", "is texting enough to arrange it?", Intent.ASK_QUESTION),
        ("zh_Hans", "这该不会是诈骗吧？", Intent.ASK_QUESTION),
        ("zh_Hans", "我怎么知道你们是正规的", Intent.ASK_QUESTION),
        ("zh_Hant", "你哋係咪呃人㗎？", Intent.ASK_QUESTION),
        # back in the chat
        ("en", "hey sorry, I'm back. had to pick up my kids", Intent.GREETING),
        # identity theft by a relative, a wallet stolen
        (
            "en",
            "my sister took out this loan in my name while I was in hospital",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        ("en", "someone stole my wallet in may and ran up the card", Intent.FRAUD_IDENTITY_THEFT),
    ],
)
def test_families_v34(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # the employer's bankruptcy: the job lost or the wages held name the cause
        (
            "en",
            "the warehouse my husband worked at went bankrupt, he's out of work now",
            HardshipReason.UNEMPLOYMENT,
        ),
        (
            "en",
            "my employer filed for bankruptcy and we haven't been paid",
            HardshipReason.SALARY_DELAYED,
        ),
        ("en", "I'm a pensioner and my electric bill just tripled", HardshipReason.OTHER),
        ("en", "rent took every penny I made this month", HardshipReason.OTHER),
        ("zh_Hans", "包工头跑路了，工资一分钱都没拿到", HardshipReason.SALARY_DELAYED),
    ],
)
def test_reasons_v34(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.HARDSHIP
    assert understood.reason is reason
    assert Intent.BANKRUPTCY not in understood.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what would happen to this debt if I filed for bankruptcy?"),
        ("en", "if I declared bankruptcy would I still have to pay this?"),
        ("zh_Hans", "如果破产了，这笔债是不是就不用还了？"),
        ("zh_Hant", "如果破產咗，呢筆數使唔使還？"),
    ],
)
def test_bankruptcy_asked_about_not_said_v34(language: str, text: str) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.ASK_QUESTION
    assert Intent.BANKRUPTCY not in understood.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "你们是不是骗子啊？你们真是银行的人？"),
        ("zh_Hant", "你哋係咪呃人㗎？"),
    ],
)
def test_a_scam_checked_is_no_denial_v34(language: str, text: str) -> None:
    assert Intent.DISPUTE_NOT_MINE not in read(text, language).signals


def test_someone_elses_lawyer_is_no_representation_v34() -> None:
    text = "my brother is an attorney and he thinks the debt is valid. ok 90 a month"
    assert not lexicon_said(text, "en", Intent.LEGAL_REPRESENTATION)
    assert Intent.LEGAL_REPRESENTATION not in read(text, "en").signals


def test_paying_tonight_is_no_warning_sign_v34() -> None:
    understood = read("tonight. I'll send it tonight once I'm paid", "en")
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert Intent.SELF_HARM_RISK not in understood.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # bankruptcy said, or asked without the debt's fate: it stays bankruptcy
        ("en", "I'm going bankrupt", Intent.BANKRUPTCY),
        ("en", "I filed for bankruptcy in may", Intent.BANKRUPTCY),
        ("en", "what happens if I file for bankruptcy? I'm filing next week", Intent.BANKRUPTCY),
        ("en", "if I file for bankruptcy, does this go away?", Intent.BANKRUPTCY),
        ("zh_Hans", "我已经申请破产了，这笔钱还要还吗？", Intent.BANKRUPTCY),
        ("zh_Hans", "如果申请破产会怎样？", Intent.BANKRUPTCY),
        # one's own lawyer, or a relative who is one and acts, stays representation
        (
            "en",
            "my brother is a lawyer and he'll be handling this from now on",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "my lawyer says I don't owe it", Intent.LEGAL_REPRESENTATION),
        # a debt denied beside the scam check stays not-mine
        ("zh_Hans", "这不是我借的，你们是不是骗子？", Intent.DISPUTE_NOT_MINE),
        # the compounding disputed without an offer stays a dispute
        ("en", "stop compounding the interest", Intent.DISPUTE_AMOUNT),
        # a payment on a day said, not asked, stays a promise
        ("en", "I'll pay it all on the 15th", Intent.PROMISE_TO_PAY),
        # an assent without a question stays one; a transfer made stays paid
        ("en", "ok, set it up", Intent.AGREE),
        ("zh_Hant", "我已經轉咗俾你", Intent.ALREADY_PAID),
        # thanks alone stays thanks; "no rush" is no refusal
        ("en", "thanks", Intent.THANKS),
        ("zh_Hans", "谢谢", Intent.THANKS),
        ("en", "thanks but no rush, I'll pay friday", Intent.PROMISE_TO_PAY),
        # a relative in hospital stays a family emergency; one's own business a business failure
        ("en", "my brother is in the hospital so I can't pay", Intent.HARDSHIP),
        ("en", "my business went bankrupt last year", Intent.HARDSHIP),
        # self-harm beside a payment tonight keeps its reading
        ("en", "tonight is the night I end it all", Intent.SELF_HARM_RISK),
        ("en", "I'll pay tonight. sorry for everything", Intent.SELF_HARM_RISK),
    ],
)
def test_look_alikes_keep_their_reading_v34(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_business_of_ones_own_stays_its_failure_v34() -> None:
    assert (
        read("my business went bankrupt last year", "en").reason is HardshipReason.BUSINESS_FAILURE
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # asked, denied or followed by a change, the details are not confirmed
        ("en", "is everything in the summary right?"),
        ("en", "the details are not right"),
        ("en", "all the details are correct except can the payments be 75"),
        ("zh_Hans", "信息都对吗？"),
        ("zh_Hans", "资料都不对"),
        ("zh_Hans", "信息都对，但是每月能不能少点"),
        # a refusal said, not asked
        ("zh_Hans", "三千你们都不接受吗？"),
        ("zh_Hans", "还不起，行不行"),
        ("zh_Hans", "这个办法行不通"),
        ("zh_Hans", "能不能等到下个月再说"),
        # an accusation, not a check
        ("zh_Hans", "你们就是骗子！"),
        ("zh_Hans", "这不是诈骗是什么？"),
        ("zh_Hant", "你們是騙子吧"),
        # the landlord's threat alone; bankruptcy said
        ("en", "my landlord threatened to change the locks if rent isn't paid"),
        ("en", "I filed for bankruptcy in may"),
        ("en", "I'm going bankrupt"),
        ("zh_Hans", "如果申请破产会怎样？"),
        ("zh_Hans", "我已经申请破产了，这笔钱还要还吗？"),
        # back at work, not back in the chat
        ("en", "I'm back at work now so I can pay 100"),
        # a wallet lost, not stolen; a loan taken out together
        ("en", "I lost my wallet last week"),
        ("en", "my brother opened this with me years ago"),
        # a relative's lawyer who acts
        ("en", "my brother is a lawyer and he'll be handling this from now on"),
        # a transfer made or asked about
        ("zh_Hant", "我已經轉咗俾你"),
        ("zh_Hant", "點樣轉俾你？"),
        # tonight beside a warning sign
        ("en", "I'll pay tonight. sorry for everything"),
    ],
)
def test_look_alikes_untouched_by_v34(language: str, text: str) -> None:
    assert _v34_cues(text, language) == []
