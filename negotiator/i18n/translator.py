"""Text in one debtor's language: catalog lookup plus babel formatting of the parameters."""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from negotiator.domain.money import Money

ParamValue = Money | date | datetime | int | Decimal | str | Enum | None
"""What a template parameter may be; each is formatted for the locale."""


@dataclass(frozen=True, slots=True)
class Translator:
    """Renders message keys for one locale and time zone.

    Attributes:
        locale: The catalog's locale name (``en``, ``zh_Hans``, ``zh_Hant``).
        translations: The compiled catalog.
        timezone: The debtor's zone: times are shown in it.
    """

    locale: str
    translations: gettext.GNUTranslations
    timezone: ZoneInfo

    @property
    def babel_locale(self) -> Locale:
        """The babel locale for formatting."""
        return Locale.parse(self.locale)

    def money(self, value: Money) -> str:
        """``¥1,234.50`` in zh_Hans, ``CN¥1,234.50`` in en: the currency's own precision."""
        return format_currency(value.amount, value.currency, locale=self.babel_locale)

    def date(self, value: date) -> str:
        """``2026年12月1日`` / ``December 1, 2026``."""
        return format_date(value, "long", locale=self.babel_locale)

    def datetime(self, value: datetime) -> str:
        """An instant in the debtor's zone, e.g. ``2026年12月1日 09:30``."""
        local = value.astimezone(self.timezone)
        return format_datetime(local, "medium", tzinfo=self.timezone, locale=self.babel_locale)

    def number(self, value: int | Decimal) -> str:
        """``1,234`` with the locale's grouping."""
        return format_decimal(value, locale=self.babel_locale)

    def format(self, value: ParamValue) -> str:
        """One parameter as text in this locale."""
        if value is None:
            return ""
        if isinstance(value, Money):
            return self.money(value)
        if isinstance(value, datetime):
            return self.datetime(value)
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int | Decimal):
            return self.number(value)
        if isinstance(value, Enum):
            return self.text(f"enum.{type(value).__name__}.{value.value}")
        return value

    def text(self, key: str, params: Mapping[str, ParamValue] | None = None) -> str:
        """The catalog text of ``key`` with ``{name}`` parameters filled in.

        Raises:
            KeyError: the text names a parameter that was not given.
        """
        template = self.translations.gettext(key)
        if not params:
            return template
        return template.format_map({name: self.format(v) for name, v in params.items()})

    def plural(self, key: str, n: int, params: Mapping[str, ParamValue] | None = None) -> str:
        """The form of ``key`` for ``n`` (``{n}`` is available to the text), per the locale's
        plural rules (one form in Chinese, two in English)."""
        template = self.translations.ngettext(key, key, n)
        values = {name: self.format(v) for name, v in (params or {}).items()}
        values.setdefault("n", self.number(n))
        return template.format_map(values)
