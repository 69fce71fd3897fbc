"""Jurisdictions and the outer legal bounds a creditor's policy may only tighten.

The full rule packs (content rules, caps, citations) live in ``negotiator/compliance``; here are
only the bounds the policy file is checked against when it is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from enum import StrEnum


class Jurisdiction(StrEnum):
    """The rule pack a portfolio is collected under."""

    CN = "CN"
    US = "US"
    UK = "UK"


@dataclass(frozen=True, slots=True)
class LegalContactBounds:
    """The widest contact window and caps the law of a jurisdiction allows.

    Attributes:
        earliest: Earliest local time a proactive message may be sent.
        latest: Local time by which proactive contact must stop.
        max_per_day: Most proactive messages per debtor per local day.
        max_per_week: Most proactive messages per debtor per rolling 7 days.
        citation: Where the bounds come from.
    """

    earliest: time
    latest: time
    max_per_day: int
    max_per_week: int
    citation: str


LEGAL_CONTACT_BOUNDS: dict[Jurisdiction, LegalContactBounds] = {
    # GB/T 45251-2025 and 中国银行业协会《催收工作指引》2026: no collection contact 22:00–08:00.
    Jurisdiction.CN: LegalContactBounds(
        time(8), time(22), 3, 10, "GB/T 45251-2025; 银行业协会催收工作指引(2026)"
    ),
    # FDCPA §805(a)(1) and Reg F 12 CFR 1006.6(b)(1)(i): 8 a.m.–9 p.m. local time;
    # 12 CFR 1006.14(b)(2): seven attempts in seven days is the presumption of harassment.
    Jurisdiction.US: LegalContactBounds(
        time(8), time(21), 3, 7, "FDCPA §805(a)(1); 12 CFR 1006.6(b)(1)(i), 1006.14(b)(2)"
    ),
    # FCA CONC 7.9.4 / 7.3: no contact at unreasonable hours or with excessive frequency.
    Jurisdiction.UK: LegalContactBounds(time(8), time(21), 3, 10, "FCA CONC 7.3, 7.9.4; FG21/1"),
}


CRISIS_LINES: dict[Jurisdiction, str] = {
    # 国家卫生健康委: 12356 is the nationwide psychological assistance hotline (2025); 120 for
    # medical emergencies.
    Jurisdiction.CN: "12356 (全国心理援助热线) / 120",
    # 988 Suicide & Crisis Lifeline (call or text), 911 in an emergency.
    Jurisdiction.US: "988 (call or text) / 911",
    # Samaritans, free, 24 hours; 999 in an emergency. FG21/1: respond to vulnerability at once.
    Jurisdiction.UK: "Samaritans 116 123 / 999",
}
"""A free crisis line per jurisdiction, given to a debtor who shows any sign of self-harm risk."""
