"""The agreement document's sections for segments, team capacity and budget."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store


@pytest.fixture
def workshop(qapp: object, tmp_path: Path) -> Path:
    """Agreement 1: the segments demo; agreement 2: the plain demo."""
    db = tmp_path / "workshop.slaw"
    with Store.open(db) as store:
        store.create(demo_agreement("en", "segments"))
        store.create(demo_agreement("en"))
    return db


def export(capsys: pytest.CaptureFixture[str], db: Path, agreement_id: int, out: Path,
           *extra: str) -> None:
    code = main(["export-agreement", "--db", str(db), str(agreement_id), str(out), *extra])
    _out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def squeezed(text: str) -> str:
    return re.sub(r"[ \u00a0]+", " ", text)


def test_pdf_has_segments_team_and_budget_tables(workshop: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "segments.pdf"
    export(capsys, workshop, 1, out)
    lines = [squeezed(line).strip() for line in pdf_text(out).splitlines()]
    for expected in (
            "SMB inbound 55% €9,000 118 €1,062,000",
            "Enterprise outbound 45% €48,000 18 €864,000",
            "Total 100% — 136 €1,926,000",
            "Leads 7,297 2,667 9,964",
            "Enterprise outbound SQL 50% 40%",
            "SDR MQL 120 €4,800 3",
            "Account executive Opportunities 12 €8,500 4",
            "January 2027 3 4",
            "December 2027 0 0",
            "Annual budget €738,192",
            "Cost of acquiring a customer €5,427.88",
            "Return on the budget (ROI) 95.68%",
            "January 2027 €27,636 €4,400 €48,400 €80,436",
            "Year €226,492 €52,800 €458,900 €738,192",
            "Leads 8,089 €91.2587",
            "Cost per unit Leads €28"):
        assert expected in lines, expected
    text = squeezed(pdf_text(out))
    assert "MQL, Opportunities: in the last months of the period this work serves the next " \
           "period's customers" in text


def test_docx_has_the_same_sections(workshop: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "segments.docx"
    export(capsys, workshop, 1, out)
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    start = headings.index("Segments")
    assert headings[start:start + 9] == [
        "Segments", "Annual targets by segment", "Conversion rates of their own",
        "Team capacity", "People needed by month", "Budget", "Costs", "Budget by month",
        "Budget per unit of each stage"]
    assert headings[start + 9] == "4. Handoff protocols"
    rows = {tuple(c.text for c in row.cells) for table in document.tables for row in table.rows}
    assert ("Enterprise outbound", "Leads", "15%", "30%") in rows
    assert ("December 2027", "€0", "€4,400", "€0", "€4,400") in rows


def test_spanish_document_names_the_sections_in_spanish_with_spanish_money(
        workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(workshop) as store:
        spanish = store.create(demo_agreement("es", "segments"))
    out = tmp_path / "es.pdf"
    export(capsys, workshop, spanish, out, "--lang", "es")
    text = squeezed(pdf_text(out))
    assert "Pymes inbound" in text
    assert "738.192 €" in text
    assert "Capacidad del equipo" in text
    assert "Presupuesto por mes" in text


def test_a_plain_agreement_has_none_of_these_sections(workshop: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plain.pdf"
    export(capsys, workshop, 2, out)
    text = pdf_text(out)
    for heading in ("Segments", "Team capacity", "Budget by month"):
        assert heading not in text


def test_monthly_report_pdf_shows_spend_against_the_budget(
        qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from decimal import Decimal

    db = tmp_path / "w.slaw"
    with Store.open(db) as store:
        agreement_id = store.create(demo_agreement("en", "segments"))
        store.apply_actuals(agreement_id, {
            ("Marketing and sales spend", "2027-01"): Decimal(78000),
            ("Marketing and sales spend", "2027-02"): Decimal(75000)})
    out = tmp_path / "report.pdf"
    code = main(["report", "--db", str(db), str(agreement_id), "--month", "2027-02",
                 "--pdf", str(out)])
    assert (code, capsys.readouterr().err) == (0, "")
    lines = [squeezed(line).strip() for line in pdf_text(out).splitlines()]
    assert "Spend against the budget (Marketing and sales spend)" in lines
    assert "Month Budget Spent Over (+) or under (−)" in lines
    assert "Jan 27 €80,436 €78,000 -€2,436" in lines
    assert "Feb 27 €72,864 €75,000 +€2,136" in lines
    assert "Year to date €153,300 €153,000 -€300" in lines
    assert "€585,192 of the annual budget of €738,192 is left." in lines


def test_the_funnel_picture_is_split_into_segments_with_a_legend(
        workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    from slaworkshop.plan import plan_for
    from ui.document.blocks import document_locale
    from ui.document.funnel_picture import LEGEND_HEIGHT, funnel_vector, segment_colour

    with Store.open(workshop, read_only=True) as store:
        segmented = store.load(1)
    picture, width, height = funnel_vector(plan_for(segmented), segmented,
                                           document_locale("en"))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    picture.play(painter)
    painter.end()
    # The top bar (Leads: 7,297 SMB + 2,667 enterprise) in both segment colours, SMB first.
    row = 24 + 10
    colours = [image.pixelColor(x, row).name() for x in range(width)]
    smb, enterprise = segment_colour(0).name(), segment_colour(1).name()
    assert smb in colours and enterprise in colours
    assert colours.index(smb) < colours.index(enterprise)
    share = colours.count(enterprise) / (colours.count(smb) + colours.count(enterprise))
    assert share == pytest.approx(2667 / 9964, abs=0.01)
    unsplit = segmented.copy()
    unsplit.segments = []
    _, _, unsplit_height = funnel_vector(plan_for(unsplit), unsplit, document_locale("en"))
    assert height == unsplit_height + LEGEND_HEIGHT  # room for the legend
    # The legend names the segments, and the objective no longer claims one deal value.
    out = tmp_path / "segments.pdf"
    export(capsys, workshop, 1, out)
    text = " ".join(pdf_text(out).split())
    assert "SMB inbound Enterprise outbound" in text
    assert "split into 2 segments each with its own average deal value" in text
    assert "At an average deal value" not in text
    assert "segments' deal values" in text
