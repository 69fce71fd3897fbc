"""Translations: gettext catalogs from ``locales/`` and babel formatting in the debtor's locale.

Message ids are *keys* (``offer.instalments``), never English sentences, so a wording can change
in one language without touching the code or the dialogs; the English text lives in the ``en``
catalog like any other. Parameters use ``{name}`` (python-brace-format) and are formatted by
babel for the locale: money with its currency and precision, dates, numbers.
"""

from negotiator.i18n.catalogs import CatalogProblem, Catalogs
from negotiator.i18n.translator import Translator

__all__ = ["N_", "CatalogProblem", "Catalogs", "Translator"]


def N_(key: str) -> str:
    """Mark a message key that is looked up later, so ``negotiator i18n extract`` finds it."""
    return key
