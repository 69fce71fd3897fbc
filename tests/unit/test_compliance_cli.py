"""``negotiator compliance check`` and ``lint`` as a compliance officer and CI use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from negotiator.commands.compliance import app
from negotiator.settings import LOCALES_DIR


def run(*args: str, stdin: str = "") -> tuple[int, list[dict[str, object]], str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result.exit_code, lines, result.stdout, result.stderr


def test_check_prints_one_verdict_per_line_with_rules_citations_and_explanation() -> None:
    stdin = "\n".join(
        [
            json.dumps({"text": "我们会打断你的腿", "lang": "zh_Hans"}, ensure_ascii=False),
            json.dumps(
                {"text": "我们可以一起商量分期方案。", "lang": "zh-CN", "verified": True},
                ensure_ascii=False,
            ),
        ]
    )
    code, lines, _, _ = run("check", stdin=stdin)
    assert code == 0
    assert [line["verdict"] for line in lines] == ["block", "allow"]
    assert lines[0]["rules"] == ["CN.violence"]
    assert "GB/T 45251-2025" in str(lines[0]["citations"])
    assert "打断你的腿" in str(lines[0]["explanation"])
    assert lines[1]["rules"] == []
    assert lines[1]["citations"] == []


def test_check_uses_the_chosen_jurisdictions_pack() -> None:
    stdin = json.dumps({"text": "We will call your employer.", "lang": "en", "verified": True})
    _, lines, _, _ = run("check", "--jurisdiction", "US", stdin=stdin)
    assert lines[0]["rules"] == ["US.third_party"]
    _, lines, _, _ = run("check", "-j", "uk", stdin=stdin)
    assert lines[0]["rules"] == ["UK.third_party"]


def test_check_defers_a_late_proactive_message_to_the_morning() -> None:
    stdin = json.dumps(
        {
            "text": "温馨提醒：您明天有一期还款。",
            "lang": "zh_Hans",
            "verified": True,
            "proactive": True,
            "local_time": "2026-11-22T22:30",
        },
        ensure_ascii=False,
    )
    code, lines, _, _ = run("check", stdin=stdin)
    assert code == 0
    assert lines[0]["verdict"] == "defer"
    assert lines[0]["rules"] == ["CN.contact_window"]
    assert lines[0]["not_before"] == "2026-11-23T08:00:00+08:00"


def test_check_compares_amounts_with_the_ones_given() -> None:
    line = {"text": "Your balance is $1,234.50.", "lang": "en", "verified": True}
    stdin = "\n".join(
        [
            json.dumps({**line, "amounts": ["USD 1234.50"]}),
            json.dumps({**line, "amounts": ["USD 99"]}),
        ]
    )
    _, lines, _, _ = run("check", "-j", "US", stdin=stdin)
    assert [line["verdict"] for line in lines] == ["allow", "block"]


def test_a_malformed_line_gets_an_error_line_and_the_rest_are_still_checked() -> None:
    stdin = "\n".join(
        [
            "this is not json",
            json.dumps({"text": "hi", "verfied": True}),
            json.dumps({"text": "hi", "lang": "fr"}),
            json.dumps({"text": "hi", "lang": "en", "amounts": ["lots"]}),
            "",
            json.dumps({"text": "Thank you for your payment.", "lang": "en"}),
        ]
    )
    code, lines, _, err = run("check", stdin=stdin)
    assert code == 1
    assert [line["line"] for line in lines] == [1, 2, 3, 4, 6]
    assert "not valid JSON" in str(lines[0]["error"])
    assert "verfied" in str(lines[1]["error"])
    assert "'fr' is not supported" in str(lines[2]["error"])
    assert "'lots' is not a currency and an amount" in str(lines[3]["error"])
    assert lines[4]["verdict"] == "allow"
    assert "4 malformed line(s)" in err


def write_catalog(root: Path, locale: str, entries: dict[str, str]) -> None:
    folder = root / locale / "LC_MESSAGES"
    folder.mkdir(parents=True)
    body = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for key, text in entries.items():
        body += [f'msgid "{key}"', f'msgstr "{text}"', ""]
    (folder / "messages.po").write_text("\n".join(body), encoding="utf-8")


def test_lint_passes_clean_catalogs(tmp_path: Path) -> None:
    write_catalog(tmp_path, "en", {"plan.offer": "We can offer {count} payments of {amount}."})
    write_catalog(tmp_path, "zh_Hans", {"plan.offer": "我们可以分{count}期，每期{amount}元。"})
    code, _, out, _ = run("lint", "--locales", str(tmp_path))
    assert code == 0
    assert "2 template(s) in 2 catalog(s) checked against CN, US, UK: all pass" in out


def test_lint_fails_on_a_template_that_breaks_a_rule(tmp_path: Path) -> None:
    write_catalog(
        tmp_path, "en", {"remind.late": "Pay {amount} today or we will call your employer."}
    )
    code, _, _, err = run("lint", "--locales", str(tmp_path), "-j", "US")
    assert code == 1
    assert "en 'remind.late': US.third_party" in err
    assert "1 blocked" in err


def test_lint_without_catalogs_says_so_and_succeeds(tmp_path: Path) -> None:
    code, _, out, _ = run("lint", "--locales", str(tmp_path / "none"))
    assert code == 0
    assert "nothing to lint yet" in out


@pytest.mark.parametrize("command", ["check", "lint"])
def test_each_command_explains_itself(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "jurisdiction" in result.stdout


def test_every_shipped_template_in_every_locale_passes_every_pack() -> None:
    # What CI asks of the real catalogs: `negotiator compliance lint` on locales/.
    code, _, out, err = run("lint", "--locales", str(LOCALES_DIR))
    assert code == 0, err
    assert "all pass" in out
