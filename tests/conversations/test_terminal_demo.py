"""The terminal demo: the README's scripted conversations reach an agreement."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from negotiator.channels.terminal import TerminalChat, script_lines
from negotiator.cli import app
from negotiator.dialog.decisions import EventKind
from negotiator.dialog.render import RenderedButton
from tests.conftest import EXAMPLES


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "POLICY", "SECRET", "DATA_DIR"):
        monkeypatch.delenv(f"NEGOTIATOR_{name}", raising=False)
    return tmp_path


@pytest.mark.parametrize(
    ("script", "language", "agreed"),
    [("demo-en.txt", "en", "Agreement number"), ("demo-zh.txt", "zh-Hans", "协议编号")],
)
def test_a_scripted_demo_reaches_an_agreement_and_saves_the_confirmation(
    workdir: Path, script: str, language: str, agreed: str
) -> None:
    result = CliRunner().invoke(
        app, ["demo", "--lang", language, "--script", str(EXAMPLES / script)]
    )
    assert result.exit_code == 0, result.output
    assert agreed in result.stdout
    assert "blocked by the compliance filter" not in result.stdout
    saved = list((workdir / ".negotiator" / "agreements").glob("AG*.pdf"))
    assert len(saved) == 1
    assert saved[0].read_bytes().startswith(b"%PDF")


def test_the_interactive_demo_ends_quietly_without_input(workdir: Path) -> None:
    result = CliRunner().invoke(app, ["demo", "--lang", "en"], input="")
    assert result.exit_code == 0, result.output
    assert "automated assistant" in result.stdout


def test_typed_lines_become_events() -> None:
    chat = TerminalChat(Console(), chat_id=1)
    chat.buttons = (RenderedButton("Accept", "accept"), RenderedButton("Other", "other_options"))
    pressed = chat.parse("[2]")
    assert not isinstance(pressed, str)
    assert (pressed.kind, pressed.name) == (EventKind.BUTTON, "other_options")
    assert chat.parse("[3]") == "there is no button 3 here"
    command = chat.parse("/agent")
    assert not isinstance(command, str)
    assert (command.kind, command.name) == (EventKind.COMMAND, "agent")
    assert chat.parse("/nonsense") == "unknown command /nonsense; try /help"
    text = chat.parse("I can pay 300")
    assert not isinstance(text, str)
    assert (text.kind, text.text) == (EventKind.TEXT, "I can pay 300")
    assert script_lines(["# comment", "", "hello", "  # also"]) == ["hello"]


def test_a_debtor_who_lost_their_job_and_names_no_amount_is_offered_a_long_plan(
    workdir: Path, tmp_path: Path
) -> None:
    """The demo's account, a job lost, and no amount given twice: the offer is instalments on
    hardship terms spread as long as the limits allow, not one payment of the whole balance."""
    script = tmp_path / "jobless.txt"
    script.write_text("1990-08-10\nI lost my job\n1\n1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["demo", "--lang", "en", "--script", str(script)])
    assert result.exit_code == 0, result.output
    offer = " ".join(result.stdout.split("here's a plan that fits:")[1].split())  # unwrapped
    assert "monthly payments" in offer
    assert "hardship terms" in offer
    assert "in one payment" not in offer
