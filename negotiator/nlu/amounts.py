"""Sums of money in a message: ``¥500``, ``两千五``, ``1.5万``, ``$200 a month``, ``八百塊``.

A figure counts as money when a currency sign or word stands next to it, when a period word
makes it an instalment (``每个月``, ``a week``), when a money verb comes just before it (``pay``,
``还``, ``owe``), or when it is (nearly) the whole message ("500?"). A figure followed by a count
or date word (``3个月``, ``2 kids``, ``15号``) is not money, and neither is a figure inside a date,
one after a word that makes it a number of something else (``#``, ``case no.``, ``尾号``) or one
joined to another by a hyphen (a phone or case number: ``555-0142``). Anywhere else in a debt
conversation, a figure of at least :data:`BARE_MINIMUM` in digits is money too ("is it still 860",
"350 now and the rest later"): such a *bare* figure ranks below every other and implies no offer.

When a message holds several sums, the one that matters is the one with a period, then the one
after a money verb, then the one with a currency, then the first: "I owe 5000 but can pay 200 a
month" gives 200 a month. The words themselves (currencies, periods, money verbs) come from the
lexicon files' ``amounts`` sections and are shared by all languages, because debtors mix them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from typing import Final, NamedTuple

from negotiator.nlu.interpretation import AmountMention, Period
from negotiator.nlu.lexicon import LexiconFile
from negotiator.nlu.negation import REFUSED_AFTER, clause_before
from negotiator.nlu.normalization import AFTER_WORD, BEFORE_WORD, alternation
from negotiator.nlu.numerals import (
    CHINESE_DIGITS,
    CHINESE_NUMBER_CHARACTERS,
    ENGLISH_MULTIPLIERS,
    ENGLISH_NUMBERS,
    FINANCIAL_UNITS,
    HONG_KONG_MULTIPLIERS,
    NOT_A_MONTHS_END,
    SUFFIX_MULTIPLIERS,
    parse_english_number,
    parse_number,
    tidy_number,
)

_ZH: Final = CHINESE_NUMBER_CHARACTERS
_NOT_SLANG: Final = r"(?!\s?(?:[都也捺鞋包箱带肤革衣夹球蛋肉毛脸管壶]|一(?![次个期月星礼周])))"
"""After 撇 or 皮, what makes them no slang for thousands: not a cent (一皮都冇), a stroke of
writing (一撇一捺), a leather thing (皮鞋), a skin (二皮脸); a 一 after them only when it counts
the payment or its period (一皮一次过, 两皮一个月: v100)."""
_SLANG: Final = rf"(?:[撇皮]{_NOT_SLANG}|(?:旧水|嚿水)(?!\s?[都也管壶]))"
"""Hong Kong slang for hundreds or thousands after a number; of 舊水 only "not a cent" (一舊水都冇)
and a pipe or a kettle are no slang ("三十舊水一個月" is a monthly sum)."""
_UNITS: Final = "十百千万亿廿卅" + FINANCIAL_UNITS
"""Characters that make a run of Chinese numerals a figure (廿 and 卅 are twenty and thirty; 拾,
佰 and 仟 are the financial ten, hundred and thousand)."""
_NUMBER: Final = (
    rf"\d+(?:,\d{{3}}(?!\d)|\.\d+)*(?:[{_UNITS}][\d{_ZH}]*)?"
    rf"|(?!万一(?!\s?[块元蚊圆]))[{_ZH}]*[{_UNITS}][\d{_ZH}]*"
    r"|(?:[二两三四五六七八九](?=\s?块)|[一二两三四五六七八九](?=\s?(?:块钱|元|蚊)))(?!\s?\S{1,2}\s?[都也])"
    rf"|(?<![有没冇未差])[一二两三四五六七八九](?={_SLANG})"
)
"""Digits (``1,200.50``: a comma before three digits only, so ``1200，20号`` is a sum and a day),
Chinese numerals with a unit (not ``万一``, "in case", unless a currency follows), and a lone
Chinese digit before a currency (``剩八块钱``; ``一块`` without 钱 is "together", ``一蚊都冇`` is
"not a cent") or before Hong Kong slang for hundreds or thousands (``三舊水``, ``一撇``,
``兩皮``; not the idiom's ``八字都未有一撇``, not a cent in ``一皮都冇``, no ``皮鞋``)."""
_SPACED: Final = r"\d{1,3}(?: \d{3})+(?!\d|[.,]\d)"
"""Thousands set apart by spaces, next to a currency only ("R1 200", "R8 450": as South Africans
write sums; "25 000 FCFA": v103); elsewhere "2 300" may be two figures said in one breath."""
_WORD_LIST: Final = (*ENGLISH_NUMBERS, *ENGLISH_MULTIPLIERS, "a", "an")
_WORDS: Final = alternation((*ENGLISH_NUMBERS, *ENGLISH_MULTIPLIERS))
"""A number word. Its word-boundary checks change nothing below, where a separator or the end
of the figure stands around every number word, but its trie shape spares trying every word."""
_NUMBER_WORDS: Final = (
    rf"{BEFORE_WORD}(?:for(?=\s(?:hundred|thousand){AFTER_WORD})|(?:an?\s+)?(?:{_WORDS}))"
    rf"(?:[\s-]+(?:and\s+)?(?:{_WORDS}))*{AFTER_WORD}"
)
"""A figure in words; "for" right before "hundred" or "thousand" is a slip for "four" ("could i
do for hundred a month": the preposition would take an article, "for a hundred")."""
_FIGURE: Final = re.compile(rf"[\d{_ZH}]")
"""A digit or a Chinese numeral: every figure but one in words has one."""
_NUMBER_WORD: Final = re.compile(_WORDS)
"""A number word standing alone: a figure in words starts with one ("two hundred")."""
_LATIN_MULTIPLIERS: Final = "|".join(k for k in SUFFIX_MULTIPLIERS if k.isascii())
_MULTIPLIER: Final = (
    rf"(?:\s?(?P<mult>(?:{_LATIN_MULTIPLIERS}){AFTER_WORD}"
    rf"|{_SLANG}))?"
)
"""``2k``, ``1.5 grand``: a multiplier right after the digits (``万``/``千`` are in the number);
Hong Kong slang for hundreds or thousands after a number (``三舊水``, ``一撇``, ``3皮``: v48)."""
_LARGE_UNITS: Final = "百千万亿"
_WINDOW: Final = 12
"""Characters before a figure searched for a money verb or a period word."""
_SHORT_REST: Final = 4
_MOST_FIGURES: Final = 32
"""Figures weighed in one message: the first ones (a 5,000-character message of 600 figures is
noise, and weighing every one costs tens of milliseconds)."""
"""A figure is money when no more than this many other letters share the message."""
_YEAR_PREPOSITION: Final = re.compile(r"\b(?:in|since|until|till|from|during|of|by)\s$")
"""A preposition right before four digits that makes them a year even after a money verb
("we settled in 2023")."""
_LATIN_LETTERS: Final = re.compile(r"[a-z]+")
_ROUGHLY: Final = "多几"
"""Right after a figure, these make it rough ("两万多", "九千几"): not money (the corpus convention
for vague sums, like 几千)."""
_NEARLY: Final = re.compile(r"(?:快|将近|接近|\b(?:nearly|almost|close to)\s)$")
"""Right before a figure, these make it rough too ("卡债滚到快两百万", "nearly 20k")."""
_COUNTED_CHANGE: Final = re.compile(
    r"\b(?:hours|hrs|shifts|days)\b[^.!?,;]{0,40}?\b(?:from|to|down to|up to)\s"
    r"(?:(?:like|about|around|only|just|maybe|barely)\s)?"
    r"(?:\d+[^.!?,;]{0,10}?\s(?:to|down to)\s)?$"
)
"""Hours or shifts changing ("hours got cut from 40 to 22 a week"): the figures count hours."""
_SMALLEST_WORDED: Final = 10
"""A figure in words below this ("one", "two") is money only with a currency ("five bucks")."""
BARE_MINIMUM: Final = 100
"""The smallest figure in digits read as money with no word that says so: below it, figures in
a sentence are as often hours, ages or counts ("cut my hours to 20")."""
_HYPHENATED: Final = re.compile(r"\d+(?:-\d+)+")
"""Figures joined by hyphens: a phone, case or reference number, or a range."""
_RANGE_TOP: Final = re.compile(r"-\d+(?![\d-])")
"""After a figure, the top of a range it opens ("200-300")."""
_BETWEEN_BEFORE: Final = re.compile(r"\bbetween\s?(?:[$£€]\s?)?$")
"""Before a figure, the word that opens a range of two sums ("between 250 and 300")."""
_BETWEEN_AND: Final = re.compile(r"\s?(?:and|&)\s?(?:[$£€]\s?)?(\d[\d,]*(?:\.\d+)?)(?![\d.,]*\d)")
"""After a range's bottom, its top ("… and 300")."""
_BETWEEN_TOP: Final = re.compile(
    r"\bbetween\s?(?:[$£€]\s?)?(\d[\d,]*(?:\.\d+)?)\s?(?:and|&)\s?(?:[$£€]\s?)?$"
)
"""Before a figure, the bottom of the range it closes ("between 250 and")."""
_BETWEEN_REACH: Final = 12
"""Characters before a figure searched for :data:`_BETWEEN_BEFORE`."""
_BETWEEN_TOP_REACH: Final = 40
"""Characters before a figure searched for :data:`_BETWEEN_TOP`."""
_MONTHLY_DAY: Final = re.compile(
    r"每个?月(?:的)?\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[号日]"
    r"|\bevery month on the \d{1,2}(?:st|nd|rd|th)?\b"
)
"""Earlier in a figure's clause, a day of every month: the figure falls due monthly."""
_THIS_ONCE: Final = re.compile(r"先|这次|这一次|今次|呢次|这个月|呢个月|\bfirst\b|\bthis time\b")
"""After a day of every month, words that make the figure this time's only."""
_AGAIN_REACH: Final = 60
"""Characters after a figure searched for words repeating it every month (``month_again``)."""
_CENTS: Final = re.compile(r"\d+\.\d\d")
"""A figure with two decimal places: a sum to the cent ("96.40")."""
_CENTS_MINIMUM: Final = 10
"""The least figure to the cent read as money without a money word (not "version 2.10")."""
_WHOLE_UNITS: Final = frozenset(("蚊", "块", "元"))
"""Currency words after a whole number that Chinese follows with its change (毫, 角, 半)."""
_CHANGE: Final = re.compile(
    r"半(?![年个月天日小价岁钟点])|([一二两三四五六七八九])\s?[毫角](?:\s?([一二三四五六七八九])\s?[分仙])?"
)
"""After 蚊/块/元, the change: 半 (a half), 四毫 or 四角 (0.4), 四毫五仙 (0.45)."""


def _change(match: re.Match[str]) -> Decimal:
    """The value of ``match``, change after a whole sum (``半`` -> 0.5, ``四毫五仙`` -> 0.45)."""
    if match.group() == "半":
        return Decimal("0.5")
    tenths = Decimal(CHINESE_DIGITS[match.group(1)]) / 10
    cents = Decimal(CHINESE_DIGITS[match.group(2)]) / 100 if match.group(2) else Decimal(0)
    return tenths + cents


_STATED_WINDOW: Final = 20
"""Characters before a figure searched for a word of a stated sum (owed, borrowed, earned)."""
_LETTER: Final = re.compile(r"[^\W_]")
"""A letter or a digit of any script (``str.isalnum``)."""
_VAGUE: Final = frozenset("几幾数數上成好")
"""Before a bare unit character (几千, 上千, 成百): an unspecified number, not a figure."""
_NOT_A_CENT: Final = re.compile(r"\s?(?:毛|分|蚊|块|元|文|仙|个子)钱?\s?(?:都|也)")
"""After 一: "not a single cent" (一毛都不给, 一蚊都冇), never part of the figure before it."""
_SPLIT_INTO: Final = re.compile(rf"\s?分\s?(?:\d+|[{_ZH}]+)\s?(?:期|次|个月|份)")
"""``3000分4期``: 分 before a count is the verb "split", not the minutes of ``3点20分``."""
_DETERMINERS: Final = re.compile(
    r"(?:\b(?:the|that|this|those|these|my|your|our|a|an|another|full|whole|entire|remaining"
    r"|original|outstanding|last|final|rest of|rest of the|of|all|of the|all of|all of the)\s+)+$"
)
"""``transfer the 250``, ``paying the full 780``: words between a money verb and its figure."""
_DETERMINER_REACH: Final = 32
"""Characters at the end of a clause searched for those words."""
_HEDGE: Final = re.compile(r"only|about|(?:prob|probably|maybe) like")
"""Money words that only hedge the figure after them ("only", "about"): right after a word of a
sum stated, the sum is the one stated ("the loan was only 2,000", "the bill is about 900")."""
_COPULA: Final = re.compile(r"\s*(?:(?:was|is|were|are|'s)\s*)?")
"""Between a word of a sum stated and a hedge, a verb "to be" at most."""
_TOO_MUCH_WORDS: Final = (
    r"太多|太高|太贵|太夸张|太离谱|太扯|太硬|太重|太吃力|太勉强|too (?:much|high|steep)|steep\b"
    r"|(?:要了|要咗)我(?:的|条|嘅)?(?:老)?命"
)
TOO_MUCH: Final = re.compile(_TOO_MUCH_WORDS)
"""Words that refuse a figure as too much (``太多``, "too high")."""
_UNIT_AFTER: Final = r"(?:块钱|块|元|蚊)"
"""A Chinese currency word right after a figure, which the words after it may follow (the
元 of "三千元？", the 块 of "750块降到600")."""
_AFTER_ONLY: Final = frozenset({"元", "块", "块钱", "圆", "蚊", "文"})
"""Currency words that only ever follow a figure (八百块, 500元): never one before it."""
_LETTER_CODE: Final = re.compile(r"[a-z]{1,4}")
"""A currency code of letters alone, which may stand glued to the figure after it (``RM1,000``)."""
_SIGN_AHEAD: Final = r"(?:\$|¥|nt\$|hk\$)"
"""A currency sign before a figure, after a word that points at it ("降到¥600", "to $150")."""
ASKED_BACK: Final = re.compile(rf"\s*{_UNIT_AFTER}?\s*[?？]")
"""After a figure, a question mark: the figure asked back ("一万？", "每月三千？", "1400?"), the
collector's figure repeated, not the debtor's."""
_FIGURE_AHEAD: Final = r"\s?(?:the\s)?(?:\$|¥)?"
"""Between a word of ``instead_words`` (or "not") and the figure it turns down."""
_COUNT_OF: Final = re.compile(
    r"\s?(?:of|out of)\s(?:(\d{1,2})(?![\d,.])|(?:the|my|your|our)\s(?:\w+\s)?"
    r"(?:payments|instalments|installments|repayments|months|weeks)\b)"
)
"""After a small figure, the count it is part of: "paid 2 of 12", "3 out of 10", "2 of the
payments"."""
_COUNTED_OF: Final = re.compile(r"(?<![\d,.])\d{1,2}\s(?:of|out of)\s$")
"""Before a small figure, the count of it: the 12 of "paid 2 of 12" counts too."""
_TIMES: Final = re.compile(r"\s?[x×*]\s?(?:\$|¥)?\d")
"""After a small figure, a multiplication: "2 x 130" (two payments of 130)."""
_EQUALS: Final = re.compile(r"\s?=\s?(?:\$|¥)?\d")
"""After a figure, the total it makes: "2 x 130 = 260" — the total is the sum."""
_MOST_INSTALMENTS: Final = 60
"""The largest count of instalments: a figure up to this, before "of 12" or "x 130", counts."""
_IN_COUNT: Final = re.compile(r"\b(?:in|into)\s(?:just\s|only\s|like\s)?$")
"""Right before a small figure, "in" or "into": the count of payments ("pay it in 4", "split it
into 3", a plan's name "Pay in 3"), not a sum (v48)."""
_MOST_IN_COUNT: Final = 12
"""The largest figure counted after "in": "pay in 50 on friday" pays 50 in (British English)."""
_FROM_BEFORE: Final = re.compile(
    r"(?:\b(?:drop|lower|reduc|cut|bring|chang|knock|decreas|mov|switch|adjust|go|get)\w*\b"
    r"[^.!?]{0,25}\bfrom|从|由)\s?(?:the\s)?"
    rf"{_SIGN_AHEAD}?$"
)
_DATED_MINIMUM: Final = 10
"""The smallest bare figure a day after it makes a payment ("20 on friday"; not "3 on monday")."""
_FROM_REACH: Final = 40
"""Characters before a figure searched for the verb and "from" that move it."""
_REST_REACH: Final = 40
"""Characters at most between a first payment and the rate after it."""
_NEGATED_REACH: Final = 16
"""Characters before a figure searched for those words."""
_NOT_ONWARDS: Final = r"(?!\s?(?:on|onwards?|forward)\b)"
"""After a word that blocks a period ("from now"), the words that make it a start instead ("from
now on"): the period stands (v48)."""
_PERIOD_RANK: Final = 4
"""What a period ("a month", 每月) adds to a figure's rank: a figure with one is a plan's."""
_TURNED_DOWN_RANK: Final = 16
"""What a figure turned down loses: more than any other figure can gain, so it ranks below all."""
_CANNOT_AFFORD: Final = r"付不起|还不起|给不起|出不起|缴不起|交不起"
_REFUSED_BEFORE: Final = re.compile(
    r"(?:\b(?:can'?t|cannot|can not|unable to|no way i can|no way i could"
    r"|(?:don'?t|do not|won'?t|will not|not going to|not gonna|refuse to) (?:want to |wanna )?)"
    r"\s*(?:do|pay|afford|manage|cover)|\b(?:not|never|no longer|ain'?t) (?:be )?paying"
    r"|\bno way (?:on|at|with)"
    rf"|{_CANNOT_AFFORD})"
    r"\s?(?:(?:the|that|your|this|a|full|whole|entire)\s){0,2}(?:\$|¥)?$"
)
"""Words that turn down the figure right after them ("no way i can do 500", "can't pay the
3000", "I just don't want to pay 200 a month", "I'm not paying 1200"): such a figure ranks
below any other, and one after it answers it."""
_REFUSED_REACH: Final = 28
"""Characters before a figure searched for those words."""
_DROPPED_REACH: Final = 28
"""Characters of a figure's clause before it searched for a word that drops it
(``dropped_words``): "i was going to offer 150 a month" and 本来想说每月1500 hold it, the next
clause does not."""
_BEYOND_MEANS_WORDS: Final = (
    r"拿不出|拎唔出|拿唔出|攞唔出|俾唔起|畀唔起|还唔到|还不到|还不了|还唔起|做唔到|俾唔到|给不了|付不了"
    r"|扛不住|扛唔住|顶唔顺|顶不顺|顶唔住|顶不住|撑不住|撑唔住"
    rf"|负担不起|负担唔起|供唔起|{_CANNOT_AFFORD}"
)
_REFUSAL_WORDS: Final = rf"{_TOO_MUCH_WORDS}|{_BEYOND_MEANS_WORDS}|{REFUSED_AFTER}"
"""Words that refuse the figure right before them: too much, beyond one's means
("一万二我真系拎唔出，八千啦"), or not possible."""
_REFUSED_FILLERS: Final = (
    r"\s?(?:块钱|块|元|蚊|万)?\s?(?:{period}\s?)?(?:(?:的|嘅)(?:分期|月供|供款)\s?)?(?:[?？]+\s?)?"
    r"(?:each |apiece )?"
    r"(?:也|都|实在|真的|真系|真|就|绝对|根本|完全|肯定|确实|压根|我一个人|我自己|一个人|我|我真的|我真系"
    r"|我真|我实在|我是|我绝对|我根本|我完全)?\s?"
    r"(?:is |'s |i |i just |i really |is just |is really |is simply )?(?:way |far |much )?"
)
"""What may stand between a figure and the words that refuse it: its currency, its period, a
question mark ("500 a month is impossible", "一个月三千我做不到", "$400 a month? no way") and a few
adverbs ("每月两千绝对不可能", "一个月三千我根本拿不出")."""


def _trim_spoken_digit(
    text: str, number: str, end: int, not_after: re.Pattern[str], stated: re.Pattern[str] | None
) -> tuple[str, int]:
    """``两万一次`` is 20000 once, not 21000: give back a last digit that starts a count word
    glued to it (not across a space: ``一千二 月结`` is 1200), unless a word of a sum starts there
    (``一萬二人工``: 人工 is a wage, not 人 counting people) or the count splits the sum
    (``一万八分12期``); ``两万一毛都不会给`` is not a cent of it."""
    if not (
        len(number) >= 2
        and number[-1] in CHINESE_NUMBER_CHARACTERS
        and number[-1] not in _UNITS
        and any(unit in number[:-1] for unit in _UNITS)
    ):
        return number, end
    if number[-1] == "一" and _NOT_A_CENT.match(text, end):
        return number[:-1], end - 1
    if (
        not_after.match(text, end)
        and not text[end : end + 1].isspace()  # "还一千二 月结的钱": 月 starts anew
        and not _SPLIT_INTO.match(text, end)
        and (stated is None or not stated.match(text, end))
    ):
        return number[:-1], end - 1
    return number, end


_ON_ITS_WAY: Final = re.compile(
    r"(?:'s|s)\s(?:already\s|just\s)?(?:going|gone|coming|on its way|on the way|been sent"
    r"|being sent|getting sent|heading|landing|leaving|going out|gone out|going in|gone in)\b"
)
"""Right after a figure, "'s" (or a bare "s") and a word of money on its way: "200s going in
friday", "the 150's gone out" — the "'s" is "is" or "has", no plural ("the 1990s")."""
_DECADE_BEFORE: Final = re.compile(
    r"\b(?:in|from|since|through|during)\s"
    r"(?:the\s|her\s|his\s|my\s|their\s|our\s|your\s|early\s|late\s|mid\s)*$"
)
"""Before a figure and its "s", the words of a decade or an age ("in the 80s going on")."""
_POUND_CHARGE: Final = re.compile(
    r"[\s-]?(?P<pound>pound)\s(?:[a-z]+\s){0,2}?(?:fee|charge|fine|penalty|surcharge|levy|bill"
    r"|payment|instalment|installment|debt|loan|overdraft|balance|deposit|interest)s?\b"
)
"""After a figure, "pound" and a charge or a payment, the figure standing as its adjective ("a 95
pound collection fee", "a 20-pound late charge"): pounds sterling, not a weight ("a 40 pound
dog")."""
_CHARGED_ON: Final = re.compile(
    r"\d(?:\s?[a-z]{1,8})?\s(?:in\s|of\s)?(?:(?:late|extra|added|hidden|admin)\s)?"
    r"(?:fees?|charges?|interest|penalt(?:y|ies)|surcharges?)\s(?:on|for|over)\s"
    r"(?:(?:a|an|the|my|this|that|your|their|his|her)\s)?$"
)
"""Before a figure, another figure of charges laid on it ("£180 in charges on a £200 phone", "90
interest on the 500"): the figure after is the price or the loan charged on, the charges are the
money at issue (v48)."""
_CHARGED_REACH: Final = 48
"""Characters before a figure searched for those charges."""
_CORRECTION: Final = re.compile(r"\s?(?:not|不是|而不是|唔系|唔是)\s?(\d+)(?![\d,.])")
_CORRECTED: Final = re.compile(r"(?<![\d,.])(\d+)\s?(?:not|不是|而不是|唔系|唔是)\s?$")
"""A figure corrected ("7730 not 7731", "是7730不是7731"): the one put right, the one put in its
place."""
_REFERENCE_NOUN: Final = re.compile(
    r"\b(?:order|reference|ref|invoice|account|acct|tracking|case|policy|customer|member"
    r"|transaction|receipt|confirmation|ticket|claim|serial|phone|card|loan|agreement|contract"
    r"|parcel|booking)\s(?:number|no\b|#|id\b|num\b|code)"
    r"|订单号|单号|编号|流水号|合同号|参考号|卡号|账号|帐号|工单号|案号"
)
"""A number that names a thing: earlier in its sentence, it makes a figure corrected that
number, not a sum ("the order number you sent is wrong, its 7730 not 7731")."""
_REFERENCE_REACH: Final = 80
_REFERENCE_DIGITS: Final = 3


def _corrected_reference(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is one of a number corrected ("its 7730 not 7731"):
    plain digits, of as many as the other (three or more), a number that names a thing (an
    order number, 订单号) earlier in the sentence."""
    figure = text[start:end]
    if not figure.isdigit() or len(figure) < _REFERENCE_DIGITS:
        return False
    after = _CORRECTION.match(text, end)
    before = _CORRECTED.search(text, max(0, start - 16), start)
    other = after.group(1) if after is not None else before.group(1) if before is not None else ""
    if len(other) != len(figure):
        return False
    first = before.start() if before is not None else start
    sentence = _sentence_start(text, first, _REFERENCE_REACH)
    return _REFERENCE_NOUN.search(text, sentence, first) is not None


_AT_TIME: Final = re.compile(r"\b(?:at|by|before|after|until|till|til)\s$")
"""Right before hundreds said the spoken way, words that make them a time ("at two fifty")."""
_MINUTES: Final = 60
_HUNDRED: Final = 100


def _clock_time(text: str, start: int, words: str, value: Decimal) -> bool:
    """Whether the figure in ``words`` at ``start`` is a time of day: hundreds said the spoken
    way ("two fifty": no hundred, two number words, the tens under sixty, so "at two seventy
    five" is a sum) right after "at", "by", "until"…"""
    spoken = len(words.replace("-", " ").split()) >= 2 and not any(
        word in words for word in ENGLISH_MULTIPLIERS
    )
    return (
        spoken
        and value >= _HUNDRED  # "at twenty five" is no time of day
        and value % _HUNDRED < _MINUTES
        and _AT_TIME.search(text, max(0, start - 8), start) is not None
    )


def _is_large_figure(number: str | None, multiplier: str | None) -> bool:
    """``1.5万``, ``两千五``, ``5k``: a digit with a unit of hundreds or more is a sum of money."""
    if multiplier is not None:
        return True
    if number is None or not any(unit in number for unit in _LARGE_UNITS):
        return False
    return _has_digit(number)


def _has_digit(number: str) -> bool:
    """Whether ``number`` holds a digit and not units alone: ``三千``, ``1万``, and ``十万`` (a
    leading 十 is ten), but not ``千万`` ("by all means") or ``一``-less ``万``."""
    return any(c.isdigit() or (c in _ZH and c not in _UNITS + "零〇") for c in number) or (
        number[0] == "十" and len(number) > 1
    )


_COMPOUND_WORD: Final = re.compile(r"-[a-z]")
"""After a figure, a hyphen and a letter: the figure is part of a compound word ("6-month")."""


def _hyphenated_number(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is part of a phone, case or reference number
    ("555-0142", "0912-345-678", "case 26-10432"), or the top of a range of sums (the 300 of
    "200-300 a month": the range is read as its bottom, the least the debtor says they can do)."""
    if text[end : end + 1] != "-" and text[start - 1 : start] != "-":
        return False
    group = _hyphen_group(text, start)
    if group is None:
        return False
    left, whole = group
    return not (_range(whole) and left == start)


def _hyphen_group(text: str, start: int) -> tuple[int, str] | None:
    """Where the figures joined by hyphens that the figure at ``start`` belongs to begin, and
    their text ("555-0142", "200-300"), or ``None`` when it belongs to none."""
    left = start
    while left > 0 and (text[left - 1].isdigit() or text[left - 1] == "-"):
        left -= 1
    whole = _HYPHENATED.match(text, left)
    return (left, whole.group()) if whole is not None else None


def _range(figures: str) -> bool:
    """Whether hyphenated ``figures`` are a range of sums ("200-300", "800-1000"): two round
    figures, the second larger and of as many digits or one more — not a phone number's digit
    groups ("9123-4567")."""
    parts = figures.split("-")
    return (
        len(parts) == 2
        and 0 <= len(parts[1]) - len(parts[0]) <= 1
        and not parts[1].startswith("0")
        and parts[0].endswith("0")
        and parts[1].endswith("0")
        and int(parts[0]) < int(parts[1])
    )


def _range_end(text: str, end: int, number: str | None) -> int:
    """Where the range that the figure ``number`` ending at ``end`` opens ends ("200-300 a
    month": after the 300), or ``end`` when it opens none."""
    top = _RANGE_TOP.match(text, end)
    if number is None or not number.isdigit() or top is None or not _range(number + top.group()):
        return end
    return top.end()


def _between_end(text: str, start: int, end: int, value: Decimal) -> int:
    """Where the range "between ``value`` and a larger sum" that the figure at ``start:end`` opens
    ends, or ``end`` when it opens none."""
    if _BETWEEN_BEFORE.search(text, max(0, start - _BETWEEN_REACH), start) is None:
        return end
    top = _BETWEEN_AND.match(text, end)
    if top is None or (upper := parse_number(top.group(1).replace(",", ""))) is None:
        return end
    return top.end() if upper > value else end


def _tops_a_range(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is the top of a range of sums whose bottom stands for
    it: the 300 of "200-300 dollars" and of "between 250 and 300"."""
    if text[start - 1 : start] == "-":
        group = _hyphen_group(text, start)
        return group is not None and group[0] < start and _range(group[1])
    bottom = _BETWEEN_TOP.search(text, max(0, start - _BETWEEN_TOP_REACH), start)
    if bottom is None:
        return False
    lower, upper = parse_number(bottom.group(1).replace(",", "")), parse_number(text[start:end])
    return lower is not None and upper is not None and lower < upper


_ON_DAY: Final = re.compile(r"\s?(?:on |by |from |starting |every |each )?(?:the )?")
_OF: Final = re.compile(r"\s?(?:of|of the)\b")


def _after_day(text: str, end: int, taken: Sequence[tuple[int, int]]) -> int:
    """Where a figure's period may start: right after it, or after the day that follows it
    ("200 on the 5th of every month" is 200 a month)."""
    lead = _ON_DAY.match(text, end)
    at = lead.end() if lead is not None else end
    for start, stop in taken:
        if end <= start <= at:
            of = _OF.match(text, stop)
            return of.end() if of is not None else stop
    return end


_DIGIT_GROUPS: Final = re.compile(r"\d+(?:[ -]\d+){2,}")
"""Three or more groups of digits joined by spaces or hyphens: a phone number ("0412 555 019",
"138 0013 8000", "021-6288 1234")."""
_ID_DIGITS: Final = 7
"""A run of this many plain digits with no currency is an account or a phone number: sums this
large are written with separators or units (1,500,000; 150万)."""
_SENTENCE_END: Final = re.compile(r"[!?。！？\n]|(?<!\bno)(?<!\bref)(?<!\bacct)\.\s")
"""A sentence's end, but not the dot of an abbreviation before a number ("ref no. 4471")."""
_SLASHED: Final = re.compile(r"/\d")
_SLASHED_BEFORE: Final = re.compile(r"\d/$")
_PAIR: Final = r"(?:0\d{2,}[ -]\d{3,}|\d{4,}[ -]\d{4,})(?!\d|[,.]\d)"
_PHONE_PAIR: Final = re.compile(rf"(?<!\d)(?<!\d[,.]){_PAIR}$")
_PHONE_PAIR_AHEAD: Final = re.compile(_PAIR)
"""Two groups of digits joined by a space or a hyphen, both of four digits or more or the first
with a leading zero: a phone number ("9123 4567", "07700 900431"), never two sums, whatever
punctuation follows ("2345 6789，老闆…"); the first pattern finds the pair that ends at a
figure, the second the pair that starts at one."""
_SHORT_PAIR: Final = re.compile(r"(?<!\d)(?<!\d[,.])\d{3}[ -]\d{4}(?!\d|[,.]\d)")
"""Three digits and four ("555 0199"): a phone number where a word of phoning comes before it
in the sentence (``phone_words``); otherwise maybe two sums said in one breath ("pay 300 1500
is too much")."""
_CODE_PREFIX: Final = re.compile(r"(?:[a-z]{1,6}[-/](?:\d+[-/])*|#\s?[a-z]{1,4})$")
"""Letters and a hyphen or a slash, with any groups of digits after them, or a number sign and
letters, right before the digits: a reference ("DRO-55120", "HK-26-00917", "ref HL/2291",
"编号SW-2026-118", "confirmation #A88213")."""
_GLUED_CODE: Final = re.compile(r"(?<![a-z])[a-z]{2,4}$")
"""Two to four letters glued to the digits (no currency: that is read first): a reference
("TX55812", "INV20931") when the digits are four or more."""
_CODE_DIGITS: Final = 4
_PHONE_REACH: Final = 60
"""How far back in its sentence a word of phoning announces a phone number ("please call my
solicitor on 555 0177")."""
_AREA_CODE: Final = re.compile(r"\(\d{2,4}\)\s?\d{3,4}[ -]?\d{3,4}")
"""Digits in brackets before more digits: a phone number with its area code ("(555) 014-2290")."""


def _more_letters_around(text: str, start: int, end: int, most: int) -> bool:
    """Whether more than ``most`` letters or digits stand in ``text`` outside ``start:end``
    (counted up to ``most + 1`` only: a 5,000-character message with hundreds of figures is
    not read over again for each)."""
    count = 0
    for begin, stop in ((0, start), (end, len(text))):
        for _ in _LETTER.finditer(text, begin, stop):
            count += 1
            if count > most:
                return True
    return False


def _last_letter(text: str, start: int) -> str:
    """The last letter or digit before ``start`` (``""`` when there is none)."""
    for index in range(start - 1, -1, -1):
        if text[index].isalnum():
            return text[index]
    return ""


def _sentence_start(text: str, start: int, reach: int) -> int:
    """Where the sentence of the figure at ``start`` begins, at most ``reach`` characters back
    ("I dispute the number. 2,890 is not what I signed for": "number" names no 2,890)."""
    low = max(0, start - reach)
    breaks = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
    return breaks[-1] if breaks else low


_SHORT_WORDS: Final = (
    r"(?:am|an|as|at|be|by|do|go|he|hi|if|in|is|it|me|my|no|of|ok|on|or|pm|so|to|up|us|we)"
    r"(?![a-z0-9])"
)
"""Two-letter words of English, no airline's code ("can i do 300", "owe me 200")."""
_FLIGHT_CODE: Final = re.compile(
    r"(?:(?<![a-z0-9])(?!" + _SHORT_WORDS + r")[a-z][a-z0-9]|flight|flight no\.?|flight number"
    r"|航班|班机|班機)\s?$"
)
"""Before the digits, an airline's two-character code or a word for a flight ("CX 903", "CA938",
"flight 212", "航班MU5")."""
_TRAVEL: Final = re.compile(
    r"flights?\b|\bdelay|\bairport|\bgate\b|\bboarding\b|\blanded\b|\btook off\b|航班|班机|班機"
    r"|延误|延誤|机场|機場|登机|登機|起飞|起飛|降落|转机|轉機|候机|候機|误点|誤點"
)
"""A word of flying in the message: an airline's code and digits beside it name a flight."""
_FLIGHT_REACH: Final = 60
_FLIGHT_DIGITS: Final = (2, 4)


def _flight_number(text: str, start: int, end: int) -> bool:
    """Whether the plain digits at ``start:end`` are a flight's number: an airline's code or a
    word for a flight right before them and a word of flying near ("Flight CX 903 delayed",
    "CA938又延误了"; v47)."""
    if not _FLIGHT_DIGITS[0] <= end - start <= _FLIGHT_DIGITS[1] or not text[start:end].isdigit():
        return False
    if _FLIGHT_CODE.search(text, max(0, start - 14), start) is None:
        return False
    reach = (max(0, start - _FLIGHT_REACH), end + _FLIGHT_REACH)
    return _TRAVEL.search(text, *reach) is not None


_RATE_BEFORE: Final = re.compile(
    r"(?:exchange rate|rate of|the rate|fx rate|汇率|匯率|汇价|匯價|个价|個價)"
    r"[^,.;!?，。；！？\d]{0,8}$"
)
"""Before a figure in its clause, a word of an exchange rate ("the exchange rate was 4.7",
"汇率明明是7.8", "個價係6.9")."""
_RATE_AFTER: Final = re.compile(r"\s?(?:换算|換算|的汇率|的匯率|嘅匯率|to the dollar|to one)")
"""After a figure, the words of converting at it ("按8.1换算")."""
_RATE_MOST: Final = 100
"""An exchange rate is written with decimals and is below this ("7.8", "30.1", "4.72")."""
_DECIMAL_FIGURE: Final = re.compile(r"\d+\.\d+")
"""A figure written with decimals, as an exchange rate is."""
_RATE_PAIRED: Final = re.compile(r"(\d+\.\d+)\s?(?:不是|唔係|唔系|而不是|not)\s?$")
"""At the end of the text before a figure, a rate set against it ("汇率是6.9不是7.1")."""


def _exchange_rate(text: str, start: int, end: int, clause_start: int) -> bool:
    """Whether the figure at ``start:end``, with decimals and no currency, is an exchange rate
    (v47): a word of a rate before it in its clause, or of converting after it; the figure before
    不是/唔係 one ("是6.9不是7.1") is read with it."""
    figure = text[start:end]
    if _DECIMAL_FIGURE.fullmatch(figure) is None or Decimal(figure) >= _RATE_MOST:
        return False
    if _RATE_AFTER.match(text, end):
        return True
    before = text[clause_start:start]
    rated = _RATE_BEFORE.search(before)
    if rated is None:
        # "汇率是6.9不是7.1": the second of a pair set against each other
        pair = _RATE_PAIRED.search(before)
        return pair is not None and _exchange_rate(
            text, clause_start + pair.start(1), clause_start + pair.end(1), clause_start
        )
    return True


def _identifier(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is part of a phone number or a reference code, or
    is written with a leading zero ("0412"): digits that name something, not a sum."""
    if _flight_number(text, start, end):
        return True
    if _CODE_PREFIX.search(text, max(0, start - 16), start):
        return True
    if end - start >= _CODE_DIGITS and _GLUED_CODE.search(text, max(0, start - 5), start):
        return True
    if start > 0 and text[start - 1] == "(" and _AREA_CODE.match(text, start - 1):
        return True
    if text[start : start + 1] == "0" and end - start >= 3 and text[start + 1 : end].isdigit():
        return True
    if _SLASHED.match(text, end) or _SLASHED_BEFORE.search(text, max(0, start - 2), start):
        return True  # "HCA 1234/2026", "12/2026": a case number or a date, not a sum
    if (
        _PHONE_PAIR.search(text, max(0, start - 12), end) is not None
        or _PHONE_PAIR_AHEAD.match(text, start) is not None
    ):
        return True  # "9123 4567", "07700 900431": a phone number in two groups
    left = start
    while left > 0 and (text[left - 1].isdigit() or text[left - 1] in " -"):
        left -= 1
    while left < start and not text[left].isdigit():
        left += 1
    groups = _DIGIT_GROUPS.match(text, left)
    return groups is not None and groups.end() >= end


class _Candidate(NamedTuple):
    start: int
    end: int
    amount: Decimal
    currency: str | None
    per: Period
    score: int
    bare: bool
    offered: bool = False
    """A money verb stands before it and no word of a sum stated nearer ("i could send 800")."""
    turned_down: bool = False
    """The debtor turns it down ("每个月2000太多了", "75 instead of 100"): it ranks below any
    other figure, and one put up after it with no period of its own takes its period."""
    stated: bool = False
    """A sum owed, charged or earned, not one offered."""
    echoed: bool = False
    """Asked back, the whole clause ("1500一个月？", "400 a month??"): the collector's figure
    repeated. Another figure offered after it answers it, as one after a figure turned down does."""

    @property
    def answers(self) -> bool:
        """Whether this figure can answer one echoed before it: offered, or a rate ("800一个月还
        差不多"); not a sum stated ("一萬八？我明明借五千咋": the echoed one is disputed)."""
        return not self.stated and (self.offered or self.per is not Period.ONCE)

    def answered(self) -> _Candidate:
        """This echoed figure once another follows it: turned down ("笑死，1500一个月？800一个月还
        差不多" offers 800 a month)."""
        if not self.echoed or self.turned_down:
            return self
        return self._replace(turned_down=True, score=self.score - _TURNED_DOWN_RANK)

    def replacing(self, refused: _Candidate | None) -> _Candidate:
        """This figure as the answer to ``refused``: "每个月2000太多了，1200行不行" offers 1200 a
        month — the figure put up in place of one turned down keeps its period."""
        if (
            refused is None
            or self.turned_down
            or self.stated
            or self.per is not Period.ONCE
            or refused.per is Period.ONCE
            or refused.start > self.start
        ):
            return self
        return self._replace(per=refused.per, score=self.score + _PERIOD_RANK)


def _mentioned(text: str, candidate: _Candidate | None) -> tuple[AmountMention | None, int]:
    """``candidate`` as the amount the interpreter reports, and where it starts (``-1``)."""
    if candidate is None:
        return None, -1
    said = text[candidate.start : candidate.end]
    mention = AmountMention(
        candidate.amount, candidate.currency, candidate.per, said, candidate.bare
    )
    return mention, candidate.start


def _words(lexicons: Iterable[LexiconFile], pick: Callable[[LexiconFile], Iterable[str]]) -> str:
    return alternation(word for lexicon in lexicons for word in pick(lexicon))


def _operand(text: str, start: int, end: int, value: Decimal) -> bool:
    """Whether the figure at ``start:end`` is a count or a part of a total written after it:
    "2 of 12" and "2 x 130" count payments, and in "2 x 130 = 260" the 130 makes the 260."""
    if _EQUALS.match(text, end):
        return True
    if value > _MOST_INSTALMENTS or value != value.to_integral_value():
        return False
    of = _COUNT_OF.match(text, end)
    return (
        _TIMES.match(text, end) is not None
        or (of is not None and (of.group(1) is None or value <= int(of.group(1))))
        or _COUNTED_OF.search(text, max(0, start - 8), start) is not None
    )


@dataclass(frozen=True, slots=True)
class AmountGrammar:
    """The compiled money words of every lexicon. Build once with :meth:`build`.

    Attributes:
        candidates: Finds figures with the currency words around them.
        currencies: Currency word -> ISO code or ``default``.
        month_before: A month word at the end of the text before a figure.
        week_before: A week word at the end of the text before a figure.
        month_after: A month word right after a figure (or after a filler word or two).
        week_after: A week word right after a figure (or after a filler word or two).
        instalment_before: An instalment word ("每期") at the end of the text before a figure.
        instalment_after: An instalment word right after a figure.
        money_before: A money verb in the text before a figure.
        stated_before: A word of a sum owed, charged or earned in the text before a figure.
        not_after: A count or date word right after a figure.
        not_before: A word right before a figure that makes it a number of something else.
        refused_after: Words right after a figure that refuse it ("每月三千我做不到").
        stated_after: Words right after a figure that name it as income or a cost.
        negated_figure: Words that turn down the figure right after them ("not 1400", "75
            instead of 100", "不是三千").
        put_up_against: After a figure, another it replaces ("75 instead of 100", "300 not 30",
            "八百而不是1200"): the first is offered.
        rest_between: Words between a first payment and the rate after it ("then", 剩下).
        phone_before: A word of phoning (``phone_words``) before a figure in its sentence.
        asked: A question word (``asked_words``): a figure in the message is asked about.
        echoed: A question mark right after a figure, its currency or its period ("1500一个月？").
        dropped_before: Words in a figure's clause before it that drop it (``dropped_words``):
            it is turned down ("本来想说每月2000…1500是我的极限").
        moved_to: Right after a figure, a word that moves it to another (``moved_to``): with a
            word that moves it from before it ("drop the monthly from 240 to 150",
            每期能不能从750降到600), the first is turned down.
    """

    candidates: re.Pattern[str]
    currencies: dict[str, str]
    month_before: re.Pattern[str]
    week_before: re.Pattern[str]
    month_after: re.Pattern[str]
    week_after: re.Pattern[str]
    instalment_before: re.Pattern[str]
    instalment_after: re.Pattern[str]
    money_before: re.Pattern[str]
    stated_before: re.Pattern[str] | None
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    refused_after: re.Pattern[str]
    stated_after: re.Pattern[str]
    negated_figure: re.Pattern[str]
    put_up_against: re.Pattern[str]
    rest_between: re.Pattern[str] | None = None
    echoed: re.Pattern[str] = re.compile("(?!)")
    moved_to: re.Pattern[str] = re.compile("(?!)")
    dropped_before: re.Pattern[str] = re.compile("(?!)")
    phone_before: re.Pattern[str] = re.compile("(?!)")
    asked: re.Pattern[str] = re.compile("(?!)")
    currency_after: re.Pattern[str] = re.compile("(?!)")
    month_again: re.Pattern[str] = re.compile("(?!)")

    @classmethod
    def build(
        cls, lexicons: Sequence[LexiconFile], normalize: Callable[[str], str]
    ) -> AmountGrammar:
        """Compile the ``amounts`` sections of ``lexicons``, every word through ``normalize``."""
        currencies: dict[str, str] = {}
        # a code spelled as another word once normalised (South Africa's "R" is the "are" of "r u
        # ok") counts only glued to its figure ("R500"), where no spelling applies
        glued_only: dict[str, str] = {}
        for lexicon in lexicons:
            for key, code in lexicon.amounts.currencies.items():
                normal = normalize(key)
                if normal != key and _LETTER_CODE.fullmatch(key):
                    glued_only[key] = code
                else:
                    currencies[normal] = code

        def words(pick: Callable[[LexiconFile], Iterable[str]]) -> str:
            return _words(lexicons, lambda lexicon: (normalize(w) for w in pick(lexicon)))

        currency = alternation(currencies)
        # 元, 块 and 蚊 only follow a figure: the 元 of 2单元501 is no "¥" before 501
        before_figure = alternation([c for c in currencies if c not in _AFTER_ONLY])
        # a code of letters may be glued to its figure ("RM1,000", "QAR1200", "SGD300")
        glued = sorted(
            {*(c for c in currencies if _LETTER_CODE.fullmatch(c)), *glued_only},
            key=len,
            reverse=True,
        )
        currencies.update({c: code for c, code in glued_only.items() if c not in currencies})
        if glued:
            codes = "|".join(re.escape(c) for c in glued)
            before_figure = rf"(?:{before_figure}|(?<![a-z0-9])(?:{codes})(?=\d))"
        blockers = words(lambda lexicon: lexicon.amounts.period_blockers)
        # "25 a week from now" dates the 25; "25 a week from now on" is a rate from now (v48)
        guard = f"(?!\\s?(?:{blockers}){_NOT_ONWARDS})" if blockers else ""
        month = words(lambda lexicon: lexicon.amounts.month)
        week = words(lambda lexicon: lexicon.amounts.week)
        instalment = words(lambda lexicon: lexicon.amounts.instalment) or "(?!)"
        # any period word: what may stand between a figure and the words refusing or echoing it
        period = f"(?:{month}|{week}|{instalment})" if month and week else ""
        fillers = words(lambda lexicon: lexicon.amounts.period_fillers)
        # "190 left over each month": up to two filler words between a figure and its period.
        between = f"(?:\\s?(?:{fillers})){{0,2}}" if fillers else ""
        # "75 instead of 100", "八百而不是1200": a figure put up against the one it replaces
        instead = words(lambda lexicon: lexicon.amounts.instead_words)
        firsts = {word[0] for word in (*currencies, *_WORD_LIST)} | set("0123456789" + _ZH)
        starts = "".join(sorted(re.escape(c) for c in firsts))
        candidates = re.compile(
            rf"(?=[{starts}])(?:(?P<pre>{before_figure})\s?)?"
            rf"(?:(?P<num>(?(pre){_SPACED}|{_SPACED}(?=\s?(?:{currency})))|{_NUMBER})"
            rf"|(?P<words>{_NUMBER_WORDS}))"
            # (a sign right before a figure is that figure's: "three £12 charges" is 12, not 3)
            rf"{_MULTIPLIER}(?:\s?(?P<post>{currency})(?!(?<=[£$€¥￥])\s?\d))?"
        )
        asks = words(lambda lexicon: lexicon.amounts.asked_words)
        return cls(
            candidates=candidates,
            currency_after=re.compile(rf"\s?(?P<post>{currency})"),
            month_again=(
                re.compile(again)
                if (again := words(lambda lexicon: lexicon.amounts.month_again))
                else re.compile("(?!)")
            ),
            currencies=currencies,
            month_before=re.compile(f"(?:{month}){guard}"),
            week_before=re.compile(f"(?:{week}){guard}"),
            month_after=re.compile(f"{between}\\s?(?:{month}){guard}"),
            week_after=re.compile(f"{between}\\s?(?:{week}){guard}"),
            instalment_before=re.compile(f"(?:{instalment}){guard}"),
            instalment_after=re.compile(f"{between}\\s?(?:{instalment}){guard}"),
            money_before=re.compile(words(lambda lexicon: lexicon.amounts.offer_words)),
            stated_before=(
                re.compile(stated)
                if (stated := words(lambda lexicon: lexicon.amounts.stated_words))
                else None
            ),
            not_after=re.compile(
                f"\\s?(?:{words(lambda lexicon: lexicon.amounts.not_after)}){NOT_A_MONTHS_END}"
            ),
            not_before=re.compile(  # "身份证头四位A123": one letter may lead the digits
                f"(?:{before})[\\s.:：#(（\\[【]*[a-z]?$"
                if (before := words(lambda lexicon: lexicon.amounts.not_before))
                else "(?!)"
            ),
            refused_after=re.compile(
                _REFUSED_FILLERS.format(period=period) + f"(?:{_REFUSAL_WORDS})"
            ),
            moved_to=re.compile(
                f"\\s?{_UNIT_AFTER}?\\s?(?:{moves})\\s?{_SIGN_AHEAD}?\\d"
                if (moves := words(lambda lexicon: lexicon.moved_to))
                else "(?!)"
            ),
            echoed=re.compile(
                rf"\s?{_UNIT_AFTER}?\s?" + (f"(?:{period}\\s?)?" if period else "") + "[?？]"
            ),
            stated_after=re.compile(
                f"\\s?(?:的|嘅)?\\s?(?:in |from |of )?(?:{after}){AFTER_WORD}"
                if (after := words(lambda lexicon: lexicon.amounts.stated_after))
                else "(?!)"
            ),
            rest_between=(
                re.compile(f"(?<![a-z])(?:{rest})(?![a-z])")
                if (rest := words(lambda lexicon: lexicon.amounts.rest_words))
                else None
            ),
            negated_figure=re.compile(f"(?:\\bnot|{instead or '(?!)'}){_FIGURE_AHEAD}$"),
            phone_before=re.compile(words(lambda lexicon: lexicon.amounts.phone_words) or "(?!)"),
            dropped_before=re.compile(
                words(lambda lexicon: lexicon.amounts.dropped_words) or "(?!)"
            ),
            asked=re.compile(asks or "(?!)"),
            put_up_against=re.compile(
                "\\s?(?:a month |a week |each |per month |every month )?"
                f"(?:not |{instead or '(?!)'}){_FIGURE_AHEAD}\\d"
            ),
        )

    def find(
        self,
        text: str,
        default_currency: str,
        taken: Sequence[tuple[int, int]] = (),
    ) -> tuple[AmountMention | None, int]:
        """The sum that matters in normalised ``text``, and where it starts.

        Args:
            text: Normalised message text.
            default_currency: The ISO code of plain ``元``/``$`` in the message's language.
            taken: Spans already read as something else (dates); figures there are skipped.

        Returns:
            The amount (or ``None``) and its start offset (``-1`` when there is none).
        """
        if _FIGURE.search(text) is None and _NUMBER_WORD.search(text) is None:
            return None, -1  # most messages hold no figure: two quick searches spare a scan
        best = None
        for candidate in self._answered(text, default_currency, taken):
            if best is None or candidate.score > best.score:
                best = candidate
        return _mentioned(text, best)

    def first(
        self,
        text: str,
        default_currency: str,
        taken: Sequence[tuple[int, int]] = (),
        *,
        disputed: bool = False,
    ) -> tuple[AmountMention | None, int]:
        """The first figure of money in normalised ``text`` (and where it starts), whatever its
        rank: the amount of a message that proposes nothing ("why is it 3,400 when i only
        borrowed 2,000??") — unless a figure is offered with a verb of paying ("cannot pay the
        3000 you want, i could send 800 though"), which :meth:`find` ranks first. In a dispute
        the verbs of paying name the sum demanded ("借一万还一万八"): the first figure stays."""
        first = best = None
        offered = False
        for candidate in self._answered(text, default_currency, taken):
            first = first or candidate
            offered = offered or candidate.offered
            if best is None or candidate.score > best.score:
                best = candidate
        return _mentioned(text, best if offered and not disputed else first)

    def _answered(
        self, text: str, default_currency: str, taken: Sequence[tuple[int, int]]
    ) -> Iterator[_Candidate]:
        """Every figure of money in ``text``, in order, each one put up after a figure turned
        down (or echoed: :meth:`_Candidate.answered`) taking that figure's period
        (:meth:`_Candidate.replacing`)."""
        refused = waiting = None
        for match in islice(self.candidates.finditer(text), _MOST_FIGURES):
            candidate = self._candidate(text, match, default_currency, taken)
            if candidate is None:
                continue
            if waiting is not None:
                if candidate.answers:
                    waiting = waiting.answered()
                waiting = waiting.replacing(refused)
                refused = waiting if waiting.turned_down else refused
                yield waiting
            waiting = candidate
        if waiting is not None:
            yield waiting.replacing(refused)

    def paid_first(
        self,
        text: str,
        default_currency: str,
        rate_start: int,
        taken: Sequence[tuple[int, int]] = (),
    ) -> tuple[AmountMention | None, int]:
        """A first payment before the rate starting at ``rate_start``, and where it starts.

        "put down $300 now, then $100 every month", "先还5000，剩下的每月1000": a figure once,
        offered or plain (not owed, earned or turned down), and one of the lexicons'
        ``rest_words`` between it and the rate, close enough to be one proposal.
        """
        if self.rest_between is None:
            return None, -1
        first: _Candidate | None = None
        for match in islice(self.candidates.finditer(text, 0, rate_start), _MOST_FIGURES):
            candidate = self._candidate(text, match, default_currency, taken)
            if (
                candidate is not None
                and candidate.per is Period.ONCE
                and not (candidate.turned_down or candidate.stated)
                and 0 < rate_start - candidate.end <= _REST_REACH
                and self.rest_between.search(text, candidate.end, rate_start) is not None
            ):
                first = candidate
        return _mentioned(text, first)

    def counters(self, text: str, start: int, taken: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether the figure at ``start`` answers another one before it that the debtor turned
        down: refused ("一万二我真系拎唔出，八千啦"), asked back ("1400? I can do 900") or
        negated ("not 1400. I can give you 900 friday"). Such a figure is a counter-offer even
        when it comes with a day to pay it on."""
        for match in islice(self.candidates.finditer(text, 0, start), _MOST_FIGURES):
            begin, end = match.span()  # any figure: one turned down needs no money word
            if any(s < end and begin < e for s, e in taken) or self.not_after.match(text, end):
                continue  # a day, or a count ("3个月")
            if self._turned_down(text, begin, end) or ASKED_BACK.match(text, end) is not None:
                return True
        return False

    def _turned_down(self, text: str, start: int, end: int) -> bool:
        """Whether the debtor turns down the figure at ``start:end``: refused after it
        ("三千我做不到"), before it ("can't pay the 3000", "don't want to pay 200 a month"),
        negated ("not $400 each") or dropped ("was going to offer 200", 本来想说每月2000)."""
        return (
            self.refused_after.match(text, end) is not None
            or _REFUSED_BEFORE.search(text, max(0, start - _REFUSED_REACH), start) is not None
            or self.negated_figure.search(text, max(0, start - _NEGATED_REACH), start) is not None
            or self.dropped_before.search(clause_before(text, start)[-_DROPPED_REACH:]) is not None
            or (
                self.moved_to.match(text, end) is not None
                and _FROM_BEFORE.search(text, max(0, start - _FROM_REACH), start) is not None
            )
        )

    def _candidate(
        self,
        text: str,
        match: re.Match[str],
        default_currency: str,
        taken: Sequence[tuple[int, int]],
    ) -> _Candidate | None:
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            return None
        number, words = match.group("num"), match.group("words")
        if number is not None and match.group("post") is None and match.group("mult") is None:
            number, end = _trim_spoken_digit(text, number, end, self.not_after, self.stated_before)
        if number is not None and " " in number and self.not_after.match(text, end):
            # "paid R500 200 days ago": the last group counts something else
            number = number.split(" ", 1)[0]
            end = match.start("num") + len(number)
        if number is not None:
            value = parse_number(number.replace(" ", ""))
            chinese_only = not any(c.isdigit() for c in number)
        else:
            if text[end : end + 1] == "-":
                return None  # "a one-time settlement", "a two-week delay": part of a word
            value = parse_english_number(words)
            chinese_only = False
        if value is None or value <= 0:
            return None
        if _CHARGED_ON.search(text, max(0, start - _CHARGED_REACH), start) is not None:
            return None  # "£180 in fees on a £200 phone": the £200 is what was charged on
        if number is not None and _tops_a_range(text, start, end):
            return None  # the 300 of "200-300 dollars", "between 250 and 300": the bottom counts
        top = _range_end(text, end, number)
        if top == end and number is not None:
            top = _between_end(text, start, end, value)
        ranged = top != end
        end = top  # "200-300 a month": the bottom, with the period after the range
        if (after := text[end : end + 1]) and after in _ROUGHLY:
            return None  # "两万多", "九千几": a rough sum is no figure to agree on
        if _NEARLY.search(text, max(0, start - 12), start):
            return None  # "快两百万", "nearly 20k": as rough as "两万多"
        # "200s going in friday", "the 150's gone out": the "'s" is "is" or "has", the figure a
        # payment on its way (not "in the 1990s", "in her 80s")
        on_its_way = (
            number is not None
            and _ON_ITS_WAY.match(text, end) is not None
            and _DECADE_BEFORE.search(text, max(0, start - 12), start) is None
        )
        if number is not None and number[-1].isdigit() and after.isascii() and after.isalpha():
            glued = _LATIN_LETTERS.match(text, end)
            if glued is not None and glued.group() not in self.currencies and not on_its_way:
                return None  # "3q", "4u", "200ish": a figure glued to letters is part of a word
        symbol = match.group("pre") or match.group("post")
        if symbol is not None and self.currencies.get(symbol) == "default":
            # "$450 加幣": a plain sign, then the currency named (v108, blind88)
            named = match.group("post")
            if named is not None and self.currencies.get(named, "default") != "default":
                symbol = named
        if ranged and symbol is None and (after_range := self.currency_after.match(text, end)):
            symbol, end = after_range.group("post"), after_range.end()  # "20-30 dollars a month"
        if words is not None and value < _SMALLEST_WORDED and symbol is None:
            return None  # "for sending me one letter": "one" counts a thing, not money
        if words is not None and symbol is None and _clock_time(text, start, words, value):
            return None  # "call me at two fifty", "by three thirty": a time of day
        # 一了百了, 千万别: a unit character alone is not a figure; with a currency it is
        # (十美元, 百元), unless a vague word makes it "several" (几千块, 上千元, 好几百块).
        unit_alone = chinese_only and not _has_digit(number)
        if chinese_only and number[0] == "十" and text[start - 1 : start] in _VAGUE:
            return None  # "几十万": several hundred thousand, no figure to agree on
        if unit_alone and (symbol is None or text[start - 1 : start] in _VAGUE):
            return None
        multiplier = match.group("mult")
        if multiplier is not None:
            factor = HONG_KONG_MULTIPLIERS.get(multiplier) or SUFFIX_MULTIPLIERS[multiplier]
            value = tidy_number(value * factor)
        if match.group("post") in _WHOLE_UNITS and (change := _CHANGE.match(text, end)):
            value, end = value + _change(change), change.end()  # 九十六蚊四毫, 四百一十二蚊半
        currency = None
        pound = _POUND_CHARGE.match(text, end) if symbol is None and words is None else None
        if pound is not None:
            currency, end = "GBP", pound.end("pound")  # "a 95 pound collection fee"
        elif symbol is not None:
            code = self.currencies[symbol]
            currency = default_currency if code == "default" else code
        elif multiplier in HONG_KONG_MULTIPLIERS:
            currency = "HKD"  # "過一撇畀你": Hong Kong slang names its dollars (v48)
        elif (
            self.not_after.match(text, end)
            # a space after a figure in Chinese numerals ends its clause ("还一千二 月结的钱…"):
            # no count word follows across it ("3 个月" in digits still counts months)
            and not (chinese_only and text[end : end + 1].isspace())
            and not _SPLIT_INTO.match(text, end)
            and not any(s == end for s, _ in taken)  # "1.5万月底": a day follows, not a count
            and not (self.stated_before is not None and self.stated_before.match(text, end))
        ):
            return None
        if currency is None and multiplier is None and _operand(text, start, end, value):
            return None  # "paid 2 of 12", "2 x 130 = 260": a count, or a part of the total
        if (
            currency is None
            and multiplier is None
            and value <= _MOST_IN_COUNT
            and value == value.to_integral_value()
            and _IN_COUNT.search(text, max(0, start - 14), start) is not None
        ):
            return None  # "could I do it in 4", "used Pay in 3": a count of payments (v48)
        if currency is None and number is not None and _corrected_reference(text, start, end):
            return None  # "the order number you sent is wrong, its 7730 not 7731": no sum
        clause = clause_before(text, start)
        if currency is None and _COUNTED_CHANGE.search(clause):
            return None
        before = clause[-_WINDOW:]
        named = self.stated_after.match(text, end)  # "$640 disability a month", "5500的工资"
        day_after = _after_day(text, end, taken)
        per = self._period(text, named.end() if named else day_after, before)
        if per is Period.ONCE and named is None and self._monthly(text, clause, end):
            per = Period.MONTH  # "每个月25号…还2500", "200 on the 1st and the same every month"
        money_verb, stated = self._verbs(clause)
        # "can the payments be 75 instead of 100", "I meant 300 not 30": a figure put up against
        # another is money
        money_verb = money_verb or self.put_up_against.match(text, end) is not None
        # "90 on the 25th", "20 on friday is all ive got": a figure with its day is a payment
        money_verb = money_verb or (
            day_after != end
            and value >= _DATED_MINIMUM
            and number is not None
            and not stated
            and text[start - 1 : start] != ":"  # "14:32 today": a time
        )
        stated = stated or named is not None
        large = _is_large_figure(number, multiplier)
        bare = False
        if currency is None and (
            self.not_before.search(text, _sentence_start(text, start, _WINDOW), start)
            or (
                not ranged
                and (
                    _hyphenated_number(text, start, end)
                    or _identifier(text, start, end)
                    or self._phoned(text, start, end)
                )
            )
            or _COMPOUND_WORD.match(text, end)
            or _exchange_rate(text, start, end, _sentence_start(text, start, _WINDOW))
        ):
            # "confirmation #88213", "尾号4471", "555-0142": a number, not a sum; "the 6-month
            # option", "a 30-day extension": a figure in a compound word counts a thing
            return None
        unsaid = currency is None and per is Period.ONCE and not money_verb and not stated
        # "cleared it via the app, 96.40": two decimal places are cents, money said without a word
        cents = (
            number is not None and value >= _CENTS_MINIMUM and _CENTS.fullmatch(number) is not None
        )
        if (
            unsaid
            and not large
            and (
                _more_letters_around(text, start, end, _SHORT_REST)
                or (chinese_only and value < 10)
                or words is not None
            )
        ):
            if chinese_only or words is not None or (value < BARE_MINIMUM and not cents):
                return None
            bare = True  # "is it still 860 or did it go up": money, said with no money word
        if currency is None and number is not None and not chinese_only:
            digits = sum(c.isdigit() for c in number)
            # "in 2023", "since 2019": four plain digits after a word of English; a year in
            # Chinese carries 年 (a count word), so "那2000打过去" and "1,900" are sums
            before_figure = _last_letter(text, start)
            year_like = (
                number.isdigit()
                and digits == 4
                and 1900 <= value <= 2100
                and per is Period.ONCE
                and (not before_figure or before_figure.isascii())
                and _more_letters_around(text, start, end, 0)  # "2000？" alone is a sum
            )
            dated = year_like and _YEAR_PREPOSITION.search(text, 0, start) is not None
            long_run = digits >= _ID_DIGITS and number.isdigit()  # "account 55201873"
            if long_run or digits > 8 or (year_like and not money_verb and not stated) or dated:
                return None  # a phone number, an account number or a year (not "每月2000")
        # A stated sum ("还剩一千五", "I owe 5000", "I only make 900 a month") does not rank as
        # offered, verb or period or not: "I only make 900 a month, can I pay 100" offers 100.
        offered = money_verb and not stated
        score = (_PERIOD_RANK if per is not Period.ONCE and not stated else 0) + (
            2 if offered else 0
        )
        score += 1 if currency is not None else 0
        turned_down = self._turned_down(text, start, end)
        score -= _TURNED_DOWN_RANK if turned_down else 0
        score -= 1 if bare else 0
        # "笑死，1500一个月？", "每個月6000？": the whole clause (but for its period), asked back
        # (not "can we lower it to 200 a month?")
        echoed = (
            not offered
            and self.echoed.match(text, end) is not None
            and _LETTER.search(self._without_periods(clause)) is None
        )
        return _Candidate(
            start, end, value, currency, per, score, bare, offered, turned_down, stated, echoed
        )

    def _phoned(self, text: str, start: int, end: int) -> bool:
        """Whether the figure at ``start:end`` is in a phone number of three digits and four
        that a word of phoning announces ("his phone is 555 0199, after 6pm")."""
        left = max(0, start - 4)
        pair = next(
            (
                m
                for m in _SHORT_PAIR.finditer(text, left, min(len(text), end + 5))
                if m.start() <= start < m.end()
            ),
            None,
        )
        if pair is None:
            return False
        sentence = _sentence_start(text, pair.start(), _PHONE_REACH)
        return self.phone_before.search(text, sentence, pair.start()) is not None

    def _verbs(self, clause: str) -> tuple[bool, bool]:
        """Whether a money verb stands just before a figure, and whether a word of a stated sum
        stands nearer to it than any money verb.

        ``clause`` is the clause up to the figure; determiners before the figure are skipped
        ("paying the full 780" has its verb as near as "paying 780").
        """
        trimmed = clause
        if clause.endswith(" "):  # English: the words before the figure may be determiners
            tail = clause[-_DETERMINER_REACH:]
            found = _DETERMINERS.search(tail)
            if found is not None:
                trimmed = clause[: len(clause) - len(tail) + found.start()]
        window = trimmed[-_WINDOW:]
        last = max(self.money_before.finditer(window), key=lambda m: m.end(), default=None)
        verb = last.end() if last is not None else -1
        if self.stated_before is None:
            return verb >= 0, False
        # "never owed you people 4,100": a wider reach; and the words the verb reached across
        # stay in it ("a fee of 60": "of" is no determiner of a stated word)
        skipped = len(clause) - len(trimmed)
        reach = clause[-(_STATED_WINDOW + skipped) :]
        offset = len(reach) - len(window) - skipped
        said = max((m.end() - offset for m in self.stated_before.finditer(reach)), default=-1)
        # a hedge right after a stated word qualifies the sum stated ("the original loan was only
        # 2,000", "the bill is about 900"): the stated word holds it as it holds a verb (v48)
        hedged = (
            last is not None
            and _HEDGE.fullmatch(last.group()) is not None
            and 0 <= said <= last.start()
            and _COPULA.fullmatch(window, said, last.start()) is not None
        )
        # the nearer word decides: "借了三千再还六千" offers 六千, "还剩一千五" states 一千五; a
        # stated word that ends with the verb holds it ("现在要还六千", "要我还": the collector's
        # demand, not the debtor's offer)
        return verb >= 0, said >= 0 and (said >= verb or hedged)

    def is_stated(self, text: str, start: int, end: int) -> bool:
        """Whether the figure at ``start:end`` is a sum owed, charged or earned, not one
        offered."""
        return (
            self._verbs(clause_before(text, start))[1]
            or self.stated_after.match(text, end) is not None
        )

    def _monthly(self, text: str, clause: str, end: int) -> bool:
        """Whether a figure with no period word, ending at ``end``, falls due every month: a day
        of every month earlier in its ``clause`` (每个月25号发工资后还你们2500元; not when it is
        this time's only, "每个月15号发工资…先还你们两千"), or words after it repeating it
        (``month_again``: "200 on the 1st and the same every month after")."""
        day = _MONTHLY_DAY.search(clause)
        if day is not None and _THIS_ONCE.search(clause, day.end()) is None:
            return True
        return self.month_again.search(text, end, end + _AGAIN_REACH) is not None

    def _period(self, text: str, end: int, before: str) -> Period:
        """Per month, week or instalment: a period word right after the figure, or the last one
        ``before``."""
        periods = (
            (Period.MONTH, self.month_after, self.month_before),
            (Period.WEEK, self.week_after, self.week_before),
            (Period.INSTALMENT, self.instalment_after, self.instalment_before),
        )
        for period, after, _ in periods:
            if after.match(text, end):
                return period
        last, found = -1, Period.ONCE
        for period, _, words_before in periods:
            for match in words_before.finditer(before):
                if match.end() > last:  # of two, the nearer ("每月…每期1800": each instalment)
                    last, found = match.end(), period
        return found

    def _without_periods(self, clause: str) -> str:
        """``clause`` without its period words ("每個月6000？" is a figure asked back alone)."""
        for words_before in (self.month_before, self.week_before, self.instalment_before):
            clause = words_before.sub("", clause)
        return clause
