"""The workshop file: round trip, migrations, refusing bad files, read-only, history."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from legacy_schema import LEGACY_V1

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement, Signature, Stage, Status, ValidationError
from slaworkshop.serialize import agreement_to_dict
from slaworkshop.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    ImportSource,
    ReadOnlyError,
    Store,
    StoreError,
    WorkshopFileError,
    WriteError,
    default_path,
)

D = Decimal


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "w.slaw") as opened:
        yield opened


def content(agreement: Agreement) -> dict:
    data = agreement_to_dict(agreement)
    data.pop("id")
    return data


def test_new_file_has_application_id_version_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new.slaw"
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION


def test_full_agreement_round_trip(store: Store) -> None:
    agreement = demo_agreement()
    agreement.stages[0].aliases = ["Sesiones", "Visitas web"]
    agreement.custom_kpis[0].targets[3] = None
    agreement_id = store.create(agreement)
    loaded = store.load(agreement_id)
    assert loaded.id == agreement_id
    assert content(loaded) == content(agreement)
    assert [p.representative for p in loaded.parties] == ["Laura Méndez", "Daniel Ortega"]
    assert loaded.protocols[1].kpi_target == D(24)
    assert loaded.custom_kpis[0].targets[3] is None


def test_save_is_committed_at_once(tmp_path: Path) -> None:
    path = tmp_path / "w.slaw"
    store = Store.open(path)
    agreement_id = store.create(demo_agreement())
    agreement = store.load(agreement_id)
    agreement.objective.revenue = D(1500000)
    store.save(agreement)
    # A second connection sees it without any save or close.
    with Store.open(path, read_only=True) as other:
        assert other.load(agreement_id).objective.revenue == D(1500000)
    store.close()


def test_a_save_rewrites_only_the_tables_that_changed(store: Store) -> None:
    agreement_id = store.create(demo_agreement("en"))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)

    def written() -> set[str]:
        tables = {s.split()[2] for s in statements if s.startswith(("DELETE FROM", "INSERT INTO"))}
        statements.clear()
        return tables

    agreement = store.load(agreement_id)
    agreement.stages[1].rate = Decimal("0.33")
    store.save(agreement)
    assert written() == {"stages"}
    agreement.parties[0].representative = "Someone Else"
    store.save(agreement)
    assert written() == {"parties"}
    store.save(agreement)
    assert written() == set()
    store.conn.set_trace_callback(None)
    assert content(store.load(agreement_id)) == content(agreement)


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {table: store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("agreements", "parties", "stages", "kpis", "protocols", "imports",
                          "actuals", "actual_history", "signatures")}


def test_undelete_puts_back_a_draft_with_its_actuals_imports_and_signatures(
        store: Store) -> None:
    keep = store.create(demo_agreement("en"))
    agreement_id = store.create(demo_agreement("es"))
    store.apply_actuals(agreement_id, {("Leads", "2027-01"): Decimal(90)},
                        ImportSource("jan.xlsx", "a" * 64))
    store.apply_actuals(agreement_id, {("Leads", "2027-01"): Decimal(95),
                                       ("MQL", "2027-01"): Decimal(41)},
                        ImportSource("jan-fixed.xlsx", "b" * 64))
    store.apply_actuals(keep, {("Leads", "2027-01"): Decimal(7)})
    party = store.load(agreement_id).parties[0].name
    store.sign(agreement_id, Signature(party, "Laura Méndez"))
    before = _dump(store)
    assert before["actual_history"] and before["imports"] and before["signatures"]

    deleted = store.delete(agreement_id)
    assert not store.exists(agreement_id)
    for table in ("stages", "imports", "actuals", "actual_history", "signatures"):
        assert store.conn.execute(f"SELECT count(*) FROM {table} WHERE agreement_id = ?",
                                  [agreement_id]).fetchone() == (0,), table
    assert store.actuals(keep) == {"Leads": {"2027-01": Decimal(7)}}

    store.undelete(deleted)
    assert _dump(store) == before
    assert store.actuals(agreement_id)["Leads"] == {"2027-01": Decimal(95)}
    assert [r[0] for r in store.conn.execute("PRAGMA foreign_key_check")] == []
    assert store.integrity_ok()
    with pytest.raises(StoreError, match="exists already"):
        store.undelete(deleted)
    assert _dump(store) == before


def test_a_full_disk_is_a_clear_error_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "full.slaw"
    with Store.open(path) as store:
        agreement_id = store.create(demo_agreement("en"))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        # The file may not grow any more: as good as a full disk for SQLite.
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        before = digest(path)
        agreement = store.load(agreement_id)
        # Texts are at most 5,000 characters: many long ones make the file grow.
        template = agreement.custom_kpis[0]
        agreement.custom_kpis += [dataclasses.replace(template, name=f"Note {i}",
                                                      description="A long note. " * 380)
                                  for i in range(60)]
        with pytest.raises(WriteError) as caught:
            store.save(agreement)
        assert str(caught.value) == (f"{path}: the change could not be written (database or "
                                     "disk is full); the file is as it was before it")
        assert digest(path) == before
        assert not store.conn.in_transaction
        assert len(store.load(agreement_id).custom_kpis) == len(
            demo_agreement("en").custom_kpis)
        # With room again, the same change is written.
        store.conn.execute("PRAGMA max_page_count = 1073741823")
        store.save(agreement)
        assert store.load(agreement_id).custom_kpis[-1].description.startswith("A long note.")


def test_invalid_agreement_is_refused_and_nothing_written(store: Store) -> None:
    agreement_id = store.create(demo_agreement())
    before = content(store.load(agreement_id))
    bad = store.load(agreement_id)
    bad.stages[1].rate = D("1.5")
    with pytest.raises(ValidationError, match="stage “Leads” rate"):
        store.save(bad)
    assert content(store.load(agreement_id)) == before


def test_renaming_a_stage_keeps_its_actuals(store: Store) -> None:
    agreement_id = store.create(demo_agreement())
    store.apply_actuals(agreement_id, {("MQL", "2027-01"): D(41), ("Leads → MQL", "2027-01"):
                                       D("0.4")})
    agreement = store.load(agreement_id)
    agreement.rename_stage(2, "Marketing qualified")
    assert agreement.protocols[0].kpi == "Marketing qualified"
    store.save(agreement)
    actuals = store.actuals(agreement_id)
    assert actuals["Marketing qualified"] == {"2027-01": D(41)}
    assert actuals["Leads → Marketing qualified"] == {"2027-01": D("0.4")}
    assert "MQL" not in actuals


def test_actual_history_keeps_replaced_values_with_their_import(store: Store) -> None:
    agreement_id = store.create(demo_agreement())
    first = store.apply_actuals(agreement_id, {("Leads", "2027-01"): D(90)},
                                ImportSource("jan.xlsx", "a" * 64))
    second = store.apply_actuals(agreement_id, {("Leads", "2027-01"): D(95)},
                                 ImportSource("jan-fixed.xlsx", "b" * 64))
    assert store.actuals(agreement_id)["Leads"]["2027-01"] == D(95)
    history = store.actual_history(agreement_id, "Leads", "2027-01")
    assert [(r.value, r.file_name, r.import_id) for r in history] == [
        (D(90), "jan.xlsx", first), (D(95), "jan-fixed.xlsx", second)]
    assert history[0].replaced_at is not None
    # Removing a value keeps it in the history as well.
    store.apply_actuals(agreement_id, {("Leads", "2027-01"): None})
    assert "Leads" not in store.actuals(agreement_id)
    assert len(store.actual_history(agreement_id, "Leads", "2027-01")) == 2


def test_actuals_are_recorded_against_a_sealed_revision(store: Store) -> None:
    # Its content is sealed (test_signing); tracking it against actuals is what it is for.
    agreement_id = store.create(demo_agreement())
    for party, signer in (("Marketing", "Laura Méndez"), ("Sales", "Daniel Ortega")):
        store.sign(agreement_id, Signature(party, signer))
    assert store.load(agreement_id).status is Status.SIGNED
    store.apply_actuals(agreement_id, {("Leads", "2027-01"): D(90)})
    assert store.actuals(agreement_id)["Leads"]["2027-01"] == D(90)


def make_v1_file(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(LEGACY_V1)  # as version 1 wrote it
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO agreements (id, title, start, months, revenue, deal_value, created_at, "
        "updated_at) VALUES (1, 'Old plan', '2026-01', 12, '600000', '20000', 'x', 'x')")
    conn.executemany(
        "INSERT INTO stages (agreement_id, position, name, owner, rate, lag) "
        "VALUES (1, ?, ?, '', ?, 0)", [(0, "Leads", "0.1"), (1, "Customers", None)])
    conn.execute("INSERT INTO actuals (agreement_id, kpi, month, value, recorded_at) "
                 "VALUES (1, 'Leads', '2026-01', '250', 'x')")
    conn.close()


def test_migration_from_version_1_keeps_data_and_makes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.slaw"
    make_v1_file(path)
    original = path.read_bytes()
    with Store.open(path) as store:
        assert store.file_version == SCHEMA_VERSION
        agreement = store.load(1)
        assert [s.name for s in agreement.stages] == ["Leads", "Customers"]
        assert agreement.stages[0].aliases == []
        assert store.actuals(1) == {"Leads": {"2026-01": D(250)}}
        store.apply_actuals(1, {("Leads", "2026-01"): D(260)}, ImportSource("f.xlsx", "0" * 64))
        assert len(store.actual_history(1, "Leads", "2026-01")) == 2
    backups = list(tmp_path.glob("old.v1-backup-*.slaw"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT title FROM agreements").fetchone()[0] == "Old plan"
    assert original != path.read_bytes()


def test_file_from_a_newer_version_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "future.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement())
        store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = digest(path)
    with Store.open(path) as store:
        assert store.read_only
        assert "newer version" in (store.read_only_reason or "")
        assert store.list_agreements()[0].title == "Sales & Marketing SLA 2027"
        agreement = store.load(store.list_agreements()[0].id)
        with pytest.raises(ReadOnlyError):
            store.save(agreement)
    assert digest(path) == before


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("title,revenue\nPlan,100\n")


def _xlsx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ann')")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    with Store.open(path.with_suffix(".tmp")) as store:
        store.create(demo_agreement())
    data = path.with_suffix(".tmp").read_bytes()
    path.write_bytes(data[:2000])


def _corrupt(path: Path) -> None:
    source = path.with_suffix(".tmp")
    with Store.open(source) as store:
        for _ in range(5):
            store.create(demo_agreement())
    data = bytearray(source.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):
        data[offset:offset + 64] = b"\xff" * 64  # smash every b-tree page header after page 2
    path.write_bytes(bytes(data))


def _binary(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 8)


@pytest.mark.parametrize(("make", "words"), [
    (_zero, "empty (0 bytes)"),
    (_text, "it is a text file"),
    (_xlsx, "ZIP archive (perhaps an Excel workbook)"),
    (_other_sqlite, "another program's SQLite database"),
    (_truncated, "truncated"),
    (_corrupt, "damaged"),
    (_binary, "some other kind of file"),
])
def test_bad_files_are_refused_and_left_untouched(tmp_path: Path, make, words: str) -> None:
    path = tmp_path / "bad.slaw"
    make(path)
    before = digest(path)
    with pytest.raises(WorkshopFileError) as caught:
        Store.open(path)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)
    assert digest(path) == before
    assert not path.with_name(path.name + "-journal").exists()


def test_default_file_lives_in_the_data_folder(isolated_home: Path) -> None:
    assert default_path() == isolated_home / "data" / "workshop.slaw"


def test_duplicate_makes_a_fresh_draft(store: Store) -> None:
    agreement_id = store.create(demo_agreement())
    copy_id = store.duplicate(agreement_id)
    copy = store.load(copy_id)
    assert copy.title == "Sales & Marketing SLA 2027 (copy)"
    assert copy.status is Status.DRAFT and copy.revision == 1
    assert [s.name for s in copy.stages] == [s.name for s in store.load(agreement_id).stages]


def test_stage_names_unique_per_agreement_in_the_schema(store: Store) -> None:
    agreement_id = store.create(demo_agreement())
    before = store.load(agreement_id)
    # Past the model's own check (which refuses it first), the file itself refuses a second
    # "Visits" in the same agreement.
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        store.conn.execute("INSERT INTO stages (agreement_id, position, name, owner, rate, lag) "
                           "VALUES (?, 9, 'Visits', '', '0.5', 0)", [agreement_id])
    assert content(store.load(agreement_id)) == content(before)
    # And the model refuses it with its message.
    duplicate = store.load(agreement_id)
    duplicate.stages.insert(1, Stage("visits ", D("0.5")))
    with pytest.raises(ValidationError, match="already the name of stage 1"):
        store.save(duplicate)


@pytest.mark.parametrize("language", ["en", "es"])
def test_demo_agreement_is_valid_in_both_languages(store: Store, language: str) -> None:
    from slaworkshop.plan import plan_for

    agreement = demo_agreement(language)
    agreement_id = store.create(agreement)
    plan = plan_for(store.load(agreement_id))
    assert [s.annual for s in plan.stages] == [50000, 1000, 400, 200, 100, 30]
    assert len(agreement.parties) == 2 and all(p.representative for p in agreement.parties)
    lower = [k for k in agreement.custom_kpis if k.direction.value == "lower"]
    assert len(lower) == 1 and lower[0].unit.value == "hours"


def test_file_without_write_permission_opens_read_only(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    path = tmp_path / "locked.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement())
    before = digest(path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK
                        else real_access(p, mode))
    with Store.open(path) as store:
        assert store.read_only and "permission" in (store.read_only_reason or "")
        agreement = store.load(store.list_agreements()[0].id)
        with pytest.raises(ReadOnlyError, match="nothing was changed"):
            store.save(agreement)
    assert digest(path) == before


def test_a_revision_that_cannot_take_its_import_aliases_is_not_created(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    agreement_id = store.create(demo_agreement())
    store.apply_actuals(agreement_id, {}, aliases={"Opportunity": "Proposals"})
    for party, signer in (("Marketing", "Laura Méndez"), ("Sales", "Daniel Ortega")):
        store.sign(agreement_id, Signature(party, signer, "Director", "2027-01-14"))
    before = [s.id for s in store.list_agreements()]

    def failing(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "apply_actuals", failing)
    with pytest.raises(WriteError, match="the file is as it was before it"):
        store.revise(agreement_id)
    # The draft and its aliases go in together or not at all.
    assert [s.id for s in store.list_agreements()] == before
    monkeypatch.undo()
    new_id = store.revise(agreement_id)
    assert store.import_aliases(new_id) == {"Opportunity": "Proposals"}
