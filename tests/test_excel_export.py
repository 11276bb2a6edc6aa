"""The template and the export: sheets, dates, formats, validation, colours, safety."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from slaworkshop.demo import demo_agreement
from slaworkshop.excel.writer import write_export, write_template
from slaworkshop.model import Agreement, Kpi, KpiKind, Party, Signature
from slaworkshop.plan import plan_for
from slaworkshop.store import Store

NOW = dt.datetime(2027, 2, 3, 9, 30)
MONTHS = [dt.datetime(2027, m, 1) for m in range(1, 13)]
ROWS = ["Visits", "Leads", "MQL", "SQL", "Proposals", "Customers", "Hours to first contact",
        "Follow-up attempts per SQL", "Rejected leads with a reason"]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "team.slaw") as opened:
        yield opened


@pytest.fixture
def agreement(store: Store) -> Agreement:
    return store.load(store.create(demo_agreement("en")))


def column(sheet, index: int) -> list[object]:
    return [sheet.cell(row=r, column=index).value for r in range(1, sheet.max_row + 1)]


def test_template_sheets_layout_and_validation(tmp_path: Path, agreement: Agreement) -> None:
    out = tmp_path / "template.xlsx"
    write_template(agreement, out, now=NOW)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Actuals", "Targets", "Attainment", "About"]
    actuals = book["Actuals"]
    header = [c.value for c in actuals[1]]
    assert header == ["KPI", "Owner", "Unit", *MONTHS]
    assert actuals["D1"].number_format == "mmm yyyy"
    assert actuals.freeze_panes == "D2"
    assert column(actuals, 1)[1:] == ROWS
    assert column(actuals, 2)[1:] == ["Marketing"] * 3 + ["Sales"] * 6
    assert column(actuals, 3)[1:] == ["count"] * 6 + ["hours", "count", "%"]
    assert all(actuals.cell(row=r, column=c).value is None
               for r in range(2, 11) for c in range(4, 16))
    assert actuals["D2"].number_format == "#,##0"
    assert actuals["D8"].number_format == "0.0#"
    assert actuals.column_dimensions["A"].width == len("Rejected leads with a reason") + 2
    [rule] = actuals.data_validations.dataValidation
    assert (rule.type, rule.operator, rule.formula1) == ("decimal", "greaterThanOrEqual", "0")
    assert str(rule.sqref) == "D2:O10"

    targets = book["Targets"]
    plan = plan_for(agreement)
    assert [c.value for c in targets[1]] == header
    for row, stage in enumerate(plan.stages, start=2):
        assert [targets.cell(row=row, column=c).value for c in range(4, 16)] == list(
            stage.monthly)
    assert [targets.cell(row=8, column=c).value for c in range(4, 16)] == [24] * 12

    attainment = book["Attainment"]
    assert attainment["D2"].value == '=IF(OR(Actuals!D2="",Targets!D2="",N(Targets!D2)<=0),"",' \
                                     "Actuals!D2/Targets!D2)"
    assert attainment["C8"].value == "lower"
    assert attainment["D8"].value.endswith("Targets!D8/Actuals!D8)")
    rules = [r for cf in attainment.conditional_formatting for r in cf.rules]
    assert [(r.operator, r.formula) for r in rules] == [
        ("greaterThanOrEqual", ["1"]), ("between", ["0.9", "1"]), ("lessThan", ["0.9"])]

    about = {r[0]: r[1] for r in book["About"].iter_rows(min_row=3, values_only=True)}
    assert about["Agreement"] == "Sales & Marketing SLA 2027"
    assert about["Agreement id"] == agreement.id
    assert about["Revision"] == 1
    assert about["Period"] == "2027-01 to 2027-12 (12 months)"
    assert about["Contents"] == "actuals template"
    assert about["Made at (UTC)"] == "2027-02-03 09:30:00"
    assert "Fingerprint" not in about


def test_export_values_targets_and_traffic_lights(tmp_path: Path, store: Store,
                                                  agreement: Agreement) -> None:
    assert agreement.id is not None
    plan = plan_for(agreement)
    leads = plan.stage("Leads").monthly
    store.apply_actuals(agreement.id, {
        ("Leads", "2027-01"): Decimal(leads[0]),                      # on target: green
        ("Leads", "2027-02"): Decimal(leads[1] * 95 // 100),          # 95 %: amber
        ("Leads", "2027-03"): Decimal(leads[2] // 2),                 # 50 %: red
        ("Hours to first contact", "2027-01"): Decimal(12),           # lower is better: green
        ("Hours to first contact", "2027-02"): Decimal(48),           # half as good: red
        ("Rejected leads with a reason", "2027-01"): Decimal("97.5"),
    })
    out = tmp_path / "export.xlsx"
    write_export(agreement, store.actuals(agreement.id), out, now=NOW)
    book = openpyxl.load_workbook(out)
    actuals = book["Actuals"]
    assert [actuals.cell(row=3, column=c).value for c in range(4, 8)] == [
        leads[0], leads[1] * 95 // 100, leads[2] // 2, None]
    assert actuals["D8"].value == 12
    assert actuals["D10"].value == 97.5
    attainment = book["Attainment"]
    fills = [attainment.cell(row=3, column=c).fill.fgColor.rgb for c in range(4, 8)]
    assert fills == ["00C6EFCE", "00FFEB9C", "00FFC7CE", "00000000"]
    assert attainment["D3"].value == 1
    assert attainment["D8"].value == 2
    assert attainment["D8"].fill.fgColor.rgb == "00C6EFCE"
    assert attainment["E8"].value == 0.5
    assert attainment["E8"].fill.fgColor.rgb == "00FFC7CE"
    assert attainment["D3"].number_format == "0%"
    about = {r[0]: r[1] for r in book["About"].iter_rows(min_row=3, values_only=True)}
    assert about["Contents"] == "actuals export"


def test_export_colours_agree_with_the_apps_traffic_lights(tmp_path: Path, store: Store,
                                                           agreement: Agreement) -> None:
    from fractions import Fraction

    from slaworkshop.tracking import Light, light

    assert agreement.id is not None
    # No hours at all to first contact, against a 24-hour target: the best there is.
    store.apply_actuals(agreement.id, {("Hours to first contact", "2027-03"): Decimal(0)})
    kpi = next(k for k in agreement.custom_kpis if k.name == "Hours to first contact")
    assert light(Fraction(0), Fraction(24), kpi.direction, agreement.thresholds) is Light.GREEN
    out = tmp_path / "zero.xlsx"
    write_export(agreement, store.actuals(agreement.id), out, now=NOW)
    cell = openpyxl.load_workbook(out)["Attainment"]["F8"]
    assert cell.value is None  # no ratio to a zero
    assert cell.fill.fgColor.rgb == "00C6EFCE"


def test_signed_export_names_its_fingerprint(tmp_path: Path, store: Store,
                                             agreement: Agreement) -> None:
    assert agreement.id is not None
    for party in agreement.parties:
        store.sign(agreement.id, Signature(party.name, party.representative))
    signed = store.load(agreement.id)
    out = tmp_path / "signed.xlsx"
    write_export(signed, {}, out)
    about = {r[0]: r[1] for r in openpyxl.load_workbook(out)["About"].iter_rows(
        min_row=3, values_only=True)}
    assert about["Fingerprint"] == signed.fingerprint
    assert about["Status"] == "signed"


def test_user_text_is_never_a_formula(tmp_path: Path, store: Store) -> None:
    hostile = demo_agreement("en")
    hostile.title = '=HYPERLINK("http://evil.example","click")'
    hostile.parties = [Party("+Marketing"), Party("@Sales")]
    for stage in hostile.stages:
        stage.owner = "+Marketing" if stage.owner == "Marketing" else "@Sales"
    hostile.stages[0].name = "=1+1"
    hostile.stages[1].name = "-2+3"
    hostile.custom_kpis = [Kpi("=cmd|' /C calc'!A0", KpiKind.CUSTOM, owner="@Sales")]
    hostile.protocols = []
    agreement = store.load(store.create(hostile))
    for writer in ("template", "export"):
        out = tmp_path / f"{writer}.xlsx"
        if writer == "template":
            write_template(agreement, out)
        else:
            write_export(agreement, {}, out)
        with zipfile.ZipFile(out) as archive:
            sheets = {n: archive.read(n).decode() for n in archive.namelist()
                      if n.startswith("xl/worksheets/sheet")}
        actuals_xml, about_xml = sheets["xl/worksheets/sheet1.xml"], sheets[
            "xl/worksheets/sheet4.xml"]
        for xml in (actuals_xml, sheets["xl/worksheets/sheet2.xml"], about_xml):
            assert "<f>" not in xml
        assert re.search(r'<c r="A2"[^>]*t="inlineStr"[^>]*><is><t>=1\+1</t></is></c>',
                         actuals_xml)
        assert re.search(r'<c r="A3"[^>]*t="inlineStr"[^>]*><is><t>-2\+3</t></is></c>',
                         actuals_xml)
        assert re.search(r't="inlineStr"[^>]*><is><t>=cmd\|\' /C calc\'!A0</t>', actuals_xml)
        assert re.search(r't="inlineStr"[^>]*><is><t>\+Marketing</t>', actuals_xml)
        assert re.search(r't="inlineStr"[^>]*><is><t>=HYPERLINK', about_xml)
        book = openpyxl.load_workbook(out)
        assert book["Actuals"]["A2"].data_type == "s"
        assert book["Actuals"]["A2"].quotePrefix
        assert book["About"]["B3"].value == hostile.title


def test_write_is_atomic(tmp_path: Path, agreement: Agreement,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "actuals.xlsx"
    out.write_bytes(b"previous workbook")
    import openpyxl.workbook.workbook as workbook_module

    def broken_save(self, filename) -> None:
        filename.write(b"half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook_module.Workbook, "save", broken_save)
    with pytest.raises(OSError):
        write_export(agreement, {}, out)
    assert out.read_bytes() == b"previous workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actuals.xlsx", "team.slaw"]
    monkeypatch.undo()
    write_export(agreement, {}, out)
    assert openpyxl.load_workbook(out).sheetnames[0] == "Actuals"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actuals.xlsx", "team.slaw"]
