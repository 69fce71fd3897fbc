"""Dialog scripts: the shipped ones pass every check; broken ones are refused with the line."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest
from typer.testing import CliRunner

from negotiator.commands.dialogs import app as dialogs_app
from negotiator.dialog.checks import reachable_states, structure_problems, translation_problems
from negotiator.dialog.loading import load_script, load_scripts
from negotiator.dialog.mermaid import script_to_mermaid
from negotiator.errors import DataFileError
from negotiator.i18n import Catalogs
from negotiator.settings import DIALOGS_DIR, LOCALES_DIR

MINIMAL = """\
version: 1
name: {name}
start: hello
states:
  hello:
    say: [{{key: input.unsupported}}]
    on:
      - intent: [agree]
        go: bye
      - say: [{{key: offer.unclear}}]
  bye:
    final: true
    on:
      - say: []
"""


def write(tmp_path: Path, text: str, name: str = "talk") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DataFileError) as caught:
        load_script(path)
    return [str(problem) for problem in caught.value.problems]


def test_the_shipped_scripts_pass_every_check() -> None:
    catalogs = Catalogs.load(LOCALES_DIR)
    scripts = load_scripts(DIALOGS_DIR)
    assert "negotiation" in scripts
    for loaded in scripts.values():
        assert structure_problems(loaded) == []
        assert translation_problems(loaded, catalogs) == []
        assert reachable_states(loaded.script) == set(loaded.script.states)


def test_every_key_is_translated_in_every_locale() -> None:
    catalogs = Catalogs.load(LOCALES_DIR)
    assert set(catalogs.locales) == {"en", "zh_Hans", "zh_Hant"}
    assert catalogs.unbalanced() == []


def test_a_minimal_script_loads(tmp_path: Path) -> None:
    loaded = load_script(write(tmp_path, MINIMAL.format(name="talk")))
    assert loaded.script.start == "hello"
    assert structure_problems(loaded) == []


def test_on_is_a_key_not_a_boolean(tmp_path: Path) -> None:
    # YAML 1.1 would read `on:` as True; the loader reads YAML the 1.2 way.
    loaded = load_script(write(tmp_path, MINIMAL.format(name="talk")))
    assert len(loaded.script.states["hello"].on) == 2


def test_unknown_names_are_refused_with_their_lines(tmp_path: Path) -> None:
    text = (
        MINIMAL.format(name="talk")
        .replace("go: bye", "go: byebye")
        .replace(
            "intent: [agree]", "intent: [agreee]\n        guard: not verfied\n        do: [propse]"
        )
    )
    found = problems_of(write(tmp_path, text))
    assert any(":8: states.hello.on[0].intent[0]: unknown intent 'agreee'" in p for p in found)
    assert any(":9: states.hello.on[0].guard: unknown guard 'verfied'" in p for p in found)
    assert any(":10: states.hello.on[0].do[0]: unknown action 'propse'" in p for p in found)
    assert any(":11: states.hello.on[0].go: no state 'byebye'" in p for p in found)


def test_action_arguments_are_checked(tmp_path: Path) -> None:
    text = MINIMAL.format(name="talk").replace(
        "go: bye", "do: [escalate(boredom), propose(now), escalate]\n        go: bye"
    )
    found = problems_of(write(tmp_path, text))
    assert any("unknown argument 'boredom' of 'escalate'" in p for p in found)
    assert any("action 'propose' takes no argument" in p for p in found)
    assert any("action 'escalate' needs an argument" in p for p in found)


def test_a_decision_cannot_wait_for_an_event(tmp_path: Path) -> None:
    text = MINIMAL.format(name="talk").replace(
        "    on:\n      - intent: [agree]", "    next:\n      - intent: [agree]", 1
    )
    found = problems_of(write(tmp_path, text))
    assert any("a 'next' decision cannot wait for an event" in p for p in found)


def test_a_prompt_needs_a_key_or_a_renderer_not_both(tmp_path: Path) -> None:
    text = MINIMAL.format(name="talk").replace(
        "say: [{key: input.unsupported}]", "say: [{key: input.unsupported, render: plan}]"
    )
    found = problems_of(write(tmp_path, text))
    assert any(":6: states.hello.say[0]: give exactly one of key" in p for p in found)


def test_the_name_must_match_the_file(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, MINIMAL.format(name="other")))
    assert any("must be the file's name, 'talk'" in p for p in found)


def test_unreachable_states_dead_ends_and_unanswered_messages_are_found(tmp_path: Path) -> None:
    text = MINIMAL.format(name="talk") + (
        "  lonely:\n"
        "    on:\n"
        "      - go: lonely\n"
        "  stuck:\n"
        "    on:\n"
        "      - intent: [agree]\n"
        "        go: stuck\n"
    )
    text = text.replace("      - say: [{key: offer.unclear}]", "      - go: stuck", 1)
    found = [str(p) for p in structure_problems(load_script(write(tmp_path, text)))]
    assert any("states.lonely: unreachable" in p for p in found)
    assert any("states.stuck: dead end" in p for p in found)
    assert any("states.stuck.on: some messages get no answer" in p for p in found)


def test_missing_translations_and_unlisted_parameters_are_found(tmp_path: Path) -> None:
    text = MINIMAL.format(name="talk").replace(
        "say: [{key: input.unsupported}]", "say: [{key: open.nothing}, {key: open.intro}]"
    )
    loaded = load_script(write(tmp_path, text))
    found = [str(p) for p in translation_problems(loaded, Catalogs.load(LOCALES_DIR))]
    assert any("'open.nothing' is not translated in zh_Hant" in p for p in found)
    assert any("'open.intro' in en uses {bot_name, creditor}" in p for p in found)


def test_the_graph_names_every_state_and_transition() -> None:
    script = load_scripts(DIALOGS_DIR)["negotiation"].script
    text = script_to_mermaid(script)
    assert text.startswith("stateDiagram-v2\n    [*] --> welcome\n")
    for name in script.states:
        assert f"    {name} " in text
    assert "verify --> third_party : [not_me]" in text
    assert "anywhere --> opted_out : opt_out" in text


def test_dialogs_check_passes_and_fails_as_a_command(tmp_path: Path) -> None:
    ok = CliRunner().invoke(dialogs_app, ["check"])
    assert ok.exit_code == 0, ok.output
    assert "negotiation v1" in ok.stdout
    write(tmp_path, MINIMAL.format(name="talk").replace("input.unsupported", "open.missing_key"))
    bad = CliRunner().invoke(dialogs_app, ["check", "--dialogs", str(tmp_path)])
    assert bad.exit_code == 1
    assert "'open.missing_key' is not translated in en" in bad.stderr


def test_unknown_screening_triggers_are_refused(tmp_path: Path) -> None:
    text = MINIMAL.format(name="talk").replace("intent: [agree]", "trigger: [sadness]")
    found = problems_of(write(tmp_path, text))
    assert any("unknown trigger 'sadness'" in p for p in found)
