"""Lexicons v102: three of blind85's four ordinary messages read as warning signs are kept out, in
other words than blind85's. Affairs put in order said to be the money's ("money-wise", "my
financial affairs") are a budget; a shop's 跳樓大拍賣 is a clearance sale; work "to the point of
wanting to die" (返工返到想死) is a figure of speech, as v18's 累到想死 is. A warning sign beside
them still counts. (The fourth, a friend's rumour that collectors drive people to jump, asked
about, is left to the models: a desperate debtor may say the same of themselves.)"""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Sorting my affairs in order financially this month, can I start at 40 a week?"),
        ("en", "getting my money affairs in order at last 🙂 will pay Friday"),
        ("zh_Hans", "年底跳楼大清仓，货卖完就还你们"),
        ("zh_Hant", "上班上到想死，不過這個月一定繳"),
    ],
)
def test_ordinary_words_are_no_warning_sign_v102(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I've got my affairs in order now. Tell the kids I love them."),
        ("zh_Hans", "我真的不想活了，上班上到想死"),
    ],
)
def test_warning_signs_beside_them_still_count_v102(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals, text
