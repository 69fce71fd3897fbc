"""Two models agreeing on a safety intent the evidence words do not cover (corroboration.py)."""

from __future__ import annotations

from typing import cast

import pytest

from negotiator.nlu.corroboration import (
    MEANING_AGREES,
    MEANING_ALONE,
    MEANING_SURE,
    NGRAM_AGREES,
    NGRAM_ALONE,
    corroborate,
    safety_read_when_sure,
    warning_sign_read_alone,
)
from negotiator.nlu.interpretation import Cue, Intent, Interpretation
from negotiator.nlu.meaning import MeaningModel
from negotiator.nlu.meaning import available as meaning_available
from negotiator.nlu.ngram import NgramModel
from tests.unit.nlu.support import lexicon_said, read

TEXT = "been standing on the balcony for an hour thinking about it"
GATED = frozenset({Intent.SELF_HARM_RISK, Intent.OPT_OUT})


class _Ngram:
    def __init__(self, chances: dict[Intent, float]) -> None:
        self.chances = chances

    def safety_chances(self, normal: str) -> dict[Intent, float]:
        return self.chances

    def explain(self, normal: str, intent: Intent, count: int = 3) -> list[str]:
        return ["alc", "ony"]


class _Meaning:
    def __init__(self, chances: dict[Intent, float]) -> None:
        self.chances = chances
        self.asked = 0

    def probabilities(self, text: str) -> dict[Intent, float]:
        self.asked += 1
        return self.chances


def _unknown(*cues: Cue) -> Interpretation:
    return Interpretation(TEXT, "en", Intent.UNKNOWN, (), None, None, None, 0.0, cues)


def _corroborate(
    reading: Interpretation, ngram: float, meaning: _Meaning, gated: frozenset[Intent] = GATED
) -> Interpretation:
    model = cast(NgramModel, _Ngram({Intent.SELF_HARM_RISK: ngram, Intent.OPT_OUT: 0.1}))
    return corroborate(reading, TEXT.lower(), TEXT, gated, model, cast(MeaningModel, meaning))


def _alone(
    reading: Interpretation, meaning: _Meaning, gated: frozenset[Intent] = GATED
) -> Interpretation:
    return warning_sign_read_alone(reading, TEXT, gated, cast(MeaningModel, meaning))


def test_both_models_agreeing_add_the_safety_intent_with_a_cue_naming_both() -> None:
    meaning = _Meaning({Intent.SELF_HARM_RISK: 0.95, Intent.OPT_OUT: 0.01})

    reading = _corroborate(_unknown(), 0.99, meaning)

    assert reading.intent is Intent.SELF_HARM_RISK
    assert reading.signals == (Intent.SELF_HARM_RISK,)
    assert reading.cues[-1] == Cue(
        "self_harm_risk", "alc | ony", "models:self_harm_risk(0.99, 0.95)"
    )
    assert 0 < reading.confidence < 0.95


@pytest.mark.parametrize(
    ("ngram", "sense"),
    [(NGRAM_AGREES - 0.01, 0.99), (0.99, MEANING_AGREES - 0.01), (0.999, 0.01)],
)
def test_one_model_alone_adds_no_warning_sign_where_the_models_corroborate(
    ngram: float, sense: float
) -> None:
    reading = _unknown()

    assert _corroborate(reading, ngram, _Meaning({Intent.SELF_HARM_RISK: sense})) == reading


def test_the_meaning_model_it_was_consulted_on_adds_a_warning_sign_alone() -> None:
    meaning = _Meaning({Intent.SELF_HARM_RISK: MEANING_ALONE, Intent.HARDSHIP: 0.2})

    reading = _alone(_unknown(), meaning)

    assert reading.intent is Intent.SELF_HARM_RISK
    assert reading.signals == (Intent.SELF_HARM_RISK,)
    assert reading.cues[-1] == Cue(
        "self_harm_risk",
        "next: hardship(0.20)",
        f"meaning-alone:self_harm_risk({MEANING_ALONE:.2f})",
    )


ABUSE = Cue("abuse", "小心走夜路", "model:abuse(0.78)")
NEGATED = Cue("self_harm_risk", "kill myself", "en.self_harm_risk.explicit", "negated")


@pytest.mark.parametrize(
    ("sense", "gated", "cues"),
    [
        (MEANING_ALONE - 0.01, GATED, ()),  # not sure enough
        (0.99, frozenset(), ()),  # an evidence word is there: its own consultation reads it
        (0.99, GATED, (NEGATED,)),  # the lexicons suppressed it
    ],
)
def test_a_warning_sign_is_not_added_by_the_meaning_model_alone_otherwise(
    sense: float, gated: frozenset[Intent], cues: tuple[Cue, ...]
) -> None:
    reading = _unknown(*cues)

    assert _alone(reading, _Meaning({Intent.SELF_HARM_RISK: sense}), gated) == reading


def test_a_threat_gains_no_warning_sign_from_the_meaning_model_alone() -> None:
    threat = Interpretation(
        TEXT, "en", Intent.ABUSE, (Intent.ABUSE,), None, None, None, 0.62, (ABUSE,)
    )

    assert _alone(threat, _Meaning({Intent.SELF_HARM_RISK: 0.86})) == threat


@pytest.mark.skipif(not meaning_available(), reason="the meaning extra is not installed")
def test_the_packaged_models_read_a_warning_sign_told_through_a_deed() -> None:
    # blind59's bus, in other words: a lorry going past, stepping out in front of it thought of
    # (no lexicon phrase). Its Chinese form, 每次過馬路見到大貨車，都好想衝出去, was read by the models
    # alone from blind60 to blind68; retrained with blind69 to blind73 they no longer read it, and
    # v86 says it in words (step_off_the_edge_v36); the two models agree on the English one
    text = "every time a lorry goes past I think about stepping out in front of it"
    reading = read(text, "en")

    assert Intent.SELF_HARM_RISK in reading.signals
    assert not lexicon_said(text, "en", Intent.SELF_HARM_RISK)
    nets = ("meaning-alone:self_harm_risk(", "models:self_harm_risk(")
    assert any(cue.rule.startswith(nets) for cue in reading.cues)


DENIAL = frozenset({Intent.DISPUTE_NOT_MINE})


def _denial(
    reading: Interpretation, ngram: float, gated: frozenset[Intent] = DENIAL
) -> Interpretation:
    model = cast(NgramModel, _Ngram({Intent.DISPUTE_NOT_MINE: ngram}))
    meaning = cast(MeaningModel, _Meaning({Intent.DISPUTE_NOT_MINE: 0.3}))
    return corroborate(reading, TEXT.lower(), TEXT, gated, model, meaning)


def test_the_ngram_model_all_but_certain_of_a_denial_adds_it_alone() -> None:
    reading = _denial(_unknown(), NGRAM_ALONE)

    assert reading.intent is Intent.DISPUTE_NOT_MINE
    assert reading.signals == (Intent.DISPUTE_NOT_MINE,)
    assert reading.cues[-1].rule == f"ngram-alone:dispute_not_mine({NGRAM_ALONE:.2f})"


def test_a_denial_added_alone_joins_the_signals_beside_what_the_lexicons_understood() -> None:
    asked = Interpretation(
        TEXT, "en", Intent.ASK_QUESTION, (Intent.ASK_QUESTION,), None, None, None, 0.6, ()
    )

    reading = _denial(asked, 0.99)

    assert reading.intent is Intent.ASK_QUESTION
    assert reading.confidence == 0.6
    assert Intent.DISPUTE_NOT_MINE in reading.signals


@pytest.mark.parametrize(
    ("ngram", "gated", "cues"),
    [
        (NGRAM_ALONE - 0.01, DENIAL, ()),  # not sure enough
        (0.99, frozenset(), ()),  # an evidence word is there: the model's own consultation reads it
        (0.99, DENIAL, (Cue("dispute_not_mine", "not mine", "en.x", "negated"),)),  # suppressed
    ],
)
def test_a_denial_is_not_added_alone_otherwise(
    ngram: float, gated: frozenset[Intent], cues: tuple[Cue, ...]
) -> None:
    reading = _unknown(*cues)

    assert _denial(reading, ngram, gated) == reading


def test_the_encoder_runs_only_where_the_ngram_model_agrees() -> None:
    meaning = _Meaning({Intent.SELF_HARM_RISK: 0.99})

    _corroborate(_unknown(), NGRAM_AGREES - 0.01, meaning)
    _corroborate(_unknown(), 0.99, meaning, gated=frozenset())

    assert meaning.asked == 0


def test_a_cue_the_lexicons_suppressed_is_never_added_back() -> None:
    negated = Cue("self_harm_risk", "kill myself", "en.self_harm_risk.explicit", "negated")
    reading = _unknown(negated)
    meaning = _Meaning({Intent.SELF_HARM_RISK: 0.99})

    assert _corroborate(reading, 0.99, meaning) == reading
    assert meaning.asked == 0


@pytest.mark.skipif(not meaning_available(), reason="the meaning extra is not installed")
def test_the_packaged_models_agree_on_a_warning_sign_no_evidence_word_covers() -> None:
    # after coverage1: sitting by the river, thought it all through (no evidence word in it; v50's
    # lexicon reads the hours spent there, "坐了一晚上", so this one tells of no hours)
    reading = read("我在江边坐着，想了很多，也想通了", "zh_Hans")

    assert reading.intent is Intent.SELF_HARM_RISK
    assert any(cue.rule.startswith("models:self_harm_risk(") for cue in reading.cues)


def test_an_ordinary_refusal_the_ngram_head_overrates_stays_a_refusal() -> None:
    assert read("I won't be paying anything today.", "en").intent is Intent.DECLINE


def test_a_safety_intent_the_lexicons_found_keeps_the_intent_and_gains_the_signal() -> None:
    stop = Cue("opt_out", "stop calling her", "en.opt_out.stop_contact")
    reading = Interpretation(
        TEXT, "en", Intent.OPT_OUT, (Intent.OPT_OUT,), None, None, None, 0.9, (stop,)
    )

    corroborated = _corroborate(reading, 0.99, _Meaning({Intent.SELF_HARM_RISK: 0.95}))

    assert corroborated.intent is Intent.OPT_OUT
    assert corroborated.confidence == 0.9
    assert corroborated.signals == (Intent.SELF_HARM_RISK, Intent.OPT_OUT)
    assert corroborated.cues[-1].rule == "models:self_harm_risk(0.99, 0.95)"


def test_a_lesser_intent_the_lexicons_found_gives_way() -> None:
    asked = Interpretation(
        TEXT, "en", Intent.ASK_QUESTION, (Intent.ASK_QUESTION,), None, None, None, 0.6, ()
    )

    corroborated = _corroborate(asked, 0.99, _Meaning({Intent.SELF_HARM_RISK: 0.95}))

    assert corroborated.intent is Intent.SELF_HARM_RISK


PAUSE = "Give me till the new year without any messages, please."


def _sure(reading: Interpretation, meaning: _Meaning) -> Interpretation:
    return safety_read_when_sure(reading, PAUSE, cast(MeaningModel, meaning))


def _counter_offer(*cues: Cue) -> Interpretation:
    asked = Cue("counter_offer", "give me till the new year", "en.counter_offer.give_me_till_v33")
    return Interpretation(
        PAUSE,
        "en",
        Intent.COUNTER_OFFER,
        (Intent.COUNTER_OFFER,),
        None,
        None,
        None,
        0.86,
        (asked, *cues),
    )


def test_a_safety_intent_the_meaning_model_is_all_but_sure_of_joins_a_confident_reading() -> None:
    # the lexicons read a time asked for with confidence, so the model was never consulted
    meaning = _Meaning({Intent.OPT_OUT: MEANING_SURE, Intent.COUNTER_OFFER: 0.01})

    reading = _sure(_counter_offer(), meaning)

    assert reading.intent is Intent.COUNTER_OFFER  # the lexicons' intent stays
    assert reading.signals == (Intent.OPT_OUT, Intent.COUNTER_OFFER)
    assert reading.cues[-1] == Cue(
        "opt_out", "next: counter_offer(0.01)", f"meaning-sure:opt_out({MEANING_SURE:.2f})"
    )


def test_the_sure_intent_is_the_intent_where_nothing_else_was_understood() -> None:
    reading = _sure(_unknown(), _Meaning({Intent.DISPUTE_NOT_MINE: 0.99}))

    assert reading.intent is Intent.DISPUTE_NOT_MINE


NEGATED_OPT_OUT = Cue("opt_out", "stop calling", "en.opt_out.stop_contact", "negated")


@pytest.mark.parametrize(
    ("chances", "cues"),
    [
        ({Intent.OPT_OUT: MEANING_SURE - 0.01}, ()),  # not sure enough
        ({Intent.OPT_OUT: 0.999}, (NEGATED_OPT_OUT,)),  # the lexicons suppressed it
        ({Intent.HARDSHIP: 0.999}, ()),  # not a safety intent
        ({Intent.BANKRUPTCY: 0.999}, ()),  # a safety intent the threshold was not weighed on
    ],
)
def test_nothing_is_added_when_the_meaning_model_is_not_all_but_sure_of_a_safety_intent(
    chances: dict[Intent, float], cues: tuple[Cue, ...]
) -> None:
    reading = _counter_offer(*cues)

    assert _sure(reading, _Meaning(chances)) == reading


def test_a_threat_gains_no_warning_sign_when_the_meaning_model_is_sure() -> None:
    threat = Interpretation(
        PAUSE, "en", Intent.ABUSE, (Intent.ABUSE,), None, None, None, 0.62, (ABUSE,)
    )

    assert _sure(threat, _Meaning({Intent.SELF_HARM_RISK: 0.99})) == threat


@pytest.mark.skipif(not meaning_available(), reason="the meaning extra is not installed")
def test_the_packaged_meaning_model_is_sure_of_a_representation_no_word_says() -> None:
    # blind76-en-031 in other words: an adviser authorised to speak for the debtor (v90 reads
    # "has my written consent to speak for me"; "is authorised to speak" is in no entry)
    text = "The adviser at the debt charity is authorised to speak for me now. Phone her, not me."
    reading = read(text, "en")

    assert Intent.LEGAL_REPRESENTATION in reading.signals
    assert Intent.OPT_OUT in reading.signals
    assert not lexicon_said(text, "en", Intent.LEGAL_REPRESENTATION)
    assert any(cue.rule.startswith("meaning-sure:legal_representation(") for cue in reading.cues)
