"""Builders for agreements as the conversation stores them: a real plan, its schedule, its code.

The default is a hardship plan for 张伟's account CN-100001: 1000.00 down, then six monthly
instalments of 1500.00, interest (1500.00) and fees (300.00) waived, accepted on Sunday
22 November 2026 at 10:00 UTC (18:00 in Shanghai).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from negotiator.documents import verification_code
from negotiator.domain.account import Account, Balance
from negotiator.domain.money import Money
from negotiator.domain.plan_codec import plan_to_dict
from negotiator.domain.plans import Plan, PlanKind, PlanTerms
from negotiator.domain.policy_sections import CreditorIdentity
from negotiator.domain.signing import Signer
from negotiator.i18n import Catalogs, Translator
from negotiator.settings import LOCALES_DIR
from negotiator.storage.records import Agreement, Instalment
from tests.conftest import TEST_SECRET

ACCEPTED_AT = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
OFFERED_ON = date(2026, 11, 22)
HARDSHIP = PlanTerms(
    PlanKind.HARDSHIP_INSTALMENTS,
    date(2026, 12, 1),
    instalments=6,
    down_payment=100_000,
    waive_interest=True,
    waive_fees=True,
)
CN_CREDITOR = CreditorIdentity(
    name="华信银行信用卡中心",
    legal_name="华信银行股份有限公司信用卡中心（示例）",
    human_contact="客服热线 400-800-1234（每日 9:00-21:00）",
    bot_name="小信",
)
SIGNER = Signer(TEST_SECRET)


@cache
def catalogs() -> Catalogs:
    """The project's catalogs, compiled once per test run."""
    return Catalogs.load(LOCALES_DIR)


def translator(locale: str, zone: str = "Asia/Shanghai") -> Translator:
    """Text in ``locale``, times in ``zone``."""
    return Translator(locale, catalogs().translations(locale), ZoneInfo(zone))


def an_account(
    reference: str = "CN-100001",
    *,
    debtor_name: str = "张伟",
    principal: str = "10000.00",
    interest: str = "1500.00",
    fees: str = "300.00",
    currency: str = "CNY",
) -> Account:
    """An account owing ``principal + interest + fees``."""
    return Account(
        reference=reference,
        portfolio="cn-card",
        debtor_name=debtor_name,
        language="zh_Hans",
        timezone="Asia/Shanghai",
        balance=Balance(
            Money.of(principal, currency), Money.of(interest, currency), Money.of(fees, currency)
        ),
        due_date=date(2026, 8, 1),
    )


def an_agreement(
    account: Account | None = None,
    terms: PlanTerms = HARDSHIP,
    *,
    number: str = "AG-2026-000001",
    accepted_at: datetime = ACCEPTED_AT,
    signer: Signer = SIGNER,
) -> Agreement:
    """The agreement accepting ``terms`` for ``account``, with its verification code."""
    account = account or an_account()
    plan = Plan(terms, account.balance, OFFERED_ON)
    draft = Agreement(
        id=0,
        number=number,
        account_reference=account.reference,
        offer_id=None,
        kind=plan.kind.value,
        terms=plan_to_dict(plan),
        currency=plan.currency,
        total=plan.total.amount,
        status="active",
        accepted_at=accepted_at,
        verification_digest="",
        instalments=tuple(Instalment(p.number, p.due, p.amount.amount) for p in plan.schedule),
    )
    return replace(draft, verification_digest=verification_code(signer, draft))
