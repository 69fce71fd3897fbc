"""Long replies are cut into messages Telegram accepts, at line ends."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from negotiator.services.message_parts import message_parts


def test_a_short_message_stays_whole() -> None:
    assert message_parts("hello\nworld") == ["hello\nworld"]


def test_a_long_schedule_is_cut_between_lines() -> None:
    lines = [f"{n}. 2027-01-01: ¥1,000.00 (instalment)" for n in range(1, 301)]
    parts = message_parts("\n".join(lines), limit=1000)
    assert len(parts) > 1
    assert all(len(part) <= 1000 for part in parts)
    assert "\n".join(parts).split("\n") == lines


@given(st.text(min_size=0, max_size=3000), st.integers(min_value=5, max_value=200))
def test_nothing_is_lost_and_no_part_is_too_long(text: str, limit: int) -> None:
    parts = message_parts(text, limit=limit)
    assert all(len(part) <= limit for part in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")
