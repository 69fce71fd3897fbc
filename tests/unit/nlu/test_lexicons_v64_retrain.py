"""Lexicons v64, written when the models were retrained with blind56 to blind58: three warning
signs of earlier files the models read at their bar before (0.75, 0.78) and no longer do, read in
words as families — sorry said to the family who will understand later, holding on until a day
and that being enough, a pet entrusted to someone — and the pet minded while its owner is away,
which the models read as a warning sign too, as a figure of speech."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read, read_as_figure_of_speech


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "跟爸妈说了对不起，他们现在不懂，以后会明白的"),
        ("zh_Hant", "同阿媽講咗對唔住，佢將來會明"),
        ("zh_Hans", "熬到过完年就够了，这段时间谢谢你们"),
        ("zh_Hant", "撐到聖誕節就夠了"),
        ("zh_Hans", "狗狗已经托付给邻居了，以后的事你们找我妹吧"),
        ("zh_Hant", "隻貓已經託付咗俾朋友啦"),
    ],
)
def test_the_warning_signs_the_models_no_longer_read_in_other_words_v64(
    language: str, text: str
) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v64")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "撑到发工资就够了，下个月10号还"),
        ("zh_Hant", "撐到出糧就夠了"),
        ("zh_Hans", "不好意思，以后会注意的"),
    ],
)
def test_money_that_will_last_and_an_apology_are_no_warning_sign_v64(
    language: str, text: str
) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "猫托付给朋友几天，我去旅行"),
        ("zh_Hans", "出差两个星期，猫托付给朋友了"),
        ("zh_Hant", "隻狗交咗俾我阿媽照顧一個禮拜，我要出差"),
    ],
)
def test_a_pet_minded_while_away_is_a_figure_of_speech_v64(language: str, text: str) -> None:
    read_as_figure_of_speech(text, language, "_v64")


@pytest.mark.parametrize("text", ["我已经没欠钱了", "我而家唔欠你哋啦", "早就不欠你们的了"])
def test_nothing_owed_any_more_is_paid_not_denied_v64(text: str) -> None:
    assert_read_in_words(text, "zh_Hans", Intent.ALREADY_PAID, "_v64")
    assert Intent.DISPUTE_NOT_MINE not in read(text, "zh_Hans").signals
