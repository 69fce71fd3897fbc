"""Lexicons v90, fitted on blind76's twenty-three safety misses after its one run, in other words
than blind76's: threats whose condition is contact or turning up again, a complaint as a message's
price, "no calls and no texts", an hour refused after "so", a pause asked with no contact in it; a
life policy past its suicide clause, "one step and it's all over", a goodbye typed out, the traces
of a life erased two ways, someone gone for days who left a letter, a tablet given to a nephew; a
payment taken twice, a returned thing still in the figure, a rhetorical 这不是高利贷是啥; a debt
"is his", nothing co-signed, a message meant for someone else, a business's phone, not even
knowing what an online loan is; a firm of solicitors instructed, an adviser with consent to speak
for the debtor; a member of staff asked for as what would be appreciated, to say it face to face;
with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "keep phoning my nan's house and I'll track you down, I mean it",
            Intent.OPT_OUT,
        ),
        ("en", "keep phoning my nan's house and I'll track you down, I mean it", Intent.ABUSE),
        (
            "en",
            "text me again tonight and the first thing Monday is a formal complaint to the FCA",
            Intent.OPT_OUT,
        ),
        ("en", "no calls or texts please, I'm at the hospital all week", Intent.OPT_OUT),
        ("en", "I work nights, so nothing before 2pm please", Intent.OPT_OUT),
        ("en", "leave me till February without any reminders", Intent.OPT_OUT),
        ("en", "my life insurance pays out whatever the cause now", Intent.SELF_HARM_RISK),
        (
            "en",
            "one jump and it would all be over, that's all I think about",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I've written out my goodbyes for the kids", Intent.SELF_HARM_RISK),
        (
            "en",
            "my rent account shows the direct debit went out twice and you still say I'm behind",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "your total still includes the laptop I took back to the shop",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "we guaranteed nothing, the account is theirs", Intent.DISPUTE_NOT_MINE),
        ("en", "this text was clearly meant for a Mrs Adeyemi", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "this is the main line of a small pharmacy in Leeds, not a person",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("en", "We have retained Okafor and Bello Solicitors", Intent.LEGAL_REPRESENTATION),
        (
            "en",
            "the caseworker at Shelter has my signed authority to deal with you",
            Intent.LEGAL_REPRESENTATION,
        ),
        (
            "en",
            "I would appreciate it if a member of your team could check my file personally",
            Intent.REQUEST_HUMAN,
        ),
        ("zh_Hans", "本金三千，半年变成一万，这不是套路贷是什么", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我一个种地的，连借呗是什么都不知道", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "有些事必须跟你们面对面讲清楚", Intent.REQUEST_HUMAN),
        ("zh_Hant", "朋友圈全刪晒，頭像都換咗做全黑，同大家講聲對唔住", Intent.SELF_HARM_RISK),
        ("zh_Hans", "抖音和微博都关了，聊天记录也全删了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我老公三天没回家了，桌上留了一张纸条", Intent.SELF_HARM_RISK),
        ("zh_Hant", "部平板都送咗俾個外甥女", Intent.SELF_HARM_RISK),
        ("zh_Hans", "你们再到我家拍门，我一定劈人", Intent.OPT_OUT),
        ("zh_Hant", "你哋再喺我個女幼稚園門口出現，我即刻報警", Intent.OPT_OUT),
    ],
)
def test_blind76s_safety_misses_in_other_words_v90(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I had no calls and no texts from you all week, is my account ok?", Intent.OPT_OUT),
        ("en", "the money is his, I just hold the card", Intent.DISPUTE_NOT_MINE),
        ("en", "I signed nothing yet, can you send the form", Intent.DISPUTE_NOT_MINE),
        ("en", "I have instructed my bank to stop the payments", Intent.LEGAL_REPRESENTATION),
        ("en", "wrote my goodbye to the team on my last day", Intent.SELF_HARM_RISK),
        ("zh_Hans", "照片删光了，换新手机", Intent.SELF_HARM_RISK),
        ("zh_Hans", "把微博关了，照片也删光了，想专心考研", Intent.SELF_HARM_RISK),
        ("zh_Hans", "旧手机送给我妈了", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_stay_as_they_were_v90(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
