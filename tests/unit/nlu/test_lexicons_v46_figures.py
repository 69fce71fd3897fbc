"""Lexicons v46 (figures and days, a helper): the sums and days blind41's misses showed — hundreds
said the spoken way ("two fifty"), "for hundred" for four hundred, a figure's "'s" read as "is"
("200s going in friday"), a figure in pounds before a charge ("a 95 pound collection fee"), goods
counted and a number corrected (no sum), a figure in Chinese numerals before a space (一千二 月结),
a refund told before the sum offered; the pay of the self-employed (a client's payment, an
invoice cleared, 回款, 月结, 过数, 找数) as payday; a sum offered with its day kept in a self-harm
message, a sum reported gone out; a weekday's "'s" ("monday's fine") read by the dates, not by
fourteen spellings — in other words than the corpus messages, with look-alikes that keep their
reading."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Intent, Period
from negotiator.nlu.lexicon import PACKAGED_LEXICONS
from tests.unit.nlu.support import assert_figure, read


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency", "per"),
    [
        # hundreds said the spoken way
        ("en", "i can do two fifty a week out of the takings", "250", None, Period.WEEK),
        ("en", "done, sent two fifty just now", "250", None, Period.ONCE),
        ("en", "could i pay three twenty five a month instead", "325", None, Period.MONTH),
        ("en", "ok i'll pay one fifty on friday", "150", None, Period.ONCE),
        ("en", "how about one seventy five a month", "175", None, Period.MONTH),
        # "for" for "four" right before hundred or thousand
        ("en", "could i do for hundred a month", "400", None, Period.MONTH),
        ("en", "i can pay for thousand in january", "4000", None, Period.ONCE),
        # a figure's "'s" is "is": a payment on its way
        ("en", "anyway 200s going in friday", "200", None, Period.ONCE),
        ("en", "ok 150s going out tomorrow", "150", None, Period.ONCE),
        # pounds before a charge
        ("en", "why is there a 95 pound collection fee on top", "95", "GBP", Period.ONCE),
        ("en", "they added a 20-pound late charge without telling me", "20", "GBP", Period.ONCE),
        # Chinese numerals before a space: the space ends the figure
        ("zh_Hans", "每月五号还一千二 月结的钱五号到账", "1200", None, Period.MONTH),
        ("zh_Hant", "每個月5號還一千二 月結啲錢5號先入", "1200", None, Period.MONTH),
        ("zh_Hans", "每个月还两千五 年底奖金到了再多还", "2500", None, Period.MONTH),
        ("zh_Hans", "还一千二 月底", "1200", None, Period.ONCE),
        # a refund told before the sum offered: the offer is the sum
        (
            "zh_Hant",
            "網店畀客投訴貨不對辦 退咗八百蚊 今個禮拜淨係還到二百蚊",
            "200",
            "HKD",
            Period.ONCE,
        ),
        ("zh_Hant", "間舖畀人投訴 退咗五百蚊 今個月淨係還到三百蚊", "300", "HKD", Period.ONCE),
        ("zh_Hans", "网店被人投诉 给客户退了五百 这个月只能还三百", "300", None, Period.ONCE),
    ],
)
def test_figures_v46(
    language: str, text: str, amount: str, currency: str | None, per: Period
) -> None:
    assert_figure(text, language, amount, currency, per)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # goods counted, not money
        ("en", "600 units of stock still in my garage"),
        ("en", "still got 300 boxes sitting in the lockup"),
        ("en", "there are 250 items left in the shop"),
        ("zh_Hans", "还有600件货压在仓库里"),
        ("zh_Hans", "300箱货卖不出去"),
        # a number corrected after a word that names it
        (
            "en",
            "the order number you sent is wrong, its 7730 not 7731 lol. anyway how much is left",
        ),
        ("en", "that reference number is wrong, it's 55120 not 55210"),
        ("zh_Hans", "你们发的订单号错了 是7730不是7731 还剩多少要还"),
        # spoken hundreds after "at", "by": a time of day
        ("en", "i'll pay at two fifty"),
        ("en", "i'll pay by three thirty"),
    ],
)
def test_no_sum_v46(language: str, text: str) -> None:
    assert read(text, language).amount is None


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency", "per"),
    [
        # words of numbers as they were
        ("en", "twenty five a week", "25", None, Period.WEEK),
        ("en", "two hundred fifty a month", "250", None, Period.MONTH),
        ("en", "i can do one hundred a week", "100", None, Period.WEEK),
        ("en", "i can pay around two fifty a month", "250", None, Period.MONTH),
        ("en", "i'll pay two seventy five by friday", "275", None, Period.ONCE),
        # a figure put up against another, a balance corrected
        ("en", "i meant 300 not 30", "300", None, Period.ONCE),
        ("en", "the 300's going in on monday", "300", None, Period.ONCE),
        (
            "en",
            "had to refund a customer 800 so i can only do 200 this week",
            "200",
            None,
            Period.ONCE,
        ),
        ("en", "the balance is wrong, its 7730 not 7731", "7730", None, Period.ONCE),
        ("zh_Hans", "欠款是7730不是7731", "7730", None, Period.ONCE),
        # a count glued to a Chinese figure still counts
        ("zh_Hans", "两万一次付清", "20000", None, Period.ONCE),
        # pounds as before
        ("en", "can i pay 95 pounds a month", "95", "GBP", Period.MONTH),
    ],
)
def test_figures_kept_v46(
    language: str, text: str, amount: str, currency: str | None, per: Period
) -> None:
    assert_figure(text, language, amount, currency, per)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "call me at two fifty"),  # a time of day
        ("en", "she is in her 80s going on 90"),  # an age
        ("en", "back in the 1990s going out was cheap"),  # a decade
        ("en", "we had a 95 pound dog"),  # a weight
        ("en", "i was waiting for hundreds of years"),
        ("zh_Hans", "三 个月"),
    ],
)
def test_no_sum_kept_v46(language: str, text: str) -> None:
    assert read(text, language).amount is None, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the self-employed's pay: a client's payment, an invoice cleared, a deposit landed
        ("en", "ill pay the 300 when the invoice clears but quit texting me every day"),
        ("en", "ill send the rest once the invoice is paid"),
        ("en", "i'll pay you as soon as the client pays me"),
        ("en", "kitchen jobs done, when the next deposit lands ill transfer the full 1,250"),
        ("en", "not my fault the council pays invoices at 90 days but ill clear it when they do"),
        ("en", "the agency pays me late every month, ill pay you once they do"),
        ("en", "i'll pay you when they pay me"),
        ("en", "when the client pays ill pay you 200"),
        ("zh_Hans", "客户说我发票金额不对 货款卡住了 等回款了再还你们"),
        ("zh_Hans", "就是说等客户回款了我肯定会还的"),
        ("zh_Hans", "回款一到就还你们"),
        ("zh_Hans", "不是我不还 是客户月结 月结一到我就还"),
        ("zh_Hans", "等客户结款了一次性还清行吗"),
        ("zh_Hans", "等这批货款回来就全部还清"),
        ("zh_Hans", "尾款到账了我马上还"),
        ("zh_Hant", "等這批團購的貨款進來就全部還清"),
        ("zh_Hant", "個客投訴我啲貨有問題 扣住尾數唔俾 等佢過數我就還"),
        ("zh_Hant", "啲裝修客要等驗收先找數 佢一找我就還"),
        ("zh_Hant", "等啲客找數之後一次過還清得唔得"),
        ("zh_Hant", "個客過咗數我就即刻還"),
    ],
)
def test_after_the_clients_pay_v46(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.date is not None, text
    assert reading.date.date is None
    assert reading.date.relative_to_payday


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a client's payment told, not waited for; "when they do" with no one's pay before it
        ("zh_Hans", "已经还清了 客户回款那天就转了"),
        ("zh_Hans", "我们的客户都是月结的 有时候拖两三个月"),
        ("en", "they said they would ring back, i'll pay the fee when they do"),
        ("en", "more when a big job comes in"),
        ("en", "my clients pay late, can i pay 100 a month"),
        ("en", "the invoice is paid, stop chasing me"),
        ("zh_Hans", "我已经跟你们结款了"),
    ],
)
def test_no_payday_v46(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.date is None or not reading.date.relative_to_payday, text


@pytest.mark.parametrize(
    ("language", "text", "intent", "day"),
    [
        # a sum offered with its day, in a self-harm message
        (
            "en",
            "i could send two hundred on the 30th if im still around by then which i doubt",
            Intent.SELF_HARM_RISK,
            date(2026, 11, 30),
        ),
        (
            "en",
            "i can send 150 on friday, after that i won't be here anymore",
            Intent.SELF_HARM_RISK,
            date(2026, 11, 20),
        ),
        # a sum reported gone out, in an opt-out
        (
            "en",
            "the 150 went out yesterday like we agreed so stop contacting me",
            Intent.OPT_OUT,
            date(2026, 11, 17),
        ),
        (
            "en",
            "my 300 went through on monday, stop messaging me",
            Intent.OPT_OUT,
            date(2026, 11, 16),
        ),
        # a sum on its way, after small talk
        (
            "en",
            "who was the lady i spoke to last time? she was nice. anyway 200s going in friday",
            None,
            date(2026, 11, 20),
        ),
        (
            "en",
            "id kill for a week off lol. anyway 120 is going in on the 25th",
            Intent.PROMISE_TO_PAY,
            date(2026, 11, 25),
        ),
        # a weekday's "'s" or "s" is "is"
        ("en", "fridays fine for the payment", None, date(2026, 11, 20)),
        ("en", "tuesday's better for me, i can pay 100", None, date(2026, 11, 24)),
    ],
)
def test_days_v46(language: str, text: str, intent: Intent | None, day: date) -> None:
    reading = read(text, language)
    if intent is not None:
        assert reading.intent is intent
    assert reading.date is not None, text
    assert reading.date.date == day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a sum demanded, in a self-harm message: no day
        ("zh_Hans", "跑外卖一天十二个小时，你们还要我周五前还两千。真想从桥上跳下去算了"),
        ("en", "you want me to pay 500 by friday, i'd rather be dead"),
        ("zh_Hans", "这个月底就走 你们别找了"),
        # a weekday said many times over
        ("en", "i work fridays so i can pay 50"),
    ],
)
def test_no_day_v46(language: str, text: str) -> None:
    reading = read(text, language)
    assert reading.date is None or reading.date.date is None, text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a sum to be stopped or moved is no promise; one gone out twice is a charge disputed
        (
            "can you stop the 400 going out on the 1st and move it to the 10th",
            Intent.COUNTER_OFFER,
        ),
        ("is the 90 going out tomorrow?", Intent.ASK_QUESTION),
        ("the 150 went out yesterday?", Intent.ASK_QUESTION),
    ],
)
def test_look_alikes_keep_their_reading_v46(text: str, intent: Intent) -> None:
    assert read(text, "en").intent is intent


@pytest.mark.parametrize(
    "day", ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
@pytest.mark.parametrize("word", ["fine", "good"])
def test_weekday_said_is_v46(day: str, word: str) -> None:
    """The readings v44's fourteen spellings gave ("monday's fine" -> "monday is fine"), now
    read by the dates themselves."""
    weekday = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    ahead = (weekday.index(day) - date(2026, 11, 18).weekday()) % 7 or 7
    reading = read(f"{day}'s {word} for the payment", "en")
    assert reading.date is not None
    assert reading.date.date == date.fromordinal(date(2026, 11, 18).toordinal() + ahead)


def test_weekday_spellings_gone_v46() -> None:
    text = (PACKAGED_LEXICONS / "en.yaml").read_text(encoding="utf-8")
    assert '"monday\'s fine"' not in text
    assert '"sunday\'s good"' not in text
