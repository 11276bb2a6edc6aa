"""The actuals workbook in Spanish: sheet names, headers, labels and units in the reader's
language (``--lang es``), read back exactly by the importer; the import's messages translatable.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.excel.reader import UNKNOWN_REASON, Status, preview_import
from slaworkshop.excel.writer import write_export, write_template
from slaworkshop.store import Store
from slaworkshop.text import Text

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "i18n" / "slaworkshop_es.ts"
SHEETS_ES = ["Reales", "Objetivos", "Cumplimiento", "Acerca de"]


def shipped_translation(context: str) -> dict[str, str]:
    """The committed Spanish translation of one context, read straight from the .ts file."""
    for element in ET.parse(TS_FILE).getroot().iter("context"):
        if element.findtext("name") == context:
            return {m.findtext("source", ""): m.findtext("translation", "")
                    for m in element.iter("message")}
    return {}


def spanish(text: str) -> str:
    return shipped_translation("excel_workbook").get(text) or text


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "team.slaw"
    assert main(["demo", "--db", str(path)]) == 0
    with Store.open(path) as store:
        store.apply_actuals(1, {("Leads", "2027-01"): Decimal(170),
                                ("Leads", "2027-02"): Decimal("180.5"),
                                ("MQL", "2027-01"): Decimal(80)})
    capsys.readouterr()
    return path


def test_spanish_export_has_spanish_sheets_headers_labels_and_units(
        tmp_path: Path, db: Path, qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reales.xlsx"
    assert main(["export-actuals", "--db", str(db), "1", str(out), "--lang", "es"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == SHEETS_ES
    reales = book["Reales"]
    assert [c.value for c in reales[1][:3]] == ["Indicador", "Responsable", "Unidad"]
    first_month = reales.cell(1, 4)
    assert first_month.value == dt.datetime(2027, 1, 1)  # a real date, shown as Excel likes
    assert first_month.number_format == "mmm yyyy"
    rows = {row[0].value: row for row in reales.iter_rows(min_row=2)}
    assert rows["Leads"][2].value == "cantidad"
    assert [rows["Leads"][3].value, rows["Leads"][4].value] == [170, 180.5]
    assert [c.value for c in book["Objetivos"][1][:3]] == ["Indicador", "Responsable", "Unidad"]
    cumplimiento = book["Cumplimiento"]
    assert [c.value for c in cumplimiento[1][:3]] == ["Indicador", "Responsable", "Mejor si es"]
    assert {row[2].value for row in cumplimiento.iter_rows(min_row=2)} <= {"mayor", "menor"}
    about = {row[0].value: row[1].value for row in book["Acerca de"].iter_rows()
             if row[0].value}
    assert about["SLA Workshop: valores reales de los KPI"] is None
    assert about["ID del acuerdo"] == 1
    assert about["Estado"] == "borrador"
    assert about["Contenido"] == "exportación de valores reales"
    assert about["Periodo"].endswith("(12 meses)")
    assert about["Verde"] == "cumplimiento de 100 % o más"
    assert about["Ámbar"] == "cumplimiento de 90 % a menos de 100 %"
    assert about["Rojo"] == "cumplimiento inferior a 90 %"
    assert "hoja Reales" in about["Cómo rellenarlo"]
    assert reales.data_validations.dataValidation[0].errorTitle == "Valor real no válido"


def test_english_stays_the_default(tmp_path: Path, db: Path) -> None:
    out = tmp_path / "actuals.xlsx"
    assert main(["export-actuals", "--db", str(db), "1", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Actuals", "Targets", "Attainment", "About"]
    assert [c.value for c in book["Actuals"][1][:3]] == ["KPI", "Owner", "Unit"]
    about = {row[0].value: row[1].value for row in book["About"].iter_rows() if row[0].value}
    assert about["Green"] == "attainment of 100 % or more"


def test_spanish_export_imports_back_with_nothing_changed(
        tmp_path: Path, db: Path, qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reales.xlsx"
    assert main(["export-actuals", "--db", str(db), "1", str(out), "--lang", "es"]) == 0
    with Store.open(db) as store:
        before = store.actuals(1)
        agreement = store.load(1)
    preview = preview_import(out, agreement, before)
    assert preview.ok and not preview.ignored and not preview.notes
    assert preview.values() == {}
    assert sorted((c.kpi, c.month, c.new, c.place) for c in preview.changes) == [
        ("Leads", "2027-01", Decimal(170), "Reales!D3"),
        ("Leads", "2027-02", Decimal("180.5"), "Reales!E3"),
        ("MQL", "2027-01", Decimal(80), "Reales!D4"),
    ]
    assert all(c.status is Status.UNCHANGED for c in preview.changes)
    capsys.readouterr()
    assert main(["import-actuals", "--db", str(db), "1", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Nothing to change from reales.xlsx: 0 new, 0 changed, 3 unchanged, 0 ignored")
    with Store.open(db) as store:
        assert store.actuals(1) == before


def test_spanish_template_filled_in_imports(tmp_path: Path, db: Path, qapp: object) -> None:
    out = tmp_path / "plantilla.xlsx"
    assert main(["template", "--db", str(db), "1", str(out), "--lang", "es"]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == SHEETS_ES
    # The live attainment formulas point at the Spanish sheets.
    assert book["Cumplimiento"]["D2"].value.count("Reales!D2") == 2
    assert "Objetivos!D2" in book["Cumplimiento"]["D2"].value
    reales = book["Reales"]
    row = next(r[0].row for r in reales.iter_rows(min_row=2) if r[0].value == "MQL")
    reales.cell(row, 5).value = 95  # February
    book.save(out)
    with Store.open(db) as store:
        agreement = store.load(1)
        preview = preview_import(out, agreement, store.actuals(1))
    assert preview.ok and not preview.ignored
    assert preview.values() == {("MQL", "2027-02"): Decimal(95)}


def test_core_writer_takes_a_translate_function(tmp_path: Path) -> None:
    """The writer itself is Qt-free: any ``translate`` function gives the workbook's language;
    the importer reads the shipped Spanish names and the About sheet of another agreement."""
    with Store.open(tmp_path / "team.slaw") as store:
        agreement = store.load(store.create(demo_agreement("es")))
        other = store.load(store.create(demo_agreement("es")))
        stage = other.stages[0].name
        store.apply_actuals(other.id, {(stage, "2027-01"): Decimal(5)})
        out = tmp_path / "otro.xlsx"
        write_export(other, store.actuals(other.id), out, translate=spanish)
        preview = preview_import(out, agreement, {})
        assert [str(note) for note in preview.notes] == [
            f'this workbook was made for another agreement ("{other.title}", id {other.id}); '
            "check that it is the right file"]
        assert preview.values() == {(stage, "2027-01"): Decimal(5)}
        template = tmp_path / "plantilla.xlsx"
        write_template(agreement, template, translate=spanish)
        errors = preview_import(template, agreement, {}).errors
        assert [str(p.message) for p in errors] == [
            "no data: the file has no values for this agreement's KPIs (read: Reales)"]
    assert openpyxl.load_workbook(template).sheetnames == SHEETS_ES


def test_import_messages_are_translatable_texts(tmp_path: Path) -> None:
    with Store.open(tmp_path / "team.slaw") as store:
        agreement = store.load(store.create(demo_agreement("en")))
    path = tmp_path / "enero.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Hoja1"
    for row in (["KPI", "2027-01"], ["Leads", "n/a"], ["Churn", 4]):
        book.active.append(row)
    book.save(path)
    preview = preview_import(path, agreement, {})
    [problem] = preview.errors
    assert problem.field == "Hoja1!B2"
    assert problem.message == '"n/a" is not a number'
    assert isinstance(problem.message, Text) and problem.message.context == "excel"
    assert problem.message.template == '"{value}" is not a number'
    assert preview.ignored[0].reason == UNKNOWN_REASON
    translation = shipped_translation("excel")
    assert translation[problem.message.template].format(**problem.message.params) == \
        "«n/a» no es un número"
    # Hostile-file refusals too.
    (tmp_path / "empty.xlsx").write_bytes(b"")
    [refusal] = preview_import(tmp_path / "empty.xlsx", agreement, {}).errors
    assert isinstance(refusal.message, Text) and refusal.message.template in translation


def test_help_lists_each_workbook_command_once(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()
              if line.startswith("    ") and line.split()]
    for command in ("template", "export-actuals", "import-actuals"):
        assert listed.count(command) == 1, command
    with pytest.raises(SystemExit):
        main(["template", "--help"])
    assert "--lang {en,es}" in capsys.readouterr().out
