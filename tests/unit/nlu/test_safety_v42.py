"""Lexicons v42, safety: blind38's safety misses as families — first replies to a collector, from
people new to it. Contact refused beside an illness or a night shift ("can't take any more calls",
"I'd prefer not to receive any further messages", "stop all these texts"); a person asked for by
the very old and in a second language ("want talk with real staff", "could a gentleman from the
office ring me", 派个人打电话给我); a debt denied ("whatever it is, it's not mine", never set foot in
the shop, never rented one in my life, 这辈子都没借过); a farewell said in Cantonese (交代好晒, the
phone given up, not knowing whether one will be here for the new year); representation by a firm
"who act for me"; papers in another's hands (a passport used, an ID card held by a foreman) — in
other words than the corpus messages, with the look-alikes that must keep their reading: words the
models took for warning signs ("financial matters", texts waking the debtor, "go away forever", a
brother who died, living at a sister's, "pretending to be me", 一次性…了结 a settlement, a death
told as a warning, a joke said to be one); a collector never heard of, another's denial ("my uncle
says not mine"), "who the original lender was", 点知你哋唔系骗子, not one's fault; a STOP
instruction quoted and not used, a block not done, "I don't want you to stop contacting me", "can't
stop shaking"; "I'm a real person", a manager someone else told the debtor to ask for; a lawyer who
does not act for the debtor (once a lawyer, a landlord's, a divorce's, "I won't hide behind
lawyers"); the amount agreed; a reference, an account number or a phone number's first digits
beside a request for a person or a lawyer is no sum."""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # contact refused
        ("en", "I can't handle any more calls from you, I'm on dialysis", Intent.OPT_OUT, True),
        ("en", "I'd prefer not to receive any further calls about this", Intent.OPT_OUT, True),
        ("en", "pls stop all these texts, I'm in hospital", Intent.OPT_OUT, True),
        ("en", "your calls keep waking me up, I work nights. no more calls", Intent.OPT_OUT, True),
        ("en", "I don't want you to stop contacting me, just explain it", Intent.OPT_OUT, False),
        (
            "en",
            "the leaflet says if you do not wish to be contacted, reply STOP. no thanks, what do I owe?",
            Intent.OPT_OUT,
            False,
        ),
        (
            "en",
            "I can't stop crying since your letter came, what happens now?",
            Intent.OPT_OUT,
            False,
        ),
        ("zh_Hans", "我姐叫我把你们拉黑，我没拉，想问清楚", Intent.OPT_OUT, False),
        ("zh_Hant", "簡訊寫住回覆T退訂，我唔退，我想還", Intent.OPT_OUT, False),
        # a person asked for
        (
            "en",
            "sorry my english bad, i want talk with real staff please",
            Intent.REQUEST_HUMAN,
            True,
        ),
        (
            "en",
            "could a gentleman from the office ring me tomorrow, I'm 88",
            Intent.REQUEST_HUMAN,
            True,
        ),
        ("zh_Hans", "我不会打字，麻烦派个人打电话给我", Intent.REQUEST_HUMAN, True),
        ("zh_Hant", "我眼睛唔好，可唔可以派個同事打電話嚟", Intent.REQUEST_HUMAN, True),
        (
            "en",
            "haha I'm human, not a bot, I promise. which bank was it?",
            Intent.REQUEST_HUMAN,
            False,
        ),
        (
            "en",
            "my brother told me to ask for your supervisor but I don't think that's needed",
            Intent.REQUEST_HUMAN,
            False,
        ),
        ("zh_Hans", "我是真人啦，不是骗子，想问是哪家的账", Intent.REQUEST_HUMAN, False),
        ("zh_Hans", "我儿子叫我找你们经理，我觉得没必要，每月300行吗", Intent.REQUEST_HUMAN, False),
        ("zh_Hant", "你哋封信話要聯絡專員，其實我比較想喺呢度傾", Intent.REQUEST_HUMAN, False),
        # a debt denied
        (
            "en",
            "no idea what this is but whatever it is, it's not mine",
            Intent.DISPUTE_NOT_MINE,
            True,
        ),
        ("en", "this isn't even my account, it belongs to my ex", Intent.DISPUTE_NOT_MINE, True),
        (
            "en",
            "I've never set foot in that shop, never had their store card",
            Intent.DISPUTE_NOT_MINE,
            True,
        ),
        (
            "en",
            "a car lease? I've never leased anything in my whole life",
            Intent.DISPUTE_NOT_MINE,
            True,
        ),
        ("zh_Hans", "网贷？我长这么大从来没借过", Intent.DISPUTE_NOT_MINE, True),
        (
            "en",
            "who are you people? never heard of your agency, where did you get my email?",
            Intent.DISPUTE_NOT_MINE,
            False,
        ),
        (
            "en",
            "my dad always says not mine, not mine to collectors, I'm not like him",
            Intent.DISPUTE_NOT_MINE,
            False,
        ),
        (
            "en",
            "I owe on four cards and don't even know which one to pay first",
            Intent.DISPUTE_NOT_MINE,
            False,
        ),
        (
            "en",
            "happy to pay, I just need to know who the original lender was",
            Intent.DISPUTE_NOT_MINE,
            False,
        ),
        ("zh_Hans", "我阿叔成日话唔系我嘅唔系我嘅，我唔会学佢", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hant", "我點知你哋唔係詐騙？寄份正式文件嚟先", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hant", "唔關我事㗎，係系統出錯扣唔到數，今晚還", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hans", "你哪位？我从来没听说过你们公司，号码哪来的", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hans", "原来借款的是哪家公司？我想先弄清楚", Intent.DISPUTE_NOT_MINE, False),
        # a life at risk
        ("zh_Hant", "該交代的我都交代好了，以後有事找我哥", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "呢部電話之後都唔會再用，唔使再搵", Intent.SELF_HARM_RISK, True),
        ("zh_Hant", "我都唔知仲會唔會喺度過新年", Intent.SELF_HARM_RISK, True),
        ("en", "Hartley Legal act for me in all financial matters", Intent.SELF_HARM_RISK, False),
        ("en", "your texts keep waking me up at 4am", Intent.SELF_HARM_RISK, False),
        ("en", "not asking you to go away forever, just till March", Intent.SELF_HARM_RISK, False),
        ("en", "since the fire we're living at my aunt's", Intent.SELF_HARM_RISK, False),
        (
            "en",
            "Dad was ill for years. he died last spring and I'm sorting his post",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "someone opened it pretending to be me", Intent.SELF_HARM_RISK, False),
        (
            "en",
            "those loan sharks drove a guy in my village to suicide, so are you legit?",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("zh_Hans", "一次性给你们八千了结这笔账，行吗", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "看到这个数我都想死了，开玩笑的，每月500行吗", Intent.SELF_HARM_RISK, False),
        ("zh_Hans", "看到这个数我想死，不是开玩笑", Intent.SELF_HARM_RISK, True),
        (
            "zh_Hans",
            "我同事的弟弟就是被网贷逼到跳楼，你们是正规公司吗",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("zh_Hans", "被你们逼到想跳楼", Intent.SELF_HARM_RISK, True),
        # representation
        (
            "en",
            "I've forwarded your letter to my solicitors, who act for me",
            Intent.LEGAL_REPRESENTATION,
            True,
        ),
        (
            "en",
            "my neighbour used to be a solicitor said you can't do that, true?",
            Intent.LEGAL_REPRESENTATION,
            False,
        ),
        (
            "en",
            "my landlord's solicitor is already chasing me for rent",
            Intent.LEGAL_REPRESENTATION,
            False,
        ),
        ("en", "I won't hide behind a solicitor, I owe it", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我邻居以前当过律师的，他说这种不用坐牢", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hant", "業主嘅律師都喺度追我租", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "我不想躲在律师后面，每月还一千", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "在打官司分财产，等律师们谈完才能动钱", Intent.LEGAL_REPRESENTATION, False),
        ("zh_Hans", "请联系我的律师，她的电话晚点发你", Intent.LEGAL_REPRESENTATION, True),
        # identity theft
        ("en", "someone must have used my stolen passport", Intent.FRAUD_IDENTITY_THEFT, True),
        ("zh_Hans", "我的身份证一直押在老板那里，这不是我借的", Intent.FRAUD_IDENTITY_THEFT, True),
        ("zh_Hans", "有人拿我去年丢的身份证去办的", Intent.FRAUD_IDENTITY_THEFT, True),
        ("zh_Hant", "身份證副本俾咗中介，佢哋一定係用咗嚟借錢", Intent.FRAUD_IDENTITY_THEFT, True),
        # the amount agreed, a breakdown asked
        (
            "en",
            "the balance is correct, no dispute there, it's the timing",
            Intent.DISPUTE_AMOUNT,
            False,
        ),
        ("zh_Hant", "請告知本人尚欠款項明細，謝謝", Intent.DISPUTE_AMOUNT, False),
        ("en", "why is my account with your agency now?", Intent.DISPUTE_AMOUNT, False),
        ("en", "why is it 2000 now?", Intent.DISPUTE_AMOUNT, True),
        (
            "zh_Hant",
            "我同屋話啲利息係亂計，叫我去投訴，但我自己計過係啱嘅",
            Intent.DISPUTE_AMOUNT,
            False,
        ),
        (
            "zh_Hant",
            "我同屋話啲利息係亂計，叫我去投訴，但我自己計過係啱嘅",
            Intent.REQUEST_HUMAN,
            False,
        ),
        ("zh_Hans", "我看了个数基本没错，就是想晚点还", Intent.DISPUTE_AMOUNT, False),
        ("zh_Hans", "这个数不对，利息乱收", Intent.DISPUTE_AMOUNT, True),
    ],
)
def test_safety_read_only_where_meant_v42(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hant", "請告知本人尚欠款項明細，謝謝", Intent.ASK_BALANCE),
        (
            "en",
            "I paid the old bank in full last year. Why has it been passed to you?",
            Intent.ALREADY_PAID,
        ),
        ("en", "can you put me in jail for this? is that true?", Intent.ASK_QUESTION),
        ("zh_Hans", "欠这点钱会不会坐牢？", Intent.ASK_QUESTION),
    ],
)
def test_what_the_message_is_instead_v42(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "找个人跟我联系，参考号55102"),
        ("zh_Hans", "关于账户883120的事请联系本所"),
        ("zh_Hans", "我的律师电话是139开头的，晚点发你"),
        ("en", "please ring me, my number end 2290"),
        ("en", "I need a person to explain the 4 charges"),
    ],
)
def test_numbers_beside_a_request_are_no_sum_v42(language: str, text: str) -> None:
    assert read(text, language).amount is None


def test_a_sum_beside_an_account_word_is_still_one_v42() -> None:
    reading = read("账户里还差3000，下个月还", "zh_Hans")
    assert reading.amount is not None
    assert reading.amount.amount == Decimal("3000")


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "en",
            "no family here, no work, and now this, sometimes I think of ending it",
            "unemployment",
        ),
        ("zh_Hant", "我喺醫院留醫緊，唔好再打嚟", "illness"),
    ],
)
def test_the_cause_beside_a_safety_message_v42(language: str, text: str, reason: str) -> None:
    assert read(text, language).reason == reason


def test_a_day_off_is_no_unemployment_v42() -> None:
    assert read("no work today, I'll pay tomorrow", "en").reason is None


@pytest.mark.parametrize(
    ("language", "text", "intent", "wanted"),
    [
        # retrained with blind38, the models changed these; said in the lexicons' words now
        ("en", "gave my dog and my laptop to my brother yesterday", Intent.SELF_HARM_RISK, True),
        ("en", "after sunday none of this will be my problem anymore", Intent.SELF_HARM_RISK, True),
        (
            "en",
            "gave my old laptop to my brother, he needed it for school",
            Intent.SELF_HARM_RISK,
            False,
        ),
        ("en", "how on earth did you get my phone number?", Intent.DISPUTE_AMOUNT, False),
        ("zh_Hant", "我只係房東，欠錢嗰個係之前嘅租客", Intent.DISPUTE_NOT_MINE, True),
        ("zh_Hans", "欠钱的是之前的机主，我刚换的号", Intent.DISPUTE_NOT_MINE, True),
        ("zh_Hans", "传错人了", Intent.DISPUTE_NOT_MINE, False),
        ("zh_Hans", "你们发错人了，我不欠钱", Intent.DISPUTE_NOT_MINE, True),
        ("zh_Hans", "最多五百，多一分都没有", Intent.DISPUTE_AMOUNT, False),
    ],
)
def test_what_the_retrained_models_changed_is_put_back_v42(
    language: str, text: str, intent: Intent, wanted: bool
) -> None:
    assert (intent in read(text, language).signals) is wanted


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "call me on 555-0142"),
        ("en", "ring me after 6, 555 0199"),
        ("zh_Hant", "打俾我 9123 4567"),
    ],
)
def test_a_phone_number_is_no_lawyer_v42(language: str, text: str) -> None:
    # the n-gram model read a bare phone number as representation; a model's lawyer now needs a
    # word of law, of someone acting or of a firm (model_evidence)
    assert Intent.LEGAL_REPRESENTATION not in read(text, language).signals
