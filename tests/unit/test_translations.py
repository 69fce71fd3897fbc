"""Translations: catalogs compiled from the .po files, babel formatting per locale."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from negotiator.dialog.extraction import build_template, extract_dialog
from negotiator.domain.money import Money
from negotiator.domain.verification import FactKind
from negotiator.errors import DataFileError
from negotiator.i18n import Catalogs, Translator
from negotiator.settings import DIALOGS_DIR, LOCALES_DIR, PROJECT_ROOT

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def catalogs() -> Catalogs:
    return Catalogs.load(LOCALES_DIR)


def translator(catalogs: Catalogs, locale: str, zone: ZoneInfo = SHANGHAI) -> Translator:
    return Translator(locale, catalogs.translations(locale), zone)


def test_money_takes_the_locale_and_the_currency_precision(catalogs: Catalogs) -> None:
    amount = Money.of("24394.27", "CNY")
    assert translator(catalogs, "zh_Hans").money(amount) == "¥24,394.27"
    assert translator(catalogs, "en").money(amount) == "CN¥24,394.27"
    assert translator(catalogs, "en").money(Money.of("120000", "JPY")) == "¥120,000"


def test_dates_and_times_are_written_the_local_way(catalogs: Catalogs) -> None:
    assert translator(catalogs, "zh_Hant").date(date(2026, 12, 1)) == "2026年12月1日"
    assert translator(catalogs, "en").date(date(2026, 12, 1)) == "December 1, 2026"
    # 23:30 UTC is 07:30 the next morning in Shanghai.
    shown = translator(catalogs, "en").datetime(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    assert shown.startswith("Dec 1, 2026")
    assert "7:30" in shown


def test_plural_forms_follow_the_language(catalogs: Catalogs) -> None:
    english = translator(catalogs, "en")
    assert english.plural("common.days_overdue", 1) == "1 day overdue"
    assert english.plural("common.days_overdue", 1200) == "1,200 days overdue"
    assert translator(catalogs, "zh_Hans").plural("common.days_overdue", 1) == "逾期 1 天"


def test_parameters_are_formatted_for_the_locale(catalogs: Catalogs) -> None:
    text = translator(catalogs, "zh_Hans").text(
        "handover.unaffordable", {"gap": Money.of("939.43", "CNY")}
    )
    assert "¥939.43" in text
    assert translator(catalogs, "zh_Hant").format(FactKind.DATE_OF_BIRTH).startswith("出生日期")


def test_a_broken_catalog_is_reported_with_its_file(tmp_path: Path) -> None:
    folder = tmp_path / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text(
        'msgid "a.b"\nmsgstr "x"\nnot po at all\n', encoding="utf-8"
    )
    with pytest.raises(DataFileError, match=r"messages\.po.*misformatted"):
        Catalogs.load(tmp_path)


def test_an_empty_directory_has_no_catalogs(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"no <locale>/LC_MESSAGES/messages\.po"):
        Catalogs.load(tmp_path)


def test_fuzzy_and_empty_entries_do_not_count_as_translated(tmp_path: Path) -> None:
    for locale, body in (
        ("en", 'msgid "a.b"\nmsgstr "A"\n\nmsgid "c.d"\nmsgstr "C"\n'),
        ("zh_Hans", '#, fuzzy\nmsgid "a.b"\nmsgstr "甲"\n\nmsgid "c.d"\nmsgstr ""\n'),
    ):
        folder = tmp_path / locale / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "messages.po").write_text(body, encoding="utf-8")
    catalogs = Catalogs.load(tmp_path)
    assert catalogs.keys("zh_Hans") == frozenset()
    assert {(p.locale, p.key) for p in catalogs.unbalanced()} == {
        ("zh_Hans", "a.b"),
        ("zh_Hans", "c.d"),
    }


def test_every_key_the_code_and_the_dialogs_use_is_in_every_catalog_and_no_other(
    catalogs: Catalogs,
) -> None:
    template = build_template(PROJECT_ROOT / "negotiator", DIALOGS_DIR)
    used = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert "document.title" in used  # from the code
    assert "verify.ask" in used  # from the dialog script
    assert "render.plan.instalments" in used  # built from names
    for locale in catalogs.locales:
        assert used - catalogs.keys(locale) == set(), locale
        assert catalogs.keys(locale) - used == set(), f"unused keys in {locale}"


def test_the_dialog_extractor_reports_each_key_with_its_line() -> None:
    path = DIALOGS_DIR / "negotiation.yaml"
    with path.open("rb") as handle:
        found = list(extract_dialog(handle, {}, (), {}))
    lines = path.read_text(encoding="utf-8").splitlines()
    for line, _, key, comments in found:
        assert key in lines[line - 1], (line, key)
        assert comments
    assert {key for _, _, key, _ in found} >= {"open.intro", "button.confirm", "safety.support"}
