"""Days read from blind28's misses (v32): the words of paying pick the day when no move was
found; a boss who pays, 工钱结了 are paydays; the last four digits of a card are no sum."""

from __future__ import annotations

from datetime import date

from tests.unit.nlu.support import read


def test_the_day_in_the_sentence_of_paying_wins_without_a_move() -> None:
    text = "fourth text from you today. could i maybe pay 60 on monday instead"
    mention = read(text, "en").date

    assert mention is not None
    assert mention.date == date(2026, 11, 23)


def test_a_boss_who_pays_is_a_payday() -> None:
    mention = read("as soon as my boss pays me I'll send it", "en").date

    assert mention is not None
    assert mention.relative_to_payday
    assert mention.date is None


def test_wages_settled_is_a_payday() -> None:
    mention = read("老板拖着没给钱，工钱一结我就还", "zh_Hans").date

    assert mention is not None
    assert mention.relative_to_payday


def test_how_they_pay_us_is_no_payday() -> None:
    mention = read("they changed how they pay us, making about half", "en").date

    assert mention is None or not mention.relative_to_payday


def test_a_cards_last_four_digits_are_no_sum() -> None:
    assert read("用信用卡缴的，卡号末四码5521", "zh_Hans").amount is None
