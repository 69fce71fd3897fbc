"""Lexicons v15: the families blind11's misses showed, each in words that are not blind11's.

blind11 was measured once (v14 + both models); its misses were read only after blind12 had been
committed for the next measurement (tests/nlu_corpus/README.md). The hard negatives next to each
family (negated, figurative, reported, innocent look-alikes) must keep not triggering.
"""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a pet given away and one's things divided up (Cantonese, Mandarin, English)
        ("zh_Hant", "我隻狗已經送咗俾隔籬，屋企啲嘢都分好晒"),
        ("zh_Hans", "猫送了给同事，东西也都分好了"),
        ("en", "divided up my things between the kids yesterday"),
        # not sure of wanting to survive or to be here
        ("en", "honestly not sure I want to be here by spring"),
        ("en", "I might not make it through the month and I dunno if I care to"),
    ],
)
def test_the_self_harm_families_blind11_showed_are_risks(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a pet minded by a friend for two days, things sorted before a move
        ("zh_Hant", "隻貓送咗俾朋友湊兩日，我返鄉下"),
        ("zh_Hans", "东西都分好了，下个月搬家"),
        # a death reported in the third person; a mortgage one cannot bear
        ("zh_Hans", "她去年得病走了，我是她妹妹，这笔欠款怎么处理"),
        ("zh_Hant", "供樓頂唔順，可唔可以減少每月供款"),
        # a bereavement, "last week", letters to an office, a note on the account
        ("en", "lost my granddad in june and it's been hard"),
        ("en", "I paid it last week and the week before"),
        ("en", "please stop sending letters to my office"),
        ("en", "my brother is in prison until may, please note it on the account"),
        # "I won't survive this month" about money alone; 天台 inside 後天台北 is no rooftop
        ("en", "I won't survive this month without a payment break"),
        ("en", "we divided up the bills between us"),
        ("zh_Hant", "後天台北會唔會落雨？"),
        ("zh_Hant", "今天台風好大，明天再還"),
    ],
)
def test_look_alikes_are_not_self_harm_v15(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a real warning sign next to a reported death or a mortgage still counts
        ("zh_Hans", "他上个月出车祸走了，我也不想活了"),
        ("zh_Hant", "供樓頂唔順，真係想死"),
        # the wind on a rooftop is no day before a place
        ("zh_Hans", "天台风好大，我一个人坐在这里"),
    ],
)
def test_the_figures_do_not_hide_real_warning_signs_v15(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # opt-out: "stop the … calls", "Stop it now!" as a sentence, a channel named, a plea
        ("en", "it's sorted, you can stop the endless calls now", Intent.OPT_OUT),
        ("en", "She is 15. Stop it now!", Intent.OPT_OUT),
        ("en", "when will the calls stop now?", Intent.ASK_QUESTION),
        ("zh_Hans", "别发短信了，有事写信", Intent.OPT_OUT),
        ("zh_Hans", "求求你们停一停，我真的很累", Intent.OPT_OUT),
        ("zh_Hant", "打俾我老豆做咩？而家即刻停手", Intent.OPT_OUT),
        ("zh_Hans", "能不能停一下利息", Intent.COUNTER_OFFER),
        ("zh_Hant", "即刻停咗個自動轉賬得唔得", Intent.COUNTER_OFFER),
        # a person: 和人工聊, 不然 is no negation, "who should I talk to?"; not power of attorney
        ("zh_Hans", "我想跟人工聊聊分期的事", Intent.REQUEST_HUMAN),
        ("zh_Hans", "你听不明白就算了，不然叫真人来", Intent.REQUEST_HUMAN),
        ("zh_Hans", "跟人工智能聊天没意思", Intent.UNKNOWN),
        (
            "en",
            "dad can't manage his affairs and I'm his power of attorney, who should I talk to?",
            Intent.REQUEST_HUMAN,
        ),
        ("en", "my lawyer has power of attorney", Intent.LEGAL_REPRESENTATION),
        ("en", "who do I pay?", Intent.ASK_QUESTION),
        # not mine: the number now someone else's, the person sought gone, the debt not owned
        ("zh_Hans", "欠款人已经过世，这个电话现在由我妈在用", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "佢搬走咗好耐，呢個號碼而家我哋用緊", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "你们要找的应该是我哥，我们同名", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我唔認呢條數，你拎合約出嚟", Intent.DISPUTE_NOT_MINE),
        ("en", "this line is registered to a dental office now", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "you're after my uncle? no, this is his old phone and I have it now",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("en", "the guy you're looking for left years ago", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我不认这个数，明明只借了五千", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "利息我不认，本金我会还", Intent.DISPUTE_AMOUNT),
        ("en", "I am writing from his phone. what do I do about his account?", Intent.ASK_QUESTION),
        # a relative who took the number asks whether to pay: a question, not a wrong person
        ("zh_Hans", "这个号码以后我在用，他的欠款我需要还吗", Intent.ASK_QUESTION),
        ("zh_Hans", "他的欠款我会还的", Intent.PROMISE_TO_PAY),
        ("en", "the number goes to voicemail", Intent.UNKNOWN),
    ],
)
def test_safety_families_v15(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_the_number_to_call_is_no_balance_question_v15() -> None:
    assert Intent.ASK_BALANCE not in read("send me the number to call", "en").signals


def test_power_of_attorney_is_no_lawyer_v15() -> None:
    assert (
        Intent.LEGAL_REPRESENTATION
        not in read("I have power of attorney for my mother", "en").signals
    )


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # paid: "just put another 50 on it", "got paid off by", to the old lender, twice already
        ("en", "just put another 50 on it this morning", Intent.ALREADY_PAID),
        ("en", "the balance got paid off by my sister in june", Intent.ALREADY_PAID),
        (
            "en",
            "paid this to the old lender years ago, I have the bank statement",
            Intent.ALREADY_PAID,
        ),
        ("en", "I owe you nothing, I paid the final installment on the 3rd", Intent.ALREADY_PAID),
        ("en", "I'll put 80 on it today", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "上個月已經一次過還清晒，收據仲喺度", Intent.ALREADY_PAID),
        ("zh_Hans", "我都还三次了你们还在打", Intent.ALREADY_PAID),
        ("zh_Hans", "要还给原来的平台吗？", Intent.ASK_QUESTION),
        ("zh_Hans", "我已经准备好下周一次还清", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "等我出糧就還清咗佢", Intent.COUNTER_OFFER),
        (
            "en",
            "if it was paid through the consolidation company why am I still getting letters?",
            Intent.ASK_QUESTION,
        ),
        # questions: which company, being sued, the number, a late relative's account
        ("zh_Hans", "请问你们是哪家财务公司", Intent.ASK_QUESTION),
        ("zh_Hans", "我这边公司有点事，晚点回你", Intent.UNKNOWN),
        ("zh_Hans", "不还的话会不会被起诉", Intent.ASK_QUESTION),
        ("en", "where did you get my number from?", Intent.ASK_QUESTION),
        ("en", "can you take me to court for this?", Intent.ASK_QUESTION),
        ("en", "what should I do about my late father's account?", Intent.ASK_QUESTION),
        # the balance asked back; a figure kept as an offer is not
        ("en", "is the balance still 1,200?", Intent.ASK_BALANCE),
        ("en", "just give me the figure", Intent.ASK_BALANCE),
        ("zh_Hans", "是不是仍然是三千五？", Intent.ASK_BALANCE),
        ("zh_Hant", "係咪仲係九千？", Intent.ASK_BALANCE),
        ("zh_Hans", "还是2000吧，我每月还2000", Intent.COUNTER_OFFER),
        # the weather is no question to answer; a storm in a hardship story stays one
        ("en", "is it going to snow in Chicago tomorrow", Intent.UNKNOWN),
        ("zh_Hant", "後天台北會唔會落雨？", Intent.UNKNOWN),
        ("en", "the weather wrecked my roof, can I pay next month instead?", Intent.COUNTER_OFFER),
        # insults with stars, 低能, a brain "有问题"; not a relative's condition, not "sh*t"
        ("en", "you useless b*tch", Intent.ABUSE),
        ("en", "what an a**hole", Intent.ABUSE),
        ("zh_Hant", "你哋個系統腦有問題", Intent.ABUSE),
        ("zh_Hant", "收皮啦你", Intent.ABUSE),
        ("zh_Hant", "收皮啦，唔好再打嚟", Intent.OPT_OUT),
        ("zh_Hans", "我妈脑有问题，不会用手机", Intent.UNKNOWN),
        ("en", "oh sh*t I forgot to pay", Intent.HARDSHIP),
        # refusals: "forget it", not signing, 做不到; "I forget it every month" is forgetting
        ("en", "nah forget about it, not signing anything", Intent.DECLINE),
        ("en", "I forget it every month, sorry", Intent.HARDSHIP),
        ("zh_Hans", "这样我真的做不到", Intent.DECLINE),
        ("zh_Hans", "按时还款我实在做不到，能不能延期两个月", Intent.COUNTER_OFFER),
        # offers asked: a figure to close, a start, a deferral; "when can I start" asks
        ("en", "could you take 700 and close the account?", Intent.COUNTER_OFFER),
        ("en", "can we begin payments in january?", Intent.COUNTER_OFFER),
        ("en", "300 today and we're square?", Intent.COUNTER_OFFER),
        ("en", "when can I start paying?", Intent.ASK_QUESTION),
        ("zh_Hans", "能不能等我找到工作了再还", Intent.COUNTER_OFFER),
        ("zh_Hans", "可以月底再还吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "我下周再还", Intent.PROMISE_TO_PAY),
    ],
)
def test_other_families_v15(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_paid_to_the_previous_lender_is_paid_and_may_be_disputed() -> None:
    # v21: both models also read "paid the previous lender" as not this creditor's debt
    # (corroboration.py), which outranks the payment the lexicon found
    text = "那笔钱我早就还给之前的贷款公司了"

    assert lexicon_said(text, "zh_Hans", Intent.ALREADY_PAID)
    assert Intent.ALREADY_PAID in read(text, "zh_Hans").signals


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # gig and self-employed work dried up
        ("en", "uber has been so quiet lately, can I pay 20 a week", HardshipReason.INCOME_REDUCED),
        ("en", "my cleaning work has dried up since the summer", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "接的装修活越来越少", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "做地盤嘅，呢排冇工做", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "账单少了一百", None),
        # retired on a pension
        ("en", "I retired last year and only have my pension", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "退休以后只有养老金", HardshipReason.INCOME_REDUCED),
        ("zh_Hant", "我退咗休，得返長生津", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "还到退休都还不清", None),
        # a student, prison, a vehicle stolen, the rent raised: causes outside the list
        ("zh_Hans", "我是大学生，没有收入", HardshipReason.OTHER),
        ("en", "I'm a college student with no income", HardshipReason.OTHER),
        ("zh_Hans", "我是学生会的干部", None),
        ("zh_Hans", "我老公还在服刑", HardshipReason.OTHER),
        ("en", "someone stole my van so I can't work", HardshipReason.OTHER),
        ("zh_Hant", "電單車俾人偷咗，冇得開工", HardshipReason.OTHER),
        ("en", "landlord upped the rent again", HardshipReason.OTHER),
        ("zh_Hans", "房东要加五百租", HardshipReason.OTHER),
        ("en", "my card got stolen and someone used it", None),
        ("zh_Hant", "今個禮拜去赤柱行街", None),
        # one's own illness named or one's own stay in hospital; a relative's is an emergency
        ("en", "I'm diabetic and the insulin costs a fortune", HardshipReason.ILLNESS),
        ("zh_Hans", "我有糖尿病，要打胰岛素", HardshipReason.ILLNESS),
        ("zh_Hant", "我而家洗緊腎", HardshipReason.ILLNESS),
        ("zh_Hans", "我上个月住院了，医药费花了不少", HardshipReason.ILLNESS),
        ("zh_Hans", "我妈住院了，医药费好贵", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hant", "老公腦出血入咗深切治療部", HardshipReason.FAMILY_EMERGENCY),
        ("en", "my dad has parkinson's and needs care", HardshipReason.FAMILY_EMERGENCY),
        ("zh_Hans", "我爸上个月心梗走了", HardshipReason.BEREAVEMENT),
        # a business that died is no death; an ex who emptied the account; a grandparent lost
        ("en", "our little cafe just died after covid", HardshipReason.BUSINESS_FAILURE),
        ("en", "since we split I've been paying everything alone", HardshipReason.DIVORCE),
        ("en", "we split the bill last time", None),
        ("en", "lost my gran two weeks ago", HardshipReason.BEREAVEMENT),
        ("en", "lost my mum's ring", None),
        ("zh_Hant", "佢已經過咗身", HardshipReason.BEREAVEMENT),
    ],
)
def test_reasons_v15(language: str, text: str, reason: HardshipReason | None) -> None:
    assert read(text, language).reason is reason


def test_a_death_said_with_already_is_no_payment_v15() -> None:
    assert Intent.ALREADY_PAID not in read("佢已經過咗身", "zh_Hant").signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # patterns see folded text, where 嗰 is 𠮶 and 湊 is 凑 (v14 wrote them unfolded)
        ("zh_Hant", "嗰筆係我細佬借嘅", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "我要同你哋嗰邊嘅主管傾", Intent.REQUEST_HUMAN),
        ("zh_Hant", "嗰筆數我早就還給原本嘅銀行喇", Intent.ALREADY_PAID),
    ],
)
def test_patterns_read_folded_characters_v15(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


def test_caring_for_a_parent_in_cantonese_v15() -> None:
    assert read("我喺屋企湊緊阿媽，冇得返工", "zh_Hant").reason is HardshipReason.FAMILY_EMERGENCY


# ---- after retraining with blind11 (lead) ---------------------------------------------------


@pytest.mark.parametrize(
    "text", ["please email me the statement", "can you email me a copy of the agreement"]
)
def test_asking_to_be_emailed_is_no_opt_out_v15(text: str) -> None:
    # retrained with blind11, the model read the first as an opt-out (0.73): "email" alone is no
    # longer evidence a model may add an opt-out on
    assert not read(text, "en").has(Intent.OPT_OUT)


@pytest.mark.parametrize(
    "text",
    [
        "don't email me the statements anymore",
        "no more emails please",
        "getting rid of this number tmrw, mail me instead",
        "write to me instead of calling",
    ],
)
def test_email_opt_outs_and_another_channel_v15(text: str) -> None:
    assert read(text, "en").intent is Intent.OPT_OUT


def test_a_call_asked_for_instead_is_a_person_not_an_opt_out_v15() -> None:
    reading = read("can someone just call me instead, typing is hard for me", "en")

    assert not reading.has(Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("never felt this hopeless in my life", Intent.SELF_HARM_RISK),
        ("I've never been so hopeless", Intent.SELF_HARM_RISK),
        ("I'm not hopeless, just broke", Intent.HARDSHIP),
        ("I'm not lazy, I lost my job", Intent.HARDSHIP),
        ("no, I'm not Sarah.", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_never_felt_this_and_im_not_an_adjective_v15(text: str, intent: Intent) -> None:
    # "never felt this hopeless" is a superlative, not a negation; "I'm not hopeless," names
    # no other person
    assert read(text, "en").intent is intent
