"""Lexicons v84, fitted on blind72's safety misses after its one run, in other words than
blind72's: contact sent to a lawyer, a legal aid service or an adviser (the Chinese
`representative` slot), an adviser negotiating for the debtor, a lawyer's letter asked after, the
debtor kept out of it, a contact as the condition of a threat, the contacts told off in one
breath, two figures from the creditor that disagree, a namesake, a town never lived in, thoughts
that keep coming, things given away one to each person, and being gone before the instalment;
with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "you rang my dad at work. keep him out of this, and keep me out of it too",
            Intent.OPT_OUT,
        ),
        ("en", "leave us out of it, we've got nothing to do with his loans", Intent.OPT_OUT),
        (
            "en",
            "if one more reminder lands at 6am I'm reporting you to the ombudsman",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "If another of your calls wakes the twins I will come down to your office",
            Intent.OPT_OUT,
        ),
        ("en", "enough with the reminders, I've heard you", Intent.OPT_OUT),
        ("en", "piss off with your constant calls", Intent.OPT_OUT),
        (
            "en",
            "Statement said 640, your bot said 720 this morning. which is it",
            Intent.DISPUTE_AMOUNT,
        ),
        (
            "en",
            "I'm Sarah Khan but not the Sarah Khan you want, my date of birth is 1988",
            Intent.DISPUTE_NOT_MINE,
        ),
        ("en", "I have never lived at that address", Intent.DISPUTE_NOT_MINE),
        ("en", "never lived in Glasgow in my life mate", Intent.DISPUTE_NOT_MINE),
        (
            "en",
            "StepChange are helping me draw up a plan, please wait for them",
            Intent.LEGAL_REPRESENTATION,
        ),
        (
            "en",
            "been having dark thoughts most nights, I don't know who else to tell",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "I keep thinking silly things lately, not sleeping", Intent.SELF_HARM_RISK),
        (
            "en",
            "gave my xbox to my cousin and my bikes to the lad next door. won't need them anymore",
            Intent.SELF_HARM_RISK,
        ),
        ("en", "Gave my telly to my neighbour and my watch to my brother", Intent.SELF_HARM_RISK),
        ("zh_Hans", "有问题麻烦找我的代理人谈", Intent.OPT_OUT),
        ("zh_Hant", "今後請與本人的律師事務所聯絡", Intent.OPT_OUT),
        ("zh_Hans", "律师在跟进这件事，文件她会寄过去。有疑问请直接问她", Intent.OPT_OUT),
        ("zh_Hans", "我没做过担保，别找我", Intent.OPT_OUT),
        ("zh_Hans", "敢去我爸妈家，我让你们横着出来", Intent.OPT_OUT),
        ("zh_Hans", "你们再敢来我公司，我让你们躺着出来", Intent.ABUSE),
        ("zh_Hans", "债务协商机构会帮我同各家银行谈", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "律師信你哋收到未？", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "如果欠債嘅人走咗，筆數點計？我講緊我自己", Intent.SELF_HARM_RISK),
        ("zh_Hans", "下个月那期我应该不用还了，人都不在了还还什么", Intent.SELF_HARM_RISK),
    ],
)
def test_blind72s_safety_misses_in_other_words_v84(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I keep thinking bad things will happen to my credit score", Intent.SELF_HARM_RISK),
        (
            "en",
            "if one more reminder comes before payday I'll find the money somehow",
            Intent.OPT_OUT,
        ),
        ("en", "leave it out, mate, I'll pay Friday", Intent.OPT_OUT),
        ("en", "I've never lived in such fear of the post", Intent.DISPUTE_NOT_MINE),
        ("en", "stop with the excuses, I'll pay 50 now", Intent.OPT_OUT),
        ("zh_Hans", "有问题我会问我的律师", Intent.OPT_OUT),
        ("zh_Hans", "请问律师费要我出吗", Intent.OPT_OUT),
        ("zh_Hans", "以后找律师也没用", Intent.OPT_OUT),
        ("zh_Hans", "我会跟律师沟通一下再回复你们", Intent.OPT_OUT),
        ("zh_Hans", "我爸人都不在了还还什么，这是他的债", Intent.SELF_HARM_RISK),
        ("zh_Hans", "如果欠钱的人走了，家属要还吗？", Intent.SELF_HARM_RISK),
        ("zh_Hans", "律师函我收到了，下周还", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "你们再去我家，我就报警", Intent.ABUSE),
    ],
)
def test_their_look_alikes_stay_as_they_were_v84(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "以后有什么事请直接联系我的律师行"),
        ("zh_Hant", "現在有律師幫我處理，相關文件她會寄給你們。有問題請直接問她"),
    ],
)
def test_contact_sent_to_the_lawyer_keeps_the_lawyer_v84(language: str, text: str) -> None:
    # the request is matched beside the lawyer's own cue, not over it: the representation keeps
    # the intent and the opt-out is kept beside it
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)
