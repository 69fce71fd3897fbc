"""From matches to meaning: which cues count, which intent wins, how sure we are.

The steps, for one normalised message:

1. Every lexicon phrase is found (:class:`~negotiator.nlu.matcher.PhraseMatcher`); a match
   preceded by a negation, (for ``quotable`` entries) inside someone else's reported words,
   (for any entry but self-harm's) in quotation marks turned down right after them ("转人工"？
   不用), or of a ``figurative`` entry ("累死了": a figure of speech), is kept as a suppressed
   cue and signals nothing. A match of an entry with ``beside`` counts only where another entry
   reads one of the intents it names (contact made the condition of a threat is an opt-out beside
   the threat); alone it is kept as a cue suppressed ``alone`` (:func:`counted_beside` counts it
   once a model has read that intent).
2. Dates, then amounts (skipping figures inside dates) are read.
   A promise phrase asked back as a question next to a refusal ("一次性还清？做梦吧") is the
   collector's demand repeated: it does not count as a promise.
3. Built-in rules add what the words imply: an amount per month or week, an amount alone
   ("500?"), or one named after another figure was turned down ("三千太多了，两千五下周五转你")
   is a counter-offer; a day next to a payment verb ("12月5号还款"), or put in place of a day
   turned down ("今天不行 周六吧"), is a promise;
   identity theft ("有人冒用我的身份证借的") disputes the debt as not the debtor's. A message
   that proposes, promises and reports paying nothing takes its first figure of money
   ("why is it 3,400 when i only borrowed 2,000??"), as the corpus conventions say.
4. ``fallback`` entries (a bare question mark) count only when nothing else did.
5. The intent is the first signal in :data:`~negotiator.nlu.interpretation.INTENT_PRIORITY`
   that some non-``secondary`` cue supports (a ``secondary`` signal such as "别催了" stays in the
   signals but wins only alone); a hardship told by its cause alone ("I'm home from hospital
   now") gives way to a balance asked, or a question asked with a question mark, beside it,
   unless a refusal stands there too;
   the hardship reason is a disaster before all else (the job or the shop it took follow from
   it), then a named cause before a consequence (illness before reduced income), then the
   surest, then the longest reason cue.

Once the models have spoken too, :func:`settle_day` keeps the day only where it dates a payment.

Confidence is the strongest cue of the winning intent (a second cue adds a little), lowered when
negotiation moves contradict each other (agree and decline at once).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date
from operator import itemgetter
from typing import Final, NamedTuple

from negotiator.domain.policy import HardshipReason
from negotiator.nlu.amounts import ASKED_BACK, TOO_MUCH, AmountGrammar
from negotiator.nlu.dates import DateGrammar
from negotiator.nlu.interpretation import (
    ALONE,
    INTENT_PRIORITY,
    AmountMention,
    Cue,
    DateMention,
    Intent,
    Interpretation,
    Period,
)
from negotiator.nlu.matcher import Hit, PhraseMatcher, Rule
from negotiator.nlu.negation import ContextRules

_ALONE_WITH_AMOUNT: Final = frozenset({Intent.AGREE, Intent.ASK_QUESTION})
"""Signals that leave a message "just an amount" ("500 ok?" is a counter-offer)."""
_PAYMENT_MOVES: Final = frozenset(
    {Intent.PROMISE_TO_PAY, Intent.COUNTER_OFFER, Intent.ALREADY_PAID, Intent.DECLINE}
)
_PROPOSED: Final = frozenset({Intent.PROMISE_TO_PAY, Intent.COUNTER_OFFER, Intent.ALREADY_PAID})
"""Moves whose figure is the one proposed, promised or paid (the best-ranked figure); with none
of them, a message's amount is its first figure of money (the corpus conventions)."""
_COUNTERED_MOVES: Final = frozenset({Intent.PROMISE_TO_PAY, Intent.DECLINE, Intent.HARDSHIP})
"""A promise, a refusal or a hardship ("1500我真拿不出，800我现在就能转") whose figure answers
another one turned down is a counter-offer."""
_DATED_MOVES: Final = _PAYMENT_MOVES | {Intent.AGREE}
"""What a day can be the day of: a payment promised, offered, refused or made, or the day agreed
to ("ok friday works"); every corpus author labels a day only there."""
_ABOUT_CONTACT: Final = frozenset(
    {Intent.OPT_OUT, Intent.REQUEST_HUMAN, Intent.LEGAL_REPRESENTATION}
)
"""Intents about who talks to whom: today opening a time from then on in their message dates the
change of contact ("但从今天起别再往这个号打电话"), not a payment promised in another clause."""
_HELD: Final = (
    r"\s?(?:and\s)?(?:it\s)?(?:就|就系|就是|都系|都是)?\s?"
    r"(?:stays at|stays|stay|remains|is staying|still|keep it at"
    r"|还是|继续|照旧|照样|仍然|仍是|维持)\s?"
)
"""Between a figure and the same figure again, the words that hold it against a change."""
_REFUSING: Final = frozenset({Intent.DECLINE, Intent.HARDSHIP})
"""Intents under which words right after a figure that refuse it make it no offer."""
_HANDED_ON: Final = frozenset({Intent.LEGAL_REPRESENTATION, Intent.BANKRUPTCY})
"""Moves that hand the debt on: a day beside a word of paying there ("I'm seeing a solicitor on
Monday … the payment pause", "filed chapter 7 on Monday … the plan payments") is the day of that,
and implies no promise to pay on it. (An opt-out does not: "周五还，别再打了" promises Friday.)"""
_DATE_RULE: Final = "builtin.date"
_THEN_RULE: Final = "builtin.then"
"""The cue of a rate after a first payment ("then $100 a month")."""
_DAY_RULE: Final = "builtin.day_with_payment"
_NOT_WORDS: Final = re.compile(r"[\W_]+")
_ANSWER_WORDS: Final = frozenset(
    (
        *("by", "on", "the", "at", "around", "before", "until", "till", "after", "when"),
        *("maybe", "probably", "ok", "okay", "then", "i", "guess", "hopefully", "let's"),
        *("say", "how", "about", "like", "so", "well", "um", "uh", "my"),
    )
)
"""English words that may stand around a date in a bare answer ("maybe by Friday")."""
_ANSWER_PARTICLES: Final = re.compile(
    "以后|之后|之前|以前|左右|再说|后|前|吧|呢|啊|哦|吗|那就|可以|好的|嗯|ok"
)
"""Chinese particles and words of assent that may stand around a date in a bare answer ("月底吧",
"发工资以后", "那就下周五吧，可以")."""
_SENTENCE_END: Final = re.compile(r"[.!?。！？\n]")
_CLAUSE_END: Final = re.compile(r"[.!?。！？\n,，;；]")
_REFUSED_GAP: Final = 4
"""Characters between a refusal and the figure it refuses ("not agreeing to 400 a month")."""
_REFUSED_AFTER_GAP: Final = 20
"""Characters between a figure and the "too much" after it that refuses it ("900 a month is way
too much", "每月两千太多了"; not "500一个月 行就行 不行拉倒", an offer on take-it-or-leave-it
terms)."""
_RANK: Final[dict[Intent, int]] = {
    intent: rank for rank, intent in enumerate(INTENT_PRIORITY) if intent is not Intent.UNKNOWN
}
"""The intents a reading reports as signals, each with its place in
:data:`~negotiator.nlu.interpretation.INTENT_PRIORITY`."""
_CONFLICTS: Final = (frozenset({Intent.AGREE, Intent.DECLINE}),)
_BUILTIN_CONFIDENCE: Final = {
    "builtin.amount_with_period": 0.8,
    "builtin.amount_alone": 0.7,
    "builtin.amount_countering": 0.75,
    "builtin.day_with_payment": 0.75,
    "builtin.fraud_not_mine": 0.85,
}


class Reading(NamedTuple):
    """One message on its way through the interpreter (a tuple: one is built per message).

    Attributes:
        text: The message as received.
        normal: The normalised text every rule is matched against.
        language: The message's language code.
        default_currency: The ISO code of plain ``元``/``$`` in that language.
        today: The debtor's today, or ``None`` (then no date is read).
    """

    text: str
    normal: str
    language: str
    default_currency: str
    today: date | None


def _suppression(hit: Hit, text: str, contexts: Mapping[str, ContextRules]) -> str | None:
    rule = hit.rule
    if rule.figurative:
        return "figurative"
    rules = contexts.get(rule.language)
    if rules is None:
        return None
    if rule.negatable and rules.is_negated(text, hit.start):
        return "negated"
    if rule.quotable and rules.is_reported(text, hit.start):
        return "quoted"
    if (
        rule.intent is not None
        and rule.intent is not Intent.SELF_HARM_RISK
        and rules.is_turned_down(text, hit.start)
    ):
        return "quoted"
    return None


def _negated_anywhere(contexts: Mapping[str, ContextRules], text: str, start: int) -> bool:
    return any(rules.is_negated(text, start) for rules in contexts.values())


def resolve(
    reading: Reading,
    *,
    matcher: PhraseMatcher,
    contexts: Mapping[str, ContextRules],
    amounts: AmountGrammar,
    dates: DateGrammar | None,
) -> Interpretation:
    """Everything ``reading`` says, as an :class:`Interpretation` (steps in the module doc)."""
    text = reading.normal
    cues: list[tuple[int, Cue]] = []
    support: dict[Intent, list[float]] = {}
    fallback: list[Hit] = []
    promises: list[Hit] = []
    refusals: list[Hit] = []
    reason_hit: Hit | None = None
    fraud_hit: Hit | None = None
    secondary: set[Intent] = set()
    told_hardship = False  # a hardship cue besides the reasons ("can't pay", "没钱")
    leading: set[Intent] = set()
    anchors: list[int] = []  # where the words of a payment move stand
    waiting: list[Hit] = []  # matches that count only beside another intent (Entry.beside)
    for hit in matcher.find(text):
        rule = hit.rule
        if rule.intent is None and rule.reason is None:
            continue  # an ignore entry: it only hides the phrases inside it
        suppressed = _suppression(hit, text, contexts)
        if suppressed is None and rule.beside:
            waiting.append(hit)
            continue
        cues.append((hit.start, Cue(rule.signal, hit.text, rule.rule_id, suppressed)))
        if suppressed is not None or rule.intent is None:
            continue
        if rule.fallback:
            fallback.append(hit)
            continue
        support.setdefault(rule.intent, []).append(rule.confidence)
        (secondary if rule.secondary else leading).add(rule.intent)
        if rule.intent is Intent.HARDSHIP and rule.reason is None:
            told_hardship = True
        if rule.intent in _DATED_MOVES:
            anchors.append(hit.start)
        if rule.intent is Intent.PROMISE_TO_PAY:
            promises.append(hit)
        elif rule.intent is Intent.FRAUD_IDENTITY_THEFT and fraud_hit is None:
            fraud_hit = hit
        elif rule.intent is Intent.DECLINE:
            refusals.append(hit)
        if rule.reason is not None and (reason_hit is None or _weight(hit) > _weight(reason_hit)):
            reason_hit = hit

    for hit in waiting:
        # "keep callin my granny house and see what happen": the contact conditions the threat
        rule = hit.rule
        alone = rule.beside.isdisjoint(support)
        cue = Cue(rule.signal, hit.text, rule.rule_id, ALONE if alone else None)
        cues.append((hit.start, cue))
        if not alone and rule.intent is not None:
            support.setdefault(rule.intent, []).append(rule.confidence)
            (secondary if rule.secondary else leading).add(rule.intent)
    if fraud_hit is not None and Intent.DISPUTE_NOT_MINE not in support:
        # "someone used my ID to borrow this": identity theft says the debt is not theirs
        support[Intent.DISPUTE_NOT_MINE] = [_BUILTIN_CONFIDENCE["builtin.fraud_not_mine"]]
        cue = Cue(Intent.DISPUTE_NOT_MINE.value, fraud_hit.text, "builtin.fraud_not_mine")
        cues.append((fraud_hit.start, cue))
    if Intent.DECLINE in support and promises and all(_echoed(text, h.end) for h in promises):
        del support[Intent.PROMISE_TO_PAY]  # "一次性还清？做梦吧": their demand, then a refusal
    mention: DateMention | None = None
    taken: list[tuple[int, int]] = []
    if reading.today is not None and dates is not None:
        mention, taken = dates.find(
            text,
            reading.today,
            past=_looks_back(support.keys(), text, dates),
            negated=lambda start: _negated_anywhere(contexts, text, start),
            anchors=anchors,
        )
    amount, amount_start = amounts.find(text, reading.default_currency, taken)
    if amount is not None or mention is not None:
        for rule_id, intent, start, said in _implied(
            reading, support, amount, amount_start, mention, amounts, dates, refusals, taken
        ):
            support.setdefault(intent, []).append(_BUILTIN_CONFIDENCE[rule_id])
            cues.append((start, Cue(intent.value, said, rule_id)))
    if amount is not None and not (support.keys() & _PROPOSED):
        # no sum proposed, promised or paid: the figure that matters is the first one
        # ("why is it 3,400 when i only borrowed 2,000??" disputes 3,400)
        amount, amount_start = amounts.first(
            text, reading.default_currency, taken, disputed=Intent.DISPUTE_AMOUNT in support
        )
    then: AmountMention | None = None
    if amount is not None and amount.per is not Period.ONCE:
        # "put down $300, then $100 a month": the first payment is the amount, the rate follows;
        # "250 on the 30th, then 250 a month" is a monthly plan from the 30th, no first payment
        first, first_start = amounts.paid_first(text, reading.default_currency, amount_start, taken)
        if first is not None and first.amount != amount.amount:
            cues.append((amount_start, Cue("then", amount.text, _THEN_RULE)))
            then, amount, amount_start = amount, first, first_start
    if amount is not None:
        cues.append((amount_start, Cue("amount", amount.text, "builtin.amount")))
    if (
        mention is not None
        and mention.date is not None
        and reading.today is not None
        and mention.date < reading.today
        and not _looks_back(support.keys(), text, dates)
    ):
        mention = None  # a past day dates a story ("两个月前就失业了"), not a payment
    answer = mention is not None and _only(text, mention.expression)
    if (
        mention is not None
        and mention.date is None
        and not answer
        and not (support.keys() & _PAYMENT_MOVES)
    ):
        mention = None  # "发工资" in a story about late wages, not a payment tied to payday
    if not support:
        for hit in fallback:
            if hit.rule.intent is not None:
                support.setdefault(hit.rule.intent, []).append(hit.rule.confidence)

    # An "unknown" entry ("huh?") only keeps the fallback question from firing.
    ranked = list(filter(_RANK.__contains__, support))
    if len(ranked) > 1:
        ranked.sort(key=_RANK.__getitem__)
    signals = tuple(ranked)
    intent = signals[0] if signals else Intent.UNKNOWN
    if intent in secondary and intent not in leading:
        # "明天就还，别催了": the stop-chasing signal stays, the promise is what the message does
        intent = next((s for s in signals if s not in secondary or s in leading), intent)
    if intent is Intent.HARDSHIP and not told_hardship and Intent.DECLINE not in support:
        # "I'm home from hospital now. What are my options?", "他在住院，他欠多少": a cause told
        # on the way to a question is context, not a plea; the question is what the message does
        # ("I don't know how to pay this", with no question mark, stays a plea)
        asked = _ASKED_PAST_A_CAUSE if "?" in text else _ASKED_PAST_A_CAUSE - {Intent.ASK_QUESTION}
        intent = next((s for s in signals if s in asked), intent)
    if mention is not None:
        start = text.find(mention.expression)
        cues.append((max(start, 0), Cue("date", mention.expression, _DATE_RULE)))
    reason: HardshipReason | None = reason_hit.rule.reason if reason_hit is not None else None
    return Interpretation(
        text=reading.text,
        language=reading.language,
        intent=intent,
        signals=signals,
        reason=reason,
        amount=amount,
        date=mention,
        confidence=_confidence(intent, support),
        cues=_distinct(cues),
        then=then,
    )


def counted_beside(reading: Interpretation, waiting: Mapping[str, Rule]) -> Interpretation:
    """``reading`` with each match that waited for another intent (a cue suppressed ``alone``,
    ``Entry.beside``) counted where a model has read that intent since: a threat the lexicons
    have no words for, read as abuse by the meaning model (再给我老妈打一个电话试试，我…信不信),
    still makes the contact it is conditioned on an opt-out. The intent joins the signals only."""
    present = set(reading.signals)
    counted: dict[int, Cue] = {}
    added: set[Intent] = set()
    for position, cue in enumerate(reading.cues):
        rule = waiting.get(cue.rule) if cue.suppressed == ALONE else None
        if rule is not None and rule.intent is not None and not rule.beside.isdisjoint(present):
            counted[position] = replace(cue, suppressed=None)
            added.add(rule.intent)
    if not counted:
        return reading
    return replace(
        reading,
        signals=tuple(i for i in INTENT_PRIORITY if i in present or i in added),
        cues=tuple(counted.get(position, cue) for position, cue in enumerate(reading.cues)),
    )


def paid_on(
    understood: Interpretation, normal: str, dates: DateGrammar, today: date
) -> Interpretation:
    """``understood`` with the day a payment was made, when only a model read that it was made.

    :func:`resolve` looks back for days only when the lexicons read a payment made; a model
    that reads one afterwards ("前日入咗錢，你哋check下先") brings its day back with it, and
    when the payment made is what the message says, a day name looks back too ("my husband
    paid off the whole 640 on monday" is last Monday).
    """
    if Intent.ALREADY_PAID not in understood.signals:
        return understood
    ahead = understood.date is not None and (
        understood.intent is not Intent.ALREADY_PAID
        or understood.date.date is None
        or understood.date.date <= today
    )
    if ahead:
        return understood
    mention, _ = dates.find(normal, today, past=True)
    if mention is None or mention.date is None or mention.date > today:
        return understood
    cue = Cue("date", mention.expression, _DATE_RULE)
    cues = tuple(c for c in understood.cues if c.rule != _DATE_RULE)
    return replace(understood, date=mention, cues=(*cues, cue))


def settle_day(
    understood: Interpretation,
    normal: str,
    today: date | None = None,
    dates: DateGrammar | None = None,
    amounts: AmountGrammar | None = None,
) -> Interpretation:
    """``understood`` without a day that dates no payment.

    Run after every reader (lexicons and models) has spoken, since a model may name the move
    the day belongs to ("ill have the 1000 to you tomorrow morning"). A day stays when the message
    promises, offers, refuses, reports or agrees to a payment, or when it is the whole message (a
    bare answer, "下周五吧"). Otherwise it dates small talk ("今天天气不错"), a story ("got laid off
    tuesday") or a plan ("filing chapter 13 next week"), and is dropped. In a self-harm message a
    promise that only the day implied (``builtin.day_with_payment``: "not sure about tonight",
    "cheaper than paying you") is no promise, so its day goes too ("这个月底就走"), nor does a
    refusal date one ("gave my dog away today ... do whatever u want with the debt"); a promise
    in words ("我怎么可能为了这点钱去死，下周五还你") keeps it. A day gone by (before ``today``)
    in an amount dispute that promises and offers nothing dates the charge disputed ("the 150
    went out twice on the 2nd"); a day to come there dates nothing ("3 charges … in one month").
    In a message about contact (an opt-out, a person asked for, a lawyer), today opening a time
    from then on with no word of paying beside it dates the change ("钱我会还的。但从今天起别再
    打电话"), not the promise.
    Every corpus author labels days this way.
    """
    day = understood.date
    if day is None:
        return understood
    unsaid: set[str] = set()
    # "i could send two hundred on the 30th if im still around by then": a sum offered with its
    # day is a payment in words, even in a self-harm message
    offered = understood.intent is Intent.SELF_HARM_RISK and _offered_on_day(
        understood, normal, dates, amounts
    )
    if understood.intent is Intent.SELF_HARM_RISK and not offered:
        said = {c.signal for c in understood.cues if c.rule != _DAY_RULE and c.suppressed is None}
        unsaid = {c.signal for c in understood.cues if c.rule == _DAY_RULE} - said
    signals = tuple(s for s in understood.signals if s.value not in unsaid)
    moves = _DATED_MOVES.intersection(signals)
    if (
        today is not None
        and day.date is not None
        and day.date <= today
        and _looks_back(set(signals), normal, dates)
    ):
        moves |= {Intent.DISPUTE_AMOUNT}  # "扣了两次" on 2号: the day the money was taken
    if understood.intent is Intent.SELF_HARM_RISK:  # "gave my dog away today ... do whatever"
        # "就这样吧，今晚以后你们就找不到我了", "stop worrying about the payment plan, it won't
        # matter after this weekend": no deal, no plan
        moves -= {Intent.DECLINE, Intent.AGREE, Intent.COUNTER_OFFER}
        if not offered and not _moved_beside(understood, moves, normal, day.expression):
            moves = frozenset()  # "gave the dog away today. you'll get your money (insurance)"
    if (
        understood.intent in _ABOUT_CONTACT
        and today is not None
        and day.date == today
        and _from_now_on(normal, day.expression, dates)
    ):
        moves = frozenset()  # "钱我会还的。但从今天起别再打电话": the day the calls stop
    dated = bool(moves) or (not unsaid and _only(normal, day.expression))
    if dated and not unsaid:
        return understood
    dropped = {_DAY_RULE} if dated else {_DAY_RULE, _DATE_RULE}
    return replace(
        understood,
        signals=signals,
        date=day if dated else None,
        cues=tuple(
            c
            for c in understood.cues
            if c.rule not in dropped or (c.rule == _DAY_RULE and c.signal not in unsaid)
        ),
    )


_DEMANDED: Final = re.compile(
    r"要我|让我|叫我|逼我|要求我|\b(?:wants?|expects?|asks?|asking|asked|tells?|telling|told|make|makes)"
    r" me to\b|\bmake me\b"
)
"""Before a sum and its day, words that make them the collector's demand ("你们还要我周五前还两
千", "you want me to pay 500 by friday"), not the debtor's offer."""
_OFFERED_GAP: Final = 12
"""Characters at most between a sum offered and its day, or a word of paying and the sum."""


def _offered_on_day(
    understood: Interpretation,
    normal: str,
    dates: DateGrammar | None,
    amounts: AmountGrammar | None,
) -> bool:
    """Whether the message offers its sum with its day, in one clause: a word of paying right
    before the figure and the day beside it ("could send two hundred on the 30th"; not a sum
    demanded, "你们还要我周五前还两千")."""
    amount, day = understood.amount, understood.date
    if (
        dates is None
        or amounts is None
        or amount is None
        or amount.bare
        or day is None
        or day.date is None
    ):
        return False
    figure, on = normal.find(amount.text), normal.find(day.expression)
    if figure < 0 or on < 0 or amounts.is_stated(normal, figure, figure + len(amount.text)):
        return False
    first, last = sorted(((figure, figure + len(amount.text)), (on, on + len(day.expression))))
    between = normal[first[1] : last[0]]
    clause = [m.end() for m in _CLAUSE_END.finditer(normal, 0, first[0])]
    return (
        0 <= last[0] - first[1] <= _OFFERED_GAP
        and _CLAUSE_END.search(between) is None
        and dates.paying.search(normal, max(0, figure - _OFFERED_GAP), figure) is not None
        and _DEMANDED.search(normal, clause[-1] if clause else 0, first[0]) is None
    )


def _from_now_on(normal: str, expression: str, dates: DateGrammar | None) -> bool:
    """Whether the day ``expression`` opens a time from then on with no word of paying beside it
    (:meth:`DateGrammar.from_now_on`: 从今天起, "as of today")."""
    at = normal.find(expression)
    return dates is not None and at >= 0 and dates.from_now_on(normal, at, at + len(expression))


def _moved_beside(
    understood: Interpretation, moves: Iterable[Intent], normal: str, expression: str
) -> bool:
    """Whether the words of one of ``moves`` stand in the sentence of the day ``expression``."""
    day = normal.find(expression)
    wanted = {move.value for move in moves}
    for cue in understood.cues:
        if cue.signal in wanted and cue.rule != _DAY_RULE and cue.suppressed is None:
            at = normal.find(cue.text)
            if at >= 0 and day >= 0 and not _SENTENCE_END.search(normal, *sorted((at, day))):
                return True
    return False


def _implied(
    reading: Reading,
    support: Mapping[Intent, list[float]],
    amount: AmountMention | None,
    amount_start: int,
    mention: DateMention | None,
    amounts: AmountGrammar,
    dates: DateGrammar | None,
    refusals: list[Hit],
    taken: Sequence[tuple[int, int]],
) -> list[tuple[str, Intent, int, str]]:
    """The built-in rules: what an amount or a day implies when the words do not say it.

    With neither an amount nor a day, nothing is implied (the caller skips the call).

    Returns:
        ``(rule id, intent, start, matched text)`` for each rule that fires.
    """
    implied: list[tuple[str, Intent, int, str]] = []
    present = set(support)
    if (
        mention is not None
        and Intent.ASK_BALANCE not in present  # "how much to pay it all off today": no promise
        and not present & _HANDED_ON  # "seeing a solicitor on Monday … the payment pause"
        and (
            mention.relative_to_payday
            or (
                mention.date is not None
                and reading.today is not None
                and mention.date >= reading.today
            )
        )
        and dates is not None
        and (
            (  # "12月5号还款": a day beside the words of paying, and no other move made
                not (present & _PAYMENT_MOVES) and _pays_in_words(reading.normal, dates)
            )
            or (  # "今天不行 周六吧": a day turned down, and another put in its place
                present & _PAYMENT_MOVES == {Intent.DECLINE}
                and _another_day_after_a_refused_one(reading.normal, mention, refusals, taken)
            )
        )
        and not _in_story(reading.normal, mention, dates)
    ):
        start = max(reading.normal.find(mention.expression), 0)
        implied.append((_DAY_RULE, Intent.PROMISE_TO_PAY, start, mention.expression))
        present = present | {Intent.PROMISE_TO_PAY}
    amount_end = amount_start + len(amount.text) if amount is not None else -1
    # "三千太多了，两千五下周五转你", "一万二我真系拎唔出，八千啦": the figure answers another one
    # turned down before it; the refusal is of that one. With nothing else said ("not 400. 350?",
    # "笑死，1500一个月？800一个月还差不多") the answer is the whole message.
    countering = (
        amount is not None
        and bool(present & _COUNTERED_MOVES or not (present - _ALONE_WITH_AMOUNT))
        and amounts.counters(reading.normal, amount_start, taken)
    )
    # a figure refused in words is no offer, under a refusal ("每月三千？不可能") or a hardship
    # that cannot keep it up ("每月两千的分期实在扛不住了")
    refused = (
        amount is not None
        and not countering
        and (
            (
                Intent.DECLINE in present
                and (
                    ASKED_BACK.match(reading.normal, amount_end) is not None
                    or any(0 <= amount_start - hit.end <= _REFUSED_GAP for hit in refusals)
                    or _held(reading.normal, amount_start, amount_end, amount.text)
                )
            )
            or (bool(present & _REFUSING) and _refused_after(reading.normal, amount_end, amounts))
        )
    )
    if (
        amount is not None
        and Intent.ALREADY_PAID not in present
        and not refused  # "每月三千？不可能", "not agreeing to 400 a month"
        and not amounts.is_stated(reading.normal, amount_start, amount_end)  # "I owe 3200"
    ):
        # a figure that answers one turned down says so first ("一个月三千我做不到，最多给一千":
        # the 一千 keeps the month of the 三千 it answers, and is named as the answer)
        if countering:
            rule = "builtin.amount_countering"
            implied.append((rule, Intent.COUNTER_OFFER, amount_start, amount.text))
        elif amount.per is not Period.ONCE:
            rule = "builtin.amount_with_period"
            implied.append((rule, Intent.COUNTER_OFFER, amount_start, amount.text))
        elif (
            not (present - _ALONE_WITH_AMOUNT)
            and not amount.bare
            and amounts.asked.search(reading.normal) is None  # "…依据的是哪条法律？": asked about
        ):
            rule = "builtin.amount_alone"
            implied.append((rule, Intent.COUNTER_OFFER, amount_start, amount.text))
    return implied


_UNABLE_BEFORE: Final = re.compile(
    r"(?:(?:不|没|沒|冇|唔|无|無|未)(?:有)?(?:钱|能力|办法|法子|可能|得)?(?:去|再)?"
    r"|\b(?:can't|cant|cannot|can not|unable to|not able to|couldn't|couldnt|won't be able to"
    r"|no way to|nothing to|no money to)\s+"
    r"(?:even\s+|really\s+|actually\s+|possibly\s+|afford to\s+)?)$"
)
"""Right before a word of paying, words that make it an inability ("I simply cannot pay", 真的没钱
缴, 没办法转帐): no payment is moved by it."""
_UNABLE_REACH: Final = 16
"""Characters before a word of paying searched for :data:`_UNABLE_BEFORE`."""
_UNTIL_AFTER: Final = re.compile(r"(?:\s+[\w'$£€¥.,]+){0,3}?\s+(?:until|till|til|before)\b")
"""After a word of paying said as an inability, words that end it at a day ("can't pay until the
29th"): the day it ends is the day paid on."""


def _pays_in_words(normal: str, dates: DateGrammar) -> bool:
    """Whether a word of paying stands in ``normal`` that is not said as an inability: a day to
    come beside "can't pay" dates a story ("nothing left after the flights home for Christmas.
    I can't pay", 农历年前就要收了，真的没钱缴), not a payment."""
    return any(
        _UNABLE_BEFORE.search(normal, max(0, hit.start() - _UNABLE_REACH), hit.start()) is None
        or _UNTIL_AFTER.match(normal, hit.end()) is not None
        for hit in dates.paying.finditer(normal)
    )


def _another_day_after_a_refused_one(
    text: str, mention: DateMention, refusals: Sequence[Hit], taken: Sequence[tuple[int, int]]
) -> bool:
    """Whether every refusal turns down a day said right before it, and the day that matters
    comes after them ("今天不行，周六还", "today won't work, friday then"): the refusal is of the
    first day, the other one is promised (the corpus conventions' refused day)."""
    start = text.find(mention.expression)
    return bool(refusals) and all(
        hit.end <= start
        and any(day < start and hit.start - 2 <= end <= hit.end for day, end in taken)
        for hit in refusals
    )


def _held(text: str, start: int, end: int, figure: str) -> bool:
    """Whether the figure ``figure`` at ``start:end`` is held against a change: said twice with
    a word of keeping it between ("the plan was 200 and it stays 200", "原来每月2000就还是2000")."""
    again = re.escape(figure)
    return (
        re.compile(_HELD + again + r"(?!\d)").match(text, end) is not None
        or re.compile(r"(?<!\d)" + again + _HELD + r"$").search(text, 0, start) is not None
    )


def _refused_after(text: str, end: int, amounts: AmountGrammar) -> bool:
    """Whether what follows the figure ending at ``end`` refuses it: a refusal right after it
    ("一个月三千我做不到", "$400 a month? no way"), or a "too much" close enough ("900 a month is
    way too much")."""
    if amounts.refused_after.match(text, end) is not None:
        return True
    found = TOO_MUCH.search(text, end)
    return found is not None and found.start() - end <= _REFUSED_AFTER_GAP


def _in_story(text: str, mention: DateMention, dates: DateGrammar) -> bool:
    """Whether the day ``mention`` names dates a story (``story_words``): "laid off from the
    warehouse on the 2nd. nothing to pay with" promises nothing on the 2nd."""
    start = text.find(mention.expression)
    return start >= 0 and dates.in_story(text, start, start + len(mention.expression))


def _looks_back(present: AbstractSet[Intent], text: str, dates: DateGrammar | None) -> bool:
    """Whether the message tells of money gone already, so that a day named looks back: paid
    ("transferred it on the 5th"), or taken from the debtor in an amount dispute that promises
    and offers nothing (``charged_words``: "the 150 went out twice on the 2nd"; not "wrong
    amount, ill pay the 300 friday", nor "you want $2,300 by friday??")."""
    return Intent.ALREADY_PAID in present or (
        Intent.DISPUTE_AMOUNT in present
        and not present & {Intent.PROMISE_TO_PAY, Intent.COUNTER_OFFER}
        and dates is not None
        and dates.charged.search(text) is not None
    )


def _echoed(text: str, end: int) -> bool:
    """Whether the words ending at ``end`` are a question ("pay in full?", "一次性还清？").

    Next to a refusal, a payment phrase asked back is the collector's demand repeated, not a
    promise.
    """
    found = _SENTENCE_END.search(text, end)
    return found is not None and found.group() in "?？"


def _only(text: str, expression: str) -> bool:
    """Whether ``expression`` is (nearly) the whole message: a bare answer such as "下周五吧"."""
    rest = _NOT_WORDS.sub(" ", text.replace(expression, " ", 1)).split()
    if all(word.isascii() for word in rest):
        return all(word in _ANSWER_WORDS for word in rest)
    return len(_ANSWER_PARTICLES.sub("", "".join(rest))) <= 1


_ASKED_PAST_A_CAUSE: Final = frozenset({Intent.ASK_BALANCE, Intent.ASK_QUESTION})
"""Questions that win over a hardship told by its cause alone, with no "can't pay" beside it."""


_CONSEQUENCES: Final = frozenset(
    {
        HardshipReason.INCOME_REDUCED,
        HardshipReason.SALARY_DELAYED,
        HardshipReason.OVER_INDEBTED,
        HardshipReason.OTHER,
    }
)
"""Reasons that often describe the effect of another ("I fell ill and earn much less"): a cause
named in the same message wins over them, since the cause is what hardship terms look at."""


def _weight(hit: Hit) -> tuple[bool, bool, float, int]:
    """Which reason cue wins: a disaster over all else (the job, the shop or the health it took
    follow from it: "地震后工厂停工", "lost my business in the wildfire"), then a cause over a
    consequence, then the surer entry, then the longer match."""
    reason = hit.rule.reason
    return (
        reason is HardshipReason.DISASTER,
        reason not in _CONSEQUENCES,
        hit.rule.confidence,
        hit.end - hit.start,
    )


def _distinct(cues: list[tuple[int, Cue]]) -> tuple[Cue, ...]:
    """Cues in text order; a phrase listed in two lexicons is reported once."""
    if len(cues) < 2:
        return (cues[0][1],) if cues else ()
    kept: dict[tuple[int, str, str, str | None], Cue] = {}
    for start, cue in sorted(cues, key=itemgetter(0)):
        kept.setdefault((start, cue.signal, cue.text, cue.suppressed), cue)
    return tuple(kept.values())


def _confidence(intent: Intent, support: Mapping[Intent, list[float]]) -> float:
    if intent is Intent.UNKNOWN:
        return max(support.get(Intent.UNKNOWN, [0.0]))
    scores = support[intent]
    value = min(0.99, max(scores) + 0.05 * (len(scores) - 1))
    if len(support) > 1:  # a conflict takes two intents
        for pair in _CONFLICTS:
            if pair <= support.keys():
                value *= 0.8
    return round(value, 3)
