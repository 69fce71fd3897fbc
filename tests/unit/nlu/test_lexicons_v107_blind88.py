"""Lexicons v107, fitted on blind88's safety misses after its one run, in other words: contact made
the condition of a threat is an opt-out beside whatever threat is read (``Entry.beside``, the
lexicons' or a model's), contact refused in Geordie, Scots and Afrikaans, put off from a hospital
ward, letters refused for a while, calls to a place refused (别再往店里打了) and in Hokkien (莫擱傳),
the creditor sent to a relative about what is left (Speak to our Kelly; 钱找我爸妈要), contact sent
on to an agency; warning signs told by a poison looked at for days and a note left with a charge
to look after a child; a person asked for ("anyone I can actually speak to"); denials in a double
negative and in Saint Lucian Creole; an attorney in Afrikaans and a counsellor who talks the plan
over for the debtor. And the figures blind88's ordinary messages were read through: a stranger's
suicide in the news or the neighbourhood asked about, a whole life lived somewhere, a last message
taken back, Afrikaans' "die", a relative's funeral."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Cue, Intent, Interpretation
from negotiator.nlu.resolution import counted_beside
from tests.unit.nlu.support import (
    assert_kept_beside,
    assert_read_in_words,
    interpreter,
    lexicon_said,
    read,
    read_as_figure_of_speech,
)

THREATS_CONDITIONED_ON_CONTACT = [
    ("en", "one more knock on my mum's door and I'll put you through the window"),
    ("en", "text my daughter again and I'll come find you"),
    ("zh_Hans", "再给我爸打一个电话试试，我整死你们"),
    ("zh_Hans", "你丫再催一句试试，我掀了你们桌子"),
    ("zh_Hant", "你哋夠膽再上門，我就放狗咬你哋"),
    ("zh_Hant", "恁擱敲電話去阮阿母遐，我就去恁公司放火"),
]


@pytest.mark.parametrize(("language", "text"), THREATS_CONDITIONED_ON_CONTACT)
def test_contact_made_a_threats_condition_is_an_opt_out_beside_it_v107(
    language: str, text: str
) -> None:
    reading = read(text, language)
    assert reading.intent is Intent.ABUSE, reading
    assert Intent.OPT_OUT in reading.signals, reading
    assert any(c.rule.endswith("contact_made_a_threats_condition_v107") for c in reading.cues)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the same conditions with no threat: nothing asks the contact to stop
        ("en", "keep texting me the reminders please, I forget otherwise"),
        ("en", "one more letter came today, what's the balance now?"),
        ("zh_Hans", "我明天再打电话给你们，你们这群骗子"),  # the writer's own call
        ("zh_Hans", "你们再发一次还款链接给我吧"),
    ],
)
def test_the_condition_alone_asks_nothing_v107(language: str, text: str) -> None:
    assert not lexicon_said(text, language, Intent.OPT_OUT), text


def test_a_threat_only_a_model_reads_still_makes_the_contact_an_opt_out_v107() -> None:
    rule = "zh_Hans.opt_out.contact_made_a_threats_condition_v107"
    waiting = interpreter().matcher.waiting
    assert rule in waiting
    condition = Cue(Intent.OPT_OUT.value, "再给我老妈打一个电话", rule, "alone")
    by_model = Cue(Intent.ABUSE.value, "next: opt_out(0.48)", "meaning:abuse(0.51)")
    reading = Interpretation(
        "再给我老妈打一个电话试试，我整死你信不信",
        "zh_Hans",
        Intent.ABUSE,
        (Intent.ABUSE,),
        None,
        None,
        None,
        0.41,
        (condition, by_model),
    )
    counted = counted_beside(reading, waiting)
    assert counted.intent is Intent.ABUSE
    assert counted.signals == (Intent.OPT_OUT, Intent.ABUSE)
    assert counted.cues[0].suppressed is None
    # without a threat the match keeps waiting, and blocks no model from reading an opt-out
    alone = Interpretation(
        "再打", "zh_Hans", Intent.UNKNOWN, (), None, None, None, 0.0, (condition,)
    )
    assert counted_beside(alone, waiting) is alone


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "divvent be textin us at the yard, me boss reads me phone", Intent.OPT_OUT),
        (
            "en",
            "I'm in the Infirmary, please hold off calling me till I'm discharged",
            Intent.OPT_OUT,
        ),
        ("en", "Please, no more letters to this address for a while.", Intent.OPT_OUT),
        ("en", "Moenie my weer bel nie, asseblief.", Intent.OPT_OUT),
        ("zh_Hans", "这是公司前台的电话，别再往前台打了", Intent.OPT_OUT),
        ("zh_Hant", "阮厝內咧辦代誌，拜託莫擱敲電話來", Intent.OPT_OUT),
        ("zh_Hant", "之後請聯絡信用輔導中心，他們會處理", Intent.OPT_OUT),
        (
            "en",
            "Is there anybody I could really talk to about a payment plan?",
            Intent.REQUEST_HUMAN,
        ),
        ("en", "I ain't never borrowed nothin from y'all", Intent.DISPUTE_NOT_MINE),
        ("en", "Mwen pa janmen pran okenn loan with that bank", Intent.DISPUTE_NOT_MINE),
        ("en", "Praat met my prokureur oor die rekening.", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "社工會代我同你哋傾分期", Intent.LEGAL_REPRESENTATION),
        ("zh_Hant", "床頭那瓶百草枯我已經盯了好幾天", Intent.SELF_HARM_RISK),
        ("zh_Hans", "我老公出门前留下张纸条，说好好照顾女儿，电话打不通", Intent.SELF_HARM_RISK),
    ],
)
def test_blind88s_safety_misses_in_other_words_v107(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v107")


def test_scots_dont_and_before_v107() -> None:
    # (spellings: dinna, afore) "don't phone" is stop_contact's
    assert lexicon_said("Dinna phone afore eight, I'm on the nightshift", "en", Intent.OPT_OUT)
    assert lexicon_said("sayin we'd aw be better aff wi'oot him", "en", Intent.SELF_HARM_RISK)


def test_the_creditor_sent_to_a_relative_about_whats_left_keeps_the_warning_sign_v107() -> None:
    assert_kept_beside(
        "Won't be around after Sunday. Talk to our Gary about whatever's left, he has the keys.",
        "en",
        Intent.SELF_HARM_RISK,
        Intent.OPT_OUT,
    )
    assert_kept_beside(
        "我已经想好了，今晚就走，欠的钱找我哥要吧", "zh_Hans", Intent.SELF_HARM_RISK, Intent.OPT_OUT
    )
    assert not lexicon_said("I'll talk to my wife about the rest", "en", Intent.OPT_OUT)


@pytest.mark.parametrize(
    ("language", "text", "entry"),
    [
        # (v106's entries, widened in v107, and v107's own)
        ("zh_Hans", "网上看到有个大学生被网贷逼得自杀了，你们也会这样催吗？", "in_the_news_v106"),
        ("zh_Hans", "我们楼里上个月有人跳楼了，听说是欠了网贷，你们会上门吗？", "in_the_news_v106"),
        ("zh_Hant", "睇到新聞話有個阿伯因為欠債跳樓，你哋會唔會咁逼人？", "in_the_news_v106"),
        (
            "en",
            "Saw on the telly a lad killed himself over loan apps. You lot don't do that, right?",
            "figures_of_speech_v106",
        ),
        (
            "en",
            "I've worked in this town my whole life and never borrowed from a firm like yours",
            "figures_of_speech_v106",
        ),
        ("en", "ignore my last message, wrong chat", "figures_of_speech_v106"),
        ("en", "Ek wil net die bedrag weet, nie die hele storie nie", "figures_of_speech_v106"),
        ("zh_Hans", "我妈上周走了，这几天一直在忙后事，月底再说吧", "a_relatives_funeral_v107"),
    ],
)
def test_blind88s_figures_of_speech_v107(language: str, text: str, entry: str) -> None:
    reading = read_as_figure_of_speech(text, language, entry)
    assert Intent.SELF_HARM_RISK not in reading.signals, reading


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh_Hans", "新闻里有个人被催收逼得跳楼，我现在也想跳"),
        ("zh_Hans", "我妈走了，办完后事我也不想活了"),
        ("en", "ignore my last message, I'm just so tired of living"),
    ],
)
def test_warning_signs_beside_blind88s_figures_stay_v107(language: str, text: str) -> None:
    assert Intent.SELF_HARM_RISK in read(text, language).signals, text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # contact refused in words, which only the models read before (the condition of a threat
        # is longer, and hid them until a waiting match was made to hide nothing)
        ("zh_Hans", "别再派人上门了，楼里的人都在看"),
        ("zh_Hant", "唔准再打去我阿媽度，佢有心臟病"),
        ("zh_Hant", "請不要再用Messenger找我，這是工作用的"),
        ("zh_Hans", "你们别再往我单位寄催收函了"),
        ("en", "Never ring my mum's landline again"),
    ],
)
def test_contact_refused_in_words_beside_a_waiting_condition_v107(language: str, text: str) -> None:
    assert lexicon_said(text, language, Intent.OPT_OUT), text


def test_a_waiting_condition_hides_no_other_match_v107() -> None:
    hits = interpreter().matcher.find(interpreter().normalize("别再往我老家寄信了"))
    rules = {hit.rule.rule_id for hit in hits}
    # the condition (再往我老家寄) is longer than 别再 but hides nothing; inside the longer refusal
    # of its own intent it adds nothing either
    assert rules == {"zh_Hans.opt_out.dont_call_there_again_v107"}
    assert not lexicon_said("不要再往里面投钱了", "zh_Hans", Intent.OPT_OUT)  # no contact
