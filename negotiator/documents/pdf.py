"""The confirmation laid out as an A4 PDF with fpdf2, the font embedded and subset.

Only layout lives here; every word comes from :class:`ConfirmationDocument`. The output is
stable: the same agreement gives the same bytes (the creation date is the time of acceptance),
so a copy sent again by ``/myplan`` is the very same document.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from fpdf import FPDF, FontFace
from fpdf.enums import Align, TextMode, WrapMode, XPos, YPos
from fpdf.fonts import TTFFont

from negotiator.documents.agreement_record import AgreementRecord
from negotiator.documents.confirmation import (
    PAGE_PLACEHOLDER,
    PAGES_PLACEHOLDER,
    ConfirmationDocument,
    Field,
    Section,
    build_confirmation,
)
from negotiator.documents.fonts import Typeface, typeface_for
from negotiator.domain.account import Account
from negotiator.domain.policy_sections import CreditorIdentity
from negotiator.i18n import Translator

_FAMILY = "NotoSansCJK"
_INK = (33, 37, 41)
_MUTED = (96, 104, 112)
_ACCENT = (22, 64, 120)
_RULE = (200, 208, 216)
_SHADE = (234, 240, 247)
_MISSING = "\u25a1"  # WHITE SQUARE: what typesetters print for a character they lack
_MARGIN = 18.0  # mm
_LINE = 5.6  # mm per line of 10 pt text


class _ConfirmationPdf(FPDF):
    """An A4 page with the document's footer and page numbers."""

    def __init__(self, document: ConfirmationDocument, typeface: Typeface) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.document = document
        self.add_font(_FAMILY, "", str(typeface.path), collection_font_number=typeface.face)
        font = self.fonts[_FAMILY.lower()]
        self.known = frozenset(font.cmap) if isinstance(font, TTFFont) else frozenset()
        self.replacement = _MISSING if ord(_MISSING) in self.known else "?"
        self.set_margins(_MARGIN, _MARGIN, _MARGIN)
        self.set_auto_page_break(auto=True, margin=20)
        # Chinese has no spaces to break at: break anywhere, as Chinese typesetting does.
        self.wrap = WrapMode.CHAR if document.locale.startswith("zh") else WrapMode.WORD

    def normalize_text(self, text: str) -> str:
        """Text the font can draw: fpdf2 would silently leave out a character it lacks.

        Babel separates "6:00 PM" with a narrow no-break space, which the font has no glyph
        for: such spaces become plain ones. Anything else missing (an emoji, a rare character
        in a name) becomes a white square, visibly, rather than vanishing from a legal document.
        """
        if all(ord(c) in self.known or c in "\n\r" for c in text):
            return super().normalize_text(text)
        drawable = "".join(
            c
            if ord(c) in self.known or c in "\n\r"
            else " "
            if unicodedata.category(c) == "Zs"
            else self.replacement
            for c in text
        )
        return super().normalize_text(drawable)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(_FAMILY, size=7.5)
        self.set_text_color(*_MUTED)
        page = self.document.page_label.replace(PAGE_PLACEHOLDER, str(self.page_no()))
        page = page.replace(PAGES_PLACEHOLDER, self.str_alias_nb_pages)
        page_width = self.get_string_width(page) + 2
        self.multi_cell(
            self.epw - page_width - 4,
            3.6,
            self.document.footer,
            align=Align.L,
            wrapmode=self.wrap,
            new_x=XPos.RIGHT,
            new_y=YPos.TOP,
        )
        self.set_xy(self.l_margin + self.epw - page_width, -14)
        self.cell(page_width, 3.6, page, align=Align.R)

    @contextmanager
    def stroked(self, color: tuple[int, int, int]) -> Iterator[None]:
        """Text drawn filled and lightly stroked: a bold look from the one regular face."""
        self.set_text_color(*color)
        self.set_draw_color(*color)
        self.set_line_width(0.18)
        self.text_mode = TextMode.FILL_STROKE
        try:
            yield
        finally:
            self.text_mode = TextMode.FILL
            self.set_line_width(0.2)
            self.set_text_color(*_INK)

    def block(self, height: float, text: str) -> None:
        """Full-width text, then back to the left margin on the next line (fpdf2 would stay at
        the right edge, where the next full-width block has no room at all)."""
        self.multi_cell(
            0,
            height,
            text,
            align=Align.L,
            wrapmode=self.wrap,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def paragraph(self, text: str, size: float = 10, color: tuple[int, int, int] = _INK) -> None:
        self.set_font(_FAMILY, size=size)
        self.set_text_color(*color)
        self.block(size * 0.56, text)
        self.set_text_color(*_INK)

    def heading(self, text: str) -> None:
        if self.will_page_break(32):  # keep a heading with what follows it
            self.add_page()
        self.ln(4)
        self.set_font(_FAMILY, size=12)
        with self.stroked(_ACCENT):
            self.block(7, text)
        self.set_draw_color(*_RULE)
        self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())
        self.ln(1.5)

    def fields(self, fields: Sequence[Field]) -> None:
        self.set_font(_FAMILY, size=10)
        with self.table(
            col_widths=(34, 66),
            borders_layout="NONE",
            first_row_as_headings=False,
            line_height=_LINE,
            text_align=("LEFT", "LEFT"),
            v_align="TOP",
            wrapmode=self.wrap,
            padding=(0.6, 1, 0.6, 0),
        ) as table:
            for field in fields:
                row = table.row()
                row.cell(field.label, style=FontFace(color=_MUTED))
                row.cell(field.value)

    def section(self, section: Section) -> None:
        self.heading(section.heading)
        if section.fields:
            self.fields(section.fields)
        for text in section.paragraphs:
            self.paragraph(text)
            self.ln(1.2)

    def schedule(self) -> None:
        document = self.document
        self.heading(document.schedule_heading)
        self.set_font(_FAMILY, size=9.5)
        self.set_draw_color(*_RULE)
        with self.table(
            col_widths=(10, 30, 26, 34),
            borders_layout="HORIZONTAL_LINES",
            headings_style=FontFace(color=_ACCENT, fill_color=_SHADE),
            line_height=5.4,
            text_align=("CENTER", "LEFT", "RIGHT", "LEFT"),
            wrapmode=self.wrap,
            padding=(0.8, 1.5),
            repeat_headings=1,
        ) as table:
            table.row(document.schedule_columns)
            for line in document.schedule:
                table.row((line.number, line.due, line.amount, line.payment))
            total = table.row()
            total.cell("", style=FontFace(fill_color=_SHADE))
            total.cell(document.schedule_total.label, style=FontFace(fill_color=_SHADE))
            total.cell(document.schedule_total.value, style=FontFace(fill_color=_SHADE))
            total.cell("", style=FontFace(fill_color=_SHADE))

    def verification(self) -> None:
        document = self.document
        self.heading(document.verification_heading)
        self.ln(1)
        self.set_font(_FAMILY, size=16)
        self.set_draw_color(*_ACCENT)
        self.set_fill_color(*_SHADE)
        with self.stroked(_ACCENT):
            self.cell(
                self.get_string_width(document.verification_code) + 12,
                11,
                document.verification_code,
                border=1,
                align=Align.C,
                fill=True,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
        self.ln(2)
        self.paragraph(document.verification_note, size=9.5, color=_MUTED)


def render_pdf(document: ConfirmationDocument, typeface: Typeface | None = None) -> bytes:
    """Lay ``document`` out as a PDF.

    Args:
        document: The content, in one language.
        typeface: The font to embed; by default Noto Sans CJK in the document's locale.

    Raises:
        NegotiatorError: the font package is not installed.
    """
    pdf = _ConfirmationPdf(document, typeface or typeface_for(document.locale))
    pdf.set_title(f"{document.title} {document.agreement_number}")
    pdf.set_subject(document.agreement_number)
    pdf.set_author(document.creditor_name)
    pdf.set_creator("negotiator")
    pdf.set_lang(document.language_tag)
    pdf.set_creation_date(document.accepted_at)
    pdf.add_page()
    pdf.set_font(_FAMILY, size=19)
    with pdf.stroked(_ACCENT):
        pdf.block(10, document.title)
    pdf.paragraph(document.creditor_name, size=11, color=_MUTED)
    pdf.ln(3)
    pdf.paragraph(document.intro)
    for section in document.details:
        pdf.section(section)
    pdf.schedule()
    pdf.section(document.totals)
    for section in document.notices:
        pdf.section(section)
    pdf.verification()
    return bytes(pdf.output())


def confirmation_pdf(
    agreement: AgreementRecord,
    account: Account,
    creditor: CreditorIdentity,
    translator: Translator,
) -> bytes:
    """The written confirmation of ``agreement`` as a PDF in ``translator``'s language.

    Takes about half a second of CPU (parsing the font and subsetting it): call it from a
    worker thread (``asyncio.to_thread``) in an event loop.

    Raises:
        DomainError: see :func:`~negotiator.documents.confirmation.build_confirmation`.
        NegotiatorError: the font package is not installed.
    """
    return render_pdf(build_confirmation(agreement, account, creditor, translator))
