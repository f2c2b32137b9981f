"""The access and portability package: a readable PDF report (fpdf2) with the data files
inside it, sealed with AES-256 by pypdf under one password sent by another way."""

from __future__ import annotations

import io
import logging
import secrets
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter

from worker.cases.readable import TableView

_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)
_PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L


def new_password(groups: int = 5) -> str:
    """A password read easily from a mail and typed: 5 groups of 4 (~98 bits)."""
    return "-".join(
        "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(4)) for _ in range(groups)
    )


@cache
def _report_class() -> type[Any]:
    """The PDF report's page layout. fpdf2 takes about half a second to import: every process
    that may make a report (the handlers, `run`, the console) would pay it at start-up."""
    from fpdf import FPDF

    # fontTools logs about a hundred INFO lines per report while it subsets the font
    logging.getLogger("fontTools").setLevel(logging.WARNING)

    class Report(FPDF):
        def __init__(self, footer_text: str) -> None:
            super().__init__(format="A4")
            self._footer_text = footer_text
            self.set_auto_page_break(auto=True, margin=15)
            self.font = "Helvetica"
            for folder in _FONT_DIRS:
                regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
                if regular.exists() and bold.exists():
                    self.add_font("DejaVu", "", str(regular))
                    self.add_font("DejaVu", "B", str(bold))
                    self.font = "DejaVu"
                    break

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(self.font, "", 8)
            self.cell(0, 8, f"{self._footer_text}  ·  {self.page_no()}", align="C")

        def text(  # type: ignore[override]
            self, value: str, size: int = 10, bold: bool = False
        ) -> None:
            self.set_font(self.font, "B" if bold else "", size)
            self.multi_cell(
                0, size * 0.5, _printable(value, self.font), new_x="LMARGIN", new_y="NEXT"
            )

    return Report


def _printable(value: str, font: str) -> str:
    # The core Helvetica font knows Latin-1 only; DejaVu knows the rest.
    return value if font == "DejaVu" else value.encode("latin-1", "replace").decode("latin-1")


def build_report(
    *,
    title: str,
    subtitle: str,
    footer: str,
    sections: Sequence[tuple[str, Sequence[str]]],
    data_heading: str,
    tables: Sequence[TableView],
    nothing_found: str,
    notes: Sequence[str] = (),
) -> bytes:
    """A readable report: the statutory information, then the person's data, one block per
    row of each table (`readable.readable` made the words), then `notes`."""
    pdf = _report_class()(footer)
    pdf.add_page()
    pdf.text(title, 16, bold=True)
    pdf.text(subtitle, 9)
    pdf.ln(4)
    for heading, lines in sections:
        pdf.text(heading, 12, bold=True)
        for line in lines:
            pdf.text(f"• {line}", 10)
        pdf.ln(2)
    pdf.text(data_heading, 12, bold=True)
    for note in notes:
        pdf.text(note, 9)
    if not tables:
        pdf.text(nothing_found, 10)
    for table in tables:
        pdf.ln(2)
        pdf.text(table.heading, 11, bold=True)
        for block in table.blocks:
            if block.heading:
                pdf.ln(1)
                pdf.text(block.heading, 9, bold=True)
            with pdf.table(col_widths=(55, 85, 40), text_align="LEFT", line_height=5) as grid:
                pdf.set_font(pdf.font, "", 8)
                for line in block.lines:
                    grid.row(
                        [_printable(x, pdf.font) for x in (line.label, line.value, line.category)]
                    )
    return bytes(pdf.output())


def seal(pdf: bytes, password: str, files: Mapping[str, bytes]) -> bytes:
    """The report with `files` attached inside it, encrypted with AES-256 under `password`."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for name, content in files.items():
        writer.add_attachment(name, content)
    writer.encrypt(
        user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256"
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
