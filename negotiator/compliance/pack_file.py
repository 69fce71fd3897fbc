"""Reading rule packs: the YAML a compliance officer edits, validated field by field.

Two kinds of file live in ``negotiator/compliance/packs/`` (``README.md`` there is the guide):

* ``phrases.yaml``, the phrase book: *how* each harm is said in Chinese and English (phrase sets)
  and the cues the context rules look for (cue sets). Words are shared by every jurisdiction: a
  threat in Chinese is a threat under every law.
* ``CN.yaml``, ``US.yaml``, ``UK.yaml``: *what* a jurisdiction forbids: each rule's id,
  description, citation, severity and languages, the phrase set it uses plus patterns and lawful
  exceptions of its own, the context rules with their citations, and the contact window and caps.

Every problem is reported at once with file, line and field (:class:`~negotiator.errors.
DataFileError`), including a pattern that does not compile and a phrase set that does not exist.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from pydantic import Field, ValidationInfo, field_validator, model_validator

from negotiator.compliance.data_models import (
    ClockTime,
    DataModel,
    PatternLists,
    PhraseSetName,
    Text,
    compile_lists,
    validate_file,
)
from negotiator.compliance.patterns import Script
from negotiator.compliance.rules import (
    ContactLimits,
    ContentRule,
    ContextRule,
    ContextRuleKind,
    CueSet,
    RulePack,
)
from negotiator.compliance.verdict import Severity
from negotiator.datafile import Loc, format_loc
from negotiator.domain.jurisdiction import Jurisdiction
from negotiator.domain.language import SUPPORTED_LANGUAGES
from negotiator.errors import DataFileError, Problem

__all__ = ["PackFile", "PhraseBookFile", "load_pack", "load_phrase_book"]

_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_SCRIPT_OF: Final[dict[str, Script]] = {"zh_Hans": "zh", "zh_Hant": "zh", "en": "en"}


class PhraseSet(PatternLists):
    """How one harm is said: banned phrases per script, and lawful phrases that excuse them."""

    description: Text
    """What the phrases have in common, for the reader."""
    allow: PatternLists = PatternLists()
    """Lawful phrases (negations, rights, lawful steps) that excuse a banned match inside them."""


class CueSetModel(PatternLists):
    """Phrases a context rule looks for."""

    description: Text
    """What the cues signal."""


class CueSets(DataModel):
    """The cue sets the context rules need; each must be present."""

    disclosure_automated: CueSetModel
    """Saying the sender is an automated assistant (first message)."""
    disclosure_on_behalf: CueSetModel
    """Saying on whose behalf it writes (first message; the creditor's name also counts)."""
    disclosure_human: CueSetModel
    """Saying how to reach a person (first message)."""
    disclosure_stop: CueSetModel
    """Saying how to stop the messages (first message)."""
    account_detail: CueSetModel
    """Account, card or loan identifiers (identity gate)."""
    debt_detail: CueSetModel
    """Facts of the debt: days overdue, balance, arrears (identity gate)."""
    debt_words: CueSetModel
    """Any word revealing that a debt or collection exists (never to third parties)."""


class PhraseBookFile(DataModel):
    """``phrases.yaml``: the words of every pack."""

    version: int = Field(ge=1, le=1)
    """Format version; currently 1."""
    phrase_sets: dict[str, PhraseSet]
    """Phrase sets by name (lower case, digits and ``_``)."""
    cue_sets: CueSets
    """The cue sets of the context rules."""

    @field_validator("phrase_sets")
    @classmethod
    def _names(cls, sets: dict[str, PhraseSet]) -> dict[str, PhraseSet]:
        for name in sets:
            if not _NAME.match(name):
                raise ValueError(f"{name!r} is not a valid name (lower case, digits and '_')")
        return sets


class ContactModel(DataModel):
    """The legal contact window and caps of a jurisdiction."""

    earliest: ClockTime
    """Earliest local time for a proactive message, ``"HH:MM"``."""
    latest: ClockTime
    """Local time by which proactive messages stop, ``"HH:MM"``."""
    max_per_day: int = Field(ge=1)
    """Most proactive messages per local day."""
    max_per_week: int = Field(ge=1)
    """Most proactive messages in any 7 days."""

    @model_validator(mode="after")
    def _consistent(self) -> ContactModel:
        if self.latest <= self.earliest:
            raise ValueError("latest must be after earliest")
        if self.max_per_week < self.max_per_day:
            raise ValueError("max_per_week is below max_per_day")
        return self


class ContextRuleModel(DataModel):
    """One context rule's id, wording and citation."""

    id: Text
    """``<jurisdiction>.<kind>``, e.g. ``CN.contact_window``."""
    description: Text
    """What it requires, in one plain sentence."""
    citation: Text
    """The regulation it comes from."""
    severity: Severity
    """``critical``, ``major`` or ``minor`` (every severity blocks)."""


class ContextRules(DataModel):
    """Every context rule; each must be present."""

    identity_gate: ContextRuleModel
    """No amount, account or debt detail before verification, none to third parties."""
    disclosure: ContextRuleModel
    """First message: automated, on whose behalf, how to reach a human, how to stop."""
    contact_window: ContextRuleModel
    """Proactive messages only inside the local contact window."""
    contact_caps: ContextRuleModel
    """Caps on proactive messages per local day and per 7 days."""
    opt_out: ContextRuleModel
    """After an opt-out, only the confirmation."""
    amounts: ContextRuleModel
    """Amounts match the ledger or the plan on record."""


class ContentRuleModel(DataModel):
    """A rule over the words of a message."""

    id: Text
    """``<jurisdiction>.<name>``, e.g. ``CN.violence``."""
    category: Text
    """The kind of harm (the same name in every pack), e.g. ``violence``."""
    description: Text
    """What the rule forbids, in one plain sentence."""
    citation: Text
    """The regulation it comes from."""
    severity: Severity
    """``critical``, ``major`` or ``minor`` (every severity blocks)."""
    languages: tuple[str, ...] = Field(min_length=1)
    """Debtor languages the rule covers: ``zh_Hans``, ``zh_Hant``, ``en``."""
    phrases: PhraseSetName = None
    """The phrase set of ``phrases.yaml`` it uses, if any."""
    patterns: PatternLists = PatternLists()
    """Banned phrases of this rule alone, on top of the phrase set's."""
    allow: PatternLists = PatternLists()
    """Lawful phrases of this rule alone, on top of the phrase set's."""

    @field_validator("category")
    @classmethod
    def _category_name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"{value!r} is not a valid name (lower case, digits and '_')")
        return value

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, languages: tuple[str, ...]) -> tuple[str, ...]:
        for language in languages:
            if language not in SUPPORTED_LANGUAGES:
                raise ValueError(
                    f"{language!r} is not a supported language ({', '.join(SUPPORTED_LANGUAGES)})"
                )
        if len(set(languages)) != len(languages):
            raise ValueError("a language is listed twice")
        return languages

    @model_validator(mode="after")
    def _covers_its_languages(self, info: ValidationInfo) -> ContentRuleModel:
        phrase_set: PhraseSet | None = ((info.context or {}).get("phrase_sets") or {}).get(
            self.phrases
        )
        scripts = {_SCRIPT_OF[language] for language in self.languages}
        for script in ("zh", "en"):
            has = bool(self.patterns.of(script)) or bool(phrase_set and phrase_set.of(script))
            if script in scripts and not has:
                raise ValueError(f"languages include {script} but the rule has no {script} pattern")
            if script not in scripts and self.patterns.of(script):
                raise ValueError(f"{script} patterns given but no {script} language is listed")
        return self


class PackFile(DataModel):
    """``<JURISDICTION>.yaml``: the rules of one jurisdiction."""

    jurisdiction: Jurisdiction
    """``CN``, ``US`` or ``UK``; must match the file name."""
    version: Text
    """The pack's version, quoted (e.g. ``"2026.1"``); recorded with every verdict."""
    title: Text
    """A human title."""
    contact: ContactModel
    """The legal contact window and caps."""
    context_rules: ContextRules
    """The context rules and their citations."""
    content_rules: tuple[ContentRuleModel, ...] = Field(min_length=1)
    """The rules over the words of a message."""


def load_phrase_book(path: Path) -> PhraseBookFile:
    """Read and validate ``phrases.yaml``.

    Raises:
        DataFileError: with every problem, located by line and field.
    """
    return validate_file(path, PhraseBookFile, {})[0]


def load_pack(path: Path, phrase_book: PhraseBookFile) -> RulePack:
    """Read, validate and compile one jurisdiction's pack.

    Args:
        path: The pack file, e.g. ``packs/CN.yaml``.
        phrase_book: The phrase book its rules refer to.

    Raises:
        DataFileError: with every problem, located by line and field.
    """
    pack, lines = validate_file(path, PackFile, {"phrase_sets": phrase_book.phrase_sets})
    problems = _identity_problems(pack, path, lines)
    if problems:
        raise DataFileError(problems)
    return _build(pack, phrase_book)


def _identity_problems(pack: PackFile, path: Path, lines: dict[Loc, int]) -> list[Problem]:
    """The file name must be the jurisdiction; rule ids are ``<JURISDICTION>.<name>``, unique."""
    name = pack.jurisdiction.value
    problems = []
    if path.stem != name:
        message = f"is {name} but the file is {path.name}; name it {name}.yaml"
        problems.append(Problem(str(path), lines.get(("jurisdiction",)), "jurisdiction", message))
    located: list[tuple[Loc, str]] = [
        (("content_rules", index, "id"), rule.id) for index, rule in enumerate(pack.content_rules)
    ]
    located += [
        (("context_rules", kind.value, "id"), getattr(pack.context_rules, kind.value).id)
        for kind in ContextRuleKind
    ]
    seen: set[str] = set()
    for loc, rule_id in located:
        field = format_loc(loc)
        if not rule_id.startswith(f"{name}.") or not _NAME.match(rule_id.removeprefix(f"{name}.")):
            message = f"{rule_id!r} must look like {name}.name (lower case, digits and '_')"
            problems.append(Problem(str(path), lines.get(loc), field, message))
        elif rule_id in seen:
            problems.append(Problem(str(path), lines.get(loc), field, f"{rule_id!r} is used twice"))
        seen.add(rule_id)
    return problems


def _build(pack: PackFile, book: PhraseBookFile) -> RulePack:
    content = []
    for rule in pack.content_rules:
        phrase_set = book.phrase_sets.get(rule.phrases) if rule.phrases else None
        content.append(
            ContentRule(
                id=rule.id,
                category=rule.category,
                description=rule.description,
                citation=rule.citation,
                severity=rule.severity,
                languages=rule.languages,
                patterns=compile_lists(phrase_set) + compile_lists(rule.patterns),
                allow=compile_lists(phrase_set.allow if phrase_set else None)
                + compile_lists(rule.allow),
            )
        )
    context = {}
    for kind in ContextRuleKind:
        model: ContextRuleModel = getattr(pack.context_rules, kind.value)
        context[kind] = ContextRule(
            kind, model.id, model.description, model.citation, model.severity
        )
    cues = {
        name: CueSet(name, compile_lists(getattr(book.cue_sets, name)))
        for name in CueSets.model_fields
    }
    limits = pack.contact
    return RulePack(
        jurisdiction=pack.jurisdiction,
        version=pack.version,
        title=pack.title,
        contact=ContactLimits(
            limits.earliest, limits.latest, limits.max_per_day, limits.max_per_week
        ),
        content_rules=tuple(content),
        context_rules=context,
        cues=cues,
    )
