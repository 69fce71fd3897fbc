"""The catalog keys each renderer of :mod:`negotiator.dialog.render` may use.

Kept apart from the renderers so that ``negotiator dialogs check`` can verify their
translations without rendering anything.
"""

from __future__ import annotations

from typing import Final

from negotiator.domain.plan_terms import PaymentLabel, PlanKind
from negotiator.domain.policy import Frequency

DOWN_PAYMENT_KINDS: Final = frozenset(
    {
        PlanKind.INSTALMENTS,
        PlanKind.DEFERRAL,
        PlanKind.DEFERRAL_THEN_INSTALMENTS,
        PlanKind.HARDSHIP_INSTALMENTS,
    }
)
"""Kinds whose text has a variant with a first (or part) payment: ``render.plan.<kind>.down``."""
_PLAN_KEYS = (
    *(f"render.plan.{kind.value}" for kind in PlanKind),
    *(f"render.plan.{kind.value}.down" for kind in DOWN_PAYMENT_KINDS),
    *(f"enum.Frequency.{frequency.value}" for frequency in Frequency),
    "render.plan.saved",
    "render.plan.last",
    "render.plan.hardship",
)
_SCHEDULE_KEYS = (
    "render.schedule.header",
    "render.schedule.line",
    "render.schedule.run",
    "render.schedule.total",
    *(f"enum.PaymentLabel.{label.value}" for label in PaymentLabel),
)
COUNTER_LIMITS: Final[dict[str, str]] = {
    "instalments.max_count": "count",
    "instalments.min_amount": "money",
    "instalments.min_down_payment": "money",
    "instalments.max_months": "date",
    "hardship.max_months": "date",
    "instalments.first_due_max_days": "date",
    "deferral.max_days": "date",
    "settlement.max_discount_percent": "percent",
}
"""Limits the counter-offer answer names specifically, and how their allowed value reads."""
_COUNTER_KEYS = (
    "render.counter.intro",
    "render.counter.other",
    "render.counter.nearest",
    *(f"render.counter.{limit}" for limit in COUNTER_LIMITS),
)


_BALANCE_KEYS = ("render.balance", "common.days_overdue")

RENDERER_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "balance": _BALANCE_KEYS,
    "plan": _PLAN_KEYS,
    "schedule": _SCHEDULE_KEYS,
    "counter_answer": _COUNTER_KEYS,
}
"""Catalog keys per renderer, for the translation check."""
