"""Lexicons v56, fitted on blind53 (a representative week of ordinary messages, no theme) after its
one run, in other words than blind53's: its nine safety misses as families (wanting to be with a
dead husband "rather" than go on, 结束一切, a wheel turned on the motorway, payments left out of
the collector's record, a settlement agreed and the full balance still shown, charges called made
up, a dare to call a workplace beside a threat, a relative's loan sent back to them); then the rest
(a balance asked in few words, a breakdown asked for, a credit record's clearing asked about, a
relief scheme asked about, "take it or leave it", "nope, not doing …", a caller described, a loan
shark's threat told)."""

from __future__ import annotations

import pytest

from negotiator.nlu.interpretation import Intent
from tests.unit.nlu.support import assert_read_in_words, read, read_as_figure_of_speech


@pytest.mark.parametrize(
    ("language", "text", "suffix"),
    [
        (
            "en",
            "my wife passed last spring. honestly I'd rather be with her than keep fighting this",
            "_v34",
        ),
        ("zh_Hans", "这些债我还不完了，不如把一切都结束", "want_to_die"),
        ("zh_Hant", "夜晚揸車返屋企，成日諗方向盤一扭就算", "want_to_die"),
    ],
)
def test_blind53s_warning_signs_in_other_words_v56(language: str, text: str, suffix: str) -> None:
    # the families these extend are older: join_the_dead_v34, want_to_die
    assert_read_in_words(text, language, Intent.SELF_HARM_RISK, suffix)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "I paid ten times but your records only show eight", Intent.DISPUTE_AMOUNT),
        (
            "en",
            "we settled at 900 in June and your letter is still showing the full balance",
            Intent.DISPUTE_AMOUNT,
        ),
        ("en", "these 'legal fees' are totally made up", Intent.DISPUTE_AMOUNT),
        ("en", "I'm not paying a cent of those charges", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "说好了七折结清，为什么账单上还是全额？", Intent.DISPUTE_AMOUNT),
        ("zh_Hans", "这是我前夫借的钱，你们去催他", Intent.DISPUTE_NOT_MINE),
    ],
)
def test_blind53s_safety_misses_in_other_words_v56(
    language: str, text: str, intent: Intent
) -> None:
    assert_read_in_words(text, language, intent, "_v56")


def test_a_dare_to_call_a_workplace_beside_a_threat_is_abuse_with_an_opt_out_v56() -> None:
    reading = read("再敢打去我公司，我就上门砸了你们", "zh_Hans")

    assert reading.intent is Intent.ABUSE
    assert Intent.OPT_OUT in reading.signals


def test_a_debt_paid_off_is_no_end_of_everything_v56() -> None:
    reading = read("终于还清了，一切都结束了，谢谢", "zh_Hans")

    assert Intent.SELF_HARM_RISK not in reading.signals


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hans", "还差多少就结清了？", Intent.ASK_BALANCE),
        ("zh_Hans", "还有多少没还？", Intent.ASK_BALANCE),
        ("zh_Hant", "仲係咪 2,180？", Intent.ASK_BALANCE),
        ("zh_Hans", "麻烦发一下最新的账单明细给我", Intent.ASK_BALANCE),
        ("zh_Hans", "结清以后征信记录多久会更新？", Intent.ASK_QUESTION),
        ("zh_Hans", "疫情影响的话有没有减免方案？", Intent.ASK_QUESTION),
        ("en", "are there any hardship schemes for carers?", Intent.ASK_QUESTION),
        ("en", "nah, not signing up for 300 a week", Intent.DECLINE),
        ("en", "250 now, that's it, take it or leave it", Intent.COUNTER_OFFER),
    ],
)
def test_blind53s_other_misses_in_other_words_v56(language: str, text: str, intent: Intent) -> None:
    assert_read_in_words(
        text, language, intent, "_v56" if intent is not Intent.COUNTER_OFFER else ""
    )
    assert read(text, language).intent is intent


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("zh_Hant", "我老公話要搵人打嗰個一直打嚟嘅人，我叫咗佢唔好，錢我月底還", Intent.OPT_OUT),
        ("zh_Hans", "高利贷那边威胁说要泼油漆，所以这个月只能还一千", Intent.ABUSE),
    ],
)
def test_someone_elses_threat_or_a_caller_described_v56(
    language: str, text: str, intent: Intent
) -> None:
    reading = read_as_figure_of_speech(text, language, "_v56")

    assert intent not in reading.signals
