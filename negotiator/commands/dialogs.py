"""``negotiator dialogs``: check the conversation scripts, draw them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from negotiator.commands.console import fail, out
from negotiator.dialog.checks import structure_problems, translation_problems
from negotiator.dialog.loading import load_scripts
from negotiator.dialog.mermaid import script_to_mermaid
from negotiator.errors import DataFileError, Problem
from negotiator.i18n import Catalogs
from negotiator.settings import Settings

app = typer.Typer(help="The conversation scripts (dialogs/*.yaml).", no_args_is_help=True)

DialogsOption = Annotated[
    Path | None, typer.Option("--dialogs", help="Scripts directory (default: NEGOTIATOR_DIALOGS).")
]
LocalesOption = Annotated[
    Path | None, typer.Option("--locales", help="Catalogs directory (default: NEGOTIATOR_LOCALES).")
]


@app.command("check")
def check(dialogs: DialogsOption = None, locales: LocalesOption = None) -> None:
    """Validate every script: names, reachability, no dead ends, every text in every language."""
    settings = Settings()
    dialogs_dir = dialogs or settings.dialogs
    locales_dir = locales or settings.locales
    try:
        scripts = load_scripts(dialogs_dir)
        catalogs = Catalogs.load(locales_dir)
    except DataFileError as exc:
        raise fail(str(exc)) from None
    problems: list[Problem] = []
    for loaded in scripts.values():
        problems += structure_problems(loaded)
        problems += translation_problems(loaded, catalogs)
    problems += [
        Problem(str(locales_dir / p.locale), None, "", f"{p.key!r} is missing here")
        for p in catalogs.unbalanced()
    ]
    if problems:
        raise fail("\n".join(str(problem) for problem in problems))
    for name, loaded in sorted(scripts.items()):
        script = loaded.script
        out.print(
            f"{loaded.file}: OK ({name} v{script.version}, {len(script.states)} states, "
            f"translated in {', '.join(catalogs.locales)})"
        )


@app.command("graph")
def graph(
    name: Annotated[
        str, typer.Argument(help="The script's name (its file's stem).")
    ] = "negotiation",
    dialogs: DialogsOption = None,
    everywhere: Annotated[
        bool, typer.Option(help="Draw the safety transitions from every state.")
    ] = False,
) -> None:
    """Print a script as a Mermaid state diagram."""
    try:
        scripts = load_scripts(dialogs or Settings().dialogs)
    except DataFileError as exc:
        raise fail(str(exc)) from None
    if name not in scripts:
        raise fail(f"no script {name!r}; there are: {', '.join(sorted(scripts))}")
    out.print(script_to_mermaid(scripts[name].script, with_everywhere=everywhere), end="")
