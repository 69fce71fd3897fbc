"""The written confirmation: complete, consistent, and really drawn in all three languages.

"Really drawn" is checked on the PDF itself: PyMuPDF renders the first page to pixels and reads
its text back, so a missing font (empty boxes, blank space) fails here rather than on a
debtor's phone.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pymupdf
import pytest
from fontTools.ttLib import TTCollection

from negotiator.documents import build_confirmation, confirmation_pdf
from negotiator.documents.fonts import FACE_SIMPLIFIED, FACE_TRADITIONAL, font_path
from negotiator.domain.money import Money
from negotiator.domain.plans import PlanKind, PlanTerms
from negotiator.domain.policy_sections import CreditorIdentity
from negotiator.errors import DomainError
from negotiator.storage.records import Agreement, Instalment
from tests.unit.agreement_builders import (
    CN_CREDITOR,
    HARDSHIP,
    an_account,
    an_agreement,
    catalogs,
    translator,
)

LOCALES = ("en", "zh_Hans", "zh_Hant")
TITLES = {
    "en": "Repayment agreement confirmation",
    "zh_Hans": "还款协议确认书",
    "zh_Hant": "還款協議確認書",
}
DOCUMENTS = Path(__file__).resolve().parents[2] / "negotiator" / "documents"
HARDSHIP_TOTAL = Money.of("10000.00", "CNY")
"""1000.00 down and six instalments of 1500.00: interest and fees are waived."""


@cache
def pdf_in(locale: str) -> bytes:
    return confirmation_pdf(an_agreement(), an_account(), CN_CREDITOR, translator(locale))


def open_pdf(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def page_text(data: bytes) -> str:
    return "\n".join(page.get_text() for page in open_pdf(data))


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("locale", LOCALES)
def test_the_confirmation_renders_in_every_locale_with_what_seed_003_asks_for(locale: str) -> None:
    data = pdf_in(locale)
    assert data.startswith(b"%PDF-")
    text = page_text(data)
    tr = translator(locale)
    agreement = an_agreement()
    for expected in (
        TITLES[locale],
        "AG-2026-000001",
        "CN-100001",
        "张伟",
        CN_CREDITOR.legal_name,
        tr.money(an_account().balance.total),
        tr.money(HARDSHIP_TOTAL),
        tr.date(date(2027, 6, 1)),
        tr.datetime(agreement.accepted_at),
        "Asia/Shanghai",
        "-".join(agreement.verification_digest[i : i + 4] for i in range(0, 16, 4)),
        tr.text("document.section.missed_payment"),
    ):
        assert flat(expected) in flat(text), expected


@pytest.mark.parametrize("locale", ["zh_Hans", "zh_Hant"])
def test_chinese_glyphs_are_really_drawn_on_the_first_page(locale: str) -> None:
    page = open_pdf(pdf_in(locale))[0]
    title = TITLES[locale]
    # The text comes back, from an embedded font, with a real glyph for every character.
    assert page.get_text().splitlines()[0] == title
    fonts = page.get_fonts(full=True)
    assert fonts
    assert all("NotoSansCJK" in font[3] and font[3][6] == "+" for font in fonts)  # subset
    traced = [c for span in page.get_texttrace() for c in span["chars"]]
    title_glyphs = [glyph for unicode, glyph, _, _ in traced[: len(title)]]
    assert "".join(chr(c[0]) for c in traced[: len(title)]) == title
    assert all(glyph > 0 for glyph in title_glyphs)  # 0 would be .notdef, an empty box
    # And the title area of the rendered page is inked, while the margin is blank.
    (where,) = page.search_for(title)
    pixmap = page.get_pixmap(dpi=100, colorspace=pymupdf.csGRAY)
    scale = 100 / 72

    def ink(x0: float, y0: float, x1: float, y1: float) -> float:
        dark = total = 0
        for y in range(int(y0 * scale), int(y1 * scale)):
            for x in range(int(x0 * scale), int(x1 * scale)):
                total += 1
                dark += pixmap.pixel(x, y)[0] < 160
        return dark / total

    assert ink(where.x0, where.y0, where.x1, where.y1) > 0.08
    assert ink(2, where.y0, 40, where.y1) == 0


def test_the_font_faces_are_the_simplified_and_traditional_ones() -> None:
    collection = TTCollection(str(font_path()), lazy=True)
    try:
        names = {i: font["name"].getDebugName(4) for i, font in enumerate(collection.fonts)}
    finally:
        collection.close()
    assert names[FACE_SIMPLIFIED] == "Noto Sans CJK SC"
    assert names[FACE_TRADITIONAL] == "Noto Sans CJK TC"
    assert "NotoSansCJKTC" in open_pdf(pdf_in("zh_Hant"))[0].get_fonts()[0][3]


ONE_OFF = PlanTerms(PlanKind.PAY_IN_FULL, date(2026, 12, 1), discount=150_000)
DEFERRAL = PlanTerms(
    PlanKind.DEFERRAL, date(2026, 11, 30), down_payment=200_000, deferred_due=date(2027, 1, 15)
)
TOKENS = PlanTerms(
    PlanKind.TOKEN_THEN_INSTALMENTS,
    date(2026, 12, 1),
    instalments=7,
    token_count=3,
    token_amount=10_000,
    waive_interest=True,
)


@pytest.mark.parametrize("terms", [HARDSHIP, ONE_OFF, DEFERRAL, TOKENS], ids=lambda t: t.kind)
@pytest.mark.parametrize("locale", LOCALES)
def test_the_totals_equal_the_schedule_sum_for_every_kind_of_plan(
    terms: PlanTerms, locale: str
) -> None:
    agreement = an_agreement(terms=terms)
    document = build_confirmation(agreement, an_account(), CN_CREDITOR, translator(locale))
    assert document.total == document.schedule_sum
    assert document.total.amount == agreement.total == sum(i.amount for i in agreement.instalments)
    assert len(document.schedule) == len(agreement.instalments)
    assert document.schedule_total.value == translator(locale).money(document.total)
    totals = {field.label: field.value for field in document.totals.fields}
    payable = translator(locale).text("document.field.total_payable")
    assert totals[payable] == document.schedule_total.value


def test_the_plan_section_states_the_terms_in_plain_words() -> None:
    document = build_confirmation(
        an_agreement(terms=TOKENS), an_account(), CN_CREDITOR, translator("en")
    )
    plan = {field.label: field.value for field in document.details[3].fields}
    assert plan["Type of plan"] == "Reduced payments, then instalments"
    assert plan["Payments"] == "10 payments, from December 1, 2026 to September 1, 2027"
    assert plan["Reduced payments"] == "3 monthly payments of CN¥100.00"
    assert plan["Instalments"].startswith("7 monthly instalments of CN¥")
    assert plan["Special terms"] == "No interest is added while this plan runs"
    one_off = build_confirmation(
        an_agreement(terms=ONE_OFF), an_account(), CN_CREDITOR, translator("zh_Hans")
    )
    fields = {field.label: field.value for field in one_off.details[3].fields}
    assert fields["还款次数"] == "共 1 笔，还款日为2026年12月1日"
    totals = {field.label: field.value for field in one_off.totals.fields}
    assert totals["一次性结清优惠"] == "¥1,500.00"
    assert totals["您需支付的总额"] == "¥10,300.00"


def test_a_zero_decimal_currency_is_shown_without_decimals() -> None:
    account = an_account(principal="120000", interest="0", fees="3000", currency="JPY")
    terms = PlanTerms(PlanKind.INSTALMENTS, date(2026, 12, 1), instalments=7)
    agreement = an_agreement(account, terms)
    document = build_confirmation(agreement, account, CN_CREDITOR, translator("en", "Asia/Tokyo"))
    assert [row.amount for row in document.schedule] == ["¥17,571"] * 6 + ["¥17,574"]
    assert document.schedule_total.value == "¥123,000"
    text = page_text(confirmation_pdf(agreement, account, CN_CREDITOR, translator("zh_Hans")))
    assert "JP¥17,571" in text
    assert "JP¥17,571.00" not in text


def test_long_names_wrap_and_long_schedules_continue_on_the_next_page() -> None:
    name = "欧阳" + "长名字测试" * 30 + " Maximilian-Alexander" * 6
    account = an_account(debtor_name=name)
    creditor = CreditorIdentity(
        name="A" * 80,
        legal_name="Supercalifragilisticexpialidocious" * 3 + " 股份有限公司" * 8,
        human_contact="客服热线 400-800-1234（每日 9:00-21:00）" * 4,
        bot_name="小信",
    )
    terms = PlanTerms(PlanKind.INSTALMENTS, date(2026, 12, 1), instalments=60)
    data = confirmation_pdf(an_agreement(account, terms), account, creditor, translator("zh_Hans"))
    pages = open_pdf(data)
    assert pages.page_count >= 3
    text = page_text(data)
    assert flat(name) in flat(text)
    assert flat(creditor.legal_name) in flat(text)
    # The schedule's headings are repeated on the page it continues on.
    continued = [page for page in pages if "60" in page.get_text() and "还款日" in page.get_text()]
    assert continued
    for page in pages:  # nothing runs off the right edge
        for block in page.get_text("blocks"):
            assert block[2] <= page.rect.width - 18 * 72 / 25.4 + 1


def test_characters_the_font_lacks_are_replaced_visibly_not_dropped() -> None:
    account = an_account(debtor_name="张伟\U0001f600")
    data = confirmation_pdf(an_agreement(account), account, CN_CREDITOR, translator("en"))
    text = page_text(data)
    assert "张伟\u25a1" in text
    # Babel puts a narrow no-break space before "PM", which the font lacks: it becomes a space.
    assert "6:00:00 PM" in text


def test_the_same_agreement_always_gives_the_same_bytes() -> None:
    again = confirmation_pdf(an_agreement(), an_account(), CN_CREDITOR, translator("zh_Hans"))
    assert again == pdf_in("zh_Hans")
    assert len(again) < 120_000


def test_a_stored_schedule_that_disagrees_with_its_terms_is_refused() -> None:
    agreement = an_agreement()
    first, *rest = agreement.instalments
    altered = replace(agreement, instalments=(replace(first, amount=first.amount - 1), *rest))
    with pytest.raises(DomainError, match="schedule differs"):
        build_confirmation(altered, an_account(), CN_CREDITOR, translator("en"))
    with pytest.raises(DomainError, match="total differs"):
        build_confirmation(
            replace(agreement, total=agreement.total + 1),
            an_account(),
            CN_CREDITOR,
            translator("en"),
        )
    with pytest.raises(DomainError, match="not CN-2"):
        build_confirmation(agreement, an_account("CN-2"), CN_CREDITOR, translator("en"))


def test_an_agreement_without_a_code_or_a_stored_plan_is_refused() -> None:
    agreement = an_agreement()
    with pytest.raises(DomainError, match="no verification code"):
        build_confirmation(
            replace(agreement, verification_digest=""), an_account(), CN_CREDITOR, translator("en")
        )
    bare = Agreement(
        0, "AG-1", "CN-100001", None, "instalments", {"count": 3}, "CNY", Decimal("3.00"),
        "active", agreement.accepted_at, "A" * 16, (Instalment(1, date(2026, 12, 1), Decimal(3)),),
    )  # fmt: skip
    with pytest.raises(DomainError, match="stored plan"):
        build_confirmation(bare, an_account(), CN_CREDITOR, translator("en"))


def test_the_text_version_carries_the_whole_schedule_and_the_code() -> None:
    agreement = an_agreement()
    document = build_confirmation(agreement, an_account(), CN_CREDITOR, translator("zh_Hans"))
    text = document.as_text()
    assert text.startswith("还款协议确认书\n华信银行信用卡中心")
    assert "7. 2027年6月1日  ¥1,500.00  分期还款" in text
    assert document.verification_code in text
    assert "{" not in text


def test_every_document_key_is_translated_in_every_locale() -> None:
    every = catalogs()
    keys = {key for locale in LOCALES for key in every.keys(locale) if key.startswith("document.")}
    assert len(keys) > 60
    assert [p for p in every.unbalanced() if p.key.startswith("document.")] == []


def test_the_documents_room_imports_only_the_domain_translations_and_the_pdf_library() -> None:
    allowed = ("negotiator.domain", "negotiator.i18n", "negotiator.documents", "negotiator.errors")
    for path in DOCUMENTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                if name.startswith("negotiator"):
                    assert name.startswith(allowed), f"{path.name} imports {name}"
                else:
                    top = name.split(".")[0]
                    assert top == "fpdf" or top in sys.stdlib_module_names, f"{path.name}: {name}"
