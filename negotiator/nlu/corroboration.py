"""A safety intent no evidence word supports: two models agree on it, or the n-gram model is sure.

A model may add an intent only to a message that holds one of that intent's evidence words
(``model_evidence`` in the lexicons: "die", "pills", "roof", 死, 药 …). The gate keeps the n-gram
model's over-confident guesses out: on messages it has never seen, its English self-harm head
gives 0.9 and more to one message in six ("I won't be paying anything today"). But it also
drops warning signs said in words nobody listed: "been standing on the balcony for an hour
thinking about it", "生意冇咗，老婆走咗，我仲有咩理由留喺度".

The n-gram model reads characters; the meaning model reads a sentence encoder's vector. Two
readings that different rarely agree by chance, so when both give a safety intent at least
:data:`NGRAM_AGREES` and :data:`MEANING_AGREES`, it is added although no evidence word is there,
with a cue whose rule reads ``models:self_harm_risk(0.93, 0.97)``. Measured on the four blind
files v17 to v20 were each measured on once (blind14 to blind17, every one read with the
models of its own measured commit): 6 safety labels found that were missed, 3 messages flagged
that should not have been (an opt-out, a bereavement and a not-mine read as self-harm as well:
each is handed to a person anyway).

When the lexicons found a safety intent in their own words, the models' guess joins the
signals (where the conversation acts on it: a self-harm signal is escalated whatever the intent)
but does not take the intent: "my brother says he'll knock someone out if you keep ringing mum's
house. just stop calling her" stays an opt-out.

The two-model check asks the encoder only of a message where the n-gram model already agrees
and the gate blocked the intent; a word the lexicons suppressed (negated, reported, figurative:
"I'm not going to kill myself over this") is never added back. (The encoder reads every message
all the same, for :func:`safety_read_when_sure`; its probabilities are computed once a message.)

One model alone is enough where it is all but certain of a denial, a disputed amount, an opt-out
or a request for a person (:data:`NGRAM_ALONE`, :data:`ALONE_INTENTS`): "我這輩子沒跟你們銀行往來過"
(never dealt with your bank) and "借錢的是我爸，他已經過世了，憑什麼找我還" (my late father's debt)
hold no evidence word of a denial, and the n-gram model read both at 0.99 and more before it had
seen them. Such an intent joins the signals, where the conversation acts on it, and takes the
intent only where nothing else was understood. Not a warning sign: the self-harm head gives 0.99
to long ordinary English messages it has not seen (a formal complaint, a shopkeeper's story), so
the n-gram model never adds a warning sign alone.

The meaning model alone may (:data:`MEANING_ALONE`), on a message it has read already because the
reading was unsure: a warning sign told through what the debtor has done or arranged holds no
evidence word, and the n-gram model, which reads characters, has rarely seen such words. Not
beside abuse, whose threats it reads as harm to oneself.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import Final

from negotiator.nlu.additions import blocked, with_added
from negotiator.nlu.interpretation import (
    SAFETY_INTENTS,
    SAFETY_REPORTED,
    Cue,
    Intent,
    Interpretation,
)
from negotiator.nlu.meaning import MeaningModel, runner_up
from negotiator.nlu.ngram import NgramModel

NGRAM_AGREES: Final = 0.9
"""The n-gram model's chance (main model or head, the higher) a safety intent needs. 0.75 until
v25: retrained on blind21, the two models agreed at 0.76 and 0.78 that "这笔贷款没有担保吗？" (is
this loan unsecured?) says the debt is not the debtor's; at 0.8 no readable corpus file changed.
0.8 until v59: retrained with blind53 to blind55, the two models agreed at 0.85 and 0.75 that "I
won't be anywhere near a laptop till Monday" is a warning sign, and at 0.82 and 0.76 that "our
takings are maybe half what they used to be" is; at 0.9, of the 65 safety labels of the readable
files the two models find together, one is lost (a supervisor's name asked for, now read in
words: ``request_human.someone_senior_named_v59``) and one false warning sign goes."""
MEANING_AGREES: Final = 0.75
"""The meaning model's chance the same intent needs. 0.7 until v29: retrained with blind25, the
two models agreed at 0.99 and 0.72 that "sitting on the balcony thinking about the budget" is a
warning sign; at 0.75 no readable corpus file reads worse."""

NGRAM_ALONE: Final = 0.95
"""The n-gram model's chance at which it alone adds one of :data:`ALONE_INTENTS` that the gate
blocked. Weighed on blind56 to blind58, read with the models of v59 (which had not seen them):
at 0.95, three of their 25 missed safety labels are found (two dead parents' debts, a bank never
dealt with) and no message of the 1,800 gains an intent it was not labelled with; a warning sign
at 0.99 would have found one more and flagged four long ordinary English messages."""
ALONE_INTENTS: Final = frozenset(
    {Intent.DISPUTE_NOT_MINE, Intent.DISPUTE_AMOUNT, Intent.OPT_OUT, Intent.REQUEST_HUMAN}
)
"""The safety intents the n-gram model may add alone (not a warning sign: the module docstring)."""
MEANING_ALONE: Final = 0.7
"""The meaning model's chance at which it alone adds a warning sign the gate blocked, on a message
it has read already (the reading was unsure, so it was consulted: no encoder run is added).
Weighed on blind59 to blind61, each read with models that had not seen it: of their 1,800
messages, 104 labelled warning signs and 6 others reach 0.7 (at 0.5, 115 and 11). Read so at
the commits they were measured at, the three files find three warning signs their first runs
missed (a bus one wants to run in front of, a hotel room taken with "everything I need", a photo
of oneself chosen, at 0.77 to 0.79) and flag one message more, a threat those models did not
read as abuse (小心走夜路, "watch yourself walking home at night", at 0.86). Of the readable
files, which the model has learnt from, two messages gain a false warning sign (blind52's long
ones: a balcony stood on to calm down, 就这样吧 after a refusal, at 0.74 and 0.79). On blind62
and blind63, first measured with it in place, it added nothing: their warning signs without an
evidence word were found by the two models agreeing. Retrained with blind61 to blind63 (v71), the
models agree on blind59's bus in other words, and of the readable files only blind52's two false
warning signs are read this way; a look-alike it read at 0.74 (撑到出粮就够了: money that lasts till
payday) is a figure of speech in words (``self_harm_risk.figurative_v71``)."""

MEANING_SURE: Final = 0.98
"""The meaning model's chance at which it alone adds one of :data:`SURE_INTENTS`, on any message,
where no word the lexicons suppressed stands against it (:func:`safety_read_when_sure`). Weighed
on blind76 and blind77, both read with the models trained through blind75, which had not seen
them: of the 41 safety labels their first runs missed, 5 reach 0.98, and no message of the 1,200
reaches it for a safety intent it is not labelled with (at 0.95, five do: three opt-outs, a
dispute, a warning sign). Read with the lexicons of the commits the two files were measured at,
it finds four of the five (a denial told as a story, "The debt is his"; a pause asked with no
messages; a firm of solicitors instructed and a counsellor with consent to speak, beside the
opt-outs the lexicons had read) and flags nothing; the fifth, 这不是高利贷是啥, stays out because
the lexicons read its 高利贷 as negated."""
SURE_INTENTS: Final = frozenset(SAFETY_REPORTED)
"""The intents :data:`MEANING_SURE` adds: those whose recall the corpus measures (identity theft
and bankruptcy were not weighed)."""


def _open_to(reading: Interpretation) -> Callable[[Intent], bool]:
    """Whether a model may still add an intent to ``reading``: the reading has not got it, and no
    word the lexicons suppressed (negated, reported, figurative) stands against it. Worked out
    once per reading; every model's addition asks it."""
    present = set(reading.signals)
    refused = blocked(reading, ())
    return lambda intent: intent not in present and intent.value not in refused


def _beside_abuse(intent: Intent, reading: Interpretation) -> bool:
    """A warning sign the meaning model alone would add beside abuse: it reads harm threatened to
    the collector as harm to oneself (``warning_sign_read_alone``)."""
    return intent is Intent.SELF_HARM_RISK and Intent.ABUSE in reading.signals


def corroborate(
    reading: Interpretation,
    normal: str,
    text: str,
    unsupported: Container[Intent],
    ngram: NgramModel,
    meaning: MeaningModel,
) -> Interpretation:
    """``reading`` with every safety intent both models agree on added, and each the n-gram model
    alone is all but sure of (module docstring).

    Args:
        reading: What the lexicons and both models' own consultations understood.
        normal: The normalised message (what the n-gram model reads).
        text: The message as written (what the encoder reads).
        unsupported: The intents the evidence gate kept the models from adding.
        ngram: The n-gram model.
        meaning: The meaning model.
    """
    addable = _open_to(reading)
    chances = ngram.safety_chances(normal)
    candidates = {
        intent: chance
        for intent, chance in chances.items()
        if chance >= NGRAM_AGREES
        and addable(intent)
        and intent in unsupported  # the gate blocked it
    }
    if not candidates or not text.strip():
        return reading
    meant = meaning.probabilities(text)
    agreed = {
        intent: (chance, meant[intent])
        for intent, chance in candidates.items()
        if meant.get(intent, 0.0) >= MEANING_AGREES
    }
    alone = {
        intent: chance
        for intent, chance in candidates.items()
        if intent not in agreed and intent in ALONE_INTENTS and chance >= NGRAM_ALONE
    }

    def cue(intent: Intent, rule: str) -> Cue:
        return Cue(intent.value, " | ".join(ngram.explain(normal, intent)), rule)

    if alone:
        reading = with_added(
            reading,
            alone,
            [cue(i, f"ngram-alone:{i.value}({chance:.2f})") for i, chance in alone.items()],
            signals_only=reading.intent is not Intent.UNKNOWN,
        )
    if not agreed:
        return reading
    cues = [
        cue(i, f"models:{i.value}({chance:.2f}, {sense:.2f})")
        for i, (chance, sense) in agreed.items()
    ]
    added = {intent: min(pair) for intent, pair in agreed.items()}
    # the lexicons' own words found a safety intent ("just stop calling her"): the models' guess
    # joins the signals, where it is acted on all the same, but does not take its place
    return with_added(reading, added, cues, signals_only=reading.intent in SAFETY_INTENTS)


def warning_sign_read_alone(
    reading: Interpretation, text: str, unsupported: Container[Intent], meaning: MeaningModel
) -> Interpretation:
    """``reading`` with a warning sign added where the meaning model alone gives it at least
    :data:`MEANING_ALONE` and only the evidence gate kept it out. For a message the model was
    consulted on (the reading was unsure), after :func:`corroborate`: where the two models agree,
    their cue says so.

    A warning sign told through what the debtor has done or arranged holds none of the words the
    gate asks for: "今晚一個人喺酒店開咗房，要用嘅嘢都帶齊晒" (a room taken with everything
    needed), "我幫自己揀好咗張相" (a photo of oneself chosen). The meaning model read both above
    0.5 before it had seen them, and the n-gram model did not agree. Only a message the model was
    consulted on gains one (its probabilities are the ones just computed); a word the lexicons
    suppressed (negated, reported, figurative) is never added back. Nor is one added beside abuse:
    the model reads harm threatened to the collector as harm to oneself ("小心走夜路" at 0.86,
    "良心被狗吃了" at 0.90, both before it had seen them).
    """
    intent = Intent.SELF_HARM_RISK
    if (
        not _open_to(reading)(intent)
        or _beside_abuse(intent, reading)
        or intent not in unsupported
        or not text.strip()
    ):
        return reading
    meant = meaning.probabilities(text)
    chance = meant.get(intent, 0.0)
    if chance < MEANING_ALONE:
        return reading
    note = runner_up(meant, intent)
    return with_added(
        reading,
        {intent: chance},
        [Cue(intent.value, note, f"meaning-alone:{intent.value}({chance:.2f})")],
    )


def safety_read_when_sure(
    reading: Interpretation, text: str, meaning: MeaningModel
) -> Interpretation:
    """``reading`` with every safety intent the meaning model alone gives at least
    :data:`MEANING_SURE`, read on every message, not only on unsure ones.

    The lexicons are unsure of nothing when they read the wrong thing with confidence: "Give me
    till the new year without any messages, please" is a time asked for (a counter-offer, 0.86),
    so the model was never consulted, though it reads the opt-out at 0.99; "I co-signed nothing.
    My cousin used my address for deliveries … The debt is his." holds none of a denial's evidence
    words. Where the model is all but sure, the intent joins the signals (where the conversation
    acts on it) whatever the gate says, and takes the intent only where nothing else was
    understood. A word the lexicons suppressed (negated, reported, figurative) is never added
    back, and a warning sign is not added beside abuse (``warning_sign_read_alone``). The encoder
    runs once per message: the price is measured in ``bench/bench_nlu.py``.
    """
    if not text.strip():
        return reading
    addable = _open_to(reading)
    meant = meaning.probabilities(text)
    sure = {
        intent: chance
        for intent, chance in meant.items()
        if chance >= MEANING_SURE
        and intent in SURE_INTENTS
        and addable(intent)
        and not _beside_abuse(intent, reading)
    }
    if not sure:
        return reading
    cues = [
        Cue(intent.value, runner_up(meant, intent), f"meaning-sure:{intent.value}({chance:.2f})")
        for intent, chance in sure.items()
    ]
    return with_added(reading, sure, cues, signals_only=reading.intent is not Intent.UNKNOWN)
