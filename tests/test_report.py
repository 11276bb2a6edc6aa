"""`report`: JSON, xlsx and PDF carry the figures (read back with openpyxl and pdftotext)."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from slaworkshop.cli import run
from slaworkshop.store import Store
from tests.test_tracking import FIXTURE_ACTUALS, fixture_agreement

PACKAGES = ("slaworkshop.commands", "ui.commands")


@pytest.fixture
def workshop(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "w.slaw"
    with Store.open(path) as store:
        agreement_id = store.create(fixture_agreement())
        store.apply_actuals(agreement_id, {(k, m): v for k, months in FIXTURE_ACTUALS.items()
                                           for m, v in months.items()})
    return path, agreement_id


def report(*args: str) -> int:
    return run(["report", *args], packages=PACKAGES)


def test_report_json_per_kpi(workshop, capsys) -> None:
    path, agreement_id = workshop
    assert report("--db", str(path), str(agreement_id), "--month", "2027-03", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    customers = data["kpis"]["Customers"]
    assert {k: customers[k] for k in ("target", "actual", "attainment", "status", "ytd_target",
                                      "ytd_actual", "projected")} == {
        "target": "3", "actual": "2", "attainment": "0.6667", "status": "red",
        "ytd_target": "12", "ytd_actual": "10", "projected": "10"}
    assert data["kpis"]["SQL"]["months"]["2027-02"] == {
        "target": "6", "actual": None, "attainment": None, "status": "no data"}
    assert [p["name"] for p in data["parties"]] == ["Marketing", "Sales"]
    assert data["parties"][1]["findings"][0]["text"].startswith("Customers 33 % under")


def test_report_rejects_a_month_outside_the_period(workshop, capsys) -> None:
    path, agreement_id = workshop
    assert report("--db", str(path), str(agreement_id), "--month", "2028-01", "--json") == 3
    assert "2028-01 is not a month of this agreement's period" in capsys.readouterr().err
    assert report("--db", str(path), str(agreement_id), "--month", "soon") == 3


def test_report_text(workshop, capsys) -> None:
    path, agreement_id = workshop
    assert report("--db", str(path), str(agreement_id), "--month", "2027-03") == 0
    out = capsys.readouterr().out
    assert "Leads: target 12, actual 15, 125 % [green]" in out
    assert "Customers 33 % under: SQL were on plan (Sales)" in out


def test_report_xlsx_contains_the_figures(workshop, tmp_path) -> None:
    from openpyxl import load_workbook

    path, agreement_id = workshop
    out = tmp_path / "report.xlsx"
    assert report("--db", str(path), str(agreement_id), "--month", "2027-03",
                  "--xlsx", str(out)) == 0
    book = load_workbook(out)
    sheet = book["Report"]
    header = [c.value for c in sheet[3]]
    assert header[:7] == ["Party", "KPI", "Unit", "Target", "Actual", "Attainment", "Status"]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=4, values_only=True)}
    leads = rows["Leads"]
    assert leads[0] == "Marketing"
    assert leads[3:8] == (12, 15, 1.25, "green", 48)
    assert leads[8] == 47 and leads[11] == 47 and leads[13] == 1
    sql = rows["SQL"]
    assert sql[11] == pytest.approx(21.33) and sql[10] == "red"
    hours = rows["Hours to first contact"]
    assert hours[4] == "n/a" and hours[6] == "no data" and hours[8] == 25
    assert rows["Leads → SQL"][4] == pytest.approx(0.4)
    assert sheet.cell(4 + list(rows).index("Leads"), 7).fill.start_color.rgb.endswith("C6EFCE")
    findings = list(book["Findings"].iter_rows(min_row=2, values_only=True))
    assert findings[0][:3] == ("month", "Customers", "Sales")
    assert findings[0][4].startswith("Customers 33 % under")
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Report month"] == "2027-03" and about["Agreement"] == "Fixture SLA"


def test_xlsx_text_never_becomes_a_formula(tmp_path) -> None:
    from openpyxl import load_workbook

    from slaworkshop.report_xlsx import write_report_xlsx
    from slaworkshop.tracking import monthly_report

    agreement = fixture_agreement()
    agreement.custom_kpis[1].name = "=HYPERLINK(\"http://x\")"
    actuals = {**FIXTURE_ACTUALS, agreement.custom_kpis[1].name: {"2027-03": Decimal(1)}}
    out = tmp_path / "f.xlsx"
    write_report_xlsx(monthly_report(agreement, actuals, "2027-03"), out)
    cells = [c for row in load_workbook(out)["Report"].iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)


def test_xlsx_report_takes_names_with_control_characters(tmp_path) -> None:
    from openpyxl import load_workbook

    from slaworkshop.report_xlsx import write_report_xlsx
    from slaworkshop.tracking import monthly_report

    agreement = fixture_agreement()
    agreement.title = "Fixture\x01 SLA"  # pasted from somewhere, with a control character
    agreement.custom_kpis[1].name = "Demos\x0b booked"
    actuals = {**FIXTURE_ACTUALS, "Demos\x0b booked": {"2027-03": Decimal(4)}}
    out = tmp_path / "c.xlsx"
    write_report_xlsx(monthly_report(agreement, actuals, "2027-03"), out)
    texts = {c.value for sheet in load_workbook(out) for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str)}
    assert "Demos booked" in texts and "Fixture SLA" in texts
    assert not list(tmp_path.glob(".c.xlsx*"))  # no temporary file left beside it


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_report_pdf_contains_the_figures(workshop, tmp_path, qapp) -> None:
    path, agreement_id = workshop
    out = tmp_path / "report.pdf"
    assert report("--db", str(path), str(agreement_id), "--month", "2027-03",
                  "--pdf", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Fixture SLA" in text and "Monthly report, March 2027" in text
    # The tables, after the pages of pictures.
    text = text[text.index("Monthly report, March 2027"):]
    lines: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip():
            lines.setdefault(line.split()[0], line.split())
    # Leads: target 12, actual 15, 125 %, on target; YTD 48 / 47 (98 %); projected 47; year 48.
    assert lines["Leads"][:8] == ["Leads", "12", "15", "125", "%", "on", "target", "48"]
    sql = next(line.split() for line in text.splitlines() if line.split()[:2] == ["SQL", "6"])
    assert sql[:4] == ["SQL", "6", "6", "100"] and "21.3" in sql  # projected year end
    assert "Met or beat the target" in text and "Missed, and why" in text
    assert "Customers 33 % under: SQL were on plan (Sales); the SQL → Customers rate is 33 %" \
        in " ".join(text.split())


def test_output_paths_are_checked(workshop, tmp_path, capsys) -> None:
    path, agreement_id = workshop
    assert report("--db", str(path), str(agreement_id), "--month", "2027-03",
                  "--xlsx", str(tmp_path / "nope" / "r.xlsx")) == 3
    assert report("--db", str(path), str(agreement_id), "--month", "2027-03",
                  "--xlsx", str(tmp_path / "r.pdf")) == 3
    assert not list(tmp_path.glob("*.pdf"))
    capsys.readouterr()


def test_json_and_xlsx_need_no_qt(workshop, tmp_path) -> None:
    import sys

    path, agreement_id = workshop
    script = (
        "import sys\n"
        "from slaworkshop.cli import run\n"
        f"args = ['report', '--db', {str(path)!r}, '{agreement_id}', '--month', '2027-03']\n"
        "packages = ('slaworkshop.commands', 'ui.commands')\n"
        f"assert run(args + ['--xlsx', {str(tmp_path / 'q.xlsx')!r}], packages=packages) == 0\n"
        "assert run(args + ['--json'], packages=packages) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "print('QT', loaded)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parent.parent)
    assert result.stdout.strip().endswith("QT []")
    assert (tmp_path / "q.xlsx").exists()
