"""Context rules on a frozen clock: window, caps, opt-out, identity gate, amounts, disclosure."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from negotiator.compliance import OutboundContext, Outcome, Recipient
from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.domain.money import Money
from negotiator.domain.policy_sections import ContactRules
from tests.unit.compliance_helpers import a_filter, verified

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
REMINDER_ZH = "温馨提醒：您明天有一期还款，感谢您按计划还款。"
REMINDER_EN = "Reminder: your next payment is due tomorrow. Thank you for keeping to your plan."


def proactive(zone: str, **overrides: object) -> OutboundContext:
    return verified(proactive=True, timezone=zone, **overrides)


def test_a_proactive_reminder_at_2230_in_shanghai_is_deferred_to_0800_next_morning() -> None:
    at = datetime(2026, 11, 22, 22, 30, tzinfo=SHANGHAI)
    verdict = (
        a_filter(at=at).check_outbound(REMINDER_ZH, "zh_Hans", proactive("Asia/Shanghai")).verdict
    )
    assert verdict.outcome is Outcome.DEFER
    assert verdict.not_before == datetime(2026, 11, 23, 8, 0, tzinfo=SHANGHAI)
    assert verdict.rule_ids == ("CN.contact_window",)
    assert "22:30 local is after 08:00-22:00" in verdict.explanation


def test_a_reply_at_2230_in_shanghai_is_allowed() -> None:
    at = datetime(2026, 11, 22, 22, 30, tzinfo=SHANGHAI)
    verdict = a_filter(at=at).check_outbound(REMINDER_ZH, "zh_Hans", verified()).verdict
    assert verdict.outcome is Outcome.ALLOW
    assert verdict.findings == ()


def test_the_window_is_judged_in_the_debtors_zone_not_the_servers() -> None:
    at = datetime(2026, 11, 22, 14, 30, tzinfo=UTC)  # 22:30 in Shanghai, 09:30 in New York
    compliance = a_filter(at=at)
    assert (
        compliance.check_outbound(
            REMINDER_ZH, "zh_Hans", proactive("Asia/Shanghai")
        ).verdict.outcome
        is Outcome.DEFER
    )
    assert (
        compliance.check_outbound(
            REMINDER_ZH, "zh_Hans", proactive("America/New_York")
        ).verdict.outcome
        is Outcome.ALLOW
    )


def test_before_0800_a_proactive_message_waits_for_the_same_mornings_opening() -> None:
    at = datetime(2026, 11, 22, 6, 45, tzinfo=SHANGHAI)
    verdict = (
        a_filter(at=at).check_outbound(REMINDER_ZH, "zh_Hans", proactive("Asia/Shanghai")).verdict
    )
    assert verdict.not_before == datetime(2026, 11, 22, 8, 0, tzinfo=SHANGHAI)


def test_in_the_us_a_proactive_message_at_2105_waits_for_0800() -> None:
    at = datetime(2026, 11, 20, 21, 5, tzinfo=NEW_YORK)
    verdict = (
        a_filter(Jurisdiction.US, at)
        .check_outbound(REMINDER_EN, "en", proactive("America/New_York"))
        .verdict
    )
    assert verdict.outcome is Outcome.DEFER
    assert verdict.not_before == datetime(2026, 11, 21, 8, 0, tzinfo=NEW_YORK)
    assert "FDCPA §805(a)(1)" in verdict.citations[0]


def test_in_the_us_2059_is_still_inside_the_window() -> None:
    at = datetime(2026, 11, 20, 20, 59, tzinfo=NEW_YORK)
    verdict = (
        a_filter(Jurisdiction.US, at)
        .check_outbound(REMINDER_EN, "en", proactive("America/New_York"))
        .verdict
    )
    assert verdict.outcome is Outcome.ALLOW


def test_the_morning_after_the_spring_dst_change_opens_at_0800_local_not_0800_standard_time() -> (
    None
):
    # 8 March 2026, 02:00 EST -> 03:00 EDT. At 01:30 EST the next opening is 08:00 EDT = 12:00 UTC.
    at = datetime(2026, 3, 8, 6, 30, tzinfo=UTC)
    verdict = (
        a_filter(Jurisdiction.US, at)
        .check_outbound(REMINDER_EN, "en", proactive("America/New_York"))
        .verdict
    )
    assert verdict.not_before is not None
    assert verdict.not_before.astimezone(UTC) == datetime(2026, 3, 8, 12, 0, tzinfo=UTC)
    assert verdict.not_before.astimezone(NEW_YORK).time() == time(8, 0)


def test_the_evening_before_the_autumn_dst_change_defers_to_0800_standard_time() -> None:
    # 1 November 2026, 02:00 EDT -> 01:00 EST. 22:00 EDT on 31 October waits for 08:00 EST.
    at = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)  # 22:00 EDT on 31 October
    verdict = (
        a_filter(Jurisdiction.US, at)
        .check_outbound(REMINDER_EN, "en", proactive("America/New_York"))
        .verdict
    )
    assert verdict.not_before is not None
    assert verdict.not_before.astimezone(UTC) == datetime(2026, 11, 1, 13, 0, tzinfo=UTC)


def test_the_uk_window_comes_from_its_pack() -> None:
    at = datetime(2026, 6, 10, 21, 15, tzinfo=LONDON)
    verdict = (
        a_filter(Jurisdiction.UK, at)
        .check_outbound(REMINDER_EN, "en", proactive("Europe/London"))
        .verdict
    )
    assert verdict.outcome is Outcome.DEFER
    assert verdict.not_before == datetime(2026, 6, 11, 8, 0, tzinfo=LONDON)


def test_a_stricter_policy_window_narrows_the_packs() -> None:
    at = datetime(2026, 11, 22, 8, 30, tzinfo=SHANGHAI)  # inside CN's 08:00-22:00
    policy = ContactRules(earliest=time(9, 0), latest=time(20, 0), max_per_day=2, max_per_week=6)
    compliance = a_filter(at=at, policy_contact=policy)
    verdict = compliance.check_outbound(REMINDER_ZH, "zh_Hans", proactive("Asia/Shanghai")).verdict
    assert verdict.not_before == datetime(2026, 11, 22, 9, 0, tzinfo=SHANGHAI)
    assert compliance.limits.max_per_day == 2


def test_the_day_cap_defers_to_the_next_mornings_opening() -> None:
    at = datetime(2026, 11, 22, 15, 0, tzinfo=SHANGHAI)
    sent = tuple(datetime(2026, 11, 22, h, 0, tzinfo=SHANGHAI) for h in (9, 11, 13))
    verdict = (
        a_filter(at=at)
        .check_outbound(REMINDER_ZH, "zh_Hans", proactive("Asia/Shanghai", proactive_sent=sent))
        .verdict
    )
    assert verdict.outcome is Outcome.DEFER
    assert verdict.rule_ids == ("CN.contact_caps",)
    assert verdict.not_before == datetime(2026, 11, 23, 8, 0, tzinfo=SHANGHAI)


def test_the_week_cap_defers_until_the_oldest_message_is_seven_days_old() -> None:
    at = datetime(2026, 11, 22, 10, 0, tzinfo=NEW_YORK)
    sent = tuple(datetime(2026, 11, 15 + d, 12, 0, tzinfo=NEW_YORK) for d in range(7))  # 15th-21st
    verdict = (
        a_filter(Jurisdiction.US, at)
        .check_outbound(REMINDER_EN, "en", proactive("America/New_York", proactive_sent=sent))
        .verdict
    )
    assert verdict.outcome is Outcome.DEFER
    assert verdict.not_before is not None
    assert verdict.not_before.astimezone(NEW_YORK).replace(second=0) == datetime(
        2026, 11, 22, 12, 0, tzinfo=NEW_YORK
    )


def test_replies_do_not_count_against_the_caps() -> None:
    at = datetime(2026, 11, 22, 15, 0, tzinfo=SHANGHAI)
    sent = tuple(datetime(2026, 11, 22, h, 0, tzinfo=SHANGHAI) for h in (9, 11, 13))
    verdict = (
        a_filter(at=at)
        .check_outbound(
            REMINDER_ZH, "zh_Hans", verified(timezone="Asia/Shanghai", proactive_sent=sent)
        )
        .verdict
    )
    assert verdict.outcome is Outcome.ALLOW


def test_a_proactive_message_without_the_debtors_zone_is_blocked() -> None:
    verdict = a_filter().check_outbound(REMINDER_EN, "en", verified(proactive=True)).verdict
    assert verdict.outcome is Outcome.BLOCK
    assert "time zone is unknown" in verdict.explanation


def test_after_an_opt_out_only_the_confirmation_may_go() -> None:
    compliance = a_filter()
    again = compliance.check_outbound(
        "Would you like to look at a plan?", "en", verified(opted_out=True)
    ).verdict
    confirmation = compliance.check_outbound(
        "You've asked us to stop, so we will not send any more messages.",
        "en",
        verified(opted_out=True, opt_out_confirmation=True),
    ).verdict
    assert again.outcome is Outcome.BLOCK
    assert again.rule_ids == ("CN.opt_out",)
    assert confirmation.outcome is Outcome.ALLOW


def test_a_block_wins_over_a_deferral() -> None:
    at = datetime(2026, 11, 22, 23, 0, tzinfo=SHANGHAI)
    verdict = (
        a_filter(at=at)
        .check_outbound("再不还钱就起诉你", "zh_Hans", proactive("Asia/Shanghai"))
        .verdict
    )
    assert verdict.outcome is Outcome.BLOCK
    assert verdict.not_before is None


def test_no_amount_before_verification() -> None:
    context = OutboundContext(verified=False)
    verdict = a_filter().check_outbound("您的欠款合计¥11,800.00。", "zh_Hans", context).verdict
    assert verdict.outcome is Outcome.BLOCK
    assert verdict.rule_ids == ("CN.identity_gate",)
    assert "¥11,800.00" in verdict.explanation


def test_no_account_number_or_debt_detail_before_verification() -> None:
    compliance = a_filter(Jurisdiction.US)
    context = OutboundContext(account_references=("CN-100001",))
    assert (
        compliance.check_outbound("About account CN-100001.", "en", context).verdict.outcome
        is Outcome.BLOCK
    )
    assert (
        compliance.check_outbound(
            "Your card ending 4421 is 90 days past due.", "en", context
        ).verdict.outcome
        is Outcome.BLOCK
    )
    asking = compliance.check_outbound(
        "Before I say anything about an account, please send your date of birth.", "en", context
    ).verdict
    assert asking.outcome is Outcome.ALLOW


def test_a_third_party_hears_nothing_about_the_debt_or_the_creditor() -> None:
    compliance = a_filter()
    context = OutboundContext(
        recipient=Recipient.THIRD_PARTY, verified=True, creditor_names=("Example Bank",)
    )
    leak = compliance.check_outbound(
        "Please ask Alex to call Example Bank about a payment.", "en", context
    )
    fine = compliance.check_outbound(
        "Please ask Alex to contact us about a personal matter.", "en", context
    )
    assert leak.verdict.outcome is Outcome.BLOCK
    assert "creditor Example Bank" in leak.verdict.explanation
    assert fine.verdict.outcome is Outcome.ALLOW


def test_a_verified_co_debtor_may_hear_the_amounts() -> None:
    context = verified(
        recipient=Recipient.CO_DEBTOR,
        amounts_on_record=frozenset({Money.of(Decimal("11800"), "CNY")}),
    )
    verdict = a_filter().check_outbound("欠款合计¥11,800.00。", "zh_Hans", context).verdict
    assert verdict.outcome is Outcome.ALLOW


def test_an_amount_that_does_not_match_the_ledger_is_blocked() -> None:
    record = frozenset({Money.of(Decimal("11800.00"), "CNY"), Money.of(Decimal("1966.67"), "CNY")})
    compliance = a_filter()
    right = compliance.check_outbound(
        "您的欠款合计¥11,800.00，每期¥1,966.67。", "zh_Hans", verified(amounts_on_record=record)
    )
    wrong = compliance.check_outbound(
        "您的欠款合计¥12,800.00。", "zh_Hans", verified(amounts_on_record=record)
    )
    assert right.verdict.outcome is Outcome.ALLOW
    assert wrong.verdict.outcome is Outcome.BLOCK
    assert wrong.verdict.rule_ids == ("CN.amounts",)
    assert "¥12,800.00 not on record" in wrong.verdict.explanation


def test_amounts_in_chinese_numerals_and_other_currencies_are_checked_too() -> None:
    record = frozenset({Money.of(Decimal("1500"), "CNY")})
    compliance = a_filter()
    assert (
        compliance.check_outbound(
            "每期一千五百元。", "zh_Hans", verified(amounts_on_record=record)
        ).verdict.outcome
        is Outcome.ALLOW
    )
    assert (
        compliance.check_outbound(
            "每期两千元。", "zh_Hans", verified(amounts_on_record=record)
        ).verdict.outcome
        is Outcome.BLOCK
    )
    assert (
        compliance.check_outbound(
            "Pay $1,500 now.", "en", verified(amounts_on_record=record)
        ).verdict.outcome
        is Outcome.BLOCK
    )


def test_the_first_message_must_carry_the_whole_disclosure() -> None:
    compliance = a_filter(Jurisdiction.US)
    context = verified(first_message=True, creditor_names=("Example Bank",))
    full = compliance.check_outbound(
        "Hello, I'm Ava, an automated assistant writing on behalf of Example Bank. "
        "You can ask for a person at any time with /agent, and stop all messages with /stop.",
        "en",
        context,
    ).verdict
    partial = compliance.check_outbound("Hello, I'm Ava from Example Bank.", "en", context).verdict
    assert full.outcome is Outcome.ALLOW
    assert partial.outcome is Outcome.BLOCK
    assert partial.rule_ids == ("US.disclosure",)
    for missing in ("automated assistant", "how to reach a human", "how to stop"):
        assert missing in partial.explanation
    assert "on whose behalf" not in partial.explanation  # the creditor's name counts


def test_the_chinese_disclosure_is_recognised() -> None:
    text = (
        "您好，我是小安，受示例银行委托与您联系的自动化智能助手（程序，不是真人）。"
        "您随时可以发送 /agent 转人工客服，发送 /stop 即可停止接收消息。"
    )
    verdict = (
        a_filter().check_outbound(text, "zh_Hans", OutboundContext(first_message=True)).verdict
    )
    assert verdict.outcome is Outcome.ALLOW


def test_a_deferred_message_is_reconsidered_at_its_time() -> None:
    at = datetime(2026, 11, 22, 22, 30, tzinfo=SHANGHAI)
    first = (
        a_filter(at=at).check_outbound(REMINDER_ZH, "zh_Hans", proactive("Asia/Shanghai")).verdict
    )
    assert first.not_before is not None
    later = (
        a_filter(at=first.not_before + timedelta(seconds=1))
        .check_outbound(REMINDER_ZH, "zh_Hans", proactive("Asia/Shanghai"))
        .verdict
    )
    assert later.outcome is Outcome.ALLOW


def test_the_week_cap_counts_real_hours_across_a_dst_change() -> None:
    # Seven reminders from 09:00 EDT on 26 October. The clocks go back on 1 November, so the
    # first one turns 168 hours old at 08:00 EST on 2 November, an hour earlier by the clock.
    days = [datetime(2026, 10, 26 + d, 9, 0, tzinfo=NEW_YORK) for d in range(6)]
    sent = (*days, datetime(2026, 11, 1, 9, 0, tzinfo=NEW_YORK))
    context = proactive("America/New_York", proactive_sent=sent)
    evening = datetime(2026, 11, 1, 20, 0, tzinfo=NEW_YORK)
    held = a_filter(Jurisdiction.US, evening).check_outbound(REMINDER_EN, "en", context).verdict
    assert held.rule_ids == ("US.contact_caps",)
    assert held.not_before is not None
    assert held.not_before.astimezone(UTC) == datetime(2026, 11, 2, 13, 0, 1, tzinfo=UTC)
    morning = datetime(2026, 11, 2, 8, 30, tzinfo=NEW_YORK)
    free = a_filter(Jurisdiction.US, morning).check_outbound(REMINDER_EN, "en", context).verdict
    assert free.outcome is Outcome.ALLOW
