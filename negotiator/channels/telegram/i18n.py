"""aiogram's i18n, fed from negotiator's catalogs, and the debtor's locale for each update.

The catalogs are the same ``locales/*/LC_MESSAGES/messages.po`` the renderer uses, compiled in
memory (:class:`~negotiator.i18n.Catalogs`), so aiogram never reads a stale ``.mo``. The locale
of an update is Telegram's ``language_code`` mapped to a supported language; the conversation's
own language (chosen with ``/language`` or taken from the account) wins once there is one.
"""

from __future__ import annotations

import gettext
from typing import Any

from aiogram.types import TelegramObject, User
from aiogram.utils.i18n import I18n, I18nMiddleware

from negotiator.domain.language import normalize_language
from negotiator.i18n import Catalogs


class CatalogI18n(I18n):
    """:class:`aiogram.utils.i18n.I18n` over already-compiled catalogs."""

    def __init__(self, catalogs: Catalogs, default_locale: str = "en") -> None:
        self._catalogs = catalogs
        super().__init__(path=".", default_locale=default_locale, domain="messages")

    def find_locales(self) -> dict[str, gettext.GNUTranslations]:
        """The catalogs by locale (instead of reading ``.mo`` files from disk)."""
        return {locale: self._catalogs.translations(locale) for locale in self._catalogs.locales}


class DebtorLocaleMiddleware(I18nMiddleware):
    """Sets the locale of each update from the sender's Telegram language."""

    async def get_locale(self, event: TelegramObject, data: dict[str, Any]) -> str:
        """``zh-hant``/``zh-TW`` -> ``zh_Hant``, ``zh`` -> ``zh_Hans``, else ``en``."""
        user: User | None = data.get("event_from_user")
        code = normalize_language(user.language_code or "") if user is not None else None
        return code if code in self.i18n.available_locales else self.i18n.default_locale
