"""The lexicon files: what words mean, as data a non-programmer can extend.

One YAML file per language lives in ``negotiator/nlu/lexicons/`` (``en.yaml``, ``zh_Hans.yaml``,
``zh_Hant.yaml``). Every file is validated when the interpreter starts; a mistake stops start-up
with the file, the line, the field and the reason (:class:`~negotiator.errors.DataFileError`).

The format, top to bottom (``lexicons/README.md`` has a worked example)::

    version: 1                  # bump when you change the file; shown in reports
    language: zh_Hans           # zh_Hans, zh_Hant or en
    default_currency: CNY       # the currency of plain "元", "块", "$", "dollars" in this language
    spellings: {木有: 没有}      # typos and slang rewritten before matching
    negation: {cues: [不, 没], window: 2, breakers: [逼]}
    slots: {kin: [wife, husband, 'son(?:-in-law)?']}  # word lists patterns name as {kin}
    reporting: {verbs: [说], first_person: [我], fillers: [都], turned_down: [不用]}
    amounts: {currencies: {...}, month: [...], week: [...], offer_words: [...], not_after: [...]}
    dates: {days_from_today: {...}, weekdays: {...}, ...}
    entries:
      - id: opt_out.stop_contact        # unique within the file
        intent: opt_out                 # an intent, and/or
        reason: unemployment            # a hardship reason (the intent is then hardship)
        phrases: [别再联系我, 别再…打电话] # "…" stands for a few words in between
        whole_message: [退订]            # counts only when it is the whole message
        patterns: ['不要?再.{0,4}打']      # regular expressions, for programmers
        negatable: true                 # "不"/"not" just before cancels it (default true)
        quotable: false                 # reported speech ("他说…") cancels it (default false)
        confidence: 0.9                 # how sure one match makes us (default 0.9)
        fallback: false                 # true: counts only when nothing else was understood
        figurative: false               # true: a figure of speech, never the intent (累死了)
        secondary: false                # true: a signal that yields the intent to anything else
        examples: [请别再联系我了]         # sentences it must match (checked by the tests)

Matching is case-insensitive, Traditional characters are folded to Simplified on both sides (so
a phrase written in either script matches text in either), full-width letters and digits count
as ASCII, and a longer phrase hides the shorter phrases inside it. An entry with ``ignore: true``
signals nothing: it exists to hide the phrases inside it (``no problem`` is not a refusal).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Final, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from negotiator.datafile import load_model_file
from negotiator.domain.language import SUPPORTED_LANGUAGES
from negotiator.domain.money import is_known_currency
from negotiator.domain.policy import HardshipReason
from negotiator.errors import DataFileError, Problem
from negotiator.nlu.interpretation import Intent

GAP: str = "…"
"""In a phrase, stands for a few words (en) or characters (zh) in between."""

Text = Annotated[str, Field(min_length=1, max_length=200)]
PatternText = Annotated[str, Field(min_length=1, max_length=1000)]
EntryId = Annotated[str, Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)*$", max_length=80)]
SlotName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]

SLOT_REFERENCE: Final = re.compile(r"\{([a-z][a-z0-9_]*)\}")
"""How a pattern names a slot: ``{kin}``. A regex quantifier (``{2}``, ``{0,4}``) starts with a
digit or a comma, so it is never read as one."""


class LexiconModel(BaseModel):
    """Base of the lexicon schema: frozen, strict about unknown fields, docstrings kept."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", use_attribute_docstrings=True, str_strip_whitespace=True
    )


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from exc
    return pattern


class Entry(LexiconModel):
    """One thing debtors say, the phrases that say it, and what it signals."""

    id: EntryId
    """Unique within the file, dotted lower case, e.g. ``opt_out.stop_contact``; cues name it."""
    intent: Intent | None = None
    """The intent a match signals. Omit it with ``reason`` (the intent is then ``hardship``)."""
    reason: HardshipReason | None = None
    """The hardship reason a match signals, if any."""
    ignore: bool = False
    """Signals nothing; the entry only hides the shorter phrases inside its phrases."""
    phrases: list[Text] = []
    """Words that count anywhere in the message. ``…`` stands for a few words in between."""
    whole_message: list[Text] = []
    """Words that count only when they are the whole message (punctuation and emoji aside)."""
    patterns: list[PatternText] = []
    """Regular expressions (Python syntax) matched against the normalised text."""
    negatable: bool = True
    """A negation just before the match (``not``, ``不``, ``没``) cancels it."""
    quotable: bool = False
    """A match inside quotation marks or someone else's reported words does not count."""
    confidence: float = Field(default=0.9, ge=0, le=1)
    """How sure one match makes the interpreter of the intent."""
    fallback: bool = False
    """Counts only when nothing else was understood (a bare ``?`` is a question then)."""
    figurative: bool = False
    """A figure of speech that only looks like the intent ("累死了", "this debt is killing me",
    "为了几千块去死？想多了"): a match is kept as a suppressed cue (``figurative``), hides the
    shorter phrases inside it, and keeps the n-gram model from adding the intent."""
    secondary: bool = False
    """The intent is reported in ``signals`` but leaves ``intent`` to anything else detected:
    "明天就还，别催了" is a promise that also asks to stop the chasing."""
    beside: list[Intent] = []
    """A match counts only where another entry reads one of these intents in the same message
    too; alone it is kept as a suppressed cue (``alone``). Contact made the condition of a
    threat ("keep calling my granny's house", 再给我妈打一个电话试试) asks for it to stop only
    beside the threat it conditions: ``beside: [abuse]``."""
    examples: list[Text] = []
    """Messages this entry must match; the test suite checks every one."""

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        return [_check_regex(p) for p in patterns]

    @field_validator("phrases", "whole_message")
    @classmethod
    def _no_empty_gaps(cls, phrases: list[str]) -> list[str]:
        for phrase in phrases:
            if not phrase.strip(GAP + " "):
                raise ValueError(f"phrase {phrase!r} has no words")
        return phrases

    @model_validator(mode="after")
    def _signals_something(self) -> Self:
        if not (self.phrases or self.whole_message or self.patterns):
            raise ValueError("give at least one of phrases, whole_message or patterns")
        if self.ignore:
            if self.intent is not None or self.reason is not None or self.figurative:
                raise ValueError(
                    "an entry with ignore: true signals nothing; drop intent/reason/figurative"
                )
            return self
        if self.intent is None and self.reason is None:
            raise ValueError("give an intent, a reason, or ignore: true")
        if self.figurative and (self.intent is None or self.reason is not None):
            raise ValueError("a figurative entry names the intent it only looks like, no reason")
        if self.reason is not None and self.intent not in (None, Intent.HARDSHIP):
            raise ValueError("a reason signals hardship; drop the intent or set it to hardship")
        if self.beside and (self.figurative or self.fallback or self.intent in self.beside):
            raise ValueError(
                "beside names other intents a match needs; not with figurative or fallback, "
                "nor the entry's own intent"
            )
        return self

    @property
    def signal_intent(self) -> Intent | None:
        """The intent this entry signals (``hardship`` when only a reason is given)."""
        if self.ignore:
            return None
        return self.intent if self.intent is not None else Intent.HARDSHIP


class NegationRules(LexiconModel):
    """When a negation just before a phrase cancels it."""

    cues: list[Text] = []
    """Negation words (``not``, ``never``, ``不``, ``没``); words ending in ``n't`` always count."""
    window: int = Field(default=2, ge=0, le=6)
    """How many words (en) or characters (zh) may stand between the negation and the phrase."""
    breakers: list[Text] = []
    """Words that stop a negation from reaching past them (``but``, ``逼``: "别逼我去死")."""


class ReportingRules(LexiconModel):
    """How to tell someone else's reported words from the debtor's own."""

    verbs: list[Text] = []
    """Reporting verbs (``said``, ``told``, ``说``)."""
    first_person: list[Text] = []
    """Subjects that make it the debtor's own words (``i``, ``我``): "I told you, stop"."""
    fillers: list[Text] = []
    """Words ignored between the subject and the verb (``already``, ``都``)."""
    turned_down: list[Text] = []
    """Words right after a closing quotation mark that turn the quoted words down (``nah``,
    ``不用``, ``唔使``, ``是发错``): the bot's own offer quoted back and refused ("speak to a
    human"? nah; 「轉真人」？唔使), or the debtor's own words taken back. The quoted match does
    not count, whatever its entry (self-harm excepted: its entries never are)."""
    turned_down_fillers: list[Text] = []
    """Words that may stand between the closing quotation mark and the turning down (``lol``,
    ``哈哈``, ``兄弟``)."""


class AmountWords(LexiconModel):
    """Words around a figure that make it money, and say how often."""

    currencies: dict[Text, str] = {}
    """Sign or word -> ISO 4217 code, or ``default`` for the file's ``default_currency``."""
    month: list[Text] = []
    """Words that make an amount monthly (``每个月``, ``a month``, ``/mo``)."""
    week: list[Text] = []
    """Words that make an amount weekly."""
    instalment: list[Text] = []
    """Words that make an amount one instalment of a plan (``每期``, ``per instalment``): paid as
    often as the plan falls due."""
    period_fillers: list[Text] = []
    """Words that may stand between a figure and its period word (``left over``, ``spare``,
    ``左右``): "190 left over each month" is 190 a month."""
    period_blockers: list[Text] = []
    """Words right after a period word that make it a duration instead (``一个月后``)."""
    offer_words: list[Text] = []
    """Verbs before a bare figure that make it money (``pay``, ``还``, ``afford``)."""
    stated_words: list[Text] = []
    """Words before a figure that make it a sum stated rather than offered: owed, borrowed,
    charged or earned (``owe``, ``earn``, ``欠``, ``本金``, ``到手``). Such a
    figure is money, ranks below an offered one and implies no counter-offer ("我只借了5000",
    "I only earn 900 a month" state a sum; they do not propose one)."""
    dropped_words: list[Text] = []
    """Words before a figure the debtor thought of and dropped (``was going to offer``,
    ``本来想说``): it is turned down, as one refused is, and a figure put up after it answers it
    ("I was going to offer 200 a month, but ... 150 is all I can do" offers 150 a month)."""
    stated_after: list[Text] = []
    """Words right after a figure (and its currency, and a ``的``) that name it as money coming
    in or going out, not offered: income, benefits, rent (``工资``, ``补助``, ``disability``,
    ``rent``). "一个月5500的工资一分没见着", "nothing coming in except $640 disability a month"
    state a sum, like :attr:`stated_words`; a period word may follow them."""
    instead_words: list[Text] = []
    """Words between a figure put up and the one it replaces (``instead of``, ``而不是``): in "75
    instead of 100" the 75 is offered and the 100 turned down."""
    rest_words: list[Text] = []
    """Words between a first payment and the rate that follows it (``then``, ``the rest``,
    ``剩下``, ``然后``): "put down 300 then 100 a month" is 300 now, then 100 a month."""
    not_after: list[Text] = []
    """Words right after a figure that make it something else (``号``, ``kids``, ``%``)."""
    not_before: list[Text] = []
    """Words right before a figure without a currency that make it a number of something else
    (``#``, ``case no``, ``尾号``, ``电话``): "confirmation #88213" is no sum."""
    asked_words: list[Text] = []
    """Question words that make a message's figure the thing asked about, not an offer (``why``,
    ``which``, ``哪``, ``怎么算``, ``什么办法``): "3000块年化24.9%，这个利率依据的是哪条法律？" asks
    about 3000, where "500?" and "how about 500?" offer it."""
    phone_words: list[Text] = []
    """Words of phoning earlier in a figure's sentence (``phone``, ``call``, ``电话``) that make
    three digits and four a phone number: "his phone is 555 0199" holds no sum, "pay 300 1500 is
    too much" two."""
    month_again: list[Text] = []
    """Words after a figure with no period that repeat it every month (``the same every month``,
    ``之后每个月都这个数``): "200 on the 1st and the same every month after" is 200 a month."""

    @field_validator("currencies")
    @classmethod
    def _known_currencies(cls, currencies: dict[str, str]) -> dict[str, str]:
        for word, code in currencies.items():
            if code != "default" and not is_known_currency(code):
                raise ValueError(f"{word!r}: {code!r} is not an ISO 4217 code (or 'default')")
        return currencies


MonthDay = int | Literal["end", "none"]

WEEKDAY_ABBREVIATIONS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""How a :data:`HolidayDate` names a weekday, Monday first (``date.weekday()`` order)."""
HolidayDate = Annotated[
    str,
    StringConstraints(
        pattern=r"^(?:(0[1-9]|1[0-2])-(?:(0[1-9]|[12]\d|3[01])"
        rf"|({'|'.join(WEEKDAY_ABBREVIATIONS)})([1-5]|l)([+-][1-9])?)"
        r"|L(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)([+-][1-9])?)$"
    ),
]
"""A day of the year: ``MM-DD``, or a weekday of a month, ``MM-<weekday><n>`` with ``n`` from 1
to 5 or ``l`` for the last (``11-thu4``: the fourth Thursday of November), optionally so many
days after or before it (``11-thu4+1``: the Friday after); or a day of the Chinese lunar
calendar, ``L<MM>-<DD>`` (``L01-01``: the Spring Festival; ``L01-01-1``: the eve before it)."""


class MonthPosition(LexiconModel):
    """A phrase naming a day of a month relative to this one (``下个月底``, ``end of month``)."""

    months: int = Field(ge=-1, le=12)
    """0 for this month, 1 for next month, -1 for last month."""
    day: MonthDay
    """The day of that month, ``end`` for its last day, or ``none`` when the month alone names
    no day and only a day of it does (``下个月`` and "next month" are no day, ``下个月15号`` is;
    the corpus conventions)."""


class DateWords(LexiconModel):
    """The words of dates; how they combine (``下`` + ``周五``) is in ``nlu/dates.py``."""

    days_from_today: dict[Text, int] = {}
    """``今天: 0``, ``tomorrow: 1``, ``后天: 2``, ``yesterday: -1``."""
    weekdays: dict[Text, Annotated[int, Field(ge=1, le=7)]] = {}
    """Day names -> ISO weekday (Monday 1 ... Sunday 7): ``friday: 5``, ``周五: 5``."""
    short_weekdays: dict[Text, Annotated[int, Field(ge=1, le=7)]] = {}
    """Day names that count only after a prefix or marker (``next fri``, ``on sat``)."""
    next_week: list[Text] = []
    """Prefixes of a day in next week (``next``, ``下``, ``下个``)."""
    week_after_next: list[Text] = []
    """Prefixes of a day or a week in the week after next (``下下``, ``下下个``): 下下周三."""
    after_next: list[Text] = []
    """Words after a day name or a week word that put it in the week after next ("the monday
    after next", "the week after next")."""
    week_later: list[Text] = []
    """Words after a bare day name that put it a week after the coming one, as British English
    says it: "Friday week" is the Friday after this coming one."""
    week_end_before: list[Text] = []
    """Words before a week that name its last day, Sunday ("by the end of next week")."""
    week_end_after: list[Text] = []
    """Words after a week that name its last day, Sunday (下礼拜结束前)."""
    this_week: list[Text] = []
    """Prefixes of the coming day (``this``, ``on``, ``by``, ``这``, ``本``)."""
    last_week: list[Text] = []
    """Prefixes of a day in last week (``last``, ``上``)."""
    weekday_markers: list[Text] = []
    """Words that make a short day name a day without naming a week (``on``, ``by``)."""
    week_words: list[Text] = []
    """The word for a week after those prefixes (``week``, ``周``, ``礼拜``): "下礼拜"."""
    months: dict[Text, Annotated[int, Field(ge=1, le=12)]] = {}
    """Month names -> 1..12 (``december: 12``, ``dec: 12``)."""
    month_positions: dict[Text, MonthPosition] = {}
    """Phrases for a day of this or next month (``月底``, ``下个月``, ``end of next month``)."""
    year_end: list[Text] = []
    """Phrases for 31 December (``年底``, ``end of the year``)."""
    holidays: dict[Text, HolidayDate] = {}
    """Holidays -> their day of the year (``christmas eve: 12-24``, ``平安夜: 12-24``, ``元旦:
    01-01``; ``thanksgiving: 11-thu4``, ``black friday: 11-thu4+1``; those that move with the
    moon by their lunar day, ``春节: L01-01``, ``中秋: L08-15``), resolved as a month and a day
    are: the nearest such day."""
    units: dict[Text, Literal["day", "week", "fortnight", "month", "year"]] = {}
    """Duration units (``天: day``, ``weeks: week``) for "in two weeks", "三天后"."""
    after: list[Text] = []
    """Words after a duration that make it a date (``后``, ``from now``)."""
    before: list[Text] = []
    """Words before a duration that make it a date (``in``, ``within``)."""
    few: list[Text] = []
    """Counts that mean "a few" between a ``before`` word and the unit with nothing after it
    (过两天: in a couple of days, no day; 两天后 is one)."""
    ago: list[Text] = []
    """Words after a duration that make it a past day (``ago``, ``前``): "two days ago"."""
    inside_words: list[Text] = []
    """Words whose later characters start no date (``剩下``: "剩下月底再还" is 月底, not
    下月底), and inside which no date ends (``中风``: "十月中风" is a stroke in October, not
    月中)."""
    times_of_day: list[Text] = []
    """A time of the day said alone (``晚上``, ``下午``) with a word of paying soon after it: today
    ("晚上回家就转"); right after a day ("明天晚上", "周五下午") it only says when in that day."""
    payday: list[Text] = []
    """Phrases for "when I get paid" (``发工资``, ``payday``); the day is not guessed."""
    awaited_money: list[Text] = []
    """Names of money a debtor waits for (``补贴``, ``工程款``, ``bonus``, "maintenance"): with one
    of ``money_comes`` after it, a few words or characters apart ("once the maintenance from my
    ex comes in", 货款一进来), or one of ``money_received`` before it (拎到遣散费), it is a
    payday, as a ``payday`` phrase is. One name and one coming word cover what the ``payday``
    list would need a phrase for each pair."""
    money_comes: list[Text] = []
    """Words of money coming in after its name (``到账``, ``下来``, ``落嚟``, "comes through")."""
    money_received: list[Text] = []
    """Words of getting money before its name (``拿到``, ``拎到``, ``收到``)."""
    hold_out: list[Text] = []
    """Words right before a payday phrase that make it a day to hold out until, not a day to pay
    (``撑到``, ``捱到``: "要捱到出粮" is hardship)."""
    recurring: list[Text] = []
    """Words right before a day that make it come back every week (``every``, ``每``): "I drive
    to see her every weekend" names no day, and "每周五还" no first Friday either."""
    others_paid: list[Text] = []
    """Words right before a payday phrase that make it someone else's pay, the creditor's
    ("that's how you get paid now": the trustee pays the creditor), not the debtor's payday."""
    not_payday: list[Text] = []
    """Words right after a payday phrase that make it a kind of loan or a pay frequency, not a
    day ("payday loans", "I get paid weekly", "get paid less")."""
    told_words: list[Text] = []
    """Words of a clause told in the past, next to a day in it ("I told you monday", "the
    reminder Monday actually helped", 周一没还上): of several days, such a day is one that has
    been, and yields to the others ("…I'd pay on the 1st", "…周六一定还")."""
    story_words: list[Text] = []
    """Words of something that befell the debtor (``laid off``, ``fired``, ``裁了``): a day in
    their clause dates the story and implies no promise to pay on it ("laid off from the
    warehouse on the 2nd. nothing to pay with")."""
    charged_words: list[Text] = []
    """Words of money taken from the debtor (``double-charged``, ``debits of``, ``扣了两次``): in
    an amount dispute that promises and offers nothing, such a word makes a day gone by the day of
    the charge disputed ("the 150 went out twice on the 2nd"), which is kept."""
    recalled_words: list[Text] = []
    """Words right before a word of ``told_words`` that make it the terms recalled, not a day
    told: "on Friday like we said", "as agreed" tell no past."""
    payment_words: list[Text] = []
    """Words that make a day to come the day of a payment when no phrase says what happens then
    ("friday, I'll transfer it"); without them, the ``offer_words`` of ``amounts`` do, some of
    which say nothing of paying ("about", "do": "the guy who called me monday, what about him")."""


def _iso_currency(code: str) -> str:
    """``code`` when it is an ISO 4217 currency code (else a validation error)."""
    if not is_known_currency(code):
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    return code


def expand_slots(pattern: str, slots: dict[str, str], scope: str = "the file's slots") -> str:
    """``pattern`` with every ``{name}`` replaced by the alternation of slot ``name``.

    Raises:
        ValueError: the pattern names a slot ``slots`` does not hold (``scope`` says which
            slots those are, in the message).
    """

    def alternation(reference: re.Match[str]) -> str:
        name = reference.group(1)
        if name not in slots:
            known = ", ".join(sorted(slots)) or "none"
            raise ValueError(f"{{{name}}} names no slot ({scope}: {known})")
        return slots[name]

    return SLOT_REFERENCE.sub(alternation, pattern)


def compile_slots(slots: dict[str, list[str]]) -> dict[str, str]:
    """Each slot as one non-capturing alternation of its items, in the order they are written.

    An item may name a slot written before it (``party: ['{kin}', 'my carer']``), so a list
    is written once and widened everywhere it is used.

    Raises:
        ValueError: an item names a slot not written before it, or the slot is no valid regex.
    """
    compiled: dict[str, str] = {}
    for name, items in slots.items():
        try:
            alternation = (
                "(?:"
                + "|".join(expand_slots(item, compiled, "the slots above it") for item in items)
                + ")"
            )
            _check_regex(alternation)
        except ValueError as exc:
            raise ValueError(f"slot {name!r}: {exc}") from exc
        compiled[name] = alternation
    return compiled


class LexiconFile(LexiconModel):
    """One language's lexicon file."""

    version: int = Field(ge=1)
    """Bump it when you change the file; it is reported by ``negotiator nlu eval``."""
    language: Literal["zh_Hans", "zh_Hant", "en"]
    """Which language the file is for."""
    default_currency: str
    """ISO code of plain currency words (``元``, ``$``) in this language."""
    dialect_currencies: dict[str, list[Text]] = {}
    """ISO code -> words of a dialect whose plain ``$`` means that currency when the account's
    currency is not known: Traditional Chinese is Taiwan's (TWD) unless the message is in
    Cantonese (``唔``, ``咗``, ``嘅``: HKD)."""
    spellings: dict[Text, Text] = {}
    """Typos and slang -> the spelling the phrases use (``cant: "can't"``, ``木有: 没有``)."""
    negation: NegationRules = NegationRules()
    """How negation cancels a match."""
    slots: dict[SlotName, Annotated[list[PatternText], Field(min_length=1)]] = {}
    """Named word lists for the patterns: ``kin: [wife, husband, 'son(?:-in-law)?']`` lets a
    pattern say ``{kin}`` where it means any of them. Each item is a regular expression; an item
    may name a slot written above it. A structure written over slots (a contact verb, the one
    named, a time) widens wherever one of its lists does: a word added once reaches every
    pattern that names the list."""
    reporting: ReportingRules = ReportingRules()
    """How reported speech is recognised."""
    moved_to: list[Text] = []
    """Words that move a payment or a figure to what follows them (``改到``, ``降到``, "to",
    ``→``): of a figure moved from one to another the second is offered ("from 240 to 150"), and
    of several days the one a due date is moved to wins (扣款日改到11号)."""
    amounts: AmountWords = AmountWords()
    """Money words."""
    dates: DateWords = DateWords()
    """Date words."""
    entries: list[Entry]
    """What debtors say and what it signals."""
    model_evidence: dict[Intent, list[Text]] = {}
    """For an intent the n-gram model may add on its own (``self_harm_risk``,
    ``dispute_not_mine``): words one of which a message must hold before the model's guess
    counts, in any language's file (a message may mix them). A guess from character n-grams
    alone is not enough to tell a debtor in crisis that they matter more than any debt; these
    words make it a guess about the right subject. An intent no file lists here is not
    restricted."""

    @field_validator("default_currency")
    @classmethod
    def _known_currency(cls, code: str) -> str:
        return _iso_currency(code)

    @field_validator("dialect_currencies")
    @classmethod
    def _known_dialect_currencies(cls, codes: dict[str, list[str]]) -> dict[str, list[str]]:
        for code in codes:
            _iso_currency(code)
        return codes

    @field_validator("slots")
    @classmethod
    def _slots_compile(cls, slots: dict[str, list[str]]) -> dict[str, list[str]]:
        compile_slots(slots)
        return slots

    @field_validator("entries")
    @classmethod
    def _unique_ids(cls, entries: list[Entry]) -> list[Entry]:
        seen: set[str] = set()
        for entry in entries:
            if entry.id in seen:
                raise ValueError(f"entry id {entry.id!r} is used twice; ids must be unique")
            seen.add(entry.id)
        return entries

    @field_validator("entries")
    @classmethod
    def _slots_expanded(cls, entries: list[Entry], info: ValidationInfo) -> list[Entry]:
        """Every pattern's ``{name}`` replaced by its slot, so the matcher sees plain regexes."""
        written = info.data.get("slots")
        if written is None:  # the slots were invalid; that error is reported on its own
            return entries
        slots = compile_slots(written)
        expanded: list[Entry] = []
        for entry in entries:
            if not any(SLOT_REFERENCE.search(pattern) for pattern in entry.patterns):
                expanded.append(entry)
                continue
            try:
                patterns = [_check_regex(expand_slots(p, slots)) for p in entry.patterns]
            except ValueError as exc:
                raise ValueError(f"entry {entry.id!r}: {exc}") from exc
            expanded.append(entry.model_copy(update={"patterns": patterns}))
        return expanded


PACKAGED_LEXICONS: Path = Path(__file__).resolve().parent / "lexicons"
"""The lexicons shipped with negotiator."""


def load_lexicons(directory: Path | None = None) -> tuple[LexiconFile, ...]:
    """Load and validate every ``*.yaml`` lexicon in ``directory`` (default: the packaged ones).

    Raises:
        DataFileError: a file is invalid (every problem, with file, line and field), or the
            directory holds no lexicon for a supported language.
    """
    folder = directory if directory is not None else PACKAGED_LEXICONS
    files = sorted(folder.glob("*.yaml"))
    lexicons: list[LexiconFile] = []
    problems: list[Problem] = []
    for path in files:
        try:
            lexicons.append(load_model_file(path, LexiconFile))
        except DataFileError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataFileError(problems)
    found = {lexicon.language for lexicon in lexicons}
    missing = [language for language in SUPPORTED_LANGUAGES if language not in found]
    if missing:
        raise DataFileError(
            [Problem(str(folder), None, "", f"no lexicon file for {', '.join(missing)}")]
        )
    return tuple(lexicons)
