"""Lexicons v13: the families blind9's misses showed, each in words that are not blind9's.

blind9 was measured once (v12 + both models); its misses were read only after blind10 had been
committed for the next measurement (tests/nlu_corpus/README.md). The hard negatives next to each
family (negated, figurative, reported, innocent look-alikes) must keep not triggering.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # absence with a time: "won't even be here by …", not living to see a holiday, "我就不会在了"
        ("en", "honestly I won't even be here by the spring, so the plan doesn't matter"),
        ("en", "doubt I'll make it to next year, sorry"),
        ("zh_Hans", "等过完这个月我就不会在了"),
        ("zh_Hans", "我可能见不到过年了"),
        # an attempt told as past
        ("en", "I took an overdose in the summer and I'm still not right"),
        # a pet handed over because its owner will not be able to look after it
        ("en", "giving my cat to my sister on sunday, I won't be able to care for her anymore"),
        # this life ends here; might as well die early or "just go"; no way out, no hope left
        ("zh_Hans", "算了，我这一生也就到此为止了"),
        ("zh_Hans", "每天被催，倒不如早点去死"),
        ("zh_Hant", "仲有乜出路呀，不如走咗佢算"),
        # not wanting to open one's eyes again
        ("zh_Hant", "真係唔想再擘大眼"),
        ("zh_Hans", "再也不想睁开眼睛了"),
        # a letter written to the family; goodbyes one by one, reported by a relative, then silence
        ("zh_Hans", "信都写好给我老婆了"),
        ("zh_Hant", "我媽話阿哥昨晚同屋企人逐個道別，之後一直關機"),
        # nobody will miss me; no trouble left behind for others
        ("zh_Hant", "反正冇人會記得我"),
        ("zh_Hans", "东西都收拾好了，不想留麻烦给家人"),
    ],
)
def test_the_self_harm_families_blind9_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # away on a day, the money not lasting, a pet at the vet or minded during a stay in hospital
        ("en", "the money won't last until christmas, can I pay less"),
        ("en", "taking my dog to the vet tomorrow, I'll pay on friday"),
        (
            "en",
            "dropping my cat at my mum's while I'm in hospital, "
            "won't be able to look after her for a week",
        ),
        # someone else's overdose, a negated threat
        ("en", "my brother overdosed last year, I'm paying his funeral off"),
        ("en", "I'm not going to kill myself over this, relax"),
        # a conversation or an account that ends here, a debt that lasts a lifetime (a figure)
        ("zh_Hans", "今天就先聊到这吧，明天再说"),
        ("zh_Hans", "这笔账就到此为止吧，我一次还清"),
        ("zh_Hans", "这辈子都还不完这些钱"),
        # 死了这条心 is "give up the idea"; 不如 before a plan is "might as well"
        ("zh_Hans", "你们不如死了这条心吧，我不会还的"),
        ("zh_Hans", "不如我先还一半"),
        # tired mornings, not being at home, not paying before understanding
        ("zh_Hans", "早上都不想睁开眼去上班，太累了"),
        ("zh_Hans", "我下周不会在家，别上门"),
        ("zh_Hans", "我不会在了解清楚之前付款"),
        # a goodbye before a move, a bill handed to the husband, a text shown to the wife
        ("zh_Hans", "我下个月搬家，先跟大家道别，新地址再发给你们"),
        ("zh_Hans", "信用卡账单已经留给我老公处理了"),
        ("zh_Hans", "短信已经写给我老婆看了"),
        # a reassurance that names the act to deny it
        ("zh_Hant", "唔使擔心我會跳樓啊，我冇咁傻，只係冇錢"),
        ("zh_Hans", "不用担心我会想不开，我会慢慢还的"),
        # a relative in hospital; a pet taken to the vet; not wanting to trouble anyone, then a promise
        ("zh_Hans", "我爸住院了，这个月还不上"),
        ("zh_Hans", "我把狗送去宠物医院了，下周还"),
        ("zh_Hans", "不好意思，我不想给别人添麻烦，下个月一定还"),
    ],
)
def test_look_alikes_are_not_self_harm_v13(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


def test_a_relative_reporting_goodbyes_asks_to_stop_contact_too() -> None:
    reading = read("我姐昨天跟家人一个一个道别，现在电话打不通，请暂停联系她", "zh_Hans")
    assert reading.intent is Intent.SELF_HARM_RISK
    assert Intent.OPT_OUT in reading.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a relative's phone named after "stop", calls at an hour or every day
        ("en", "please stop texting my mother's number, she has nothing to do with this"),
        ("en", "you're ringing me at 6am every single day"),
        # the debt disclosed to third parties, relatives added on social media
        ("en", "stop telling my employer about my debt"),
        ("en", "do not add my relatives on facebook"),
        ("zh_Hans", "请不要向我的同事透露我欠钱的事"),
        ("zh_Hant", "不要再加我同事LINE"),
        # the phone book blasted; the speaker's own threat if contacted again
        ("zh_Hans", "你们再去骚扰我的通讯录，我就报警"),
        ("zh_Hans", "别再打我家人电话了，再打我就去投诉"),
        # the phone told to stop ringing; "停一停"
        ("zh_Hant", "手機唔好再成日響啦，我返緊工"),
        ("zh_Hant", "可唔可以停一停，唔好再call住"),
        ("en", "I no longer wish to be contacted about this debt"),
    ],
)
def test_opt_outs_v13(language: str, text: str) -> None:
    assert read(text, language).intent is Intent.OPT_OUT


def test_a_promise_and_a_stop_for_someone_elses_phone_is_an_opt_out() -> None:
    reading = read("I'll send 80 on monday, just stop calling my wife's mobile", "en")
    assert reading.intent is Intent.OPT_OUT
    assert Intent.PROMISE_TO_PAY in reading.signals
    assert Intent.DISPUTE_NOT_MINE not in reading.signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "please email me the statement"),
        ("en", "my brother keeps calling me every day asking for money"),
        ("en", "please tell my wife about the plan, she handles the bills"),
        ("zh_Hans", "你们再不处理我就去投诉"),
        ("zh_Hans", "能不能再打个折，不然我就去投诉"),
        ("zh_Hans", "我把你们号码存进通讯录了"),
        ("zh_Hans", "不要加利息了"),
        ("zh_Hant", "我會還，唔好再逼我"),
    ],
)
def test_look_alikes_are_not_opt_outs_v13(language: str, text: str) -> None:
    assert Intent.OPT_OUT not in read(text, language).signals


def test_someone_elses_threat_if_called_again_is_reported() -> None:
    reading = read("我老公说你们再打电话他就报警，你们这样合法吗", "zh_Hans")
    assert reading.intent is Intent.ASK_QUESTION


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "can I get a call back from a manager today"),
        ("en", "I'm not going to talk to a machine anymore"),
        ("en", "can I talk to Mike again? he was helping me before"),
        ("zh_Hans", "我要找个人跟进一下"),
        ("zh_Hant", "唔想再同個系統傾"),
        ("zh_Hant", "每次都係自動回覆，有冇人睇"),
        ("zh_Hant", "之前同我傾開嗰位黃生呢？"),
    ],
)
def test_requests_for_a_person_v13(language: str, text: str) -> None:
    assert read(text, language).intent is Intent.REQUEST_HUMAN


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll give you a call back when I get paid"),
        ("zh_Hans", "收到你们的自动回复了，谢谢"),
    ],
)
def test_a_call_back_by_the_debtor_or_thanks_for_a_reply_is_not_a_request(
    language: str, text: str
) -> None:
    assert Intent.REQUEST_HUMAN not in read(text, language).signals


def test_a_bot_that_does_not_understand_is_still_a_request_not_an_insult() -> None:
    reading = read("機器人聽唔明，我要搵真人", "zh_Hant")
    assert reading.intent is Intent.REQUEST_HUMAN
    assert Intent.ABUSE not in reading.signals


def test_a_typed_transfer_to_a_person_is_a_request_only_as_the_whole_message() -> None:
    assert read("砖人工", "zh_Hans").intent is Intent.REQUEST_HUMAN
    assert Intent.REQUEST_HUMAN not in read("我现在赚人工好少", "zh_Hant").signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no loan with you; a child or an elderly parent who cannot have borrowed; no guarantee
        ("en", "there's no debt with you at all, I've never heard of this company"),
        ("en", "my daughter is 9, how could she have taken out a loan"),
        ("zh_Hans", "我儿子才八岁，怎么可能去借贷款"),
        ("zh_Hant", "我阿爺九十幾歲，唔識字，點會去借錢"),
        ("zh_Hant", "呢筆係公司貸款，我本人冇做擔保"),
        ("en", "I think you want my cousin, it ain't me"),
    ],
)
def test_not_mine_v13(language: str, text: str) -> None:
    assert read(text, language).intent is Intent.DISPUTE_NOT_MINE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I have a loan with you and want to pay it off"),
        ("en", "my son is 12 and I can't pay this month"),
        ("zh_Hans", "我妈七十多岁了，我要照顾她，没钱还"),
        ("zh_Hans", "这笔贷款没有担保吗？"),
    ],
)
def test_look_alikes_are_not_mine_v13(language: str, text: str) -> None:
    assert Intent.DISPUTE_NOT_MINE not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "this account should have been written off years ago"),
        ("en", "the late fees you charge are illegal in this state"),
        ("en", "I don't trust your figures at all"),
        ("en", "this balance doesn't match my records, send me an itemized breakdown"),
        ("zh_Hant", "我唔相信呢個金額，寄賬單俾我"),
        ("zh_Hans", "凭什么另外收外访费用"),
        ("zh_Hans", "律师说这个罚息不受法律保护"),
        ("zh_Hans", "我只还本金，多一分都不给"),
    ],
)
def test_amount_disputes_v13(language: str, text: str) -> None:
    assert Intent.DISPUTE_AMOUNT in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is there a collection fee if I pay by card?"),
        ("en", "the payment should clear by friday"),
        ("zh_Hans", "你们的利息合法吗？"),
    ],
)
def test_look_alikes_are_not_amount_disputes_v13(language: str, text: str) -> None:
    assert Intent.DISPUTE_AMOUNT not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my ex took my id and opened accounts"),
        ("zh_Hans", "我前夫偷了我的身份证去办卡"),
        ("zh_Hant", "去年銀包同身份證一齊唔見咗，呢張卡應該係俾人攞去辦"),
    ],
)
def test_identity_theft_v13(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.FRAUD_IDENTITY_THEFT
    assert Intent.DISPUTE_NOT_MINE in reading.signals


def test_a_stolen_wallet_without_the_id_is_hardship() -> None:
    assert read("钱包被偷了，这个月真的没钱", "zh_Hans").intent is Intent.HARDSHIP


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # asking whether a lawyer is needed is a question, having one is representation
        ("zh_Hant", "要唔要請律師先？", Intent.ASK_QUESTION),
        ("zh_Hans", "我需要找律师吗？", Intent.ASK_QUESTION),
        ("zh_Hans", "我已经请了律师，有事找他", Intent.LEGAL_REPRESENTATION),
        ("en", "I'll pay it through my lawyer's office next week", Intent.LEGAL_REPRESENTATION),
        # daring them to sue is a refusal; "tell me" after 尽管 is not
        ("zh_Hans", "有种你们就去起诉", Intent.DECLINE),
        ("en", "see you in court then", Intent.DECLINE),
        ("zh_Hans", "尽管告诉我怎么还", Intent.ASK_QUESTION),
        # agreeing to the collector's figure, "OK就这样吧"
        ("zh_Hans", "就按你们说的每个月八百吧", Intent.AGREE),
        ("zh_Hans", "ok就这样吧", Intent.AGREE),
        # the collector's figure asked back and refused
        ("zh_Hant", "一期要還一萬？太多了", Intent.DECLINE),
        # paid: from another account, a screenshot, the bank already took it
        ("zh_Hant", "上個禮拜五已經由我家姐戶口過咗俾你哋", Intent.ALREADY_PAID),
        ("zh_Hans", "星期三用微信转的，截图给你看", Intent.ALREADY_PAID),
        ("zh_Hans", "银行已经扣走了，你们查一下", Intent.ALREADY_PAID),
        ("zh_Hans", "下周一还的，放心", Intent.PROMISE_TO_PAY),
        # a sum to count as settled, months of delay, "入返"
        ("zh_Hans", "凑够了能不能当结清", Intent.COUNTER_OFFER),
        ("zh_Hans", "本金能不能宽限两个月", Intent.COUNTER_OFFER),
        ("zh_Hant", "我下個禮拜會入返三千", Intent.PROMISE_TO_PAY),
        # inhuman, scorn for the bot; surprise at oneself is not an insult
        ("zh_Hans", "你们真是没人性", Intent.ABUSE),
        ("zh_Hant", "機械人識條鐵咩", Intent.ABUSE),
        ("zh_Hans", "我靠我又忘了还款日，明天就还", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "卧槽，你们这些骗子", Intent.ABUSE),
        # one's own message sent by mistake is not "you have the wrong person"
        ("zh_Hans", "不好意思，我发错了", Intent.UNKNOWN),
        ("zh_Hans", "你们发错人了，我不是他", Intent.DISPUTE_NOT_MINE),
        # balance questions
        ("zh_Hant", "仲爭幾多？", Intent.ASK_BALANCE),
        ("en", "hw much is left", Intent.ASK_BALANCE),
    ],
)
def test_other_families_v13(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("zh_Hans", "老板欠了我们两个月工资", "salary_delayed"),
        ("zh_Hant", "依家搵緊工", "unemployment"),
        ("zh_Hant", "間廠執咗，我份工都冇埋", "unemployment"),
        ("zh_Hant", "炒幣蝕到得返零頭", "investment_loss"),
        ("zh_Hans", "最近单子少了很多，没钱", "income_reduced"),
        ("zh_Hans", "公司进入清算了，没钱", "business_failure"),
        ("en", "on parental leave at the moment, money is tight", "income_reduced"),
    ],
)
def test_reasons_v13(language: str, text: str, reason: str) -> None:
    assert read(text, language).reason == reason


def test_a_company_in_liquidation_is_not_the_debtors_bankruptcy() -> None:
    assert Intent.BANKRUPTCY not in read("公司破产清算了，工资也没拿到", "zh_Hans").signals


def test_an_expense_per_month_is_not_an_offer() -> None:
    reading = read("我爸住院，护工费一个月就要八千，真的还不了", "zh_Hans")
    assert reading.intent is Intent.HARDSHIP
    assert reading.amount is not None
    assert reading.amount.amount == Decimal("8000")
