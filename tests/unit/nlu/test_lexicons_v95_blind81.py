"""Lexicons v95, fitted on blind81's ten safety misses after its one run, in other words than
blind81's: Scots ("dinnae ring ma hoose"); a complaint as the price of one more letter; anyone at the
door again as a threat's condition; a trustee named, "so you will have to speak to them"; a
paralegal retained, letters to the representative's office; a charge for damage that was there already, or never caused; a method looked up
online with the day undecided; Taiwan's debt-relief associations acting for the debtor; one more
message dared (試吓); not to be found tomorrow and no need to look. Also kept out: a goodbye to a
night shift, work on a bridge, a parent's death with no "my", a dog given away for want of room,
laundry on a roof, which blind81's first run read as warning signs; with the look-alikes that must
stay as they were."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "dinnae ring ma hoose efter six, the bairns are sleepin", Intent.OPT_OUT),
        (
            "en",
            "if I receive another letter like this I'll be reporting you to the FCA",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "I'm in a trust deed now. My trustee is with a firm in Glasgow, so you will have to speak to them",
            Intent.OPT_OUT,
        ),
        (
            "en",
            "We have retained a licensed paralegal to handle the account",
            Intent.LEGAL_REPRESENTATION,
        ),
        ("en", "letters go to my solicitor's office from now on", Intent.OPT_OUT),
        (
            "en",
            "you've billed me for a dent that was already there when I collected it",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "not paying for damage we never caused", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "网上已经查好了办法，就是还没决定哪天", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我请了卡债协会帮我跟银行谈", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "要是明天你们联系不上我，就别找了", Intent.SELF_HARM_RISK),
        ("en", "if anyone shows up at my flat again they'll regret it", Intent.OPT_OUT),
        ("zh_Hant", "你哋再send多封信嚟睇吓，我即刻搵人", Intent.OPT_OUT),
    ],
)
def test_blind81s_safety_misses_in_other_words_v95(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I have no phone here, email me", Intent.OPT_OUT),
        ("en", "payments go to her office on Fridays", Intent.OPT_OUT),
        ("en", "if I receive another letter I'll pay it straight away", Intent.OPT_OUT),
        ("zh_Hans", "网上查好了还款方法，明天就转", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我在犹豫哪天去还款比较好", Intent.SELF_HARM_RISK),
        ("zh_Hans", "如果明天联系不上我，就打我老婆电话", Intent.SELF_HARM_RISK),
        (
            "en",
            "the scratch on the bumper was there already, I'll pay the rest though",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "Mam passed her driving test on Friday, so I'll pay Monday", Intent.SELF_HARM_RISK),
    ],
)
def test_their_look_alikes_stay_as_they_were_v95(language: str, text: str, intent: Intent) -> None:
    assert not lexicon_said(text, language, intent), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Final goodbye to the night shift tonight! New job starts Monday and my first pay lands on the 15th, so I'll send you £300 then.",
        ),
        (
            "en",
            "Contract on the Harbour Bridge repaint wrapped up three weeks early so I'm out of work till the next job comes through. Money's real tight till then.",
        ),
        (
            "en",
            "Mam died a fortnight ago and I've been paying for the funeral. I just can't pay this on top at the moment.",
        ),
        ("zh_Hans", "今天把狗送给乡下亲戚养了，城里房子太小养不开。钱这周日肯定转"),
        ("zh_Hant", "我喺天台晾緊衫，等陣落返屋企先轉俾你，今晚之內"),
    ],
)
def test_blind81s_false_warning_signs_are_read_as_ordinary_v95(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK not in read(text, language).signals
