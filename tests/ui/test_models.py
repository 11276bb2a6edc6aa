"""The thin table models: what they show, and qtmodeltester on each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from slaworkshop.demo import demo_agreement
from slaworkshop.plan import plan_for
from slaworkshop.store import Store
from ui.models.agreement_list_model import AgreementListModel
from ui.models.kpis_model import CustomKpisModel, KpiTargetsModel
from ui.models.monthly_model import MonthlyTargetsModel
from ui.models.parties_model import PartiesModel
from ui.models.protocols_model import ProtocolsModel
from ui.models.seasonality_model import SeasonalityModel
from ui.models.stages_model import RATE, StagesModel
from ui.session import AgreementSession


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def session(tmp_path: Path, qapp: object) -> AgreementSession:
    store = Store.open(tmp_path / "models.slaw")
    agreement_id = store.create(demo_agreement("en"))
    result = AgreementSession(store)
    result.select(agreement_id)
    return result


def texts(model: object, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_stages_model_shows_rates_as_percent_and_checks(session: AgreementSession,
                                                        qtmodeltester: object) -> None:
    model = StagesModel(session)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert texts(model, 0) == ["Visits", "Leads", "MQL", "SQL", "Proposals", "Customers"]
    assert texts(model, RATE) == ["2", "40", "50", "50", "30", "won"]
    last_rate = model.index(5, RATE)
    assert not model.flags(last_rate) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, RATE), "2.5")
    assert session.agreement is not None
    assert str(session.agreement.stages[0].rate) == "0.025"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_stages_model_refuses_a_bad_rate(session: AgreementSession, qtbot: object) -> None:
    model = StagesModel(session)
    with qtbot.waitSignal(session.editRefused) as blocker:  # type: ignore[attr-defined]
        assert not model.setData(model.index(1, RATE), "140")
    assert "at most 1" in str(blocker.args[0][0])
    assert session.agreement is not None
    assert str(session.agreement.stages[1].rate) == "0.4"


def test_monthly_model_matches_the_plan(session: AgreementSession,
                                        qtmodeltester: object) -> None:
    model = MonthlyTargetsModel()
    assert session.agreement is not None
    plan = plan_for(session.agreement)
    model.set_plan(plan)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.columnCount() == 12 + 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Before start"
    assert model.headerData(14, Qt.Orientation.Horizontal) == "Total"
    for row, stage in enumerate(plan.stages):
        assert model.data(model.index(row, 0)) == stage.name
        assert model.data(model.index(row, 1)) == str(stage.before_start)
        assert [model.value(row, c) for c in range(2, 14)] == list(stage.monthly)
        assert model.data(model.index(row, 14)) == str(stage.annual)
    model.set_plan(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_other_session_models(session: AgreementSession, qtmodeltester: object) -> None:
    parties = PartiesModel(session)
    qtmodeltester.check(parties)  # type: ignore[attr-defined]
    assert texts(parties, 0) == ["Marketing", "Sales"]
    assert texts(parties, 1) == ["Laura Méndez", "Daniel Ortega"]

    seasonality = SeasonalityModel(session)
    qtmodeltester.check(seasonality)  # type: ignore[attr-defined]
    assert texts(seasonality, 1) == ["8", "9", "10", "10", "9", "8", "7", "4", "9", "10",
                                     "9", "7"]
    assert texts(seasonality, 2)[7] == "4 %"

    protocols = ProtocolsModel(session)
    qtmodeltester.check(protocols)  # type: ignore[attr-defined]
    assert texts(protocols, 0)[0] == "What counts as an MQL"
    assert texts(protocols, 4)[1] == "24"

    kpis = CustomKpisModel(session)
    qtmodeltester.check(kpis)  # type: ignore[attr-defined]
    assert texts(kpis, 0) == ["Hours to first contact", "Follow-up attempts per SQL",
                              "Rejected leads with a reason"]
    assert texts(kpis, 3)[0] == "lower is better"

    targets = KpiTargetsModel(session)
    targets.set_kpi_row(1)
    qtmodeltester.check(targets)  # type: ignore[attr-defined]
    assert texts(targets, 1) == ["6"] * 12
    assert targets.setData(targets.index(2, 1), "7")
    assert session.agreement is not None
    assert str(session.agreement.custom_kpis[1].targets[2]) == "7"


def test_agreement_list_model(session: AgreementSession, qtmodeltester: object) -> None:
    model = AgreementListModel()
    model.set_rows(session.summaries())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 0)) == "Sales & Marketing SLA 2027"
    assert model.data(model.index(0, 1)) == "Jan–Dec 2027"
    assert model.data(model.index(0, 2)) == "1"
    assert model.data(model.index(0, 3)) == "Draft"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == session.current_id


def test_models_read_only_without_editable_agreement(tmp_path: Path, qapp: object,
                                                     qtmodeltester: object) -> None:
    path = tmp_path / "ro.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement("en"))
    store = Store.open(path, read_only=True)
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    model = StagesModel(session)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), "Sessions")
    store.close()
