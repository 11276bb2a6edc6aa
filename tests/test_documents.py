"""The agreement as PDF and DOCX: what a reader finds on the pages."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.model import Signature
from slaworkshop.store import Store
from ui.document.funnel_picture import log_widths

DEMO_GOLDEN = "70a321426237bae011f9e72a0bbf79afdab3def80dd94a87b30c30bbe610df9a"
GROUPED = " ".join(DEMO_GOLDEN[i:i + 4] for i in range(0, 64, 4))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def drawn_signature() -> bytes:
    image = QImage(300, 100, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#14213d"), 3))
    painter.drawLine(10, 80, 290, 20)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture
def workshop(qapp: object, tmp_path: Path) -> Path:
    """Agreement 1 signed by both parties (with drawn signatures), agreement 2 a draft."""
    db = tmp_path / "workshop.slaw"
    with Store.open(db) as store:
        signed = store.create(demo_agreement())
        store.sign(signed, Signature("Marketing", "Laura Méndez", "Head of Marketing",
                                     "2027-01-14", drawn_signature()))
        store.sign(signed, Signature("Sales", "Daniel Ortega", "Sales Director",
                                     "2027-01-15", drawn_signature()))
        store.create(demo_agreement())
    return db


def export(capsys: pytest.CaptureFixture[str], db: Path, agreement_id: int, out: Path,
           *extra: str) -> str:
    code, stdout, err = run(capsys, "export-agreement", "--db", str(db), str(agreement_id),
                            str(out), *extra)
    assert (code, err) == (0, ""), err
    return stdout


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    # NFKC turns the "ﬁ" ligature glyphs back into letters.
    text = unicodedata.normalize("NFKC", text)
    return [page for page in text.split("\f") if page.strip()]


def test_signed_pdf_has_signers_targets_and_the_fingerprint_on_every_page(
        workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "signed.pdf"
    stdout = export(capsys, workshop, 1, out)
    pages = pdf_pages(out)
    assert stdout == f"Wrote {out} ({len(pages)} pages).\n"
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Fingerprint: {GROUPED}" in page
        assert f"Page {number} of {len(pages)}" in page
        assert "DRAFT" not in page
    text = "\n".join(pages)
    for expected in ("Sales & Marketing SLA 2027", "Brightwell Consulting Group",
                     "January 2027 to December 2027 (12 months)", "Revision 1 · Signed",
                     "€1,200,000", "€24,000", "60%", "50,000", "Customers",
                     "Hours to first contact", "24 h every month", "Laura Méndez",
                     "Head of Marketing", "January 14, 2027", "Daniel Ortega", "Sales Director",
                     "January 15, 2027", "What counts as an MQL", "July 2027",
                     "70a3 2142 6237 bae0"):
        assert expected in text, expected
    # Monthly targets: January's visits and the pipeline the period starts with.
    assert "January 2027" in text and "8,500" in text
    reader = PdfReader(str(out))
    assert reader.metadata is not None
    assert reader.metadata.title == "Sales & Marketing SLA 2027"
    assert f"sha256:{DEMO_GOLDEN}" in (reader.metadata.creator or "")
    # The funnel picture and both drawn signatures are in the file.
    assert sum(len(page.images) for page in reader.pages) == 3


def test_draft_pdf_is_marked_draft_on_every_page(
        workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.pdf"
    export(capsys, workshop, 2, out)
    pages = pdf_pages(out)
    for number, page in enumerate(pages, start=1):
        assert "DRAFT" in page
        assert "Draft fingerprint (final once signed):" in page
        assert f"Page {number} of {len(pages)}" in page
    assert "Not signed yet" in pages[-1]


def docx_text(path: Path) -> tuple[str, str, str, str]:
    document = docx.Document(str(path))
    section = document.sections[0]
    header = "\n".join(p.text for p in section.header.paragraphs)
    footer = "\n".join(p.text for p in section.footer.paragraphs)
    cells = "\n".join(cell.text for table in document.tables for row in table.rows
                      for cell in row.cells)
    body = "\n".join(p.text for p in document.paragraphs) + "\n" + cells
    footer_xml = section.footer._element.xml
    return header, footer, body, footer_xml


def test_signed_docx_has_signers_targets_and_the_fingerprint_in_the_footer(
        workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "signed.docx"
    assert export(capsys, workshop, 1, out) == f"Wrote {out}.\n"
    header, footer, body, footer_xml = docx_text(out)
    assert "Revision 1 · Signed" in header and "DRAFT" not in header
    assert f"Fingerprint: {GROUPED}" in footer
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert "Page 1 of 1" in footer  # the fields' cached text; Word recomputes them
    for expected in ("Laura Méndez", "Daniel Ortega", "Sales Director", "January 15, 2027",
                     "€1,200,000", "50,000", "8,500", "Hours to first contact",
                     "What counts as an MQL"):
        assert expected in body, expected
    document = docx.Document(str(out))
    assert document.core_properties.keywords == f"sha256:{DEMO_GOLDEN}"
    assert len(document.inline_shapes) == 3


def test_draft_docx_says_draft_in_the_header(
        workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.docx"
    export(capsys, workshop, 2, out)
    header, footer, body, _xml = docx_text(out)
    assert header.startswith("DRAFT · Revision 1 · Draft, not signed")
    assert "Draft fingerprint (final once signed):" in footer
    assert "Not signed yet" in body


def test_spanish_document_formats_amounts_and_months_for_spain(
        workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "es.pdf"
    export(capsys, workshop, 1, out, "--lang", "es")
    text = "\n".join(pdf_pages(out))
    assert "1.200.000\u00a0€" in text or "1.200.000 €" in text
    assert "enero 2027" in text
    assert "50.000" in text


def test_document_writes_money_as_the_app_does(
        qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "francs.slaw"
    agreement = demo_agreement()
    agreement.currency = "CHF"
    with Store.open(db) as store:
        agreement_id = store.create(agreement)
    out = tmp_path / "francs.docx"
    export(capsys, db, agreement_id, out)
    _header, _footer, body, _xml = docx_text(out)
    # A currency code is kept apart from the digits, as everywhere else in the app.
    assert "CHF\u00a01,200,000" in body
    assert "CHF1,200,000" not in body


@pytest.mark.parametrize(("name", "agreement_id", "message"), [
    ("agreement.txt", "1", "must end in .pdf or .docx"),
    ("agreement.pdf", "99", "there is no agreement with id 99"),
    ("missing/agreement.pdf", "1", "does not exist"),
])
def test_export_rejects_bad_requests_and_writes_nothing(
        workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
        agreement_id: str, message: str) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run(capsys, "export-agreement", "--db", str(workshop), agreement_id,
                         str(tmp_path / name))
    assert (code, out) == (3, "")
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_funnel_bar_widths_are_logarithmic_and_keep_small_stages_visible() -> None:
    widths = log_widths([50000, 1000, 400, 200, 100, 30])
    assert widths[0] == 1.0
    assert widths == sorted(widths, reverse=True)
    assert widths[-1] > 0.4
    assert log_widths([1, 1]) == [1.0, 1.0]


def test_a_broken_signature_image_is_left_out_and_the_document_still_written(
        qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.slaw"
    with Store.open(db) as store:
        agreement_id = store.create(demo_agreement())
        store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "", "2027-01-14",
                                           b"\x89PNG\r\n\x1a\n garbage"))
    for suffix in (".pdf", ".docx"):
        out = tmp_path / f"agreement{suffix}"
        export(capsys, db, agreement_id, out)
        assert out.stat().st_size > 0
    reader = PdfReader(str(tmp_path / "agreement.pdf"))
    assert sum(len(page.images) for page in reader.pages) == 1
    assert "Laura Méndez" in "\n".join(pdf_pages(tmp_path / "agreement.pdf"))
    assert len(docx.Document(str(tmp_path / "agreement.docx")).inline_shapes) == 1
