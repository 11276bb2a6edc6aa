"""Migrations keep every row: files as versions 1 and 2 wrote them, full of agreements, signed
revisions, signatures, actuals, history and imports, come out of ``migrate`` with every row as it
was, the sealing triggers still guarding, and the fingerprints still verifying. Opening a current
file does not import sqlite-utils."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from legacy_schema import LEGACY

from slaworkshop import store as store_module
from slaworkshop.demo import demo_agreement
from slaworkshop.model import Signature, Status
from slaworkshop.store import (
    SCHEMA_VERSION,
    ImportSource,
    SealedError,
    Store,
    WorkshopFileError,
    rebuild_table,
)
from slaworkshop.verify import verify

D = Decimal
ROOT = Path(__file__).resolve().parents[1]
# Parents before the rows that refer to them, so a copy never breaks a foreign key.
TABLES = ("agreements", "parties", "stages", "kpis", "protocols", "imports", "actuals",
          "actual_history", "signatures")


def full_file(path: Path) -> None:
    """A current file with every kind of row: a signed revision superseded by a signed second
    one, a draft third revision, a plain draft, actuals from two imports (so history), by hand."""
    agreement = demo_agreement("en")
    for kpi in agreement.custom_kpis:
        kpi.aggregation = None  # the old formats had none: every KPI at its unit's
    with Store.open(path) as store:
        first = store.create(agreement)
        for party, signer in (("Marketing", "Laura Méndez"), ("Sales", "Daniel Ortega")):
            store.sign(first, Signature(party, signer, "Director", "2026-12-01", b"\x89PNG"))
        second = store.revise(first)
        agreement = store.load(second)
        agreement.title = "Sales & Marketing SLA 2027 (revised)"
        agreement.stages[0].aliases = ["Sesiones"]
        agreement.custom_kpis[0].aliases = ["MQLs"]
        store.save(agreement)
        for party in ("Marketing", "Sales"):
            store.sign(second, Signature(party, f"{party} lead", "", "2027-02-01"))
        store.revise(second)
        draft = store.create(demo_agreement("es"))
        kpi = store.load(second).custom_kpis[0].name
        store.apply_actuals(second, {(kpi, "2027-01"): D(90), (kpi, "2027-02"): D(95)},
                            ImportSource("enero.xlsx", "a" * 64, "first"))
        store.apply_actuals(second, {(kpi, "2027-01"): D(91)},
                            ImportSource("enero-v2.xlsx", "b" * 64))
        store.apply_actuals(draft, {(kpi, "2027-03"): D(7)})
        store.apply_actuals(second, {(kpi, "2027-02"): None})


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def rows(conn: sqlite3.Connection, table: str, names: list[str]) -> list[tuple[Any, ...]]:
    return conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid").fetchall()


def legacy_file(source: Path, path: Path, version: int) -> None:
    """``source``'s rows in a file made by the hand-written SQL of ``version``."""
    conn = sqlite3.connect(path, isolation_level=None)
    for script in LEGACY[:version]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("ATTACH DATABASE ? AS current", [str(source)])
    conn.execute("BEGIN")
    for table in TABLES:
        if table not in {r[0] for r in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table'")}:
            continue
        names = columns(conn, table)
        picked = ", ".join("'draft'" if (table, n) == ("agreements", "status") else n
                           for n in names)
        # Every row as a draft first: the old file's triggers refuse rows under a sealed one.
        conn.execute(f"INSERT INTO main.{table} ({', '.join(names)}) "
                     f"SELECT {picked} FROM current.{table}")
    conn.execute("UPDATE main.agreements SET status = (SELECT status FROM current.agreements "
                 "AS c WHERE c.id = main.agreements.id)")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE current")
    conn.close()


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as conn:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        return {t: rows(conn, t, columns(conn, t)) for t in TABLES if t in present}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("migrations") / "current.slaw"
    full_file(path)
    return path


@pytest.mark.parametrize("version", [1, 2])
def test_migration_keeps_every_row_of_every_table(source: Path, tmp_path: Path,
                                                  version: int) -> None:
    path = tmp_path / f"v{version}.slaw"
    legacy_file(source, path, version)
    before = snapshot(path)
    with sqlite3.connect(path) as conn:
        names = {table: columns(conn, table) for table in before}
    assert sum(len(r) for r in before.values()) > 40
    if version == 2:
        assert all(before[t] for t in TABLES), "every table holds rows before the migration"
    with Store.open(path) as store:
        assert store.file_version == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        for table, old_rows in before.items():
            assert rows(conn, table, names[table]) == old_rows, table
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    backup = next(tmp_path.glob(f"v{version}.v{version}-backup-*.slaw"))
    assert snapshot(backup) == before


def test_after_migration_the_triggers_guard_and_fingerprints_verify(source: Path,
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "v2.slaw"
    legacy_file(source, path, 2)
    with Store.open(path) as store:
        sealed = [s for s in store.list_agreements() if s.status is not Status.DRAFT]
        assert [s.status for s in sealed] == [Status.SUPERSEDED, Status.SIGNED]
        for summary in sealed:
            assert summary.fingerprint is not None
            assert verify(store, summary.fingerprint).agreement.id == summary.id
            agreement = store.load(summary.id)
            agreement.title = "Changed behind the signers' backs"
            with pytest.raises(SealedError):
                store.save(agreement)
            for sql in ("UPDATE stages SET rate = '0.5' WHERE agreement_id = ?",
                        "DELETE FROM signatures WHERE agreement_id = ?",
                        "UPDATE agreements SET title = 'x' WHERE id = ?",
                        "DELETE FROM agreements WHERE id = ?"):
                with pytest.raises(sqlite3.IntegrityError, match="sealed"):
                    store.conn.execute(sql, [summary.id])
        assert verify(store, sealed[1].fingerprint or "").superseded_by is not None


def test_a_rebuilt_parent_table_keeps_its_children_and_triggers(
        source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A later step rebuilding ``agreements`` (Table.transform drops the old table): with foreign
    # keys on, that DROP would cascade to every child row.
    path = tmp_path / "current.slaw"
    shutil.copy(source, path)
    before = snapshot(path)
    with sqlite3.connect(path) as conn:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "ORDER BY name").fetchall()

    def rebuild(db: Any) -> None:
        rebuild_table(db, "agreements", types={"organisation": str})

    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, rebuild))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(path) as store:
        assert store.file_version == SCHEMA_VERSION + 1
        signed = [s.id for s in store.list_agreements() if s.status is Status.SIGNED]
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            store.conn.execute("UPDATE agreements SET title = 'x' WHERE id = ?", signed)
    assert snapshot(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                            "ORDER BY name").fetchall() == triggers


def test_a_step_that_would_break_a_foreign_key_changes_nothing(
        source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "current.slaw"
    shutil.copy(source, path)
    before = snapshot(path)

    def orphan(db: Any) -> None:
        db.conn.execute("DELETE FROM agreements WHERE status = 'draft'")

    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, orphan))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(WorkshopFileError, match=r"[1-9][0-9]* rows would refer to rows that "
                       r"do not exist \(first in (parties|stages|kpis|protocols|imports|"
                       r"actuals|actual_history|signatures)\)"):
        Store.open(path)
    assert snapshot(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_new_file_refuses_an_unknown_status(tmp_path: Path) -> None:
    # Version 1 wrote a CHECK constraint; the schema sqlite-utils builds has triggers instead.
    with Store.open(tmp_path / "new.slaw") as store:
        agreement_id = store.create(demo_agreement("en"))
        with pytest.raises(sqlite3.IntegrityError, match="status"):
            store.conn.execute("UPDATE agreements SET status = 'lost' WHERE id = ?",
                               [agreement_id])


OPEN_AND_EDIT = """
import sys
from slaworkshop.store import Store
with Store.open(sys.argv[1]) as store:
    summaries = store.list_agreements()
    agreement = store.load(summaries[0].id)
    if agreement.status.value == 'draft':
        agreement.title += ' (edited)'
        store.save(agreement)
print('sqlite_utils' in sys.modules, store.file_version)
"""


@pytest.mark.parametrize(("version", "imported"), [(None, "False"), (1, "True")])
def test_only_creating_or_migrating_imports_sqlite_utils(source: Path, tmp_path: Path,
                                                         version: int | None,
                                                         imported: str) -> None:
    path = tmp_path / "file.slaw"
    if version is None:
        shutil.copy(source, path)  # a file of the current format
    else:
        legacy_file(source, path, version)
    result = subprocess.run([sys.executable, "-c", OPEN_AND_EDIT, str(path)], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.split() == [imported, str(SCHEMA_VERSION)]


def test_the_columns_checked_on_open_are_those_the_migrations_make() -> None:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    store_module.migrate(memory, 0, SCHEMA_VERSION)
    made = {table: tuple(columns(memory, table)) for table in store_module.AGREEMENT_TABLES}
    assert made == store_module.CURRENT_COLUMNS
def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    # Defaults without their quotes: sqlite-utils quotes 12 as '12'; the column's INTEGER
    # affinity stores either as the integer 12.
    return [(name, kind, notnull, None if default is None else str(default).strip("'"), pk)
            for _cid, name, kind, notnull, default, pk in
            conn.execute(f"PRAGMA table_info({table})")]


def _shape(path: Path) -> dict[str, Any]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {
            table: (
                _columns(conn, table),
                sorted((fk[2], fk[3], fk[4], fk[6]) for fk in conn.execute(
                    f"PRAGMA foreign_key_list({table})")),
                sorted(tuple(r[2] for r in conn.execute(f"PRAGMA index_info('{index[1]}')"))
                       for index in conn.execute(f"PRAGMA index_list({table})") if index[2]),
                sorted(r[0] for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                    "AND name NOT LIKE 'agreements_status_%'", [table])),
            )
            for table in tables
        }


def test_a_new_file_has_the_schema_the_hand_written_sql_made(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.slaw"
    conn = sqlite3.connect(legacy, isolation_level=None)
    for script in LEGACY:
        conn.executescript(script)
    conn.close()
    # The steps sqlite-utils runs for the formats that SQL wrote; later steps add to them.
    new = tmp_path / "new.slaw"
    conn = sqlite3.connect(new, isolation_level=None)
    store_module.migrate(conn, 0, len(LEGACY))
    conn.close()
    assert _shape(new) == _shape(legacy)


def test_migrating_runs_no_sqlite_utils_plugin(tmp_path: Path) -> None:
    # Plugins would run any installed package's code against the user's file.
    from sqlite_utils import hookimpl
    from sqlite_utils.plugins import pm

    prepared: list[object] = []

    class Plugin:
        @hookimpl
        def prepare_connection(self, conn: object) -> None:
            prepared.append(conn)

    plugin = Plugin()
    pm.register(plugin)
    try:
        Store.open(tmp_path / "new.slaw").close()
    finally:
        pm.unregister(plugin)
    assert prepared == []
