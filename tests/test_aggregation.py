"""A KPI's aggregation is its own (sum or average), stored and fingerprinted compatibly."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Aggregation, Unit
from slaworkshop.serialize import content_dict
from slaworkshop.store import Store
from slaworkshop.tracking import track
from slaworkshop.verify import verify

SIGNED_V3 = Path(__file__).parent / "data" / "signed_before_aggregation.slaw"


def test_file_signed_before_the_migration_still_verifies(tmp_path: Path) -> None:
    # Signed with the code of schema version 3 (before KPIs had an aggregation).
    path = tmp_path / "old.slaw"
    shutil.copy(SIGNED_V3, path)
    fingerprint = "a1f6ee7da618e5083e594a9a8274ed168987a56468478dfc2377e8f8639a8c40"
    with Store.open(path) as store:
        agreement = store.load(1)
        assert agreement.fingerprint == fingerprint
        attempts = next(k for k in agreement.custom_kpis if k.name.startswith("Follow-up"))
        # It keeps what its unit implied when it was signed.
        assert attempts.aggregation is None and attempts.months_add_up is Aggregation.SUM
        assert verify(store, fingerprint).agreement.id == 1


def test_demo_attempts_per_sql_average() -> None:
    for language in ("en", "es"):
        agreement = demo_agreement(language)
        attempts = agreement.custom_kpis[1]
        assert attempts.unit is Unit.COUNT and attempts.months_add_up is Aggregation.AVERAGE
        assert content_dict(agreement)["kpis"][1]["aggregation"] == "average"
        assert "aggregation" not in content_dict(agreement)["kpis"][0]


def test_averaged_count_averages_in_tracking(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.slaw") as store:
        agreement_id = store.create(demo_agreement("en"))
        agreement = store.load(agreement_id)
        name = agreement.custom_kpis[1].name
        store.apply_actuals(agreement_id, {(name, "2027-01"): Decimal(5),
                                           (name, "2027-02"): Decimal(7)})
        figures = track(agreement, store.actuals(agreement_id), "2027-02").kpi(name)
    assert figures is not None
    assert figures.ytd_actual == 6 and figures.year_target == 6
