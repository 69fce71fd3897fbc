"""``negotiator compliance``: test texts against the rule packs, and lint every template.

``check`` reads one JSON object per line on standard input and prints one JSON object per line:
``verdict`` (``allow``, ``block`` or ``defer``), ``rules``, ``citations``, ``explanation`` and,
for a deferral, ``not_before``. A malformed line gets ``{"line": n, "error": ...}`` and the rest
are still checked; the exit status is 1 if any line was malformed. ``lint`` checks every
template of every locale's catalog (``locales/<locale>/LC_MESSAGES/messages.po``) against the
content rules of every pack and exits with status 1 if any template is blocked.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from negotiator.commands.console import err, fail, out
from negotiator.compliance.context import OutboundContext, Recipient
from negotiator.compliance.lint import lint_templates, render_sample
from negotiator.compliance.outbound import ComplianceFilter
from negotiator.compliance.packs import builtin_packs
from negotiator.compliance.rules import RulePack
from negotiator.domain.clock import Clock, FixedClock, SystemClock
from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.domain.language import normalize_language
from negotiator.domain.money import Money
from negotiator.errors import NegotiatorError

__all__ = ["CheckLine", "app"]

app = typer.Typer(
    help="Test texts against the compliance rule packs and lint every message template.",
    no_args_is_help=True,
)

DEFAULT_ZONES = {
    Jurisdiction.CN: "Asia/Shanghai",
    Jurisdiction.US: "America/New_York",
    Jurisdiction.UK: "Europe/London",
}
"""The debtor time zone ``check`` assumes when a line gives none."""

JurisdictionOption = Annotated[
    Jurisdiction,
    typer.Option("--jurisdiction", "-j", help="The rule pack: CN, US or UK.", case_sensitive=False),
]


class CheckLine(BaseModel):
    """One input line of ``check``: the text and what the filter should assume about it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    lang: str = "zh_Hans"
    verified: bool = False
    recipient: Recipient = Recipient.DEBTOR
    third_party: bool = False
    proactive: bool = False
    first_message: bool = False
    opted_out: bool = False
    opt_out_confirmation: bool = False
    local_time: str | None = None
    timezone: str | None = None
    proactive_sent: list[str] = Field(default_factory=list)
    amounts: list[str] = Field(default_factory=list)
    creditor: list[str] | str = Field(default_factory=list)
    accounts: list[str] = Field(default_factory=list)
    human_contact: str | None = None


class LineError(ValueError):
    """An input line that cannot be checked; the message says why."""


def _packs() -> dict[Jurisdiction, RulePack]:
    try:
        return dict(builtin_packs())
    except NegotiatorError as exc:
        raise fail(f"the rule packs are invalid:\n{exc}") from None


@app.command("check")
def check(jurisdiction: JurisdictionOption = Jurisdiction.CN) -> None:
    """Check JSON lines from standard input: {"text": ..., "lang": ..., "verified": true, ...}.

    Optional context per line: verified, third_party, proactive, first_message, opted_out,
    opt_out_confirmation, local_time ("22:30" or "2026-11-22T22:30"), timezone (IANA),
    proactive_sent (ISO times), amounts (["CNY 11800.00"]), creditor, accounts, human_contact.
    """
    pack = _packs()[jurisdiction]
    malformed = 0
    for number, raw in enumerate(sys.stdin, start=1):
        if not raw.strip():
            continue
        try:
            result = _check_line(raw, pack)
        except LineError as exc:
            malformed += 1
            result = {"error": str(exc)}
        out.print(json.dumps({"line": number, **result}, ensure_ascii=False))
    if malformed:
        err.print(f"{malformed} malformed line(s) were not checked")
        raise typer.Exit(1)


def _check_line(raw: str, pack: RulePack) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LineError(f"not valid JSON: {exc.msg} at character {exc.pos + 1}") from None
    if not isinstance(data, dict):
        raise LineError('expected a JSON object such as {"text": "...", "lang": "en"}')
    try:
        line = CheckLine.model_validate(data)
    except ValidationError as exc:
        reasons = "; ".join(_reason(e) for e in exc.errors(include_url=False))
        raise LineError(reasons) from None
    language = normalize_language(line.lang)
    if language is None:
        raise LineError(f"lang: {line.lang!r} is not supported (zh_Hans, zh_Hant or en)")
    zone_name = line.timezone or DEFAULT_ZONES[pack.jurisdiction]
    zone = _zone(zone_name)
    compliance = ComplianceFilter(pack, _clock(line.local_time, zone))
    recipient = Recipient.THIRD_PARTY if line.third_party else line.recipient
    context = OutboundContext(
        recipient=recipient,
        verified=line.verified,
        proactive=line.proactive,
        first_message=line.first_message,
        opted_out=line.opted_out,
        opt_out_confirmation=line.opt_out_confirmation,
        timezone=zone_name,
        proactive_sent=tuple(_instant(s, zone, "proactive_sent") for s in line.proactive_sent),
        amounts_on_record=frozenset(_money(a) for a in line.amounts),
        creditor_names=(line.creditor,) if isinstance(line.creditor, str) else tuple(line.creditor),
        account_references=tuple(line.accounts),
        human_contact=line.human_contact,
    )
    verdict = compliance.check_outbound(line.text, language, context).verdict
    return {
        "verdict": verdict.outcome.value,
        "rules": list(verdict.rule_ids),
        "citations": list(verdict.citations),
        "explanation": verdict.explanation,
        "not_before": verdict.not_before.isoformat() if verdict.not_before else None,
    }


def _reason(error: Any) -> str:
    field = ".".join(str(part) for part in error["loc"]) or "line"
    if error["type"] == "extra_forbidden":
        return f"{field}: unknown field (known: {', '.join(CheckLine.model_fields)})"
    return f"{field}: {error['msg']}"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise LineError(
            f"timezone: {name!r} is not an IANA time zone (e.g. Asia/Shanghai)"
        ) from None


def _clock(local_time: str | None, zone: ZoneInfo) -> Clock:
    if local_time is None:
        return SystemClock()
    try:
        wall = time.fromisoformat(local_time)
    except ValueError:
        return FixedClock(_instant(local_time, zone, "local_time"))
    today = datetime.now(zone).date()
    return FixedClock(datetime.combine(today, wall, tzinfo=zone))


def _instant(value: str, zone: ZoneInfo, field: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise LineError(
            f"{field}: {value!r} is not a time; write 22:30 or 2026-11-22T22:30 (+08:00)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _money(value: str) -> Money:
    problem = f"amounts: {value!r} is not a currency and an amount, e.g. 'CNY 11800.00'"
    parts = value.split()
    if len(parts) != 2:
        raise LineError(problem)
    currency, amount = parts
    try:
        return Money.of(Decimal(amount.replace(",", "")), currency.upper())
    except (InvalidOperation, NegotiatorError):
        raise LineError(problem) from None


@app.command("lint")
def lint(
    locales: Annotated[
        Path, typer.Option("--locales", help="The folder of gettext catalogs.")
    ] = Path("locales"),
    jurisdictions: Annotated[
        list[Jurisdiction] | None,
        typer.Option(
            "--jurisdiction",
            "-j",
            help="Packs to lint against (default: all).",
            case_sensitive=False,
        ),
    ] = None,
) -> None:
    """Check every template of every locale, rendered with sample values, against every pack."""
    catalogs = sorted(locales.glob("*/LC_MESSAGES/messages.po"))
    if not catalogs:
        out.print(f"no message catalogs under {locales}/<locale>/LC_MESSAGES/; nothing to lint yet")
        return
    packs = _packs()
    chosen = jurisdictions or list(Jurisdiction)
    filters = [ComplianceFilter(packs[j], SystemClock()) for j in chosen]
    templates = list(_templates(catalogs))
    problems = lint_templates(templates, filters)
    for problem in problems:
        err.print(str(problem))
    summary = (
        f"{len(templates)} template(s) in {len(catalogs)} catalog(s) checked against "
        f"{', '.join(j.value for j in chosen)}"
    )
    if problems:
        raise fail(f"{summary}: {len(problems)} blocked")
    out.print(f"{summary}: all pass")


def _templates(catalogs: list[Path]) -> Iterator[tuple[str, str, str]]:
    from babel.messages.pofile import read_po

    for path in catalogs:
        locale = path.parent.parent.name
        try:
            with path.open("rb") as handle:
                catalog = read_po(handle)
        except (OSError, ValueError) as exc:
            raise fail(f"{path}: cannot read the catalog: {exc}") from None
        for message in catalog:
            if not message.id:
                continue  # the header
            ids = _texts(message.id)
            rendered = _texts(message.string) or ids  # untranslated: the source text is sent
            for text in rendered:
                yield ids[0], locale, render_sample(text)


def _texts(value: object) -> list[str]:
    """A catalog entry's text(s): one string, or the plural forms."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (tuple, list)):
        return [str(v) for v in value if v]
    return []
