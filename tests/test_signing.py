"""Signing: signatures, sealing, the triggers that keep a sealed revision unchanged, `sign`."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from main import main
from slaworkshop.demo import demo_agreement
from slaworkshop.fingerprint import fingerprint
from slaworkshop.model import Signature, Status
from slaworkshop.store import SealedError, Store

DEMO_GOLDEN = "70a321426237bae011f9e72a0bbf79afdab3def80dd94a87b30c30bbe610df9a"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "workshop.slaw") as opened:
        yield opened


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seal(store: Store, agreement_id: int) -> None:
    store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "Head of Marketing",
                                       "2027-01-14"))
    assert store.sign(agreement_id, Signature("Sales", "Daniel Ortega", "Sales Director",
                                              "2027-01-15"))


def test_the_revision_is_sealed_when_the_last_party_signs(store: Store) -> None:
    agreement_id = store.create(demo_agreement())
    assert store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "", "2027-01-14")
                      ) is False
    half = store.load(agreement_id)
    assert (half.status, half.fingerprint) == (Status.DRAFT, None)
    assert [(s.party, s.signer, s.fingerprint) for s in half.signatures] == [
        ("Marketing", "Laura Méndez", DEMO_GOLDEN)]
    assert store.sign(agreement_id, Signature("Sales", "Daniel Ortega", "Sales Director",
                                              "2027-01-15")) is True
    sealed = store.load(agreement_id)
    assert sealed.status is Status.SIGNED
    assert sealed.fingerprint == DEMO_GOLDEN
    assert [s.signed_on for s in sealed.signatures] == ["2027-01-14", "2027-01-15"]


def test_a_changed_draft_loses_its_signatures_and_an_unchanged_one_keeps_them(
        store: Store) -> None:
    agreement_id = store.create(demo_agreement())
    store.sign(agreement_id, Signature("Marketing", "Laura Méndez"))
    same = store.load(agreement_id)
    assert store.save(same) is False
    assert len(store.load(agreement_id).signatures) == 1
    changed = store.load(agreement_id)
    changed.objective.revenue = Decimal("1500000")
    assert store.save(changed) is True
    assert store.load(agreement_id).signatures == []


SEALED_SQL = {
    "update revenue": "UPDATE agreements SET revenue = '1300000' WHERE id = 1",
    "update title": "UPDATE agreements SET title = 'Forged' WHERE id = 1",
    "delete agreement": "DELETE FROM agreements WHERE id = 1",
    "update stage rate": "UPDATE stages SET rate = '0.9' WHERE agreement_id = 1",
    "delete party": "DELETE FROM parties WHERE agreement_id = 1",
    "insert kpi": "INSERT INTO kpis (agreement_id, position, name) VALUES (1, 9, 'Extra')",
    "update protocol": "UPDATE protocols SET commitment = 'Whenever' WHERE agreement_id = 1",
    "update signature": "UPDATE signatures SET signer = 'Forger' WHERE agreement_id = 1",
    "delete signature": "DELETE FROM signatures WHERE agreement_id = 1",
}


@pytest.mark.parametrize("sql", SEALED_SQL.values(), ids=SEALED_SQL.keys())
def test_triggers_refuse_raw_edits_of_a_sealed_revision(store: Store, sql: str) -> None:
    agreement_id = store.create(demo_agreement())
    assert agreement_id == 1
    seal(store, agreement_id)
    conn = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            conn.execute(sql)
    finally:
        conn.close()
    assert store.load(agreement_id).fingerprint == DEMO_GOLDEN
    assert fingerprint(store.load(agreement_id), None) == DEMO_GOLDEN


def test_the_store_refuses_to_save_or_delete_a_sealed_revision(store: Store) -> None:
    agreement_id = store.create(demo_agreement())
    seal(store, agreement_id)
    changed = store.load(agreement_id)
    changed.title = "Changed"
    with pytest.raises(SealedError, match="signed and sealed"):
        store.save(changed)
    with pytest.raises(SealedError):
        store.delete(agreement_id)
    with pytest.raises(SealedError, match="already signed"):
        store.sign(agreement_id, Signature("Sales", "Someone"))
    assert store.load(agreement_id).title == "Sales & Marketing SLA 2027"


def test_a_sealed_revision_is_chained_into_the_next_one(store: Store) -> None:
    first = store.create(demo_agreement())
    seal(store, first)
    second = store.revise(first)
    draft = store.load(second)
    assert (draft.revision, draft.supersedes, draft.status) == (2, first, Status.DRAFT)
    seal(store, second)
    assert store.load(first).status is Status.SUPERSEDED
    revised = store.load(second)
    assert revised.status is Status.SIGNED
    assert revised.fingerprint == fingerprint(revised, DEMO_GOLDEN)
    assert revised.fingerprint != fingerprint(revised, None)


def test_sign_command_signs_then_seals(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "w.slaw")
    assert run(capsys, "demo", "--db", db)[0] == 0
    code, out, err = run(capsys, "sign", "--db", db, "1", "--party", "Marketing",
                         "--signer", "Laura Méndez", "--date", "2027-01-14")
    assert (code, err) == (0, "")
    assert "Laura Méndez signed “Sales & Marketing SLA 2027” revision 1 for Marketing" in out
    assert "Waiting for: Sales." in out
    code, out, err = run(capsys, "sign", "--db", db, "1", "--party", "Sales",
                         "--signer", "Daniel Ortega", "--role", "CEO", "--date", "2027-01-15")
    assert (code, err) == (0, "")
    assert f"the revision is sealed. Fingerprint: {DEMO_GOLDEN}" in out
    with Store.open(db) as store:
        signatures = store.load(1).signatures
    assert [(s.party, s.signer, s.role, s.signed_on) for s in signatures] == [
        ("Marketing", "Laura Méndez", "Head of Marketing", "2027-01-14"),
        ("Sales", "Daniel Ortega", "CEO", "2027-01-15")]


def test_sign_command_refuses_a_sealed_revision_with_exit_4(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.slaw"
    with Store.open(db) as store:
        seal(store, store.create(demo_agreement()))
    before = db.read_bytes()
    code, out, err = run(capsys, "sign", "--db", str(db), "1", "--party", "Sales",
                         "--signer", "Somebody")
    assert code == 4
    assert out == ""
    assert "already signed and sealed" in err
    assert "Start a new revision to change it" in err
    assert db.read_bytes() == before


@pytest.mark.parametrize(("argv", "message"), [
    (["--party", "Finance", "--signer", "X"], "--party Finance: not a party"),
    (["--party", "Sales", "--signer", "  "], "--signer: the signer's name is empty"),
    (["--party", "Sales", "--signer", "X", "--date", "15/01/2027"],
     "--date 15/01/2027: not a date"),
])
def test_sign_command_rejects_bad_input_with_exit_3(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
        message: str) -> None:
    db = str(tmp_path / "w.slaw")
    run(capsys, "demo", "--db", db)
    code, _out, err = run(capsys, "sign", "--db", db, "1", *argv)
    assert code == 3
    assert message in err
    with Store.open(db) as store:
        assert store.load(1).signatures == []
