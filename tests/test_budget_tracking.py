"""Spend against budget in tracking and the monthly report; segment targets in the workbook."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.excel.reader import preview_bytes
from slaworkshop.excel.writer import write_export
from slaworkshop.model import Agreement
from slaworkshop.report_xlsx import write_report_xlsx
from slaworkshop.store import Store
from slaworkshop.tracking import budget_track, monthly_report, report_json, track

D = Decimal
SPEND = "Marketing and sales spend"
# The segments demo's budget: 80 436 in January, 72 864 in February (tests/test_cli_depth).
ACTUALS = {SPEND: {"2027-01": D(78000), "2027-02": D(75000)},
           "Leads": {"2027-01": D(950), "2027-02": D(900)}}


@pytest.fixture
def agreement() -> Agreement:
    return demo_agreement("en", "segments")


def test_the_spend_kpi_is_tracked_against_the_plan_s_budget(agreement: Agreement) -> None:
    spend = track(agreement, ACTUALS, "2027-02").kpi(SPEND)
    assert spend is not None
    assert [m.target for m in spend.months[:3]] == [80436, 72864, 72864]
    # Lower is better: 80 436 / 78 000 in January (green), 72 864 / 75 000 in February.
    assert spend.months[0].status.value == "green"
    assert spend.months[1].attainment == Fraction(72864, 75000)
    assert spend.months[1].status.value == "amber"


def test_budget_against_spend_month_by_month_and_year_to_date(agreement: Agreement) -> None:
    budget = budget_track(track(agreement, ACTUALS, "2027-02"))
    assert budget is not None
    assert [(m.month, m.budget, m.spent, m.variance) for m in budget.months] == [
        ("2027-01", 80436, 78000, -2436), ("2027-02", 72864, 75000, 2136)]
    assert (budget.ytd_budget, budget.ytd_spent, budget.ytd_variance) == (153300, 153000, -300)
    assert budget.annual == Fraction("738192")
    assert budget.left == 738192 - 153000
    assert budget.status.value == "green"
    data = report_json(monthly_report(agreement, ACTUALS, "2027-02"))["budget"]
    assert data["ytd_variance"] == "-300"
    assert data["left"] == "585192"
    assert data["months"]["2027-02"] == {"budget": "72864", "spent": "75000",
                                         "variance": "2136"}


def test_without_a_spend_kpi_the_report_has_no_budget_section(agreement: Agreement) -> None:
    agreement.spend_kpi = ""
    report = monthly_report(agreement, ACTUALS, "2027-02")
    assert report_json(report)["budget"] is None
    # Without the budget the spend KPI has no target of its own.
    assert report.tracking.kpi(SPEND).months[0].target is None


def test_the_spend_kpi_s_own_targets_win_over_the_budget(agreement: Agreement) -> None:
    agreement.custom_kpis[-1].targets = [D(70000)] * 12
    spend = track(agreement, ACTUALS, "2027-01").kpi(SPEND)
    assert spend.months[0].target == 70000


def test_report_xlsx_has_a_budget_sheet(tmp_path: Path, agreement: Agreement) -> None:
    out = tmp_path / "report.xlsx"
    write_report_xlsx(monthly_report(agreement, ACTUALS, "2027-02"), out)
    sheet = openpyxl.load_workbook(out)["Budget"]
    rows = [tuple(r) for r in sheet.iter_rows(min_row=3, max_row=6, max_col=4, values_only=True)]
    assert rows == [("Month", "Budget", "Spent", "Over (+) or under (−) budget"),
                    ("2027-01", 80436, 78000, -2436), ("2027-02", 72864, 75000, 2136),
                    ("Year to date", 153300, 153000, -300)]
    assert [sheet.cell(row, 2).value for row in (8, 9)] == [738192, 585192]


def test_report_text_says_how_spend_stands(tmp_path: Path, agreement: Agreement,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.slaw"
    with Store.open(db) as store:
        agreement_id = store.create(agreement)
        store.apply_actuals(agreement_id, {(k, m): v for k, months in ACTUALS.items()
                                           for m, v in months.items()})
    assert main(["report", "--db", str(db), str(agreement_id), "--month", "2027-02"]) == 0
    out = capsys.readouterr().out
    assert ("Spend (Marketing and sales spend): 153000 so far against a budget of 153300 for "
            "the same months (300 under, green); 585192 of the annual budget of 738192 left."
            ) in out
    assert main(["report", "--db", str(db), str(agreement_id), "--month", "2027-02",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["budget"]["ytd_spent"] == "153000"


def test_the_targets_sheet_carries_segment_targets_and_the_budget(
        tmp_path: Path, agreement: Agreement) -> None:
    from slaworkshop.plan import plan_for

    out = tmp_path / "export.xlsx"
    write_export(agreement, ACTUALS, out)
    targets = openpyxl.load_workbook(out)["Targets"]
    labels = [targets.cell(row, 1).value for row in range(1, targets.max_row + 1)]
    kpi_rows = len(agreement.kpis()) - (len(agreement.stages) - 1)  # no conversions
    assert labels[kpi_rows + 1] is None
    assert labels[kpi_rows + 2:] == [
        "Targets by segment",
        "Leads (SMB inbound)", "MQL (SMB inbound)", "SQL (SMB inbound)",
        "Opportunities (SMB inbound)", "Customers (SMB inbound)",
        "Leads (Enterprise outbound)", "MQL (Enterprise outbound)", "SQL (Enterprise outbound)",
        "Opportunities (Enterprise outbound)", "Customers (Enterprise outbound)"]
    plan = plan_for(agreement)
    first = kpi_rows + 4
    assert [targets.cell(first, c).value for c in range(4, 16)] == list(
        plan.segments[0].stages[0].monthly)
    assert targets.cell(first, 2).value == "Marketing"
    spend_row = labels.index(SPEND) + 1
    assert [targets.cell(spend_row, c).value for c in range(4, 7)] == [80436, 72864, 72864]


def test_segment_rows_are_ignored_when_the_workbook_is_read_back(
        tmp_path: Path, agreement: Agreement) -> None:
    out = tmp_path / "export.xlsx"
    write_export(agreement, ACTUALS, out)
    preview = preview_bytes(out.name, out.read_bytes(), agreement, {})
    assert preview.errors == []
    assert preview.values() == {(k, m): v for k, months in ACTUALS.items()
                                for m, v in months.items()}
    assert preview.ignored == []
    # Even a Targets sheet renamed so that it is read as data imports no segment row.
    book = openpyxl.load_workbook(out)
    del book["Actuals"]
    book["Targets"].title = "Plan"
    renamed = tmp_path / "renamed.xlsx"
    book.save(renamed)
    preview = preview_bytes(renamed.name, renamed.read_bytes(), agreement, {})
    assert not any("(" in kpi for kpi, _month in preview.values())
    assert {i.label for i in preview.ignored} >= {"Leads (SMB inbound)",
                                                   "Customers (Enterprise outbound)"}
