"""The ``negotiator`` command: what a creditor's operators run.

Every command reads its configuration from ``NEGOTIATOR_*`` variables (or ``.env``), prints a
plain result on standard output and problems on standard error, and exits non-zero on failure.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from negotiator import __version__
from negotiator.bootstrap import App, bootstrap
from negotiator.commands import agreements as agreements_commands
from negotiator.commands import compliance as compliance_commands
from negotiator.commands import dialogs as dialogs_commands
from negotiator.commands import i18n as i18n_commands
from negotiator.commands import nlu as nlu_commands
from negotiator.commands.console import err, fail, out
from negotiator.domain.ledger import Agent
from negotiator.domain.policy import HardshipReason
from negotiator.errors import NegotiatorError
from negotiator.policy_file import load_policy

P = ParamSpec("P")
T = TypeVar("T")


app = typer.Typer(
    name="negotiator",
    help="Negotiate overdue debts on Telegram, lawfully and inside the creditor's limits.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
db_app = typer.Typer(help="The database.", no_args_is_help=True)
policy_app = typer.Typer(help="The creditor policy file.", no_args_is_help=True)
accounts_app = typer.Typer(help="Overdue accounts.", no_args_is_help=True)
payments_app = typer.Typer(help="Payments received by the creditor.", no_args_is_help=True)
agents_app = typer.Typer(help="People who take over escalated chats.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
cases_app = typer.Typer(
    help="Escalated cases: list the open ones, export one with its transcript.",
    no_args_is_help=True,
)
for sub_app, sub_name in (
    (dialogs_commands.app, "dialogs"),
    (agreements_commands.app, "agreements"),
    (compliance_commands.app, "compliance"),
    (i18n_commands.app, "i18n"),
    (nlu_commands.app, "nlu"),
    (db_app, "db"),
    (policy_app, "policy"),
    (accounts_app, "accounts"),
    (payments_app, "payments"),
    (agents_app, "agents"),
    (cases_app, "cases"),
    (audit_app, "audit"),
):
    app.add_typer(sub_app, name=sub_name)


def with_app(
    function: Callable[..., Coroutine[Any, Any, T]],
) -> Callable[..., T]:
    """Run an async command with a wired :class:`App` (schema ensured), closing it afterwards.

    Deliberate errors are printed plainly and exit with status 1.
    """

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        async def main() -> T:
            application = bootstrap()
            try:
                await application.ensure_schema()
                return await function(application, *args, **kwargs)
            finally:
                await application.close()

        try:
            return asyncio.run(main())
        except NegotiatorError as exc:
            raise fail(str(exc)) from None

    # Typer reads the signature: hide the injected first parameter.
    wrapper.__signature__ = _without_first(function)  # type: ignore[attr-defined]
    return wrapper


def _without_first(function: Callable[..., Awaitable[Any]]) -> Any:
    import inspect

    signature = inspect.signature(function, eval_str=True)
    return signature.replace(parameters=list(signature.parameters.values())[1:])


def _version(value: bool) -> None:
    if value:
        out.print(f"negotiator {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Negotiate overdue debts on Telegram, lawfully and inside the creditor's limits."""


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations (SQLite or PostgreSQL, from NEGOTIATOR_DATABASE_URL)."""
    from negotiator.storage.migrate import upgrade

    async def run() -> None:
        application = bootstrap()
        try:
            await upgrade(application.engine)
        finally:
            await application.close()

    asyncio.run(run())
    out.print("database is at the latest revision")


@policy_app.command("check")
def policy_check(
    file: Annotated[Path, typer.Argument(help="The policy YAML file.")],
) -> None:
    """Validate a creditor policy; print every problem with its file, line and field."""
    try:
        policy = load_policy(file)
    except NegotiatorError as exc:
        raise fail(str(exc)) from None
    out.print(f"{file}: OK ({len(policy.portfolios)} portfolio(s))")
    for portfolio in policy.portfolios:
        offered = [
            name
            for name in ("instalments", "deferral", "settlement", "hardship")
            if getattr(portfolio, name) is not None
        ]
        out.print(
            f"  {portfolio.id}: {portfolio.currency}, {portfolio.jurisdiction} rules, "
            f"opens with {portfolio.preferred_plan}, offers {', '.join(offered) or 'pay in full'}"
        )


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


@accounts_app.command("import")
@with_app
async def accounts_import(
    application: App,
    file: Annotated[Path, typer.Argument(help="CSV file of accounts (columns in the README).")],
) -> None:
    """Import accounts from CSV: every row is checked first; one bad row imports nothing."""
    from negotiator.services.account_import import import_accounts

    with _progress() as progress:
        task = progress.add_task(f"checking {file.name}", total=None)

        def on_row(line: int, total: int) -> None:
            if line % 1000 == 0 or line == total:
                progress.update(task, completed=line, total=total)

        report = await import_accounts(
            file,
            policy=application.policy,
            signer=application.signer,
            uow=application.uow(),
            clock=application.clock,
            batch_size=application.settings.import_batch_size,
            on_row=on_row,
        )
    out.print(
        f"imported {report.total} account(s) from {file}: "
        f"{report.created} new, {report.updated} updated"
    )


@accounts_app.command("link")
@with_app
async def accounts_link(
    application: App,
    reference: Annotated[str, typer.Argument(help="The account reference.")],
) -> None:
    """Print the signed deep link that opens the bot on this account."""
    from negotiator.channels.telegram.links import account_start_link

    async with application.uow() as uow:
        account = await uow.accounts.get(reference)
    if account is None:
        raise fail(f"no account {reference!r}; import it first (negotiator accounts import)")
    out.print(account_start_link(application.settings.bot_username, reference, application.signer))


@app.command("run")
def run(
    webhook: Annotated[
        bool,
        typer.Option(
            "--webhook", help="Serve a webhook Telegram posts updates to, not long polling."
        ),
    ] = False,
    host: Annotated[
        str | None,
        typer.Option("--host", help="Webhook: listen on this address [NEGOTIATOR_WEBHOOK_HOST]."),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option("--port", help="Webhook: listen on this port [NEGOTIATOR_WEBHOOK_PORT]."),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", help="Webhook: processes serving the port (more than one: PostgreSQL)."
        ),
    ] = 1,
    set_webhook: Annotated[
        bool,
        typer.Option(
            "--set-webhook/--no-set-webhook",
            help="Webhook: register NEGOTIATOR_WEBHOOK_URL with Telegram at start.",
        ),
    ] = True,
) -> None:
    """Run the Telegram bot and its outbox sender until stopped: long polling, or a webhook
    server with /healthz, /readyz and /metrics (--webhook)."""
    from negotiator.channels.telegram.bot import configure_logging
    from negotiator.commands.run import run_polling_service, run_webhook_service

    if not webhook and (host is not None or port is not None or workers != 1 or not set_webhook):
        raise fail("--host, --port, --workers and --no-set-webhook go with --webhook")
    configure_logging()
    try:
        if webhook:
            status = run_webhook_service(host, port, workers, set_webhook)
            if status:
                raise typer.Exit(status)
        else:
            run_polling_service()
    except NegotiatorError as exc:
        raise fail(str(exc)) from None


@app.command("demo")
def demo(
    lang: Annotated[
        str, typer.Option("--lang", help="Play a debtor who writes zh-Hans, zh-Hant or en.")
    ] = "zh_Hans",
    account: Annotated[
        str | None, typer.Option("--account", help="Play this example account instead.")
    ] = None,
    script: Annotated[
        Path | None,
        typer.Option("--script", help="Play a scripted conversation (one message per line)."),
    ] = None,
) -> None:
    """Chat with the bot in the terminal, on an embedded database of the example accounts."""
    from negotiator.commands.demo import run_demo
    from negotiator.domain.language import normalize_language

    language = normalize_language(lang)
    if language is None:
        raise fail(f"--lang: {lang!r} is not zh-Hans, zh-Hant or en")
    try:
        asyncio.run(
            run_demo(Console(highlight=False), language=language, reference=account, script=script)
        )
    except NegotiatorError as exc:
        raise fail(str(exc)) from None


@app.command("offers")
@with_app
async def offers(
    application: App,
    reference: Annotated[str, typer.Argument(help="The account reference.")],
    capacity: Annotated[
        str | None,
        typer.Option(help="What the debtor can pay a month, e.g. 1500 or 1500.50."),
    ] = None,
    reason: Annotated[
        HardshipReason | None,
        typer.Option(help="Why the debtor fell behind (opens the policy's hardship terms)."),
    ] = None,
    earliest: Annotated[
        datetime | None,
        typer.Option(help="The first day the debtor can pay (YYYY-MM-DD).", formats=["%Y-%m-%d"]),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """What the bot would offer this account today: each plan's terms and schedule."""
    from negotiator.commands.offer_table import print_preview
    from negotiator.domain.offer_report import proposal_to_dict
    from negotiator.services.amounts import parse_amount
    from negotiator.services.offer_preview import preview_offers

    try:
        monthly = None if capacity is None else parse_amount(capacity, None)
    except ValueError as exc:
        raise fail(f"--capacity: {exc}") from None
    preview = await preview_offers(
        reference,
        capacity=monthly,
        reason=reason,
        earliest_pay_date=None if earliest is None else earliest.date(),
        policy=application.policy,
        uow=application.uow(),
        clock=application.clock,
    )
    if as_json:
        document = {
            "reference": preview.account.reference,
            "portfolio": preview.account.portfolio,
            "today": preview.today.isoformat(),
            **proposal_to_dict(preview.proposal),
        }
        out.print_json(data=document)
    else:
        print_preview(preview, out)


@payments_app.command("import")
@with_app
async def payments_import(
    application: App,
    file: Annotated[Path, typer.Argument(help="CSV file of payments (columns in the README).")],
) -> None:
    """Record payments; a payment id already imported is recorded once."""
    from negotiator.services.payment_import import import_payments

    report = await import_payments(file, uow=application.uow(), clock=application.clock)
    out.print(
        f"recorded {report.recorded} payment(s) from {file}; "
        f"{report.already_recorded} were already recorded"
    )


@agents_app.command("add")
@with_app
async def agents_add(
    application: App,
    user_id: Annotated[int, typer.Argument(help="The agent's Telegram user id.")],
    name: Annotated[str, typer.Option("--name", help="The name debtors will see.")],
) -> None:
    """Authorise a person to take over escalated chats."""
    from negotiator.services.agents import add_agent

    is_new = await add_agent(
        Agent(user_id, name.strip()), uow=application.uow(), clock=application.clock
    )
    out.print(f"agent {user_id} ({name.strip()}) {'added' if is_new else 'updated'}")


@app.command("tick")
@with_app
async def tick(application: App) -> None:
    """Apply new payments to agreements and follow up missed instalments, then queue the
    reminders whose day has come (what `negotiator run` does every minute), for cron-style
    use; `negotiator run` delivers what is queued."""
    followed = await application.follow_ups.tick()
    out.print(
        f"payments: {followed.payments} applied, {followed.paid_off} agreement(s) paid off, "
        f"{followed.missed} instalment(s) missed, {followed.broken} plan(s) broken (to a person)"
    )
    report = await application.reminders.tick()
    out.print(
        f"reminders: {report.queued} queued, {report.deferred} deferred to the contact window, "
        f"{report.skipped} skipped, {report.waiting} waiting for a person, "
        f"{report.unreachable} held (the debtor blocked the bot)"
    )


@cases_app.command("list")
@with_app
async def cases_list(application: App) -> None:
    """Open cases, most urgent then longest waiting first (as ``/cases`` in the group)."""
    out.print(await application.desk.open_cases_text(), markup=False)


@cases_app.command("export")
@with_app
async def cases_export(
    application: App,
    case_id: Annotated[int, typer.Argument(help="The case number (#12 in the agents' group).")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a transcript.")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
) -> None:
    """One case: who, why, what happened, every message with its verdict, every event."""
    import json

    from negotiator.commands.case_transcript import transcript

    exported = await application.desk.export(case_id)
    text = json.dumps(exported, ensure_ascii=False, indent=2) if as_json else transcript(exported)
    if output is None:
        out.print(text, markup=False, highlight=False, soft_wrap=True)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        err.print(f"case {case_id} written to {output}")


@audit_app.command("verify")
@with_app
async def audit_verify(application: App) -> None:
    """Check that no audit event was edited, deleted or reordered."""
    async with application.uow() as uow:
        check = await uow.audit.verify()
    if not check.ok:
        raise fail(
            f"audit chain BROKEN at event {check.first_bad_seq}: {check.reason} "
            f"({check.events} events verified before it)"
        )
    out.print(f"audit chain intact: {check.events} event(s) verified")


@audit_app.command("purge")
@with_app
async def audit_purge(
    application: App,
    before: Annotated[
        datetime,
        typer.Option("--before", formats=["%Y-%m-%d"], help="Delete events before this day (UTC)."),
    ],
) -> None:
    """Delete audit events older than the retention period; the chain stays verifiable."""
    cutoff = before.replace(tzinfo=UTC)
    retention = application.settings.audit_retention_days
    now = application.clock.now()
    if cutoff > now - timedelta(days=retention):
        raise fail(
            f"events after {(now - timedelta(days=retention)):%Y-%m-%d} are inside the retention "
            f"period ({retention} days, NEGOTIATOR_AUDIT_RETENTION_DAYS) and cannot be purged"
        )
    async with application.uow() as uow:
        deleted = await uow.audit.purge(cutoff, now, actor="operator")
        await uow.commit()
    out.print(f"purged {deleted} audit event(s) before {cutoff:%Y-%m-%d}; the chain still verifies")


@app.command("simulate")
def simulate(
    policy: Annotated[Path, typer.Option("--policy", help="The creditor policy to measure.")],
    debtors: Annotated[
        int, typer.Option("--debtors", min=1, help="How many synthetic debtors.")
    ] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same debtors, same figures.")] = 1,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Every debtor writes zh-Hans, zh-Hant or en (default: a mix)."),
    ] = None,
    compare_with: Annotated[
        Path | None,
        typer.Option("--compare", help="A second policy, run on the same debtors side by side."),
    ] = None,
    csv_path: Annotated[
        Path | None,
        typer.Option("--csv", help="Write one row per debtor here, and NAME-summary.csv beside."),
    ] = None,
    html_path: Annotated[
        Path | None, typer.Option("--html", help="Write the report with its charts here.")
    ] = None,
    discount_rate: Annotated[
        str,
        typer.Option(
            "--discount-rate",
            help="Percent a year for the discounted recovery (policies have no such field).",
        ),
    ] = "10",
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Worker processes (default: one per core)."),
    ] = None,
    show: Annotated[
        list[int] | None,
        typer.Option("--show", min=0, help="Only print debtor N's conversation (repeatable)."),
    ] = None,
) -> None:
    """Run synthetic debtors through the real pipeline and report what the policy achieves."""
    from decimal import Decimal, InvalidOperation

    from negotiator.commands.simulate import SimulationRequest, show_conversations
    from negotiator.commands.simulate import simulate as run_simulation
    from negotiator.domain.language import normalize_language
    from negotiator.simulation.runner import default_workers

    language = None
    if lang is not None:
        language = normalize_language(lang)
        if language is None:
            raise fail(f"--lang: {lang!r} is not zh-Hans, zh-Hant or en")
    try:
        rate = Decimal(discount_rate)
    except InvalidOperation:
        raise fail(f"--discount-rate: {discount_rate!r} is not a number of percent") from None
    if not rate.is_finite() or not 0 <= rate <= 100:
        raise fail(f"--discount-rate: {discount_rate!r} must be between 0 and 100 (percent)")
    request = SimulationRequest(
        policy=policy,
        compare_with=compare_with,
        debtors=debtors,
        seed=seed,
        language=language,
        discount_rate=rate / 100,
        workers=workers or default_workers(),
        csv=csv_path,
        html=html_path,
        show=tuple(show or ()),
    )
    try:
        if request.show:
            show_conversations(request, out)
        else:
            run_simulation(request, out, err)
    except NegotiatorError as exc:
        raise fail(str(exc)) from None


def main() -> None:
    """Console-script entry point."""
    app()
