"""`verify`: a fingerprint or an exported PDF against the workshop file (exit 0 or 3)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.model import Signature
from slaworkshop.store import SCHEMA_VERSION, Store
from slaworkshop.verify import VerifyError, fingerprint_from_pdf, normalise

ROOT = Path(__file__).resolve().parent.parent
DEMO_GOLDEN = "70a321426237bae011f9e72a0bbf79afdab3def80dd94a87b30c30bbe610df9a"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def signed_db(tmp_path: Path) -> Path:
    db = tmp_path / "workshop.slaw"
    with Store.open(db) as store:
        agreement_id = store.create(demo_agreement())
        store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "Head of Marketing",
                                           "2027-01-14"))
        store.sign(agreement_id, Signature("Sales", "Daniel Ortega", "Sales Director",
                                           "2027-01-15"))
    return db


def tamper(db: Path) -> None:
    """Change the signed revenue the way someone with a SQLite tool could."""
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER agreements_sealed_update")
    conn.execute("UPDATE agreements SET revenue = '1500000' WHERE id = 1")
    conn.commit()
    conn.close()


def test_verify_a_fingerprint_prints_agreement_revision_signers_and_dates(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN)
    assert (code, err) == (0, "")
    assert out.startswith("Verified:")
    assert "Sales & Marketing SLA 2027 (Brightwell Consulting Group), id 1" in out
    assert "Revision:    1 — signed" in out
    assert "Marketing: Laura Méndez, Head of Marketing, 2027-01-14" in out
    assert "Sales: Daniel Ortega, Sales Director, 2027-01-15" in out


@pytest.mark.parametrize("written", [
    DEMO_GOLDEN.upper(),
    "70a3 2142 6237 bae0",
    "sha256:" + DEMO_GOLDEN,
    " ".join(DEMO_GOLDEN[i:i + 4] for i in range(0, 64, 4)),
])
def test_verify_accepts_the_grouped_and_short_forms(
        signed_db: Path, capsys: pytest.CaptureFixture[str], written: str) -> None:
    code, out, _err = run(capsys, "verify", "--db", str(signed_db), written)
    assert code == 0
    assert f"Fingerprint: {DEMO_GOLDEN}" in out


@pytest.mark.parametrize(("written", "message"), [
    ("0" * 64, "no signed revision in workshop.slaw has the fingerprint"),
    ("70a3 2142", "has only 8 digits"),
    ("70a3 2142 6237 bae1", "no signed revision in workshop.slaw has a fingerprint starting"),
    ("not-a-fingerprint", "is not a fingerprint"),
    (DEMO_GOLDEN + "00", "has 66 digits"),
])
def test_verify_rejects_unknown_or_malformed_fingerprints_with_exit_3(
        signed_db: Path, capsys: pytest.CaptureFixture[str], written: str,
        message: str) -> None:
    code, out, err = run(capsys, "verify", "--db", str(signed_db), written)
    assert (code, out) == (3, "")
    assert "not verified" in err
    assert message in err


def test_verify_rejects_a_file_edited_behind_the_apps_back(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(signed_db)
    code, out, err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN)
    assert (code, out) == (3, "")
    assert "its stored content no longer hashes to it" in err
    assert "changed outside SLA Workshop" in err


def test_verify_explains_that_a_draft_cannot_be_verified(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.slaw"
    run(capsys, "demo", "--db", str(db))
    code, _out, err = run(capsys, "verify", "--db", str(db), DEMO_GOLDEN)
    assert code == 3
    assert "belongs to the unsigned draft “Sales & Marketing SLA 2027”" in err


def test_verify_checks_the_earlier_revisions_of_the_chain(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(signed_db) as store:
        second = store.revise(1)
        store.sign(second, Signature("Marketing", "Laura Méndez"))
        store.sign(second, Signature("Sales", "Daniel Ortega"))
        chained = store.load(second).fingerprint
    assert chained is not None
    code, out, _err = run(capsys, "verify", "--db", str(signed_db), chained)
    assert code == 0
    assert "Revision:    2 — signed" in out
    # The first revision verifies too, and says which revision followed it.
    code, out, _err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN)
    assert code == 0
    assert (f"Revision:    1 — superseded (revision 2, id {second}, followed it: signed)"
            in out)
    conn = sqlite3.connect(signed_db)
    conn.execute("DROP TRIGGER stages_sealed_update")
    conn.execute("UPDATE stages SET rate = '0.03' WHERE agreement_id = 1 AND position = 0")
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, "verify", "--db", str(signed_db), chained)
    assert code == 3
    assert "the earlier revision 1 it builds on no longer hashes to it" in err


def test_fingerprint_is_read_from_pdf_metadata_without_a_pdf_library(tmp_path: Path) -> None:
    utf16 = ("SLA Workshop; fingerprint sha256:" + DEMO_GOLDEN).encode("utf-16-be")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Creator (\xfe\xff" + utf16 + b") >> endobj\n%%EOF")
    assert fingerprint_from_pdf(pdf) == DEMO_GOLDEN
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\n%%EOF")
    with pytest.raises(VerifyError, match="carries no SLA Workshop fingerprint"):
        fingerprint_from_pdf(tmp_path / "b.pdf")
    (tmp_path / "c.pdf").write_bytes(b"PK\x03\x04 not a pdf")
    with pytest.raises(VerifyError, match="not a PDF file"):
        fingerprint_from_pdf(tmp_path / "c.pdf")
    both = b"sha256:" + b"1" * 64 + b" sha256:" + b"2" * 64
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4\n" + both)
    with pytest.raises(VerifyError, match="2 different fingerprints"):
        fingerprint_from_pdf(tmp_path / "d.pdf")
    assert normalise("SHA256: A1F6-EE7D") == "a1f6ee7d"


@pytest.fixture
def exported_pdf(qapp: object, signed_db: Path, tmp_path: Path,
                 capsys: pytest.CaptureFixture[str]) -> Path:
    pdf = tmp_path / "agreement.pdf"
    code, _out, err = run(capsys, "export-agreement", "--db", str(signed_db), "1", str(pdf))
    assert (code, err) == (0, "")
    return pdf


def test_verify_accepts_the_genuine_pdf_and_rejects_it_after_tampering(
        exported_pdf: Path, signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "verify", "--db", str(signed_db), str(exported_pdf))
    assert code == 0
    assert "Daniel Ortega" in out and DEMO_GOLDEN in out
    tamper(signed_db)
    code, out, err = run(capsys, "verify", "--db", str(signed_db), str(exported_pdf))
    assert (code, out) == (3, "")
    assert "no longer hashes to it" in err


def test_verify_of_a_pdf_runs_without_qt(exported_pdf: Path, signed_db: Path) -> None:
    code = ("import sys\nfrom main import main\n"
            f"status = main(['verify', '--db', {str(signed_db)!r}, {str(exported_pdf)!r}])\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
            "sys.exit(status)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Verified:" in result.stdout


def test_verify_reads_the_fingerprint_of_an_exported_docx(
        qapp: object, signed_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "agreement.docx"
    assert run(capsys, "export-agreement", "--db", str(signed_db), "1", str(document))[0] == 0
    code, out, _err = run(capsys, "verify", "--db", str(signed_db), str(document))
    assert code == 0
    assert f"Fingerprint: {DEMO_GOLDEN}" in out
    (tmp_path / "other.docx").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    code, _out, err = run(capsys, "verify", "--db", str(signed_db), str(tmp_path / "other.docx"))
    assert code == 3
    assert "no properties part" in err or "not a DOCX document" in err


@pytest.mark.parametrize("change", [
    "UPDATE signatures SET signer = 'Someone Else' WHERE party = 'Sales'",
    "UPDATE signatures SET signed_on = '2027-03-01' WHERE party = 'Marketing'",
    "UPDATE signatures SET role = 'Intern' WHERE party = 'Sales'",
    "UPDATE signatures SET image = x'89504e47' WHERE party = 'Sales'",
])
def test_verify_rejects_signatures_changed_behind_the_apps_back(
        signed_db: Path, capsys: pytest.CaptureFixture[str], change: str) -> None:
    conn = sqlite3.connect(signed_db)
    conn.execute("DROP TRIGGER signatures_sealed_update")
    conn.execute(change)
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN)
    assert code == 3 and out == ""
    assert "its signatures (names, roles, dates or drawings) are not the ones that were " \
           "sealed" in err


def test_the_seal_of_a_signed_revision_cannot_be_rewritten(signed_db: Path) -> None:
    conn = sqlite3.connect(signed_db)
    with pytest.raises(sqlite3.IntegrityError, match="sealed"):
        conn.execute("UPDATE agreements SET seal = 'forged' WHERE id = 1")
    conn.close()


def test_revision_sealed_before_signatures_were_sealed_still_verifies(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # What a file of format 3 holds for a revision sealed by format 2: no seal (and no KPI
    # aggregation yet).
    signed_db = pre_aggregation_signed_db(signed_db.parent)
    back_to_version_3(signed_db)
    conn = sqlite3.connect(signed_db, isolation_level=None)
    conn.execute("DROP TRIGGER agreements_sealed_update")
    conn.execute("UPDATE agreements SET seal = NULL WHERE id = 1")
    conn.close()
    code, out, _ = run(capsys, "verify", "--db", str(signed_db), PRE_DEPTH_GOLDEN)
    assert code == 0, _
    assert "sealed by an older version: the signatures themselves are not covered" in out
    # Migrating records it as sealed before the seal existed: it still verifies.
    with Store.open(signed_db) as store:
        assert store.file_version == SCHEMA_VERSION
    code, out, _ = run(capsys, "verify", "--db", str(signed_db), PRE_DEPTH_GOLDEN)
    assert code == 0
    assert "sealed by an older version" in out


@pytest.mark.parametrize("forgery", [
    ["UPDATE agreements SET seal = NULL WHERE id = 1"],
    ["UPDATE signatures SET signer = 'Someone Else' WHERE party = 'Sales'",
     "UPDATE agreements SET seal = NULL WHERE id = 1"],
    ["UPDATE agreements SET seal = NULL WHERE id = 1", "DROP TABLE unsealed_legacy"],
])
def test_a_seal_removed_from_a_revision_this_version_sealed_is_a_forgery(
        signed_db: Path, capsys: pytest.CaptureFixture[str], forgery: list[str]) -> None:
    conn = sqlite3.connect(signed_db, isolation_level=None)
    conn.execute("DROP TRIGGER agreements_sealed_update")
    conn.execute("DROP TRIGGER signatures_sealed_update")
    for statement in forgery:
        conn.execute(statement)
    conn.close()
    code, out, err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN)
    assert (code, out) == (3, "")
    assert "its seal over the signatures is missing" in err


def test_a_missing_seal_column_is_a_forgery(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(signed_db, isolation_level=None)
    conn.execute("DROP TRIGGER agreements_sealed_update")
    conn.execute("ALTER TABLE agreements DROP COLUMN seal")
    conn.close()
    code, out, err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN)
    assert (code, out) == (3, "")
    assert "values in the file cannot be read" in err
    assert "table agreements: the column seal is missing" in err


def test_the_list_of_revisions_sealed_before_seals_cannot_grow(signed_db: Path) -> None:
    conn = sqlite3.connect(signed_db)
    with pytest.raises(sqlite3.IntegrityError, match="cannot grow"):
        conn.execute("INSERT INTO unsealed_legacy VALUES (1)")
    conn.close()


def test_a_superseded_revision_without_a_successor_is_a_forgery(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(signed_db, isolation_level=None)
    conn.execute("DROP TRIGGER agreements_sealed_update")
    conn.execute("UPDATE agreements SET status = 'superseded' WHERE id = 1")
    conn.close()
    code, out, err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN)
    assert (code, out) == (3, "")
    assert "is marked superseded but no signed revision follows it" in err
    # A draft that follows it is no successor either.
    with Store.open(signed_db) as store:
        store.create(demo_agreement().new_draft(2, supersedes=1))
    code, _, err = run(capsys, "verify", "--db", str(signed_db), DEMO_GOLDEN)
    assert code == 3 and "no signed revision follows it" in err


def back_to_version_3(db: Path) -> None:
    """Turn a file back into what schema version 3 wrote: no list of unsealed revisions, no
    planning depth tables or columns, no KPI aggregation or saved import aliases."""
    from slaworkshop.store import (
        _V1_CONTENT_COLUMNS,
        PLANNING_DEPTH_TABLES,
        _agreement_update_guard,
    )

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("DROP TRIGGER agreements_sealed_update")
    for table in (*PLANNING_DEPTH_TABLES, "unsealed_legacy", "import_aliases"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE kpis DROP COLUMN aggregation")
    conn.execute("ALTER TABLE agreements DROP COLUMN gross_margin")
    conn.execute("ALTER TABLE agreements DROP COLUMN spend_kpi")
    conn.execute(_agreement_update_guard((*_V1_CONTENT_COLUMNS, "seal")))
    conn.execute("PRAGMA user_version = 3")
    conn.close()


# The demo's fingerprint before KPIs had an aggregation and before segments, capacity and
# costs existed (the demo with every KPI at its unit's aggregation).
PRE_DEPTH_GOLDEN = "a1f6ee7da618e5083e594a9a8274ed168987a56468478dfc2377e8f8639a8c40"


def pre_aggregation_signed_db(folder: Path) -> Path:
    """The demo signed with every KPI at its unit's aggregation, as versions up to 3 had it."""
    signed_db = folder / "before-aggregation.slaw"
    agreement = demo_agreement()
    for kpi in agreement.custom_kpis:
        kpi.aggregation = None
    with Store.open(signed_db) as store:
        store.create(agreement)
        store.sign(1, Signature("Marketing", "Laura Méndez", "Head of Marketing", "2027-01-14"))
        store.sign(1, Signature("Sales", "Daniel Ortega", "Sales Director", "2027-01-15"))
    return signed_db


def test_a_version_3_file_signed_before_planning_depth_migrates_and_still_verifies(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    signed_db = pre_aggregation_signed_db(tmp_path)
    back_to_version_3(signed_db)
    with Store.open(signed_db) as store:
        assert store.file_version == SCHEMA_VERSION
        agreement = store.load(1)
        # At their defaults the later fields are left out of the fingerprinted content.
        assert agreement.fingerprint == PRE_DEPTH_GOLDEN
        assert store.content_fingerprint(agreement) == PRE_DEPTH_GOLDEN
        assert (agreement.segments, agreement.capacity, agreement.stage_costs,
                agreement.fixed_costs, agreement.gross_margin, agreement.spend_kpi) == (
            [], [], {}, [], 1, "")
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            store.conn.execute("INSERT INTO segments (agreement_id, position, name, share) "
                               "VALUES (1, 0, 'SMB', '1')")
    assert list(signed_db.parent.glob(f"{signed_db.stem}.v3-backup-*.slaw"))
    code, out, _ = run(capsys, "verify", "--db", str(signed_db), PRE_DEPTH_GOLDEN)
    assert code == 0
    assert out.startswith("Verified:")


def test_a_version_2_file_with_a_signed_revision_migrates_and_verifies(
        signed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from slaworkshop.store import _V1_CONTENT_COLUMNS, _agreement_update_guard

    # Version 2 had no KPI aggregation: a revision signed then had every KPI at its unit's.
    signed_db.unlink()
    agreement = demo_agreement()
    for kpi in agreement.custom_kpis:
        kpi.aggregation = None
    with Store.open(signed_db) as store:
        store.create(agreement)
        store.sign(1, Signature("Marketing", "Laura Méndez", "Head of Marketing", "2027-01-14"))
        store.sign(1, Signature("Sales", "Daniel Ortega", "Sales Director", "2027-01-15"))
        signed = store.load(1).fingerprint
    # Turn the file back into what schema version 2 wrote: no seal column.
    back_to_version_3(signed_db)
    conn = sqlite3.connect(signed_db, isolation_level=None)
    conn.execute("DROP TRIGGER agreements_sealed_update")
    conn.execute("ALTER TABLE agreements DROP COLUMN seal")
    conn.execute(_agreement_update_guard(_V1_CONTENT_COLUMNS))
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with Store.open(signed_db) as store:
        assert store.file_version == SCHEMA_VERSION
        assert store.stored_seal(1) is None
    assert list(signed_db.parent.glob("workshop.v2-backup-*.slaw"))
    code, out, _ = run(capsys, "verify", "--db", str(signed_db), str(signed))
    assert code == 0
    assert "Marketing: Laura Méndez, Head of Marketing, 2027-01-14" in out
