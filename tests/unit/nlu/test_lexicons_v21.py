"""Lexicons v21: the non-safety families blind17's misses showed (read after blind18 was committed
sealed), each in other words than the corpus message and in the other languages, with look-alikes
that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the message said to have arrived: a hello
        ("en", "hi, received your email", Intent.GREETING),
        ("zh_Hans", "收到你们的短信了", Intent.GREETING),
        # the balance asked to be confirmed, for oneself or a relative, or asked back with its figure
        ("en", "can you confirm the current balance please", Intent.ASK_BALANCE),
        ("en", "my grandpa wants to know how much he still owes", Intent.ASK_BALANCE),
        ("zh_Hans", "麻烦核实一下余额", Intent.ASK_BALANCE),
        ("zh_Hant", "仲係欠你哋5000咩？", Intent.ASK_BALANCE),
        # a payment made, its figure or kind between
        ("en", "we made the $150 payment on monday", Intent.ALREADY_PAID),
        ("en", "my dad made the last payment yesterday", Intent.ALREADY_PAID),
        # a promise whose time asked for only explains it, or closed with "ok?" and no figure
        ("en", "I'll pay it all by the 15th, just need a bit more time", Intent.PROMISE_TO_PAY),
        ("en", "ill pay after payday, okay?", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "我保证下周还清，只是需要多一点时间", Intent.PROMISE_TO_PAY),
        # a payment first thing on a day to come; 把…还了 after a day to come
        ("zh_Hans", "后天一早就转给你们", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "下周五把剩下的都还了", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "月尾我會一次過還晒俾你", Intent.PROMISE_TO_PAY),
        # threats
        (
            "en",
            "if your collector comes to my door again he'll be leaving in a body bag",
            Intent.ABUSE,
        ),
        ("zh_Hans", "再上门就让你们躺着出去", Intent.ABUSE),
        ("zh_Hans", "你们再打来，我就给你们点颜色看看", Intent.ABUSE),
        ("zh_Hans", "有种你们就上门来打我", Intent.ABUSE),
        ("zh_Hans", "傻叉客服", Intent.ABUSE),
        # where to pay, the payee's details, what the collector will do: questions
        ("en", "where can I pay this", Intent.ASK_QUESTION),
        ("zh_Hant", "喺邊度交錢？", Intent.ASK_QUESTION),
        ("zh_Hans", "你们的收款户名是什么", Intent.ASK_QUESTION),
        ("en", "will you send someone to my house if I miss this?", Intent.ASK_QUESTION),
        ("zh_Hans", "会不会派人上门？", Intent.ASK_QUESTION),
        # the consequence of not paying asked, no hardship said
        ("en", "what would happen if we can't make the payments?", Intent.ASK_QUESTION),
        ("zh_Hans", "要是还不起会上门吗", Intent.ASK_QUESTION),
        # loans taken with the debtor's phone or face by someone else
        ("en", "my nephew grabbed my phone and applied for two loans", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hans", "我侄子偷了我的手机借了好几笔", Intent.FRAUD_IDENTITY_THEFT),
        # refusals
        ("zh_Hant", "每個月一萬？你哋發夢咩", Intent.DECLINE),
        ("zh_Hant", "呢個月冇打算俾，唔使等", Intent.DECLINE),
        # a day refused with no money: hardship, not a promise
        ("en", "can't pay today, only have $8 left", Intent.HARDSHIP),
        ("zh_Hans", "今天实在还不上，卡里只剩50块", Intent.HARDSHIP),
        # money spent; unable, not unwilling
        ("zh_Hans", "钱都已经用完了", Intent.HARDSHIP),
        ("zh_Hant", "唔係我唔肯還，真係冇錢", Intent.HARDSHIP),
        # thanks for time given
        ("en", "thank you for the extension", Intent.THANKS),
        ("zh_Hans", "多谢你们给我延期几天", Intent.THANKS),
        # a command to a phone's assistant
        ("en", "hey alexa play some music", Intent.UNKNOWN),
    ],
)
def test_families_v21(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_a_refusal_that_trails_off_is_a_refusal_and_may_be_a_warning_sign() -> None:
    # "so I won't" ends like "I won't be around": both models read a warning sign in it
    # (corroboration.py), which outranks the refusal the lexicon found
    reading = read("the forum says this debt is too old to collect, so I won't", "en")

    assert lexicon_said(
        "the forum says this debt is too old to collect, so I won't", "en", Intent.DECLINE
    )
    assert Intent.DECLINE in reading.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my sister is an attorney and she says you can't collect this, so I won't pay"),
        ("zh_Hans", "我同学是律师，他说这种网贷可以不还，所以我不还了"),
    ],
)
def test_a_lawyer_friend_s_advice_is_no_representation_v21(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.DECLINE
    assert Intent.LEGAL_REPRESENTATION not in reading.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my mom is going to kill me when she sees this bill"),
        ("zh_Hans", "我老婆会打死我的"),
    ],
)
def test_someone_s_anger_is_a_figure_of_speech_v21(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


def test_a_refused_day_is_kept_as_the_day_of_the_refusal_v21() -> None:
    reading = read("今日真係還唔到，得返五十蚊", "zh_Hant")
    assert reading.intent is Intent.HARDSHIP
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 18)


def test_since_a_day_dates_no_promise_v21() -> None:
    reading = read("my wife has been in hospital since tuesday, please give me time", "en")
    assert reading.intent is Intent.HARDSHIP
    assert reading.date is None


def test_mingr_is_tomorrow_v21() -> None:
    reading = read("明儿还你500", "zh_Hans")
    assert reading.date is not None
    assert reading.date.date == date(2026, 11, 19)
    assert read("他很聪明儿子也乖", "zh_Hans").date is None


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "I've got 4 credit cards and 2 payday loans, all maxed",
            HardshipReason.OVER_INDEBTED,
        ),
        ("zh_Hans", "两张信用卡三个网贷，实在顶不住", HardshipReason.OVER_INDEBTED),
    ],
)
def test_reasons_v21(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "unwanted"),
    [
        ("en", "never got your text", Intent.GREETING),
        ("en", "I'll make the $150 payment on monday", Intent.ALREADY_PAID),
        ("en", "if I made the $150 payment monday would that work", Intent.ALREADY_PAID),
        ("en", "my dad left in an ambulance last night, can't pay this week", Intent.ABUSE),
        ("zh_Hans", "我发梦都想还清", Intent.DECLINE),
        ("zh_Hans", "我不会让你后悔的，下周一定还", Intent.ABUSE),
        ("zh_Hans", "哪还有钱还你们", Intent.ASK_QUESTION),
        ("zh_Hant", "唔係我唔肯還，真係冇錢", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "5000这么多？还要一次还清？做不到", Intent.DISPUTE_AMOUNT),
    ],
)
def test_look_alikes_v21(language: str, text: str, unwanted: Intent) -> None:
    assert unwanted not in read(text, language).signals


def test_one_s_own_phone_used_is_no_identity_theft_v21() -> None:
    text = "I used my phone to take out the loan myself"
    assert not lexicon_said(text, "en", Intent.FRAUD_IDENTITY_THEFT)


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("en", "got your letter, is this about my car loan?", Intent.ASK_QUESTION),
        ("en", "I'll pay half now, ok?", Intent.COUNTER_OFFER),
        ("en", "I just need a little more time", Intent.COUNTER_OFFER),
        ("en", "thanks, can I get an extension?", Intent.COUNTER_OFFER),
        ("zh_Hans", "谢谢，能不能再宽限几天", Intent.COUNTER_OFFER),
        ("zh_Hant", "一筆過清晒得唔得？", Intent.COUNTER_OFFER),
        ("en", "can't pay today but I get paid friday, I'll send it then", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "今天还不了，周五发工资就还", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "我一早就给你们转了", Intent.ALREADY_PAID),
        ("zh_Hans", "上周五就把剩下的都还了", Intent.ALREADY_PAID),
        ("zh_Hans", "钱已经转过去了", Intent.ALREADY_PAID),
        # v49: a cause told beside a question is the question (the corpus conventions)
        ("en", "I lost my job, what happens if I can't pay?", Intent.ASK_QUESTION),
        ("en", "ok google stop texting me", Intent.OPT_OUT),
        ("zh_Hant", "唔係我借嘅", Intent.DISPUTE_NOT_MINE),
        ("en", "my brother is a lawyer, contact him from now on", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我朋友是律师，已经在帮我代理这件事了", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我表哥是律师", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_look_alikes_keep_their_reading_v21(language: str, text: str, wanted: Intent) -> None:
    assert read(text, language).intent is wanted


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my boss is going to kill me, and honestly I want to die"),
        ("zh_Hans", "如果还不上，我就只能去死了"),
    ],
)
def test_a_warning_sign_beside_a_figure_still_counts_v21(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


def test_a_dispute_beside_so_much_still_counts_v21() -> None:
    assert Intent.DISPUTE_AMOUNT in read("4800这么多？我只借了两千，不可能", "zh_Hans").signals


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok I'm done. I'm seeing a lawyer tomorrow and from then on you deal with him", None),
        ("I can't deal with this right now", None),
        ("ok deal", Intent.AGREE),
    ],
)
def test_dealing_with_something_is_no_deal(text: str, intent: Intent | None) -> None:
    said = lexicon_said(text, "en", Intent.AGREE)

    assert said is (intent is Intent.AGREE)
