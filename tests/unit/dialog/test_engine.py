"""The negotiation script stepped by the engine: safety first, verify, listen, offer, agree."""

from __future__ import annotations

from itertools import pairwise

from negotiator.dialog.decisions import (
    AgreementReached,
    Escalated,
    EventKind,
    IdentityChecked,
    Inbound,
    OfferMade,
    OptedOut,
    Priority,
)
from negotiator.dialog.memory import Talk
from negotiator.domain.affordability import DebtorSituation, is_affordable
from negotiator.domain.concessions import never_worse
from negotiator.domain.money import Money
from negotiator.domain.plan_check import check_plan
from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent
from tests.unit.builders import INSTALMENTS, TODAY, a_portfolio, changed
from tests.unit.dialog.conftest import Chat, sources, texts, understood


def offers_made(chat: Chat) -> list[OfferMade]:
    return [effect for effect in chat.effects if isinstance(effect, OfferMade)]


def escalations(chat: Chat) -> list[Escalated]:
    return [effect for effect in chat.effects if isinstance(effect, Escalated)]


def test_the_first_message_says_who_we_are_and_asks_for_identity(chat: Chat) -> None:
    said = chat.start()
    assert sources(said) == ["open.intro", "verify.ask"]
    text = texts(said)
    assert "automated assistant" in text
    assert "示例银行" in text
    assert "/agent" in text
    assert "/stop" in text
    assert "11,800" not in text  # nothing about the debt before verification
    assert chat.talk.state == "verify"


def test_a_message_that_gives_no_identity_fact_uses_no_attempt(chat: Chat) -> None:
    chat.start()
    said = chat.say("hang on, what is this about?", understood(Intent.ASK_QUESTION))
    assert sources(said) == ["verify.not_an_answer"]
    assert "/agent" in texts(said)
    assert chat.talk.failed_checks == 0
    assert chat.talk.state == "verify"
    assert not [e for e in chat.effects if isinstance(e, IdentityChecked)]
    said = chat.say("1980-01-01", understood(Intent.UNKNOWN))  # a wrong date does use one
    assert "verify.failed" in sources(said)
    assert chat.talk.failed_checks == 1


def test_asking_for_a_person_at_the_identity_question_hands_over(chat: Chat) -> None:
    chat.start()
    chat.say("let me speak with a living, breathing human", understood(Intent.REQUEST_HUMAN))
    assert chat.talk.state == "handed_over"
    assert escalations(chat)[-1].reason == "request_human"
    assert chat.talk.failed_checks == 0


def test_no_debt_detail_reaches_someone_who_is_not_the_debtor(chat: Chat) -> None:
    chat.start()
    said = chat.press("not_me")
    assert sources(said) == ["third_party.message"]
    assert chat.talk.third_party  # the compliance filter now reads for a third party
    assert "11,800" not in texts(said)
    assert "95500" in texts(said)
    again = chat.say("how much does he owe?", understood(Intent.ASK_BALANCE))
    assert "11,800" not in texts(again)


def test_three_wrong_answers_lock_verification_and_hand_over(chat: Chat) -> None:
    chat.start()
    for attempt in (1, 2):
        said = chat.say("1980-01-01", understood(Intent.UNKNOWN))
        assert "verify.failed" in sources(said)
        assert chat.talk.failed_checks == attempt
    said = chat.say("1970-01-01", understood(Intent.UNKNOWN))
    assert "verify.locked" in sources(said)
    assert chat.talk.state == "handed_over"
    assert escalations(chat)[-1].reason == "verification_lockout"
    assert not chat.talk.verified
    assert [e.passed for e in chat.effects if isinstance(e, IdentityChecked)] == [False] * 3


def test_after_verification_the_balance_is_itemised_and_an_open_question_asked(
    chat: Chat,
) -> None:
    said = chat.verified()
    assert sources(said) == ["disclose.thanks", "render:balance", "ask.reason"]
    assert "CN¥11,800.00" in texts(said)
    assert "120 days overdue" in texts(said)
    assert "What has made it hard" in texts(said)


def test_a_reason_and_a_capacity_lead_to_an_affordable_offer_inside_the_limits(
    chat: Chat,
) -> None:
    chat.verified()
    said = chat.say(
        "lost my job, can do 1500 a month",
        understood(
            Intent.HARDSHIP, Intent.COUNTER_OFFER, reason=HardshipReason.UNEMPLOYMENT, amount="1500"
        ),
    )
    assert "empathy.hardship" in sources(said)
    assert "render:plan" in sources(said)
    assert chat.talk.state == "offering"
    plan = offers_made(chat)[-1].plan
    assert check_plan(plan, chat.account, chat.portfolio, TODAY) == []
    assert is_affordable(plan, DebtorSituation(Money.of("1500", "CNY")))
    buttons = [b.press for message in said for b in message.buttons]
    assert buttons == ["accept", "other_options", "counter"]


def test_without_a_capacity_the_second_open_question_is_asked(chat: Chat) -> None:
    chat.verified()
    said = chat.say("I forgot", understood(Intent.HARDSHIP, reason=HardshipReason.FORGOT))
    assert sources(said) == ["ask.capacity"]
    said = chat.say("2000 a month", understood(Intent.COUNTER_OFFER, amount="2000"))
    assert chat.talk.capacity == 2000
    assert chat.talk.state == "offering"


def test_a_vague_answer_gets_one_follow_up_then_the_bot_moves_on(chat: Chat) -> None:
    chat.verified()
    said = chat.say("hmm", understood(Intent.UNKNOWN, confidence=0.1))
    assert sources(said) == ["ask.reason.again"]
    said = chat.say("dunno", understood(Intent.UNKNOWN, confidence=0.1))
    assert sources(said) == ["ask.capacity"]


def test_each_refusal_concedes_and_never_makes_the_offer_worse_then_hands_over(
    chat: Chat,
) -> None:
    chat.verified()
    chat.say("1500 a month", understood(Intent.COUNTER_OFFER, amount="1500"))
    for _ in range(10):
        if chat.talk.state != "offering":
            break
        chat.press("other_options")
    plans = [offer.plan for offer in offers_made(chat)]
    assert len(plans) >= 2
    for earlier, later in pairwise(plans):
        assert never_worse(later, earlier)
    for plan in plans:
        assert check_plan(plan, chat.account, chat.portfolio, TODAY) == []
    assert chat.talk.state == "handed_over"
    assert escalations(chat)[-1].reason == "no_agreement"
    assert chat.talk.history.refusals <= chat.portfolio.negotiation.max_rounds


def test_a_counter_offer_inside_the_limits_is_accepted_and_confirmed_once(chat: Chat) -> None:
    chat.verified()
    chat.say("1500 a month", understood(Intent.COUNTER_OFFER, amount="1500"))
    said = chat.say("can I do 2000 a month?", understood(Intent.COUNTER_OFFER, amount="2000"))
    assert "counter.accepted" in sources(said)
    assert chat.talk.state == "confirm"
    assert "render:schedule" in sources(said)
    said = chat.press("confirm")
    agreements = [e for e in chat.effects if isinstance(e, AgreementReached)]
    assert len(agreements) == 1
    assert chat.talk.state == "agreed"
    assert "AG-1" in texts(said)
    chat.press("confirm")  # a second press
    chat.say("yes I agree", understood(Intent.AGREE))
    assert len([e for e in chat.effects if isinstance(e, AgreementReached)]) == 1


def test_a_counter_offer_outside_the_limits_gets_the_reason_and_the_nearest_plan(
    chat: Chat,
) -> None:
    chat.verified()
    chat.say("1500 a month", understood(Intent.COUNTER_OFFER, amount="1500"))
    said = chat.say("50 a month", understood(Intent.COUNTER_OFFER, amount="50"))
    assert "render:counter_answer" in sources(said)
    assert chat.talk.counter is not None
    assert chat.talk.counter.breaches
    if chat.talk.counter.nearest is not None:
        assert chat.talk.state == "offering"
        nearest = offers_made(chat)[-1].plan
        assert check_plan(nearest, chat.account, chat.portfolio, TODAY) == []


def test_self_harm_hands_over_at_once_from_any_state(chat: Chat) -> None:
    chat.verified()
    said = chat.say(
        "I can't go on, I want to end it",
        understood(Intent.HARDSHIP, Intent.SELF_HARM_RISK),
    )
    assert sources(said) == ["safety.support", "handover.person"]
    assert "12356" in texts(said)
    assert escalations(chat) == [Escalated("self_harm_risk", Priority.URGENT)]
    assert chat.talk.state == "handed_over"
    # A person holds the chat now: no more negotiation, but safety still answers.
    said = chat.say("500 a month?", understood(Intent.COUNTER_OFFER, amount="500"))
    assert sources(said) == ["handover.waiting"]
    said = chat.say("i want to die", understood(Intent.SELF_HARM_RISK))
    assert sources(said) == ["safety.support"]


def test_opt_out_in_free_text_is_confirmed_then_silence(chat: Chat) -> None:
    chat.verified()
    said = chat.say("stop messaging me", understood(Intent.OPT_OUT))
    assert sources(said) == ["optout.confirmed"]
    assert any(isinstance(effect, OptedOut) for effect in chat.effects)
    assert chat.say("hello?", understood(Intent.GREETING)) == []
    assert chat.press("accept") == []


def test_a_dispute_stops_collection_and_hands_over(chat: Chat) -> None:
    chat.verified()
    said = chat.say("this isn't my debt", understood(Intent.DISPUTE_NOT_MINE))
    assert sources(said) == ["handover.dispute", "handover.person"]
    assert escalations(chat)[-1] == Escalated("dispute", Priority.HIGH)


def test_stickers_and_long_messages_get_a_polite_answer_and_change_nothing(chat: Chat) -> None:
    chat.verified()
    before = chat.talk
    assert sources(chat.send(Inbound(EventKind.UNSUPPORTED))) == ["input.unsupported"]
    assert sources(chat.send(Inbound(EventKind.TOO_LONG, text="x" * 5000))) == ["input.too_long"]
    assert chat.talk == before


def test_start_in_the_middle_resumes_where_the_conversation_was(chat: Chat) -> None:
    chat.verified()
    chat.say("1500 a month", understood(Intent.COUNTER_OFFER, amount="1500"))
    before = chat.talk
    said = chat.start()
    assert chat.talk == before
    assert "render:plan" in sources(said)
    assert offers_made(chat)[-1].plan == before.open_offer


def test_the_talk_survives_a_restart_as_json(chat: Chat) -> None:
    chat.verified()
    chat.say("1500 a month", understood(Intent.COUNTER_OFFER, amount="1500"))
    chat.press("other_options")
    stored = chat.talk.to_dict()
    assert Talk.from_dict(stored) == chat.talk


def test_language_can_change_mid_conversation(chat: Chat) -> None:
    chat.verified()
    said = chat.command("language")
    assert [b.press for b in said[0].buttons] == ["lang_zh_Hans", "lang_zh_Hant", "lang_en"]
    said = chat.press("lang_zh_Hant")
    assert chat.talk.language == "zh_Hant"
    assert "繁體中文" in texts(said)
    said = chat.say("how much?", understood(Intent.ASK_BALANCE))
    assert "¥11,800.00" in texts(said)
    assert "本金" in texts(said)


def test_a_screening_trigger_is_enough_even_when_the_nlu_missed_it(chat: Chat) -> None:
    chat.verified()
    said = chat.send(
        Inbound(
            EventKind.TEXT,
            text="...",
            interpretation=understood(Intent.UNKNOWN, confidence=0.0),
            triggers=frozenset({"self_harm"}),
        )
    )
    assert sources(said) == ["safety.support", "handover.person"]
    assert escalations(chat)[-1].priority is Priority.URGENT


def test_vulnerability_goes_to_a_person_before_any_offer(chat: Chat) -> None:
    chat.verified()
    said = chat.send(
        Inbound(
            EventKind.TEXT,
            text="my husband died last month",
            interpretation=understood(Intent.HARDSHIP, reason=HardshipReason.BEREAVEMENT),
            triggers=frozenset({"vulnerability"}),
        )
    )
    assert sources(said) == ["handover.vulnerability", "handover.person"]
    assert not offers_made(chat)


def test_a_plan_the_limits_no_longer_allow_is_never_agreed(chat: Chat) -> None:
    chat.verified()
    chat.say("1500 a month", understood(Intent.COUNTER_OFFER, amount="1500"))
    chat.press("other_options")  # a longer plan
    offered = chat.talk.open_offer
    assert offered is not None
    chat.press("accept")
    # The creditor tightens the maximum number of instalments before the debtor agrees.
    chat.portfolio = a_portfolio(instalments=changed(INSTALMENTS, max_count=offered.count - 1))
    said = chat.press("confirm")
    assert "offer.expired" in sources(said)
    assert not [e for e in chat.effects if isinstance(e, AgreementReached)]
    assert chat.talk.agreed is None
    if chat.talk.open_offer is not None:
        assert check_plan(chat.talk.open_offer, chat.account, chat.portfolio, TODAY) == []


def test_an_account_above_the_creditors_thresholds_goes_to_a_person_after_verification(
    chat: Chat,
) -> None:
    chat.portfolio = a_portfolio(escalation={"balance_above": "10000"})
    said = chat.verified()
    assert sources(said) == ["handover.thresholds", "handover.person"]
    assert "CN¥11,800.00" not in texts(said)  # the person discusses it, not the bot
    assert chat.talk.state == "handed_over"
    assert escalations(chat)[-1].reason == "thresholds"


def test_days_past_due_above_the_threshold_also_go_to_a_person(chat: Chat) -> None:
    chat.portfolio = a_portfolio(escalation={"days_past_due_above": 90})  # 120 days overdue
    chat.verified()
    assert escalations(chat)[-1].reason == "thresholds"


def test_three_messages_in_a_row_not_understood_go_to_a_person(chat: Chat) -> None:
    chat.verified()
    for count in (1, 2):
        chat.say("hmm the thing with the stuff", understood(Intent.UNKNOWN, confidence=0.0))
        assert chat.talk.unclear == count
        assert chat.talk.state != "handed_over"
    said = chat.say("???", understood(Intent.UNKNOWN, confidence=0.0))
    assert sources(said)[0] == "handover.not_understood"
    assert escalations(chat)[-1].reason == "not_understood"


def test_an_understood_message_starts_the_unclear_count_again(chat: Chat) -> None:
    chat.verified()
    chat.say("hmm", understood(Intent.UNKNOWN, confidence=0.0))
    chat.say("hmm", understood(Intent.UNKNOWN, confidence=0.0))
    chat.say("I lost my job", understood(Intent.HARDSHIP, reason=HardshipReason.UNEMPLOYMENT))
    assert chat.talk.unclear == 0
    assert not escalations(chat)


def test_a_person_hands_back_and_the_bot_carries_on_from_what_it_knows(chat: Chat) -> None:
    chat.verified()
    chat.command("agent")
    assert chat.talk.state == "handed_over"
    said = chat.send(Inbound(EventKind.RESUME, name="returned"))
    assert sources(said)[0] == "handback.resumed"
    assert chat.talk.escalated is None
    assert chat.talk.state == "ask_capacity"
    chat.command("agent")
    assert [e.reason for e in escalations(chat)] == ["request_human", "request_human"]


def test_a_hardship_story_without_a_reason_is_asked_for_twice_at_most(chat: Chat) -> None:
    """Nothing fits and no reason is known: the bot asks what happened, but a debtor who keeps
    answering without one is handed to a person instead of being asked round and round."""
    chat.verified()
    chat.say("I can only do 10 a month", understood(Intent.COUNTER_OFFER, amount="10"))
    assert chat.talk.state == "ask_hardship"
    chat.say("it's just hard", understood(Intent.HARDSHIP))
    assert chat.talk.state == "ask_hardship"
    said = chat.say("things are hard, ok?", understood(Intent.HARDSHIP))
    assert "handover.unaffordable.plain" in sources(said)
    assert chat.talk.state == "handed_over"
    assert escalations(chat)[-1].reason == "unaffordable"
