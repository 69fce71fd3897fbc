"""The written confirmation of an accepted agreement: a PDF the debtor can keep.

Seed 003 and DESIGN.md: once a plan is agreed, the debtor gets the terms in writing — amounts,
dates, count, total, what happens if a payment is missed — with the time of acceptance and a
verification code (a keyed hash, :func:`verification_code`) that ``negotiator agreements verify``
checks. Every word comes from the gettext catalogs (keys ``document.*``) through a
:class:`~negotiator.i18n.Translator`, so the document is in the debtor's language; Chinese is set
in Noto Sans CJK, embedded and subset, so it renders on any device.

This room imports only the domain, the translations, the standard library and the PDF library.
The agreement it reads is anything shaped like :class:`AgreementRecord` (the stored
:class:`negotiator.storage.records.Agreement` is).

The PDF library (fpdf2, with Pillow and fontTools: ~20 MB resident) is imported when a document
is first laid out, not with this package: the bot's process hands documents to processes of
their own (:mod:`negotiator.documents.worker`) and would otherwise carry it for nothing.
"""

from typing import TYPE_CHECKING, Any

from negotiator.documents.agreement_record import AgreementRecord, ScheduledPayment
from negotiator.documents.confirmation import (
    ConfirmationDocument,
    Field,
    ScheduleRow,
    Section,
    build_confirmation,
)
from negotiator.documents.verification import code_matches, verification_code

if TYPE_CHECKING:
    from negotiator.documents.pdf import confirmation_pdf, render_pdf

__all__ = [
    "AgreementRecord",
    "ConfirmationDocument",
    "Field",
    "ScheduleRow",
    "ScheduledPayment",
    "Section",
    "build_confirmation",
    "code_matches",
    "confirmation_pdf",
    "render_pdf",
    "verification_code",
]

_LAID_OUT = frozenset({"confirmation_pdf", "render_pdf"})


def __getattr__(name: str) -> Any:
    """``confirmation_pdf`` and ``render_pdf``, importing the PDF library on first use."""
    if name in _LAID_OUT:
        from negotiator.documents import pdf

        return getattr(pdf, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
