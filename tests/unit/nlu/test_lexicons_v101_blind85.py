"""Lexicons v101, fitted on blind85's twenty safety misses after its one run, in other words than
blind85's. Opt-outs: contact sent on, in Wu and Gan (你们寻渠讲) and Taiwanese Hokkien (恁去揣伊), in
written style (请勿直接与我联系, 日後請逕與律師事務所聯絡, 所有帳務請透過律師處理, 諸君勿再來函), with 都 before the
verb (以後的事情都找他) and a bare last "Talk to them." after a representative; threats whose
condition is more contact with a broken leg or a fight to the death as the harm (再敢给俺娘打电话, 再搞我
老婆) and Hokkien's 閣敲來 before 去恁公司揣恁算數; "quit hittin my phone". Warning signs: the care of
the family entrusted for the time after (说以后照顾好闺女); no chance ever again to see to anything
(亦無機會再處理任何事務); the affairs after one's death entrusted (身後諸事已託同鄉料理); "I shan't be a
burden to anybody much longer". A request for "officer" with no article; a debt management plan
set up by StepChange; something wrong with the interest (利息有问题); 法律顾问 acting for the debtor.
Northern 俺 is read as 我. With the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我舅舅是律师，这桩事体渠来处理，侬寻渠讲", Intent.OPT_OUT),
        ("zh_Hans", "我弟是律师，你们去寻渠", Intent.OPT_OUT),
        ("zh_Hant", "阮小弟是律師，恁揣伊", Intent.OPT_OUT),
        ("zh_Hans", "本人已聘请律师，请勿直接与本人联络", Intent.OPT_OUT),
        ("zh_Hant", "已委託律師，請逕與律師聯繫", Intent.OPT_OUT),
        ("zh_Hans", "我请了律师，所有账务请经由律师处理", Intent.OPT_OUT),
        ("zh_Hant", "此事已交舍弟，勿再來信", Intent.OPT_OUT),
        ("zh_Hans", "以后的事情都找他们", Intent.OPT_OUT),
        ("en", "Legal Aid is representing me now. Deal with them.", Intent.OPT_OUT),
        ("zh_Hans", "再敢给俺爹打电话，我把你们腿打断", Intent.OPT_OUT),
        ("zh_Hant", "再搞我阿媽，我同你哋拼命", Intent.OPT_OUT),
        ("zh_Hant", "閣敲來，我就去恁公司揣恁", Intent.OPT_OUT),
        ("en", "stop hitting my phone at work", Intent.OPT_OUT),
        ("zh_Hans", "他昨晚交代我以后照顾好儿子，现在人联系不上", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我以後再也無機會再處理任何事情了", Intent.SELF_HARM_RISK),
        ("zh_Hans", "身后之事已托付给表哥", Intent.SELF_HARM_RISK),
        ("en", "I shan't be a bother to anyone much longer", Intent.SELF_HARM_RISK),
        ("en", "Please may I talk to officer in charge", Intent.REQUEST_HUMAN),
        (
            "en",
            "I went to National Debtline and they are arranging a debt management plan",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("zh_Hans", "你们这个手续费有猫腻", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "我的法律顾问会跟进这件事", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_blind85s_safety_misses_in_other_words_v101(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "通过什么渠道还款比较方便", Intent.OPT_OUT),
        ("zh_Hans", "你们去伊朗出差了吗", Intent.OPT_OUT),
        ("zh_Hans", "再搞错一次账单，我就投诉", Intent.OPT_OUT),
        ("zh_Hans", "我这周没机会再处理这事了，下周吧", Intent.SELF_HARM_RISK),
        ("en", "won't be a burden, I'll pay friday", Intent.SELF_HARM_RISK),
        ("en", "I'm a police officer and I work nights", Intent.REQUEST_HUMAN),
        ("en", "My kids are scared. Talk to them.", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "利息有问题吗？我想问清楚", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "利息没有问题，我下周还", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "公司的法律顾问说你们是正规机构", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_their_look_alikes_stay_as_they_were_v101(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text
