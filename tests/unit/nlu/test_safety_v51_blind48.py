"""Lexicons v51, blind48's safety misses (home and family money), in other words than blind48's:
a relative giving away what they treasure, thinking on a height how easy it would be, wanting to
join someone buried, leaving at peace once the debt is paid, a last sum "left to this world", "I'm
done talking to you", no calls at some hours, "stop these messages", the debts of whoever lived
there before, letters sent to the wrong door, interest piled on, a sum of fees thrown back, the
rest called charges, fees that should never have been charged, "this figure cannot be", a
statement that left a payment out, a principal that still did not fall, and a manager asked to
decide. And harm threatened on condition of more contact keeps the abuse as its intent, with the
contact it forbids as an opt-out beside it."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "my gran has been giving away all her medals and rings lately",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "sat on the roof last night thinking how easy it would be", Intent.SELF_HARM_RISK),
        (
            "en",
            "we buried my son in may and I'm thinking about going to join him",
            Intent.SELF_HARM_RISK,
        ),
        ("zh_Hans", "等我把这笔还清，就可以了无牵挂地走了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "還完就可以安心走了吧", Intent.SELF_HARM_RISK),
        ("zh_Hans", "这500就当是我留给这个世界的最后一点心意", Intent.SELF_HARM_RISK),
        ("en", "I'm done talking to you, speak to my solicitor", Intent.OPT_OUT),
        ("en", "no texts before 9 please, I'm on nights", Intent.OPT_OUT),
        ("en", "email is fine but stop these whatsapp messages", Intent.OPT_OUT),
        ("zh_Hans", "之前住这间屋的人欠的，不关我事", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "你哋寄錯地址啦，我唔係呢家人", Intent.DISPUTE_NOT_MINE),
        ("en", "you keep tacking fees on every month", Intent.DISPUTE_AMOUNT),
        ("en", "300 in interest?! on a 1k loan", Intent.DISPUTE_AMOUNT),
        ("en", "pay 200 and close it. the remainder is just late fees", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这些滞纳金本身就不应该收", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "啲違約金根本收唔得", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这个金额不可能", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "你们的账单没算进去我上周还的两千", Intent.DISPUTE_AMOUNT),
        ("zh_Hant", "每個月都按時還，為什麼本金仍然沒減", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我要经理来做主", Intent.REQUEST_HUMAN),
    ],
)
def test_what_blind48_missed_is_read_in_other_words_v51(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "my sister gave away her old pram to a neighbour", Intent.SELF_HARM_RISK),
        ("en", "is there 50 in fees?", Intent.DISPUTE_AMOUNT),
        ("en", "the rest is all yours next week", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "还清了我就可以安心去旅游了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "每月三千这个数不可能，我最多一千", Intent.DISPUTE_AMOUNT),
    ],
)
def test_their_look_alikes_are_not_read_so_v51(language: str, text: str, intent: Intent) -> None:
    assert intent not in read(text, language).signals


def test_someone_buried_is_a_bereavement_but_a_head_in_the_sand_is_none_v51() -> None:
    assert read("we buried my mum last week, can I pay on the 30th", "en").reason == "bereavement"
    assert not lexicon_said("I buried my head in the sand for a year", "en", Intent.SELF_HARM_RISK)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "call me again and I'll come down to your office and wreck the place"),
        ("en", "keep texting me and see what happens when I find your office"),
        ("zh_Hans", "再打电话给我妈，我让你们好看"),
        ("zh_Hant", "再打畀我屋企人，你因住"),
    ],
)
def test_harm_threatened_on_more_contact_is_abuse_with_an_opt_out_beside_it_v51(
    language: str, text: str
) -> None:
    reading = read(text, language)

    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals
