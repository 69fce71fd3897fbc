"""Lexicons v72, fitted on blind64 (a twelfth representative month, no theme) after its one run,
in other words than blind64's: its safety misses as families — not wanting to burden the family
any more (the warning sign, not its negation), belongings divided up for the family, a visit or a
call forbidden on pain of harm or of a complaint, contact sent through a lawyer named or a debt
adviser running a plan, calls to this number stopped, the pursuit stopped after a bankruptcy, and
an account denied as not the debtor's."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_kept_beside, assert_read_in_words, lexicon_said, read


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "我真的不愿意再拖累老婆孩子了", Intent.SELF_HARM_RISK),
        ("zh_Hant", "我唔想再做屋企人嘅負擔", Intent.SELF_HARM_RISK),
        ("zh_Hans", "别再往我这里打了，我不认识这个人", Intent.OPT_OUT),
        (
            "en",
            "i'm tired of the texts at midnight. do that again and i'll complain to the ombudsman",
            Intent.OPT_OUT,
        ),
        ("en", "I've got a debt management plan with PayPlan now", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_blind64s_safety_misses_in_other_words_v72(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v72")


def test_belongings_divided_up_for_the_family_are_a_warning_sign_v72() -> None:
    for text, language in (
        ("我啲嘢都分好俾啲仔女，你哋唔使再打嚟", "zh_Hant"),
        ("我的东西都分好给孩子们了", "zh_Hans"),
    ):
        assert lexicon_said(text, language, Intent.SELF_HARM_RISK), text


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        (
            "en",
            "if any of your collectors comes to my house again I'll send him to A&E",
            Intent.ABUSE,
        ),
        # the pursuit stopped: v1's stop_chasing gained 停止追收 and its kin in v72
        ("zh_Hant", "法院已經判咗我破產，請停止一切追收", Intent.BANKRUPTCY),
        ("zh_Hans", "你们敢去我爸妈家闹试试，我让你们吃不了兜着走", Intent.ABUSE),
        ("zh_Hant", "再打去我老婆公司，我搵人上你公司", Intent.ABUSE),
        ("zh_Hans", "我已经委托了律师，后续请与李律师联系", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "我已委託律師，以後請透過律師聯絡", Intent.LEGAL_REPRESENTATION),
        ("zh_Hans", "我找了债务顾问，你们直接跟他对接就可以", Intent.LEGAL_REPRESENTATION),
        (
            "en",
            "all correspondence should go via Boateng & Partners, my solicitors",
            Intent.LEGAL_REPRESENTATION,
        ),
        (
            "en",
            "I'm on a debt management plan through StepChange, please deal with them",
            Intent.LEGAL_REPRESENTATION,
        ),
    ],
)
def test_the_opt_out_is_kept_beside_v72(language: str, text: str, intent: Intent) -> None:
    assert_kept_beside(text, language, intent, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [("zh_Hant", "我講過好多次，呢個唔係我嘅帳戶"), ("zh_Hans", "说了多少遍了，那不是我的帐户")],
)
def test_an_account_denied_is_not_mine_v72(language: str, text: str) -> None:
    assert lexicon_said(text, language, Intent.DISPUTE_NOT_MINE), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my dad had a fall last week and they put him in hospital"),
        ("en", "the doctor said she'll put me in hospital if my blood pressure stays up"),
        ("zh_Hans", "我不想再麻烦你们打电话了，这周五就还"),
    ],
)
def test_look_alikes_v72(language: str, text: str) -> None:
    signals = read(text, language).signals
    assert Intent.ABUSE not in signals, text
    assert Intent.SELF_HARM_RISK not in signals, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "text me one more time and I'll come round and sort you out"),
        ("zh_Hans", "再打来我就去你们那边砍人"),
    ],
)
def test_the_threat_beside_its_condition_is_abuse_v72(language: str, text: str) -> None:
    assert lexicon_said(text, language, Intent.ABUSE), text
    assert_kept_beside(text, language, Intent.ABUSE, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "call me again on monday and I'll sort it out myself"),
        ("zh_Hant", "我上去你哋公司交錢得唔得"),
    ],
)
def test_sorting_it_out_and_going_to_pay_are_no_threats_v72(language: str, text: str) -> None:
    assert Intent.ABUSE not in read(text, language).signals, text
