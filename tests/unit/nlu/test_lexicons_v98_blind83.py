"""Lexicons v98, fitted on blind83's twenty-five safety misses after its one run, in other words
than blind83's. Opt-outs: one more message "and I swear" before the harm; "only through her" after
a representative named; someone else called, dared (你再给俺娘打一个试试); the calls asked to be stopped
(能不能停了); direct contact refused (别再来找我, 不可以再直接找我); a visit dared before a threat
(敢上门收钱); 收皮 and still calling; calls refused in Taiwanese (莫擱敲電話). Warning signs: a gun's one
round to "sort it all out"; not braking, a truck to "take care of it"; the way that does not hurt
looked into (怎么走才不疼); a bus wished to hit the debtor; no phone heard after a day; sorry said
to the family and their care entrusted to another. Denials: "ain't never done business with",
"must be some other" person, a relative's debt denied for them; 毋是我借的; a roommate who used the
debtor's papers in secret. Requests for a person: "speek to sumone proper", "I'd appreciate
speaking with someone", 畀個staff我. Debt counselling, with a social worker to speak for the
debtor after it, is representation. 注音文 (ㄅ用, ㄌ) is read as the words it stands for; 夭壽 is a
curse, no warning sign; a widow's letter is a bereavement. With the look-alikes that must stay as
they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "Send one more message and I swear I'll put your windows out",
            Intent.OPT_OUT,
        ),
        ("en", "My solicitor has this now. Please correspond only via her.", Intent.OPT_OUT),
        ("zh_Hans", "你再给俺娘打一个试试 俺就让你后悔", Intent.OPT_OUT),
        ("zh_Hans", "那个自动语音每天晚上都打过来 能不能停了", Intent.OPT_OUT),
        ("zh_Hant", "受托人已经指定了，别再来找我", Intent.OPT_OUT),
        ("zh_Hans", "受托人会处理，你们不可以再直接找我", Intent.OPT_OUT),
        ("zh_Hans", "你敢上门收钱，我找人砍你", Intent.OPT_OUT),
        ("zh_Hant", "收皮喇，仲打電話", Intent.OPT_OUT),
        ("zh_Hant", "拜託你們莫擱敲電話來", Intent.OPT_OUT),
        (
            "en",
            "keep the old rifle by the bed now, one bullet would sort it all out",
            Intent.SELF_HARM_RISK,
        ),
        (
            "en",
            "driving home I keep thinking about not stopping at the lights",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "maybe I'll just let a truck take care of it", Intent.SELF_HARM_RISK),
        ("zh_Hans", "最近在研究怎么走才不疼", Intent.SELF_HARM_RISK),
        ("zh_Hant", "有時真係想架車撞過來就算", Intent.SELF_HARM_RISK),
        ("zh_Hant", "過咗禮拜五之後應該唔會再聽到你哋電話", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我已经跟我老婆说了对不起，孩子以后就交给她了", Intent.SELF_HARM_RISK),
        ("en", "we ain't never did business with you lot", Intent.DISPUTE_NOT_MINE),
        ("en", "Wrong lady. Must be some other Sharon.", Intent.DISPUTE_NOT_MINE),
        ("en", "She's 91 and in a home. It isn't her loan.", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "彼筆錢毋是我借的", Intent.DISPUTE_NOT_MINE),
        ("zh_Hant", "恁揣毋著人矣", Intent.DISPUTE_NOT_MINE),
        ("zh_Hans", "舍友瞒着我拿我学生证借的", Intent.FRAUD_IDENTITY_THEFT),
        ("en", "could i spk to someone proper please", Intent.REQUEST_HUMAN),
        ("en", "I'd appreciate speaking to somebody on the phone about this", Intent.REQUEST_HUMAN),
        ("zh_Hant", "畀個staff我啦", Intent.REQUEST_HUMAN),
        ("zh_Hant", "屋企人幫我搵咗債務輔導 社工會代表我同你哋商量", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "我已經決定了 你們以後ㄅ要再打來ㄌ", Intent.OPT_OUT),
    ],
)
def test_blind83s_safety_misses_in_other_words_v98(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "one more payment would sort it all out, then I'm debt free", Intent.SELF_HARM_RISK),
        ("en", "the brakes went on the van so I couldn't work", Intent.SELF_HARM_RISK),
        ("en", "it must be some other mistake on your side", Intent.DISPUTE_NOT_MINE),
        ("en", "this is not his first late payment", Intent.DISPUTE_NOT_MINE),
        ("en", "I'd like to talk to my wife about it first", Intent.REQUEST_HUMAN),
        ("zh_Hans", "我在研究哪种还款方式最快", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我跟我妈说了对不起，是我乱花钱", Intent.SELF_HARM_RISK),
        ("zh_Hans", "打工的钱能不能停了再扣", Intent.OPT_OUT),
        ("zh_Hans", "我室友偷偷用我的电脑打游戏", Intent.FRAUD_IDENTITY_THEFT),
        ("zh_Hant", "你去查你就知道我有繳", Intent.ABUSE),
        ("zh_Hant", "俾個機會我，下個月一定還", Intent.REQUEST_HUMAN),
        ("zh_Hant", "能不能直接打給我，打字講不清楚啦", Intent.OPT_OUT),
    ],
)
def test_their_look_alikes_stay_as_they_were_v98(language: str, text: str, intent: Intent) -> None:
    """(A social worker who will speak for the debtor, 我個社工會代我同你哋傾, was one until v125
    read it as representation, as the convention on advisers does: test_lexicons_v125_blind101.)"""
    assert not lexicon_said(text, language, intent), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hant", "夭壽骨 閣敲一擺電話來 你就知死"),
        ("zh_Hant", "夭壽喔，閣敲一擺電話來你就知死"),
    ],
)
def test_a_taiwanese_curse_is_no_warning_sign_v98(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # blind81's and blind83's widows, which both models read as warning signs: the family
        # emergency's match spanned the death and hid relative_died_v16's figure
        (
            "en",
            "My wife passed away in March after a long illness and I've been left to sort out "
            "everything on my own, the funeral, the house, and now this account I never knew about."
            " I honestly cannot pay it right now.",
        ),
    ],
)
def test_a_death_after_an_illness_is_no_warning_sign_v98(language: str, text: str) -> None:
    reading = read(text, language)
    assert Intent.SELF_HARM_RISK not in reading.signals
    assert reading.reason is not None
    assert reading.reason.value == "bereavement"
