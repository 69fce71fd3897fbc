"""Issue 4's bar, measured on the held-out split of the corpus (tests/nlu_corpus/test.jsonl)."""

from __future__ import annotations

from collections import Counter

import pytest

from negotiator.nlu.evaluation import EvaluationReport, evaluate, load_corpus
from negotiator.nlu.interpretation import RECALL_INTENTS
from tests.unit.nlu.support import CORPUS, TODAY, interpreter


@pytest.fixture(scope="module")
def held_out() -> EvaluationReport:
    return evaluate(interpreter(), load_corpus(CORPUS / "test.jsonl"), TODAY)


def test_the_corpus_has_600_messages_and_200_per_language() -> None:
    items = [item for name in ("dev", "test") for item in load_corpus(CORPUS / f"{name}.jsonl")]
    per_language = Counter(item.lang for item in items)
    assert len(items) >= 600
    assert all(per_language[language] >= 200 for language in ("zh_Hans", "zh_Hant", "en"))


def test_corpus_ids_are_unique_and_the_splits_share_no_message() -> None:
    dev = load_corpus(CORPUS / "dev.jsonl")
    test = load_corpus(CORPUS / "test.jsonl")
    ids = [item.id for item in (*dev, *test)]
    assert len(ids) == len(set(ids))
    assert not {item.text for item in dev} & {item.text for item in test}


@pytest.mark.parametrize("language", ["zh_Hans", "zh_Hant", "en"])
def test_intent_accuracy_is_at_least_90_percent_in_every_language(
    held_out: EvaluationReport, language: str
) -> None:
    assert held_out.by_language[language].value >= 0.90


def test_amounts_match_exactly_at_least_95_percent_of_the_time(held_out: EvaluationReport) -> None:
    assert held_out.amount.total >= 30
    assert held_out.amount.value >= 0.95


def test_dates_match_exactly_at_least_90_percent_of_the_time(held_out: EvaluationReport) -> None:
    assert held_out.date.total >= 30
    assert held_out.date.value >= 0.90


@pytest.mark.parametrize("intent", RECALL_INTENTS, ids=lambda intent: intent.value)
def test_no_safety_message_is_missed(held_out: EvaluationReport, intent: object) -> None:
    rate = held_out.recall[intent]  # type: ignore[index]
    assert rate.total > 0
    assert rate.hits == rate.total


def test_the_held_out_split_meets_every_threshold(held_out: EvaluationReport) -> None:
    assert held_out.failures() == []
