"""Lexicons v79, fitted on blind68's other safety misses after its one run, by structure rather
than by its phrases: contact sent to whoever handles it now (a relative by name, a firm, "就行"),
a day refused, "you can stop now", a threat's condition put without 敢 or with "find out", a
plea asked as a question, a relative's debt refused in other verbs, a counsellor who will ring,
a contract that was someone else's, the full sum chased after a sale; with the look-alikes that
must stay as they were (the debtor's own errand, a plan that was someone's idea, a payment
stopped, a plea not to be chased)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_read_in_words,
    interpreter,
    lexicon_said,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "From now on please speak to my son Daniel about this, he has power of attorney"),
        ("en", "please deal with my carer Joan instead"),
        ("en", "could you not text on Saturdays"),
        ("en", "ok. you can stop now."),
        ("en", "Forward everything to my accountant's office from now on"),
        ("zh_Hans", "以后有事跟我老公说，他管钱"),
        ("zh_Hans", "打给我女儿就行，我耳朵不好"),
        ("zh_Hant", "你哋可唔可以停一停"),
        ("zh_Hans", "你们再上门我马上报警"),
    ],
)
def test_contact_sent_elsewhere_limited_or_stopped_in_other_words_v79(
    language: str, text: str
) -> None:
    assert_read_in_words(text, language, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Keep texting my sister and find out."),
        ("zh_Hans", "你们再去我爸妈家闹，我保证你们走不出那个门"),
        ("zh_Hans", "再敢给我儿子单位打电话，我带刀上门"),
    ],
)
def test_a_threats_condition_in_other_words_is_an_opt_out_beside_the_abuse_v79(
    language: str, text: str
) -> None:
    assert lexicon_said(text, language, Intent.OPT_OUT), text
    assert_kept_beside(text, language, Intent.ABUSE, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "the broadband contract was my lodger's, he moved out in May",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("en", "I won't be paying his loan", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我妈的贷款，她都走了三年了，不应该记到我头上", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "they auctioned the van and I'm still being billed for the whole thing",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "A debt adviser from the council is helping me, she's going to call you tomorrow",
            Intent.LEGAL_REPRESENTATION,
        ),
    ],
)
def test_denials_disputes_and_a_representative_in_other_words_v79(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I'll talk to my wife about it from now on", Intent.OPT_OUT),
        ("en", "I can only talk to my wife about money", Intent.OPT_OUT),
        ("en", "I'll forward everything to my accountant from now on", Intent.OPT_OUT),
        ("zh_Hans", "我以后跟我老婆说", Intent.OPT_OUT),
        ("zh_Hans", "以后跟我老婆商量一下再还", Intent.OPT_OUT),
        ("zh_Hans", "我去找我老公就行", Intent.OPT_OUT),
        ("zh_Hans", "你们能不能先停一下扣款", Intent.OPT_OUT),
        ("en", "the plan was my wife's idea", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "我爸借的钱我会还，别催我", Intent.DISPUTE_NOT_MINE),
        ("en", "I'm still paying the full amount every month", Intent.DISPUTE_AMOUNT),
    ],
)
def test_the_debtors_own_errands_and_plain_plans_stay_as_they_were_v79(
    language: str, text: str, intent: Intent
) -> None:
    assert not lexicon_said(text, language, intent), text


@pytest.mark.parametrize("text", ["下个月就能还了", "下个月估计能还"])
def test_able_to_pay_by_next_month_is_a_promise_v79(text: str) -> None:
    assert_read_in_words(text, "zh_Hans", Intent.PROMISE_TO_PAY)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("wrote letters to my kids last night", True),
        ("the kids found my letter", True),
        ("I've written the letters, sorry", True),
        ("the dog literally ate my letter lol. what's the amount again", False),
        ("stop sending letters to my parents' address", False),
        ("My carer deals with my letters now, please write to her", False),
    ],
)
def test_a_letter_is_a_farewells_evidence_only_as_the_debtor_wrote_it_v79(
    text: str, evidence: bool
) -> None:
    loaded = interpreter()
    unsupported = loaded.unsupported(loaded.normalize(text))
    assert (Intent.SELF_HARM_RISK not in unsupported) is evidence, text
