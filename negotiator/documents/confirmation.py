"""The confirmation's content: every line of it in the debtor's language, ready to lay out.

:func:`build_confirmation` turns an agreement into a :class:`ConfirmationDocument` of plain
strings; :mod:`negotiator.documents.pdf` only lays those out. Keeping the two apart means the
wording can be tested without a PDF, and the same content can be sent as a chat message
(:meth:`ConfirmationDocument.as_text`).

The schedule printed is the stored one; the plan in ``terms`` supplies the kind, the labels of
the payments and the totals. They must agree to the last minor unit, or nothing is printed: a
written confirmation that contradicts itself is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from negotiator.documents.agreement_record import AgreementRecord
from negotiator.domain.account import Account
from negotiator.domain.money import Money, total
from negotiator.domain.plan_codec import plan_from_dict
from negotiator.domain.plans import Plan, PlanKind
from negotiator.domain.policy_sections import CreditorIdentity
from negotiator.domain.signing import group_agreement_code
from negotiator.errors import DomainError
from negotiator.i18n import N_, Translator

_LANGUAGE_TAGS = {"zh_Hans": "zh-Hans", "zh_Hant": "zh-Hant", "en": "en"}

PAGE_PLACEHOLDER = "{page}"
"""Stands for the page number in :attr:`ConfirmationDocument.page_label`."""
PAGES_PLACEHOLDER = "{pages}"
"""Stands for the page count in :attr:`ConfirmationDocument.page_label`."""


@dataclass(frozen=True, slots=True)
class Field:
    """One labelled value, e.g. "Agreement number: AG-2026-000001"."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Section:
    """A heading with labelled values and/or paragraphs under it."""

    heading: str
    fields: tuple[Field, ...] = ()
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One line of the schedule table, formatted."""

    number: str
    due: str
    amount: str
    payment: str


@dataclass(frozen=True, slots=True)
class ConfirmationDocument:
    """The whole confirmation as text in one language.

    Attributes:
        locale: The catalog locale (``en``, ``zh_Hans``, ``zh_Hant``).
        language_tag: BCP 47 tag for the PDF's metadata (``zh-Hans``).
        agreement_number: The agreement number (also the PDF's subject).
        accepted_at: When the debtor accepted (the PDF's creation date, for stable output).
        title: The document title.
        creditor_name: The name debtors know the creditor by, under the title.
        intro: The opening sentence.
        details: Agreement, creditor, debtor and plan sections.
        schedule_heading: Heading of the schedule table.
        schedule_columns: Column headings: number, due date, amount, what the payment is.
        schedule: Every payment.
        schedule_total: The table's total row (label and amount).
        totals: What was owed, what is paid, what is saved.
        notices: What happens if a payment is missed; the acceptance.
        verification_heading: Heading of the verification block.
        verification_code: The code, grouped for reading (``7KQ2-M9XD-4HPA-3TZC``).
        verification_note: What the code is for.
        footer: The line at the foot of every page.
        page_label: "Page {page} of {pages}", with those two placeholders left in.
        total: What the debtor pays in all.
        schedule_sum: The sum of the schedule (always equal to ``total``).
    """

    locale: str
    language_tag: str
    agreement_number: str
    accepted_at: datetime
    title: str
    creditor_name: str
    intro: str
    details: tuple[Section, ...]
    schedule_heading: str
    schedule_columns: tuple[str, str, str, str]
    schedule: tuple[ScheduleRow, ...]
    schedule_total: Field
    totals: Section
    notices: tuple[Section, ...]
    verification_heading: str
    verification_code: str
    verification_note: str
    footer: str
    page_label: str
    total: Money
    schedule_sum: Money

    def as_text(self) -> str:
        """The same content as plain text, e.g. for a chat message."""
        lines = [self.title, self.creditor_name, "", self.intro]
        for section in self.details:
            lines.extend(_section_lines(section))
        lines.extend(["", self.schedule_heading])
        lines.extend(
            f"{row.number}. {row.due}  {row.amount}  {row.payment}" for row in self.schedule
        )
        lines.append(f"{self.schedule_total.label}: {self.schedule_total.value}")
        lines.extend(_section_lines(self.totals))
        for section in self.notices:
            lines.extend(_section_lines(section))
        lines.extend(["", f"{self.verification_heading}: {self.verification_code}"])
        lines.extend([self.verification_note, "", self.footer])
        return "\n".join(lines)


def _section_lines(section: Section) -> list[str]:
    lines = ["", section.heading]
    lines.extend(f"{field.label}: {field.value}" for field in section.fields)
    lines.extend(section.paragraphs)
    return lines


def _consistent_plan(agreement: AgreementRecord, account: Account) -> Plan:
    """The accepted plan, after checking that the stored record says the same thing."""
    plan = plan_from_dict(agreement.terms)
    where = f"agreement {agreement.number}"
    if agreement.account_reference != account.reference:
        raise DomainError(
            f"{where} is for account {agreement.account_reference}, not {account.reference}"
        )
    if plan.currency != agreement.currency or plan.kind.value != agreement.kind:
        raise DomainError(f"{where}: its kind or currency differs from its terms")
    stored = [
        (p.seq, p.due_date, Money.of(p.amount, agreement.currency)) for p in agreement.instalments
    ]
    agreed = [(p.number, p.due, p.amount) for p in plan.schedule]
    if stored != agreed:
        raise DomainError(f"{where}: its stored schedule differs from the plan in its terms")
    if Money.of(agreement.total, agreement.currency) != plan.total:
        raise DomainError(f"{where}: its total differs from the plan in its terms")
    return plan


def build_confirmation(
    agreement: AgreementRecord,
    account: Account,
    creditor: CreditorIdentity,
    translator: Translator,
) -> ConfirmationDocument:
    """Every line of the written confirmation of ``agreement``, in ``translator``'s language.

    Args:
        agreement: The stored agreement; its ``terms`` are the accepted plan as
            :func:`~negotiator.domain.plan_codec.plan_to_dict` writes it.
        account: The account it settles (the debtor's name and the balance before the plan).
        creditor: Who the debt is owed to (the portfolio's or the policy's identity).
        translator: The debtor's language and time zone.

    Raises:
        DomainError: the agreement's terms are not a stored plan, or the stored schedule or
            total disagrees with them, or the agreement is for another account, or it has no
            verification code yet.
    """
    if not agreement.verification_digest:
        raise DomainError(f"agreement {agreement.number} has no verification code yet")
    plan = _consistent_plan(agreement, account)
    t = translator.text
    currency = agreement.currency
    schedule_sum = total([p.amount for p in plan.schedule], currency)
    accepted = translator.datetime(agreement.accepted_at)
    return ConfirmationDocument(
        locale=translator.locale,
        language_tag=_LANGUAGE_TAGS.get(translator.locale, translator.locale.replace("_", "-")),
        agreement_number=agreement.number,
        accepted_at=agreement.accepted_at,
        title=t("document.title"),
        creditor_name=creditor.name,
        intro=t("document.intro", {"creditor": creditor.name}),
        details=(
            Section(
                t("document.section.agreement"),
                (
                    Field(t("document.field.number"), agreement.number),
                    Field(t("document.field.accepted_at"), accepted),
                ),
            ),
            Section(
                t("document.section.creditor"),
                (
                    Field(t("document.field.creditor_legal_name"), creditor.legal_name),
                    Field(t("document.field.creditor_name"), creditor.name),
                    Field(t("document.field.creditor_contact"), creditor.human_contact),
                ),
            ),
            Section(
                t("document.section.debtor"),
                (
                    Field(t("document.field.debtor_name"), account.debtor_name),
                    Field(t("document.field.account_reference"), account.reference),
                ),
            ),
            Section(t("document.section.plan"), _plan_fields(plan, translator)),
        ),
        schedule_heading=t("document.section.schedule"),
        schedule_columns=(
            t("document.column.number"),
            t("document.column.due"),
            t("document.column.amount"),
            t("document.column.payment"),
        ),
        schedule=tuple(
            ScheduleRow(
                translator.number(payment.number),
                translator.date(payment.due),
                translator.money(payment.amount),
                t(f"document.label.{payment.label.value}"),
            )
            for payment in plan.schedule
        ),
        schedule_total=Field(t("document.schedule.total"), translator.money(schedule_sum)),
        totals=Section(t("document.section.totals"), _total_fields(plan, translator)),
        notices=(
            Section(
                t("document.section.missed_payment"),
                paragraphs=(
                    t("document.missed_payment.early"),
                    t("document.missed_payment.contact", {"creditor": creditor.name}),
                    t("document.missed_payment.change", {"contact": creditor.human_contact}),
                ),
            ),
            Section(
                t("document.section.acceptance"),
                paragraphs=(
                    t(
                        "document.acceptance",
                        {
                            "bot": creditor.bot_name,
                            "accepted_at": accepted,
                            "zone": translator.timezone.key,
                        },
                    ),
                ),
            ),
        ),
        verification_heading=t("document.section.verification"),
        verification_code=group_agreement_code(agreement.verification_digest),
        verification_note=t("document.verification", {"creditor": creditor.name}),
        footer=t("document.footer", {"bot": creditor.bot_name, "creditor": creditor.name}),
        page_label=t("document.page", {"page": PAGE_PLACEHOLDER, "pages": PAGES_PLACEHOLDER}),
        total=plan.total,
        schedule_sum=schedule_sum,
    )


def _plan_fields(plan: Plan, translator: Translator) -> tuple[Field, ...]:
    t = translator.text
    explained = plan.explain()
    fields = [Field(t("document.field.plan_kind"), t(f"document.kind.{plan.kind.value}"))]
    if explained.payments == 1:
        payments = t("document.terms.one_payment", {"date": explained.first_due})
    else:
        payments = translator.plural(
            "document.terms.payments",
            explained.payments,
            {"first": explained.first_due, "last": explained.last_due},
        )
    fields.append(Field(t("document.field.payments"), payments))
    if explained.down_payment is not None:
        label = "part_payment" if plan.kind is PlanKind.DEFERRAL else "down_payment"
        fields.append(
            Field(
                t(f"document.field.{label}"),
                t(
                    "document.terms.amount_due",
                    {"amount": explained.down_payment, "date": explained.first_due},
                ),
            )
        )
    if explained.token_amount is not None:
        fields.append(
            Field(
                t("document.field.reduced_payments"),
                translator.plural(
                    "document.terms.reduced_payments",
                    explained.token_count,
                    {"amount": explained.token_amount},
                ),
            )
        )
    if explained.instalment_amount is not None:
        fields.append(
            Field(
                t("document.field.instalments"),
                translator.plural(
                    f"document.terms.instalments.{explained.frequency.value}",
                    explained.count,
                    {"amount": explained.instalment_amount},
                ),
            )
        )
        if explained.final_amount != explained.instalment_amount:
            fields.append(
                Field(t("document.field.last_instalment"), translator.money(explained.final_amount))
            )
    special = [
        t(key)
        for key, applies in (
            (N_("document.terms.interest_frozen"), plan.terms.waive_interest),
            (N_("document.terms.fees_waived"), plan.terms.waive_fees),
        )
        if applies
    ]
    if special:
        fields.append(Field(t("document.field.special_terms"), "\n".join(special)))
    return tuple(fields)


def _total_fields(plan: Plan, translator: Translator) -> tuple[Field, ...]:
    t = translator.text
    balance = plan.balance
    fields = [
        Field(t("document.field.original_balance"), translator.money(plan.original_total)),
        Field(
            t("document.field.balance_items"),
            t(
                "document.terms.balance_items",
                {
                    "principal": balance.principal,
                    "interest": balance.interest,
                    "fees": balance.fees,
                },
            ),
        ),
    ]
    for key, amount in (
        (N_("document.field.discount"), plan.discount),
        (N_("document.field.interest_waived"), plan.interest_waived),
        (N_("document.field.fees_waived"), plan.fees_waived),
    ):
        if amount:
            fields.append(Field(t(key), translator.money(amount)))
    fields.append(Field(t("document.field.total_payable"), translator.money(plan.total)))
    if plan.saved:
        fields.append(Field(t("document.field.saved"), translator.money(plan.saved)))
    return tuple(fields)
