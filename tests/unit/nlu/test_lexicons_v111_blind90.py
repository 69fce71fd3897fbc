"""Lexicons v111, fitted on blind90's safety misses after its one run: contact made the condition
of a warning sign, or waved off beside one, is an opt-out (v107's family beside a warning sign
too; "don't bother ringing"); contact sent to the one acting for the debtor (有咩就同佢哋講,
請用email聯絡他) counts beside a representation; warning signs in a lethal amount known, an
apology passed to a child, passwords left for a relative, no chance later to give a present, a
crash "and be done with it"; a Hinglish dispute, figures that differ by the person, charges
called a scandal; an order gone through an adviser, a Spanish abogado, a referral to debt
counselling; the stop "you gotta stop" after a bankruptcy; 人工 by its initials (rg); a threat of a
bag over the head. Kept out: "I'm DEAD 💀", away for a counted while, a Cantonese denial."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent, Period
from tests.unit.nlu.support import (
    assert_figure,
    assert_kept_beside,
    assert_not_said_by,
    assert_read_in_words,
    read,
    read_as_figure_of_speech,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "别再给我打电话了，下个月我人就不在了"),
        ("zh_Hant", "唔使再寄信嚟，過咗今晚我就唔喺度"),
        ("en", "No point calling me anymore, I won't be around after this weekend"),
        ("en", "I've counted out the pills. don't bother texting me again"),
    ],
)
def test_contact_refused_beside_a_warning_sign_is_an_opt_out_v111(language: str, text: str) -> None:
    assert_kept_beside(text, language, Intent.SELF_HARM_RISK, Intent.OPT_OUT)


@pytest.mark.parametrize(
    "text",
    [
        "don't bother calling, I'll pay Friday",
        "no need to ring, paid it this morning",
    ],
)
def test_contact_waved_off_alone_is_no_opt_out_v111(text: str) -> None:
    assert_not_said_by(text, "en", "dont_bother_contacting_v111")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hant", "我嘅律師會處理，有咩就同佢講"),
        ("zh_Hans", "法援律师已经接手了，有事直接找他们"),
        ("zh_Hant", "已經委託律師事務所，請透過電郵聯絡他們"),
    ],
)
def test_contact_sent_to_the_one_acting_is_an_opt_out_v111(language: str, text: str) -> None:
    assert_kept_beside(text, language, Intent.LEGAL_REPRESENTATION, Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "你们找的是我哥，请联系他"),
        ("zh_Hant", "有咩就同佢哋講，我哋一家人會一齊諗辦法"),
    ],
)
def test_contact_sent_on_without_anyone_acting_is_no_opt_out_v111(language: str, text: str) -> None:
    assert_not_said_by(text, language, "beside_a_representative_v111")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "麻烦你们跟我儿子说一声，妈对不起他"),
        ("zh_Hant", "麻煩你同我老婆講一聲，我對唔住佢"),
        ("zh_Hans", "银行卡密码我写在抽屉里了，我老婆会找到"),
        ("zh_Hant", "提款卡密碼我留咗喺枱面，阿妹會搵到"),
        ("en", "my passwords are in the drawer, my daughter will know where"),
        ("zh_Hans", "我把给女儿的礼物先寄回去了，以后没机会陪她了"),
        ("zh_Hant", "揸緊的士都諗住撞埋去算數"),
        ("zh_Hans", "送外卖的时候总想往前面那辆大车底下一钻算了"),
    ],
)
def test_warning_signs_of_blind90_are_read_in_words_v111(language: str, text: str) -> None:
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, "_v111")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "帮我跟我老婆说一声，我今天晚点到家"),
        ("zh_Hans", "我的密码写在本子上了，等下发你验证码"),
        ("zh_Hant", "這個優惠以後沒機會了嗎？"),
        ("zh_Hans", "昨天倒车的时候撞上去了，修车花了两千"),
    ],
)
def test_their_look_alikes_are_no_warning_sign_v111(language: str, text: str) -> None:
    assert_not_said_by(text, language, "_v111")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Bhai ye 80,000 kaise ho gaya, maine sirf 50k liya tha", Intent.DISPUTE_AMOUNT),
        ("Every person I call gives me a different balance", Intent.DISPUTE_AMOUNT),
        ("two different amounts from two different agents, which is it", Intent.DISPUTE_AMOUNT),
        ("these late fees are scandalous", Intent.DISPUTE_AMOUNT),
        ("mi abogada will call you, she handles it now", Intent.LEGAL_REPRESENTATION),
    ],
)
def test_what_blind90_said_in_english_is_read_in_words_v111(text: str, intent: Intent) -> None:
    assert_read_in_words(text, "en", intent)


def test_an_order_through_an_adviser_keeps_bankruptcy_and_the_adviser_v111() -> None:
    text = "I got an IVA through StepChange in March, yours is included"
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.LEGAL_REPRESENTATION)


def test_the_stop_demanded_after_a_bankruptcy_is_an_opt_out_v111() -> None:
    text = "Chapter 13 was filed Friday, there's an automatic stay. You need to stop."
    assert_kept_beside(text, "en", Intent.BANKRUPTCY, Intent.OPT_OUT)
    assert Intent.OPT_OUT not in read("you need to stop charging me interest", "en").signals


@pytest.mark.parametrize("text", ["rg", "rg！！rg", "转rg", "要rg！"])
def test_a_person_asked_for_by_initials_v111(text: str) -> None:
    assert read(text, "zh_Hans").intent is Intent.REQUEST_HUMAN


def test_someone_in_text_speak_v111() -> None:
    assert_read_in_words("cant type well. cn sum1 ring me", "en", Intent.REQUEST_HUMAN)


def test_a_bag_over_the_head_threatened_makes_its_condition_an_opt_out_v111() -> None:
    text = "再打嚟我公司，你哋個催收員就等住俾人套麻袋"
    assert_read_in_words(text, "zh_Hant", Intent.ABUSE, "_v111")
    reading = read(text, "zh_Hant")
    assert reading.intent is Intent.ABUSE, reading
    assert Intent.OPT_OUT in reading.signals
    assert Intent.REQUEST_HUMAN not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "entry"),
    [
        ("en", "I'm dead 😂 the letter called me madam. I'll pay Friday", "_v106"),
        ("en", "off to sea, won't be around for three weeks, will pay when I'm back", "_v106"),
        ("zh_Hant", "放心，我冇諗住去死，淨係真係冇錢", "_v72"),
    ],
)
def test_figures_of_speech_keep_a_warning_sign_out_v111(
    language: str, text: str, entry: str
) -> None:
    # (v106's and v72's entries, widened in v111)
    reading = read_as_figure_of_speech(text, language, entry)
    assert Intent.SELF_HARM_RISK not in reading.signals, reading


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around for much longer, sorry",
        "won't be around for Christmas. tell my boys I love them",
    ],
)
def test_not_being_around_uncounted_stays_a_warning_sign_v111(text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, "en").signals


@pytest.mark.parametrize(
    ("text", "amount", "currency", "per"),
    [
        ("I'll transfer 200 euro on the 1st", "200", "EUR", Period.ONCE),
        ("can I pay 500 riyals monthly only", "500", "SAR", Period.MONTH),
        ("QR 1,200 a month is what I can do", "1200", "QAR", Period.MONTH),
    ],
)
def test_the_euro_and_the_riyal_v111(text: str, amount: str, currency: str, per: Period) -> None:
    assert_figure(text, "en", amount, currency, per)
