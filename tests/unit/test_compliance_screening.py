"""Inbound screening: what a debtor says that the conversation must act on at once."""

from __future__ import annotations

import pytest

from negotiator.compliance import HANDLING, Trigger, builtin_screener


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("STOP", Trigger.OPT_OUT),
        ("stop.", Trigger.OPT_OUT),
        ("Please stop texting me", Trigger.OPT_OUT),
        ("别再联系我了", Trigger.OPT_OUT),
        ("不要再發訊息給我", Trigger.OPT_OUT),
        ("退订", Trigger.OPT_OUT),
        ("This is not my debt, I never borrowed anything", Trigger.DISPUTE),
        ("我已经还清了，金额不对", Trigger.DISPUTE),
        ("帳單金額有誤", Trigger.DISPUTE),
        ("Someone stole my identity and opened this card", Trigger.FRAUD),
        ("这张卡被盗刷了", Trigger.FRAUD),
        ("My lawyer will contact you", Trigger.LEGAL_REPRESENTATION),
        ("我已经委托律师处理", Trigger.LEGAL_REPRESENTATION),
        ("I've filed for bankruptcy", Trigger.BANKRUPTCY),
        ("我已经申请个人破产", Trigger.BANKRUPTCY),
        ("I was diagnosed with cancer last month", Trigger.VULNERABILITY),
        ("我爸爸上个月去世了", Trigger.VULNERABILITY),
        ("我最近有抑鬱症", Trigger.VULNERABILITY),
        ("I just want to die", Trigger.SELF_HARM),
        ("我不想活了", Trigger.SELF_HARM),
        ("我諗住輕生", Trigger.SELF_HARM),
        ("fuck you", Trigger.ABUSE),
        ("你们这帮骗子", Trigger.ABUSE),
        ("I want to make a complaint", Trigger.COMPLAINT),
        ("我要投诉你们", Trigger.COMPLAINT),
        ("can I talk to a real person?", Trigger.HUMAN_REQUEST),
        ("转人工", Trigger.HUMAN_REQUEST),
    ],
)
def test_each_trigger_is_found_with_the_cue_that_raised_it(text: str, trigger: Trigger) -> None:
    screening = builtin_screener().screen(text)
    assert trigger in screening.triggers, screening
    hit = next(h for h in screening.hits if h.trigger is trigger)
    assert hit.source == "text"
    assert hit.cue


@pytest.mark.parametrize(
    "text",
    [
        "I can pay 200 next week",
        "我下个月可以还一千",
        "Please don't stop, I want a plan",
        "Can I get the breakdown of my balance?",
        "ok, 6 months works",
        "好的，我同意这个方案",
        "我的卡尾號是1234",
    ],
)
def test_ordinary_replies_raise_no_trigger(text: str) -> None:
    assert builtin_screener().screen(text).hits == ()


def test_self_harm_and_vulnerability_need_a_person_at_once() -> None:
    screening = builtin_screener().screen("I lost my job and honestly I want to end it all")
    assert screening.human_at_once
    assert screening.needs_human
    assert screening.hits[0].trigger is Trigger.SELF_HARM


def test_an_opt_out_stops_contact_without_a_person() -> None:
    screening = builtin_screener().screen("STOP")
    assert screening.stops_contact
    assert not screening.needs_human


def test_nlu_signals_raise_triggers_the_words_alone_miss() -> None:
    screening = builtin_screener().screen("ok", nlu_intents={"opt_out", "hardship", "made_up"})
    assert screening.triggers == {Trigger.OPT_OUT}
    assert screening.hits[0].cue == "nlu:opt_out"
    assert screening.hits[0].source == "nlu"


def test_nlu_and_words_together_report_each_trigger_once() -> None:
    screening = builtin_screener().screen(
        "This isn't mine, I never borrowed it", nlu_intents={"dispute_not_mine", "self_harm_risk"}
    )
    assert [h.trigger for h in screening.hits] == [Trigger.SELF_HARM, Trigger.DISPUTE]
    assert screening.hits[1].source == "text"


def test_the_screening_is_auditable() -> None:
    record = builtin_screener().screen("我要投诉").to_audit()
    assert record["triggers"] == [{"trigger": "complaint", "cue": "投诉", "source": "text"}]
    assert record["needs_human"] is True


def test_every_trigger_has_a_handling_with_its_reason() -> None:
    assert set(HANDLING) == set(Trigger)
    assert all(h.reason for h in HANDLING.values())
    assert all(h.human for t, h in HANDLING.items() if h.human_at_once)
