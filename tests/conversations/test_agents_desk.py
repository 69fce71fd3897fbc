"""Escalated cases in the agents' forum group, end to end through the real Dispatcher.

Debtors and agents send updates to the real aiogram dispatcher (both routers, inbox, locks),
the real services decide on a real SQLite database, the real case poster opens forum topics
and the real outbox sender delivers everything into a fake Bot API that records it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import SendMessage

from negotiator.domain.clock import FixedClock
from negotiator.domain.ledger import Agent
from negotiator.services.account_import import import_accounts
from negotiator.services.agents import add_agent
from negotiator.storage.records import Case
from tests.conftest import EXAMPLES
from tests.conversations.client import AGENTS_CHAT, AgentUser, Debtor, Telegram, an_app

LI_NA = 501
"""An authorised agent."""
VISITOR = 502
"""A member of the group who is not in the agents table."""


async def seeded(folder: Path, clock: FixedClock, agents_chat: int | None) -> Telegram:
    app = an_app(folder, clock, agents_chat=agents_chat)
    await app.ensure_schema()
    await import_accounts(
        EXAMPLES / "accounts.csv", policy=app.policy, signer=app.signer, uow=app.uow(), clock=clock
    )
    await add_agent(Agent(LI_NA, "Li Na"), uow=app.uow(), clock=clock)
    return Telegram(app)


@pytest.fixture
async def telegram(tmp_path: Path, clock: FixedClock) -> AsyncIterator[Telegram]:
    telegram = await seeded(tmp_path, clock, AGENTS_CHAT)
    yield telegram
    await telegram.app.close()


def topic_messages(telegram: Telegram, topic: int) -> list[SendMessage]:
    return [m for m in telegram.session.sent(AGENTS_CHAT) if m.message_thread_id == topic]


def topic_text(telegram: Telegram, topic: int) -> str:
    return "\n".join(m.text for m in topic_messages(telegram, topic))


def card_of(telegram: Telegram, topic: int) -> SendMessage:
    cards = [m for m in topic_messages(telegram, topic) if m.reply_markup is not None]
    assert cards, f"no card in topic {topic}"
    return cards[-1]


async def case(telegram: Telegram, case_id: int = 1) -> Case:
    async with telegram.app.uow() as uow:
        found = await uow.cases.get(case_id)
    assert found is not None
    return found


async def escalated_en_debtor(telegram: Telegram) -> tuple[Debtor, int]:
    """A verified English debtor who asked for a person; returns them and their topic."""
    debtor = Debtor(telegram, user_id=777, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    told = await debtor.send("/agent")
    assert any("within 30 minutes" in reply for reply in told), told
    return debtor, _thread(telegram)


def _thread(telegram: Telegram) -> int:
    """The thread id the fake gave the newest topic (ids count from 101)."""
    return 100 + len(telegram.session.topics())


async def taken(telegram: Telegram) -> tuple[Debtor, AgentUser, int]:
    debtor, topic = await escalated_en_debtor(telegram)
    agent = AgentUser(telegram, LI_NA, "Li Na")
    await agent.press(card_of(telegram, topic), "接手")
    return debtor, agent, topic


async def test_an_escalation_opens_a_topic_with_a_case_card(telegram: Telegram) -> None:
    _, topic = await escalated_en_debtor(telegram)
    [created] = telegram.session.topics()
    assert created.chat_id == AGENTS_CHAT
    assert created.name.startswith("#1 ·")
    assert "要求人工" in created.name  # the desk writes in the policy's agents language
    card = card_of(telegram, topic)
    assert "案件 #1" in card.text
    assert "身份：已核实" in card.text
    assert "$2,797.71" in card.text or "US$" in card.text  # the balance, formatted
    assert "逾期" in card.text
    assert "/agent" in card.text  # the last messages are quoted
    labels = [b.text for row in card.reply_markup.inline_keyboard for b in row]  # type: ignore[union-attr]
    assert labels == ["🙋 接手", "🤖 交回机器人", "✅ 结案"]
    assert (await case(telegram)).topic_id == topic


async def test_take_over_mirror_relay_and_a_blocked_threat(telegram: Telegram) -> None:
    debtor, topic = await escalated_en_debtor(telegram)
    agent = AgentUser(telegram, LI_NA, "Li Na")
    seen = len(telegram.session.sent(debtor.chat.id))
    await agent.press(card_of(telegram, topic), "接手")
    joined = debtor.replies_since(seen)
    assert joined == [
        "Hello, this is Li Na from Harborview Consumer Finance. I have taken over this chat "
        "from the automated assistant and will reply to you here."
    ]
    assert (await case(telegram)).status == "taken"
    assert "Li Na 已接手" in topic_text(telegram, topic)

    # The debtor's words reach the topic; the bot itself stays quiet while Li Na holds it.
    assert await debtor.send("I can pay something next month, my hours were cut") == []
    assert "👤 I can pay something next month, my hours were cut" in topic_text(telegram, topic)

    # Li Na's words reach the debtor, named, on behalf of the creditor.
    seen = len(telegram.session.sent(debtor.chat.id))
    await agent.write(topic, "Thank you. Could you tell me a bit more about your new hours?")
    assert debtor.replies_since(seen) == [
        "Li Na (Harborview Consumer Finance):\n"
        "Thank you. Could you tell me a bit more about your new hours?"
    ]

    # The same rules as the bot's: an amount that is neither in the ledger nor in a plan on
    # record is not sent either.
    seen = len(telegram.session.sent(debtor.chat.id))
    await agent.write(topic, "Could you manage $200 a month from January?")
    assert debtor.replies_since(seen) == []
    assert "$200" in topic_messages(telegram, topic)[-1].text

    # A threat is not sent; Li Na sees the rule, its citation and what it saw.
    seen = len(telegram.session.sent(debtor.chat.id))
    await agent.write(topic, "Pay by Friday or we will call your employer and tell your family.")
    assert debtor.replies_since(seen) == []
    notice = topic_messages(telegram, topic)[-1].text
    assert notice.startswith("⛔ 未发送")
    assert "US." in notice
    assert "1006" in notice
    assert "请修改后重新发送" in notice
    async with telegram.app.uow() as uow:
        messages = await uow.conversations.messages((await case(telegram)).conversation_id)
        events = await uow.audit.events("case:1")
    blocked = [m["text"] for m in messages if m["author"] == "agent" and m["verdict"] == "block"]
    assert len(blocked) == 2
    assert "employer" in blocked[1]
    assert "agent.message_blocked" in {e.kind for e in events}


async def test_a_non_agent_can_read_but_not_act(telegram: Telegram) -> None:
    debtor, topic = await escalated_en_debtor(telegram)
    visitor = AgentUser(telegram, VISITOR, "Visitor")
    await visitor.press(card_of(telegram, topic), "接手")
    answer = telegram.session.answers()[-1]
    assert answer.show_alert is True
    assert answer.text == "只有授权的坐席人员才能处理案件。"
    assert (await case(telegram)).status == "waiting"
    seen = len(telegram.session.sent(debtor.chat.id))
    await visitor.write(topic, "Who is handling this one?")
    assert debtor.replies_since(seen) == []
    # An agent who has not taken the case over is reminded to, and nothing is sent either.
    await AgentUser(telegram, LI_NA, "Li Na").write(topic, "Hello?")
    assert debtor.replies_since(seen) == []
    assert "请先点击案件卡片上的“接手”" in topic_text(telegram, topic)


async def test_hand_back_and_the_bot_carries_on(telegram: Telegram) -> None:
    debtor, agent, topic = await taken(telegram)
    seen = len(telegram.session.sent(debtor.chat.id))
    await agent.press(card_of(telegram, topic), "交回机器人")
    back = debtor.replies_since(seen)
    assert back[0].startswith("You're back with the automated assistant")
    assert "each month" in back[-1] or "a month" in back[-1]  # the open question again
    assert (await case(telegram)).status == "returned"
    offered = "\n".join(await debtor.send("I lost my job, I could pay $450 a month"))
    assert "payments of" in offered
    # A new escalation after the hand-back opens a new case.
    await debtor.send("/agent")
    assert len(telegram.session.topics()) == 2
    assert (await case(telegram, 2)).status == "waiting"


async def test_close_records_the_outcome_and_the_export_has_it_all(telegram: Telegram) -> None:
    _debtor, agent, topic = await taken(telegram)
    await agent.write(topic, "I have noted your situation; we will write to you by post.")
    await agent.write(topic, "/close agreed to send hardship form")
    closed = await case(telegram)
    assert closed.status == "closed"
    assert closed.outcome == "agreed to send hardship form"
    assert "Li Na 已结案" in topic_text(telegram, topic)
    exported = await telegram.app.desk.export(1)
    assert exported["case"]["outcome"] == "agreed to send hardship form"
    assert exported["case"]["agent"] == "Li Na"
    authors = [(m["author"], m["agent"]) for m in exported["messages"]]
    assert "<resume>" not in {m["text"] for m in exported["messages"]}
    assert ("agent", "Li Na") in authors
    assert ("debtor", None) in authors
    kinds = [e["kind"] for e in exported["events"]]
    assert kinds[0] == "case.opened"
    assert "case.taken" in kinds
    assert kinds[-1] == "case.closed"


async def test_a_deleted_topic_is_made_again_with_a_fresh_card(telegram: Telegram) -> None:
    debtor, _topic = await escalated_en_debtor(telegram)
    telegram.session.fail_next(
        TelegramBadRequest(
            method=SendMessage(chat_id=0, text=""), message="message thread not found"
        )
    )
    await debtor.send("hello? is anyone there")
    topics = telegram.session.topics()
    assert len(topics) == 2
    new_topic = _thread(telegram)
    assert (await case(telegram)).topic_id == new_topic
    card = card_of(telegram, new_topic)
    assert "hello? is anyone there" in card.text  # the message the old topic never showed


async def test_escalations_wait_for_the_agents_group_and_are_posted_once_it_is_set(
    tmp_path: Path, clock: FixedClock
) -> None:
    telegram = await seeded(tmp_path, clock, None)
    debtor = Debtor(telegram, user_id=777, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    await debtor.send("/agent")
    assert telegram.session.topics() == []
    assert (await case(telegram)).topic_id is None
    await telegram.app.close()

    restarted = Telegram(an_app(tmp_path, clock, agents_chat=AGENTS_CHAT))
    await restarted.deliver()
    [created] = restarted.session.topics()
    assert created.name.startswith("#1")
    assert "案件 #1" in card_of(restarted, 101).text
    await restarted.app.close()


async def test_two_cases_at_once_do_not_cross(telegram: Telegram) -> None:
    first, first_topic = await escalated_en_debtor(telegram)
    second = Debtor(telegram, user_id=778, language="en")
    await second.start(telegram.app.signer.link_payload("US-200002"))
    await second.send("1970-09-01")
    await second.send("/agent")
    second_topic = _thread(telegram)
    assert second_topic != first_topic
    agent = AgentUser(telegram, LI_NA, "Li Na")
    await agent.press(card_of(telegram, first_topic), "接手")
    await agent.press(card_of(telegram, second_topic), "接手")
    seen_first = len(telegram.session.sent(first.chat.id))
    seen_second = len(telegram.session.sent(second.chat.id))
    await agent.write(second_topic, "This one is for Jessica.")
    assert first.replies_since(seen_first) == []
    assert second.replies_since(seen_second)[-1].endswith("This one is for Jessica.")
    await first.send("only for the first topic")
    assert "only for the first topic" in topic_text(telegram, first_topic)
    assert "only for the first topic" not in topic_text(telegram, second_topic)


async def test_cases_lists_open_cases_most_urgent_first(telegram: Telegram) -> None:
    await escalated_en_debtor(telegram)
    worried = Debtor(telegram, user_id=778, language="zh-hans")
    await worried.start(telegram.app.signer.link_payload("CN-100001"))
    await worried.send("1999-02-12")
    support = "\n".join(await worried.send("我真的撑不下去了，不想活了"))
    assert "12356" in support or "热线" in support
    await AgentUser(telegram, LI_NA, "Li Na").write(None, "/cases")
    listing = telegram.session.sent(AGENTS_CHAT)[-1]
    assert listing.message_thread_id is None
    lines = listing.text.splitlines()
    assert lines[0].startswith("未结案件（2 件）")
    assert lines[1].startswith("#2 · 紧急 · 自伤风险")
    assert lines[2].startswith("#1 · 普通 · 要求人工")


async def test_a_case_waiting_too_long_is_announced_again(
    telegram: Telegram, clock: FixedClock
) -> None:
    _, topic = await escalated_en_debtor(telegram)
    assert await telegram.app.desk.announce_overdue() == 0
    clock.advance(timedelta(minutes=31))
    assert await telegram.app.desk.announce_overdue() == 1
    await telegram.deliver()
    assert "已等待坐席 31 分钟" in topic_text(telegram, topic)
    general = [m for m in telegram.session.sent(AGENTS_CHAT) if m.message_thread_id is None]
    assert "⏰ 案件 #1" in general[-1].text
    assert await telegram.app.desk.announce_overdue() == 0  # once per period


async def test_an_agent_records_a_plan_inside_the_limits_and_the_bot_confirms_it(
    telegram: Telegram,
) -> None:
    debtor, agent, topic = await taken(telegram)
    await agent.write(topic, "/plan $5 a month")
    refused = topic_messages(telegram, topic)[-1].text
    assert refused.startswith("未记录")
    assert "instalments." in refused  # the limit it breaks, named
    await agent.write(topic, "/plan 每月 $800")
    recorded = topic_messages(telegram, topic)[-1].text
    assert recorded.startswith("已记录协议 AG")
    async with telegram.app.uow() as uow:
        [agreement] = await uow.agreements.for_account("US-200001")
    assert agreement.number in recorded
    seen = len(telegram.session.sent(debtor.chat.id))
    await agent.press(card_of(telegram, topic), "交回机器人")
    back = "\n".join(debtor.replies_since(seen))
    assert "You're back with the automated assistant" in back
    assert agreement.number in back  # the agreed state confirms it
    documents = [c for c in telegram.session.calls if c.name == "sendDocument"]
    assert len(documents) == 1


async def test_no_plan_is_recorded_for_a_debtor_who_is_not_verified(telegram: Telegram) -> None:
    debtor = Debtor(telegram, user_id=777, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("/agent")  # before answering the identity question
    topic = _thread(telegram)
    agent = AgentUser(telegram, LI_NA, "Li Na")
    await agent.press(card_of(telegram, topic), "接手")
    await agent.write(topic, "/plan $800 a month")
    assert topic_messages(telegram, topic)[-1].text == "只能为已核实身份的债务人账户记录方案。"
    async with telegram.app.uow() as uow:
        assert await uow.agreements.for_account("US-200001") == []
