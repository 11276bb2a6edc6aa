"""The schema as versions 1 to 3 of SLA Workshop wrote it, by hand-written SQL, frozen here.

Files in the field were made by these scripts (since then the store builds the schema with
sqlite-utils); the migration tests start from them.
"""

# ruff: noqa: E501
LEGACY_V1 = """
PRAGMA application_id = 1397506391;
CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR',
    start TEXT NOT NULL,
    months INTEGER NOT NULL DEFAULT 12,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'superseded')),
    revision INTEGER NOT NULL DEFAULT 1,
    supersedes INTEGER REFERENCES agreements(id),
    revenue TEXT NOT NULL,
    deal_value TEXT NOT NULL,
    marketing_share TEXT NOT NULL DEFAULT '1',
    seasonality TEXT NOT NULL DEFAULT '[]',
    green TEXT NOT NULL DEFAULT '1',
    amber TEXT NOT NULL DEFAULT '0.9',
    reporting_cadence TEXT NOT NULL DEFAULT '',
    review_month TEXT,
    fingerprint TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    signed_at TEXT
);
CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    representative TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    UNIQUE (agreement_id, name)
);
CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    rate TEXT,
    lag INTEGER NOT NULL DEFAULT 0,
    UNIQUE (agreement_id, name)
);
CREATE TABLE kpis (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT 'count',
    direction TEXT NOT NULL DEFAULT 'higher',
    targets TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (agreement_id, name)
);
CREATE TABLE protocols (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    from_party TEXT NOT NULL DEFAULT '',
    to_party TEXT NOT NULL DEFAULT '',
    trigger_text TEXT NOT NULL DEFAULT '',
    commitment TEXT NOT NULL DEFAULT '',
    kpi TEXT NOT NULL DEFAULT '',
    kpi_target TEXT
);
CREATE TABLE actuals (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    kpi TEXT NOT NULL,
    month TEXT NOT NULL,
    value TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (agreement_id, kpi, month)
);
"""

LEGACY_V2 = """
ALTER TABLE stages ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
ALTER TABLE kpis ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
ALTER TABLE actuals ADD COLUMN import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL;
CREATE TABLE actual_history (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    kpi TEXT NOT NULL,
    month TEXT NOT NULL,
    value TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    recorded_at TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    replaced_by_import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX actual_history_kpi ON actual_history (agreement_id, kpi, month);
CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    signer TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    signed_on TEXT NOT NULL,
    image BLOB,
    fingerprint TEXT NOT NULL,
    UNIQUE (agreement_id, party)
);

    CREATE TRIGGER parties_sealed_insert BEFORE INSERT ON parties
    WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER parties_sealed_update BEFORE UPDATE ON parties
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER parties_sealed_delete BEFORE DELETE ON parties
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;

    CREATE TRIGGER stages_sealed_insert BEFORE INSERT ON stages
    WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER stages_sealed_update BEFORE UPDATE ON stages
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER stages_sealed_delete BEFORE DELETE ON stages
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;

    CREATE TRIGGER kpis_sealed_insert BEFORE INSERT ON kpis
    WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER kpis_sealed_update BEFORE UPDATE ON kpis
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER kpis_sealed_delete BEFORE DELETE ON kpis
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;

    CREATE TRIGGER protocols_sealed_insert BEFORE INSERT ON protocols
    WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER protocols_sealed_update BEFORE UPDATE ON protocols
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER protocols_sealed_delete BEFORE DELETE ON protocols
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;

    CREATE TRIGGER signatures_sealed_insert BEFORE INSERT ON signatures
    WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER signatures_sealed_update BEFORE UPDATE ON signatures
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER signatures_sealed_delete BEFORE DELETE ON signatures
    WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;
    CREATE TRIGGER agreements_sealed_update BEFORE UPDATE ON agreements WHEN OLD.status <> 'draft' AND NOT (OLD.status = 'signed' AND NEW.status = 'superseded' AND NEW.title IS OLD.title AND NEW.organisation IS OLD.organisation AND NEW.currency IS OLD.currency AND NEW.start IS OLD.start AND NEW.months IS OLD.months AND NEW.revision IS OLD.revision AND NEW.supersedes IS OLD.supersedes AND NEW.revenue IS OLD.revenue AND NEW.deal_value IS OLD.deal_value AND NEW.marketing_share IS OLD.marketing_share AND NEW.seasonality IS OLD.seasonality AND NEW.green IS OLD.green AND NEW.amber IS OLD.amber AND NEW.reporting_cadence IS OLD.reporting_cadence AND NEW.review_month IS OLD.review_month AND NEW.fingerprint IS OLD.fingerprint AND NEW.created_at IS OLD.created_at AND NEW.signed_at IS OLD.signed_at) BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;CREATE TRIGGER agreements_sealed_delete BEFORE DELETE ON agreements WHEN OLD.status <> 'draft' BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed'); END;"""

LEGACY_V3 = """ALTER TABLE agreements ADD COLUMN seal TEXT;
DROP TRIGGER agreements_sealed_update;
CREATE TRIGGER agreements_sealed_update BEFORE UPDATE ON agreements WHEN OLD.status <> 'draft' AND NOT (OLD.status = 'signed' AND NEW.status = 'superseded' AND NEW.title IS OLD.title AND NEW.organisation IS OLD.organisation AND NEW.currency IS OLD.currency AND NEW.start IS OLD.start AND NEW.months IS OLD.months AND NEW.revision IS OLD.revision AND NEW.supersedes IS OLD.supersedes AND NEW.revenue IS OLD.revenue AND NEW.deal_value IS OLD.deal_value AND NEW.marketing_share IS OLD.marketing_share AND NEW.seasonality IS OLD.seasonality AND NEW.green IS OLD.green AND NEW.amber IS OLD.amber AND NEW.reporting_cadence IS OLD.reporting_cadence AND NEW.review_month IS OLD.review_month AND NEW.fingerprint IS OLD.fingerprint AND NEW.created_at IS OLD.created_at AND NEW.signed_at IS OLD.signed_at AND NEW.seal IS OLD.seal) BEGIN SELECT RAISE(ABORT, 'sealed: this revision is signed and cannot be changed');
 END;
"""

LEGACY = (LEGACY_V1, LEGACY_V2, LEGACY_V3)
