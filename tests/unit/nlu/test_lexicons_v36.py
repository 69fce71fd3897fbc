"""Lexicons v36: the non-safety intents and reasons blind32's misses showed — a person or a bot asked
about out of curiosity or doubt, the interest asked about while a plan is worked out, no dispute said,
the way and place of paying asked, the account acknowledged and which one asked, thanks for contact
not made, a supposed refusal's consequence asked, what an agent told before — in other words than the
corpus messages, with look-alikes that must keep their reading (above all the plain requests for a
person and to stop contact, the disputes, a lawyer of the debtor's own and the self-harm readings)."""

from __future__ import annotations

import pytest

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import lexicon_said, read


def _v36_cues(text: str, language: str) -> list[str]:
    """The rules of the v36 entries that matched ``text`` (suppressed or not)."""
    return [cue.rule for cue in read(text, language).cues if cue.rule.endswith("_v36")]


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a person or a bot asked about out of curiosity or doubt
        (
            "en",
            "just curious, is this an automated service or do actual humans answer?",
            Intent.ASK_QUESTION,
        ),
        ("en", "is this even real? are you a bot?", Intent.ASK_QUESTION),
        ("en", "r u a bot? you replied super quick lol", Intent.ASK_QUESTION),
        (
            "en",
            "does anyone actually read these texts or is it all automated?",
            Intent.ASK_QUESTION,
        ),
        ("zh_Hans", "好奇问一下，你们有真人客服吗", Intent.ASK_QUESTION),
        ("zh_Hans", "人工几点上班？随便问问", Intent.ASK_QUESTION),
        ("zh_Hant", "你哋有冇真人客服？純粹好奇，暫時唔使", Intent.ASK_QUESTION),
        # the interest asked about while a plan is worked out
        (
            "en",
            "will the late fees keep piling up until we agree on a payment plan?",
            Intent.ASK_QUESTION,
        ),
        ("zh_Hans", "我的利息还在一直涨吗？", Intent.ASK_QUESTION),
        ("zh_Hans", "利息会不会每天都在加？", Intent.ASK_QUESTION),
        ("zh_Hant", "利息係咪仲喺度計緊？", Intent.ASK_QUESTION),
        # a lawyer the debtor cannot pay for, and only time asked
        (
            "en",
            "I couldn't afford a solicitor, I'm only hoping for a bit more time",
            Intent.HARDSHIP,
        ),
        ("zh_Hans", "律师费我根本付不起，只求你们多给几天", Intent.HARDSHIP),
        ("zh_Hant", "律師費我點俾得起，只係想你哋寬限幾日", Intent.HARDSHIP),
        # no dispute said, then where or how to pay asked
        (
            "en",
            "I'm not contesting the balance, the fees look legit. where should I send the money?",
            Intent.ASK_QUESTION,
        ),
        ("en", "fine, the interest is fair, i screwed up. show me how to pay", Intent.ASK_QUESTION),
        ("zh_Hans", "利息没问题，是我自己拖了，怎么转账", Intent.ASK_QUESTION),
        ("zh_Hant", "啲手續費冇問題，點樣入數？", Intent.ASK_QUESTION),
        # a branch or office to pay at, asked
        ("en", "can we drop by one of your offices to pay in cash?", Intent.ASK_QUESTION),
        ("en", "do you have a branch near Houston?", Intent.ASK_QUESTION),
        ("en", "could I pay by money order?", Intent.ASK_QUESTION),
        # a person said not to be needed
        ("en", "no need to get a human involved, I can do 25 a week", Intent.COUNTER_OFFER),
        ("en", "I don't need to speak to a person, 200 on friday works", Intent.PROMISE_TO_PAY),
        # the account acknowledged, which one asked
        ("zh_Hans", "确实是我的没错，你指的是哪张卡？", Intent.ASK_QUESTION),
        ("zh_Hant", "係我借嘅冇錯，你講緊邊一筆？", Intent.ASK_QUESTION),
        # paying a little later explained by a sure promise
        ("zh_Hans", "其实我就是想迟一点还，月底之前肯定还", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "我只係想遲啲俾，下個禮拜五一定俾", Intent.PROMISE_TO_PAY),
        # thanks for contact not made
        ("zh_Hans", "多谢你们没联系我家里人", Intent.THANKS),
        ("zh_Hant", "多謝你哋冇打俾我老細", Intent.THANKS),
        ("en", "thanks for not ringing my boss", Intent.THANKS),
        # not paying supposed, the collector's next step asked
        ("zh_Hans", "要是我一直不还钱，你们会起诉我吗？", Intent.ASK_QUESTION),
        ("zh_Hant", "如果我唔還，你哋會唔會告我？", Intent.ASK_QUESTION),
        # 幹 at the collector before a refusal
        ("zh_Hant", "幹！一分錢都不還", Intent.ABUSE),
        ("zh_Hant", "幹，休想", Intent.ABUSE),
        # what an agent told before, then the debtor's own payment
        ("zh_Hans", "上次那个客服跟我说可以延期，我周五先转三千", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "早前有位職員話我知可以減免利息，我月尾先過一萬", Intent.PROMISE_TO_PAY),
        ("zh_Hant", "我聽日先過三千", Intent.PROMISE_TO_PAY),
        # another way to be reached, asked
        ("zh_Hans", "能不能用短信通知我？上班接不了电话", Intent.ASK_QUESTION),
        ("zh_Hant", "可唔可以用WeChat搵我", Intent.ASK_QUESTION),
        # how to pay, asked
        ("zh_Hans", "怎么汇款？", Intent.ASK_QUESTION),
        ("zh_Hant", "點樣入數俾你哋？", Intent.ASK_QUESTION),
    ],
)
def test_families_v36(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent
    assert lexicon_said(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # the job lost, said with "the"/"that"
        ("en", "lost that job in March, and the apartment too", HardshipReason.UNEMPLOYMENT),
        # the overtime cut or stopped
        ("en", "they're cutting my overtime from next month", HardshipReason.INCOME_REDUCED),
        # the debtor's business running at a loss
        ("en", "my restaurant has been in the red all year", HardshipReason.BUSINESS_FAILURE),
        # school fees risen
        ("en", "the kids' tuition went up again", HardshipReason.OTHER),
        ("zh_Hans", "女儿补习费又涨了", HardshipReason.OTHER),
        # wages stopped by the employer
        ("zh_Hans", "厂里暂停发工资了", HardshipReason.SALARY_DELAYED),
        ("zh_Hant", "公司停咗出糧兩個月", HardshipReason.SALARY_DELAYED),
        # the employer gone and the work with it; the job at the site gone
        ("zh_Hans", "工厂搬走了，我就没活干了", HardshipReason.UNEMPLOYMENT),
        ("zh_Hant", "地盤嘅工冇咗", HardshipReason.UNEMPLOYMENT),
    ],
)
def test_reasons_v36(language: str, text: str, reason: HardshipReason) -> None:
    assert read(text, language).reason is reason


def test_work_at_a_funeral_home_is_no_bereavement_v36() -> None:
    understood = read("我在殡仪馆上班，这种信见多了。怎么还款", "zh_Hans")
    assert understood.intent is Intent.ASK_QUESTION
    assert understood.reason is None


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        # a plain request for a person stays one, beside a v36 question too
        ("en", "Are you a bot?", Intent.REQUEST_HUMAN),
        ("en", "are you a bot? I want a human", Intent.REQUEST_HUMAN),
        (
            "en",
            "are you a bot? is this even legit? I want to speak to a person",
            Intent.REQUEST_HUMAN,
        ),
        ("en", "I want to speak to a person", Intent.REQUEST_HUMAN),
        ("en", "I need a person", Intent.REQUEST_HUMAN),
        ("en", "get me a person, I don't need a bot", Intent.REQUEST_HUMAN),
        ("en", "no need to get a supervisor, just get me a person", Intent.REQUEST_HUMAN),
        ("en", "I want to talk to someone in person", Intent.REQUEST_HUMAN),
        ("en", "just curious, can I speak to a manager?", Intent.REQUEST_HUMAN),
        ("zh_Hans", "有没有人工客服？", Intent.REQUEST_HUMAN),
        ("zh_Hans", "有没有人工客服？我要投诉", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我就问问，有没有人工？我要投诉", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我要转人工", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我要找之前那个专员", Intent.REQUEST_HUMAN),
        ("zh_Hant", "有冇真人？", Intent.REQUEST_HUMAN),
        # a plain request to stop contact stays an opt-out, beside thanks or a channel asked too
        ("en", "stop calling my work", Intent.OPT_OUT),
        ("zh_Hans", "不要打电话到我单位", Intent.OPT_OUT),
        ("zh_Hans", "谢谢，别再打到我单位了", Intent.OPT_OUT),
        ("zh_Hans", "谢谢你们没打电话到我单位，以后也别打", Intent.OPT_OUT),
        ("zh_Hans", "可以用微信联系我吗？别再打电话了", Intent.OPT_OUT),
        ("zh_Hans", "别打电话了，有事发微信", Intent.OPT_OUT),
        ("zh_Hans", "只用短信联系我，别打电话", Intent.OPT_OUT),
        ("zh_Hant", "唔好打電話，用WhatsApp搵我", Intent.OPT_OUT),
        ("zh_Hant", "唔好再打去我公司", Intent.OPT_OUT),
        # the disputes stay disputes
        ("en", "this isn't my debt", Intent.DISPUTE_NOT_MINE),
        ("en", "I dispute these charges", Intent.DISPUTE_AMOUNT),
        ("en", "these fees are wrong", Intent.DISPUTE_AMOUNT),
        ("en", "the fees are fair but the interest is a ripoff", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "I'm not disputing the balance, but these late fees are wrong",
            Intent.DISPUTE_AMOUNT,
        ),
        ("zh_Hans", "利息每天都在涨，太离谱了", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "费用不合理，怎么转账？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "是我的没错，但是金额不对", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这笔不是我借的", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "是我的没错？不可能，我从来没借过", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "唔係我借嘅，你講緊邊筆？", Intent.DISPUTE_NOT_MINE),
        # a lawyer of the debtor's own stays representation
        ("en", "my lawyer handles this", Intent.LEGAL_REPRESENTATION),
        ("en", "I have a lawyer, talk to him", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我请了律师", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我的律师看过合同说没问题", Intent.LEGAL_REPRESENTATION),
        # self-harm keeps its reading
        ("zh_Hans", "我不想活了", Intent.SELF_HARM_RISK),
        # offers stay offers: a plan proposed, time asked for, a figure beside the lawyer
        ("en", "can we work out a plan?", Intent.COUNTER_OFFER),
        ("en", "can I pay 50 a month while we work out a plan?", Intent.COUNTER_OFFER),
        ("en", "can I pay 100 in cash?", Intent.COUNTER_OFFER),
        ("en", "I can't afford a lawyer, can I pay 50 a month?", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能多给点时间", Intent.COUNTER_OFFER),
        ("zh_Hans", "能不能晚点还？下周五一定还", Intent.COUNTER_OFFER),
        ("zh_Hans", "律师费我付不起，能不能每月还五百", Intent.COUNTER_OFFER),
        ("zh_Hant", "之前有個專員同我講可以分期，我想分12期", Intent.COUNTER_OFFER),
        # a hardship of the debtor's own stays one; a refusal stays one
        ("en", "I can't afford this payment", Intent.HARDSHIP),
        ("zh_Hans", "我不还", Intent.DECLINE),
        ("zh_Hans", "我不还，你们会起诉我吗？随便", Intent.DECLINE),
        ("zh_Hant", "我唔還，你哋告我啦", Intent.DECLINE),
        # an assent beside charges said fine stays one; a payment made stays one
        ("zh_Hans", "利息没问题，就按这个方案来吧", Intent.AGREE),
        ("zh_Hant", "我已經過咗五千", Intent.ALREADY_PAID),
    ],
)
def test_look_alikes_keep_their_reading_v36(language: str, text: str, intent: Intent) -> None:
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # a funeral of one's own stays a bereavement
        ("zh_Hans", "今天在殡仪馆，改天再说", HardshipReason.BEREAVEMENT),
        ("zh_Hans", "我爸去世了，这几天都在殡仪馆", HardshipReason.BEREAVEMENT),
        # work drying up stays a reduced income; a job lost stays unemployment
        ("zh_Hans", "今年活少得可怜", HardshipReason.INCOME_REDUCED),
        ("zh_Hans", "公司倒了，我也失业了", HardshipReason.UNEMPLOYMENT),
        ("en", "I lost my job", HardshipReason.UNEMPLOYMENT),
        # wages strung along stay delayed; a sigh about them is no insult
        ("zh_Hans", "工资被拖了两个月", HardshipReason.SALARY_DELAYED),
        ("zh_Hant", "幹 這個月薪水又延遲發", HardshipReason.SALARY_DELAYED),
    ],
)
def test_reasons_that_keep_their_reading_v36(
    language: str, text: str, reason: HardshipReason
) -> None:
    assert read(text, language).reason is reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the bare "are you a bot" keeps v22's reading; a person asked for is no curiosity
        ("en", "Are you a bot?"),
        ("zh_Hans", "你是机器人吗"),
        ("zh_Hans", "有没有人工客服？"),
        ("zh_Hans", "你们人工客服几点下班？"),
        ("en", "do real people read these? I need one now"),
        # a complaint about the interest is no question about it
        ("zh_Hans", "为什么利息每天都在涨？"),
        ("zh_Hans", "利息怎么一直在涨"),
        # a plan proposed is no time of one
        ("en", "can we work out a plan?"),
        # an agent asked for again after what they told
        ("zh_Hans", "之前有个客服跟我说可以分期，我要找他"),
        # a channel demanded, not asked about
        ("zh_Hans", "能不能只用短信联系我"),
        # a figure exceeded, a sum already sent
        ("zh_Hant", "利息超過五千"),
        ("zh_Hant", "我已經過咗五千"),
        # doubt about the charges, and a plain dispute
        ("en", "I don't think the charges are fair"),
        ("en", "the charges aren't fair"),
        ("en", "the charges are fair?"),
        # a lawyer of one's own; a funeral of one's own
        ("en", "my lawyer handles this"),
        ("zh_Hans", "今天在殡仪馆，改天再说"),
    ],
)
def test_look_alikes_untouched_by_v36(language: str, text: str) -> None:
    assert _v36_cues(text, language) == []


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("這筆三年前就清償完畢了，我有清償證明", Intent.ALREADY_PAID),
        ("這筆已清償完畢了", Intent.ALREADY_PAID),
        ("我下個月就清償完畢", Intent.PROMISE_TO_PAY),
        ("下個月就清償完畢了", Intent.PROMISE_TO_PAY),
    ],
)
def test_a_debt_cleared_long_ago_v36(text: str, intent: Intent) -> None:
    assert read(text, "zh_Hant").intent is intent


@pytest.mark.parametrize(
    ("language", "text"),
    [("zh_Hant", "這筆三年前就清償完畢了"), ("en", "I paid it off two years ago")],
)
def test_years_ago_names_no_day(language: str, text: str) -> None:
    """When, but no day to look up: "three years ago" is left undated, as blind32's author left it
    ("three days ago" still dates a payment)."""
    assert read(text, language).date is None
    assert read("三天前已经转了500", "zh_Hans").date is not None


def test_a_lawyer_one_cannot_afford_and_only_time_asked_is_hardship_v36() -> None:
    assert read("我请不起律师，只想求你们宽限几天", "zh_Hans").intent is Intent.HARDSHIP
    assert read("我请不起律师，能不能每月还500", "zh_Hans").intent is Intent.COUNTER_OFFER
