"""The workshop file: one SQLite file holding any number of agreements.

The store is the only code that speaks SQL. Every public method that changes something is one
transaction, committed before it returns: there is no "Save", and a crash loses at most the edit
that was being written.

Journal mode: the classic rollback journal (``journal_mode=DELETE``) with
``synchronous=FULL``, not WAL. Workshop files live on USB sticks and shared drives, where WAL's
shared-memory index does not work (SQLite documents WAL as unsafe on network file systems), and a
rollback-journal file is a single self-contained file people can copy or mail. Edits are a few
rows each, so WAL's write throughput buys nothing here; FULL sync makes each commit durable.

Two ways to speak SQL, each where it serves:

- Creating a file and migrating an old one use sqlite-utils (``MIGRATIONS``, ``migrate``):
  ``Table.create``, ``add_column``, ``create_index``, foreign keys, and ``Table.transform`` for
  the table rebuilds SQLite's ALTER TABLE cannot do. It is imported inside ``migrate`` only.
- Opening and listing a current file, loading, and every edit use plain ``sqlite3``: start-up
  and the live edit path do not pay for importing sqlite-utils (it pulls in click, pluggy,
  dateutil and tabulate; its ``Database`` loads the plugins of every installed package from
  entry points unless told not to, which ``migrate`` does), and the few statements of an edit
  are clearer written out than built.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slaworkshop import bounds
from slaworkshop.fingerprint import fingerprint as compute_fingerprint
from slaworkshop.fingerprint import seal as compute_seal
from slaworkshop.model import (
    Aggregation,
    Agreement,
    CapacityLine,
    Direction,
    FixedCost,
    HandoffProtocol,
    Kpi,
    KpiKind,
    Party,
    Problem,
    RevenueObjective,
    Segment,
    Signature,
    Stage,
    Status,
    Thresholds,
    Unit,
    ValidationError,
    check_agreement,
    unique_name,
    unit_aggregation,
)
from slaworkshop.serialize import content_dict
from slaworkshop.text import QT_TRANSLATE_NOOP, t

if TYPE_CHECKING:  # sqlite-utils is imported only when a file is created or migrated
    from sqlite_utils import Database
    from sqlite_utils.db import ForeignKey

APPLICATION_ID = 0x534C4157  # "SLAW"
SQLITE_HEADER = b"SQLite format 3\x00"
FILE_SUFFIX = ".slaw"


class StoreError(Exception):
    """Base of the store's errors; the message is meant for the user."""


class WorkshopFileError(StoreError):
    """The file is not a usable workshop file; it was not written."""


class ReadOnlyError(StoreError):
    """An edit was attempted on a file opened read-only."""


class SealedError(StoreError):
    """An edit of a signed (sealed) revision was refused."""


class WriteError(StoreError):
    """The file could not be written (disk full, storage removed, locked too long); the
    transaction was rolled back, so the file is as it was."""


class NotFoundError(StoreError):
    pass


class LockedError(StoreError):
    """Another program held the file longer than BUSY_TIMEOUT_MS; nothing was changed."""


# How long to wait for another program's write to finish before giving up (bounded), and
# the steps in which the app is told how long it has waited.
BUSY_TIMEOUT_MS = 5000
BUSY_STEP_MS = 250


def _locked(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def locked_error(path: Path) -> LockedError:
    return LockedError(t(QT_TRANSLATE_NOOP(
        "core", "{file}: the file is in use by another program; try again"), file=str(path)))


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def default_path() -> Path:
    """The default workshop file in the user's data folder."""
    override = os.environ.get("SLAWORKSHOP_DATA_DIR")
    if override:
        folder = Path(override)
    else:
        import platformdirs

        folder = platformdirs.user_data_path("SLA Workshop", appauthor=False)
    return folder / f"workshop{FILE_SUFFIX}"


def _sealed_guard(table: str, key: str = "agreement_id") -> str:
    refuse = "SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed');"
    return f"""
    CREATE TRIGGER {table}_sealed_insert BEFORE INSERT ON {table}
    WHEN (SELECT status FROM agreements WHERE id = NEW.{key}) <> 'draft'
    BEGIN {refuse} END;
    CREATE TRIGGER {table}_sealed_update BEFORE UPDATE ON {table}
    WHEN (SELECT status FROM agreements WHERE id = OLD.{key}) <> 'draft'
    BEGIN {refuse} END;
    CREATE TRIGGER {table}_sealed_delete BEFORE DELETE ON {table}
    WHEN (SELECT status FROM agreements WHERE id = OLD.{key}) <> 'draft'
    BEGIN {refuse} END;
    """


# The agreement's own columns, as Store.save writes them.
AGREEMENT_VALUE_COLUMNS = (
    "title", "organisation", "currency", "start", "months", "revision", "supersedes",
    "revenue", "deal_value", "marketing_share", "seasonality", "green", "amber",
    "reporting_cadence", "review_month", "gross_margin", "spend_kpi",
)
# Those a sealed revision may never change (the triggers guard them).
AGREEMENT_CONTENT_COLUMNS = (*AGREEMENT_VALUE_COLUMNS, "fingerprint", "created_at", "signed_at")
# The guarded columns as versions 2 and 3 knew them: a released migration's SQL never changes.
_V1_CONTENT_COLUMNS = tuple(c for c in AGREEMENT_CONTENT_COLUMNS
                            if c not in ("gross_margin", "spend_kpi"))
# ... and as version 5 knows them (a later content column gets a step of its own).
_V5_CONTENT_COLUMNS = (*_V1_CONTENT_COLUMNS, "gross_margin", "spend_kpi")

def _agreement_update_guard(columns: tuple[str, ...]) -> str:
    """Refuse any change to a sealed revision but signed → superseded, all else unchanged."""
    return (
        "CREATE TRIGGER agreements_sealed_update BEFORE UPDATE ON agreements "
        "WHEN OLD.status <> 'draft' AND NOT (OLD.status = 'signed' AND NEW.status = 'superseded' "
        "AND " + " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)
        + ") BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); "
        "END;")


_AGREEMENT_GUARD = _agreement_update_guard(_V1_CONTENT_COLUMNS) + (
    "CREATE TRIGGER agreements_sealed_delete BEFORE DELETE ON agreements "
    "WHEN OLD.status <> 'draft' "
    "BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;"
)


# Schema steps. MIGRATIONS[n - 1] takes a file from version n - 1 to n; each runs in its own
# transaction (see ``migrate``). A step is a function of a sqlite-utils Database, or a string of
# SQL statements. To change the schema, append one step; never edit a step already released.
# Table.create, add_column and create_index say what SQLite's ALTER TABLE can do; for what it
# cannot (a new foreign key, a changed column), Table.transform rebuilds the table: use
# ``rebuild_table`` so the table's triggers come back.


def _agreement_fk(on_delete: str = "CASCADE") -> ForeignKey:
    from sqlite_utils.db import ForeignKey

    return ForeignKey("", "agreement_id", "agreements", "id", on_delete=on_delete)


def _create(db: Database, table: str, columns: dict[str, type], *,
            not_null: Sequence[str] = (), defaults: Mapping[str, object] | None = None,
            foreign_keys: Sequence[ForeignKey] = (), unique: Sequence[str] = ()) -> None:
    """One table with an integer ``id`` key (and a UNIQUE index over ``unique``)."""
    from sqlite_utils.db import ForeignKey

    keys = [ForeignKey(table, fk.column, fk.other_table, fk.other_column,
                       on_delete=fk.on_delete) for fk in foreign_keys]
    db.table(table).create({"id": int, **columns}, pk="id", not_null=not_null,
                     defaults=dict(defaults or {}), foreign_keys=keys)
    if unique:
        db.table(table).create_index(list(unique), index_name=f"{table}_unique", unique=True)


def _execute(db: Database, script: str) -> None:
    """Run SQL statements inside the step's transaction (executescript would commit)."""
    for statement in _split_sql(script):
        db.conn.execute(statement)


def rebuild_table(db: Database, table: str, **changes: Any) -> None:
    """``Table.transform`` (SQLite's table rebuild), keeping the table's triggers: dropping the
    old table drops them. Only inside ``migrate``, whose foreign keys are off, so the rebuild
    does not fire the ON DELETE actions of the rows that refer to the table."""
    triggers = [trigger.sql for trigger in db.table(table).triggers]
    db.table(table).transform(**changes)
    for sql in triggers:
        db.conn.execute(sql)


def _v1_agreements(db: Database) -> None:
    db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _create(db, "agreements", {
        "title": str, "organisation": str, "currency": str, "start": str, "months": int,
        "status": str, "revision": int, "supersedes": int, "revenue": str, "deal_value": str,
        "marketing_share": str, "seasonality": str, "green": str, "amber": str,
        "reporting_cadence": str, "review_month": str, "fingerprint": str, "created_at": str,
        "updated_at": str, "signed_at": str,
    }, not_null=("title", "organisation", "currency", "start", "months", "status", "revision",
                 "revenue", "deal_value", "marketing_share", "seasonality", "green", "amber",
                 "reporting_cadence", "created_at", "updated_at"),
        defaults={"organisation": "", "currency": "EUR", "months": 12, "status": "draft",
                  "revision": 1, "marketing_share": "1", "seasonality": "[]", "green": "1",
                  "amber": "0.9", "reporting_cadence": ""})
    db.table("agreements").add_foreign_key("supersedes", "agreements", "id")
    # Table.create writes no CHECK constraint; these triggers refuse what version 1's did.
    _execute(db, "".join(
        f"CREATE TRIGGER agreements_status_{event} BEFORE {event.upper()} ON agreements "
        "WHEN NEW.status NOT IN ('draft', 'signed', 'superseded') "
        "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: status'); END;\n"
        for event in ("insert", "update")))
    nullable = {"rate", "kpi_target"}
    children: dict[str, tuple[dict[str, type], dict[str, object], tuple[str, ...]]] = {
        "parties": ({"position": int, "name": str, "representative": str, "role": str},
                    {"representative": "", "role": ""}, ("agreement_id", "name")),
        "stages": ({"position": int, "name": str, "owner": str, "rate": str, "lag": int},
                   {"owner": "", "lag": 0}, ("agreement_id", "name")),
        "kpis": ({"position": int, "name": str, "owner": str, "unit": str, "direction": str,
                  "targets": str, "description": str},
                 {"owner": "", "unit": "count", "direction": "higher", "targets": "[]",
                  "description": ""}, ("agreement_id", "name")),
        "protocols": ({"position": int, "title": str, "from_party": str, "to_party": str,
                       "trigger_text": str, "commitment": str, "kpi": str, "kpi_target": str},
                      {"from_party": "", "to_party": "", "trigger_text": "", "commitment": "",
                       "kpi": ""}, ()),
        "actuals": ({"kpi": str, "month": str, "value": str, "recorded_at": str}, {},
                    ("agreement_id", "kpi", "month")),
    }
    for table, (columns, defaults, unique) in children.items():
        _create(db, table, {"agreement_id": int, **columns},
                not_null=["agreement_id", *(c for c in columns if c not in nullable)],
                defaults=defaults, foreign_keys=[_agreement_fk()], unique=unique)


def _v2_imports_history_signatures(db: Database) -> None:
    db.table("stages").add_column("aliases", str, not_null_default="[]")
    db.table("kpis").add_column("aliases", str, not_null_default="[]")
    _create(db, "imports", {"agreement_id": int, "file_name": str, "sha256": str,
                            "imported_at": str, "note": str},
            not_null=("agreement_id", "file_name", "sha256", "imported_at", "note"),
            defaults={"note": ""}, foreign_keys=[_agreement_fk()])
    db.table("actuals").add_column("import_id", int)
    db.table("actuals").add_foreign_key("import_id", "imports", "id", on_delete="SET NULL")
    _create(db, "actual_history", {
        "agreement_id": int, "kpi": str, "month": str, "value": str, "import_id": int,
        "recorded_at": str, "replaced_at": str, "replaced_by_import_id": int,
    }, not_null=("agreement_id", "kpi", "month", "value", "recorded_at", "replaced_at"),
        foreign_keys=[_agreement_fk()])
    for column in ("import_id", "replaced_by_import_id"):
        db.table("actual_history").add_foreign_key(column, "imports", "id", on_delete="SET NULL")
    db.table("actual_history").create_index(["agreement_id", "kpi", "month"],
                                      index_name="actual_history_kpi")
    _create(db, "signatures", {
        "agreement_id": int, "party": str, "signer": str, "role": str, "signed_on": str,
        "image": bytes, "fingerprint": str,
    }, not_null=("agreement_id", "party", "signer", "role", "signed_on", "fingerprint"),
        defaults={"role": ""}, foreign_keys=[_agreement_fk()], unique=("agreement_id", "party"))
    _execute(db, "".join(_sealed_guard(t) for t in
                         ("parties", "stages", "kpis", "protocols", "signatures")))
    _execute(db, _AGREEMENT_GUARD)


# Version 3 seals the signatures too: ``seal`` is a hash over the fingerprint and every
# signature (signer, role, date, drawing), so a signer's name or date changed behind the app's
# back is caught by verify, as changed content already is. Revisions sealed before version 3
# keep a NULL seal.
def _v3_seal(db: Database) -> None:
    db.table("agreements").add_column("seal", str)
    db.conn.execute("DROP TRIGGER agreements_sealed_update")
    db.conn.execute(_agreement_update_guard((*_V1_CONTENT_COLUMNS, "seal")))

# Version 4 records which signed revisions were sealed before the seal existed: from then on a
# signed revision without a seal is a forgery (someone cleared it to pass off changed
# signatures as an older version's), not a legacy. The list is frozen once written.
SCHEMA_V4_UNSEALED_LEGACY = """
CREATE TABLE unsealed_legacy (agreement_id INTEGER PRIMARY KEY);
INSERT INTO unsealed_legacy SELECT id FROM agreements WHERE status <> 'draft' AND seal IS NULL;
CREATE TRIGGER unsealed_legacy_frozen BEFORE INSERT ON unsealed_legacy
BEGIN SELECT RAISE(ABORT, 'sealed: the list of unsealed revisions cannot grow'); END;
"""


# Planning depth (DESIGN §4b): segments with their rate overrides, team capacity, unit and
# fixed costs, and the agreement's gross margin and spend KPI; sealed like the rest.
PLANNING_DEPTH_TABLES = ("segments", "segment_rates", "capacity_lines", "stage_costs",
                         "fixed_costs")
SCHEMA_V5_PLANNING_DEPTH = """
ALTER TABLE agreements ADD COLUMN gross_margin TEXT NOT NULL DEFAULT '1';
ALTER TABLE agreements ADD COLUMN spend_kpi TEXT NOT NULL DEFAULT '';
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    share TEXT NOT NULL,
    deal_value TEXT,
    UNIQUE (agreement_id, name)
);
CREATE TABLE segment_rates (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    segment TEXT NOT NULL,
    stage TEXT NOT NULL,
    rate TEXT NOT NULL,
    UNIQUE (agreement_id, segment, stage)
);
CREATE TABLE capacity_lines (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    stage TEXT NOT NULL,
    per_person TEXT NOT NULL,
    cost_per_person TEXT
);
CREATE TABLE stage_costs (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    stage TEXT NOT NULL,
    amount TEXT NOT NULL,
    UNIQUE (agreement_id, stage)
);
CREATE TABLE fixed_costs (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    amount TEXT NOT NULL
);
DROP TRIGGER IF EXISTS agreements_sealed_update;
""" + _agreement_update_guard((*_V5_CONTENT_COLUMNS, "seal")) + "".join(
    _sealed_guard(t) for t in PLANNING_DEPTH_TABLES)


# Version 6 gives each KPI its aggregation (sum or average; '' = as its unit implies, which is
# what every revision signed before meant, so sealed rows need no UPDATE), and keeps the labels
# of CRM exports mapped to KPIs (import aliases): not agreement content, so a signed revision
# can learn them.
SCHEMA_V6_AGGREGATION = """
ALTER TABLE kpis ADD COLUMN aggregation TEXT NOT NULL DEFAULT '';
CREATE TABLE import_aliases (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    kpi TEXT NOT NULL,
    UNIQUE (agreement_id, label)
);
"""


MigrationStep = Callable[["Database"], None] | str
MIGRATIONS: tuple[MigrationStep, ...] = (
    _v1_agreements,
    _v2_imports_history_signatures,
    _v3_seal,
    SCHEMA_V4_UNSEALED_LEGACY,
    SCHEMA_V5_PLANNING_DEPTH,
    SCHEMA_V6_AGGREGATION,
)
SCHEMA_VERSION = len(MIGRATIONS)
# The format that brought the planning depth tables: an older file opened read-only has none.
PLANNING_DEPTH_VERSION = MIGRATIONS.index(SCHEMA_V5_PLANNING_DEPTH) + 1
# The format that brought KPI aggregations and saved import aliases.
AGGREGATION_VERSION = MIGRATIONS.index(SCHEMA_V6_AGGREGATION) + 1


@dataclass(frozen=True)
class AgreementSummary:
    id: int
    title: str
    organisation: str
    start: str
    months: int
    status: Status
    revision: int
    supersedes: int | None
    fingerprint: str | None
    updated_at: str


def revision_chain(summaries: Sequence[AgreementSummary], agreement_id: int
                   ) -> list[AgreementSummary]:
    """Every revision linked to ``agreement_id`` by ``supersedes``, oldest first."""
    by_id = {s.id: s for s in summaries}
    if agreement_id not in by_id:
        return []
    first = by_id[agreement_id]
    seen = {first.id}
    while first.supersedes is not None and first.supersedes in by_id \
            and first.supersedes not in seen:
        first = by_id[first.supersedes]
        seen.add(first.id)
    successors = {s.supersedes: s for s in summaries if s.supersedes is not None}
    chain = [first]
    visited = {first.id}
    while chain[-1].id in successors and successors[chain[-1].id].id not in visited:
        chain.append(successors[chain[-1].id])
        visited.add(chain[-1].id)
    return chain


# Every table holding an agreement's rows, parents before the rows that refer to them.
AGREEMENT_TABLES = ("agreements", "parties", "stages", "kpis", "protocols", "imports",
                    "import_aliases", "actuals", "actual_history", "signatures",
                    *PLANNING_DEPTH_TABLES)


@dataclass(frozen=True)
class DeletedAgreement:
    """What ``Store.delete`` removed: each table's rows as they were stored."""

    agreement_id: int
    rows: Mapping[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Saved:
    agreement: Agreement
    signatures_cleared: bool


INSERT_AGREEMENT = (
    f"INSERT INTO agreements ({', '.join(AGREEMENT_VALUE_COLUMNS)}, status, created_at, "
    f"updated_at) VALUES ({', '.join('?' * len(AGREEMENT_VALUE_COLUMNS))}, 'draft', ?, ?)")
UPDATE_AGREEMENT = (
    f"UPDATE agreements SET {', '.join(f'{c} = ?' for c in AGREEMENT_VALUE_COLUMNS)}, "
    "updated_at = ? WHERE id = ?")


@dataclass(frozen=True)
class ImportSource:
    file_name: str
    sha256: str
    note: str = ""


@dataclass(frozen=True)
class ActualRecord:
    kpi: str
    month: str
    value: Decimal
    recorded_at: str
    import_id: int | None
    file_name: str | None
    replaced_at: str | None = None


def _read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(100)


def inspect_file(path: Path) -> int:
    """Check a file is a workshop file without opening it in SQLite; return its version.

    Raises WorkshopFileError with a message saying what the file is instead.
    """
    try:
        size = path.stat().st_size
        header = _read_header(path)
    except FileNotFoundError:
        raise WorkshopFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise WorkshopFileError(f"{path}: is a folder, not a workshop file") from None
    except OSError as exc:
        raise WorkshopFileError(f"{path}: cannot be read ({exc.strerror})") from None
    if size == 0:
        raise WorkshopFileError(f"{path}: the file is empty (0 bytes), not a workshop file")
    if not header.startswith(SQLITE_HEADER):
        kind = "a ZIP archive (perhaps an Excel workbook)" if header.startswith(b"PK") else (
            "a text file" if _looks_like_text(header) else "some other kind of file")
        raise WorkshopFileError(f"{path}: not a workshop file; it is {kind}")
    if len(header) < 100:
        raise WorkshopFileError(f"{path}: the file is truncated (only {size} bytes)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size and page_count and size < page_size * page_count:
        raise WorkshopFileError(f"{path}: the file is truncated ({size} bytes of the "
                                f"{page_size * page_count} it should have)")
    application_id = int.from_bytes(header[68:72], "big")
    user_version = int.from_bytes(header[60:64], "big")
    if application_id != APPLICATION_ID:
        raise WorkshopFileError(
            f"{path}: this is another program's SQLite database, not an SLA Workshop file")
    return user_version


def _hot_journal(file: Path) -> bool:
    journal = file.with_name(file.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _roll_back_journal(file: Path) -> None:
    """Roll back what a crashed program left half-written, before a read-only open.

    A read-only connection cannot roll back a hot journal (SQLite then calls the file
    unreadable); a read-write one does so on its first read. Without write permission the
    file cannot be repaired here, and says so.
    """
    if not (os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)):
        raise WorkshopFileError(t(QT_TRANSLATE_NOOP(
            "core", "{file}: a change was interrupted (a program stopped while writing) and "
            "can only be undone where the file can be written; open it once from a folder "
            "you can write to"), file=str(file)))
    try:
        conn = sqlite3.connect(str(file), isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _locked(exc):
            raise locked_error(file) from None
        raise WorkshopFileError(f"{file}: the file is damaged or cannot be opened ({exc})"
                                ) from None


def _looks_like_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t\f" for ch in text)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    # Sealing triggers also fire for rows a REPLACE deletes and for changes other triggers make.
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _query(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()
           ) -> list[dict[str, Any]]:
    """The rows of a query as dicts keyed by column name."""
    cursor = conn.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _begin_immediate(conn: sqlite3.Connection, on_busy: Callable[[int], None] | None) -> None:
    """BEGIN IMMEDIATE, waiting at most BUSY_TIMEOUT_MS for another program's write; with
    ``on_busy``, in short steps that report the seconds waited (the app shows them)."""
    if on_busy is None:
        conn.execute("BEGIN IMMEDIATE")
        return
    import time

    started = time.monotonic()
    conn.execute(f"PRAGMA busy_timeout = {BUSY_STEP_MS}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                waited = time.monotonic() - started
                if not _locked(exc) or waited * 1000 >= BUSY_TIMEOUT_MS:
                    raise
                on_busy(int(waited))
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@contextmanager
def _transaction(conn: sqlite3.Connection,
                 on_busy: Callable[[int], None] | None = None) -> Iterator[None]:
    """One transaction around the block (a savepoint when one is already open).

    BEGIN IMMEDIATE takes the write lock at the start, so a second program writing the same file
    waits (busy_timeout) instead of failing half-way when a read would need upgrading to a write.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested_write")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # a RAISE(ROLLBACK) trigger may have ended it already
                conn.execute("ROLLBACK TO SAVEPOINT nested_write")
                conn.execute("RELEASE SAVEPOINT nested_write")
            raise
        conn.execute("RELEASE SAVEPOINT nested_write")
        return
    _begin_immediate(conn, on_busy)
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _locked(exc):
            raise locked_error(path) from None
        raise WorkshopFileError(f"{path}: the file is damaged ({exc})") from None
    if result != ["ok"]:
        conn.close()
        raise WorkshopFileError(f"{path}: the file is damaged ({'; '.join(result[:3])})")


# The columns of each agreement table in a file of the current format. Written out rather than
# built from the migrations, so that opening a file never imports sqlite-utils; a test compares
# it with the schema the migrations make (``python tools/current_columns.py`` rewrites it).
CURRENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "agreements": ("id", "title", "organisation", "currency", "start", "months", "status",
                   "revision", "supersedes", "revenue", "deal_value", "marketing_share",
                   "seasonality", "green", "amber", "reporting_cadence", "review_month",
                   "fingerprint", "created_at", "updated_at", "signed_at", "seal", "gross_margin",
                   "spend_kpi"),
    "parties": ("id", "agreement_id", "position", "name", "representative", "role"),
    "stages": ("id", "agreement_id", "position", "name", "owner", "rate", "lag", "aliases"),
    "kpis": ("id", "agreement_id", "position", "name", "owner", "unit", "direction", "targets",
             "description", "aliases", "aggregation"),
    "protocols": ("id", "agreement_id", "position", "title", "from_party", "to_party",
                  "trigger_text", "commitment", "kpi", "kpi_target"),
    "imports": ("id", "agreement_id", "file_name", "sha256", "imported_at", "note"),
    "import_aliases": ("id", "agreement_id", "label", "kpi"),
    "actuals": ("id", "agreement_id", "kpi", "month", "value", "recorded_at", "import_id"),
    "actual_history": ("id", "agreement_id", "kpi", "month", "value", "import_id", "recorded_at",
                       "replaced_at", "replaced_by_import_id"),
    "signatures": ("id", "agreement_id", "party", "signer", "role", "signed_on", "image",
                   "fingerprint"),
    "segments": ("id", "agreement_id", "position", "name", "share", "deal_value"),
    "segment_rates": ("id", "agreement_id", "position", "segment", "stage", "rate"),
    "capacity_lines": ("id", "agreement_id", "position", "role", "stage", "per_person",
                       "cost_per_person"),
    "stage_costs": ("id", "agreement_id", "position", "stage", "amount"),
    "fixed_costs": ("id", "agreement_id", "position", "name", "amount"),
}


_DECIMAL_COLUMNS = {
    "agreements": ("revenue", "deal_value", "marketing_share", "green", "amber", "gross_margin"),
    "stages": ("rate",),
    "protocols": ("kpi_target",),
    "actuals": ("value",),
    "actual_history": ("value",),
    "segments": ("share", "deal_value"),
    "segment_rates": ("rate",),
    "capacity_lines": ("per_person", "cost_per_person"),
    "stage_costs": ("amount",),
    "fixed_costs": ("amount",),
}
# The decimal columns that may be NULL (a rate the won customers do not have, a cost not given).
_NULLABLE_DECIMALS = {("stages", "rate"), ("protocols", "kpi_target"), ("segments", "deal_value"),
                      ("capacity_lines", "cost_per_person")}
_JSON_DECIMAL_LISTS = {"agreements": ("seasonality",), "kpis": ("targets",)}
_JSON_TEXT_LISTS = {"stages": ("aliases",), "kpis": ("aliases",)}
_INTEGER_COLUMNS = {"agreements": ("months", "revision"), "stages": ("lag",)}
_CHOICES = {("kpis", "unit"): {u.value for u in Unit},
            ("kpis", "direction"): {d.value for d in Direction},
            # "" is "as the unit implies".
            ("kpis", "aggregation"): {"", *(a.value for a in Aggregation)},
            ("agreements", "status"): {s.value for s in Status}}
# Texts longer than the editors accept (bounds) make documents of hundreds of pages.
_TEXT_LIMITS = {
    "agreements": {"title": bounds.MAX_TITLE, "organisation": bounds.MAX_NAME,
                   "reporting_cadence": bounds.MAX_TEXT, "spend_kpi": bounds.MAX_NAME},
    "parties": {"name": bounds.MAX_NAME, "representative": bounds.MAX_NAME,
                "role": bounds.MAX_NAME},
    "stages": {"name": bounds.MAX_NAME, "owner": bounds.MAX_NAME},
    "kpis": {"name": bounds.MAX_NAME, "owner": bounds.MAX_NAME,
             "description": bounds.MAX_TEXT},
    "protocols": {"title": bounds.MAX_TITLE, "trigger_text": bounds.MAX_TEXT,
                  "commitment": bounds.MAX_TEXT},
    "signatures": {"signer": bounds.MAX_NAME, "role": bounds.MAX_NAME},
    "segments": {"name": bounds.MAX_NAME},
    "segment_rates": {"segment": bounds.MAX_NAME, "stage": bounds.MAX_NAME},
    "capacity_lines": {"role": bounds.MAX_NAME, "stage": bounds.MAX_NAME},
    "stage_costs": {"stage": bounds.MAX_NAME},
    "fixed_costs": {"name": bounds.MAX_NAME},
}
MAX_REPORTED_PROBLEMS = 20
_CHECKED_COLUMNS = {
    table: {*_DECIMAL_COLUMNS.get(table, ()), *_JSON_DECIMAL_LISTS.get(table, ()),
            *_JSON_TEXT_LISTS.get(table, ()), *_INTEGER_COLUMNS.get(table, ()),
            *(column for t, column in _CHOICES if t == table), *_TEXT_LIMITS.get(table, {})}
    for table in AGREEMENT_TABLES}


def _decimal_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"{_shown(value)} is not a number written as text"
    parsed = bounds.parse_bounded(value)
    return parsed if isinstance(parsed, str) else None


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _value_problems(table: str, row: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(column, what is wrong) for each stored value that cannot be read back."""
    # Only the columns this file's format has (a version 1 file has no aliases yet).
    for column in (c for c in _DECIMAL_COLUMNS.get(table, ()) if c in row):
        value = row[column]
        if value is not None or (table, column) not in _NULLABLE_DECIMALS:
            problem = _decimal_problem(value)
            if problem:
                yield column, problem
    for column in (*_JSON_DECIMAL_LISTS.get(table, ()), *_JSON_TEXT_LISTS.get(table, ())):
        if column not in row:
            continue
        value = row[column]
        try:
            items = json.loads(value) if isinstance(value, str) else None
        except ValueError:
            items = None
        if not isinstance(items, list):
            yield column, f"{_shown(value)} is not a list (invalid JSON)"
            continue
        for item in items:
            if column in _JSON_TEXT_LISTS.get(table, ()):
                problem = None if isinstance(item, str) else f"{_shown(item)} is not a text"
            else:
                problem = None if item is None and column == "targets" else \
                    _decimal_problem(item)
            if problem:
                yield column, problem
                break
    for column in _INTEGER_COLUMNS.get(table, ()):
        value = row.get(column)
        if not isinstance(value, int) or abs(value) > bounds.MAX_MAGNITUDE:
            yield column, f"{_shown(value)} is not a whole number"
    for column, limit in _TEXT_LIMITS.get(table, {}).items():
        value = row.get(column)
        if column in row and isinstance(value, str) and len(value) > limit:
            yield column, f"{len(value)} characters is too long; at most {limit}"
    for (choice_table, column), allowed in _CHOICES.items():
        # Only the columns this file's format has (aggregation came with format 6).
        if choice_table == table and column in row and row[column] not in allowed:
            choices = ", ".join(sorted(a or "''" for a in allowed))
            yield column, f"{_shown(row.get(column))} is not one of {choices}"


def content_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Every stored value the app could not read back (a file edited outside the app), as
    "table id N, column C: what is wrong"; at most MAX_REPORTED_PROBLEMS and a count."""
    problems: list[str] = []
    # A file of an older format is checked for its values only: its migration steps bring
    # the tables and columns it lacks.
    current = version >= SCHEMA_VERSION
    present = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in AGREEMENT_TABLES:
        if table not in present:
            if current:
                problems.append(f"table {table}: the table is missing")
            continue
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        missing = [c for c in CURRENT_COLUMNS[table] if c not in columns] if current else []
        if missing:
            problems.append(f"table {table}: the column {', '.join(missing)} is missing")
            continue
        checked = [c for c in columns if c in _CHECKED_COLUMNS.get(table, ())]
        if not checked:
            continue
        # Actuals can be many: SQLite skips the plain numbers (up to 15 digits and dots, so
        # below 10^15 with few decimals), Python looks at the rest.
        plain = ("value" if checked == ["value"] else None)
        where = "" if plain is None else (
            f" WHERE NOT (typeof({plain}) = 'text' AND length({plain}) BETWEEN 1 AND 15 AND "
            f"{plain} GLOB '[0-9]*' AND {plain} NOT GLOB '*[^0-9.]*' AND "
            f"{plain} NOT GLOB '*.*.*')")
        for row in _query(conn, f"SELECT id, {', '.join(checked)} FROM {table}{where}"):
            for column, problem in _value_problems(table, row):
                problems.append(f"{table} id {row.get('id')}, column {column}: {problem}")
    if len(problems) > MAX_REPORTED_PROBLEMS:
        more = len(problems) - MAX_REPORTED_PROBLEMS
        problems = [*problems[:MAX_REPORTED_PROBLEMS], f"… and {more} more"]
    return problems


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Apply the schema steps from ``from_version`` up to ``to_version``, one transaction each.

    SQLite's procedure for schema changes (lang_altertable.html, "other kinds of table schema
    changes"): foreign keys off *outside* the transaction (the pragma does nothing inside one),
    so a table rebuild's DROP TABLE does not fire the ON DELETE CASCADE of the rows referring to
    it; ``PRAGMA foreign_key_check`` before the commit; foreign keys back on after it.
    """
    from sqlite_utils import Database  # here only: see the module docstring

    # No plugins: they would run code from any installed package against the user's file.
    db = Database(conn, execute_plugins=False)
    for version in range(from_version, to_version):
        _apply_step(db, MIGRATIONS[version], version + 1)


def _apply_step(db: Database, step: MigrationStep, version: int) -> None:
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if isinstance(step, str):
                _execute(db, step)
            else:
                step(db)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise WorkshopFileError(
                    f"the file could not be brought to format {version}: {len(broken)} rows "
                    f"would refer to rows that do not exist (first in {broken[0][0]}); "
                    "it was not changed")
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _split_sql(script: str) -> list[str]:
    """Split a script into statements (sqlite3.complete_statement copes with triggers)."""
    statements = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.extend(_split_completed(buffer))
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _split_completed(text: str) -> list[str]:
    parts = []
    current = ""
    for piece in text.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                parts.append(current.strip())
            current = ""
    return parts


def backup_path(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix}")


class Store:
    """An open workshop file."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only_reason: str | None,
                 version: int) -> None:
        self.conn = conn
        self.path = path
        self.read_only_reason = read_only_reason
        self.file_version = version
        self.listeners: list[Callable[[], None]] = []
        # Told the seconds waited while another program holds the file (the app shows it).
        self.on_busy: Callable[[int], None] | None = None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True,
             read_only: bool = False, read_only_reason: str | None = None) -> Store:
        """Open (or create) a workshop file.

        A file that is not a workshop file, or is damaged, raises WorkshopFileError and is never
        written. A file from a newer version opens read-only.
        """
        file = Path(path)
        if not file.exists():
            if not create or read_only:
                raise WorkshopFileError(f"{file}: no such file")
            return cls._create(file)
        version = inspect_file(file)
        reason = read_only_reason if read_only else None
        if read_only and reason is None:
            reason = "opened read-only"
        if version > SCHEMA_VERSION:
            reason = (f"made by a newer version of SLA Workshop (file format {version}, this "
                      f"version reads up to {SCHEMA_VERSION}); opened read-only")
        if reason is None and not (os.access(file, os.W_OK)
                                   and os.access(file.parent, os.W_OK)):
            reason = ("you do not have permission to change this file (or its folder); "
                      "opened read-only")
        if version < 1:
            raise WorkshopFileError(f"{file}: not a workshop file (no schema)")
        # A read-write connection first rolls back a hot journal left by a crash; the check
        # runs after that, so an interrupted edit never makes a good file look damaged.
        if reason is not None and _hot_journal(file):
            _roll_back_journal(file)
        try:
            conn = _connect(file, read_only=reason is not None)
            _quick_check(conn, file)
            problems = content_problems(conn, version)
        except sqlite3.DatabaseError as exc:
            if _locked(exc):
                raise locked_error(file) from None
            raise WorkshopFileError(f"{file}: the file is damaged or cannot be opened ({exc})"
                                    ) from None
        if problems:
            conn.close()
            raise WorkshopFileError("\n".join(
                [f"{file}: values in the file cannot be read; it was changed outside SLA "
                 "Workshop and was not opened:", *problems]))
        if reason is None and version < SCHEMA_VERSION:
            conn.execute(f"VACUUM INTO '{_sql_quote(str(backup_path(file, version)))}'")
            migrate(conn, version, SCHEMA_VERSION)
            version = SCHEMA_VERSION
        return cls(conn, file, reason, version)

    @classmethod
    def _create(cls, file: Path) -> Store:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            conn = _connect(file, read_only=False)
            migrate(conn, 0, SCHEMA_VERSION)
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if file.exists() and file.stat().st_size == 0:
                file.unlink()  # SQLite may have made an empty file before failing
            raise WorkshopFileError(t(QT_TRANSLATE_NOOP(
                "core", "{file}: a workshop file cannot be created there ({reason}); choose a "
                "folder you can write to"), file=str(file), reason=reason)) from None
        return cls(conn, file, None, SCHEMA_VERSION)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only_reason is not None:
            raise ReadOnlyError(f"{self.path}: {self.read_only_reason}; nothing was changed")
        try:
            with _transaction(self.conn, self.on_busy):
                yield self.conn
        except sqlite3.IntegrityError as exc:
            if "sealed" in str(exc):
                raise SealedError("this revision is signed and sealed; it cannot be changed. "
                                  "Start a new revision to change it.") from None
            raise
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                raise locked_error(self.path) from None
            raise WriteError(t(QT_TRANSLATE_NOOP(
                "core", "{file}: the change could not be written ({reason}); the file is as it "
                "was before it"), file=str(self.path), reason=str(exc))) from None
        for listener in list(self.listeners):
            listener()

    def others_version(self) -> int:
        """A number that changes when another connection (another program or window) has
        committed a change to the file since the last call; this connection's own writes do
        not change it (they call ``listeners``)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def list_agreements(self) -> list[AgreementSummary]:
        rows = self.conn.execute(
            "SELECT id, title, organisation, start, months, status, revision, supersedes, "
            "fingerprint, updated_at FROM agreements ORDER BY title COLLATE NOCASE, revision, id")
        return [AgreementSummary(r[0], r[1], r[2], r[3], r[4], Status(r[5]), r[6], r[7], r[8],
                                 r[9]) for r in rows]

    def exists(self, agreement_id: int) -> bool:
        row = self.conn.execute("SELECT 1 FROM agreements WHERE id = ?", (agreement_id,))
        return row.fetchone() is not None

    def load(self, agreement_id: int) -> Agreement:
        row = self._row("SELECT * FROM agreements WHERE id = ?", agreement_id)
        if row is None:
            raise NotFoundError(f"there is no agreement with id {agreement_id}")
        children = {
            table: _query(self.conn,
                          f"SELECT * FROM {table} WHERE agreement_id = ? ORDER BY position",
                          [agreement_id])
            for table in ("parties", "stages", "kpis", "protocols", *PLANNING_DEPTH_TABLES)
            if table not in PLANNING_DEPTH_TABLES or self.file_version >= PLANNING_DEPTH_VERSION
        }
        for table in PLANNING_DEPTH_TABLES:
            children.setdefault(table, [])
        signatures = _query(self.conn, "SELECT * FROM signatures WHERE agreement_id = ? "
                                       "ORDER BY id", [agreement_id])
        return _agreement_from_rows(row, children, [
            Signature(s["party"], s["signer"], s["role"], s["signed_on"], s["image"],
                      s["fingerprint"]) for s in signatures])

    def _row(self, sql: str, *params: Any) -> dict[str, Any] | None:
        rows = _query(self.conn, sql, params)
        return rows[0] if rows else None

    def create(self, agreement: Agreement) -> int:
        """Store a new draft agreement; returns its id."""
        check_agreement(agreement)
        with self._write() as db:
            stamp = now_iso()
            cursor = db.execute(INSERT_AGREEMENT,
                                [*self._agreement_values(agreement), stamp, stamp])
            agreement_id = int(cursor.lastrowid or 0)
            self._insert_children(db, agreement_id, agreement)
        return agreement_id

    def _agreement_values(self, a: Agreement) -> list[Any]:
        """The agreement's own columns, in AGREEMENT_VALUE_COLUMNS order."""
        return [a.title, a.organisation, a.currency.strip().upper(), a.start, a.months,
                a.revision, a.supersedes, str(a.objective.revenue), str(a.objective.deal_value),
                str(a.objective.marketing_share), json.dumps([str(w) for w in a.seasonality]),
                str(a.thresholds.green), str(a.thresholds.amber), a.reporting_cadence,
                a.review_month, str(a.gross_margin), a.spend_kpi]

    def _insert_children(self, db: sqlite3.Connection, agreement_id: int, a: Agreement,
                         unchanged: Mapping[str, list[dict[str, Any]]] | None = None
                         ) -> dict[str, list[dict[str, Any]]]:
        """Insert the child rows; returns them as written. A table whose rows equal
        ``unchanged[table]`` (what the file holds) is left as it is."""
        children = _child_rows(a)
        for table, rows in children.items():
            if unchanged is not None:
                if rows == unchanged[table]:
                    continue
                db.execute(f"DELETE FROM {table} WHERE agreement_id = ?", [agreement_id])
            if rows:
                columns = ["agreement_id", "position", *rows[0]]
                sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
                       f"VALUES ({', '.join('?' * len(columns))})")
                self.conn.executemany(sql, [[agreement_id, i, *r.values()]
                                            for i, r in enumerate(rows)])
        return children

    def save(self, agreement: Agreement) -> bool:
        """Replace a draft's content with ``agreement`` in one transaction.

        Returns True when signatures were cleared because the signed content changed (the
        caller asks the user first). Renamed stages and KPIs carry their actuals along.
        """
        return self.save_returning(agreement).signatures_cleared

    def save_returning(self, agreement: Agreement) -> Saved:
        """``save``, also returning the agreement exactly as ``load`` would now read it.

        It is built from the very rows written, so the live editor need not read the file
        back after every keystroke.
        """
        if agreement.id is None:
            raise NotFoundError("the agreement has not been stored yet")
        check_agreement(agreement)
        with self._write() as db:
            old = self.load(agreement.id)
            if old.status is not Status.DRAFT:
                raise SealedError("this revision is signed and sealed; it cannot be changed. "
                                  "Start a new revision to change it.")
            saved = self.stored_form(agreement, old)
            db.execute(UPDATE_AGREEMENT,
                       [*self._agreement_values(agreement), now_iso(), agreement.id])
            # Only the tables that changed are rewritten: a keystroke in a rate rewrites the
            # stages, not the parties, KPIs and protocols (fewer pages to journal and sync).
            self._insert_children(db, agreement.id, agreement, _child_rows(old))
            self._rename_actuals(db, agreement.id, old, agreement)
            if saved.signatures_cleared:
                db.execute("DELETE FROM signatures WHERE agreement_id = ?", [agreement.id])
        return saved

    def stored_form(self, agreement: Agreement, old: Agreement) -> Saved:
        """What ``save_returning(agreement)`` will return when the file holds ``old``,
        computed without touching the file: the live editor shows it before the write."""
        cleared = bool(old.signatures) and content_dict(old) != content_dict(agreement)
        row = dict(zip(AGREEMENT_VALUE_COLUMNS, self._agreement_values(agreement), strict=True))
        row.update(id=agreement.id, status=old.status.value, fingerprint=old.fingerprint)
        stored = _agreement_from_rows(row, _child_rows(agreement),
                                      [] if cleared else old.signatures)
        return Saved(stored, cleared)

    def _rename_actuals(self, db: sqlite3.Connection, agreement_id: int, old: Agreement,
                        new: Agreement) -> None:
        """Stages renamed in place keep their actuals (matched by position)."""
        renames = {}
        if len(old.stages) == len(new.stages):
            old_kpis = [k.name for k in old.kpis() if k.kind is not KpiKind.CUSTOM]
            new_kpis = [k.name for k in new.kpis() if k.kind is not KpiKind.CUSTOM]
            # A name still in use after the change was moved (stages reordered), not renamed:
            # its actuals stay with it.
            kept_old, kept_new = set(new_kpis), set(old_kpis)
            renames.update({o: n for o, n in zip(old_kpis, new_kpis, strict=True)
                            if o != n and o not in kept_old and n not in kept_new})
        if len(old.custom_kpis) == len(new.custom_kpis):
            renames.update({o.name: n.name for o, n in zip(old.custom_kpis, new.custom_kpis,
                                                           strict=True) if o.name != n.name})
        if not renames:
            return
        # Two steps via temporary names so that swapping two names cannot collide.
        for index, old_name in enumerate(renames):
            for table in ("actuals", "actual_history", "import_aliases"):
                db.execute(f"UPDATE {table} SET kpi = ? WHERE agreement_id = ? AND kpi = ?",
                           [f"\x00rename{index}", agreement_id, old_name])
        for index, new_name in enumerate(renames.values()):
            for table in ("actuals", "actual_history", "import_aliases"):
                db.execute(f"UPDATE {table} SET kpi = ? WHERE agreement_id = ? AND kpi = ?",
                           [new_name, agreement_id, f"\x00rename{index}"])

    def delete(self, agreement_id: int) -> DeletedAgreement:
        """Delete a draft (signed revisions are kept forever); returns every row that went
        with it, for ``undelete``."""
        with self._write() as db:
            row = self._row("SELECT status FROM agreements WHERE id = ?", agreement_id)
            if row is None:
                raise NotFoundError(f"there is no agreement with id {agreement_id}")
            if row["status"] != Status.DRAFT.value:
                raise SealedError("only drafts can be deleted; signed revisions are kept")
            rows = {table: _query(db, f"SELECT * FROM {table} WHERE "
                                      f"{'id' if table == 'agreements' else 'agreement_id'} = ? "
                                      "ORDER BY rowid", [agreement_id])
                    for table in AGREEMENT_TABLES}
            db.execute("DELETE FROM agreements WHERE id = ?", [agreement_id])
        return DeletedAgreement(agreement_id, rows)

    def undelete(self, deleted: DeletedAgreement) -> None:
        """Put back a deleted draft exactly as it was: its content, signatures, actuals, their
        history and its imports, under the same ids (used by undo)."""
        with self._write() as db:
            if self.exists(deleted.agreement_id):
                raise StoreError(f"agreement {deleted.agreement_id} exists already")
            for table in AGREEMENT_TABLES:
                rows = deleted.rows.get(table, [])
                if rows:
                    columns = list(rows[0])
                    db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                   f"({', '.join('?' * len(columns))})",
                                   [[r[c] for c in columns] for r in rows])

    def duplicate(self, agreement_id: int) -> int:
        original = self.load(agreement_id)
        copy = original.new_draft()
        copy.title = unique_name(f"{original.title} (copy)",
                                 [s.title for s in self.list_agreements()])
        return self.create(copy)

    def revise(self, agreement_id: int) -> int:
        """Start a new draft revision from a signed one."""
        original = self.load(agreement_id)
        if original.status is not Status.SIGNED:
            raise SealedError("only a signed revision can be revised; edit the draft instead")
        later = self._row("SELECT id FROM agreements WHERE supersedes = ?", agreement_id)
        if later is not None:
            raise SealedError(f"revision {original.revision} already has a newer revision "
                              f"(id {later['id']})")
        # The draft and the import aliases it inherits, in one transaction.
        with self._write():
            new_id = self.create(original.new_draft(original.revision + 1,
                                                    supersedes=agreement_id))
            aliases = self.import_aliases(agreement_id)
            if aliases:
                self.apply_actuals(new_id, {}, aliases=dict(aliases))
        return new_id

    def previous_fingerprint(self, agreement: Agreement) -> str | None:
        if agreement.supersedes is None:
            return None
        row = self._row("SELECT fingerprint FROM agreements WHERE id = ?", agreement.supersedes)
        return None if row is None else row["fingerprint"]

    def content_fingerprint(self, agreement: Agreement) -> str:
        return compute_fingerprint(agreement, self.previous_fingerprint(agreement))

    def sign(self, agreement_id: int, signature: Signature) -> bool:
        """Record a party's signature; seal the revision when every party has signed.

        Returns True when this signature sealed the revision.
        """
        agreement = self.load(agreement_id)
        if agreement.status is not Status.DRAFT:
            raise SealedError("this revision is already signed and sealed")
        if agreement.party(signature.party) is None:
            raise NotFoundError(f"“{signature.party}” is not a party of this agreement")
        if not agreement.parties:
            raise NotFoundError("the agreement has no parties to sign it")
        too_long = [Problem(name, problem) for name, text in (("signer", signature.signer),
                                                              ("role", signature.role))
                    if (problem := bounds.length_problem(text, bounds.MAX_NAME)) is not None]
        if too_long:
            raise ValidationError(too_long)
        check_agreement(agreement)
        signed_fp = self.content_fingerprint(agreement)
        with self._write() as db:
            db.execute("DELETE FROM signatures WHERE agreement_id = ? AND party = ?",
                       [agreement_id, signature.party])
            db.execute(
                "INSERT INTO signatures (agreement_id, party, signer, role, signed_on, image, "
                "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [agreement_id, signature.party, signature.signer, signature.role,
                 signature.signed_on or dt.date.today().isoformat(), signature.image,
                 signed_fp])
            signatures = [Signature(r["party"], r["signer"], r["role"], r["signed_on"],
                                    r["image"], r["fingerprint"]) for r in _query(
                db, "SELECT * FROM signatures WHERE agreement_id = ?", [agreement_id])]
            signed = {s.party for s in signatures}
            if not all(p.name in signed for p in agreement.parties):
                return False
            problems = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                raise StoreError("the file failed its integrity check; not sealed: "
                                 + "; ".join(problems[:3]))
            if db.execute("PRAGMA foreign_key_check").fetchall():
                raise StoreError("the file failed its foreign key check; not sealed")
            stamp = now_iso()
            db.execute("UPDATE agreements SET status = 'signed', fingerprint = ?, seal = ?, "
                       "signed_at = ?, updated_at = ? WHERE id = ?",
                       [signed_fp, compute_seal(signed_fp, signatures), stamp, stamp,
                        agreement_id])
            if agreement.supersedes is not None:
                db.execute("UPDATE agreements SET status = 'superseded' WHERE id = ? AND "
                           "status = 'signed'", [agreement.supersedes])
        return True

    def stored_seal(self, agreement_id: int) -> str | None:
        """The hash over fingerprint and signatures stored when the revision was sealed."""
        if self.file_version < 3:
            return None
        row = self.conn.execute("SELECT seal FROM agreements WHERE id = ?",
                                (agreement_id,)).fetchone()
        return None if row is None else row[0]

    def seal_required(self, agreement_id: int) -> bool:
        """Whether this version sealed the revision, so that it must carry a seal: every
        revision signed since format 4, none listed as sealed before the seal existed."""
        if self.file_version < 4:
            return False
        try:
            row = self.conn.execute("SELECT 1 FROM unsealed_legacy WHERE agreement_id = ?",
                                    (agreement_id,)).fetchone()
        except sqlite3.OperationalError:
            return True  # the list was removed: nothing vouches for a missing seal
        return row is None

    def find_by_fingerprint(self, fingerprint_hex: str) -> list[int]:
        rows = self.conn.execute("SELECT id FROM agreements WHERE fingerprint = ?",
                                 (fingerprint_hex.lower(),))
        return [r[0] for r in rows]

    def actuals(self, agreement_id: int) -> dict[str, dict[str, Decimal]]:
        result: dict[str, dict[str, Decimal]] = {}
        rows = self.conn.execute(
            "SELECT kpi, month, value FROM actuals WHERE agreement_id = ? ORDER BY kpi, month",
            (agreement_id,))
        for kpi, month, value in rows:
            result.setdefault(kpi, {})[month] = Decimal(value)
        return result

    def import_aliases(self, agreement_id: int) -> dict[str, str]:
        """Labels of CRM exports mapped to KPI names (saved by earlier imports)."""
        if self.file_version < AGGREGATION_VERSION:
            return {}  # an older file opened read-only: none saved yet
        return dict(self.conn.execute(
            "SELECT label, kpi FROM import_aliases WHERE agreement_id = ? ORDER BY id",
            (agreement_id,)).fetchall())

    def apply_actuals(self, agreement_id: int,
                      values: Mapping[tuple[str, str], Decimal | None],
                      source: ImportSource | None = None,
                      aliases: Mapping[str, str | None] | None = None) -> int | None:
        """Set actuals (KPI, month) → value in one transaction; None removes a value.

        A replaced or removed value goes to the history with the import that brought it.
        ``aliases``: import aliases to save with the values (label → KPI; None removes one).
        Returns the id of the import record when a source is given.
        """
        # What the file holds must be readable back (content_problems): refuse the rest.
        out_of_bounds = [f"{kpi} {month}: {problem}" for (kpi, month), value in values.items()
                         if value is not None
                         and (problem := bounds.decimal_problem(value)) is not None]
        if out_of_bounds:
            raise StoreError("\n".join(out_of_bounds[:MAX_REPORTED_PROBLEMS]))
        with self._write() as db:
            if not self.exists(agreement_id):
                raise NotFoundError(f"there is no agreement with id {agreement_id}")
            for label, kpi_name in (aliases or {}).items():
                if kpi_name is None:
                    db.execute("DELETE FROM import_aliases WHERE agreement_id = ? AND label = ?",
                               [agreement_id, label])
                else:
                    db.execute(
                        "INSERT INTO import_aliases (agreement_id, label, kpi) VALUES (?, ?, ?) "
                        "ON CONFLICT (agreement_id, label) DO UPDATE SET kpi = excluded.kpi",
                        [agreement_id, label, kpi_name])
            stamp = now_iso()
            import_id = None
            if source is not None:
                cursor = db.execute(
                    "INSERT INTO imports (agreement_id, file_name, sha256, imported_at, note) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [agreement_id, source.file_name, source.sha256, stamp, source.note])
                import_id = cursor.lastrowid
            for (kpi, month), value in values.items():
                old = self.conn.execute(
                    "SELECT id, value, import_id, recorded_at FROM actuals WHERE "
                    "agreement_id = ? AND kpi = ? AND month = ?",
                    (agreement_id, kpi, month)).fetchone()
                if old is not None:
                    if value is not None and Decimal(old[1]) == value:
                        continue
                    db.execute(
                        "INSERT INTO actual_history (agreement_id, kpi, month, value, import_id, "
                        "recorded_at, replaced_at, replaced_by_import_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [agreement_id, kpi, month, old[1], old[2], old[3], stamp, import_id])
                    if value is None:
                        db.execute("DELETE FROM actuals WHERE id = ?", [old[0]])
                    else:
                        db.execute("UPDATE actuals SET value = ?, import_id = ?, recorded_at = ? "
                                   "WHERE id = ?", [str(value), import_id, stamp, old[0]])
                elif value is not None:
                    db.execute(
                        "INSERT INTO actuals (agreement_id, kpi, month, value, recorded_at, "
                        "import_id) VALUES (?, ?, ?, ?, ?, ?)",
                        [agreement_id, kpi, month, str(value), stamp, import_id])
        return None if import_id is None else int(import_id)

    def actual_history(self, agreement_id: int, kpi: str, month: str) -> list[ActualRecord]:
        """Every value a KPI has had in a month, oldest first; the current one last."""
        history = self.conn.execute(
            "SELECT h.value, h.recorded_at, h.import_id, i.file_name, h.replaced_at "
            "FROM actual_history h LEFT JOIN imports i ON i.id = h.import_id "
            "WHERE h.agreement_id = ? AND h.kpi = ? AND h.month = ? ORDER BY h.id",
            (agreement_id, kpi, month)).fetchall()
        current = self.conn.execute(
            "SELECT a.value, a.recorded_at, a.import_id, i.file_name FROM actuals a "
            "LEFT JOIN imports i ON i.id = a.import_id "
            "WHERE a.agreement_id = ? AND a.kpi = ? AND a.month = ?",
            (agreement_id, kpi, month)).fetchall()
        records = [ActualRecord(kpi, month, Decimal(v), r, i, f, replaced)
                   for v, r, i, f, replaced in history]
        records += [ActualRecord(kpi, month, Decimal(v), r, i, f) for v, r, i, f in current]
        return records

    def imports(self, agreement_id: int) -> list[dict[str, Any]]:
        return _query(self.conn, "SELECT * FROM imports WHERE agreement_id = ? ORDER BY id",
                      [agreement_id])

    def integrity_ok(self) -> bool:
        return [r[0] for r in self.conn.execute("PRAGMA integrity_check")] == ["ok"]


def _child_rows(a: Agreement) -> dict[str, list[dict[str, Any]]]:
    return {
        "parties": [{"name": p.name, "representative": p.representative, "role": p.role}
                    for p in a.parties],
        "stages": [{"name": s.name, "owner": s.owner,
                    "rate": None if s.rate is None else str(s.rate), "lag": int(s.lag),
                    "aliases": json.dumps(s.aliases)} for s in a.stages],
        "kpis": [{"name": k.name, "owner": k.owner, "unit": k.unit.value,
                  "direction": k.direction.value,
                  "targets": json.dumps([None if t is None else str(t) for t in k.targets]),
                  "aliases": json.dumps(k.aliases), "description": k.description,
                  "aggregation": "" if k.aggregation in (None, unit_aggregation(k.unit))
                  else k.aggregation.value}
                 for k in a.custom_kpis],
        "protocols": [{"title": p.title, "from_party": p.from_party, "to_party": p.to_party,
                       "trigger_text": p.trigger, "commitment": p.commitment, "kpi": p.kpi,
                       "kpi_target": None if p.kpi_target is None else str(p.kpi_target)}
                      for p in a.protocols],
        **_planning_depth_rows(a),
    }


def _planning_depth_rows(a: Agreement) -> dict[str, list[dict[str, Any]]]:
    return {
        "segments": [{"name": s.name, "share": str(s.share),
                      "deal_value": None if s.deal_value is None else str(s.deal_value)}
                     for s in a.segments],
        "segment_rates": [{"segment": s.name, "stage": stage, "rate": str(rate)}
                          for s in a.segments for stage, rate in s.rates.items()],
        "capacity_lines": [{"role": c.role, "stage": c.stage, "per_person": str(c.per_person),
                            "cost_per_person": None if c.cost_per_person is None
                            else str(c.cost_per_person)} for c in a.capacity],
        "stage_costs": [{"stage": stage, "amount": str(amount)}
                        for stage, amount in a.stage_costs.items()],
        "fixed_costs": [{"name": f.name, "amount": str(f.amount)} for f in a.fixed_costs],
    }


def _segments_from_rows(children: Mapping[str, list[dict[str, Any]]]) -> list[Segment]:
    rates: dict[str, dict[str, Decimal]] = {}
    for r in children["segment_rates"]:
        rates.setdefault(r["segment"], {})[r["stage"]] = Decimal(r["rate"])
    return [Segment(s["name"], Decimal(s["share"]),
                    None if s["deal_value"] is None else Decimal(s["deal_value"]),
                    rates.get(s["name"], {})) for s in children["segments"]]


def _agreement_from_rows(row: Mapping[str, Any], children: Mapping[str, list[dict[str, Any]]],
                         signatures: list[Signature]) -> Agreement:
    """An agreement from its table rows: what load() reads, and what save() just wrote."""
    return Agreement(
        id=row["id"], title=row["title"], organisation=row["organisation"],
        currency=row["currency"], start=row["start"], months=row["months"],
        status=Status(row["status"]), revision=row["revision"],
        supersedes=row["supersedes"], fingerprint=row["fingerprint"],
        objective=RevenueObjective(Decimal(row["revenue"]), Decimal(row["deal_value"]),
                                   Decimal(row["marketing_share"])),
        seasonality=[Decimal(w) for w in json.loads(row["seasonality"])],
        thresholds=Thresholds(Decimal(row["green"]), Decimal(row["amber"])),
        reporting_cadence=row["reporting_cadence"], review_month=row["review_month"],
        parties=[Party(p["name"], p["representative"], p["role"])
                 for p in children["parties"]],
        stages=[Stage(s["name"], None if s["rate"] is None else Decimal(s["rate"]),
                      s["owner"], s["lag"], json.loads(s["aliases"]))
                for s in children["stages"]],
        custom_kpis=[Kpi(k["name"], KpiKind.CUSTOM, k["owner"], Unit(k["unit"]),
                         Direction(k["direction"]),
                         [None if t is None else Decimal(t) for t in json.loads(k["targets"])],
                         json.loads(k["aliases"]), description=k["description"],
                         # An older file opened read-only has no aggregation column yet.
                         aggregation=Aggregation(k["aggregation"]) if k.get("aggregation")
                         else None)
                     for k in children["kpis"]],
        protocols=[HandoffProtocol(p["title"], p["from_party"], p["to_party"],
                                   p["trigger_text"], p["commitment"], p["kpi"],
                                   None if p["kpi_target"] is None
                                   else Decimal(p["kpi_target"]))
                   for p in children["protocols"]],
        signatures=signatures,
        segments=_segments_from_rows(children),
        capacity=[CapacityLine(c["role"], c["stage"], Decimal(c["per_person"]),
                               None if c["cost_per_person"] is None
                               else Decimal(c["cost_per_person"]))
                  for c in children["capacity_lines"]],
        stage_costs={c["stage"]: Decimal(c["amount"]) for c in children["stage_costs"]},
        fixed_costs=[FixedCost(f["name"], Decimal(f["amount"])) for f in children["fixed_costs"]],
        gross_margin=Decimal(row.get("gross_margin", "1")), spend_kpi=row.get("spend_kpi", ""),
    )


def _sql_quote(text: str) -> str:
    return text.replace("'", "''")
