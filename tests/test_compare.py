"""compare(): the changes between two revisions, in the words the dialog shows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from slaworkshop.compare import FIELDS, Change, Section, compare
from slaworkshop.demo import demo_agreement
from slaworkshop.model import HandoffProtocol, Signature
from slaworkshop.store import Store, revision_chain


def test_identical_revisions_have_no_changes() -> None:
    assert compare(demo_agreement(), demo_agreement()) == []


def test_every_field_of_the_agreement_is_compared() -> None:
    old, new = demo_agreement(), demo_agreement()
    new.title, new.start, new.months = "SLA 2028", "2028-01", 6
    new.seasonality = new.seasonality[:6]
    new.thresholds.green, new.thresholds.amber = Decimal("0.95"), Decimal("0.85")
    new.stages[4].lag = 2
    new.review_month = None
    fields = {(c.section, c.field) for c in compare(old, new)}
    assert {(Section.AGREEMENT, "title"), (Section.AGREEMENT, "start"),
            (Section.AGREEMENT, "months"), (Section.OBJECTIVE, "seasonality"),
            (Section.REPORTING, "green threshold"), (Section.REPORTING, "amber threshold"),
            (Section.RATES, "lag in months"), (Section.REPORTING, "review month")} <= fields


def test_changes_in_rates_targets_protocols_and_kpis() -> None:
    old, new = demo_agreement(), demo_agreement()
    new.stages[3].rate = Decimal("0.6")
    new.protocols[1].commitment = "Within 8 business hours."
    new.protocols[1].kpi_target = Decimal("8")
    del new.protocols[4]
    new.protocols.append(HandoffProtocol("Churn alerts", "Sales", "Marketing"))
    new.custom_kpis[0].targets = [Decimal(8)] * 12
    new.parties[1].representative = "Ana Ruiz"
    changes = compare(old, new)
    assert Change(Section.RATES, "SQL", "conversion rate", "50%", "60%") in changes
    assert Change(Section.TARGETS, "SQL", "annual target", "200", "167") in changes
    assert Change(Section.TARGETS, "Visits", "annual target", "50000", "41750") in changes
    assert Change(Section.PROTOCOLS, "First contact with a new SQL", "commitment",
                  "A salesperson makes the first personal contact within 24 business hours.",
                  "Within 8 business hours.") in changes
    assert Change(Section.PROTOCOLS, "First contact with a new SQL", "KPI target", "24",
                  "8") in changes
    removed = [c for c in changes if c.kind == "removed"]
    added = [c for c in changes if c.kind == "added"]
    assert [c.item for c in removed] == ["Monthly lead quality feedback"]
    assert [c.item for c in added] == ["Churn alerts"]
    assert Change(Section.KPIS, "Hours to first contact", "targets", "24", "8") in changes
    assert {c.field for c in changes} <= set(FIELDS)
    assert Change(Section.PARTIES, "Sales", "representative", "Daniel Ortega",
                  "Ana Ruiz") in changes
    assert str(Change(Section.RATES, "SQL", "conversion rate", "50%", "60%")) == \
        "rates: SQL conversion rate: 50% → 60%"


def test_revision_chain_links_revisions_oldest_first(tmp_path: Path) -> None:
    with Store.open(tmp_path / "w.slaw") as store:
        first = store.create(demo_agreement())
        other = store.create(demo_agreement())
        for party in ("Marketing", "Sales"):
            store.sign(first, Signature(party, "Someone"))
        second = store.revise(first)
        summaries = store.list_agreements()
    assert [s.id for s in revision_chain(summaries, second)] == [first, second]
    assert [s.id for s in revision_chain(summaries, first)] == [first, second]
    assert [s.id for s in revision_chain(summaries, other)] == [other]
    assert revision_chain(summaries, 99) == []
