"""Lexicons v35: the non-safety intents and reasons blind31's misses showed — someone else's advice
reported and not taken, safety moves said not to be wanted, charges and rates asked about — in other
words than the corpus messages, with look-alikes that must keep their reading (above all the plain
requests to stop contact or for a person, the disputes and the self-harm readings)."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v35_cues(text: str, language: str) -> list[str]:
    """The rules of the v35 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v35")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # someone else's advice, a contrast, and the debtor's own move
        (
            "en",
            "my mom keeps saying I should make them stop texting, but I want this settled. 30 a week?",
            Intent.COUNTER_OFFER,
        ),
        (
            "en",
            "my buddy told me to demand a supervisor lol but you've been decent, I accept the offer",
            Intent.AGREE,
        ),
        (
            "en",
            "my sister thinks the interest is always wrong but I went through mine, I'll pay 80 on the 5th",
            Intent.PROMISE_TO_PAY,
        ),
        (
            "en",
            "my cousin said to tell you it's not my debt, but it is and I'll pay 25 a week",
            Intent.COUNTER_OFFER,
        ),
        ("zh_Hans", "我妈叫我把你们号码拉黑，不过我还是想还，每月三百行吗", Intent.COUNTER_OFFER),
        ("zh_Hans", "我同事说这种事就要找你们经理，但我觉得没必要，就按方案来吧", Intent.AGREE),
        (
            "zh_Hans",
            "我哥非让我说这钱不是我借的，哈哈不至于，每周还两百可以吗",
            Intent.COUNTER_OFFER,
        ),
        ("zh_Hant", "我老公叫我封鎖你們 XD 我才不要，剛剛轉了三千", Intent.ALREADY_PAID),
        ("zh_Hant", "我同學說你們的利息都亂算，我自己算過是對的。5號繳兩千", Intent.PROMISE_TO_PAY),
        # a safety move said not to be wanted
        (
            "en",
            "I'm not telling you to quit calling, I just need to know the balance",
            Intent.ASK_BALANCE,
        ),
        (
            "en",
            "no need to get a supervisor, the $300 settlement is fine with me",
            Intent.COUNTER_OFFER,
        ),
        ("en", "I can't take calls at my job, just email me the balance", Intent.ASK_BALANCE),
        ("zh_Hans", "不用转人工，机器人就可以，下周一还八百", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "不用再打电话了，发短信告诉我还欠多少就行", Intent.ASK_BALANCE),
        # which of a person and a bot, asked
        ("en", "am I chatting with a bot or a real person?", Intent.ASK_QUESTION),
        ("zh_Hans", "跟我聊的是机器人还是真人？", Intent.ASK_QUESTION),
        ("zh_Hant", "你係真人定係機械人？", Intent.ASK_QUESTION),
        # the hours of calls, asked
        ("zh_Hans", "你们晚上几点以后就不打电话了？", Intent.ASK_QUESTION),
        ("zh_Hant", "你哋夜晚十點之後仲會唔會打嚟？", Intent.ASK_QUESTION),
        # a rate or charge asked about
        ("en", "is that late fee a one-off or every month?", Intent.ASK_QUESTION),
        ("en", "is the $30 a monthly fee or one-time?", Intent.ASK_QUESTION),
        ("zh_Hans", "这个三十块是一次性的还是每个月都扣？", Intent.ASK_QUESTION),
        ("zh_Hans", "利息是浮动的还是固定的？", Intent.ASK_QUESTION),
        (
            "en",
            "is there a way to freeze the interest while I'm paying this off?",
            Intent.ASK_QUESTION,
        ),
        ("en", "are there legal fees included in the total?", Intent.ASK_QUESTION),
        ("zh_Hans", "总额里有没有包含催收费？", Intent.ASK_QUESTION),
        ("zh_Hans", "是车贷那笔还是那个分期的？", Intent.ASK_QUESTION),
        # a lawyer the debtor cannot afford, a law firm worked at, a lawyer friend's view
        ("en", "I can't afford an attorney. what's my balance?", Intent.ASK_BALANCE),
        (
            "en",
            "I worked as a receptionist at a law firm, I know the drill. paying friday",
            Intent.PROMISE_TO_PAY,
        ),
        ("zh_Hans", "我以前在律师事务所实习过，周三还", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "有個做律師嘅朋友幫我睇過，話冇問題，就照呢個方案啦", Intent.AGREE),
        # the disputed figure confirmed; the doubt resolved
        ("en", "ok the $2,300 is right after all, sorry", Intent.AGREE),
        ("zh_Hans", "行，八千五是对的，我看错了", Intent.AGREE),
        (
            "en",
            "I assumed the card was my ex's but then I looked, it's mine. I'll pay 60 on the 9th",
            Intent.PROMISE_TO_PAY,
        ),
        ("zh_Hans", "我还以为是我妈的卡，问了一下原来是我的，周五还一千", Intent.PROMISE_TO_PAY),
        (
            "zh_Hant",
            "電視常看到有人被冒用身份，我先查過，確實是我的。還差多少？",
            Intent.ASK_BALANCE,
        ),
        # thanks passed on
        ("en", "the lady I spoke to was lovely, thank her for me", Intent.THANKS),
        ("zh_Hans", "上次那个客服人很好的，帮我谢谢他", Intent.THANKS),
        ("zh_Hant", "之前那位專員好有耐性，幫我同佢講聲多謝", Intent.THANKS),
        # the plan as it stands, a sum to settle agreed, the whole refused and a part first
        ("zh_Hans", "好的，就照之前说好的方案来吧", Intent.AGREE),
        ("zh_Hant", "三萬一次過清數我同意", Intent.COUNTER_OFFER),
        ("zh_Hans", "一次性还不起，先还三千，剩下的下个月补", Intent.COUNTER_OFFER),
        # payments made, promised on the agreed day
        ("en", "the payment of $95 cleared this morning", Intent.ALREADY_PAID),
        ("zh_Hans", "昨天就转了两千了，你们核实一下", Intent.ALREADY_PAID),
        ("en", "I'll send the $150 on Monday like we agreed", Intent.PROMISE_TO_PAY),
        (
            "en",
            "we agreed 40 a week on the phone. first payment goes out this friday",
            Intent.PROMISE_TO_PAY,
        ),
        # the balance to settle at once asked in Cantonese
        ("zh_Hant", "一次過還清要幾多錢？", Intent.ASK_BALANCE),
    ],
)
def test_families_v35(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # with a relative in hospital
        (
            "en",
            "I'll pay monday, was at the ER with my dad all weekend",
            HardshipReason.FAMILY_EMERGENCY,
        ),
        ("zh_Hans", "下周还，这几天在医院照顾我妈", HardshipReason.FAMILY_EMERGENCY),
        # one's own operation and the work it stopped
        ("en", "I had a hip replacement and I'm still off work", HardshipReason.ILLNESS),
        ("zh_Hans", "我刚动完手术，一个月没法上班", HardshipReason.ILLNESS),
        # the boss late again; the business halved
        ("zh_Hans", "发工资就还，公司这个月又拖了", HardshipReason.SALARY_DELAYED),
        ("zh_Hant", "間舖生意最近少咗一半，真係冇錢", HardshipReason.INCOME_REDUCED),
    ],
)
def test_reasons_v35(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a plain request to stop contact stays an opt-out, reported or followed by more contact
        ("en", "stop calling me", Intent.OPT_OUT),
        ("en", "my wife says stop calling", Intent.OPT_OUT),
        ("en", "my husband told you to stop calling but you kept calling me", Intent.OPT_OUT),
        ("en", "my wife says stop calling her but I agree, stop calling me too", Intent.OPT_OUT),
        ("en", "I'm not asking you to stop, I'm telling you to stop", Intent.OPT_OUT),
        ("en", "I'm not asking you to stop calling. stop calling.", Intent.OPT_OUT),
        ("zh_Hans", "别再打电话了", Intent.OPT_OUT),
        ("zh_Hans", "我老婆说别再打了", Intent.OPT_OUT),
        ("zh_Hans", "我老婆说让你们别再打了，但是你们还在打", Intent.OPT_OUT),
        ("zh_Hans", "我朋友让我拉黑你们，我觉得有道理", Intent.OPT_OUT),
        ("zh_Hans", "晚上九点以后别打了", Intent.OPT_OUT),
        ("zh_Hans", "不用打电话了，别再联系我", Intent.OPT_OUT),
        ("zh_Hans", "有事发短信，上班时间接不了电话", Intent.OPT_OUT),
        # a plain request for a person stays one
        ("en", "I want to talk to a manager", Intent.REQUEST_HUMAN),
        ("en", "I want a real person", Intent.REQUEST_HUMAN),
        ("en", "are you a bot? I want a human", Intent.REQUEST_HUMAN),
        ("en", "is this a real person or a bot? get me a human", Intent.REQUEST_HUMAN),
        (
            "en",
            "my friend says ask for a supervisor but honestly I think she's right, get me a supervisor",
            Intent.REQUEST_HUMAN,
        ),
        ("zh_Hans", "我要人工", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我要找你们领导", Intent.REQUEST_HUMAN),
        ("zh_Hans", "你是真人还是机器人？我要真人", Intent.REQUEST_HUMAN),
        ("zh_Hans", "机器人不行，我要人工", Intent.REQUEST_HUMAN),
        ("zh_Hant", "我要搵你哋主管", Intent.REQUEST_HUMAN),
        # the disputes stay disputes
        ("en", "these fees are wrong", Intent.DISPUTE_AMOUNT),
        ("en", "I don't think the 640 is correct", Intent.DISPUTE_AMOUNT),
        ("en", "the 640 is correct?", Intent.DISPUTE_AMOUNT),
        ("en", "the interest keeps changing, that's wrong", Intent.DISPUTE_AMOUNT),
        ("en", "stop adding late fees", Intent.DISPUTE_AMOUNT),
        ("en", "it's my wife's account, not mine", Intent.DISPUTE_NOT_MINE),
        ("en", "thought it was mine but it's my brother's account", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "这些费用都是乱收的", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "余额里多算了律师费", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "六千四是对的吗", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "不是我借的", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我朋友说不是我借的就别还，但我确实没借过，不是我的", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我被冒名了", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "唔係我借嘅", Intent.DISPUTE_NOT_MINE),
        # a lawyer of the debtor's own stays representation
        ("en", "I have a lawyer, talk to him", Intent.LEGAL_REPRESENTATION),
        ("en", "my lawyer says I don't owe this", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我请了律师", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我的律师看过合同说没问题", Intent.LEGAL_REPRESENTATION),
        # a hardship of the debtor's own stays one
        ("en", "I can't afford this payment", Intent.HARDSHIP),
        # self-harm beside reported advice keeps its reading
        ("en", "my husband says I should kill myself lol but whatever", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我妈叫我别还了，但我不想活了", Intent.SELF_HARM_RISK),
        # a waiver asked for stays an offer; a payment asked about is no payment made
        ("zh_Hans", "一次还清", Intent.PROMISE_TO_PAY),
        ("zh_Hans", "明天转三千", Intent.PROMISE_TO_PAY),
    ],
)
def test_look_alikes_keep_their_reading_v35(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a relative's operation stays a family emergency; one's own stay illness
        (
            "en",
            "my mom had surgery and I'm off work to look after her",
            HardshipReason.FAMILY_EMERGENCY,
        ),
        ("zh_Hans", "老婆做了手术，我两个月没上班", HardshipReason.FAMILY_EMERGENCY),
        ("en", "I was in hospital for a week", HardshipReason.ILLNESS),
        ("zh_Hans", "我在医院", HardshipReason.ILLNESS),
        # a job lost after an operation stays unemployment
        ("en", "i got laid off after my surgery", HardshipReason.UNEMPLOYMENT),
    ],
)
def test_reasons_that_keep_their_reading_v35(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


def test_otherwise_is_no_denial_v35() -> None:
    understood = read("多得你哋提醒，唔係我都唔記得咗。後日還", "zh_Hant")
    assert understood.intent is Intent.PROMISE_TO_PAY
    assert Intent.DISPUTE_NOT_MINE not in understood.signals
    assert understood.reason is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the bare "are you a bot" keeps v22's reading (left to v22, no v35 entry)
        ("en", "Are you a bot?"),
        ("zh_Hans", "你是机器人吗"),
        # a figure asked about or denied is no confirmation
        ("en", "the 640 is correct?"),
        ("en", "the 640 is correct but the fees aren't"),
        ("zh_Hans", "六千四是对的吗"),
        # a request to stop or for a person without another's advice
        ("en", "stop calling me"),
        ("en", "I need a manager now"),
        ("zh_Hans", "我老公说别再打了哈哈"),
        # a payment asked about or supposed
        ("en", "did the payment of $300 go through?"),
        ("en", "once the payment of $300 clears I'll call"),
        ("en", "I'll do the $90 on Friday?"),
        # a hospital stay of one's own; one's own lawyer
        ("en", "I was in hospital for a week"),
        ("en", "I have a lawyer, talk to him"),
        ("zh_Hans", "我的律师看过合同说没问题"),
    ],
)
def test_look_alikes_untouched_by_v35(language: str, text: str) -> None:
    assert _v35_cues(text, language) == []
