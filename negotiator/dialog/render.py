"""From prompts to text: catalog keys and renderers in the debtor's language.

The engine decides *what* to say (keys, renderer names, parameter names); this module says it:
it fills parameters from a :class:`RenderContext` (money, dates and counts formatted by babel
for the locale) and builds the composite parts (the balance, a plan, a schedule, the answer to
a counter-offer). The result still has to pass the compliance filter before it may be sent.

Debtor details (name, reference, balance) are only filled in for a verified debtor: asking for
them earlier is a script bug and raises, rather than leaking a debt to a stranger.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Final
from zoneinfo import ZoneInfo

from negotiator.dialog.memory import Talk
from negotiator.dialog.render_keys import COUNTER_LIMITS, DOWN_PAYMENT_KINDS
from negotiator.dialog.script import Prompt
from negotiator.domain.account import Account
from negotiator.domain.jurisdiction import CRISIS_LINES, Jurisdiction
from negotiator.domain.money import Money
from negotiator.domain.plans import Plan
from negotiator.domain.policy import CreditorIdentity
from negotiator.domain.verification import FactKind
from negotiator.errors import DomainError
from negotiator.i18n import Catalogs, Translator
from negotiator.i18n.translator import ParamValue


@dataclass(frozen=True, slots=True)
class RenderedButton:
    """A button as shown: its label and the event it sends."""

    text: str
    press: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """One message ready for the compliance filter.

    Attributes:
        source: The key or ``render:<name>`` it came from (for the audit trail).
        text: The text in the debtor's language.
        buttons: Buttons under it.
    """

    source: str
    text: str
    buttons: tuple[RenderedButton, ...] = ()


@dataclass(frozen=True, slots=True)
class RenderContext:
    """Everything a prompt may mention.

    Attributes:
        talk: The conversation (language, verification, offers).
        account: The account, once known.
        creditor: Who the bot writes for.
        jurisdiction: The rule pack of the account's portfolio (crisis lines).
        timezone: The debtor's zone.
        today: The date in the debtor's zone.
        fact: The identity fact asked for.
        max_identity_attempts: Identity checks allowed.
        agreement_number: The account's latest agreement (just made, or for ``/myplan``).
        agreement_plan: That agreement's plan, when the talk did not make it.
        agents_open_at: When the agents' desk next opens; ``None`` while it is open.
        agents_reply_minutes: How soon an agent answers while the desk is open (policy).
        moved: The missed payment this event moved to the end of the plan, and its new date.
    """

    talk: Talk
    account: Account | None
    creditor: CreditorIdentity
    jurisdiction: Jurisdiction
    timezone: ZoneInfo
    today: date
    fact: FactKind = FactKind.DATE_OF_BIRTH
    max_identity_attempts: int = 3
    agreement_number: str | None = None
    agreement_plan: Plan | None = None
    agents_open_at: datetime | None = None
    agents_reply_minutes: int = 30
    moved: tuple[Money, date] | None = None


def _verified_account(context: RenderContext) -> Account:
    if context.account is None or not context.talk.verified:
        raise DomainError("debtor details asked for before the debtor was verified")
    return context.account


def _gap(context: RenderContext, _: Translator) -> ParamValue:
    account = context.account
    if context.talk.gap is None or account is None:
        return None
    return Money.of(context.talk.gap, account.balance.total.currency)


def _moved(context: RenderContext) -> tuple[Money, date]:
    if context.moved is None:
        raise DomainError("no instalment was moved for this prompt to name")
    return context.moved


def _agent_hours(context: RenderContext, t: Translator) -> str:
    """When a person will reply: soon while the desk is open, else from its next opening."""
    if context.agents_open_at is None:
        return t.plural("common.agent_reply_within", context.agents_reply_minutes)
    return t.text("common.agent_reply_from", {"when": context.agents_open_at})


PARAMS: Final[dict[str, Callable[[RenderContext, Translator], ParamValue]]] = {
    "bot_name": lambda c, _: c.creditor.bot_name,
    "creditor": lambda c, _: c.creditor.name,
    "creditor_contact": lambda c, _: c.creditor.human_contact,
    "debtor_name": lambda c, _: _verified_account(c).debtor_name,
    "reference": lambda c, _: _verified_account(c).reference,
    "balance": lambda c, _: _verified_account(c).balance.total,
    "days_overdue": lambda c, t: t.plural(
        "common.days_overdue", _verified_account(c).days_past_due(c.today)
    ),
    "attempts_left": lambda c, _: max(0, c.max_identity_attempts - c.talk.failed_checks),
    "fact": lambda c, _: c.fact,
    "gap": _gap,
    "agreement_number": lambda c, _: c.agreement_number,
    "agent_hours": lambda c, t: _agent_hours(c, t),
    "support_line": lambda c, _: CRISIS_LINES[c.jurisdiction],
    "moved_amount": lambda c, _: _moved(c)[0],
    "moved_date": lambda c, _: _moved(c)[1],
}
"""How each parameter of the vocabulary gets its value."""


# -- composite parts ---------------------------------------------------------------------------


def _balance(context: RenderContext, t: Translator) -> str:
    account = _verified_account(context)
    balance = account.balance
    return t.text(
        "render.balance",
        {
            "total": balance.total,
            "principal": balance.principal,
            "interest": balance.interest,
            "fees": balance.fees,
            "overdue": t.plural("common.days_overdue", account.days_past_due(context.today)),
        },
    )


def plan_text(plan: Plan, t: Translator) -> str:
    """One plan in a sentence or two: its payments, dates and total, and what it saves."""
    facts = plan.explain()
    params: dict[str, ParamValue] = {
        "total": facts.total,
        "count": facts.count,
        "instalment": facts.instalment_amount,
        "last": facts.final_amount,
        "down_payment": facts.down_payment,
        "tokens": facts.token_count,
        "token": facts.token_amount,
        "first_due": facts.first_due,
        "last_due": facts.last_due,
        "frequency": t.text(f"enum.Frequency.{facts.frequency.value}"),
        "last_note": ""
        if facts.instalment_amount is None or facts.final_amount == facts.instalment_amount
        else t.text("render.plan.last", {"last": facts.final_amount}),
    }
    key = f"render.plan.{plan.kind.value}"
    if facts.down_payment is not None and plan.kind in DOWN_PAYMENT_KINDS:
        key += ".down"
    parts = [t.text(key, params)]
    if not facts.saved.is_zero():
        parts.append(t.text("render.plan.saved", {"saved": facts.saved}))
    if facts.hardship_reason is not None:
        parts.append(t.text("render.plan.hardship"))
    return _sentences(parts, t)


def _sentences(parts: list[str], t: Translator) -> str:
    """Sentences run on without spaces in Chinese, with one space in English."""
    return ("" if t.locale.startswith("zh") else " ").join(parts)


def _plan(context: RenderContext, t: Translator) -> str:
    _verified_account(context)
    plan = context.talk.open_offer or context.talk.agreed
    if plan is None:
        raise DomainError("a plan was to be shown but none is on the table")
    return plan_text(plan, t)


def schedule_text(plan: Plan, t: Translator) -> str:
    """The schedule: a header, a line per payment (equal payments in a row share one line),
    the total."""
    lines = [t.text("render.schedule.header")]
    payments = plan.schedule
    start = 0
    while start < len(payments):
        first = payments[start]
        end = start + 1
        while (
            end < len(payments)
            and payments[end].amount == first.amount
            and payments[end].label is first.label
        ):
            end += 1
        label = t.text(f"enum.PaymentLabel.{first.label.value}")
        if end - start == 1:
            line = t.text(
                "render.schedule.line",
                {"number": first.number, "due": first.due, "amount": first.amount, "label": label},
            )
        else:
            line = t.text(
                "render.schedule.run",
                {
                    "first": first.due,
                    "last": payments[end - 1].due,
                    "count": end - start,
                    "amount": first.amount,
                    "label": label,
                },
            )
        lines.append(line)
        start = end
    lines.append(t.text("render.schedule.total", {"total": plan.total}))
    return "\n".join(lines)


def _schedule(context: RenderContext, t: Translator) -> str:
    _verified_account(context)
    counter = context.talk.counter
    plan = (
        context.talk.agreed
        or context.agreement_plan
        or (counter.accepted if counter is not None else None)
        or context.talk.open_offer
    )
    if plan is None:
        raise DomainError("a schedule was to be shown but no plan is on the table")
    return schedule_text(plan, t)


def _allowed(kind: str, value: object, currency: str) -> ParamValue:
    text = str(value)
    if kind == "money":
        return Money.of(Decimal(text), currency)
    if kind == "date":
        return date.fromisoformat(text)
    if kind == "count":
        return int(text)
    return Decimal(text)


def _counter_answer(context: RenderContext, t: Translator) -> str:
    account = _verified_account(context)
    counter = context.talk.counter
    parts = [t.text("render.counter.intro")]
    if counter is not None:
        for breach in counter.breaches:
            limit = str(breach.get("limit"))
            kind = COUNTER_LIMITS.get(limit)
            if kind is None:
                continue
            allowed = _allowed(kind, breach.get("allowed"), account.balance.total.currency)
            parts.append(t.text(f"render.counter.{limit}", {"allowed": allowed}))
            break
        else:
            parts.append(t.text("render.counter.other"))
        if counter.nearest is not None:
            parts.append(t.text("render.counter.nearest"))
    return _sentences(parts, t)


RENDERERS: Final[dict[str, Callable[[RenderContext, Translator], str]]] = {
    "balance": _balance,
    "plan": _plan,
    "schedule": _schedule,
    "counter_answer": _counter_answer,
}
"""How each renderer of the vocabulary builds its text."""


class Renderer:
    """Renders prompts with the catalogs.

    Args:
        catalogs: The loaded gettext catalogs.
    """

    def __init__(self, catalogs: Catalogs) -> None:
        self.catalogs = catalogs

    def translator(self, language: str, timezone: ZoneInfo) -> Translator:
        """A translator for ``language`` (English when there is no such catalog)."""
        locale = language if language in self.catalogs.locales else "en"
        return Translator(locale, self.catalogs.translations(locale), timezone)

    def render(self, prompts: Iterable[Prompt], context: RenderContext) -> list[Rendered]:
        """The messages of ``prompts`` in the talk's language; empty composites are dropped."""
        t = self.translator(context.talk.language, context.timezone)
        rendered = []
        for prompt in prompts:
            if prompt.key is not None:
                values: Mapping[str, ParamValue] = {
                    name: PARAMS[name](context, t) for name in prompt.params
                }
                text, source = t.text(prompt.key, values), prompt.key
            else:
                assert prompt.render is not None
                text, source = RENDERERS[prompt.render](context, t), f"render:{prompt.render}"
            buttons = tuple(RenderedButton(t.text(b.key), b.press) for b in prompt.buttons)
            if text or buttons:
                rendered.append(Rendered(source, text, buttons))
        return rendered
