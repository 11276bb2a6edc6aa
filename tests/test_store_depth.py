"""Segments, capacity and costs in the workshop file and in the fingerprinted content."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from slaworkshop.demo import demo_agreement
from slaworkshop.fingerprint import fingerprint
from slaworkshop.model import (
    Agreement,
    CapacityLine,
    Direction,
    FixedCost,
    Kpi,
    KpiKind,
    Segment,
    Signature,
    Unit,
)
from slaworkshop.serialize import agreement_from_dict, agreement_to_dict, content_dict
from slaworkshop.store import Store

D = Decimal
# The demo as signed today (its attempts per SQL averaged); segments, capacity and costs at
# their defaults leave it unchanged.
DEMO_GOLDEN = "70a321426237bae011f9e72a0bbf79afdab3def80dd94a87b30c30bbe610df9a"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "w.slaw") as opened:
        yield opened


def with_depth(agreement: Agreement) -> Agreement:
    agreement.segments = [Segment("SMB inbound", D("0.55")),
                          Segment("Enterprise outbound", D("0.45"), D(60000),
                                  {"SQL": D("0.35"), "Proposals": D("0.25")})]
    agreement.capacity = [CapacityLine("SDR", "MQL", D(120), D("4500.50")),
                          CapacityLine("AE", "Proposals", D("7.5"))]
    agreement.stage_costs = {"Visits": D("0.85"), "Leads": D(35)}
    agreement.fixed_costs = [FixedCost("Marketing tools", D(1800)), FixedCost("Events", D(0))]
    agreement.gross_margin = D("0.7")
    agreement.custom_kpis.append(Kpi("Marketing spend", KpiKind.CUSTOM, unit=Unit.CURRENCY,
                                     direction=Direction.LOWER))
    agreement.spend_kpi = "Marketing spend"
    return agreement


def depth_of(agreement: Agreement) -> tuple:
    return (agreement.segments, agreement.capacity, agreement.stage_costs,
            agreement.fixed_costs, agreement.gross_margin, agreement.spend_kpi)


def test_planning_depth_round_trips_through_the_file(store: Store) -> None:
    agreement = with_depth(demo_agreement())
    agreement_id = store.create(agreement)
    loaded = store.load(agreement_id)
    assert depth_of(loaded) == depth_of(agreement)
    # Order is kept: stage costs as entered, overrides per segment.
    assert list(loaded.stage_costs) == ["Visits", "Leads"]
    assert list(loaded.segments[1].rates) == ["SQL", "Proposals"]


def test_save_returns_what_load_reads_and_rewrites_only_what_changed(store: Store) -> None:
    agreement_id = store.create(with_depth(demo_agreement()))
    edited = store.load(agreement_id)
    edited.move_share(0, 1, D("0.5"))
    edited.set_segment_rate(1, "SQL", None)
    edited.remove_capacity_line(1)
    edited.set_stage_cost("Visits", None)
    edited.gross_margin = D("0.65")
    saved = store.save_returning(edited)
    assert depth_of(saved.agreement) == depth_of(store.load(agreement_id)) == depth_of(edited)
    emptied = store.load(agreement_id)
    emptied.segments, emptied.capacity, emptied.stage_costs, emptied.fixed_costs = [], [], {}, []
    store.save(emptied)
    assert depth_of(store.load(agreement_id))[:4] == ([], [], {}, [])
    for table in ("segments", "segment_rates", "capacity_lines", "stage_costs", "fixed_costs"):
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_deleting_and_undeleting_a_draft_keeps_its_planning_depth(store: Store) -> None:
    agreement_id = store.create(with_depth(demo_agreement()))
    before = depth_of(store.load(agreement_id))
    deleted = store.delete(agreement_id)
    assert store.conn.execute("SELECT COUNT(*) FROM segment_rates").fetchone()[0] == 0
    store.undelete(deleted)
    assert depth_of(store.load(agreement_id)) == before


def test_a_revision_and_a_duplicate_carry_the_planning_depth(store: Store) -> None:
    agreement_id = store.create(with_depth(demo_agreement()))
    copy_id = store.duplicate(agreement_id)
    assert depth_of(store.load(copy_id)) == depth_of(store.load(agreement_id))


def seal(store: Store, agreement_id: int) -> None:
    store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "Head of Marketing",
                                       "2027-01-14"))
    store.sign(agreement_id, Signature("Sales", "Daniel Ortega", "Sales Director", "2027-01-15"))


SEALED_SQL = {
    "update segment share": "UPDATE segments SET share = '0.9' WHERE agreement_id = 1",
    "insert segment": "INSERT INTO segments (agreement_id, position, name, share) "
                      "VALUES (1, 9, 'Extra', '0')",
    "delete override": "DELETE FROM segment_rates WHERE agreement_id = 1",
    "update capacity": "UPDATE capacity_lines SET per_person = '999' WHERE agreement_id = 1",
    "delete unit cost": "DELETE FROM stage_costs WHERE agreement_id = 1",
    "update fixed cost": "UPDATE fixed_costs SET amount = '0' WHERE agreement_id = 1",
    "update gross margin": "UPDATE agreements SET gross_margin = '1' WHERE id = 1",
    "update spend KPI": "UPDATE agreements SET spend_kpi = '' WHERE id = 1",
}


@pytest.mark.parametrize("sql", SEALED_SQL.values(), ids=SEALED_SQL.keys())
def test_a_sealed_revision_s_planning_depth_cannot_be_changed(store: Store, sql: str) -> None:
    agreement_id = store.create(with_depth(demo_agreement()))
    seal(store, agreement_id)
    signed = store.load(agreement_id)
    conn = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            conn.execute(sql)
    finally:
        conn.close()
    assert depth_of(store.load(agreement_id)) == depth_of(signed)
    assert fingerprint(store.load(agreement_id), None) == signed.fingerprint


def test_the_demo_s_fingerprint_is_unchanged_and_every_default_is_left_out() -> None:
    agreement = demo_agreement()
    assert fingerprint(agreement, None) == DEMO_GOLDEN
    assert not {"segments", "capacity", "stage_costs", "fixed_costs", "gross_margin",
                "spend_kpi"} & set(content_dict(agreement))
    agreement.gross_margin = D("1.00")  # still the default
    assert fingerprint(agreement, None) == DEMO_GOLDEN


@pytest.mark.parametrize("change", [
    lambda a: a.add_segment("All"),
    lambda a: a.add_capacity_line("SDR", "SQL", D(40)),
    lambda a: a.set_stage_cost("Leads", D(0)),
    lambda a: a.add_fixed_cost("Tools"),
    lambda a: setattr(a, "gross_margin", D("0.8")),
    lambda a: setattr(a, "spend_kpi", "Anything"),
])
def test_any_planning_depth_changes_the_fingerprint(change) -> None:
    agreement = demo_agreement()
    change(agreement)
    assert fingerprint(agreement, None) != DEMO_GOLDEN


def test_changing_a_share_after_a_party_signed_clears_the_signature(store: Store) -> None:
    agreement_id = store.create(with_depth(demo_agreement()))
    store.sign(agreement_id, Signature("Marketing", "Laura Méndez", "", "2027-01-14"))
    changed = store.load(agreement_id)
    changed.move_share(0, 1, D("0.5"))
    assert store.save(changed) is True
    assert store.load(agreement_id).signatures == []


def test_planning_depth_round_trips_through_json() -> None:
    agreement = with_depth(demo_agreement())
    data = agreement_to_dict(agreement)
    assert data["segments"][1] == {"name": "Enterprise outbound", "share": "0.45",
                                   "deal_value": "60000",
                                   "rates": {"SQL": "0.35", "Proposals": "0.25"}}
    assert data["capacity"][1] == {"role": "AE", "stage": "Proposals", "per_person": "7.5",
                                   "cost_per_person": None}
    assert data["stage_costs"] == {"Visits": "0.85", "Leads": "35"}
    assert (data["gross_margin"], data["spend_kpi"]) == ("0.7", "Marketing spend")
    assert depth_of(agreement_from_dict(data)) == depth_of(agreement)


def test_compare_lists_planning_depth_changes() -> None:
    from slaworkshop.compare import FIELDS, Section, compare
    from slaworkshop.plan import cents, plan_for

    old = with_depth(demo_agreement())
    new = old.copy()
    new.move_share(0, 1, D("0.5"))
    new.set_segment_rate(1, "SQL", D("0.4"))
    new.set_segment_rate(1, "Visits", D("0.03"))
    new.capacity[0].per_person = D(100)
    new.remove_capacity_line(1)
    new.set_stage_cost("Leads", D(30))
    new.fixed_costs[1].amount = D(500)
    new.gross_margin = D("0.72")
    changes = [str(c) for c in compare(old, new) if c.section is Section.PLANNING]
    assert changes == [
        "planning: SMB inbound share: 55% → 50%",
        "planning: Enterprise outbound share: 45% → 50%",
        "planning: Enterprise outbound · SQL conversion rate: 35% → 40%",
        "planning: Enterprise outbound · Visits conversion rate added: 3%",
        "planning: SDR per person: 120 → 100",
        "planning: AE per person removed (was 7.5)",
        "planning: Leads unit cost: 35 → 30",
        "planning: Events fixed cost: 0 → 500",
        "planning: gross margin: 70% → 72%",
        f"planning: annual budget: {cents(plan_for(old).budget.annual)} → "
        f"{cents(plan_for(new).budget.annual)}",
    ]
    assert plan_for(old).budget.annual != plan_for(new).budget.annual
    assert {c.field for c in compare(old, new)} <= set(FIELDS)
    assert compare(old, old.copy()) == []
