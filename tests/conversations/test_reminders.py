"""Reminders of instalments with a frozen clock, in four time zones, through the real sender.

Each debtor has a verified Telegram conversation and an active three-instalment agreement;
the reminder tick runs at chosen instants and the outbox sender delivers into the fake Bot API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from aiogram.exceptions import TelegramForbiddenError
from aiogram.methods import SendMessage
from aiogram.types import InlineKeyboardMarkup

from negotiator.bootstrap import App, bootstrap
from negotiator.dialog.memory import Talk
from negotiator.domain.clock import FixedClock
from negotiator.domain.ledger import Payment
from negotiator.domain.money import Money
from negotiator.domain.plan_codec import plan_to_dict
from negotiator.domain.plans import Plan, PlanKind, PlanTerms
from negotiator.services.account_import import import_accounts
from negotiator.settings import Settings
from negotiator.storage.records import Agreement, Instalment
from tests.conftest import EXAMPLES, TEST_SECRET
from tests.conversations.client import Debtor, Telegram

UK_PORTFOLIO = """
  - id: uk-card
    name: UK credit cards
    currency: GBP
    jurisdiction: UK
    timezone: Europe/London
    creditor:
      name: Thames Card Services
      legal_name: Thames Card Services Ltd (sample)
      human_contact: 0800 000 0000 (Mon-Fri 9am-5pm)
      bot_name: Thames Assistant
    instalments:
      min_count: 2
      max_count: 12
      min_amount: 20.00
      max_months: 12
      frequency: monthly
      first_due_min_days: 1
      first_due_max_days: 30
    reminders:
      days_before_due: [3, 0]
"""
UK_ACCOUNT = (
    "UK-300001,Oliver Smith,en,Europe/London,GBP,1200.00,0,0,2026-09-01,uk-card,1980-01-01,\n"
)
FIRST_DUE = date(2026, 12, 10)

DEBTORS = {
    # chat id: (account, zone, language)
    801: ("CN-100001", "Asia/Shanghai", "zh_Hans"),
    802: ("CN-100013", "Asia/Taipei", "zh_Hant"),
    803: ("US-200001", "America/New_York", "en"),
    804: ("UK-300001", "Europe/London", "en"),
}


@pytest.fixture
async def telegram(tmp_path: Path) -> AsyncIterator[Telegram]:
    policy = tmp_path / "policy.yaml"
    policy.write_text((EXAMPLES / "policy.yaml").read_text("utf-8") + UK_PORTFOLIO, "utf-8")
    accounts = tmp_path / "accounts.csv"
    accounts.write_text((EXAMPLES / "accounts.csv").read_text("utf-8") + UK_ACCOUNT, "utf-8")
    clock = FixedClock(datetime(2026, 12, 1, 4, 0, tzinfo=UTC))
    app = bootstrap(
        Settings(
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
            secret=TEST_SECRET.decode(),
            data_dir=tmp_path / "data",
            policy=policy,
        ),
        clock=clock,
    )
    await app.ensure_schema()
    await import_accounts(
        accounts, policy=app.policy, signer=app.signer, uow=app.uow(), clock=clock
    )
    for chat, (reference, zone, language) in DEBTORS.items():
        assert (await account_zone(app, reference)) == zone
        await agreed(app, chat, reference, language)
    yield Telegram(app)
    await app.close()


async def account_zone(app: App, reference: str) -> str:
    async with app.uow() as uow:
        account = await uow.accounts.get(reference)
    assert account is not None
    return account.timezone


async def agreed(app: App, chat: int, reference: str, language: str) -> None:
    """A verified conversation in the ``agreed`` state and its active agreement."""
    now = app.clock.now()
    async with app.uow() as uow:
        account = await uow.accounts.get(reference)
        assert account is not None
        plan = Plan(
            PlanTerms(PlanKind.INSTALMENTS, FIRST_DUE, instalments=3),
            account.balance,
            date(2026, 11, 30),
        )
        conversation = await uow.conversations.start("telegram", chat, "agreed", language, now)
        talk = Talk(state="agreed", language=language, reference=reference, verified=True)
        await uow.conversations.save(
            replace(conversation, account_reference=reference, context=talk.to_dict()), now
        )
        await uow.agreements.add(
            Agreement(
                id=0,
                number=f"AG-{reference}",
                account_reference=reference,
                offer_id=None,
                kind=plan.kind.value,
                terms=plan_to_dict(plan),
                currency=plan.currency,
                total=plan.total.amount,
                status="active",
                accepted_at=now,
                verification_digest=reference.ljust(64, "0"),
                instalments=tuple(
                    Instalment(p.number, p.due, p.amount.amount) for p in plan.schedule
                ),
            )
        )
        await uow.commit()


async def tick_at(telegram: Telegram, instant: datetime) -> None:
    clock = telegram.app.clock
    assert isinstance(clock, FixedClock)
    clock.advance(instant - clock.now())
    await telegram.app.reminders.tick()
    await telegram.sender.send_due()


def received(telegram: Telegram, chat: int) -> list[str]:
    return [m.text for m in telegram.session.sent(chat)]


async def sent_at(telegram: Telegram, chat: int) -> list[datetime]:
    async with telegram.app.uow() as uow:
        return await uow.outbox.proactive_times(chat, datetime(2026, 1, 1, tzinfo=UTC))


async def test_reminders_land_inside_each_debtors_own_contact_window(telegram: Telegram) -> None:
    # 7 December, 23:00 in New York: three days before the first payment, for everyone.
    late = datetime(2026, 12, 7, 23, 0, tzinfo=ZoneInfo("America/New_York"))
    await tick_at(telegram, late)
    for chat, (_, zone, _) in DEBTORS.items():
        [when] = await sent_at(telegram, chat)
        local = when.astimezone(ZoneInfo(zone))
        assert local.date() >= date(2026, 12, 7)
        window = (9, 21) if zone.startswith("Asia") else (8, 21)  # cn-card is stricter
        assert window[0] <= local.hour < window[1], (zone, local)
    # New York's was found at 23:00 and deferred to 08:00 the next morning, not dropped.
    [new_york] = await sent_at(telegram, 803)
    assert new_york == datetime(2026, 12, 8, 8, 0, tzinfo=ZoneInfo("America/New_York"))
    assert received(telegram, 803) == []
    # Shanghai and Taipei are at 12:00 on 8 December: inside their window, sent at once.
    assert "协议 AG-CN-100001" in received(telegram, 801)[0]
    assert "協議 AG-CN-100013" in received(telegram, 802)[0]
    await tick_at(telegram, datetime(2026, 12, 8, 8, 0, tzinfo=ZoneInfo("America/New_York")))
    [text] = received(telegram, 803)
    assert text.startswith("A reminder about your agreement AG-US-200001")
    assert "December 10, 2026" in text


async def test_each_reminder_is_queued_once_and_the_due_day_has_its_own(
    telegram: Telegram,
) -> None:
    noon = datetime(2026, 12, 7, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    await tick_at(telegram, noon)
    await tick_at(telegram, noon + timedelta(hours=1))
    assert len(received(telegram, 801)) == 1
    await tick_at(telegram, datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    texts = received(telegram, 801)
    assert len(texts) == 2
    assert "今天" in texts[1]


async def test_the_daily_cap_holds_a_second_reminder_until_the_next_day(
    telegram: Telegram,
) -> None:
    # us-loan allows one proactive message a day; the 3-day and the due-day reminder of the
    # same instalment both fall due if the first tick runs on the due day itself.
    due_day = datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    await tick_at(telegram, due_day)
    times = sorted(await sent_at(telegram, 803))
    assert len(times) == 2
    assert times[0].date() != times[1].astimezone(ZoneInfo("America/New_York")).date()
    assert len(received(telegram, 803)) == 1


async def test_nothing_after_an_opt_out_or_while_a_person_holds_the_case(
    telegram: Telegram,
) -> None:
    async with telegram.app.uow() as uow:
        shanghai = await uow.conversations.for_chat("telegram", 801)
        assert shanghai is not None
        opted = Talk.from_dict(shanghai.context).but(opted_out=True, state="opted_out")
        await uow.conversations.save(replace(shanghai, context=opted.to_dict()), uow_now())
        new_york = await uow.conversations.for_chat("telegram", 803)
        assert new_york is not None
        await uow.cases.open(new_york.id, "US-200001", "dispute", 1, {}, uow_now())
        await uow.commit()
    report_time = datetime(2026, 12, 8, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    clock = telegram.app.clock
    assert isinstance(clock, FixedClock)
    clock.advance(report_time - clock.now())
    report = await telegram.app.reminders.tick()
    await telegram.sender.send_due()
    assert report.skipped == 1  # the opt-out: recorded, never retried
    assert report.waiting == 1  # the case: tried again after the person hands back
    assert received(telegram, 801) == []
    assert received(telegram, 803) == []
    assert len(await sent_at(telegram, 802)) == 1  # Taipei's, 01:00 there: for the morning


def uow_now() -> datetime:
    return datetime(2026, 12, 1, 4, 0, tzinfo=UTC)


async def pay(telegram: Telegram, reference: str, amount: str, at: datetime, pid: str) -> None:
    async with telegram.app.uow() as uow:
        account = await uow.accounts.get(reference)
        assert account is not None
        await uow.payments.add_many(
            [Payment(pid, reference, Money.of(Decimal(amount), account.currency), at)], at
        )
        await uow.commit()


async def follow_up_at(telegram: Telegram, instant: datetime) -> None:
    clock = telegram.app.clock
    assert isinstance(clock, FixedClock)
    clock.advance(instant - clock.now())
    await telegram.app.follow_ups.tick()
    await telegram.sender.send_due()


async def agreement_of(telegram: Telegram, reference: str) -> Agreement:
    async with telegram.app.uow() as uow:
        [agreement] = await uow.agreements.for_account(reference)
    return agreement


async def test_a_part_payment_is_thanked_and_the_rest_still_reminded(telegram: Telegram) -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    await pay(telegram, "CN-100001", "1000.00", datetime(2026, 12, 5, 9, tzinfo=shanghai), "p1")
    await follow_up_at(telegram, datetime(2026, 12, 5, 10, 0, tzinfo=shanghai))
    [thanks] = received(telegram, 801)
    assert thanks.startswith(
        "谢谢：我们已于 2026年12月5日 收到您为协议 AG-CN-100001 支付的 ¥1,000.00"
    )
    agreement = await agreement_of(telegram, "CN-100001")
    first = agreement.instalments[0]
    assert (first.paid, first.status) == (Decimal("1000.00"), "partial")
    # The reminder three days before asks for what is left of it, not the whole instalment.
    await tick_at(telegram, datetime(2026, 12, 7, 10, 0, tzinfo=shanghai))
    remaining = Money.of(first.amount - first.paid, "CNY")
    assert f"¥{remaining.amount:,}" in received(telegram, 801)[-1]


async def test_a_missed_payment_leads_to_the_renegotiation_message(telegram: Telegram) -> None:
    new_york = ZoneInfo("America/New_York")
    await follow_up_at(telegram, datetime(2026, 12, 10, 23, 0, tzinfo=new_york))
    assert received(telegram, 803) == []  # still the due day there: not missed yet
    await follow_up_at(telegram, datetime(2026, 12, 11, 10, 0, tzinfo=new_york))
    [missed] = received(telegram, 803)
    assert missed.startswith("We haven't received the payment of $")
    assert "moving this payment to the end of your plan" in missed
    assert "/agent" in missed
    agreement = await agreement_of(telegram, "US-200001")
    assert agreement.instalments[0].status == "missed"
    await follow_up_at(telegram, datetime(2026, 12, 12, 10, 0, tzinfo=new_york))
    assert len(received(telegram, 803)) == 1  # said once


async def test_a_payment_that_pays_off_the_plan_sends_the_closing_confirmation(
    telegram: Telegram,
) -> None:
    london = ZoneInfo("Europe/London")
    total = (await agreement_of(telegram, "UK-300001")).total
    await pay(telegram, "UK-300001", str(total), datetime(2026, 12, 2, 9, tzinfo=london), "uk1")
    await follow_up_at(telegram, datetime(2026, 12, 2, 12, 0, tzinfo=london))
    thanks, closing = received(telegram, 804)
    assert thanks.startswith("Thank you: we received £1,200.00")
    assert "Still to pay: £0.00" in thanks
    assert closing.startswith("Your agreement AG-UK-300001 is paid in full (£1,200.00)")
    agreement = await agreement_of(telegram, "UK-300001")
    assert agreement.status == "paid"
    assert {i.status for i in agreement.instalments} == {"paid"}
    await tick_at(telegram, datetime(2026, 12, 7, 12, 0, tzinfo=london))
    assert len(received(telegram, 804)) == 2  # no reminder of a paid plan


async def test_a_plan_missed_too_often_is_broken_and_goes_to_a_person(telegram: Telegram) -> None:
    new_york = ZoneInfo("America/New_York")
    await follow_up_at(telegram, datetime(2026, 12, 11, 10, 0, tzinfo=new_york))
    [first] = received(telegram, 803)
    assert "moving this payment to the end" in first  # the first miss: the bot's gentle message
    await follow_up_at(telegram, datetime(2027, 1, 11, 10, 0, tzinfo=new_york))
    second = received(telegram, 803)[1:]
    assert len(second) == 1  # the policy's escalation.missed_instalments is 2: a person now
    assert "the plan has ended" in second[0]
    assert "A member of our team will contact you" in second[0]
    assert "moving this payment" not in second[0]
    agreement = await agreement_of(telegram, "US-200001")
    assert agreement.status == "broken"
    assert [i.status for i in agreement.instalments] == ["missed", "missed", "due"]
    async with telegram.app.uow() as uow:
        conversation = await uow.conversations.for_account("US-200001", "telegram")
        assert conversation is not None
        case = await uow.cases.open_for_conversation(conversation.id)
    assert case is not None
    assert case.reason == "plan_broken"
    assert case.summary["missed"] == 2
    await tick_at(telegram, datetime(2027, 2, 7, 12, 0, tzinfo=new_york))
    await follow_up_at(telegram, datetime(2027, 2, 12, 10, 0, tzinfo=new_york))
    assert len(received(telegram, 803)) == 2  # a broken plan is neither reminded nor chased


async def test_a_missed_payment_moved_to_the_end_by_one_press(telegram: Telegram) -> None:
    new_york = ZoneInfo("America/New_York")
    await follow_up_at(telegram, datetime(2026, 12, 11, 10, 0, tzinfo=new_york))
    [missed_message] = telegram.session.sent(803)
    assert isinstance(missed_message.reply_markup, InlineKeyboardMarkup)
    [[button]] = missed_message.reply_markup.inline_keyboard
    assert button.text == "Move it to the end of my plan"
    before = await agreement_of(telegram, "US-200001")
    debtor = Debtor(telegram, user_id=803, language="en")
    [moved] = await debtor.click("Move it to the end")
    owed = before.instalments[0].amount
    assert moved.startswith(f"Done: the payment of ${owed:,.2f} you missed is now due on")
    assert "March 10, 2027" in moved  # one month after the last one (February 10)
    after = await agreement_of(telegram, "US-200001")
    assert [(i.status, i.amount, i.due_date) for i in after.instalments] == [
        ("moved", Decimal(0), before.instalments[0].due_date),
        ("due", before.instalments[1].amount, before.instalments[1].due_date),
        ("due", before.instalments[2].amount, before.instalments[2].due_date),
        ("due", owed, date(2027, 3, 10)),
    ]
    assert sum(i.amount for i in after.instalments) == after.total  # the total is unchanged
    [again] = await debtor.click("Move it to the end")  # a second press: once per plan
    assert again.startswith("I can't move a payment in your plan right now")
    # The next miss is the plan's first missed instalment again: the gentle message, no button.
    await follow_up_at(telegram, datetime(2027, 1, 11, 10, 0, tzinfo=new_york))
    latest = telegram.session.sent(803)[-1]
    assert latest.text.startswith("We haven't received the payment of")
    assert latest.reply_markup is None
    assert (await agreement_of(telegram, "US-200001")).status == "active"


async def test_a_thank_you_counts_towards_the_daily_cap(telegram: Telegram) -> None:
    # us-loan allows one proactive message a day: thanked for a part payment in the morning,
    # the debtor gets the 3-day reminder the next morning, not the same day.
    new_york = ZoneInfo("America/New_York")
    await pay(telegram, "US-200001", "100", datetime(2026, 12, 7, 8, tzinfo=new_york), "us-part")
    await follow_up_at(telegram, datetime(2026, 12, 7, 9, 0, tzinfo=new_york))
    await tick_at(telegram, datetime(2026, 12, 7, 10, 0, tzinfo=new_york))
    [thanks] = received(telegram, 803)
    assert thanks.startswith("Thank you: we received $100.00")
    times = sorted(t.astimezone(new_york) for t in await sent_at(telegram, 803))
    assert [t.date() for t in times] == [date(2026, 12, 7), date(2026, 12, 8)]
    await tick_at(telegram, datetime(2026, 12, 8, 9, 0, tzinfo=new_york))
    assert len(received(telegram, 803)) == 2  # the reminder, the next day


async def test_a_debtor_who_blocked_the_bot_gets_no_reminders_until_they_write_again(
    telegram: Telegram,
) -> None:
    new_york = ZoneInfo("America/New_York")
    telegram.session.fail_next(
        TelegramForbiddenError(SendMessage(chat_id=803, text="x"), "Forbidden: bot was blocked")
    )
    await tick_at(telegram, datetime(2026, 12, 7, 10, 0, tzinfo=new_york))  # the 3-day reminder
    assert received(telegram, 803) == []  # refused: the debtor blocked the bot
    await tick_at(telegram, datetime(2026, 12, 10, 10, 0, tzinfo=new_york))  # the due day
    assert received(telegram, 803) == []  # not even tried: no proactive contact now
    async with telegram.app.uow() as uow:
        assert await uow.outbox.proactive_times(803, datetime(2026, 12, 8, tzinfo=UTC)) == []
    debtor = Debtor(telegram, user_id=803, language="en")
    assert await debtor.send("hi, I unblocked you") != []  # back: they are answered
    await tick_at(telegram, datetime(2027, 1, 7, 10, 0, tzinfo=new_york))
    assert received(telegram, 803)[-1].startswith("A reminder about your agreement")  # again
