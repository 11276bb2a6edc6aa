"""template, export-actuals and import-actuals on the command line (DESIGN §7)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from main import main
from slaworkshop.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "team.slaw"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def actuals(db: Path) -> dict[str, dict[str, Decimal]]:
    with Store.open(db) as store:
        return store.actuals(1)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hand_made(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Hoja1"
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_template_then_import_json(tmp_path: Path, db: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"
    assert main(["template", "--db", str(db), "1", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    book = openpyxl.load_workbook(out)
    book["Actuals"]["D3"] = 180
    book["Actuals"]["E3"] = 175
    book["Actuals"]["A12"] = "Churn"
    book["Actuals"]["D12"] = 3
    book.save(out)
    assert main(["import-actuals", "--db", str(db), "1", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {k: result[k] for k in ("applied", "new", "changed", "unchanged", "errors")} == {
        "applied": True, "new": 2, "changed": 0, "unchanged": 0, "errors": []}
    assert result["ignored"] == [{"place": "Actuals!A12", "name": "Churn",
                                  "reason": "not a KPI of this agreement", "rows": 1}]
    assert actuals(db) == {"Leads": {"2027-01": Decimal(180), "2027-02": Decimal(175)}}


def test_export_round_trip_changes_nothing(tmp_path: Path, db: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db) as store:
        store.apply_actuals(1, {("Visits", f"2027-{m:02d}"): Decimal(9000 + m)
                                for m in range(1, 13)})
    out = tmp_path / "export.xlsx"
    assert main(["export-actuals", "--db", str(db), "1", str(out)]) == 0
    capsys.readouterr()
    before = digest(db)
    assert main(["import-actuals", "--db", str(db), "1", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["applied"], result["new"], result["changed"], result["unchanged"]) == (
        False, 0, 0, 12)
    assert digest(db) == before


def test_dry_run_writes_nothing(tmp_path: Path, db: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = hand_made(tmp_path / "march.xlsx", [["Mes", "Indicador", "Valor"],
                                                ["marzo 2027", "SQL", 21]])
    before = digest(db)
    assert main(["import-actuals", "--db", str(db), "1", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ("Would import march.xlsx: 1 new, 0 changed, 0 unchanged, "
                                   "0 ignored")
    assert "  new      SQL 2027-03: 21" in out
    assert digest(db) == before
    assert actuals(db) == {}


def test_errors_exit_3_one_per_line_and_nothing_written(
        tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = hand_made(tmp_path / "bad.xlsx", [["KPI", "ene-2027", "feb-2027"],
                                              ["Leads", 180, "n/a"],
                                              ["MQL", -2, 40]])
    before = digest(db)
    assert main(["import-actuals", "--db", str(db), "1", str(path), "--json"]) == 3
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["applied"] is False
    assert result["errors"] == [
        {"place": "Hoja1!C2", "message": '"n/a" is not a number'},
        {"place": "Hoja1!B3", "message": 'a negative count (-2) is not possible for "MQL"'}]
    assert captured.err.splitlines() == [
        'slaworkshop: Hoja1!C2: "n/a" is not a number',
        'slaworkshop: Hoja1!B3: a negative count (-2) is not possible for "MQL"']
    assert digest(db) == before


def test_unknown_agreement_and_unwritable_output(tmp_path: Path, db: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["template", "--db", str(db), "7", str(tmp_path / "x.xlsx")]) == 3
    assert "there is no agreement with id 7" in capsys.readouterr().err
    assert main(["template", "--db", str(db), "1", str(tmp_path / "no" / "x.xlsx")]) == 3
    assert "the folder" in capsys.readouterr().err
    assert main(["export-actuals", "--db", str(db), "1", str(tmp_path)]) == 3
    assert "is a folder" in capsys.readouterr().err


def test_file_from_a_newer_version_refuses_import(tmp_path: Path, db: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    path = hand_made(tmp_path / "m.xlsx", [["KPI", "ene-2027"], ["Leads", 1]])
    before = digest(db)
    assert main(["import-actuals", "--db", str(db), "1", str(path)]) == 4
    err = capsys.readouterr().err
    assert "made by a newer version of SLA Workshop" in err
    assert "nothing was changed" in err
    assert digest(db) == before
    assert main(["import-actuals", "--db", str(db), "1", str(path), "--dry-run"]) == 0


def test_whole_process(tmp_path: Path, db: Path) -> None:
    """The installed command as a separate process: exit code, output, no traceback."""
    path = hand_made(tmp_path / "april.xlsx", [["Month", "KPI", "Value"],
                                                ["Apr 2027", "Leads", 200],
                                                ["Apr 2027", "Leads", "lots"]])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "import-actuals", "--db",
                           str(db), "1", str(path)], capture_output=True, text=True, env=env,
                          check=False)
    assert done.returncode == 3
    assert done.stderr == 'slaworkshop: Hoja1!C3: "lots" is not a number\n'
    assert actuals(db) == {}


def test_openpyxl_is_imported_lazily() -> None:
    code = ("import sys, main, slaworkshop.cli, slaworkshop.excel.reader, "
            "slaworkshop.excel.writer, ui.excel.actions, ui.excel.import_dialog\n"
            "slaworkshop.cli.build_parser(main.COMMAND_PACKAGES)\n"
            "print(sorted(m for m in sys.modules\n"
            "             if m.split('.')[0] in ('openpyxl', 'defusedxml')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"
