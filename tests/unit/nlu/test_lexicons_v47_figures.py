"""Lexicons v47 (figures and days, a helper): the sums and days blind42's misses showed — the
currencies of workers abroad by sign, code and name (S$, RM, A$, NZ$, C$, QAR, baht, ringgit,
"sing dollar", 新币/新幣, 马币/馬幣, 英镑/英鎊, 澳币, 纽币, 加币, 泰铢, 比索/披索, 港紙 and the Hong
Kong writer's 人民幣 and 美金), a code glued to its figure (RM1,000); a flight's number and an
exchange rate that are no sums, people counted ("300 of us"); a day name with its day and month
("Sunday 6 Dec"); of a payday's day and a day paid on after it, the day paid on — in other words
than the corpus messages, with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from negotiator.nlu.interpretation import Period
from tests.unit.nlu.support import assert_figure, read


@pytest.mark.parametrize(
    ("language", "text", "amount", "currency", "per"),
    [
        # signs and codes of other dollars before the figure
        ("en", "from january i could manage S$180 a month", "180", "SGD", Period.MONTH),
        ("en", "work pass came through, i can send A$75 a week now", "75", "AUD", Period.WEEK),
        ("en", "sent NZ$340 through the app this morning", "340", "NZD", Period.ONCE),
        ("en", "can I do C$120 monthly while I look for work", "120", "CAD", Period.MONTH),
        # codes and names after or before the figure, glued or not
        ("en", "best I can do is 700 ringgit once my contract pays", "700", "MYR", Period.ONCE),
        ("en", "will transfer RM450 when the shop pays me", "450", "MYR", Period.ONCE),
        ("en", "i can put down RM 2,500 on monday", "2500", "MYR", Period.ONCE),
        ("en", "would 90 sing dollars a week be ok", "90", "SGD", Period.WEEK),
        ("en", "how about QAR800 at the end of the month", "800", "QAR", Period.ONCE),
        ("en", "i wired 3,000 baht to your account yesterday", "3000", "THB", Period.ONCE),
        ("en", "could I pay 60 AUD a week", "60", "AUD", Period.WEEK),
        ("en", "sent SGD250 via paynow", "250", "SGD", Period.ONCE),
        # Chinese names of the same currencies
        ("zh_Hans", "下个月起每月还300新币行不行", "300", "SGD", Period.MONTH),
        ("zh_Hans", "周五先转800马币过去", "800", "MYR", Period.ONCE),
        ("zh_Hans", "每周还60英镑可以吗", "60", "GBP", Period.WEEK),
        ("zh_Hans", "这个月只能还150澳元", "150", "AUD", Period.ONCE),
        ("zh_Hans", "我月底还400加币", "400", "CAD", Period.ONCE),
        ("zh_Hans", "昨天汇了3000泰铢过去了", "3000", "THB", Period.ONCE),
        ("zh_Hans", "每个月还2000比索行吗", "2000", "PHP", Period.MONTH),
        ("zh_Hant", "下個月起每月還300新幣得唔得", "300", "SGD", Period.MONTH),
        ("zh_Hant", "禮拜五先過800馬幣", "800", "MYR", Period.ONCE),
        ("zh_Hant", "每個禮拜還60英鎊可以嗎", "60", "GBP", Period.WEEK),
        ("zh_Hant", "呢個月淨係還到500港紙", "500", "HKD", Period.ONCE),
        ("zh_Hant", "我琴日轉咗三千人民幣過去", "3000", "CNY", Period.ONCE),
        ("zh_Hant", "每月還200美金可以嗎", "200", "USD", Period.MONTH),
        ("zh_Hant", "每個月還2500披索得唔得", "2500", "PHP", Period.MONTH),
        # look-alikes that keep their reading: plain dollars, yuan and Hong Kong dollars
        ("en", "i can do $150 a month", "150", "USD", Period.MONTH),
        ("en", "could I pay HK$900 on friday", "900", "HKD", Period.ONCE),
        ("zh_Hans", "每个月还500块", "500", "CNY", Period.MONTH),
        ("zh_Hant", "每個月還八百蚊", "800", "HKD", Period.MONTH),
        # a figure beside a rate word that is money: its currency, or no decimals
        (
            "en",
            "the exchange rate is bad so I can only send 300 a month",
            "300",
            None,
            Period.MONTH,
        ),
        ("zh_Hans", "汇率跌了，这个月只能还两千", "2000", None, Period.ONCE),
        # a word of flying without an airline's code beside the figure
        ("en", "my flight got cancelled so I can only pay 250 this week", "250", None, Period.ONCE),
        ("zh_Hans", "航班延误了，明天先还500", "500", None, Period.ONCE),
        # two letters of English before a figure are no airline's code
        ("en", "my flight home is delayed, can i do 250 on friday", "250", None, Period.ONCE),
        ("en", "pay got delayed so i can go 180 this week", "180", None, Period.ONCE),
    ],
)
def test_figures_v47(
    language: str, text: str, amount: str, currency: str | None, per: Period
) -> None:
    assert_figure(text, language, amount, currency, per)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a flight's number beside a word of flying
        ("en", "stuck in Dubai, EK 384 is delayed by five hours"),
        ("en", "boarding MH370 soon, gate closes in ten"),
        ("zh_Hans", "MU587航班又延误了，还在候机"),
        ("zh_Hant", "BR 198又誤點，仲喺機場"),
        # an exchange rate
        ("en", "the exchange rate was 4.35 when I sent it, not 4.6"),
        ("zh_Hans", "银行按7.25换算的，不对"),
        ("zh_Hant", "當時匯率係31.2，你哋算錯"),
        ("zh_Hans", "汇率明明是6.8不是7.3"),
        # people counted
        ("en", "the plant shut down and 200 of us were let go"),
    ],
)
def test_no_sum_v47(language: str, text: str) -> None:
    assert read(text, language).amount is None, text


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        # a day name with its day and month: that day
        ("en", "I'll pay the 200 on Saturday 12 Dec", date(2026, 12, 12)),
        ("en", "first instalment Friday, December 4th, ok?", date(2026, 12, 4)),
        ("en", "can I send it on monday the 7th of december", date(2026, 12, 7)),
        ("en", "I can pay 100 on Sunday, Jan 10", date(2027, 1, 10)),
        # of a payday's day and a day paid on after it, the day paid on
        ("zh_Hans", "我们这边10号发工资，11号我还你500", date(2026, 12, 11)),
        ("zh_Hans", "20号发薪水，21号转300给你们", date(2026, 11, 21)),
        # look-alikes that keep their reading
        ("en", "i'll pay monday 30th", date(2026, 11, 30)),
        ("en", "i can pay on friday", date(2026, 11, 20)),
        ("zh_Hans", "15号发工资，到时候还你", date(2026, 12, 15)),
        ("zh_Hans", "今天加班到很晚，明天发工资了就还你们", date(2026, 11, 19)),
    ],
)
def test_days_v47(language: str, text: str, day: date) -> None:
    reading = read(text, language)
    assert reading.date is not None, text
    assert reading.date.date == day
