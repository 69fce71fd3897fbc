"""The names a dialog script may use, and what each means.

Scripts are written by people who are not programmers, so every event, guard, action, renderer
and parameter they can name is listed here with a sentence saying what it does. The loader
refuses any other name (with file and line), and the engine implements exactly these.
"""

from __future__ import annotations

from typing import Final

from negotiator.compliance.screening import Trigger
from negotiator.domain.policy import HardshipReason
from negotiator.nlu.interpretation import Intent

INTENTS: Final[frozenset[str]] = frozenset(intent.value for intent in Intent)
"""What a debtor's text can mean (:class:`~negotiator.nlu.interpretation.Intent`)."""

TRIGGERS: Final[frozenset[str]] = frozenset(trigger.value for trigger in Trigger)
"""What inbound screening can find in a debtor's text
(:class:`~negotiator.compliance.screening.Trigger`)."""

EVENTS: Final[dict[str, str]] = {
    "start": "The debtor opened the chat (/start), with or without a signed account link.",
    "text": "Any text message (intents narrow it further).",
    "unsupported": "A sticker, photo, voice note, file, contact or location instead of text.",
    "too_long": "A text longer than the bot reads; it is answered, not interpreted.",
    "stale_button": "A button of an older message, or a forged one: refused politely.",
    "resume": "A person handed the conversation back to the bot, or closed its case.",
}
"""Kinds of inbound event that are not intents, buttons or commands."""

COMMANDS: Final[dict[str, str]] = {
    "start": "Begin again (or open from a link).",
    "help": "What the bot can do and how to reach a person.",
    "language": "Change the language of the conversation.",
    "myplan": "Show the agreed plan and its written confirmation again.",
    "agent": "Ask for a person.",
    "stop": "Stop all contact.",
    "dispute": "Say the debt or the amount is wrong.",
    "privacy": "How the debtor's data is used and kept.",
}
"""Telegram commands (``/name``); each is also offered in the command menu."""

BUTTONS: Final[dict[str, str]] = {
    "accept": "Accept the plan on the table (asks for confirmation first).",
    "confirm": "The explicit 'I agree' on the full terms; creates the agreement once.",
    "decline": "Refuse the plan on the table.",
    "other_options": "Ask for a different plan.",
    "counter": "Say what they can pay instead (the bot then asks for the figure).",
    "talk_to_person": "Ask for a person.",
    "not_me": "Say they are not the person named (a relative, a wrong number).",
    "move_missed": "Move the missed payment to the end of the plan (under the missed message).",
    "lang_en": "Switch to English.",
    "lang_zh_Hans": "Switch to Simplified Chinese.",
    "lang_zh_Hant": "Switch to Traditional Chinese.",
}
"""Buttons a prompt may show; pressing one is the event of the same name."""

GUARDS: Final[dict[str, str]] = {
    "linked": "The conversation knows which account it is about (signed link or reference).",
    "reference_found": "The reference the debtor typed names an account.",
    "verified": "The debtor passed the identity check.",
    "attempts_left": "Identity-check attempts remain before the lockout.",
    "identity_answer": "The message gives a fact of the kind asked for (a date for a date of "
    "birth); anything else is not an identity attempt.",
    "confident": "The understanding of the last message is confident enough to act on.",
    "has_reason": "We know why the debtor fell behind.",
    "has_capacity": "We know what the debtor can pay a month.",
    "follow_up_left": "The current question has not been asked again yet (one follow-up each).",
    "specific_offer": "The message proposes its own terms (a date, a lump sum), not only a "
    "monthly amount (which is a capacity: the creditor's preferred plan is worked out from it).",
    "has_offers": "The last proposal has at least one plan the debtor can afford.",
    "hardship_possible": "Nothing fits, but hardship terms exist and we do not know the reason.",
    "rounds_left": "The policy allows another concession before the case goes to a person.",
    "counter_accepted": "The debtor's counter-offer is inside the limits and was accepted.",
    "has_nearest": "A refused counter-offer has a nearest plan inside the limits.",
    "has_agreement": "The account has an agreement.",
    "can_move_missed": "The agreement has a missed instalment the debtor may move to the end.",
    "agreed": "The debtor agreed to a plan in this conversation (and it was recorded).",
    "distressed": "The debtor sounds distressed (hardship, illness, bereavement, despair).",
    "agent_holding": "A person has taken the case over: the bot stays quiet while they talk.",
    "third_party": "The writer said they are not the debtor.",
    "over_thresholds": "The verified account's balance or days past due are above the policy's "
    "escalation thresholds: a person handles it.",
    "repeatedly_unclear": "The bot understood nothing of the last messages (the policy's "
    "escalation.not_understood_after in a row).",
}
"""Conditions a transition may require (``guard: name`` or ``guard: not name``)."""

ESCALATION_REASONS: Final[dict[str, str]] = {
    "self_harm_risk": "Any sign of self-harm risk: a person replies at once (top priority).",
    "vulnerability": "Illness, bereavement, mental-health or other vulnerability.",
    "dispute": "The debtor disputes the debt or the amount.",
    "fraud": "The debtor reports fraud or identity theft.",
    "legal_representation": "The debtor has a lawyer.",
    "bankruptcy": "The debtor is in bankruptcy or a debt-relief procedure.",
    "abuse": "Abuse or threats in the conversation.",
    "request_human": "The debtor asked for a person.",
    "verification_lockout": "Too many failed identity checks.",
    "no_agreement": "No agreement after the policy's maximum rounds.",
    "unaffordable": "Nothing inside the limits is affordable and no hardship option fits.",
    "thresholds": "Balance or days past due above the policy's thresholds.",
    "not_understood": "Repeatedly not understood.",
    "already_paid": "The debtor says the debt was paid.",
    "complaint": "The debtor wants to complain.",
    "plan_broken": "Too many instalments of an agreed plan missed (escalation.missed_instalments).",
}
"""Why a conversation goes to a person: the argument of ``escalate(...)``."""

ACTIONS: Final[dict[str, str]] = {
    "remember_reference": "Look up the account reference the debtor typed.",
    "check_identity": "Check the identity answer; counts a failed attempt.",
    "record_reason": "Keep the hardship reason of the last message (if any).",
    "record_capacity": "Keep the monthly amount or the date of the last message (if any).",
    "count_follow_up": "Note that the current question was asked again.",
    "propose": "Ask the offer engine for plans (creditor's preferred first, affordable only).",
    "concede": "Move one step down the concession ladder after a refusal.",
    "evaluate_counter": "Check the debtor's own proposal against the limits.",
    "offer_nearest": "Put the nearest feasible plan to a refused counter-offer on the table.",
    "accept_offer": "Record the debtor's explicit agreement to the plan on the table.",
    "opt_out": "Stop all contact except the confirmation of it.",
    "escalate": "Hand the conversation to a person: ``escalate(reason)``.",
    "set_language": "Change the conversation's language (from a language button).",
    "move_missed_to_end": "Move the agreement's missed instalment to the end of the plan.",
    "back_from_person": "The conversation is the bot's again after a person had it; a later "
    "escalation opens a new case.",
    "mark_third_party": "The writer is not the debtor: from now on nothing about the debt, and "
    "not even the creditor's name (the compliance filter treats them as a third party).",
}
"""What a transition or state may do (``do: [name, ...]``), in order."""

ACTION_ARGUMENTS: Final[dict[str, frozenset[str]]] = {
    "escalate": frozenset(ESCALATION_REASONS),
}
"""Actions that take an argument, and the values it may have."""

RENDERERS: Final[dict[str, str]] = {
    "plan": "The plan on the table: its kind, payments, dates, total and savings.",
    "schedule": "The plan's payment schedule, one line per payment.",
    "counter_answer": "Why a counter-offer is outside the limits (which limit, by how much).",
    "balance": "The itemised balance: principal, interest, fees and days overdue.",
}
"""Composite parts of a message that the engine renders from several keys."""

PARAMS: Final[dict[str, str]] = {
    "bot_name": "The bot's display name (policy: creditor.bot_name).",
    "creditor": "The creditor's name (policy: creditor.name).",
    "creditor_contact": "How to reach a person at the creditor (policy: creditor.contact).",
    "debtor_name": "The debtor's name (only after verification).",
    "reference": "The account reference (only after verification).",
    "balance": "The total owed (only after verification).",
    "days_overdue": "Days past due (only after verification).",
    "attempts_left": "Identity-check attempts left.",
    "fact": "Which identity fact is asked (date of birth, last 4 digits of the ID).",
    "gap": "How much more a month the closest plan needs than the debtor can pay.",
    "agreement_number": "The number of the agreement just made.",
    "agent_hours": "When the creditor's people answer (policy).",
    "support_line": "A free crisis line of the debtor's jurisdiction (self-harm risk).",
    "moved_amount": "The missed payment just moved to the end of the plan.",
    "moved_date": "Its new due date, after the plan's last.",
}
"""Values a prompt may put into its text (``params: [name, ...]``)."""

REASONS: Final[frozenset[str]] = frozenset(reason.value for reason in HardshipReason)
"""Hardship reasons, for scripts that branch on one."""
