"""Evasion: the tricks a collector uses to hide a banned phrase never get it past the filter."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotiator.compliance.context import OutboundContext
from negotiator.compliance.normalize import matching_form, skeleton
from tests.unit.compliance_helpers import Blocked, a_filter, blocked_corpus

PLAIN = [m for m in blocked_corpus() if m.evasion in ("none", "paraphrase")]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
HANZI_PADDING = [" ", "  ", "·", ".", "*", "/", "\u3000", "\u200b", "🙂", "-"]
COMPLIANCE = a_filter()


def _is_hanzi(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _fullwidth(char: str) -> str:
    return chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char


@st.composite
def disguised(draw: st.DrawFn) -> tuple[Blocked, str]:
    """A bad corpus message with invisible characters, padding and full-width forms added."""
    message = draw(st.sampled_from(PLAIN))
    out = []
    text = message.text
    for index, char in enumerate(text):
        if draw(st.integers(0, 3)) == 0:
            char = _fullwidth(char)
        if draw(st.booleans()) and char.isascii() and char.isalpha():
            char = char.swapcase()
        out.append(char)
        following = text[index + 1] if index + 1 < len(text) else ""
        if following and draw(st.integers(0, 2)) == 0:
            out.append(draw(st.sampled_from(INVISIBLE)))
        if _is_hanzi(char) and _is_hanzi(following) and draw(st.integers(0, 2)) == 0:
            out.append(draw(st.sampled_from(HANZI_PADDING)))
    return message, "".join(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(disguised())
def test_invisible_characters_padding_and_full_width_forms_never_unblock_a_bad_phrase(
    case: tuple[Blocked, str],
) -> None:
    message, text = case
    rules = {f.rule_id for f in COMPLIANCE.content_findings(text)}
    assert f"CN.{message.rule}" in rules, (message.text, text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([m for m in PLAIN if m.language == "en"]), st.data())
def test_english_spelled_out_letter_by_letter_is_still_blocked(
    message: Blocked, data: st.DataObject
) -> None:
    separator = data.draw(st.sampled_from([" ", ".", "-", "*", "\u200b"]))
    words = message.text.split()
    # Letters are spelled out; figures ("$50", "401k") are left as written.
    spelled = "   ".join(
        word if any(c.isdigit() for c in word) else separator.join(word) for word in words
    )
    rules = {f.rule_id for f in COMPLIANCE.content_findings(spelled)}
    assert f"CN.{message.rule}" in rules, spelled


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("You Will Be ARRESTED", "you will be arrested"),
        ("ｋｉｌｌ ｙｏｕ", "kill you"),
        ("k.i.l.l you", "kill you"),
        ("k i l l you", "kill you"),
        ("y o u  w i l l  b e  s u e d", "you will be sued"),
        ("ki\u200bll", "kill"),
        ("кіll", "kill"),
        ("j41l", "jail"),
        ("打 断 你 的 腿", "打断你的腿"),
        ("打.断*你", "打断你"),
        ("打斷你的腿", "打断你的腿"),
        ("己经起诉", "已经起诉"),
        ("$1,234.50 by 5pm", "$1,234.50 by 5pm"),
        ("call 555-0100", "call 555-0100"),
    ],
)
def test_the_matching_form_undoes_each_trick(written: str, folded: str) -> None:
    assert matching_form(written) == folded


def test_the_skeleton_merges_repeated_letters_and_l_with_i() -> None:
    assert skeleton("kiiill") == skeleton("kill") == skeleton("kiii") == "ki"


def test_a_long_s_after_an_apostrophe_is_read_as_an_s_not_a_crash() -> None:
    # Under IGNORECASE "s" also matches "ſ"; looking the suffix up used to raise KeyError.
    assert matching_form("it'ſ fine") in ("it is fine", "its fine")
    checked = a_filter().check_outbound("it'ſ fine", "en", OutboundContext(verified=True))
    assert checked.verdict.allowed
