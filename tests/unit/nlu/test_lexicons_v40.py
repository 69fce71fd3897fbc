"""Lexicons v40 (a helper): the non-safety intents and reasons blind35's and blind36's misses
showed — the sum to clear the debt asked, questions about the credit record and a payment link, a
reference ending in K, a plan asked back and refused, nothing agreed to, a figure refused or offered
take-it-or-leave-it, an offer on a day beside a day refused, a grudging figure on its day, fees
dropped as a condition, the collector called stupid or a band of clowns, bankruptcy waved away,
promises (paid by a day, caught up, cash at a branch, "then I'll pay it"), a payment already made
by transfer, a card used by a relative, a plan not signed, assent to what was said or to the plan, a
hello that says who writes, and the reasons (a partner gone, premises flooded, shifts cut, wages
paid late; a hospital job and "drowning" in debt no illness nor disaster) — in other words than the
corpus messages, with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v40_cues(text: str, language: str) -> list[str]:
    """The rules of the v40 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v40")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # the sum that clears the debt asked (its "full and final", 一次性结清 no offer)
        (
            "en",
            "tell me what I'd need to pay to close it out today, full and final",
            Intent.ASK_BALANCE,
        ),
        ("zh_Hans", "现在全部结清到底需要多少钱", Intent.ASK_BALANCE),
        ("zh_Hant", "一次過清數到底要俾幾多", Intent.ASK_BALANCE),
        ("zh_Hant", "幫我睇下仲欠返幾多", Intent.ASK_BALANCE),
        # questions: the credit record, a payment link, one's options for a sum owed
        ("zh_Hans", "假如我分期慢慢还，还会不会报到征信", Intent.ASK_QUESTION),
        ("zh_Hant", "要是分開還會唔會上黑名單", Intent.ASK_QUESTION),
        ("zh_Hans", "还清后那几笔逾期记录能不能删掉？", Intent.ASK_QUESTION),
        ("zh_Hant", "還清之後嗰50蚊遲交費嘅紀錄可唔可以刪走？", Intent.ASK_QUESTION),
        ("en", "can you just text me a link to pay", Intent.ASK_QUESTION),
        ("en", "send over the payment link please", Intent.ASK_QUESTION),
        ("zh_Hans", "发个付款链接给我", Intent.ASK_QUESTION),
        ("en", "what are my options for the 1,500?", Intent.ASK_QUESTION),
        # refusals: a plan asked back, nothing agreed to, a plan not signed, a figure turned down
        ("zh_Hans", "搞还款计划？免谈", Intent.DECLINE),
        ("zh_Hans", "说破嘴我也啥都不会答应", Intent.DECLINE),
        ("zh_Hans", "任何条件我都不接受", Intent.DECLINE),
        ("en", "I won't sign anything over the phone", Intent.DECLINE),
        ("en", "Dad refuses to sign the plan", Intent.DECLINE),
        ("zh_Hans", "每月两千五我不同意，免谈", Intent.DECLINE),
        ("zh_Hant", "一個月四千我唔接受，發夢咩", Intent.DECLINE),
        # offers: a day and a figure asked, take it or leave it, a grudging figure, fees dropped
        ("zh_Hans", "能不能下个月5号还800？这个月实在不行", Intent.COUNTER_OFFER),
        ("zh_Hans", "两千一次清，要就要，不要拉倒", Intent.COUNTER_OFFER),
        ("en", "honestly I'm annoyed but ok, 45 by friday", Intent.COUNTER_OFFER),
        ("zh_Hans", "唉，好啦好啦，25号还120", Intent.COUNTER_OFFER),
        ("zh_Hans", "罚息都免掉的话，我月底先还两千", Intent.COUNTER_OFFER),
        ("zh_Hans", "犯不着为这点钱跑去破产，每周还50好了", Intent.COUNTER_OFFER),
        ("zh_Hans", "行，就八千，什么时候开始？", Intent.COUNTER_OFFER),
        # promises
        (
            "en",
            "I'll have the whole balance cleared before New Year, you have my word",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "en",
            "sorry, my aunt passed away. I'll catch up on the missed one next week",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "en",
            "I'll pop into the office on Monday and pay in cash, is that alright?",
            Intent.PROMISE_TO_PAY,
        ),
        ("zh_Hans", "退税下礼拜到，到时候我把欠的两百清掉", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "礼拜六下午我过去分行还钱，行不行", Intent.PROMISE_TO_PAY),
        # a payment made by transfer, a card used by a relative
        ("zh_Hans", "上周已经用微信转账还清", Intent.ALREADY_PAID),
        ("zh_Hant", "前晚已經用轉數快還咗", Intent.ALREADY_PAID),
        (
            "en",
            "my nephew used my debit card without my permission and spent 400 online",
            Intent.FRAUD_IDENTITY_THEFT,
        ),
        # insults
        ("zh_Hans", "你到底是真傻还是装傻", Intent.ABUSE),
        ("zh_Hant", "你究竟係真傻定扮傻", Intent.ABUSE),
        ("zh_Hans", "你们这帮吸血的小丑", Intent.ABUSE),
        ("zh_Hans", "一群贪得无厌的强盗，我每月最多给80", Intent.ABUSE),
        # assent, a hello, a hardship in Cantonese
        ("zh_Hans", "只要不上征信，那就按这个方案来", Intent.AGREE),
        ("zh_Hans", "你刚才讲的都可以，我不想再吵了", Intent.AGREE),
        ("en", "hey, this is Dana's brother", Intent.GREETING),
        ("zh_Hant", "呢排真係攞唔出錢", Intent.HARDSHIP),
    ],
)
def test_families_v40(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "rule"),
    [
        (
            "en",
            "my wife walked out in March and emptied our account",
            "en.reason.partner_walked_out_v40",
        ),
        (
            "en",
            "tell me what I'd need to pay to close it out today, full and final",
            "en.ask_balance.how_much_to_clear_in_one_go_v40",
        ),
        (
            "en",
            "I'll have the whole balance cleared before New Year, you have my word",
            "en.promise_to_pay.have_it_paid_by_v40",
        ),
        (
            "en",
            "honestly I'm annoyed but ok, 45 by friday",
            "en.counter_offer.grudging_figure_on_a_day_v40",
        ),
        ("en", "I'll catch up on the missed one next week", "en.promise_to_pay.catch_up_v40"),
        (
            "en",
            "I'll pop into the office on Monday and pay in cash, is that alright?",
            "en.promise_to_pay.cash_at_the_branch_v40",
        ),
        (
            "en",
            "my nephew used my debit card without my permission and spent 400 online",
            "en.fraud_identity_theft.relative_used_my_card_v40",
        ),
        ("en", "Dad refuses to sign the plan", "en.decline.wont_sign_v40"),
        ("en", "can you just text me a link to pay", "en.ask_question.payment_link_asked_v40"),
        ("en", "hey, this is Dana's brother", "en.greeting.hello_its_v40"),
        ("zh_Hans", "现在全部结清到底需要多少钱", "zh_Hans.ask_balance.clearing_sum_asked_v40"),
        ("zh_Hans", "搞还款计划？免谈", "zh_Hans.decline.plan_asked_back_refused_v40"),
        ("zh_Hans", "任何条件我都不接受", "zh_Hans.decline.will_agree_to_nothing_v40"),
        (
            "zh_Hans",
            "退税下礼拜到，到时候我把欠的两百清掉",
            "zh_Hans.promise_to_pay.then_pay_it_v40",
        ),
        (
            "zh_Hans",
            "假如我分期慢慢还，还会不会报到征信",
            "zh_Hans.ask_question.instalments_on_the_credit_record_asked_v40",
        ),
        (
            "zh_Hans",
            "结清以后不良记录会消除吗",
            "zh_Hans.ask_question.record_removed_after_paying_asked_v40",
        ),
        ("zh_Hans", "你到底是真傻还是装傻", "zh_Hans.abuse.stupid_or_pretending_v40"),
        (
            "zh_Hans",
            "能不能下个月5号还800？这个月实在不行",
            "zh_Hans.counter_offer.day_and_figure_asked_v40",
        ),
        (
            "zh_Hans",
            "两千一次清，要就要，不要拉倒",
            "zh_Hans.counter_offer.take_it_or_leave_it_figure_v40",
        ),
        ("zh_Hans", "大暴雨那晚仓库淹水，货都泡坏了", "zh_Hans.reason.premises_flooded_v40"),
        ("zh_Hans", "罚息都免掉的话，我月底先还两千", "zh_Hans.counter_offer.if_the_fees_go_v40"),
        ("zh_Hans", "你们这帮吸血的小丑", "zh_Hans.abuse.band_of_clowns_v40"),
        (
            "zh_Hans",
            "犯不着为这点钱跑去破产，每周还50好了",
            "zh_Hans.bankruptcy.not_going_bankrupt_over_v40",
        ),
        ("zh_Hans", "排班被砍到一周二十小时，收入少了", "zh_Hans.reason.shifts_cut_v40"),
        ("zh_Hans", "老婆去年跟别人跑了", "zh_Hans.reason.partner_ran_off_v40"),
        ("zh_Hans", "老板说这个月薪水要晚几天发", "zh_Hans.reason.wages_paid_late_v40"),
        ("zh_Hans", "你刚才讲的都可以，我不想再吵了", "zh_Hans.agree.whatever_you_said_v40"),
        ("zh_Hans", "上周已经用微信转账还清", "zh_Hans.already_paid.paid_off_by_transfer_v40"),
        ("zh_Hans", "行，就八千，什么时候开始？", "zh_Hans.agree.then_that_figure_v40"),
        ("zh_Hans", "行，就八千，什么时候开始？", "zh_Hans.counter_offer.then_that_figure_v40"),
        (
            "zh_Hans",
            "礼拜六下午我过去分行还钱，行不行",
            "zh_Hans.promise_to_pay.cash_at_the_branch_v40",
        ),
        (
            "zh_Hans",
            "唉，好啦好啦，25号还120",
            "zh_Hans.counter_offer.grudging_figure_on_a_day_v40",
        ),
        ("zh_Hans", "发个付款链接给我", "zh_Hans.ask_question.payment_link_asked_v40"),
        ("zh_Hans", "只要不上征信，那就按这个方案来", "zh_Hans.agree.then_this_plan_v40"),
        ("zh_Hant", "呢排真係攞唔出錢", "zh_Hant.hardship.cannot_take_it_out_v40"),
        ("zh_Hant", "幫我睇下仲欠返幾多", "zh_Hant.ask_balance.how_much_left_v40"),
    ],
)
def test_each_v40_entry_matches(language: str, text: str, rule: str) -> None:
    assert rule in _v40_cues(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a reference ending in K is no "ok?" of an offer
        ("en", "what's the balance on account 66120-K?"),
        ("en", "balance on acct 5521-K?"),
    ],
)
def test_a_reference_ending_in_k_offers_nothing_v40(language: str, text: str) -> None:
    understood = read(text, language)
    assert understood.intent is Intent.ASK_BALANCE
    assert Intent.COUNTER_OFFER not in understood.signals


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "my wife walked out in March and emptied our account", HardshipReason.DIVORCE),
        (
            "en",
            "my boyfriend left last month, took the car, I can't cover this",
            HardshipReason.DIVORCE,
        ),
        ("zh_Hans", "老婆去年跟别人跑了", HardshipReason.DIVORCE),
        ("zh_Hant", "老公同第三者走咗，仲攞埋啲積蓄", HardshipReason.DIVORCE),
        ("zh_Hans", "大暴雨那晚仓库淹水，货都泡坏了", HardshipReason.DISASTER),
        ("zh_Hans", "债多到快被淹死了，几张卡都刷爆了", HardshipReason.OVER_INDEBTED),
        ("zh_Hant", "我喺診所返夜班，更數俾人削咗，乜都俾唔起", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "我在医院上夜班，排班给砍到一周二十小时", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "老板说这个月薪水要晚几天发", HardshipReason.SALARY_DELAYED),
    ],
)
def test_reasons_v40(language: str, text: str, reason: HardshipReason) -> None:
    understood = read(text, language)
    assert understood.reason is reason
    assert Intent.HARDSHIP in understood.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a lawyer inside a take-it-or-leave-it offer, a fee disputed inside a record asked removed
        (
            "zh_Hans",
            "两千块一次清，我已经委托律师了，要就要，不要拉倒",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hans", "还清以后，那笔滞纳金和逾期记录能删掉吗", Intent.DISPUTE_AMOUNT),
    ],
)
def test_safety_words_inside_a_v40_match_keep_their_signal(
    language: str, text: str, intent: Intent
) -> None:
    assert intent in read(text, language).signals


def test_a_death_beside_a_catch_up_keeps_the_promise_and_the_reason_v40() -> None:
    understood = read("sorry, my aunt passed away. I'll catch up on the missed one next week", "en")
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert understood.reason is HardshipReason.BEREAVEMENT


def test_a_band_of_clowns_keeps_the_offer_beside_it_v40() -> None:
    understood = read("一群贪得无厌的强盗，我每月最多给80", "zh_Hans")
    assert understood.intent is Intent.ABUSE
    assert Intent.COUNTER_OFFER in understood.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # offers, promises, payments told, refusals, questions stay so
        ("en", "500 ok?", Intent.COUNTER_OFFER),
        ("en", "I'll pay 900 full and final", Intent.COUNTER_OFFER),
        ("en", "I'll pay 200 on the 5th", Intent.PROMISE_TO_PAY),
        ("en", "ok fine, I'll pay 200 on friday", Intent.PROMISE_TO_PAY),
        ("en", "could I stop by a branch and pay cash?", Intent.ASK_QUESTION),
        ("en", "the offer looks fair to me, I'll sign it", Intent.AGREE),
        ("en", "hi, I can't pay this month", Intent.HARDSHIP),
        ("en", "how much do I owe?", Intent.ASK_BALANCE),
        ("zh_Hans", "我一次性还清", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "能不能分期？", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能晚还一期", Intent.COUNTER_OFFER),
        ("zh_Hans", "好吧，1号还你", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "每月3000太多了，2000可以", Intent.COUNTER_OFFER),
        ("zh_Hant", "我一萬二真係拎唔出，八千啦", Intent.COUNTER_OFFER),
        ("zh_Hans", "我已经还了", Intent.ALREADY_PAID),
        ("zh_Hans", "1号不行", Intent.DECLINE),
        ("zh_Hans", "我同意", Intent.AGREE),
        # the filings, the insults and a request for a person stay so
        ("zh_Hans", "我准备申请破产", Intent.BANKRUPTCY),
        ("zh_Hans", "你们催收的脑袋进水了", Intent.ABUSE),
        (
            "en",
            "hi I'm helping my uncle with this, can someone from your team ring him?",
            Intent.REQUEST_HUMAN,
        ),
    ],
)
def test_look_alikes_keep_their_reading_v40(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a partner who left for work or left a message, a catch-up with someone
        ("en", "my husband left for work early so I'm replying"),
        ("en", "my wife left a voicemail for you yesterday"),
        ("en", "my husband left it to me to sort out the payments"),
        ("en", "I'll catch up with you later"),
        ("en", "I won't have it paid by then"),
        # a card used with leave, a longer hello that asks for something
        ("en", "my son used my card to pay it for me"),
        ("en", "I let my daughter use my card"),
        (
            "en",
            "hi I'm helping my uncle with this, can someone from your team ring him?",
        ),
        # oneself called stupid, a wet phone, a real drowning, a refusal of what was said
        ("zh_Hans", "我是不是真的傻"),
        ("zh_Hans", "我手机进水了"),
        ("zh_Hans", "我爸被洪水淹死了"),
        ("zh_Hans", "你说的都行不通"),
        ("zh_Hans", "已经准备还清了"),
        ("zh_Hans", "已经在想办法还了"),
        # knowing no one, a human agent late to reply, a waiver asked
        ("zh_Hans", "我什么都不认识"),
        ("zh_Hans", "人工会延迟回复吗"),
        ("zh_Hans", "你说的就可以减免吗"),
        ("zh_Hans", "好吧，1号还你"),
        ("zh_Hans", "我准备申请破产"),
        # an operation in hospital, a husband who died
        ("zh_Hans", "我在医院做手术，下个月才能还"),
        ("zh_Hans", "我老公去年走了"),
    ],
)
def test_look_alikes_untouched_by_v40(language: str, text: str) -> None:
    cues = _v40_cues(text, language)
    assert not [rule for rule in cues if "ignore." not in rule], cues


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("zh_Hans", "我在医院做手术，下个月才能还", HardshipReason.ILLNESS),
        ("zh_Hans", "我住院了", HardshipReason.ILLNESS),
        ("zh_Hans", "我老公去年走了", HardshipReason.BEREAVEMENT),
    ],
)
def test_reasons_that_keep_their_reading_v40(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason
