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
"""

from negotiator.documents.agreement_record import AgreementRecord, ScheduledPayment
from negotiator.documents.confirmation import (
    ConfirmationDocument,
    Field,
    ScheduleRow,
    Section,
    build_confirmation,
)
from negotiator.documents.pdf import confirmation_pdf, render_pdf
from negotiator.documents.verification import code_matches, verification_code

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
