"""The document's revision history: this revision and the ones it supersedes, oldest first,
as the store links them (a later revision is not part of an earlier one's document)."""

from __future__ import annotations

from pathlib import Path

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Signature
from slaworkshop.store import Store
from ui.document.blocks import Table
from ui.document.content import build_content


def history_rows(store: Store, agreement_id: int) -> list[list[str]]:
    content = build_content(store, agreement_id)
    tables = [b for b in content.blocks if isinstance(b, Table) and b.headers[0] == "Revision"]
    assert len(tables) == 1
    return [row[:2] for row in tables[0].rows]


def sign(store: Store, agreement_id: int) -> None:
    for party, signer in (("Marketing", "Laura Méndez"), ("Sales", "Daniel Ortega")):
        store.sign(agreement_id, Signature(party, signer, "", "2027-01-05"))


def test_history_lists_the_superseded_revisions_oldest_first(qapp, tmp_path: Path) -> None:
    with Store.open(tmp_path / "w.slaw") as store:
        store.create(demo_agreement("en"))  # an unrelated agreement stays out
        first = store.create(demo_agreement("en"))
        sign(store, first)
        second = store.revise(first)
        sign(store, second)
        third = store.revise(second)
        assert history_rows(store, third) == [["1", "Superseded"], ["2", "Signed"],
                                              ["3", "Draft, not signed"]]
        assert history_rows(store, second) == [["1", "Superseded"], ["2", "Signed"]]
        assert history_rows(store, first) == [["1", "Superseded"]]
