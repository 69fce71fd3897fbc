"""Days in a message, resolved against an injected "today" in the debtor's own time zone.

The words (``明天``, ``下``, ``周五``, ``end of the month``, ``payday``) come from the lexicon
files' ``dates`` sections and are shared by all languages; how they combine is here.

Conventions (the corpus under ``tests/nlu_corpus/`` is labelled with them):

* A bare day name (``周五``, ``Friday``, ``on fri``, "friday's fine") is the next one after
  today; with ``this``/``这``/``本`` it is that day of the current week (Monday to Sunday), with
  ``next``/``下`` that day of next week (``下周五``, ``next Friday``), with ``last``/``上`` of
  last week.
* ``下周``/``下禮拜``/``next week`` with no day is the Monday of next week; ``下下周``/"the week
  after next" the Monday after it, and ``下下周三``/"the Wednesday after next" that day of it;
  "by the end of next week"/``下礼拜结束前`` that week's Sunday. British "Friday week" is the
  Friday a week after the coming one (27 Nov); "50 a week from Friday" is a weekly sum from the
  coming Friday.
* A day of the month alone (``15号``, ``the 30th``, ``on the twenty fifth`` — in words only after
  ``on``/``by``/``before``…, so "the first payment" is none) is the next such day from today
  (today included); ``下个月15号`` is in next month, but a month alone (``下个月``, "next month",
  ``上个月``) is no day. ``月底``/``end of the month`` is the month's
  last day; a position of this month that has passed (``月初`` on the 18th) means next month's.
* A month and day without a year (``12月5号``, ``Dec 5th``, ``12/5``, "the first of December") is
  the nearest such day (``12/5`` month first, unless the first number can be no month: ``17/11``
  is 17 November),
  so ``Jan 10`` said in November is next January (the year rolls over); so is a holiday, on a
  fixed day (``平安夜``, "Christmas Eve": 24 Dec) or on a weekday of its month ("Thanksgiving":
  the fourth Thursday of November, 26 Nov; "Black Friday" the day after; ``dates.holidays``),
  or on a day of the lunar calendar (``春节前``: the Spring Festival, 6 Feb 2027); after or
  during a holiday (``春节后``, ``春节期间``, "after christmas") is no day.
* A duration counts only with ``in``/``后``/``from now`` around it (``in two weeks``, ``三天后``,
  "in a fortnight");
  "for two weeks" is not a date, nor is a negated one ("hasn't paid me in 6 weeks"), nor
  ``过两天`` ("in a couple of days": ``dates.few``; ``两天后`` and ``过三天`` are days);
  ``ago``/``前`` after it looks back ("two days ago" is 16 Nov), though not by years ("三年前就
  清償了" names no day).
* A date word does not start inside another word: the 下 of 剩下 ("剩下月底再还") or 一下 is
  not "next" (``dates.inside_words``), so that message means 月底; nor does one end inside a
  word (the 中 of 十月中风 is a stroke, not 月中).
* When the debtor says they already paid, day names and days of the month look back instead;
  otherwise a day to come is preferred to a past one, and a past day alone is dropped by the
  interpreter (it dates a story, "两个月前就失业了", not a payment).
* "After payday" without a day is kept as such (``relative_to_payday``), never guessed; the
  self-employed's pay from their clients is a payday too ("when the invoice clears", 等客户回款,
  "when they do" after a word of their paying); a payday loan, a pay frequency ("I get paid
  weekly") or the creditor's pay ("that's how you get paid now") is no payday
  (``dates.not_payday``, ``dates.others_paid``). Money awaited is a payday too, with words between
  its name and its coming (a ``…`` in a payday phrase: "the deposit from the old flat comes back",
  退休金下个月入账; or any name of ``dates.awaited_money`` with any word of ``dates.money_comes``
  after it or ``dates.money_received`` before it: 货款一进来, 拎到遣散费, "when my sister sends
  the padala"); a day in between names it (退休金周四到账 is Thursday), and a coming negated
  there (补偿金还没到账) is none. "Once it comes" waits for the pay named before it.
* A time of the day said alone, with a word of paying soon after it (晚上回家就转,
  ``dates.times_of_day``), is today; right after a day (明天晚上) or beside one it gives way, and
  before a clock time (晚上十一点还打) it is none.
* Of several days to come, one that a payday or a word of paying follows wins ("今天加班到十点，
  明天发工资了就还你们" is tomorrow); a day held out until ("有冇命捱到下个月", ``hold_out``)
  dates no payment.
* The interpreter keeps a day only where it dates a payment: with a payment move (promised,
  offered, refused, made or agreed to), or as a bare answer ("下周五吧", "after payday"); a day
  in small talk, a story, a plan or a warning sign ("今天天气不错", "got laid off tuesday",
  "这个月底就走") is dropped (``resolution.settle_day``); a word of paying said as an inability
  ("I can't pay", 真的没钱缴) beside a day promises nothing on it, unless the inability ends there
  ("can't pay until the 29th").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import Final, NamedTuple

import ahocorasick
from lunardate import LunarDate

from negotiator.nlu.interpretation import DateMention
from negotiator.nlu.lexicon import GAP, WEEKDAY_ABBREVIATIONS, LexiconFile, MonthPosition
from negotiator.nlu.matcher import gap, gap_pattern
from negotiator.nlu.negation import REFUSED_AFTER
from negotiator.nlu.normalization import (
    AFTER_WORD,
    BEFORE_WORD,
    alternation,
    is_latin_word_character,
    occurrences,
)
from negotiator.nlu.numerals import (
    ENGLISH_DAY_ORDINALS,
    ENGLISH_NUMBERS,
    NOT_A_MONTHS_END,
    parse_number,
)

_ZH_DAY: Final = "[一二两三四五六七八九十廿卅]{1,3}"
_DAY: Final = rf"(?:\d{{1,2}}|{_ZH_DAY})"
_ZH_TENS_DAY: Final = (
    r"(?:[二三]?[十廿卅][一二三四五六七八九]?)(?![\d一二两三四五六七八九十百千万块元蚊个期次倍成%])"
)
"""A day of the month in words with no 号 after a month (下月十五, 下个月二十: v100), written with
its ten, so neither a figure (下个月十五万) nor a count (下个月十个) is one."""
_DAY_SUFFIX: Final = r"(?:号|日|st|nd|rd|th)"
_ORDINAL: Final = r"(?:st|nd|rd|th)"
_COUNTED_THINGS: Final = (
    r"(?:monthly |weekly )?(?:instalments?|installments?|payments?|repayments?|debits?|bills?"
    r"|cheques?|checks?|one|time|month|week|options?|plans?|choices?"
    r"|floor|storey|story|birthday|anniversary|century|place|grade|child|kid|baby)"
)
"""After an ordinal, what it counts: "the 3rd instalment", "the 2nd payment", "the 4th time",
"the 2nd option"; or what it ranks: "the 14th floor", "my 40th birthday" (v55)."""
_ENGLISH_COUNT: Final = alternation([*ENGLISH_NUMBERS, "a", "an", "a couple of"])
_UNIT_DAYS: Final = {"day": 1, "week": 7, "fortnight": 14}
_DAY_WORDS: Final = alternation(ENGLISH_DAY_ORDINALS)
_START: Final = itemgetter(0)
_SAID_IS: Final = (
    "fine|good|ok|okay|better|best|great|perfect|easier|easiest|easy|works|no good|bad|not|out"
)
"""After a weekday and a bare "s", what makes the "s" an "is" ("fridays fine for me"), not a
plural ("I work fridays")."""
_THEY_PAY: Final = re.compile(
    r"\b(?:pays|pay (?:me|us|out|up)|paid (?:me|us)|pays (?:me|us))\b(?![^.!?]{0,12}\?)"
)
"""Before "when they do", a word of someone else paying the debtor ("the council pays invoices
at 90 days", "they pay me monthly"): "when they do" then waits for that pay."""
_PAY_NAMED: Final = re.compile(
    r"\b(?:salary|wages?|(?:my|the|our)\s+pay|paycheck|paycheque|pension|bonus|refund|allowance|stipend|"
    r"commission|sahod|sweldo|payout|settlement)\b"
)
"""Before "once it comes", the debtor's pay named ("salary is delayed … will pay once it comes"):
"once it comes" then waits for that pay."""
_WHEN: Final = "(?:when|once|as soon as|soon as|the day)"
"""The conjunctions that open a wait for someone's pay ("when they do", "once it comes")."""
_WHEN_THEY: Final = re.compile(rf"{_WHEN}\s")
"""The start of a payday phrase that opens with its own conjunction ("when they pay me", "once
they do"): a "you" before it is the one paid ("i'll pay you when they do"), not whose pay."""
_FIGURES: Final = "0123456789一二两三四五六七八九十廿卅半"
"""Characters a date shape may start with besides its words: digits, Chinese numerals."""


_HOLIDAY_MARKERS: Final = "(?:{})".format(
    "|".join(
        f"(?<={word} )"
        for word in ("by", "before", "on", "until", "till", "til", "for", "at", "come")
    )
)
"""A holiday in English dates a payment only right after one of these ("by Christmas Eve",
"come Thanksgiving"): "after christmas" and "with xmas and the kids" name no day."""


_DAY_REFUSED: Final = re.compile(
    rf"\s?(?:就|也|都|真的|真系|真是|实在|可能|肯定|确实|确系)?\s?(?:is |'s )?(?:{REFUSED_AFTER})"
)
"""After a day, words that refuse it ("今天不行", "today won't work")."""
_NOT_SINCE: Final = re.compile(
    r"\b(?:hasn't|haven't|hadn't|has not|have not|had not|never|not)\b[^.!?;,]*$"
)
_NOT_SINCE_REACH: Final = 48
"""A negation earlier in the clause makes "in six weeks" a span gone by ("hasn't paid any of us
in 6 weeks", "I haven't worked in a month"), however many words stand between."""
_FROM_NOW_ON: Final = re.compile(r"\s?(?:on|onwards?|forward|going forward)\b")
"""After "from now" or "from today", the words that make it a start, not a day: "25 a week from
now on" is a rate from now, "from now on" names no day (v48)."""
_MOST_DAYS: Final = 32
"""Days weighed against each other in one message: the first ones (a 5,000-character message of
600 "今天" is noise, and weighing every one costs milliseconds)."""
_BEFORE_REACH: Final = 24
"""Characters before a day searched for the words that stand right before it and undo it: of
holding out ("scrape by until", 捱到) or of someone else's pay ("how you get paid")."""
_RIGHT_AFTER: Final = 3
"""How many characters may stand between a day and the payday or paying word that follows it."""
_SENTENCE_BREAK: Final = re.compile(r"[.!?。！？\n;；]")
_TIME_OF_DAY_REACH: Final = 8
"""How far after a time of the day said alone (晚上) a word of paying may stand: it is today."""
_CLAUSE_BREAK: Final = re.compile(r"[.!?。！？\n;；,，]")
_FROM_NOW_BEFORE: Final = re.compile(r"(?:从|由|自)\s?$|\b(?:as of|from|starting|effective)\s$")
"""Right before a day, the word that opens a time from then on (从, "as of")."""
_FROM_NOW_AFTER: Final = re.compile(r"\s?(?:起|开始|以后|之后|\bon\b|\bonwards?\b)")
"""Right after a day, the word that closes 从…起 or "from … on"."""
_FROM_NOW_REACH: Final = 12
"""Characters before a day searched for :data:`_FROM_NOW_BEFORE`."""
_TOLD_BEFORE: Final = 24
"""Characters before a day searched for a word of the past (``told_words``)."""
_TOLD_AFTER: Final = 16
"""Characters after a day searched for one."""
_MOVED_REACH: Final = 10
"""Characters before a day searched for those words."""
_RECALLED_REACH: Final = 12
"""Characters before a word of the past searched for a word of ``recalled_words``."""


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The ``(start, end)`` of the clause of ``text`` that holds ``start:end`` (between commas,
    full stops and the like)."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0, after.start() if after is not None else len(text))


def _same_sentence(text: str, first: int, second: int) -> bool:
    """Whether offsets ``first`` and ``second`` of ``text`` stand in one sentence."""
    low, high = sorted((first, second))
    return _SENTENCE_BREAK.search(text, low, high) is None


class _Found(NamedTuple):
    start: int
    end: int
    day: date | None
    payday: bool = False
    negatable: bool = False
    time_of_day: bool = False
    inner: int = -1
    """Where the last part of a payday phrase with a gap starts (``到账`` of 退休金…到账)."""


def _add_months(day: date, months: int, on: int | None = None) -> date:
    """The same day ``months`` later (or day ``on``; 0 means the last day), clamped."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    wanted = day.day if on is None else (last if on == 0 else on)
    return date(year, month + 1, min(wanted, last))


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in ENGLISH_NUMBERS:
        return ENGLISH_NUMBERS[text]
    if text in ("a", "an"):
        return 1
    if text == "a couple of":
        return 2
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class DayOfYear:
    """A day that comes back every year, as holidays do: a fixed day (``12-25``) or a weekday
    of its month (``11-thu4``: the fourth Thursday of November; ``05-monl``: the last Monday of
    May), so many days after or before it (``11-thu4+1``: Black Friday); or a day of the Chinese
    lunar calendar (``L01-01``: the Spring Festival, 6 February in 2027), which ``lunardate``
    turns into the day of the year it falls in."""

    month: int
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    """1 to 5, or -1 for the last."""
    offset: int = 0
    lunar: bool = False

    @classmethod
    def parse(cls, text: str) -> DayOfYear:
        """``MM-DD``, ``MM-<weekday><n>[±d]`` or ``L<MM>-<DD>[±d]`` (validated by the lexicon
        file's model)."""
        if text.startswith("L"):
            return cls(int(text[1:3]), day=int(text[4:6]), offset=int(text[6:] or 0), lunar=True)
        month, rest = int(text[:2]), text[3:]
        if rest.isdigit():
            return cls(month, day=int(rest))
        weekday, nth = WEEKDAY_ABBREVIATIONS.index(rest[:3]), -1 if rest[3] == "l" else int(rest[3])
        return cls(month, weekday=weekday, nth=nth, offset=int(rest[4:] or 0))

    def in_year(self, year: int) -> date | None:
        """Its day in ``year`` (``None``: no fifth such weekday that month, no 30th that lunar
        month, or a year the lunar calendar does not cover)."""
        if self.lunar:
            assert self.day is not None
            try:
                solar: date = LunarDate(year, self.month, self.day).to_solar_date()
            except ValueError:
                return None
            return solar + timedelta(days=self.offset)
        if self.day is not None:
            return _safe_date(year, self.month, self.day)
        assert self.weekday is not None
        assert self.nth is not None
        days = [
            d
            for d in calendar.Calendar().itermonthdates(year, self.month)
            if d.month == self.month and d.weekday() == self.weekday
        ]
        if self.nth > len(days):
            return None
        return days[self.nth - 1 if self.nth > 0 else -1] + timedelta(days=self.offset)


def _nearest(today: date, day: DayOfYear, *, past: bool) -> date | None:
    """The ``day`` (a holiday, or a month and day) nearest to today (the latest one not after
    today when ``past``)."""
    options = [
        d for year in (today.year - 1, today.year, today.year + 1) if (d := day.in_year(year))
    ]
    if past:
        earlier = [d for d in options if d <= today]
        return max(earlier) if earlier else None
    return min(options, key=lambda d: (abs((d - today).days), d < today), default=None)


def _day_of_month(today: date, day: int, *, past: bool) -> date | None:
    if not 1 <= day <= 31:
        return None
    step = -1 if past else 1
    for months in (0, step, 2 * step):
        month_start = _add_months(today.replace(day=1), months)
        found = _safe_date(month_start.year, month_start.month, day)
        if found is not None and (found <= today if past else found >= today):
            return found
    return None


def _week_before_day(words: list[str]) -> str:
    """A week word before a day name: ``礼拜五``, ``周 五``, but not ``week friday``.

    Spaces may follow the shortest week word only. The shape was written ``(?:{week}\\s*)``
    around a flat alternation of the words sorted longest first, where ``\\s*`` binds to the
    last word alone, and readings depend on it; :func:`alternation` now returns one group, so
    that reading is spelt out here.
    """
    if not words:
        return "(?!)"
    *longer, shortest = sorted(set(words), key=len, reverse=True)
    return f"{alternation(longer)}|{alternation([shortest])}\\s*"


def _later_characters(words: Iterable[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each character after the first of a word, the words with it there, and where."""
    later: dict[str, list[tuple[str, int]]] = {}
    for word in dict.fromkeys(words):
        for offset in range(1, len(word)):
            later.setdefault(word[offset], []).append((word, offset))
    return {character: tuple(places) for character, places in later.items()}


def _by_script(words: list[str]) -> tuple[list[str], list[str]]:
    """``words`` split into those that start with a Latin word character and the others."""
    latin = [w for w in words if is_latin_word_character(w[0])]
    return latin, [w for w in words if not is_latin_word_character(w[0])]


def _awaited_money(money: list[str], comes: list[str], received: list[str]) -> str:
    """The pattern of money awaited: its name, a gap and a word of its coming (``mc``; ``mcl``
    between Latin words: "the maintenance from my ex comes in"), or a word of getting it, a gap
    and its name (``mr``: 拎到遣散费; ``mrl``: "when my sister sends the padala"); ``(?!)`` when
    the lexicons name none."""
    latin_money, other_money = _by_script(money)
    named = "|".join(
        [
            *([f"{BEFORE_WORD}(?:{alternation(latin_money)})"] if latin_money else []),
            *([f"(?:{alternation(other_money)})"] if other_money else []),
        ]
    )
    latin_comes, other_comes = _by_script(comes)
    latin_received, other_received = _by_script(received)
    shapes = []
    if named and other_comes:
        shapes.append(f"(?:{named}){gap(False)}(?P<mc>{alternation(other_comes)})")
    if named and other_received:
        shapes.append(f"(?:{alternation(other_received)}){gap(False)}(?P<mr>{named})")
    if latin_money and latin_comes:
        shapes.append(
            f"{BEFORE_WORD}(?:{alternation(latin_money)}){gap(True)}"
            f"(?P<mcl>{alternation(latin_comes)}){AFTER_WORD}"
        )
    if latin_money and latin_received:
        shapes.append(
            f"{BEFORE_WORD}(?:{alternation(latin_received)}){gap(True)}"
            f"(?P<mrl>{alternation(latin_money)}){AFTER_WORD}"
        )
    return "|".join(shapes) or "(?!)"


_GAPPED: Final = frozenset({"gpay", "mpay"})
"""The payday shapes with words between their parts, which may hold a day (退休金周四到账)."""


class _Start(NamedTuple):
    """A word or character a date shape may start with, as a key of the starts automaton."""

    length: int
    word_start: bool
    word_end: bool


def _starts(words: Iterable[str]) -> ahocorasick.Automaton[_Start]:
    """Where a date can start: a figure, or one of the words a date shape begins with.

    Most positions of a message start no date; the automaton finds the few that may in one
    pass, and only there are the date shapes tried. A word starting with a Latin letter or digit
    must start a word; one ending with a Latin word character must end one ("the", not "then").
    """
    keys = {
        word: _Start(
            len(word), word[0].isascii() and word[0].isalnum(), is_latin_word_character(word[-1])
        )
        for word in words
        if word
    }
    keys.update({figure: _Start(1, False, False) for figure in _FIGURES})
    automaton: ahocorasick.Automaton[_Start] = ahocorasick.Automaton()
    for word, key in keys.items():
        automaton.add_word(word, key)
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True, slots=True)
class DateGrammar:
    """The compiled date words of every lexicon. Build once with :meth:`build`.

    Attributes:
        pattern: One alternation of every date shape, with named groups.
        starts: Finds where a date shape may start (see :func:`_starts`).
        days_from_today: ``明天`` -> 1.
        weekdays: Day name -> ISO weekday (long and short names).
        next_week: Prefixes of next week.
        week_after_next: Prefixes of the week after next (下下).
        this_week: Prefixes of the current week.
        last_week: Prefixes of last week.
        months: Month name -> number.
        positions: ``月底`` -> a day of this or next month.
        holidays: ``christmas eve`` -> its :class:`DayOfYear` (24 December).
        units: Duration unit word -> ``day``, ``week``, ``month`` or ``year``.
        inside_words: Words whose later characters start no date (``剩下``), and across
            whose characters no date ends (``中风``): for each character after a word's first,
            each word it is in and its offset there.
        hold_out: Words right before a payday phrase that make it no payment day (``撑到``).
        not_payday: Words right after a payday phrase that make it no day ("payday loans").
        others_paid: Words right before a payday phrase that make it the creditor's pay.
        recurring: Words right before a day that make it one of every week ("every weekend").
        paying: A word of paying anywhere in a message: a day to come then dates a payment.
        recalled: Words right before a word of the past that make it the terms recalled, not
            a day told ("on Friday like we said", "as agreed").
        told: A word of a clause told in the past (``told_words``).
        charged: A word of money taken from the debtor (``charged_words``).
        story: A word of something that befell the debtor (``story_words``).
        moved_to: Right before a day, a word that moves a payment to it (``moved_to``): of
            several days, the day a due date is moved to wins (能不能把扣款日改到11号).
        gap_ends: The last parts of the payday phrases with a gap (``到账`` of 退休金…到账).
        few: Counts that mean "a few" after ``过`` with nothing after the unit (过两天: no day).
    """

    pattern: re.Pattern[str]
    starts: ahocorasick.Automaton[_Start]
    days_from_today: dict[str, int]
    weekdays: dict[str, int]
    next_week: frozenset[str]
    week_after_next: frozenset[str]
    this_week: frozenset[str]
    last_week: frozenset[str]
    months: dict[str, int]
    positions: dict[str, MonthPosition]
    holidays: dict[str, DayOfYear]
    units: dict[str, str]
    inside_words: dict[str, tuple[tuple[str, int], ...]]
    hold_out: re.Pattern[str]
    not_payday: re.Pattern[str]
    others_paid: re.Pattern[str]
    recurring: re.Pattern[str]
    paying: re.Pattern[str]
    recalled: re.Pattern[str]
    told: re.Pattern[str] | None = None
    moved_to: re.Pattern[str] = re.compile("(?!)")
    charged: re.Pattern[str] = re.compile("(?!)")
    story: re.Pattern[str] = re.compile("(?!)")
    gap_ends: tuple[str, ...] = ()
    few: frozenset[str] = frozenset()

    @classmethod
    def build(cls, lexicons: Sequence[LexiconFile], normalize: Callable[[str], str]) -> DateGrammar:
        """Compile the ``dates`` sections of ``lexicons``, every word through ``normalize``."""

        def merged(pick: Callable[[LexiconFile], dict[str, object]]) -> dict[str, object]:
            out: dict[str, object] = {}
            for lexicon in lexicons:
                out.update({normalize(k): v for k, v in pick(lexicon).items()})
            return out

        def words(pick: Callable[[LexiconFile], Iterable[str]]) -> list[str]:
            return [normalize(w) for lexicon in lexicons for w in pick(lexicon)]

        # a payday with a gap ("deposit … comes back", 退休金…入账) allows a few words or
        # characters in between, as a lexicon phrase's gap does
        gapped = [
            [normalize(part).strip() for part in phrase.split(GAP)]
            for lexicon in lexicons
            for phrase in lexicon.dates.payday
            if GAP in phrase
        ]
        paydays = [w for w in words(lambda x: x.dates.payday) if GAP not in w]
        awaited = _awaited_money(
            words(lambda x: x.dates.awaited_money),
            words(lambda x: x.dates.money_comes),
            words(lambda x: x.dates.money_received),
        )

        relative = {
            k: int(str(v)) for k, v in merged(lambda x: dict(x.dates.days_from_today)).items()
        }
        long_days = {k: int(str(v)) for k, v in merged(lambda x: dict(x.dates.weekdays)).items()}
        short_days = {
            k: int(str(v)) for k, v in merged(lambda x: dict(x.dates.short_weekdays)).items()
        }
        months = {k: int(str(v)) for k, v in merged(lambda x: dict(x.dates.months)).items()}
        positions: dict[str, MonthPosition] = {}
        for lexicon in lexicons:
            positions.update({normalize(k): v for k, v in lexicon.dates.month_positions.items()})
        units = {k: str(v) for k, v in merged(lambda x: dict(x.dates.units)).items()}
        holidays = {
            k: DayOfYear.parse(str(v)) for k, v in merged(lambda x: dict(x.dates.holidays)).items()
        }
        latin = [k for k in holidays if is_latin_word_character(k[0])]
        other = [k for k in holidays if not is_latin_word_character(k[0])]
        next_week = words(lambda x: x.dates.next_week)
        week_after_next = words(lambda x: x.dates.week_after_next)
        this_week = words(lambda x: x.dates.this_week)
        last_week = words(lambda x: x.dates.last_week)
        markers = words(lambda x: x.dates.weekday_markers)
        prefix = alternation([*next_week, *week_after_next, *this_week, *last_week])
        week = alternation(words(lambda x: x.dates.week_words))
        after_next = alternation(words(lambda x: x.dates.after_next))
        week_later = alternation(words(lambda x: x.dates.week_later))
        end_before = words(lambda x: x.dates.week_end_before)
        end_after = alternation(words(lambda x: x.dates.week_end_after))
        before_day = _week_before_day(words(lambda x: x.dates.week_words))
        month = alternation(months)
        position = alternation(positions)
        # "monday's fine", "fridays good for me": the day's "'s" (or "s") is "is"
        latin_days = [day for day in long_days if is_latin_word_character(day[-1])]
        said_is = (
            rf"|{BEFORE_WORD}(?:{'|'.join(map(re.escape, latin_days))})(?='s{AFTER_WORD}"
            rf"|s\s(?:{_SAID_IS}){AFTER_WORD})"
            if latin_days
            else ""
        )
        shapes = [
            r"(?P<iso>(?<!\d)(?P<iy>20\d\d)[-/.年](?P<im>\d{1,2})[-/.月](?P<id>\d{1,2})(?!\d)[号日]?)",
            rf"(?P<zmd>(?<!\d)(?P<zm>\d{{1,2}}|{_ZH_DAY})月份?(?:(?P<zd>\d{{1,2}})[号日]?|(?P<zc>{_ZH_DAY})[号日]))",
            # "12月底", "十二月初", "1月中": a position of a named month
            rf"(?P<zmp>(?<!\d)(?P<zpm>\d{{1,2}}|{_ZH_DAY})月份?(?P<zpp>[底尾末初中])(?!风))",
            rf"(?P<emd>{BEFORE_WORD}(?P<em>{month})\.?\s*(?P<ed>\d{{1,2}}){_ORDINAL}?(?!\d)"
            rf"(?:,?\s(?P<ey>(?:19|20)\d\d)(?!\d))?)",
            # "the 15th of January": the article belongs here, or "the 15th" alone wins (bare).
            # "the first of December": a day in words only with "the" and "of" (v103)
            rf"(?P<edm>(?:{BEFORE_WORD}the\s+)?(?<!\d)(?:(?P<dd>\d{{1,2}}){_ORDINAL}?\s+(?:of\s+)?"
            rf"|(?<=the\s)(?P<dw>{_DAY_WORDS})\s+of\s+)"
            rf"(?P<dm>{month})(?:,?\s(?P<dy>(?:19|20)\d\d)(?!\d))?)",
            # "3/12期": the third instalment of twelve, no 12 March
            r"(?P<slash>(?<![\d/.$¥])(?P<sm>\d{1,2})/(?P<sd>\d{1,2})(?:/(?P<sy>\d{2,4}))?(?![\d/]|\s?期))",
            rf"(?P<dpos>(?:the\s+)?(?P<pd>\d{{1,2}}){_ORDINAL}\s+of\s+(?P<pp>{position}))",
            rf"(?P<pos>(?P<pw>{position})(?:\s*(?:的|on\s+the|on|the)?\s*(?P<pday>{_DAY})\s*{_DAY_SUFFIX}"
            rf"|(?P<pzd>{_ZH_TENS_DAY}))?)",
            rf"(?P<rel>{alternation(relative)})",
            # not before a clock time or a greeting: "晚上十一点还打", "下午5点以后", 晚上好
            rf"(?P<tod>{alternation(words(lambda x: x.dates.times_of_day))})"
            r"(?!\s*(?:[\d一二两三四五六七八九十几]|好))",
            # "by the end of next week", 下礼拜结束前: that week's Sunday (before "wk" takes 下礼拜)
            # ("at the end of the week", no week named, is any week's end: no day)
            rf"(?P<wke>(?:{alternation(end_before)})\s+(?:the\s+)?(?P<wkep>{prefix})\s+(?:{week}){AFTER_WORD}"
            rf"|(?P<wkzp>{prefix})\s*(?:个\s*)?(?:{week})\s*(?:{end_after}))",
            rf"(?P<wd>(?:(?P<pre>{prefix})\s*(?:的\s*)?)?(?:{before_day})?(?P<day>{alternation(long_days)}{said_is})(?![十百千万])"
            # "the monday after next": the week after next; "Friday week": a week after the
            # coming Friday (v97)
            rf"(?:(?P<wan>\s+(?:{after_next}))|(?P<wl>\s+(?:{week_later})))?"
            # "Monday 30th", "friday the 27th": the day of the month says which one; "Sunday 6
            # Dec", "sunday, december 6th": the day and month do (v47)
            rf"(?:,?\s(?:the\s)?(?P<wnd>\d{{1,2}}){_ORDINAL}?\s+(?:of\s+)?(?P<wnm>{month}){AFTER_WORD}"
            rf"|,?\s(?P<wmn>{month})\.?\s*(?P<wmd>\d{{1,2}}){_ORDINAL}?(?!\d)"
            rf"|,?\s(?:the\s)?(?P<wdd>\d{{1,2}}){_ORDINAL}{AFTER_WORD})?)",
            rf"(?P<swd>(?P<spre>{alternation([*next_week, *this_week, *last_week, *markers])})"
            rf"\s+(?P<sday>{alternation(short_days)}))",
            rf"(?P<wk>(?P<wpre>{alternation([*next_week, *week_after_next])})"
            rf"\s*(?:一\s*)?(?:个\s*)?(?:{week}))",
            # "the week after next": its Monday
            rf"(?P<wka>(?:the\s+)?(?:{week})\s+(?:{after_next}))",
            rf"(?P<dur>(?:(?P<before>{alternation(words(lambda x: x.dates.before))})\s*)?"
            # not the tail of a longer figure: "1500周五" is 1500 on Friday, not 500 weeks
            rf"(?P<n>(?<![\d,.])\d{{1,3}}|[一二两三四五六七八九十半]{{1,3}}|{_ENGLISH_COUNT})\s*"
            rf"(?P<unit>{alternation(units)}){NOT_A_MONTHS_END}"
            rf"(?:\s*(?:(?P<after>{alternation(words(lambda x: x.dates.after))})"
            rf"|(?P<ago>{alternation(words(lambda x: x.dates.ago))})))?)",
            # (not the year-end bonus: 等年底奖金发了 waits for a payday, v72)
            rf"(?P<year>{alternation(words(lambda x: x.dates.year_end))}(?!奖|双薪|花红|分红))",
            # "by Christmas Eve", 平安夜之前; not "after christmas", "xmas and the kids", 圣诞后,
            # 春节期间 (after or during a holiday is no day, as "next month" is none)
            # ("at christmas last year" dates the story told, not a day to come)
            rf"(?P<hol>{_HOLIDAY_MARKERS}(?:{alternation(latin)})(?!,?\s+(?:last\s+year|the\s+year\s+before)\b)"
            rf"|(?:{alternation(other)})(?![节日]?\s?(?:后|之后|以后|过后|过完|期间|假期|放假|连假|长假|那几天|几天)))",
            rf"(?P<pay>{alternation(paydays)})",
            rf"(?P<gpay>{'|'.join(gap_pattern(GAP.join(parts)) for parts in gapped) or '(?!)'})",
            # money awaited, named and coming (补贴到了, "maintenance comes in") or got (拎到遣散费)
            rf"(?P<mpay>{awaited})",
            # "the council pays invoices at 90 days but ill clear it when they do": paid when
            # those who pay the debtor pay (only after a word of their paying: _THEY_PAY); "my
            # salary is delayed … will pay once it comes": the pay named before (_PAY_NAMED)
            rf"(?P<theydo>{BEFORE_WORD}{_WHEN}\s(?:(?P<they>they|he|she)\s(?:do|does)"
            rf"|(?:it|that)\s(?:comes(?:\s(?:in|through))?|lands|arrives|clears|hits|goes\sin))"
            rf"{AFTER_WORD})",
            # "the 3rd instalment", "the 2nd payment": an instalment counted, no day of the month
            rf"(?P<bare>(?<![\d.])(?P<bd>{_DAY})(?:号|日)(?!\s?(?:楼|栋|线|床|室|座|门|窗口|柜台|车厢|仓))|{BEFORE_WORD}(?:the\s+)?(?P<bo>\d{{1,2}}){_ORDINAL}"
            rf"{AFTER_WORD}(?!\s(?:{_COUNTED_THINGS})\b))",
            # "on the twenty fifth": a day in words needs the marker, or "the first payment" is one
            rf"(?P<worded>{BEFORE_WORD}(?:{alternation(markers)})\s+the\s+(?P<bw>{_DAY_WORDS}){AFTER_WORD}"
            rf"(?!\s+of\s+(?:{month})))",
        ]
        starts = [
            *relative,
            *long_days,
            *(f"{day}'s" for day in latin_days),
            *(f"{day}s" for day in latin_days),
            *months,
            *positions,
            *next_week,
            *week_after_next,
            *this_week,
            *last_week,
            *markers,
            *end_before,
            *words(lambda x: x.dates.week_words),
            *words(lambda x: x.dates.before),
            *words(lambda x: x.dates.year_end),
            *holidays,
            *paydays,
            *words(lambda x: x.dates.times_of_day),
            *(parts[0] for parts in gapped),
            *words(lambda x: x.dates.awaited_money),
            *words(lambda x: x.dates.money_received),
            *("when", "once", "as soon as", "soon as"),
            *ENGLISH_NUMBERS,
            "a",
            "the",
        ]
        return cls(
            pattern=re.compile("|".join(shapes)),
            starts=_starts(starts),
            gap_ends=tuple(sorted({parts[-1] for parts in gapped}, key=len, reverse=True)),
            few=frozenset(words(lambda x: x.dates.few)),
            days_from_today=relative,
            weekdays={**long_days, **short_days},
            next_week=frozenset(next_week),
            week_after_next=frozenset(week_after_next),
            this_week=frozenset(this_week),
            last_week=frozenset(last_week),
            months=months,
            positions=positions,
            holidays=holidays,
            units=units,
            inside_words=_later_characters(words(lambda x: x.dates.inside_words)),
            hold_out=re.compile(
                f"(?:{alternation(held)})\\s*$"
                if (held := words(lambda x: x.dates.hold_out))
                else "(?!)"
            ),
            not_payday=re.compile(
                rf"\s*(?:{alternation(unpaid)}){AFTER_WORD}"
                if (unpaid := words(lambda x: x.dates.not_payday))
                else "(?!)"
            ),
            others_paid=re.compile(
                f"{BEFORE_WORD}(?:{alternation(others)})\\s*$"
                if (others := words(lambda x: x.dates.others_paid))
                else "(?!)"
            ),
            recurring=re.compile(
                f"{BEFORE_WORD}(?:{alternation(every)})\\s*$"
                if (every := words(lambda x: x.dates.recurring))
                else "(?!)"
            ),
            paying=re.compile(
                alternation(words(lambda x: x.dates.payment_words or x.amounts.offer_words))
            ),
            recalled=re.compile(
                f"{BEFORE_WORD}(?:{alternation(recall)})\\s?$"
                if (recall := words(lambda x: x.dates.recalled_words))
                else "(?!)"
            ),
            told=(
                re.compile(f"{BEFORE_WORD}(?:{alternation(past)}){AFTER_WORD}")
                if (past := words(lambda x: x.dates.told_words))
                else None
            ),
            moved_to=(
                re.compile(f"{BEFORE_WORD}(?:{alternation(moves)})(?:\\s(?:the\\s)?)?\\s?$")
                if (moves := words(lambda x: x.moved_to))
                else re.compile("(?!)")
            ),
            charged=(
                re.compile(alternation(taken))  # Latin words bounded, 800重复扣款 found
                if (taken := words(lambda x: x.dates.charged_words))
                else re.compile("(?!)")
            ),
            story=re.compile(
                alternation(told) if (told := words(lambda x: x.dates.story_words)) else "(?!)"
            ),
        )

    def find(
        self,
        text: str,
        today: date,
        *,
        past: bool = False,
        negated: Callable[[int], bool] | None = None,
        anchors: Sequence[int] = (),
    ) -> tuple[DateMention | None, list[tuple[int, int]]]:
        """The day that matters in normalised ``text``, and the spans of every date found.

        Args:
            text: Normalised message text.
            today: The debtor's today, in their time zone.
            past: The debtor talks about the past (already paid): day names look back.
            negated: Tells whether a match at an offset is negated; durations and payday
                phrases that are negated do not count, nor a day ("just not today") when
                another remains.
            anchors: Where the words of a payment stand (a promise, an offer): of several days
                to come, one in the sentence of a payment wins ("got laid off tuesday. will pay
                100 on the 10th"). Without them, the words of paying (``payment_words``) stand
                in ("the third message today. can I just pay 100 on friday").

        Returns:
            The first day mentioned (with the payday flag when a payday phrase is present),
            or ``None``; and the ``(start, end)`` span of every date expression.
        """
        found: list[_Found] = []
        last_end = -2
        for match in self._matches(text):
            item = self._resolve(match, today, past)
            if item is None:
                continue
            after_day, last_end = item.start - last_end <= 1, item.end
            if item.time_of_day and (after_day or not self._paid_soon_after(text, item.end)):
                continue  # "明天晚上": when in the day just named; "晚上不要再传": no payment
            if item.negatable and negated is not None and negated(item.start):
                continue
            if item.inner >= 0 and negated is not None and negated(item.inner):
                continue  # "补偿金还没到账": a payday's coming negated in its gap
            before = max(0, item.start - _BEFORE_REACH)
            if self.hold_out.search(text, before, item.start):
                continue  # "要捱到出粮", "有冇命捱到下个月": a day to hold out until, not to pay
            if self.recurring.search(text, before, item.start):
                continue  # "every weekend", "每周五": a day of every week, no one day
            if item.payday and self.not_payday.match(text, item.end):
                continue  # "payday loans", "I get paid weekly": no day at all
            if (
                item.payday
                and _WHEN_THEY.match(text, item.start) is None  # "pay you when they do"
                and self.others_paid.search(text, before, item.start)
            ):
                continue  # "that's how you get paid now": the creditor's pay, not a payday
            found.append(item)
        if not found:
            return None, []
        if any(f.inner >= 0 for f in found):
            # "退休金周四到账": a day in a payday phrase's gap names it; the day alone counts
            found = [
                f
                for f in found
                if f.inner < 0 or not any(f.start < d.start < f.end for d in found if d.day)
            ]
        if any(f.time_of_day for f in found) and not all(f.time_of_day for f in found):
            # "我晚上还要上班，下周五还500": a time of the day is today only when no day is named
            found = [f for f in found if not f.time_of_day]
        spans = [(f.start, f.end) for f in found]
        days = [f for f in found if f.day is not None][:_MOST_DAYS]
        if not past:  # "三天前被裁员了，下周五还": the day to come is the one that matters
            days = [f for f in days if f.day is not None and f.day >= today] or days
        if len(days) > 1:  # "just not today. give me till friday", "今天不行，后天吧"
            days = [f for f in days if not self._refused(text, f, negated)] or days
        if len(days) > 1 and not anchors:  # no move found: its words of paying stand in for it
            anchors = [match.start() for match in self.paying.finditer(text)]
        if len(days) > 1 and anchors:
            # before the day moved to, since a span of days away moves no payment ("in Dubai
            # until Dec 10. I'll pay when I'm back on Dec 11", "gone from 19 Dec to 3 Jan!! so
            # I'll pay on Dec 18")
            paid = [f for f in days if any(_same_sentence(text, f.start, a) for a in anchors)]
            days = paid or days
        if len(days) > 1:  # "把还款日从5号改成20号", "push it from the 5th to the 20th"
            days = [f for f in days if self._moved_to(text, f)] or days
        if len(days) > 1:  # "i told you monday i'd pay on the 1st", "周一没还上…周六一定还"
            days = [f for f in days if not self._told(text, f)] or days
        if len(days) > 1:  # "今天加班到十点，明天发工资了就还你们": the day paid on or paid out
            paydays = frozenset(f.start for f in found if f.payday)
            paying = [f for f in days if self._paid_right_after(text, f, paydays)]
            days = paying or days
        if len(days) > 1:  # "5号发工资，6号我转": the day paid on, not the payday before it (v47)
            paydays = frozenset(f.start for f in found if f.payday)
            own = [f for f in days if self._paid_right_after(text, f, frozenset())]
            near = _RIGHT_AFTER + 1
            days = [f for f in own if paydays.isdisjoint(range(f.end, f.end + near))] or days
        payday = next((f for f in found if f.payday), None)
        if days:
            first = days[0]
            expression = text[first.start : first.end]
            return DateMention(first.day, expression, payday is not None), spans
        if payday is not None:
            return DateMention(None, text[payday.start : payday.end], True), spans
        return None, spans

    def _moved_to(self, text: str, day: _Found) -> bool:
        """Whether ``day`` is the one a payment is moved to (改到11号, "to the 20th")."""
        return self.moved_to.search(text, max(0, day.start - _MOVED_REACH), day.start) is not None

    def _paid_soon_after(self, text: str, end: int) -> bool:
        """Whether a word of paying follows ``end`` in its clause, within a few characters
        (晚上回家就转, 下午去银行还)."""
        limit = end + _TIME_OF_DAY_REACH
        closed = _CLAUSE_BREAK.search(text, end, limit)
        return self.paying.search(text, end, closed.start() if closed else limit) is not None

    def _paid_right_after(self, text: str, day: _Found, paydays: frozenset[int]) -> bool:
        """Whether a payday phrase (starting at one of ``paydays``) or a word of paying follows
        ``day`` within a few characters ("15号发工资", "下禮拜五會匯過去"; not "今天加班")."""
        near = day.end + _RIGHT_AFTER
        return not paydays.isdisjoint(range(day.end, near + 1)) or (
            self.paying.search(text, day.end, near + 2) is not None
        )

    @staticmethod
    def _refused(text: str, found: _Found, negated: Callable[[int], bool] | None) -> bool:
        """Whether the day ``found`` is named to be refused: negated, or followed by a refusal."""
        return (negated is not None and negated(found.start)) or (
            _DAY_REFUSED.match(text, found.end) is not None
        )

    def from_now_on(self, text: str, start: int, end: int) -> bool:
        """Whether the day at ``start:end`` of ``text`` opens a time from then on (从今天起, 由今日
        开始, "as of today", "from today on") in a clause with no word of paying: it dates a
        change ("从今天起别再打电话"), not a payment ("从下个月起每月还500" keeps its day)."""
        opened = _FROM_NOW_BEFORE.search(text, max(0, start - _FROM_NOW_REACH), start)
        if opened is None or not (opened.group().isascii() or _FROM_NOW_AFTER.match(text, end)):
            return False  # 从 needs its 起 or 开始 ("从今天起"); "as of today" needs nothing
        return self.paying.search(text, *_clause_around(text, start, end)) is None

    def in_story(self, text: str, start: int, end: int) -> bool:
        """Whether the day at ``start:end`` of ``text`` shares its clause with a word of
        something that befell the debtor (``story_words``: "laid off from the warehouse on the
        2nd", 2号仓库把我裁了): it dates the story, and implies no promise to pay on it."""
        return self.story.search(text, *_clause_around(text, start, end)) is not None

    def _told(self, text: str, found: _Found) -> bool:
        """Whether the day ``found`` stands in a clause told in the past, a word of it within
        reach before or after the day ("I spoke to someone on Thursday", "周一没还上")."""
        if self.told is None:
            return False
        start = max(found.start - _TOLD_BEFORE, 0)
        breaks = list(_CLAUSE_BREAK.finditer(text, start, found.start))
        start = breaks[-1].end() if breaks else start
        after = _CLAUSE_BREAK.search(text, found.end, found.end + _TOLD_AFTER)
        end = after.start() if after is not None else found.end + _TOLD_AFTER
        return any(
            self.recalled.search(text, max(word.start() - _RECALLED_REACH, 0), word.start()) is None
            for span in ((start, found.start), (found.end, end))
            for word in self.told.finditer(text, *span)
        )

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """Every date shape in ``text``, skipping those that start inside a word (剩下月底).

        From left to right, without overlaps: the shapes are tried only where a date may start.
        """
        position = 0
        for start in sorted(set(map(_START, occurrences(self.starts.iter(text), text)))):
            if start < position:
                continue
            match = self.pattern.match(text, start)
            if match is None:
                continue
            if self._inside_word(text, start):
                position = start + 1  # "剩下月底": try again from 月底
                continue
            if self._ends_inside_word(text, match.end()):
                position = start + 1  # "十月中风": a stroke in October, not mid-month
                continue
            yield match
            # the words in a payday phrase's gap may hold a day (退休金周四到账): look in them too
            position = start + 1 if match.lastgroup in _GAPPED else match.end()

    def _inside_word(self, text: str, start: int) -> bool:
        """Whether the character at ``start`` is a later character of an ``inside_words`` word."""
        for word, offset in self.inside_words.get(text[start], ()):
            if start >= offset and text.startswith(word, start - offset):
                return True
        return False

    def _ends_inside_word(self, text: str, end: int) -> bool:
        """Whether an ``inside_words`` word runs across ``end``, the end of a date shape (the 中
        of 中风 ends no 月中)."""
        return any(
            end - offset >= 0 and text.startswith(word, end - offset)
            for word, offset in self.inside_words.get(text[end : end + 1], ())
        )

    def _resolve(self, match: re.Match[str], today: date, past: bool) -> _Found | None:
        kind = match.lastgroup
        group = match.group
        start, end = match.span()
        day: date | None = None
        if kind == "iso":
            day = _safe_date(int(group("iy")), int(group("im")), int(group("id")))
        elif kind in ("zmd", "emd", "edm", "slash"):
            if kind == "zmd":
                month, number = _number(group("zm")), _number(group("zd") or group("zc"))
            elif kind == "emd":
                month, number = self.months[group("em")], int(group("ed"))
            elif kind == "edm":
                month = self.months[group("dm")]
                number = int(group("dd")) if group("dd") else ENGLISH_DAY_ORDINALS[group("dw")]
            else:
                month, number = int(group("sm")), int(group("sd"))
            if kind == "slash" and month is not None and month > 12 and number is not None:
                month, number = number, month  # "17/11": no 17th month, so day first
            if month is None or number is None or not 1 <= month <= 12:
                return None
            year = {"slash": group("sy"), "emd": group("ey"), "edm": group("dy")}.get(kind)
            if year is not None:
                full = int(year) + (2000 if len(year) == 2 else 0)
                day = _safe_date(full, month, number)
            else:
                day = _nearest(today, DayOfYear(month, day=number), past=past)
        elif kind in ("pos", "dpos"):
            position = self.positions[group("pw") or group("pp")]
            wanted = group("pday") or group("pd") or group("pzd")
            on = _number(wanted) if wanted else None
            if position.day == "none" and on is None:
                return None  # "剩下的下个月补上", "上个月已经还了": a month, no day of it
            target = on or (0 if position.day == "end" else int(position.day))
            day = _add_months(today.replace(day=1), position.months, target)
            if position.months == 0 and day < today and not past:
                day = _add_months(today.replace(day=1), 1, target)
        elif kind == "rel":
            day = today + timedelta(days=self.days_from_today[group("rel")])
        elif kind == "tod":
            return _Found(start, end, today, time_of_day=True)
        elif kind == "wd" and (group("wnm") or group("wmn")):
            month = self.months[group("wnm") or group("wmn")]
            day = _nearest(
                today, DayOfYear(month, day=int(group("wnd") or group("wmd"))), past=past
            )
        elif kind == "wd" and group("wdd"):
            day = _day_of_month(today, int(group("wdd")), past=past)
        elif kind == "zmp":
            month = _number(group("zpm"))
            if month is None or not 1 <= month <= 12:
                return None
            on = {"初": 1, "中": 15}.get(group("zpp"), 0)
            first = _nearest(today, DayOfYear(month, day=1), past=past)
            day = _add_months(first, 0, on) if first is not None else None
        elif kind in ("wd", "swd"):
            prefix = group("pre") if kind == "wd" else group("spre")
            weekday = self.weekdays[group("day") if kind == "wd" else group("sday")]
            after_next = kind == "wd" and bool(group("wan"))  # "the monday after next"
            day = self._weekday(today, weekday, prefix, past, after_next=after_next)
            if kind == "wd" and prefix is None and not past and group("wl"):
                day += timedelta(days=7)  # "Friday week"
        elif kind == "wk":
            weeks = 2 if group("wpre") in self.week_after_next else 1
            day = today + timedelta(days=7 * weeks - today.weekday())
        elif kind == "wka":
            day = today + timedelta(days=14 - today.weekday())
        elif kind == "wke":
            day = self._weekday(today, 7, group("wkep") or group("wkzp"), past)
        elif kind == "dur":
            return self._duration(match, today)
        elif kind == "year":
            day = date(today.year, 12, 31)
        elif kind == "hol":
            day = _nearest(today, self.holidays[group("hol")], past=past)
        elif kind == "pay":
            return _Found(start, end, None, payday=True, negatable=True)
        elif kind == "gpay":
            said = match.group()
            last = next((w for w in self.gap_ends if said.endswith(w)), "")
            return _Found(start, end, None, payday=True, negatable=True, inner=end - len(last))
        elif kind == "mpay":
            last = next(g for g in ("mc", "mcl", "mr", "mrl") if match.start(g) >= 0)
            return _Found(start, end, None, payday=True, negatable=True, inner=match.start(last))
        elif kind == "theydo":
            waited = _THEY_PAY if group("they") else _PAY_NAMED
            if waited.search(match.string, 0, start) is None:
                return None  # "i'll call back when they do", "i'll tell you when it comes"
            return _Found(start, end, None, payday=True, negatable=True)
        elif kind == "bare":
            number = _number(group("bd") or group("bo"))
            day = _day_of_month(today, number, past=past) if number is not None else None
        elif kind == "worded":
            day = _day_of_month(today, ENGLISH_DAY_ORDINALS[group("bw")], past=past)
        if day is None:
            return None
        return _Found(start, end, day)

    def _weekday(
        self, today: date, weekday: int, prefix: str | None, past: bool, after_next: bool = False
    ) -> date:
        monday = today - timedelta(days=today.weekday())
        offset = timedelta(days=weekday - 1)
        if after_next or prefix in self.week_after_next:
            return monday + timedelta(days=14) + offset
        if prefix in self.next_week:
            return monday + timedelta(days=7) + offset
        if prefix in self.last_week:
            return monday - timedelta(days=7) + offset
        if prefix in self.this_week:
            return monday + offset
        ahead = (weekday - 1 - today.weekday()) % 7
        if past:
            return today - timedelta(days=(7 - ahead) % 7 or 7)
        return today + timedelta(days=ahead or 7)

    def _duration(self, match: re.Match[str], today: date) -> _Found | None:
        ago = match.group("ago") is not None
        if match.group("before") is None and match.group("after") is None and not ago:
            return None
        raw = match.group("n")
        unit = self.units[match.group("unit")]
        start, end = match.span()
        if match.group("before") == "in" and _NOT_SINCE.search(
            match.string, max(0, start - _NOT_SINCE_REACH), start
        ):
            return None  # "site hasn't paid any of us in 6 weeks": how long, not when
        if match.group("after") is not None and _FROM_NOW_ON.match(match.string, end):
            return None  # "25 a week from now on": a rate from now, no day
        if ago and unit == "year":
            return None  # "三年前就清償了", "paid it off years ago": when, but no day to look up
        if raw in self.few and match.group("before") and not match.group("after"):
            return None  # "过两天就还": in a couple of days, no day (v100)
        sign = -1 if ago else 1
        if raw == "半":
            count_days = {"day": 0, "week": 3, "fortnight": 7, "month": 15, "year": 182}[unit]
            return _Found(start, end, today + timedelta(days=sign * count_days), negatable=True)
        count = _number(raw)
        if count is None or count > 120:
            return None
        if unit in _UNIT_DAYS:
            day = today + timedelta(days=sign * count * _UNIT_DAYS[unit])
        else:
            day = _add_months(today, sign * count * (12 if unit == "year" else 1))
        return _Found(start, end, day, negatable=True)
