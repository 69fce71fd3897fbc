"""``negotiator i18n``: keep the message catalogs in step with the code and the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from babel.messages.pofile import read_po, write_po

from negotiator.commands.console import fail, out
from negotiator.dialog.extraction import build_template
from negotiator.i18n.catalogs import DOMAIN, catalog_path
from negotiator.settings import PROJECT_ROOT, Settings

app = typer.Typer(
    help="Message catalogs (locales/*/LC_MESSAGES/messages.po).", no_args_is_help=True
)

PACKAGE = PROJECT_ROOT / "negotiator"


@app.command("extract")
def extract(
    output: Annotated[
        Path | None,
        typer.Option(help="Where to write the template (default: locales/messages.pot)."),
    ] = None,
) -> None:
    """Write the template of every key the code and the dialog scripts use."""
    settings = Settings()
    template = build_template(PACKAGE, settings.dialogs)
    target = output or settings.locales / f"{DOMAIN}.pot"
    with target.open("wb") as handle:
        write_po(handle, template, width=100, sort_output=True)
    out.print(f"{target}: {len(template)} key(s)")


@app.command("update")
def update() -> None:
    """Add new keys (untranslated) to every locale's catalog and drop keys no longer used."""
    settings = Settings()
    template = build_template(PACKAGE, settings.dialogs)
    locales = sorted(
        p.parent.parent.name for p in settings.locales.glob(f"*/LC_MESSAGES/{DOMAIN}.po")
    )
    if not locales:
        raise fail(f"no catalogs under {settings.locales}")
    for locale in locales:
        path = catalog_path(settings.locales, locale)
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=locale)
        catalog.update(template, no_fuzzy_matching=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_output=True, ignore_obsolete=True)
        untranslated = [m.id for m in catalog if m.id and not all(_strings(m.string))]
        out.print(f"{path}: {len(catalog)} key(s), {len(untranslated)} to translate")


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, tuple | list):
        return tuple(str(item) for item in value)
    return (str(value or ""),)
