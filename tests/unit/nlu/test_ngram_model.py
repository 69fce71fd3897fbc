"""The n-gram fallback and safety net (negotiator/nlu/ngram.py, training.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from negotiator.commands.nlu import app
from negotiator.errors import DataFileError
from negotiator.nlu.interpretation import Intent
from negotiator.nlu.meaning import MeaningHead
from negotiator.nlu.meaning import available as meaning_available
from negotiator.nlu.ngram import PACKAGED_MODEL, NgramModel
from negotiator.nlu.training import TRAINING_FILES, Example, corpus_files, fit, write
from tests.unit.nlu.support import TODAY, interpreter

TINY = [
    Example("a-1", "en", "i want to die", (Intent.SELF_HARM_RISK,)),
    Example("a-2", "en", "i want to end my life", (Intent.SELF_HARM_RISK,)),
    Example("a-3", "en", "nothing to live for", (Intent.SELF_HARM_RISK,)),
    Example("a-4", "en", "i can pay next friday", (Intent.PROMISE_TO_PAY,)),
    Example("a-5", "en", "i will pay on friday", (Intent.PROMISE_TO_PAY,)),
    Example("a-6", "en", "pay you friday", (Intent.PROMISE_TO_PAY,)),
]


def test_the_packaged_model_loads_with_the_interpreter() -> None:
    model = interpreter().model
    assert model is not None
    assert PACKAGED_MODEL.exists()
    assert Intent.SELF_HARM_RISK in model.classes
    assert model.thresholds.safety[Intent.SELF_HARM_RISK] <= 0.9


def test_training_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    first, second = (
        fit(TINY, min_count=1, temperature=1.0),
        fit(list(TINY), min_count=1, temperature=1.0),
    )
    assert first == second
    write(first, tmp_path / "a.json")
    write(second, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    model = NgramModel.load(tmp_path / "a.json")
    chances = model.probabilities("i want to die tonight")
    assert chances is not None
    assert max(chances, key=lambda i: chances[i]) is Intent.SELF_HARM_RISK
    assert abs(sum(chances.values()) - 1.0) < 1e-9
    assert model.probabilities("§§§") is None  # no known n-gram: no opinion


def test_a_broken_model_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": 99}), encoding="utf-8")
    with pytest.raises(DataFileError, match="negotiator nlu train"):
        NgramModel.load(path)


def test_the_fallback_picks_an_intent_when_no_phrase_matched() -> None:
    lexicons_only = replace(interpreter(), model=None)
    text = "我同事说你们这种催收是要被抓的吗 真的假的啊"
    assert lexicons_only.interpret("zzz qqq", "en", today=TODAY).intent is Intent.UNKNOWN
    model = interpreter().model
    assert model is not None
    reading = lexicons_only.interpret("zzz qqq", "en", today=TODAY)
    fake = NgramModel.from_data(fit(TINY, min_count=1, temperature=1.0, fallback=0.5))
    chosen = fake.consult(reading, "i will pay you on friday zzz")
    assert chosen.intent is Intent.PROMISE_TO_PAY
    assert chosen.cues[-1].rule.startswith("model:promise_to_pay(")
    assert 0 < chosen.confidence < 0.85  # a guess is never as sure as a phrase
    assert text  # the packaged model reads Chinese too
    assert model.probabilities(interpreter().normalize(text)) is not None


def test_a_safety_signal_is_added_even_when_the_lexicons_found_something_else() -> None:
    lexicons_only = replace(interpreter(), model=None)
    reading = lexicons_only.interpret("I will pay on friday", "en", today=TODAY)
    assert reading.intent is Intent.PROMISE_TO_PAY
    fake = NgramModel.from_data(
        fit(TINY, min_count=1, temperature=1.0, safety={Intent.SELF_HARM_RISK: 0.5})
    )
    netted = fake.consult(reading, "i want to die")
    assert netted.intent is Intent.SELF_HARM_RISK
    assert Intent.PROMISE_TO_PAY in netted.signals
    cue = next(c for c in netted.cues if c.rule.startswith("model:"))
    assert cue.signal == "self_harm_risk"
    assert cue.rule.startswith("model:self_harm_risk(")
    assert cue.rule.endswith(")")
    assert cue.text  # the n-grams that weighed most


def test_the_model_never_overrides_the_lexicons_negation() -> None:
    text = "I'm not going to kill myself over this, relax"
    lexicons_only = replace(interpreter(), model=None)
    reading = lexicons_only.interpret(text, "en", today=TODAY)
    assert any(c.suppressed == "negated" for c in reading.cues)
    eager = NgramModel.from_data(
        fit(TINY, min_count=1, fallback=0.0, safety={Intent.SELF_HARM_RISK: 0.0})
    )
    read = eager.consult(reading, interpreter().normalize(text))
    assert Intent.SELF_HARM_RISK not in read.signals
    assert read.intent is Intent.UNKNOWN  # a negated cue is a cue: no fallback either
    packaged = interpreter().interpret(text, "en", today=TODAY)
    assert Intent.SELF_HARM_RISK not in packaged.signals


def test_hard_negatives_stay_right_with_the_packaged_model() -> None:
    read = interpreter().interpret
    assert read("this debt is killing me", "en", today=TODAY).intent is Intent.HARDSHIP
    assert read("stop charging me interest", "en", today=TODAY).intent is Intent.DISPUTE_AMOUNT
    assert read("我又不会去死，别紧张", "zh_Hans", today=TODAY).intent is not Intent.SELF_HARM_RISK


def test_indirect_self_harm_is_caught() -> None:
    read = interpreter().interpret
    assert read("wrote my goodbye letters already", "en", today=TODAY).has(Intent.SELF_HARM_RISK)
    assert read("冇我喺度屋企人會好過啲", "zh_Hant", today=TODAY).has(Intent.SELF_HARM_RISK)


def test_the_train_command_writes_a_model(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        {"id": f"t-{n}", "lang": "en", "text": text, "intent": intent}
        for n, (text, intent) in enumerate(
            [
                ("i want to die", "self_harm_risk"),
                ("i will pay friday", "promise_to_pay"),
                ("i want to end my life", "self_harm_risk"),
                ("i can pay on friday", "promise_to_pay"),
                ("nothing to live for", "self_harm_risk"),
                ("pay you friday", "promise_to_pay"),
            ]
        )
    ]
    (corpus / "tiny.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8"
    )
    out = tmp_path / "model.json"
    result = CliRunner().invoke(
        app,
        [
            *("train", "--corpus", str(corpus), "--out", str(out), "--folds", "2"),
            *("--file", "tiny.jsonl", "--no-synthetic"),
        ],
    )
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "cross-validation" in result.stdout
    assert NgramModel.load(out).classes == (Intent.PROMISE_TO_PAY, Intent.SELF_HARM_RISK)
    if meaning_available():  # the meaning head is written beside the model, never over ours
        head = MeaningHead.load(tmp_path / "meaning_head.json")
        assert head.classes == (Intent.PROMISE_TO_PAY, Intent.SELF_HARM_RISK)
        assert "with model and meaning model" in result.stdout


def test_only_the_listed_corpus_files_are_trained_on(tmp_path: Path) -> None:
    (tmp_path / "dev.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "waiting.jsonl").write_text("not json: a blind split nobody may read\n")
    assert corpus_files(tmp_path) == [tmp_path / "dev.jsonl"]
    assert all(name in TRAINING_FILES for name in ("dev.jsonl", "test.jsonl", "blind3.jsonl"))


def test_synthetic_messages_only_teach_the_heads() -> None:
    synthetic = [
        Example("s-1", "en", "the rope is ready", (Intent.SELF_HARM_RISK,)),
        Example("s-2", "en", "pay on friday for sure", (Intent.PROMISE_TO_PAY,)),
    ]
    plain = NgramModel.from_data(fit(TINY, temperature=1.0))
    taught = NgramModel.from_data(fit(TINY, synthetic=synthetic, temperature=1.0))
    assert fit(TINY, synthetic=synthetic)["columns"] == [
        "synthetic:self_harm_risk",
        "synthetic:other",
    ]
    for text in ("the rope is ready", "i will pay on friday", "nothing to live for"):
        assert plain.probabilities(text) == taught.probabilities(text)
    before, after = plain.head_probabilities("the rope"), taught.head_probabilities("the rope")
    assert before is not None
    assert after is not None
    assert after[Intent.SELF_HARM_RISK] > before[Intent.SELF_HARM_RISK]


def test_the_head_adds_self_harm_even_next_to_a_promise() -> None:
    lexicons_only = replace(interpreter(), model=None)
    reading = lexicons_only.interpret("I will pay on friday", "en", today=TODAY)
    eager = NgramModel.from_data(
        fit(TINY, temperature=1.0, safety={}, heads={Intent.SELF_HARM_RISK: 0.5})
    )
    netted = eager.consult(reading, "i want to die")
    assert netted.intent is Intent.SELF_HARM_RISK
    assert Intent.PROMISE_TO_PAY in netted.signals
    cue = next(c for c in netted.cues if c.rule.startswith("model:"))
    assert cue.rule.endswith("against the rest)")


def _weighed_one_by_one(model: NgramModel, normal: str, intent: Intent) -> list[str]:
    """What ``explain`` means, computed the slow way: every n-gram's own field against the
    largest other class field, the larger weight kept where two n-grams strip alike."""
    weights: dict[str, float] = {}
    mine = model.classes.index(intent)
    for gram in {g for n in model.orders for g in _padded_grams(normal, n)}:
        packed = model.table.get(gram)
        if packed is None:
            continue
        fields = [(packed >> (32 * (i + 1))) & 0xFFFFFFFF for i in range(len(model.classes))]
        weight = fields[mine] - max(f for i, f in enumerate(fields) if i != mine)
        weights[gram.strip()] = max(weight, weights.get(gram.strip(), weight))
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    return [gram for gram, weight in ranked[:3] if weight > 0]


def _padded_grams(text: str, n: int) -> list[str]:
    padded = f" {text} "
    return [padded[i : i + n] for i in range(len(padded) - n + 1)]


@pytest.mark.parametrize(
    ("normal", "intent"),
    [
        ("没意思了 真的没意思了", Intent.SELF_HARM_RISK),
        ("年化都超过36%了,这不合法吧", Intent.DISPUTE_AMOUNT),
        ("好 就照这样", Intent.AGREE),
        ("i lost my job can i pay 100 a month", Intent.COUNTER_OFFER),
        ("stop texting me", Intent.OPT_OUT),
    ],
)
def test_an_explanation_names_the_n_grams_that_weigh_most_for_the_intent(
    normal: str, intent: Intent
) -> None:
    model = interpreter().model
    assert model is not None
    expected = _weighed_one_by_one(model, normal, intent)
    assert expected  # each of these messages has n-grams that speak for its intent
    assert model.explain(normal, intent) == expected
    assert model.explain(normal, intent) == expected  # the second time from what it remembers


@pytest.mark.parametrize("length", [0, 1, 2, 3, 57, 2001, 2002, 2003, 2010])
def test_a_message_is_read_as_every_n_gram_of_it_whatever_its_length(length: int) -> None:
    """The slices are made once and shared (a list per message length held up to 30 MB): the
    n-grams read are still every one of the padded text, order by order, past the shared ones
    too."""
    model = interpreter().model
    assert model is not None
    text = ("欠你钱 owe u $5 " * 200)[:length]
    grams = list(model._grams(text))
    assert grams == [gram for n in model.orders for gram in _padded_grams(text, n)]


def test_what_explanations_remember_is_bounded_by_the_model_not_by_the_messages() -> None:
    shared = interpreter().model
    assert shared is not None
    model = replace(shared, _leaders={})  # a copy with its own, empty memory of explanations
    for number in range(300):
        model.explain(f"can i pay {number} a month from the {number}th", Intent.COUNTER_OFFER)
    assert 0 < len(model._leaders) <= len(set(model.table.values()))
    assert set(model._leaders) <= set(model.table.values())
