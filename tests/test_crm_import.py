"""Monthly CRM exports as people have them: HubSpot and Salesforce layouts, CSV in Spanish and
UTF-16, stage vocabulary, mapping of unmatched labels (DESIGN §6)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store

STAGE_COLUMNS = ["Became a Lead Date", "Became a Marketing Qualified Lead Date",
                 "Became a Sales Qualified Lead Date", "Became an Opportunity Date",
                 "Became a Customer Date"]


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "team.slaw"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


TOO_LARGE = " is too large; numbers must be at most 10^15 (1,000,000,000,000,000) in size"

def actuals(db: Path) -> dict[str, dict[str, Decimal]]:
    with Store.open(db) as store:
        return store.actuals(1)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["import-actuals", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def hubspot_contacts(path: Path, bad_line: int | None = None) -> Path:
    """A HubSpot contacts export: one row per contact, a "Became a … Date" per stage.

    March 2027: 20 leads, 8 of them MQL in March, 3 SQL in March; 4 MQL of February leads;
    2 customers in March; 5 leads from December 2026 (before the period).
    """
    rows = []
    for n in range(20):
        mql = "2027-03-10 09:00" if n < 8 else ""
        sql = "2027-03-20 16:45" if n < 3 else ""
        customer = "2027-03-28" if n < 2 else ""
        opportunity = "2027-03-25 10:00" if n < 2 else ""
        rows.append([f"{1000 + n}", f"Ana{n}", "Ruiz", f"ana{n}@example.com",
                     "2027-03-02 08:15", "Lead", f"2027-03-{n + 1:02d} 08:15", mql, sql,
                     opportunity, customer])
    for n in range(4):
        rows.append([f"{2000 + n}", f"Bo{n}", "Li", f"bo{n}@example.com", "2027-02-01 10:00",
                     "Marketing Qualified Lead", "2027-02-03 10:00", "2027-03-04 10:00", "", "",
                     ""])
    for n in range(5):
        rows.append([f"{3000 + n}", f"Cy{n}", "Ng", f"cy{n}@example.com", "2026-12-01 10:00",
                     "Lead", "2026-12-05 11:00", "", "", "", ""])
    if bad_line is not None:
        rows[bad_line - 2][8] = "2027-02-30"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Record ID", "First Name", "Last Name", "Email", "Create Date",
                     "Lifecycle Stage", *STAGE_COLUMNS])
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")
    return path


def test_hubspot_contacts_count_records_per_month(tmp_path: Path, db: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = hubspot_contacts(tmp_path / "contacts.csv")
    code, result = run_json(capsys, "--db", str(db), "1", str(path), "--dry-run")
    assert code == 0
    assert result["layout"] == "records"
    assert result["rows"] == 29
    assert {(c["kpi"], c["month"]): c["new"] for c in result["changes"]} == {
        ("Leads", "2027-02"): "4", ("Leads", "2027-03"): "20", ("MQL", "2027-03"): "12",
        ("SQL", "2027-03"): "3", ("Customers", "2027-03"): "2"}
    assert result["unmatched"] == ["Opportunity"]
    assert [(i["place"], i["name"], i["reason"], i["rows"]) for i in result["ignored"]] == [
        ("contacts.csv:line 1", "Became a Lead Date", "dated outside the agreement's period", 5),
        ("contacts.csv:line 1", "Opportunity", "not a KPI of this agreement", 2)]
    assert actuals(db) == {}


def test_map_saves_an_alias_used_by_the_next_import(tmp_path: Path, db: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = hubspot_contacts(tmp_path / "contacts.csv")
    code, result = run_json(capsys, "--db", str(db), "1", str(path), "--dry-run",
                            "--map", "Opportunity=Proposals")
    assert code == 0 and result["unmatched"] == []
    with Store.open(db) as store:
        assert store.import_aliases(1) == {}  # a dry run saves nothing
    code, result = run_json(capsys, "--db", str(db), "1", str(path), "--map",
                            "Opportunity=proposals")
    assert code == 0 and result["applied"]
    assert actuals(db)["Proposals"] == {"2027-03": Decimal(2)}
    with Store.open(db) as store:
        assert store.import_aliases(1) == {"Opportunity": "Proposals"}
    code, result = run_json(capsys, "--db", str(db), "1", str(path), "--dry-run")
    assert result["unmatched"] == [] and result["unchanged"] == 6


def test_map_to_an_unknown_kpi_is_a_usage_error(tmp_path: Path, db: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = hubspot_contacts(tmp_path / "contacts.csv")
    assert main(["import-actuals", "--db", str(db), "1", str(path), "--map",
                 "Opportunity=Deals"]) == 2
    assert '"Deals" is not a KPI of this agreement' in capsys.readouterr().err


def test_bad_date_names_its_line_and_changes_nothing(tmp_path: Path, db: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = hubspot_contacts(tmp_path / "contacts.csv", bad_line=14)
    before = digest(db)
    assert main(["import-actuals", "--db", str(db), "1", str(path)]) == 3
    assert capsys.readouterr().err.splitlines() == [
        'slaworkshop: contacts.csv:line 14: "2027-02-30" is not a date']
    assert digest(db) == before


def test_month_filter_and_values_that_go_down(tmp_path: Path, db: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db) as store:
        store.apply_actuals(1, {("Leads", "2027-02"): Decimal(40),
                                ("Leads", "2027-03"): Decimal(10)})
    path = hubspot_contacts(tmp_path / "contacts.csv")
    code, result = run_json(capsys, "--db", str(db), "1", str(path), "--dry-run")
    down = {(c["kpi"], c["month"]): c["down"] for c in result["changes"]}
    assert down[("Leads", "2027-02")] is True and down[("Leads", "2027-03")] is False
    code, result = run_json(capsys, "--db", str(db), "1", str(path), "--month", "2027-03")
    assert code == 0
    assert actuals(db)["Leads"] == {"2027-02": Decimal(40), "2027-03": Decimal(20)}
    assert ("2027-02", "not one of the chosen months") in {
        (i["name"], i["reason"]) for i in result["ignored"]}
    assert main(["import-actuals", "--db", str(db), "1", str(path), "--month", "March"]) == 2


def workbook(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_hubspot_summary_report(tmp_path: Path, db: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "lifecycle.xlsx", [
        ["Contacts by lifecycle stage"], ["Date range: 2027-02-01 to 2027-03-31"], [],
        ["Date", "Lifecycle stage", "Count of Contacts"],
        [dt.datetime(2027, 2, 1), "Lead", 310], [dt.datetime(2027, 2, 1),
                                                 "Marketing Qualified Lead", 95],
        [dt.datetime(2027, 2, 1), "Sales Qualified Lead", 41],
        [dt.datetime(2027, 2, 1), "Customer", 7],
        ["2027-03", "Lead", 290], ["2027-03", "Marketing qualified leads", 88],
        ["2027-03", "Subscriber", 1200], ["2027-03", "Customer", 9]])
    code, result = run_json(capsys, "--db", str(db), "1", str(path))
    assert code == 0 and result["layout"] == "summary"
    assert result["rows"] == 8  # the rows below the header
    got = actuals(db)
    assert got["Leads"] == {"2027-02": 310, "2027-03": 290}
    assert got["MQL"] == {"2027-02": 95, "2027-03": 88}
    assert got["SQL"] == {"2027-02": 41}
    assert got["Customers"] == {"2027-02": 7, "2027-03": 9}
    assert result["unmatched"] == ["Subscriber"]


def test_salesforce_formatted_report(tmp_path: Path, db: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "report.xlsx", [
        ["Opportunities by Stage"], ["Brightwell Consulting Group"],
        ["Filtered By:", "Close Date equals THIS YEAR"], [],
        ["Close Month", "Stage", "Record Count", "Amount"],
        ["March 2027", "Proposal/Price Quote", 14, 336000],
        [None, "Negotiation/Review", 5, 120000],
        [None, "Closed Won", 6, 144000],
        ["Subtotal", None, 25, 600000],
        ["April 2027", "Proposal/Price Quote", 11, 264000],
        [None, "Closed Won", 4, 96000],
        ["Subtotal", None, 15, 360000],
        ["Grand Totals (40 records)", None, 40, 960000], [],
        ["Confidential Information - Do Not Distribute"],
        ["Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved."]])
    code, result = run_json(capsys, "--db", str(db), "1", str(path))
    assert code == 0, result["errors"]
    got = actuals(db)
    assert got["Proposals"] == {"2027-03": 19, "2027-04": 11}
    assert got["Customers"] == {"2027-03": 6, "2027-04": 4}
    assert [(i["place"], i["name"], i["reason"], i["rows"]) for i in result["ignored"]] == [
        ("Sheet1!A9", "Subtotal", "a totals row", 2),
        ("Sheet1!A13", "Grand Totals (40 records)", "a totals row", 1),
        ("Sheet1!A15", "Confidential Information - Do Not Distribute",
         "a footer line (confidentiality, copyright or report notes)", 1),
        ("Sheet1!A16", "Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.",
         "a footer line (confidentiality, copyright or report notes)", 1)]


def test_spanish_semicolon_csv_in_windows_1252(tmp_path: Path, db: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "informe.csv"
    path.write_bytes((
        "Informe de contactos por etapa\r\n\r\n"
        "Mes;Etapa;Recuento\r\n"
        "marzo 2027;Visitas;1.234\r\n"
        "marzo 2027;Lead calificado para marketing;98\r\n"
        "abril 2027;Visitas;1.310\r\n"
        "abril 2027;Clientes;12\r\n"
        "Total general;;2.654\r\n"
        "Información confidencial © 2027\r\n").encode("cp1252"))
    code, result = run_json(capsys, "--db", str(db), "1", str(path))
    assert code == 0, result["errors"]
    got = actuals(db)
    assert got["Visits"] == {"2027-03": 1234, "2027-04": 1310}
    assert got["MQL"] == {"2027-03": 98}
    assert got["Customers"] == {"2027-04": 12}
    assert result["notes"] == ["read as Windows-1252, separated by “;”; numbers with a decimal "
                               "comma (1.234 = one thousand two hundred thirty-four)"]
    assert [(i["place"], i["reason"]) for i in result["ignored"]] == [
        ("informe.csv:line 8", "a totals row"),
        ("informe.csv:line 9", "a footer line (confidentiality, copyright or report notes)")]


def test_utf16_tab_separated_wide_file(tmp_path: Path, db: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "actuals.tsv"
    path.write_bytes("KPI\tJan 2027\tFeb 2027\r\nLeads\t1,234\t1,300.5\r\n"
                     "Hours to first contact\t26.5\t22\r\nTotal\t1260.5\t1322.5\r\n"
                     .encode("utf-16"))
    code, result = run_json(capsys, "--db", str(db), "1", str(path))
    assert code == 0, result["errors"]
    got = actuals(db)
    assert got["Leads"] == {"2027-01": 1234, "2027-02": Decimal("1300.5")}
    assert got["Hours to first contact"] == {"2027-01": Decimal("26.5"), "2027-02": 22}
    assert result["layout"] == "wide"
    assert result["notes"][0].startswith("read as UTF-16, separated by “tab”")


def test_ambiguous_thousands_follow_the_column(tmp_path: Path, db: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    # A comma file, but the column writes decimals with a comma: 1.234 is a thousands figure.
    path = tmp_path / "visits.csv"
    path.write_text('Month,KPI,Value\n2027-01,Visits,"1.234"\n2027-02,Visits,"1.100,5"\n',
                    encoding="utf-8")
    assert main(["import-actuals", "--db", str(db), "1", str(path)]) == 0
    assert actuals(db)["Visits"] == {"2027-01": 1234, "2027-02": Decimal("1100.5")}


def test_no_data_names_the_headers_it_saw(tmp_path: Path, db: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deals.csv"
    path.write_text("Deal Name,Owner,Amount\nAcme,Ana,1000\n", encoding="utf-8")
    assert main(["import-actuals", "--db", str(db), "1", str(path)]) == 3
    err = capsys.readouterr().err
    assert 'headers seen: deals.csv: "Deal Name | Owner | Amount / Acme | Ana | 1000"' in err


def test_huge_exponent_is_refused_at_once(tmp_path: Path, db: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Month,KPI,Value\n2027-01,Leads,1e999999999\n", encoding="utf-8")
    assert main(["import-actuals", "--db", str(db), "1", str(path)]) == 3
    assert capsys.readouterr().err.strip() == \
        f"slaworkshop: big.csv:line 2: “1e999999999”{TOO_LARGE}"


def test_floats_read_through_their_shortest_repr() -> None:
    from slaworkshop.excel.cellvalues import cell_number

    assert cell_number(0.1, percent=False) == Decimal("0.1")
    assert str(cell_number(0.1 + 0.2, percent=False)) == "0.30000000000000004"
    assert str(cell_number(180.0, percent=False)) == "180"
    assert str(cell_number("95 %", percent=True)) == "95"
    assert str(cell_number("1.234", percent=False, decimal_comma=True)) == "1234"
    assert str(cell_number("1.234", percent=False, decimal_comma=False)) == "1.234"
    assert str(cell_number("1,234", percent=False, decimal_comma=True)) == "1.234"
    assert str(cell_number("1.234.567", percent=False)) == "1234567"
    # Past 10^15 is a typing or export error, however it comes.
    assert cell_number(1e20, percent=False) == f"“1e+20”{TOO_LARGE}"
    assert cell_number("12345678901234567", percent=False) == f"“12345678901234567”{TOO_LARGE}"
    assert str(cell_number("1000000000000000", percent=False)) == "1000000000000000"
    assert str(cell_number("999999999999999", percent=False)) == "999999999999999"


def test_percent_fractions_read_as_percents(tmp_path: Path, db: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = workbook(tmp_path / "share.xlsx", [["KPI", "Jan 2027", "Feb 2027"],
                                             ["Rejected leads with a reason", 0.95, 1]])
    code, result = run_json(capsys, "--db", str(db), "1", str(path))
    assert code == 0
    assert actuals(db)["Rejected leads with a reason"] == {"2027-01": 95, "2027-02": 100}
    assert result["notes"] == ['"Rejected leads with a reason": every value lies between 0 and '
                               "1, so they are read as fractions (0.95 = 95 %)"]


@pytest.mark.slow
def test_sheet_spread_over_the_whole_grid_is_an_error_not_a_crash(
        tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "KPI"
    book.active["XFD1048576"] = 1
    path = tmp_path / "spread.xlsx"
    book.save(path)
    before = digest(db)
    assert main(["import-actuals", "--db", str(db), "1", str(path)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("slaworkshop: spread.xlsx: the workbook cannot be read: the reader "
                          "stopped (exit code "), err
    assert digest(db) == before


def test_run_rates_that_cannot_happen_or_are_met(tmp_path: Path, db: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db) as store:
        store.apply_actuals(1, {("Rejected leads with a reason", m): Decimal(80)
                                for m in ("2027-01", "2027-02", "2027-03")}
                            | {("Leads", "2027-01"): Decimal(100_000)})
    assert main(["report", "--db", str(db), "1", "--month", "2027-03", "--json"]) == 0
    kpis = json.loads(capsys.readouterr().out)["kpis"]
    # 12 × 100 − 3 × 80 over 9 months is 106.7 %: it cannot happen.
    rejected = kpis["Rejected leads with a reason"]
    assert (rejected["run_rate"], rejected["run_rate_note"]) == (None, "out of reach")
    assert (kpis["Leads"]["run_rate"], kpis["Leads"]["run_rate_note"]) == ("0", "met")
    assert (kpis["MQL"]["run_rate_note"]) is None


def response_export(path: Path, bad: bool = False) -> Path:
    """SQLs with the time they became SQL and the first contact (HubSpot's Last Contacted)."""
    rows = [["Record ID", "Became a Sales Qualified Lead Date", "Last Contacted"],
            ["1", "2027-03-01 09:00", "2027-03-01 15:00"],   # 6 h
            ["2", "2027-03-02 10:00", "2027-03-03 16:00"],   # 30 h
            ["3", "2027-03-05 08:30", ""],                   # not contacted yet: left out
            ["4", "2027-04-01 09:00", "2027-04-01 21:00"],   # 12 h, April
            ["5", "2027-03-30 23:00", "2027-04-01 11:00"]]   # 36 h, belongs to March
    if bad:
        rows[2][2] = "2027-03-01 16:00"  # before it became SQL
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_response_time_measured_from_two_dates(tmp_path: Path, db: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = response_export(tmp_path / "sqls.csv")
    code, result = run_json(capsys, "--db", str(db), "1", str(path), "--measure",
                            "Hours to first contact=Became a Sales Qualified Lead Date->"
                            "Last Contacted")
    assert code == 0, result["errors"]
    got = actuals(db)
    assert got["Hours to first contact"] == {"2027-03": 24, "2027-04": 12}  # (6+30+36)/3
    assert got["SQL"] == {"2027-03": 4, "2027-04": 1}
    assert ("Last Contacted", 'no "Last Contacted" date: left out of "Hours to first contact"',
            1) in {(i["name"], i["reason"], i["rows"]) for i in result["ignored"]}


def test_response_time_before_its_start_is_an_error(tmp_path: Path, db: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = response_export(tmp_path / "sqls.csv", bad=True)
    before = digest(db)
    assert main(["import-actuals", "--db", str(db), "1", str(path), "--measure",
                 "Hours to first contact=Became a Sales Qualified Lead Date->Last Contacted"]) == 3
    assert capsys.readouterr().err.strip() == (
        'slaworkshop: sqls.csv:line 3: "Last Contacted" (2027-03-01 16:00:00) is before '
        '"Became a Sales Qualified Lead Date" (2027-03-02 10:00:00)')
    assert digest(db) == before
    assert main(["import-actuals", "--db", str(db), "1", str(path), "--measure",
                 "Leads=A->B"]) == 3
    assert '"Leads" cannot be measured from two dates' in capsys.readouterr().err


def test_a_big_csv_streams_with_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    from slaworkshop.demo import demo_agreement
    from slaworkshop.excel.reader import Cancelled, ReadControl, preview_import

    path = tmp_path / "big.csv"
    path.write_text("Month,KPI,Value\n" + "2027-01,Campaign metric,5\n" * 30_000,
                    encoding="utf-8")
    seen: list[float] = []
    control = ReadControl(seen.append)
    preview = preview_import(path, demo_agreement("en"), {}, control=control)
    assert preview.rows_read == 30_000 and seen[0] < 0.01 and 0.8 < seen[-1] <= 1.0
    cancelling = ReadControl(lambda fraction: cancelling.cancel() if fraction > 0.3 else None)
    with pytest.raises(Cancelled):
        preview_import(path, demo_agreement("en"), {}, control=cancelling)


def test_a_crm_stage_two_kpis_claim_is_left_to_the_user() -> None:
    from slaworkshop.excel.names import KpiMatcher, Match

    agreement = demo_agreement("en")
    # The demo's "Proposals" alone claims the CRM's proposal stage: "Quote" reads as it.
    assert KpiMatcher(agreement).match("Proposal/Price Quote").kpi.name == "Proposals"
    # With a second stage that also claims it ("Quotes" is a proposal word), neither gets it.
    agreement.stages[4].aliases = []
    agreement.stages.insert(4, dataclasses.replace(agreement.stages[4], name="Quotes",
                                                   aliases=[]))
    matcher = KpiMatcher(agreement)
    assert matcher.match("Proposal/Price Quote").kind is Match.UNKNOWN
    assert matcher.match("Quotes").kpi.name == "Quotes"
    # Mapped by the user, it goes where they said.
    mapped = KpiMatcher(agreement, {"Proposal/Price Quote": "Proposals"})
    assert mapped.match("Proposal/Price Quote").kpi.name == "Proposals"
