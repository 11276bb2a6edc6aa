"""Extreme values, hand-edited files, crashes, locks and exports (issue 13): no hang, no
internal error, nothing written on refusal."""

from __future__ import annotations

import errno
import gc
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from main import main
from slaworkshop import bounds
from slaworkshop import store as store_module
from slaworkshop.demo import demo_agreement
from slaworkshop.model import (
    HandoffProtocol,
    Party,
    ValidationError,
    check_agreement,
    parse_decimal,
    validate_agreement,
)
from slaworkshop.store import Store

ROOT = Path(__file__).resolve().parent.parent
STAGES = ["--stage", "Visits=2%@Marketing", "--stage", "Leads=10%@Marketing",
          "--stage", "Customers@Sales"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "team.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement("en"))
        store.apply_actuals(1, {("Leads", "2027-01"): Decimal(170)})
    return path


# 1. Bounds on every number that enters.

@pytest.mark.parametrize(("options", "message"), [
    (["--revenue", "1e999999999", "--deal-value", "10"],
     "--revenue: “1e999999999” is too large; numbers must be at most 10^15"),
    (["--revenue", "1E1000000", "--deal-value", "10"], "--revenue: “1E1000000” is too large"),
    (["--revenue", "1e5000", "--deal-value", "10"], "--revenue: “1e5000” is too large"),
    (["--revenue", "1000", "--deal-value", "1e-999999999"],
     "--deal-value: “1e-999999999” has more than 60 decimal places"),
    (["--revenue", "1000", "--deal-value", "10", "--months", "99999999999999999999"],
     "months: the period must be 1 to 60 months, got 99999999999999999999"),
    (["--revenue", "1000", "--deal-value", "10", "--seasonality", "1e999999999"],
     "--seasonality: “1e999999999” is too large"),
    (["--revenue", "1e15", "--deal-value", "0.0001"],
     "stages: the average deal value is too small for this revenue"),
    (["--revenue", "1e15", "--deal-value", "100", "--stage", "Touches=0.00001"],
     "stages: the rates are too small for this revenue: a stage would need more than 10^15"),
])
def test_plan_refuses_numbers_out_of_bounds_at_once(
        capsys: pytest.CaptureFixture[str], options: list[str], message: str) -> None:
    stages = STAGES if "--stage" not in options else ["--stage", options[-1], *STAGES]
    options = options if "--stage" not in options else options[:-2]
    code, out, err = run(capsys, "plan", *options, *stages)
    assert (code, out) == (3, "")
    assert message in err


def test_the_largest_plan_within_bounds_is_computed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "--revenue", "1E+15", "--deal-value", "1e9",
                       *STAGES, "--json")
    assert code == 0
    assert '"won": 1000000' in out


@pytest.mark.parametrize(("value", "message"), [
    (Decimal("1e999999999"), "is too large"),
    (Decimal("-1e16"), "is too large"),
    (Decimal("1000000000000000.5"), "is too large"),
    (10**30, "is too large"),
    ("1" * 91, "is too long to be a number"),
    (Decimal("1e-61"), "has more than 60 decimal places"),
    (Decimal("NaN"), "is not a finite number"),
    ("Infinity", "is not a finite number"),
])
def test_parse_decimal_refuses_what_is_out_of_bounds(value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        parse_decimal(value, "revenue")
    assert caught.value.problems[0].field == "revenue"


@pytest.mark.parametrize("value", ["1e15", "-1E+15", "1.2E+06", "1e-60", str(Decimal(1) / 7),
                                   "1.500000000000000000000000", "0E-30", 10**15])
def test_parse_decimal_takes_what_is_within_bounds(value: object) -> None:
    assert parse_decimal(value, "x") == Decimal(value)  # type: ignore[arg-type]


def test_decimal_bound_reads_the_tuple_not_the_value() -> None:
    # Formatting or integer conversion of this would take minutes and gigabytes.
    assert bounds.decimal_problem(Decimal("9e999999999999999999")) is not None
    assert bounds.decimal_problem(Decimal("1000000000000000")) is None
    assert bounds.decimal_problem(Decimal("1000000000000001")) is not None
    # Callers may hand an int where a Decimal is expected.
    assert bounds.decimal_problem(4000) is None
    assert bounds.decimal_problem(10**16) is not None


@pytest.mark.parametrize(("change", "field", "limit"), [
    (lambda a: setattr(a, "title", "T" * 201), "title", 200),
    (lambda a: setattr(a, "organisation", "O" * 101), "organisation", 100),
    (lambda a: setattr(a.parties[0], "name", "P" * 101), "party 1 name", 100),
    (lambda a: setattr(a.stages[0], "name", "S" * 101), "stage 1 name", 100),
    (lambda a: setattr(a.custom_kpis[0], "description", "D" * 5001), "KPI 1 description",
     5000),
    (lambda a: setattr(a.protocols[0], "commitment", "C" * 5001), "protocol 1 commitment",
     5000),
    (lambda a: setattr(a, "reporting_cadence", "R" * 5001), "reporting cadence", 5000),
])
def test_length_limits_name_the_field(change, field: str, limit: int) -> None:
    agreement = demo_agreement("en")
    if field.startswith("party"):
        agreement.parties.append(Party("P" * 101))
        agreement.parties.pop(0)
        field = f"party {len(agreement.parties)} name"
    else:
        change(agreement)
    with pytest.raises(ValidationError) as caught:
        check_agreement(agreement)
    assert [(p.field, p.message.endswith(f"is too long; at most {limit}"))
            for p in caught.value.problems if "too long" in p.message] == [(field, True)]


@pytest.mark.parametrize(("change", "field"), [
    (lambda a: setattr(a.segments[0], "name", "S" * 101), "segment 1 name"),
    (lambda a: setattr(a.capacity[1], "role", "R" * 101), "capacity line 2 role"),
    (lambda a: setattr(a.fixed_costs[0], "name", "F" * 101), "fixed cost 1 name"),
])
def test_planning_depth_names_have_the_name_limit(change, field: str) -> None:
    agreement = demo_agreement("en", "segments")
    assert validate_agreement(agreement) == []
    change(agreement)
    assert [p.field for p in validate_agreement(agreement) if "too long" in p.message] == [field]


def test_texts_at_their_limits_are_fine() -> None:
    agreement = demo_agreement("en")
    agreement.title = "T" * 200
    agreement.protocols.append(HandoffProtocol("P" * 200, "Marketing", "Sales",
                                               commitment="C" * 5000))
    check_agreement(agreement)


def test_new_refuses_a_100_kb_title_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new.slaw"
    code, out, err = run(capsys, "new", "--db", str(target), "--title", "x" * 100_000,
                         "--revenue", "1000", "--deal-value", "10", *STAGES)
    assert (code, out) == (3, "")
    assert "title: 100000 characters is too long; at most 200" in err
    assert not target.exists()


def test_an_out_of_range_id_is_a_usage_error_not_a_crash(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["show", "--db", str(db), "99999999999999999999999"])
    err = capsys.readouterr().err
    assert caught.value.code == 2
    assert "is not an agreement id" in err


def _workbook(path: Path, value: object) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["KPI", "2027-01", "2027-02"])
    sheet.append(["Leads", value, 12])
    book.save(path)
    return path


@pytest.mark.parametrize(("value", "message"), [
    ("1e999999999", "“1e999999999” is too large"),
    ("1E1000000", "“1E1000000” is too large"),
    (1e308, "is too large"),
    (10**30, "is too large"),
    ("1000000000000000000000000000000", "is too large"),
])
def test_import_refuses_a_cell_out_of_bounds_at_once_with_its_place(
        tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str], value: object,
        message: str) -> None:
    workbook = _workbook(tmp_path / "in.xlsx", value)
    before = digest(db)
    for dry_run in ([], ["--dry-run"]):
        code, _, err = run(capsys, "import-actuals", "--db", str(db), "1", str(workbook),
                           *dry_run)
        assert code == 3
        assert "B2" in err and message in err
    assert digest(db) == before


# Stored values out of range or malformed: refused per row when opened, never exit 1.

@pytest.mark.parametrize(("edit", "row"), [
    ("UPDATE agreements SET revenue = 'abc' WHERE id = 1",
     "agreements id 1, column revenue: “abc” is not a number"),
    ("UPDATE agreements SET seasonality = '[1,' WHERE id = 1",
     "agreements id 1, column seasonality: '[1,' is not a list (invalid JSON)"),
    ("UPDATE agreements SET seasonality = '[\"1e999999999\"]' WHERE id = 1",
     "agreements id 1, column seasonality: “1e999999999” is too large"),
    ("UPDATE kpis SET unit = 'furlongs' WHERE position = 0",
     "kpis id 1, column unit: 'furlongs' is not one of count, currency, days, hours, percent"),
    ("UPDATE kpis SET targets = '[\"x\"]' WHERE position = 0",
     "kpis id 1, column targets: “x” is not a number"),
    ("UPDATE stages SET rate = 'lots' WHERE position = 0",
     "stages id 1, column rate: “lots” is not a number"),
    ("UPDATE stages SET lag = 'two' WHERE position = 0",
     "stages id 1, column lag: 'two' is not a whole number"),
    ("ALTER TABLE stages DROP COLUMN lag", "table stages: the column lag is missing"),
    ("UPDATE agreements SET title = printf('%.*c', 100000, 'x') WHERE id = 1",
     "agreements id 1, column title: 100000 characters is too long; at most 200"),
    ("UPDATE actuals SET value = 'n/a'", "actuals id 1, column value: “n/a” is not a number"),
    (f"UPDATE actuals SET value = '{10**30}'", "actuals id 1, column value: “1000000000000"),
    ("UPDATE actuals SET value = '1E308'", "actuals id 1, column value: “1E308” is too large"),
    ("UPDATE actuals SET value = '1e100000'", "actuals id 1, column value: “1e100000”"),
    ("UPDATE actuals SET value = x'00'", "actuals id 1, column value: b'\\x00' is not a number "
     "written as text"),
    # What formats 5 and 6 added is checked as well.
    ("UPDATE kpis SET aggregation = 'bogus' WHERE position = 0",
     "kpis id 1, column aggregation: 'bogus' is not one of '', average, ratio, sum"),
    ("INSERT INTO segments (agreement_id, position, name, share) VALUES (1, 0, 'SMB', 'abc')",
     "segments id 1, column share: “abc” is not a number"),
    ("INSERT INTO fixed_costs (agreement_id, position, name, amount) "
     "VALUES (1, 0, 'CRM', '1e99999')", "fixed_costs id 1, column amount: “1e99999” is too large"),
    ("UPDATE agreements SET gross_margin = 'most' WHERE id = 1",
     "agreements id 1, column gross_margin: “most” is not a number"),
])
@pytest.mark.parametrize("command", [
    ["list"], ["show", "1"], ["show", "1", "--json"], ["report", "1", "--month", "2027-01"],
    ["report", "1", "--month", "2027-01", "--json"], ["export-actuals", "1", "OUT.xlsx"],
    ["verify", "70a321426237bae011f9e72a0bbf79afdab3def80dd94a87b30c30bbe610df9a"],
    ["sign", "1", "--party", "Sales", "--signer", "Ana"],
])
def test_a_file_edited_elsewhere_is_refused_per_row_and_not_written(
        qapp: object, tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str], edit: str,
        row: str, command: list[str]) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(edit)
    conn.close()
    before = digest(db)
    argv = [a.replace("OUT.xlsx", str(tmp_path / "out.xlsx")) for a in command]
    code, out, err = run(capsys, argv[0], "--db", str(db), *argv[1:])
    assert (code, out) == (3, "")
    assert "values in the file cannot be read; it was changed outside SLA Workshop" in err
    assert row in err
    assert "internal error" not in err
    assert digest(db) == before
    assert not (tmp_path / "out.xlsx").exists()


# 3. Crash and lock.

@pytest.mark.parametrize("command", [
    ["import-actuals", "1", "IN.xlsx"], ["import-actuals", "1", "IN.xlsx", "--dry-run"],
    ["sign", "1", "--party", "Sales", "--signer", "Ana"], ["revise", "1"], ["list"],
    ["show", "1"], ["template", "1", "OUT.xlsx"], ["export-actuals", "1", "OUT.xlsx"],
    ["export-agreement", "1", "OUT.pdf"], ["report", "1", "--month", "2027-01"],
    ["verify", "70a321426237bae0"],
])
def test_a_mistyped_db_is_refused_and_nothing_is_created(
        qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        command: list[str]) -> None:
    workbook = _workbook(tmp_path / "in.xlsx", 5)
    missing = tmp_path / "typo.slaw"
    argv = [a.replace("IN.xlsx", str(workbook)).replace("OUT", str(tmp_path / "out"))
            for a in command]
    code, out, err = run(capsys, argv[0], "--db", str(missing), *argv[1:])
    assert (code, out) == (3, "")
    assert f"{missing}: no such file" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.xlsx"]


def test_new_and_demo_create_the_file_and_the_data_folder_gets_the_demo(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(capsys, "demo", "--db", str(tmp_path / "a.slaw"))[:2] == (0, "1\n")
    code, _, _ = run(capsys, "new", "--db", str(tmp_path / "b.slaw"), "--title", "T",
                     "--revenue", "1000", "--deal-value", "10", *STAGES)
    assert code == 0 and (tmp_path / "b.slaw").exists()
    monkeypatch.setenv("SLAWORKSHOP_DATA_DIR", str(tmp_path / "data"))
    code, out, _ = run(capsys, "list")
    assert code == 0 and "Sales & Marketing SLA 2027" in out


def test_demo_where_no_file_can_be_made_is_a_clear_refusal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, out, err = run(capsys, "demo", "--db", str(blocker / "sub" / "w.slaw"))
    assert (code, out) == (3, "")
    assert "a workshop file cannot be created there" in err
    assert blocker.read_text() == "not a folder"


def test_demo_in_a_folder_sqlite_cannot_write_is_a_clear_refusal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_module.sqlite3, "connect", refuse)
    code, out, err = run(capsys, "demo", "--db", str(tmp_path / "w.slaw"))
    assert (code, out) == (3, "")
    assert "cannot be created there (unable to open database file)" in err


CRASH_CHILD = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE agreements SET title = 'half-written' WHERE id = 1")
for i in range(400):
    conn.execute("INSERT INTO actual_history (agreement_id, kpi, month, value, recorded_at, "
                 "replaced_at) VALUES (1, 'Leads', '2027-01', ?, 'x', 'x')", ["9" * 900])
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash_mid_write(db: Path) -> None:
    child = subprocess.run([sys.executable, "-c", CRASH_CHILD, str(db)], check=False)
    assert child.returncode == -signal.SIGKILL
    journal = db.with_name(db.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0


@pytest.mark.parametrize("command", [
    ["list"], ["show", "1"], ["show", "1", "--json"], ["report", "1", "--month", "2027-01"],
    ["export-actuals", "1", "OUT.xlsx"], ["template", "1", "OUT.xlsx"],
    ["import-actuals", "1", "IN.xlsx", "--dry-run"], ["verify", "70a321426237bae0"],
])
def test_read_only_commands_roll_back_a_hot_journal_after_kill_9(
        qapp: object, tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str],
        command: list[str]) -> None:
    _crash_mid_write(db)
    workbook = _workbook(tmp_path / "in.xlsx", 5)
    argv = [a.replace("IN.xlsx", str(workbook)).replace("OUT", str(tmp_path / "out"))
            for a in command]
    code, _, err = run(capsys, argv[0], "--db", str(db), *argv[1:])
    assert "damaged" not in err
    # verify finds no signed revision (the demo is a draft): a refusal, not damage.
    assert code == (3 if command[0] == "verify" else 0), err
    with Store.open(db, read_only=True) as store:
        assert store.load(1).title == "Sales & Marketing SLA 2027"
        assert store.integrity_ok()
    assert not db.with_name(db.name + "-journal").exists()


def test_a_file_another_writer_holds_is_refused_with_exit_4(
        db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        for argv in (["sign", "1", "--party", "Sales", "--signer", "Ana"], ["list"],
                     ["show", "1"], ["revise", "1"]):
            code, out, err = run(capsys, argv[0], "--db", str(db), *argv[1:])
            assert (code, out) == (4, ""), err
            assert "the file is in use by another program; try again" in err
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store.open(db) as store:
        assert store.load(1).signatures == []


def test_a_write_while_another_program_writes_is_refused_not_called_a_disk_error(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    with Store.open(db) as store:
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(store_module.LockedError, match="in use by another program"):
                store.apply_actuals(1, {("Leads", "2027-02"): Decimal(1)})
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.actuals(1) == {"Leads": {"2027-01": Decimal(170)}}


def test_template_onto_a_full_disk_gives_the_message_and_no_traceback(
        qapp: object, tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import slaworkshop.excel.writer as writer

    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: int, mode: str) -> None:
            self.stream = real_fdopen(handle, mode)

        def write(self, data: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> object:
            return getattr(self.stream, name)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

    monkeypatch.setattr(writer.os, "fdopen", FullDisk)
    out = tmp_path / "template.xlsx"
    code, _, err = run(capsys, "template", "--db", str(db), "1", str(out))
    gc.collect()
    code_err = capsys.readouterr().err
    assert code == 4
    assert err.strip() == f"slaworkshop: {out}: cannot be written (No space left on device)"
    assert "Traceback" not in code_err and "ZipFile" not in code_err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.slaw"]


# 4. Exports are safe and shareable.

@pytest.mark.parametrize("name", ["\r=1+1", "\t@SUM(A1)", "\n-2+3", " +cmd", "\r\n=HYPERLINK(1)"])
def test_text_after_blanks_and_line_breaks_never_becomes_a_formula(
        tmp_path: Path, name: str) -> None:
    from slaworkshop.excel.writer import write_export, write_template
    from slaworkshop.report_xlsx import write_report_xlsx
    from slaworkshop.tracking import monthly_report

    agreement = demo_agreement("en")
    agreement.custom_kpis[0].name = name
    agreement.id = 1
    write_template(agreement, tmp_path / "t.xlsx")
    write_export(agreement, {name: {"2027-01": Decimal(3)}}, tmp_path / "e.xlsx")
    write_report_xlsx(monthly_report(agreement, {name: {"2027-01": Decimal(3)}}, "2027-01"),
                      tmp_path / "r.xlsx")
    for file in ("t.xlsx", "e.xlsx", "r.xlsx"):
        cells = [c for sheet in openpyxl.load_workbook(tmp_path / file) for row in
                 sheet.iter_rows() for c in row if c.value == name]
        assert cells, file
        assert all(c.quotePrefix and c.data_type == "s" for c in cells), file


@pytest.mark.parametrize(("stem", "suffix", "expected"), [
    ("Plan\r\n2027\x00 - revision 1", ".pdf", "Plan 2027 - revision 1.pdf"),
    ('a/b\\c:d*e?"f"<g>|h', ".xlsx", "a b c d e f g h.xlsx"),
    ("\x1b[31m", ".pdf", "[31m.pdf"),
    ("\x07\x08", ".docx", "agreement.docx"),
])
def test_suggested_file_names_are_cleaned(stem: str, suffix: str, expected: str) -> None:
    assert bounds.file_name(stem, suffix) == expected


def test_suggested_file_names_are_capped_at_120_characters() -> None:
    name = bounds.file_name("x" * 100_000 + " - revision 2", ".pdf")
    assert len(name) == 120 and name.endswith(".pdf")


def test_the_store_refuses_to_write_an_actual_it_could_not_read_back(db: Path) -> None:
    before = digest(db)
    with Store.open(db) as store, pytest.raises(store_module.StoreError,
                                                match=r"Leads 2027-02: “1E\+30” is too large"):
        store.apply_actuals(1, {("Leads", "2027-02"): Decimal("1e30")})
    assert digest(db) == before


def test_values_the_app_computes_open_again(db: Path) -> None:
    with Store.open(db) as store:
        store.apply_actuals(1, {("Leads", "2027-02"): Decimal(1) / 7,
                                ("Leads", "2027-03"): Decimal("1e-12") / 7})
    with Store.open(db, read_only=True) as store:
        assert store.actuals(1)["Leads"]["2027-02"] == Decimal(1) / 7


def test_sign_refuses_a_signer_name_of_100_kb(db: Path, capsys: pytest.CaptureFixture[str]
                                              ) -> None:
    before = digest(db)
    code, out, err = run(capsys, "sign", "--db", str(db), "1", "--party", "Sales",
                         "--signer", "x" * 100_000)
    assert (code, out) == (3, "")
    assert "signer: 100000 characters is too long; at most 100" in err
    assert digest(db) == before
