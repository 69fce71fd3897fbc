"""The written confirmation of an agreement, as the debtor receives it (PDF, in their language).

The document's text is every ``document.*`` catalog entry, which ``negotiator compliance lint``
checks like every other template; the figures come from the stored agreement, whose
verification code is checked again when the document is built.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from negotiator.dialog.render import Renderer
from negotiator.documents import confirmation_pdf
from negotiator.domain.policy import Policy
from negotiator.errors import NotFound
from negotiator.storage.uow import SqlUnitOfWork


@dataclass(frozen=True, slots=True)
class ConfirmationFile:
    """A rendered confirmation.

    Attributes:
        filename: ``<agreement number>.pdf``.
        content: The PDF.
    """

    filename: str
    content: bytes


class Confirmations:
    """Builds confirmation PDFs for stored agreements.

    Args:
        policy: The creditor policy (who the creditor is, per portfolio).
        renderer: Gives a translator per language.
    """

    def __init__(self, policy: Policy, renderer: Renderer) -> None:
        self.policy = policy
        self.renderer = renderer

    async def pdf(self, uow: SqlUnitOfWork, number: str, language: str) -> ConfirmationFile:
        """The PDF of agreement ``number`` in ``language`` (rendered in a worker thread).

        Raises:
            NotFound: no such agreement, or its account is gone.
            DomainError: the stored agreement does not match its plan or its code.
        """
        async with uow:
            agreement = await uow.agreements.by_number(number)
            if agreement is None:
                raise NotFound(f"no agreement {number!r}")
            account = await uow.accounts.get(agreement.account_reference)
        if account is None:
            raise NotFound(f"the account of agreement {number!r} is gone")
        portfolio = self.policy.portfolio(account.portfolio)
        creditor = portfolio.creditor or self.policy.creditor
        translator = self.renderer.translator(language, ZoneInfo(account.timezone))
        content = await asyncio.to_thread(
            confirmation_pdf, agreement, account, creditor, translator
        )
        return ConfirmationFile(f"{number}.pdf", content)
