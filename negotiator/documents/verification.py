"""The verification code of an agreement: a keyed hash of exactly what the debtor accepted."""

from __future__ import annotations

import hmac

from negotiator.documents.agreement_record import AgreementRecord
from negotiator.domain.signing import Signer, canonical_agreement


def verification_code(signer: Signer, agreement: AgreementRecord) -> str:
    """The code to store in ``verification_digest`` and print on the confirmation.

    It covers the number, the account, the kind, the currency, the total, the time of
    acceptance, the terms and every payment's number, date and amount; change any of them and
    the code changes. It does not cover payments made or the status, which change as the plan
    is paid. Compute it on the agreement before storing it (its ``verification_digest`` is not
    read), e.g. ``replace(draft, verification_digest=verification_code(signer, draft))``.
    """
    canonical = canonical_agreement(
        number=agreement.number,
        account_reference=agreement.account_reference,
        kind=agreement.kind,
        currency=agreement.currency,
        total=agreement.total,
        accepted_at=agreement.accepted_at,
        terms=agreement.terms,
        schedule=((p.seq, p.due_date, p.amount) for p in agreement.instalments),
    )
    return signer.agreement_code(canonical)


def code_matches(signer: Signer, agreement: AgreementRecord) -> bool:
    """Whether the stored code still matches the stored terms (nothing changed since acceptance)."""
    return hmac.compare_digest(verification_code(signer, agreement), agreement.verification_digest)
