"""The gettext catalogs of ``locales/``, compiled from their ``.po`` files when loaded.

``locales/<locale>/LC_MESSAGES/messages.po`` is the only source: the catalogs are compiled in
memory by babel at start-up, so a stale ``.mo`` can never be served (the ``.mo`` files are not
kept in git; ``negotiator i18n compile`` writes them for tools that want them).
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

from negotiator.errors import DataFileError, Problem

DOMAIN = "messages"
"""The gettext domain: ``messages.po`` in every locale."""


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    """A key that some locale lacks (or has only as a fuzzy or empty entry).

    Attributes:
        locale: The locale missing the translation.
        key: The message key.
        where: Who uses the key (``dialogs/negotiation.yaml:12``), when known.
    """

    locale: str
    key: str
    where: str = ""


def catalog_path(directory: Path, locale: str) -> Path:
    """Where the ``.po`` file of ``locale`` lives under ``directory``."""
    return directory / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def _read(path: Path, locale: str) -> Catalog:
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=locale, abort_invalid=True)
    except (PoFileError, ValueError, UnicodeDecodeError) as exc:
        raise DataFileError([Problem(str(path), None, "", str(exc))]) from None


def _compile(catalog: Catalog) -> gettext.GNUTranslations:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def _translated(catalog: Catalog) -> frozenset[str]:
    keys: set[str] = set()
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if all(strings):
            key = message.id[0] if isinstance(message.id, tuple | list) else message.id
            keys.add(str(key))
    return frozenset(keys)


class Catalogs:
    """Every locale's compiled catalog, and which keys each translates.

    Args:
        translations: Compiled catalog per locale.
        keys: The keys each locale really translates (no fuzzy or empty entries).
    """

    def __init__(
        self,
        translations: Mapping[str, gettext.GNUTranslations],
        keys: Mapping[str, frozenset[str]],
    ) -> None:
        self._translations = dict(translations)
        self._keys = dict(keys)

    @classmethod
    def load(cls, directory: Path) -> Catalogs:
        """Read and compile ``<directory>/<locale>/LC_MESSAGES/messages.po`` for every locale.

        Raises:
            DataFileError: the directory holds no catalog, or a ``.po`` file cannot be read
                (the message names the file and the line).
        """
        translations: dict[str, gettext.GNUTranslations] = {}
        keys: dict[str, frozenset[str]] = {}
        for path in sorted(directory.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
            locale = path.parent.parent.name
            catalog = _read(path, locale)
            translations[locale] = _compile(catalog)
            keys[locale] = _translated(catalog)
        if not translations:
            raise DataFileError(
                [Problem(str(directory), None, "", f"no <locale>/LC_MESSAGES/{DOMAIN}.po here")]
            )
        return cls(translations, keys)

    @property
    def locales(self) -> tuple[str, ...]:
        """The locales with a catalog, sorted."""
        return tuple(sorted(self._translations))

    def translations(self, locale: str) -> gettext.GNUTranslations:
        """The compiled catalog of ``locale``.

        Raises:
            KeyError: no catalog for ``locale``.
        """
        return self._translations[locale]

    def has(self, locale: str, key: str) -> bool:
        """Whether ``locale`` translates ``key``."""
        return key in self._keys.get(locale, frozenset())

    def keys(self, locale: str) -> frozenset[str]:
        """The keys ``locale`` translates."""
        return self._keys.get(locale, frozenset())

    def missing(self, wanted: Iterable[tuple[str, str]]) -> list[CatalogProblem]:
        """Every ``(key, where)`` in ``wanted`` that some locale does not translate."""
        problems = []
        for key, where in wanted:
            for locale in self.locales:
                if key not in self._keys[locale]:
                    problems.append(CatalogProblem(locale, key, where))
        return problems

    def unbalanced(self) -> list[CatalogProblem]:
        """Keys some locale translates and another does not."""
        every = frozenset().union(*self._keys.values())
        return [
            CatalogProblem(locale, key)
            for locale in self.locales
            for key in sorted(every - self._keys[locale])
        ]
