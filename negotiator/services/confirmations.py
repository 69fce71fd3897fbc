"""The written confirmation of an agreement, as the debtor receives it (PDF, in their language).

The document's words are ``document.*`` catalog entries and its figures come from the stored
agreement (whose verification code is checked again when the document is built). Like every
message, the whole text of each document (all but its random verification code) passes the
compliance filter before it is rendered: a refused document is never sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from negotiator.compliance.context import OutboundContext
from negotiator.dialog.render import Renderer
from negotiator.documents import ConfirmationDocument, build_confirmation
from negotiator.documents.worker import lay_out, start_document_processes
from negotiator.domain.plan_codec import plan_from_dict
from negotiator.domain.policy import Policy
from negotiator.errors import ComplianceBlocked, NotFound
from negotiator.services.conversation import OutboundCheck
from negotiator.services.conversation_effects import plan_amounts
from negotiator.storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)


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
        filters: The compliance filter of each portfolio, by portfolio id.
        processes: How many processes lay the PDFs out (its half second of CPU then runs
            beside the event loop, not in its interpreter); 0, a worker thread. They are
            spawned (:mod:`negotiator.documents.worker`) when the first document comes,
            started afresh if one dies, stopped by :meth:`close`, and exit by themselves if
            the bot's process is killed. A program that uses them must start from an
            ``if __name__ == "__main__":`` block, as every spawning program must.
    """

    def __init__(
        self,
        policy: Policy,
        renderer: Renderer,
        filters: Mapping[str, OutboundCheck],
        processes: int = 0,
    ) -> None:
        self.policy = policy
        self.renderer = renderer
        self.filters = filters
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None

    async def pdf(self, uow: SqlUnitOfWork, number: str, language: str) -> ConfirmationFile:
        """The PDF of agreement ``number`` in ``language`` (laid out in a document process, or
        a worker thread).

        Raises:
            NotFound: no such agreement, or its account is gone.
            DomainError: the stored agreement does not match its plan or its code.
            ComplianceBlocked: the document's text breaks a compliance rule.
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
        document = build_confirmation(agreement, account, creditor, translator)
        # The verification code is random letters and digits, not words: "…-XSBQ-…" is no
        # insult and "…-1JPY-…" no amount, so the filter reads the document without it.
        words = document.as_text().replace(document.verification_code, "")
        checked = self.filters[portfolio.id].check_outbound(
            words,
            translator.locale,
            OutboundContext(
                verified=True,
                timezone=account.timezone,
                amounts_on_record=frozenset(plan_amounts(plan_from_dict(agreement.terms))),
                creditor_names=(creditor.name, creditor.legal_name),
                account_references=(account.reference,),
                human_contact=creditor.human_contact,
            ),
        )
        if not checked.verdict.allowed:
            raise ComplianceBlocked(
                f"the confirmation of {number} was not sent: {checked.verdict.explanation}"
            )
        return ConfirmationFile(f"{number}.pdf", await self._lay_out(document))

    async def _lay_out(self, document: ConfirmationDocument) -> bytes:
        """The PDF of ``document`` (checked already; plain data, so it crosses to a process as
        it is), from the processes or a thread."""
        loop = asyncio.get_running_loop()
        if self.processes == 0:
            return await loop.run_in_executor(None, lay_out, document)
        if self._pool is None:
            self._pool = start_document_processes(self.processes)
        try:
            return await loop.run_in_executor(self._pool, lay_out, document)
        except BrokenExecutor:  # a process died (killed, out of memory): start afresh, once
            log.warning("a document process died; starting new ones")
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = start_document_processes(self.processes)
            return await loop.run_in_executor(self._pool, lay_out, document)

    async def close(self) -> None:
        """Stop the document processes, if any started (a document being laid out finishes;
        those waiting are dropped)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            await asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True)
