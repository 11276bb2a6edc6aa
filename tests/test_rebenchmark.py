"""The mid-year revision with re-benchmarked rates, in the core and through `revise`.

Fixture: 6 months from 2027-01, equal weights, revenue 60 000, deal value 1 000, marketing share
0.5 → 30 customers; Leads → SQL 50 %, SQL → Customers 50 % → SQL 60, Leads 120 (monthly 20 /
10 / 5). Actuals through March: Leads 20 + 25 + 15 = 60, SQL 8 + 10 + 6 = 24, Customers
3 + 4 + 2 = 9.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

import pytest

from slaworkshop.cli import run
from slaworkshop.model import (
    Agreement,
    Party,
    RevenueObjective,
    Signature,
    Stage,
    Status,
    ValidationError,
)
from slaworkshop.plan import plan_for
from slaworkshop.rebenchmark import (
    create_revision,
    propose_rates,
    rebenchmark,
    remaining_revenue_of,
)
from slaworkshop.serialize import content_dict
from slaworkshop.store import SealedError, Store

D = Decimal

ACTUALS = {
    "Leads": {"2027-01": D(20), "2027-02": D(25), "2027-03": D(15), "2027-04": D(30)},
    "SQL": {"2027-01": D(8), "2027-02": D(10), "2027-03": D(6)},
    "Customers": {"2027-01": D(3), "2027-02": D(4), "2027-03": D(2)},
}


def agreement() -> Agreement:
    return Agreement(
        title="Half-year SLA", objective=RevenueObjective(D(60000), D(1000), D("0.5")),
        stages=[Stage("Leads", D("0.5"), "Marketing"), Stage("SQL", D("0.5"), "Sales"),
                Stage("Customers", None, "Sales")],
        start="2027-01", months=6, parties=[Party("Marketing"), Party("Sales")],
        review_month="2027-02")


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "w.slaw"
    with Store.open(path) as store:
        agreement_id = store.create(agreement())
        store.apply_actuals(agreement_id, {(k, m): v for k, months in ACTUALS.items()
                                           for m, v in months.items()})
        store.sign(agreement_id, Signature("Marketing", "Laura"))
        store.sign(agreement_id, Signature("Sales", "Daniel"))
        assert store.load(agreement_id).status is Status.SIGNED
    return path, agreement_id


def test_proposed_rates_are_the_ytd_actual_conversions() -> None:
    rates = propose_rates(agreement(), ACTUALS, "2027-03")
    assert [(r.kpi, r.measured, r.new_rate, r.old_rate) for r in rates] == [
        ("Leads → SQL", F(24, 60), D("0.4"), D("0.5")),
        ("SQL → Customers", F(9, 24), D("0.375"), D("0.5")),
    ]
    assert [r.months_measured for r in rates] == [3, 3]
    # Through February only.
    february = propose_rates(agreement(), ACTUALS, "2027-02")
    assert [r.measured for r in february] == [F(18, 45), F(7, 18)]
    # 7/18 = 0.38888… is stored to 0.01 % (4 decimals), half-even.
    assert february[1].new_rate == D("0.3889")


def test_stages_without_data_keep_their_agreed_rate() -> None:
    rates = propose_rates(agreement(), {"Leads": {"2027-01": D(10)}}, "2027-03")
    assert [r.new_rate for r in rates] == [D("0.5"), D("0.5")]
    assert [r.kept_because for r in rates] == ["no data", "no data"]
    above = propose_rates(agreement(), {"Leads": {"2027-01": D(1)}, "SQL": {"2027-01": D(3)}},
                          "2027-01")
    assert above[0].new_rate == D("0.5") and "above 100 %" in above[0].kept_because
    zero = propose_rates(agreement(), {"Leads": {"2027-01": D(10)}, "SQL": {"2027-01": D(0)}},
                         "2027-01")
    assert zero[0].new_rate == D("0.5") and zero[0].kept_because


def test_remaining_targets_follow_the_plan_from_the_remaining_revenue() -> None:
    proposal = rebenchmark(agreement(), ACTUALS, "2027-03")
    assert proposal.won_so_far == 9 and proposal.revenue_won == 9000
    # R' = R − W·D / s = 60 000 − 9 × 1 000 / 0.5.
    assert proposal.remaining_revenue == 42000
    revised = proposal.revised
    assert (revised.start, revised.months) == ("2027-04", 3)
    assert revised.objective.revenue == 42000
    assert revised.objective.marketing_share == D("0.5")
    assert [s.rate for s in revised.stages] == [D("0.4"), D("0.375"), None]
    assert revised.review_month is None  # February is before the new period
    plan = proposal.new_plan
    # won' = ⌈42 000 · 0.5 / 1 000⌉ = 21 = 30 − 9; SQL = ⌈21 / 0.375⌉ = 56; Leads = ⌈56 / 0.4⌉.
    assert plan.won == 21
    assert [s.annual for s in plan.stages] == [140, 56, 21]
    assert [list(s.monthly) for s in plan.stages] == [[47, 47, 46], [19, 19, 18], [7, 7, 7]]
    assert plan.months == ("2027-04", "2027-05", "2027-06")
    assert [(s.stage, s.old_remaining, s.new_annual, s.new_in_period) for s in proposal.stages
            ] == [("Leads", 60, 140, 140), ("SQL", 30, 56, 56), ("Customers", 15, 21, 21)]
    assert plan == plan_for(revised)


def test_remaining_revenue_is_exact_or_rounded_down_to_the_cent() -> None:
    assert remaining_revenue_of(D(60000), D(9000), D("0.5")) == D(42000)
    # 1 000 / 0.7 = 1 428.571428… → 100 000 − that, rounded down: 98 571.42.
    assert remaining_revenue_of(D(100000), D(1000), D("0.7")) == D("98571.42")


def test_the_revision_is_refused_when_nothing_is_left() -> None:
    with pytest.raises(ValidationError, match="last month of the period"):
        rebenchmark(agreement(), ACTUALS, "2027-06")
    with pytest.raises(ValidationError, match="not a month of the period"):
        rebenchmark(agreement(), ACTUALS, "2026-12")
    rich = {**ACTUALS, "Customers": {"2027-01": D(30)}}
    with pytest.raises(ValidationError, match="already bring the revenue target"):
        rebenchmark(agreement(), rich, "2027-01")


def test_create_revision_keeps_the_old_revision_unchanged(signed) -> None:
    path, old_id = signed
    with Store.open(path) as store:
        before = store.load(old_id)
        actuals_before = store.actuals(old_id)
        proposal = rebenchmark(before, actuals_before, "2027-03")
        new_id = create_revision(store, proposal)
        after = store.load(old_id)
        assert content_dict(after) == content_dict(before)
        assert after.fingerprint == before.fingerprint and after.status is Status.SIGNED
        assert store.actuals(old_id) == actuals_before
        new = store.load(new_id)
        assert new.status is Status.DRAFT and new.supersedes == old_id
        assert new.revision == 2
        assert (new.start, new.months, new.objective.revenue) == ("2027-04", 3, D(42000))
        assert [s.rate for s in new.stages] == [D("0.4"), D("0.375"), None]
        # April's actual, already recorded, belongs to the new period and is carried over.
        assert store.actuals(new_id) == {"Leads": {"2027-04": D(30)}}
        # Only one newer revision per signed revision.
        with pytest.raises(SealedError):
            create_revision(store, proposal)


def test_revise_command_with_rebenchmark(signed, capsys) -> None:
    path, old_id = signed
    code = run(["revise", "--db", str(path), str(old_id), "--rebenchmark-through", "2027-03"])
    captured = capsys.readouterr()
    assert code == 0
    new_id = int(captured.out.strip())
    rows = [line.split() for line in captured.err.splitlines()]
    assert ["Leads", "50", "%", "40", "%", "60", "140", "0"] in rows
    assert ["SQL", "50", "%", "37.5", "%", "30", "56", "0"] in rows
    assert ["Customers", "15", "21", "0"] in rows
    assert "revenue target for the rest: 42000 EUR" in captured.err
    with Store.open(path) as store:
        assert plan_for(store.load(new_id)).won == 21


def test_revise_command_json_and_plain(signed, capsys, tmp_path) -> None:
    path, old_id = signed
    assert run(["revise", "--db", str(path), str(old_id), "--rebenchmark-through", "2027-03",
                "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["remaining_revenue"] == "42000" and data["won"] == 21
    assert [r["new"] for r in data["rates"]] == ["0.4", "0.375"]
    assert [s["new_annual"] for s in data["stages"]] == [140, 56, 21]
    draft = tmp_path / "d.slaw"
    with Store.open(draft) as store:
        draft_id = store.create(agreement())
    # A draft cannot be revised (refused, exit 4), with or without re-benchmarking.
    assert run(["revise", "--db", str(draft), str(draft_id)]) == 4
    assert run(["revise", "--db", str(draft), str(draft_id), "--rebenchmark-through",
                "2027-03"]) == 4
    capsys.readouterr()


def test_plain_revise_is_store_revise(tmp_path, capsys) -> None:
    path = tmp_path / "p.slaw"
    with Store.open(path) as store:
        agreement_id = store.create(agreement())
        store.sign(agreement_id, Signature("Marketing", "Laura"))
        store.sign(agreement_id, Signature("Sales", "Daniel"))
        before = content_dict(store.load(agreement_id))
    assert run(["revise", "--db", str(path), str(agreement_id)]) == 0
    new_id = int(capsys.readouterr().out)
    with Store.open(path) as store:
        new = store.load(new_id)
        assert content_dict(new) | {"revision": 1, "supersedes": None} == \
            before | {"revision": 1, "supersedes": None}
        assert new.start == "2027-01" and new.months == 6


def test_bad_month_is_rejected_with_nothing_written(signed, capsys) -> None:
    path, old_id = signed
    assert run(["revise", "--db", str(path), str(old_id), "--rebenchmark-through",
                "March"]) == 3
    assert "--rebenchmark-through: “March” is not a month" in capsys.readouterr().err
    with Store.open(path) as store:
        assert len(store.list_agreements()) == 1


def test_lagged_stages_show_the_pipeline_the_new_period_starts_with() -> None:
    lagged = agreement()
    lagged.stages[0].lag = 1  # leads close a month later as SQL
    proposal = rebenchmark(lagged, ACTUALS, "2027-03")
    leads = proposal.stages[0]
    # 140 leads in all for the 21 customers; the 47 for April's closes are needed in March.
    assert leads.new_annual == 140 and leads.new_before_start == 47
    assert leads.new_in_period == 93
    assert list(proposal.new_plan.stages[0].monthly) == [47, 46, 0]
