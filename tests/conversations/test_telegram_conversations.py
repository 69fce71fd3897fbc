"""Whole conversations through the real aiogram Dispatcher, in all three languages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiogram.exceptions import TelegramForbiddenError, TelegramRetryAfter
from aiogram.methods import SendMessage
from aiogram.types import Chat, Message, Update, User

from negotiator.channels.telegram.bot import set_commands
from negotiator.domain.clock import FixedClock
from negotiator.storage.uow import SqlUnitOfWork
from tests.conversations.client import Debtor, Telegram, an_app


def joined(replies: list[str]) -> str:
    return "\n".join(replies)


async def outbound_verdicts(uow: SqlUnitOfWork) -> set[str]:
    async with uow:
        conversation = await uow.conversations.for_chat("telegram", 777)
        assert conversation is not None
        messages = await uow.conversations.messages(conversation.id)
    return {m["verdict"] for m in messages if m["direction"] == "out"}


async def test_zh_hans_verify_disclose_listen_offer_counter_and_agree(telegram: Telegram) -> None:
    debtor = Debtor(telegram)
    link = telegram.app.signer.link_payload("CN-100001")
    opening = joined(await debtor.start(link))
    assert "自动化智能助手" in opening
    assert "/stop" in opening
    assert "24,394" not in opening
    disclosed = joined(await debtor.send("1999-02-12"))
    assert "¥24,394.27" in disclosed
    assert "是什么原因" in disclosed
    asked = joined(await debtor.send("公司裁员，我失业了"))
    assert "每个月大概能还多少" in asked
    offered = joined(await debtor.send("每个月3000左右吧"))
    assert "方案" in offered
    countered = joined(await debtor.send("每月4000可以吗"))
    assert "还款计划" in countered
    agreed = joined(await debtor.click("我同意"))
    assert "协议编号" in agreed
    documents = [c.method for c in telegram.session.calls if c.name == "sendDocument"]
    assert len(documents) == 1
    pdf = documents[0].document  # type: ignore[attr-defined]
    assert pdf.data.startswith(b"%PDF")
    assert pdf.filename.startswith("AG")
    await debtor.send("/myplan")
    assert len([c for c in telegram.session.calls if c.name == "sendDocument"]) == 2
    async with telegram.app.uow() as uow:
        agreements = await uow.agreements.for_account("CN-100001")
    assert len(agreements) == 1
    assert await outbound_verdicts(telegram.app.uow()) == {"allow"}


async def test_en_debtor_reaches_an_agreement(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    offered = joined(await debtor.send("I lost my job, I could pay $450 a month"))
    assert "payments of" in offered
    await debtor.click("Accept")
    agreed = joined(await debtor.click("I agree"))
    assert "Agreement number" in agreed


async def test_a_first_payment_then_a_rate_is_the_plan_proposed(telegram: Telegram) -> None:
    """ "put down $600 now, then $450 a month": both figures make the plan — a first payment of
    600 and instalments of 450 — where the rate alone had been read before."""
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    await debtor.send("I lost my job")
    terms = joined(await debtor.send("I can put down $600 now, then $450 a month"))
    assert "$600.00 (first payment)" in terms
    assert "payments of $450.00" in terms
    assert "Do you agree to this plan?" in terms


async def test_zh_hant_debtor_is_answered_in_traditional_chinese(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="zh-TW")
    opening = joined(await debtor.start())
    assert "編號" in opening  # no link: the bot asks for the reference, in Traditional Chinese


async def test_a_double_i_agree_makes_one_agreement(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    await debtor.send("I lost my job, I could pay $450 a month")
    await debtor.click("Accept")
    _, markup = debtor.last_keyboard()
    agree = next(b for row in markup.inline_keyboard for b in row if "I agree" in b.text)
    assert agree.callback_data is not None
    await debtor.press(agree.callback_data)
    await debtor.press(agree.callback_data)
    async with telegram.app.uow() as uow:
        assert len(await uow.agreements.for_account("US-200001")) == 1


async def test_a_forged_button_is_refused_politely(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    await debtor.send("I lost my job, I could pay $450 a month")
    replies = joined(await debtor.press("p:confirm:1:AAAAAAAAAAAA"))
    assert "no longer applies" in replies
    replies = joined(await debtor.press("something-else"))
    assert "no longer applies" in replies
    async with telegram.app.uow() as uow:
        assert await uow.agreements.for_account("US-200001") == []


async def test_an_old_offers_button_does_not_accept_the_new_offer(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    await debtor.send("I lost my job, I could pay $450 a month")
    _, first = debtor.last_keyboard()
    old_accept = next(b for row in first.inline_keyboard for b in row if "Accept" in b.text)
    await debtor.click("Other options")
    assert old_accept.callback_data is not None
    replies = joined(await debtor.press(old_accept.callback_data))
    assert "no longer applies" in replies


async def test_photos_and_very_long_messages_get_a_polite_answer(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    assert "only read text" in joined(await debtor.send_photo())
    assert "long message" in joined(await debtor.send("x" * 5000))


async def test_an_update_delivered_twice_is_handled_once(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    update = Update(update_id=999_001, message=debtor.message("1990-08-10"))
    first = await debtor.update(update)
    again = await debtor.update(update)
    assert first
    assert again == []


async def test_opt_out_in_free_text_is_confirmed_then_silence(telegram: Telegram) -> None:
    debtor = Debtor(telegram)
    await debtor.start(telegram.app.signer.link_payload("CN-100001"))
    confirmed = joined(await debtor.send("别再给我发消息了"))
    assert "不会再给您发消息" in confirmed
    assert await debtor.send("在吗") == []


async def test_a_restart_in_the_middle_continues_the_conversation(
    telegram: Telegram, tmp_path: Path, clock: FixedClock
) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    # Another process on the same database: a new app, dispatcher and bot.
    restarted = Telegram(an_app(tmp_path, clock))
    again = Debtor(restarted, language="en")
    replies = joined(await again.send("I lost my job, I could pay $450 a month"))
    assert "payments of" in replies
    await restarted.app.close()


async def cases(telegram: Telegram) -> list[tuple[str, int]]:
    async with telegram.app.uow() as uow:
        return [(case.reason, case.priority) for case in await uow.cases.open_cases()]


async def test_all_of_it_on_a_later_date_is_a_deferral(telegram: Telegram) -> None:
    debtor = Debtor(telegram)
    await debtor.start(telegram.app.signer.link_payload("CN-100001"))
    await debtor.send("1999-02-12")
    await debtor.send("最近资金周转不开")
    replies = joined(await debtor.send("下个月15号一次性还清可以吗"))
    assert "还款计划" in replies
    assert "2026年12月15日" in replies


async def test_refusing_every_offer_ends_with_a_person(telegram: Telegram) -> None:
    debtor = Debtor(telegram)
    await debtor.start(telegram.app.signer.link_payload("CN-100001"))
    await debtor.send("1999-02-12")
    await debtor.send("生意失败了")
    await debtor.send("每个月能还3000")
    for _ in range(8):
        replies = joined(await debtor.click("其他方案"))
        if "工作人员" in replies:
            break
    assert "工作人员" in replies
    assert await cases(telegram) == [("no_agreement", 2)]


async def test_three_wrong_answers_lock_the_account_and_hand_over(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    for wrong in ("1990-01-01", "1991-01-01", "1992-01-01"):
        replies = joined(await debtor.send(wrong))
    assert "couldn't confirm your identity" in replies
    assert "$" not in replies
    assert await cases(telegram) == [("verification_lockout", 2)]


async def test_a_relative_learns_nothing_about_the_debt(telegram: Telegram) -> None:
    debtor = Debtor(telegram)
    await debtor.start(telegram.app.signer.link_payload("CN-100001"))
    replies = joined(await debtor.click("我不是本人"))
    assert "只能与本人沟通" in replies
    replies += joined(await debtor.send("他欠了多少钱？"))
    assert "¥" not in replies
    assert "24,394" not in replies


async def test_a_dispute_pauses_collection_and_hands_over(telegram: Telegram) -> None:
    debtor = Debtor(telegram, language="en")
    await debtor.start(telegram.app.signer.link_payload("US-200001"))
    await debtor.send("1990-08-10")
    replies = joined(await debtor.send("This isn't my loan, I never borrowed from you"))
    assert "pause" in replies
    assert await cases(telegram) == [("dispute", 1)]


async def test_self_harm_gets_support_and_an_urgent_person(telegram: Telegram) -> None:
    debtor = Debtor(telegram)
    await debtor.start(telegram.app.signer.link_payload("CN-100001"))
    await debtor.send("1999-02-12")
    replies = joined(await debtor.send("还不上钱我真的不想活了"))
    assert "12356" in replies
    assert await cases(telegram) == [("self_harm_risk", 0)]


async def test_zh_hant_debtor_negotiates_to_an_agreement_in_traditional_chinese(
    telegram: Telegram,
) -> None:
    debtor = Debtor(telegram, user_id=778, language="zh-TW")
    opening = joined(await debtor.start(telegram.app.signer.link_payload("CN-100013")))
    assert "自動化智慧助理" in opening
    disclosed = joined(await debtor.send("1975-08-13"))
    assert "本金" in disclosed
    assert "逾期" in disclosed
    await debtor.send("生意失敗了，周轉不過來")
    offered = joined(await debtor.send("每個月大概能還八百塊"))
    assert "還款" in offered
    await debtor.click("接受")
    agreed = joined(await debtor.click("我同意"))
    assert "協議編號" in agreed
    async with telegram.app.uow() as uow:
        assert len(await uow.agreements.for_account("CN-100013")) == 1


async def test_a_vulnerable_debtor_is_handed_to_a_person_not_offered_a_plan(
    telegram: Telegram,
) -> None:
    debtor = Debtor(telegram, user_id=779, language="zh-TW")
    await debtor.start(telegram.app.signer.link_payload("CN-100013"))
    await debtor.send("1975-08-13")
    replies = joined(await debtor.send("最近生病住院了，沒辦法工作"))
    assert "工作人員" in replies
    assert "方案" not in replies
    assert await cases(telegram) == [("vulnerability", 1)]


async def test_the_sender_waits_after_a_429_and_stops_on_a_403(
    telegram: Telegram, clock: FixedClock
) -> None:
    debtor = Debtor(telegram, language="en")
    session = telegram.session
    method = SendMessage(chat_id=777, text="x")
    session.fail_next(
        TelegramRetryAfter(method=method, message="Too Many Requests", retry_after=30)
    )
    assert await debtor.start(telegram.app.signer.link_payload("US-200001")) == []
    clock.advance(timedelta(seconds=10))
    assert await telegram.sender.send_due() == 0  # not yet: Telegram said 30 s
    clock.advance(timedelta(seconds=25))
    assert await telegram.sender.send_due() == 2  # the opening and the identity question
    session.fail_next(TelegramForbiddenError(method=method, message="bot was blocked by the user"))
    assert await debtor.send("1990-08-10") == []
    async with telegram.app.uow() as uow:
        later = await uow.outbox.due(clock.now() + timedelta(days=1))
    assert (
        len(later) == 2
    )  # the other replies of that turn are still queued; the blocked one is not


async def test_the_command_menu_is_set_in_english_and_chinese(telegram: Telegram) -> None:
    await set_commands(telegram.bot, telegram.app)
    menus = {
        call.method.language_code: {c.command: c.description for c in call.method.commands}  # type: ignore[attr-defined]
        for call in telegram.session.calls
        if call.name == "setMyCommands"
    }
    assert set(menus) == {None, "zh"}
    assert menus[None]["agent"] == "Talk to a person"
    assert menus["zh"]["stop"] == "停止接收消息"
    assert set(menus["zh"]) == {
        "start",
        "help",
        "language",
        "myplan",
        "agent",
        "stop",
        "dispute",
        "privacy",
    }


async def test_updates_nobody_handles_are_not_left_pending(telegram: Telegram) -> None:
    group = Chat(id=-100123, type="supergroup", title="somewhere")
    message = Message(
        message_id=1,
        date=datetime.now(UTC),
        chat=group,
        from_user=User(id=5, is_bot=False, first_name="x"),
        text="hello group",
    )
    await telegram.feed(Update(update_id=555_001, message=message))
    async with telegram.app.uow() as uow:
        assert await uow.inbox.is_processed(555_001)
        assert await uow.inbox.pending() == []


async def test_a_hesitant_hmm_at_the_confirmation_is_not_consent(telegram: Telegram) -> None:
    debtor = Debtor(telegram)
    await debtor.start(telegram.app.signer.link_payload("CN-100001"))
    await debtor.send("1999-02-12")
    await debtor.send("公司裁员，我失业了，每个月3000左右吧")
    await debtor.click("接受")  # the full terms and "do you agree?"
    hesitant = joined(await debtor.send("嗯……"))
    assert "协议编号" not in hesitant
    async with telegram.app.uow() as uow:
        assert await uow.agreements.for_account("CN-100001") == []
    agreed = joined(await debtor.click("我同意"))  # the explicit press still agrees
    assert "协议编号" in agreed
