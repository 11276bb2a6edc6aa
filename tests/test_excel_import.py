"""Importing KPI actuals: the app's own files, hand-made layouts, month spellings, places."""

from __future__ import annotations

import datetime as dt
import warnings
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaworkshop.demo import demo_agreement
from slaworkshop.excel.months import month_key
from slaworkshop.excel.names import KpiMatcher, Match, name_key
from slaworkshop.excel.reader import Status, apply_preview, preview_bytes, preview_import
from slaworkshop.excel.writer import write_export, write_template
from slaworkshop.model import Agreement
from slaworkshop.store import Store

MONTHS = [f"2027-{m:02d}" for m in range(1, 13)]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "team.slaw") as opened:
        yield opened


@pytest.fixture
def agreement(store: Store) -> Agreement:
    agreement_id = store.create(demo_agreement("en"))
    return store.load(agreement_id)


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def values_of(preview) -> dict[tuple[str, str], Decimal]:
    return {(c.kpi, c.month): c.new for c in preview.changes}


def errors_of(preview) -> list[str]:
    return [str(p) for p in preview.errors]


# Months ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2027-03", "2027-03"), ("2027/3", "2027-03"), ("03/2027", "2027-03"),
    ("2027-03-01", "2027-03"), ("Mar 2027", "2027-03"), ("March 2027", "2027-03"),
    ("mar-27", "2027-03"), ("MAR-2027", "2027-03"), ("marzo 2027", "2027-03"),
    ("Marzo de 2027", "2027-03"), ("ene-2027", "2027-01"), ("ene-27", "2027-01"),
    ("enero 2027", "2027-01"), ("Sept 2027", "2027-09"), ("sep.-27", "2027-09"),
    ("setiembre 2027", "2027-09"), ("dic. 2027", "2027-12"), ("Dec'27", "2027-12"),
    ("agosto-2027", "2027-08"), ("abr 2027", "2027-04"), ("2027 Mar", "2027-03"),
    ("  Feb  2027 ", "2027-02"), ("Febrero 2027", "2027-02"), ("may 27", "2027-05"),
])
def test_month_spellings(text: str, expected: str) -> None:
    assert month_key(text) == expected


@pytest.mark.parametrize("text", ["Total", "2027-13", "Marz 2027", "13/2027", "", "Leads",
                                  "2027", "mar"])
def test_not_months(text: str) -> None:
    assert month_key(text) is None


def test_month_from_dates() -> None:
    assert month_key(dt.datetime(2027, 3, 1)) == "2027-03"
    assert month_key(dt.date(2027, 11, 17)) == "2027-11"
    assert month_key(46000) is None


# Names -----------------------------------------------------------------------------------------

def test_names_ignore_case_accents_and_spacing(agreement: Agreement) -> None:
    matcher = KpiMatcher(agreement)
    assert name_key("  Métrica   de\tVentas ") == "metrica de ventas"
    assert matcher.match("website  VISITS").kpi.name == "Visits"
    assert matcher.match("Sessions").kpi.name == "Visits"
    assert matcher.match("visits").kpi.name == "Visits"
    assert matcher.match("tiempo de RESPUESTA").kpi.name == "Hours to first contact"
    assert matcher.match("Hours-to-first-contact").kpi.name == "Hours to first contact"
    assert matcher.match("Visits → Leads").kind is Match.CONVERSION
    assert matcher.match("Visits -> Leads").kind is Match.CONVERSION
    assert matcher.match("MQL to SQL rate").kind is Match.CONVERSION
    assert matcher.match("Churn").kind is Match.UNKNOWN


# The app's own files ---------------------------------------------------------------------------

def fill_actuals(store: Store, agreement: Agreement) -> dict[tuple[str, str], Decimal]:
    values: dict[tuple[str, str], Decimal] = {}
    for index, month in enumerate(MONTHS):
        values[("Visits", month)] = Decimal(9000 + index * 100)
        values[("Leads", month)] = Decimal(180 + index)
        values[("Customers", month)] = Decimal(index % 4)
        values[("Hours to first contact", month)] = Decimal("23.5") + index
        values[("Rejected leads with a reason", month)] = Decimal("97.25")
    assert agreement.id is not None
    store.apply_actuals(agreement.id, values)
    return values


def test_export_reimported_changes_nothing(tmp_path: Path, store: Store,
                                           agreement: Agreement) -> None:
    assert agreement.id is not None
    written = fill_actuals(store, agreement)
    out = tmp_path / "export.xlsx"
    write_export(agreement, store.actuals(agreement.id), out)
    preview = preview_import(out, agreement, store.actuals(agreement.id))
    assert errors_of(preview) == []
    assert values_of(preview) == written
    assert (preview.new, preview.changed, preview.unchanged) == (0, 0, len(written))
    assert preview.ignored == []
    assert apply_preview(store, agreement.id, preview) is None
    assert store.imports(agreement.id) == []


def test_filled_template_imports_exactly(tmp_path: Path, store: Store,
                                         agreement: Agreement) -> None:
    assert agreement.id is not None
    out = tmp_path / "template.xlsx"
    write_template(agreement, out)
    book = openpyxl.load_workbook(out)
    sheet = book["Actuals"]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(row=rows["Leads"], column=4).value = 181
    sheet.cell(row=rows["Leads"], column=5).value = 175.0
    sheet.cell(row=rows["Hours to first contact"], column=4).value = 23.75
    sheet.cell(row=rows["Rejected leads with a reason"], column=6).value = 0.1
    book.save(out)
    preview = preview_import(out, agreement, store.actuals(agreement.id))
    assert errors_of(preview) == []
    assert values_of(preview) == {
        ("Leads", "2027-01"): Decimal(181), ("Leads", "2027-02"): Decimal(175),
        ("Hours to first contact", "2027-01"): Decimal("23.75"),
        ("Rejected leads with a reason", "2027-03"): Decimal("0.1"),
    }
    assert all(c.status is Status.NEW for c in preview.changes)
    assert preview.changes[0].place == f"Actuals!D{rows['Leads']}"
    apply_preview(store, agreement.id, preview)
    assert store.actuals(agreement.id)["Leads"] == {"2027-01": Decimal(181),
                                                    "2027-02": Decimal(175)}


def test_changed_value_is_kept_in_history_with_its_import(tmp_path: Path, store: Store,
                                                          agreement: Agreement) -> None:
    assert agreement.id is not None
    first = workbook(tmp_path / "january.xlsx", {"Hoja1": [["KPI", "ene-2027"], ["Leads", 180]]})
    apply_preview(store, agreement.id, preview_import(first, agreement, {}))
    second = workbook(tmp_path / "january-fixed.xlsx",
                      {"Hoja1": [["KPI", "ene-2027"], ["Leads", 185]]})
    preview = preview_import(second, agreement, store.actuals(agreement.id))
    assert [(c.old, c.new, c.status) for c in preview.changes] == [
        (Decimal(180), Decimal(185), Status.CHANGED)]
    apply_preview(store, agreement.id, preview)
    history = store.actual_history(agreement.id, "Leads", "2027-01")
    assert [(r.value, r.file_name) for r in history] == [
        (Decimal(180), "january.xlsx"), (Decimal(185), "january-fixed.xlsx")]
    assert store.imports(agreement.id)[-1]["sha256"] == preview.sha256


# Hand-made layouts -----------------------------------------------------------------------------

def test_wide_sheet_with_text_months_names_and_aliases(tmp_path: Path,
                                                       agreement: Agreement) -> None:
    path = workbook(tmp_path / "hand.xlsx", {"Hoja1": [
        ["Datos de marketing"],
        [],
        ["Indicador", "ene-2027", "Feb 2027", "marzo 2027", "2027-04", "mar-27x", "Total"],
        ["website  VISITS", 9000, 9100, "9 200", 9300, None, 36600],
        ["LEADS", 180, "181", None, 183, None, 544],
        ["Tiempo de respuesta", "23,5", 22, 21.25, None],
        ["Visits → Leads", 0.02, 0.02, 0.02, 0.02],
        ["Churn", 3, 4, 5, 6],
    ]})
    preview = preview_import(path, agreement, {})
    assert errors_of(preview) == []
    assert values_of(preview) == {
        ("Visits", "2027-01"): Decimal(9000), ("Visits", "2027-02"): Decimal(9100),
        ("Visits", "2027-03"): Decimal(9200), ("Visits", "2027-04"): Decimal(9300),
        ("Leads", "2027-01"): Decimal(180), ("Leads", "2027-02"): Decimal(181),
        ("Leads", "2027-04"): Decimal(183),
        ("Hours to first contact", "2027-01"): Decimal("23.5"),
        ("Hours to first contact", "2027-02"): Decimal(22),
        ("Hours to first contact", "2027-03"): Decimal("21.25"),
    }
    assert [(i.place, i.label, i.reason) for i in preview.ignored] == [
        ("Hoja1!A7", "Visits → Leads",
         "conversion rates are derived from the volumes, never imported"),
        ("Hoja1!A8", "Churn", "not a KPI of this agreement"),
    ]


def test_wide_sheet_with_real_date_headers(tmp_path: Path, agreement: Agreement) -> None:
    path = workbook(tmp_path / "dates.xlsx", {"Sheet": [
        [None, dt.datetime(2027, 5, 1), dt.datetime(2027, 6, 1), dt.date(2027, 7, 1)],
        ["MQL", 40, 41, 42],
    ]})
    preview = preview_import(path, agreement, {})
    assert errors_of(preview) == []
    assert values_of(preview) == {("MQL", "2027-05"): 40, ("MQL", "2027-06"): 41,
                                  ("MQL", "2027-07"): 42}


@pytest.mark.parametrize("headers", [("Month", "KPI", "Value"), ("Mes", "Indicador", "Valor"),
                                     ("MES", "Métrica", "valor"), ("fecha", "kpi", "Real")])
def test_long_table_with_english_or_spanish_headers(tmp_path: Path, agreement: Agreement,
                                                    headers: tuple[str, str, str]) -> None:
    path = workbook(tmp_path / "long.xlsx", {"Datos": [
        ["Owner", *headers],
        ["Sales", "2027-03", "SQL", 20],
        ["Sales", "mar-27", "Proposals", 6],
        ["Sales", dt.datetime(2027, 4, 1), "Won deals", 2],
        ["Sales", "abril 2027", "sql", "21"],
        ["Sales", "Apr 2027", "Quotes", 7],
        ["Marketing", "2027-04", "Leads → MQL", "50%"],
        ["Ops", "2027-04", "Tickets", 300],
        ["Ops", "2027-05", "Tickets", 310],
        ["Sales", "2027-05", "SQL", None],
    ]})
    preview = preview_import(path, agreement, {"SQL": {"2027-03": Decimal(19)}})
    assert errors_of(preview) == []
    assert values_of(preview) == {
        ("SQL", "2027-03"): 20, ("SQL", "2027-04"): 21, ("Proposals", "2027-03"): 6,
        ("Proposals", "2027-04"): 7, ("Customers", "2027-04"): 2}
    assert (preview.new, preview.changed, preview.unchanged) == (4, 1, 0)
    assert [(i.label, i.rows) for i in preview.ignored] == [("Leads → MQL", 1), ("Tickets", 2)]
    assert preview.ignored[1].place == "Datos!C8"


def test_targets_and_about_sheets_are_not_read(tmp_path: Path, agreement: Agreement) -> None:
    path = workbook(tmp_path / "two.xlsx", {
        "Objetivos": [["KPI", "2027-01"], ["Leads", 999]],
        "Reales": [["KPI", "2027-01"], ["Leads", 170]],
        "Notas": [["KPI", "2027-01"], ["Leads", 1]],
    })
    preview = preview_import(path, agreement, {})
    assert values_of(preview) == {("Leads", "2027-01"): 170}


def test_same_value_twice_is_fine(tmp_path: Path, agreement: Agreement) -> None:
    path = workbook(tmp_path / "twice.xlsx", {"A": [
        ["Month", "KPI", "Value"], ["2027-01", "Leads", 5], ["ene-2027", "leads", 5.0]]})
    preview = preview_import(path, agreement, {})
    assert errors_of(preview) == []
    assert values_of(preview) == {("Leads", "2027-01"): 5}


def test_percent_formatted_cell_reads_as_percent(tmp_path: Path, agreement: Agreement) -> None:
    path = tmp_path / "percent.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["KPI", "2027-01"])
    sheet.append(["Rejected leads with a reason", 0.955])
    sheet["B2"].number_format = "0.0%"
    book.save(path)
    preview = preview_import(path, agreement, {})
    assert values_of(preview) == {("Rejected leads with a reason", "2027-01"): Decimal("95.5")}


# Problems with their places --------------------------------------------------------------------

def test_each_problem_names_its_cell(tmp_path: Path, store: Store, agreement: Agreement) -> None:
    path = workbook(tmp_path / "bad.xlsx", {"Hoja1": [
        ["Month", "KPI", "Value"],
        ["2027-01", "Leads", 180],
        ["2027-02", "Leads", "n/a"],
        ["2027-03", "Leads", -4],
        ["2028-01", "Leads", 10],
        ["Marz 2027", "Leads", 10],
        ["ene-2027", "LEADS", 181],
        ["2027-04", "Hours to first contact", -1.5],
        ["2027-05", "MQL", True],
        ["2027-06", "Churn", "whatever"],
        [None, "MQL", 4],
        ["2027-07", "MQL", "1,234"],
    ]})
    preview = preview_import(path, agreement, {})
    assert errors_of(preview) == [
        'Hoja1!C3: "n/a" is not a number',
        'Hoja1!C4: a negative count (-4) is not possible for "Leads"',
        "Hoja1!A5: 2028-01 is outside the agreement's period (2027-01 to 2027-12)",
        'Hoja1!A6: "Marz 2027" cannot be read as a month (write it as 2027-03, Mar 2027 or '
        "marzo 2027)",
        'Hoja1!C7: "Leads" for 2027-01 is given twice with different values: 180 at '
        "Hoja1!C2 and 181 here",
        'Hoja1!C8: "Hours to first contact" cannot be negative (-1.5)',
        'Hoja1!C9: "TRUE" is not a number',
        'Hoja1!A11: no month is given for "MQL"',
        'Hoja1!C12: "1,234" is ambiguous (a thousands separator or a decimal comma?); write it '
        "without separators",
    ]
    assert [i.label for i in preview.ignored] == ["Churn"]


def test_wide_sheet_problems_name_header_cells(tmp_path: Path, agreement: Agreement) -> None:
    path = workbook(tmp_path / "wide-bad.xlsx", {"Actuals": [
        ["KPI", "Dec 2026", "ene-2027", "Fbr 2027", "Notes"],
        ["Leads", 170, 180, 190, "ok"],
        [None, 1, 2],
    ]})
    preview = preview_import(path, agreement, {})
    assert errors_of(preview) == [
        "Actuals!B1: 2026-12 is outside the agreement's period (2027-01 to 2027-12)",
        'Actuals!D1: "Fbr 2027" cannot be read as a month (write it as 2027-03, Mar 2027 or '
        "marzo 2027)",
        "Actuals!A3: values in a row with no KPI name",
    ]


def test_no_data_at_all(tmp_path: Path, agreement: Agreement) -> None:
    blank = workbook(tmp_path / "blank.xlsx", {"Hoja1": [["hello"], ["world"]]})
    preview = preview_import(blank, agreement, {})
    assert errors_of(preview) == [
        "blank.xlsx: no data: no sheet has KPIs in rows with months in columns, a table "
        "with Month, KPI and Value columns, a summary (date, stage, count) or a date column per "
        'stage (looked at: Hoja1; headers seen: Hoja1: "hello / world")']
    template = tmp_path / "template.xlsx"
    write_template(agreement, template)
    assert errors_of(preview_import(template, agreement, {})) == [
        "template.xlsx: no data: the file has no values for this agreement's KPIs "
        "(read: Actuals)"]


def test_export_of_another_agreement_is_noted(tmp_path: Path, store: Store,
                                              agreement: Agreement) -> None:
    other = store.load(store.create(demo_agreement("en")))
    out = tmp_path / "other.xlsx"
    store.apply_actuals(other.id, {("Leads", "2027-01"): Decimal(5)})
    write_export(other, store.actuals(other.id), out)
    preview = preview_import(out, agreement, {})
    assert preview.notes == [f'this workbook was made for another agreement ("{other.title}", '
                             f"id {other.id}); check that it is the right file"]


# Property: random valid long tables import to exactly the values written ---------------------

KPI_NAMES = ["Visits", "Leads", "MQL", "SQL", "Proposals", "Customers",
             "Hours to first contact", "Follow-up attempts per SQL"]
SPELLINGS = [lambda y, m: f"{y}-{m:02d}", lambda y, m: dt.datetime(y, m, 1),
             lambda y, m: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct",
                           "nov", "dic"][m - 1] + f"-{y % 100:02d}",
             lambda y, m: dt.date(y, m, 1).strftime("%b %Y")]
amounts = st.one_of(
    st.integers(min_value=0, max_value=10**9).map(Decimal),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.dictionaries(
    st.tuples(st.sampled_from(KPI_NAMES), st.integers(min_value=1, max_value=12)),
    st.tuples(amounts, st.integers(min_value=0, max_value=len(SPELLINGS) - 1),
              st.booleans()),
    min_size=1, max_size=40))
def test_random_long_tables_import_exactly(entries: dict, tmp_path_factory) -> None:
    agreement = demo_agreement("en")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Month", "KPI", "Value"])
    expected = {}
    for (kpi, month), (amount, spelling, as_text) in entries.items():
        cell_value: object = str(amount) if as_text else (
            int(amount) if amount == amount.to_integral_value() else float(amount))
        sheet.append([SPELLINGS[spelling](2027, month), kpi.upper() if as_text else kpi,
                      cell_value])
        expected[(kpi, f"2027-{month:02d}")] = amount
    path = tmp_path_factory.mktemp("prop") / "long.xlsx"
    book.save(path)
    preview = preview_bytes("long.xlsx", path.read_bytes(), agreement, {})
    assert errors_of(preview) == []
    assert values_of(preview) == expected


# The sheet reader against openpyxl's own reader ----------------------------------------------

EXCEL_PARTS = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml":
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Hoja 1" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/></Relationships>',
    "xl/styles.xml":
        '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" '
        'formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders '
        'count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
        'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" '
        'fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="17" fontId="0" fillId="0" '
        'borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" '
        'fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/sharedStrings.xml":
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main" count="5" uniqueCount="5"><si><t>Indicador</t></si>'
        '<si><r><t>Le</t></r><r><rPr><b/></rPr><t>ads</t></r></si><si><t>marzo 2027</t></si>'
        '<si><t xml:space="preserve"> MQL </t></si><si><t>Rejected leads with a reason</t></si>'
        "</sst>",
    "xl/worksheets/sheet1.xml":
        '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:B2"/><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>46388</x:v>'
        '</x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>abr'
        '</x:t><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh><x:r><x:t>-2027</x:t></x:r>'
        '</x:is></x:c></x:row>'
        '<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3"><x:v>180</x:v></x:c>'
        '<x:c r="C3"><x:f>B3+1</x:f><x:v>181</x:v></x:c><x:c r="D3" t="str"><x:f>"1"&amp;"82"'
        '</x:f><x:v>182</x:v></x:c></x:row>'
        '<x:row><x:c t="s"><x:v>3</x:v></x:c><x:c><x:v>4.5E1</x:v></x:c><x:c t="e">'
        '<x:v>#N/A</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>'
        '<x:row r="9"><x:c r="A9" t="s"><x:v>4</x:v></x:c><x:c r="B9" s="2"><x:v>0.955</x:v>'
        "</x:c></x:row></x:sheetData></x:worksheet>",
}


def excel_like(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in EXCEL_PARTS.items():
            archive.writestr(name, text)
    return path


def test_sheet_reader_agrees_with_openpyxl(tmp_path: Path, store: Store,
                                           agreement: Agreement) -> None:
    from slaworkshop.excel.sources import FORMULA_WITHOUT_VALUE, ErrorValue, read_xlsx

    assert agreement.id is not None
    fill_actuals(store, agreement)
    own = tmp_path / "own.xlsx"
    write_export(agreement, store.actuals(agreement.id), own)
    hand = workbook(tmp_path / "hand.xlsx", {"S": [
        ["KPI", dt.datetime(2027, 1, 1), "feb-2027"], ["Leads", 1.5, True],
        [None, None, "=A1"], ["x", -3, dt.date(2027, 2, 3)]]})
    for path in (own, hand, excel_like(tmp_path / "excel.xlsx")):
        tables = read_xlsx(path.name, path.read_bytes())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" in the hand-written one
            reference = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for table, ref_sheet in zip(tables, reference.worksheets, strict=True):
            ref_sheet.reset_dimensions()
            expected = {(cell.row, cell.column): cell.value for row in ref_sheet.iter_rows()
                        for cell in row if cell.value is not None}
            # An error value as openpyxl gives it: its text.
            got = {(index, column + 1): value.text if isinstance(value, ErrorValue) else value
                   for index, row in table.rows()
                   for column, value in enumerate(row) if value not in (None, "")}
            # calamine reads a date cell as a date where openpyxl says midnight of it, and
            # every number as a float.
            for key, value in got.items():
                if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                    got[key] = dt.datetime.combine(value, dt.time())
            assert {k: v for k, v in got.items() if v is not FORMULA_WITHOUT_VALUE} == expected, (
                path.name, table.title)
        reference.close()


def test_a_workbook_as_excel_writes_it(tmp_path: Path, agreement: Agreement) -> None:
    path = excel_like(tmp_path / "excel.xlsx")
    preview = preview_import(path, agreement, {})
    # Its fourth row and cells have no reference (r=): each cell takes the next place.
    assert errors_of(preview) == ["'Hoja 1'!C4: \"#N/A\" is an error value, not a number",
                                  "'Hoja 1'!D4: \"TRUE\" is not a number"]
    assert values_of(preview) == {
        ("Leads", "2027-01"): 180, ("Leads", "2027-03"): 181, ("Leads", "2027-04"): 182,
        ("MQL", "2027-01"): 45, ("Rejected leads with a reason", "2027-01"): Decimal("95.5")}
