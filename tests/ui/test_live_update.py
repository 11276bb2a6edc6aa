"""What keeps a live edit inside a frame must not change what people see: only the changed
stage's row is signalled, the monthly table paints the same through ``multiData``, and a
funnel updated in place looks exactly like one drawn afresh."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QSignalSpy
from PySide6.QtWidgets import QTableView

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement
from slaworkshop.plan import plan_for
from slaworkshop.store import Store
from ui.models.stages_model import LAG, NAME, RATE, StagesModel
from ui.plan.funnel_chart import FunnelChart
from ui.plan.monthly_table import MonthlyTable
from ui.session import AgreementSession


@pytest.fixture
def session(tmp_path: Path, qapp: object) -> AgreementSession:
    store = Store.open(tmp_path / "live.slaw")
    agreement_id = store.create(demo_agreement("en"))
    result = AgreementSession(store)
    result.select(agreement_id)
    return result


def test_a_rate_change_signals_only_its_cell(session: AgreementSession,
                                             qtmodeltester: Any, english: object) -> None:
    model = StagesModel(session)
    qtmodeltester.check(model)
    spy = QSignalSpy(model.dataChanged)

    def signalled(i: int) -> tuple[int, int, int, int]:
        top_left, bottom_right = spy.at(i)[0], spy.at(i)[1]
        return top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column()

    assert model.setData(model.index(1, RATE), "12.5")
    assert spy.count() == 1
    assert signalled(0) == (1, RATE, 1, RATE)
    assert model.data(model.index(1, RATE)) == "12.5"
    # A rename changes that stage's name cell alone too.
    assert model.setData(model.index(3, NAME), "Sales accepted")
    assert signalled(1) == (3, NAME, 3, NAME)
    assert model.data(model.index(3, NAME)) == "Sales accepted"
    # Undo puts the old name back and says so for that cell.
    session.undo_stack.undo()
    assert model.data(model.index(3, NAME)) != "Sales accepted"
    assert signalled(2) == (3, NAME, 3, NAME)

    # Two fields of two stages: the rectangle around them.
    def two(agreement: Agreement) -> None:
        agreement.stages[2].lag = 2
        agreement.stages[4].rate = Decimal("0.25")

    assert session.edit("Two changes", two)
    assert signalled(3) == (2, RATE, 4, LAG)
    assert [model.data(model.index(2, LAG)), model.data(model.index(4, RATE))] == ["2", "25"]


def test_a_read_only_switch_still_signals_every_cell(session: AgreementSession,
                                                     english: object) -> None:
    model = StagesModel(session)
    spy = QSignalSpy(model.dataChanged)
    header_spy = QSignalSpy(model.headerDataChanged)
    agreement = session.agreement
    assert agreement is not None
    session.store.read_only_reason = "test"
    session.changed.emit()
    assert spy.count() == 1 and header_spy.count() == 1
    assert spy.at(0)[0].row() == 0 and spy.at(0)[1].row() == model.rowCount() - 1
    assert not model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable


def test_monthly_table_updated_in_place_shows_what_a_fresh_one_shows(qtbot: Any,
                                                                     english: object) -> None:
    first, final = _variant("0.31"), _variant("0.52")
    tables = []
    for steps in ((first, final), (final,)):
        table = MonthlyTable()
        qtbot.addWidget(table)
        table.resize(900, 300)
        for agreement in steps:
            table.set_plan(plan_for(agreement), agreement)
        table.show()
        qtbot.waitExposed(table)
        tables.append(table)
    updated, fresh = tables
    # A column the edit narrowed keeps its width until the edits pause; then the two are
    # pixel for pixel the same.
    columns = range(fresh.model_.columnCount())
    assert all(updated.columnWidth(c) >= fresh.columnWidth(c) for c in columns)
    qtbot.waitUntil(lambda: updated.grab().toImage() == fresh.grab().toImage(), timeout=3000)
    model, plan = updated.model_, plan_for(final)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for row, stage in enumerate(plan.stages):
        cells = [model.index(row, column) for column in range(model.columnCount())]
        assert [updated.shown(row, c) for c in range(model.columnCount())] == [
            stage.name, f"{stage.before_start:,}", *(f"{v:,}" for v in stage.monthly),
            f"{stage.annual:,}"]
        assert all(model.data(i, Qt.ItemDataRole.TextAlignmentRole) == right for i in cells[1:])
        bold = [bool(model.data(i, Qt.ItemDataRole.FontRole)
                     and model.data(i, Qt.ItemDataRole.FontRole).bold()) for i in cells]
        assert bold == [True] + [False] * (len(cells) - 2) + [True]
        assert model.data(cells[0], Qt.ItemDataRole.ToolTipRole) == stage.owner
        assert not model.flags(cells[1]) & Qt.ItemFlag.ItemIsEditable


def _variant(rate: str, name: str | None = None, owner: str | None = None) -> Agreement:
    agreement = demo_agreement("en")
    agreement.stages[1].rate = Decimal(rate)
    if name is not None:
        agreement.stages[2].name = name
    if owner is not None:
        agreement.stages[2].owner = owner
    return agreement


def test_funnel_updated_in_place_looks_like_a_fresh_one(qtbot: Any, english: object) -> None:
    final = _variant("0.31", name="Qualified meetings", owner="")
    charts = []
    for _ in range(2):
        chart = FunnelChart()
        qtbot.addWidget(chart)
        chart.resize(640, 420)
        chart.show()
        qtbot.waitExposed(chart)
        charts.append(chart)
    updated, fresh = charts
    # Through texts, names, owners and value placements that come and go.
    for agreement in (_variant("0.05"), _variant("0.9", name="Meetings"),
                      _variant("0.12", owner="Sales"), final):
        updated.set_plan(plan_for(agreement), agreement)
    fresh.set_plan(plan_for(final), final)
    assert updated.bar_labels() == fresh.bar_labels()
    assert "Qualified meetings\n" in updated.bar_labels()[2]
    assert "no owner" in updated.bar_labels()[2]
    assert updated.rate_labels() == fresh.rate_labels()
    qtbot.wait(10)
    assert updated.grab().toImage() == fresh.grab().toImage()


def _fresh(session: AgreementSession) -> Agreement:
    assert session.current_id is not None
    session.flush()  # what the event loop does right after the edit is painted
    with Store.open(session.store.path) as other:
        return other.load(session.current_id)


def _same_as_the_file(session: AgreementSession) -> None:
    fresh = _fresh(session)
    assert session.agreement == fresh
    # Down to the representation (Decimal("0.10") is equal to, but shown unlike, "0.1").
    assert repr(session.agreement) == repr(fresh)
    assert session.problems == []
    assert session.plan == plan_for(fresh)


def test_the_session_holds_what_the_file_holds_after_every_edit(
        session: AgreementSession) -> None:
    def set_rate(a: Agreement) -> None:
        a.stages[1].rate = Decimal("0.10")

    def set_currency(a: Agreement) -> None:
        a.currency = " usd "

    def rename(a: Agreement) -> None:
        a.rename_stage(2, "Qualified meetings")
        a.stages[2].aliases = ["Meetings", "QM"]

    def seasonality(a: Agreement) -> None:
        a.seasonality = [Decimal("1.50"), *a.seasonality[1:]]

    def objective(a: Agreement) -> None:
        a.objective.revenue = Decimal("1.2E+6")
        a.title = "  Spaced title "

    def int_instead_of_decimal(a: Agreement) -> None:
        a.objective.deal_value = 4000  # type: ignore[assignment]

    def bool_lag(a: Agreement) -> None:
        a.stages[0].lag = True

    def custom_kpi(a: Agreement) -> None:
        from slaworkshop.model import Kpi, KpiKind, Unit

        a.custom_kpis.append(Kpi("Response time", KpiKind.CUSTOM, "Sales", Unit.COUNT,
                                 targets=[Decimal("2.50"), None] * (a.months // 2),
                                 aliases=["SLA hours"], description="Hours to first call"))

    edits = [set_rate, set_currency, rename, seasonality, objective, int_instead_of_decimal,
             bool_lag, custom_kpi]
    for mutate in edits:
        assert session.edit(mutate.__name__, mutate), mutate.__name__
        _same_as_the_file(session)
    assert session.agreement is not None and session.agreement.currency == "USD"
    assert session.agreement.objective.deal_value == Decimal(4000)
    for _ in edits:
        session.undo_stack.undo()
        _same_as_the_file(session)
    for _ in edits:
        session.undo_stack.redo()
        _same_as_the_file(session)


def test_each_edit_hands_the_widgets_a_new_agreement(session: AgreementSession,
                                                    english: object) -> None:
    model = StagesModel(session)
    spy = QSignalSpy(model.dataChanged)
    before = session.agreement
    stages = None if before is None else before.stages

    def set_rate(a: Agreement) -> None:
        a.stages[1].rate = Decimal("0.2")

    assert session.edit("rate", set_rate)
    # What the table shows: the new rate, and only that cell said to have changed.
    assert model.data(model.index(1, RATE)) == "20"
    assert spy.count() == 1
    assert (spy.at(0)[0].row(), spy.at(0)[0].column()) == (1, RATE)
    # Contract the table models rely on to find what changed (they compare the old rows with
    # the new): an edit never changes the agreement they were given in place.
    assert session.agreement is not before
    assert stages is not None and session.agreement is not None
    assert session.agreement.stages is not stages and stages[1].rate != Decimal("0.2")
    # Shown before the write as the edit made it (an unsigned draft: the file will hold it
    # as it is); the write leaves that agreement as it was and the session then holds the
    # file's own reading of it.
    command = session.undo_stack.command(0)
    shown = session.agreement
    assert shown is getattr(command, "after", None)
    as_shown = repr(shown)
    session.flush()
    assert repr(shown) == as_shown
    assert session.agreement is not shown and session.agreement == shown
    # Undo shows the old rate again, which the old rows still hold.
    session.undo_stack.undo()
    assert model.data(model.index(1, RATE)) == "40"


def test_an_edit_reads_the_file_once_and_holds_the_stored_form(
        session: AgreementSession, monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []
    original = session.store.load

    def counting(agreement_id: int) -> Agreement:
        loads.append(agreement_id)
        return original(agreement_id)

    monkeypatch.setattr(session.store, "load", counting)

    def set_rate(a: Agreement) -> None:
        a.stages[1].rate = Decimal("0.15")

    def int_instead_of_decimal(a: Agreement) -> None:
        a.objective.deal_value = 4500  # type: ignore[assignment]

    assert session.edit("rate", set_rate)
    assert loads == []  # shown first: nothing read before the paint
    session.flush()  # the write that follows the paint, in the same turn
    _same_as_the_file(session)
    assert session.edit("deal value", int_instead_of_decimal)
    session.flush()
    # What the user gets: the stored form (a Decimal, as the file reads back), the same
    # agreement a fresh read of the file gives.
    assert session.agreement is not None
    assert type(session.agreement.objective.deal_value) is Decimal
    _same_as_the_file(session)
    # Contract of the live edit path (an edit within a frame): no edit reads the agreement
    # back after writing it; at most one read per edit, of the old content the save compares.
    assert len(loads) <= 2


def _roles_one_by_one(model_class: type) -> type:
    """The same model, answering a paint role by role through data() (Qt's default)."""

    def multi_data(self: Any, index: Any, span: Any) -> None:
        QAbstractTableModel.multiData(self, index, span)

    return type(f"{model_class.__name__}OneByOne", (model_class,), {"multiData": multi_data})


@pytest.mark.parametrize("model_name", ["StagesModel", "PartiesModel", "ProtocolsModel",
                                        "SeasonalityModel", "CustomKpisModel",
                                        "KpiTargetsModel"])
def test_editor_tables_paint_the_same_through_multidata(session: AgreementSession, qtbot: Any,
                                                        english: object,
                                                        model_name: str) -> None:
    from ui.models import kpis_model, parties_model, protocols_model, seasonality_model

    modules = (kpis_model, parties_model, protocols_model, seasonality_model)
    model_class = next(getattr(m, model_name) for m in (*modules, __import__(
        "ui.models.stages_model", fromlist=["StagesModel"])) if hasattr(m, model_name))

    def custom_kpi(a: Agreement) -> None:
        from slaworkshop.model import Kpi, KpiKind

        a.custom_kpis.append(Kpi("Response time", KpiKind.CUSTOM, "Sales",
                                 targets=[Decimal("2.5"), None] * (a.months // 2)))

    assert session.edit("kpi", custom_kpi)
    images = []
    for variant in (model_class, _roles_one_by_one(model_class)):
        model = variant(session)
        if hasattr(model, "set_kpi_row"):
            model.set_kpi_row(0)
        assert model.rowCount() > 0
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(700, 400)
        view.show()
        qtbot.waitExposed(view)
        images.append(view.grab().toImage())
    assert images[0] == images[1]


def test_an_edit_that_clears_signatures_leaves_the_session_as_the_file(
        session: AgreementSession) -> None:
    from slaworkshop.model import Signature

    agreement = session.agreement
    assert agreement is not None and agreement.id is not None and len(agreement.parties) > 1
    assert not session.store.sign(agreement.id, Signature(agreement.parties[0].name, "Someone"))
    session.reload()
    assert session.agreement is not None and len(session.agreement.signatures) == 1
    asked: list[str] = []
    session.confirm = lambda message: asked.append(message) is None

    def set_rate(a: Agreement) -> None:
        a.stages[1].rate = Decimal("0.25")

    assert session.edit("rate", set_rate)
    assert asked and session.agreement.signatures == []
    _same_as_the_file(session)
    session.undo_stack.undo()  # the content comes back; the cleared signature does not
    _same_as_the_file(session)
    assert session.agreement.signatures == []
    session.undo_stack.redo()
    _same_as_the_file(session)


def test_monthly_table_columns_fit_their_texts_as_the_numbers_grow(qtbot: Any,
                                                                   english: object) -> None:
    table = MonthlyTable()
    qtbot.addWidget(table)
    model = table.model_
    for revenue in ("1200000", "120000000", "1200000"):
        agreement = demo_agreement("en")
        agreement.objective.revenue = Decimal(revenue)
        table.set_plan(plan_for(agreement), agreement)
        bold = table.font()
        bold.setBold(True)
        for column in range(model.columnCount()):
            header = str(model.headerData(column, Qt.Orientation.Horizontal))
            needed = max(table.horizontalHeader().fontMetrics().horizontalAdvance(line)
                         for line in header.split("\n"))
            metrics = (QFontMetrics(bold) if column in (0, model.columnCount() - 1)
                       else table.fontMetrics())
            for row in range(model.rowCount()):
                needed = max(needed, metrics.horizontalAdvance(table.shown(row, column)))
            assert table.columnWidth(column) > needed, (revenue, header)


def _fitted(qtbot: Any, revenue: str) -> MonthlyTable:
    table = MonthlyTable()
    qtbot.addWidget(table)
    agreement = demo_agreement("en")
    agreement.objective.revenue = Decimal(revenue)
    table.set_plan(plan_for(agreement), agreement)
    return table


def _layout(table: MonthlyTable) -> tuple[list[int], list[str]]:
    model = table.model_
    columns = range(model.columnCount())
    return ([table.columnWidth(c) for c in columns],
            [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns])


def test_columns_widen_at_once_and_narrow_only_when_the_typing_pauses(qtbot: Any,
                                                                      english: object) -> None:
    table = _fitted(qtbot, "1200000")
    narrow = _layout(table)
    agreement = demo_agreement("en")
    # Nine-digit visits: the Total column is wider at once, exactly as a fresh table's.
    agreement.objective.revenue = Decimal("120000000")
    table.set_plan(plan_for(agreement), agreement)
    wide = _layout(table)
    assert wide == _layout(_fitted(qtbot, "120000000"))
    assert wide[0][-1] > narrow[0][-1]
    # Back to seven digits, keystroke after keystroke: nothing moves while the edits go on.
    # (Eight digits after seven: longer than before, still shorter than the nine it has room
    # for.)
    for revenue in ("1200000", "12500000", "1250000"):
        agreement.objective.revenue = Decimal(revenue)
        table.set_plan(plan_for(agreement), agreement)
        assert _layout(table) == wide, revenue
    # Once they pause, the columns are what a table made for the last plan has.
    final = _layout(_fitted(qtbot, "1250000"))
    assert final[0][-1] < wide[0][-1]
    qtbot.waitUntil(lambda: _layout(table) == final, timeout=3000)


def test_a_new_period_fits_its_columns_at_once(qtbot: Any, english: object) -> None:
    table = _fitted(qtbot, "120000000")
    agreement = demo_agreement("en")  # another period, seven-digit numbers
    agreement.start = "2028-04"
    table.set_plan(plan_for(agreement), agreement)
    fresh = MonthlyTable()
    qtbot.addWidget(fresh)
    fresh.set_plan(plan_for(agreement), agreement)
    assert _layout(table) == _layout(fresh)


def test_a_long_session_keeps_one_agreement_a_step(session: AgreementSession,
                                                   english: object) -> None:
    """Once written, a step's agreement is the file's reading, which the next step starts
    from: the undo history holds one agreement a step (it held three), and undoing and
    redoing still gives the file each one."""
    def set_rate(value: str) -> Callable[[Agreement], None]:
        return lambda a: setattr(a.stages[1], "rate", Decimal(value))

    for value in ("0.31", "0.32", "0.33"):
        assert session.edit("rate", set_rate(value))  # no merge key: a step each
        assert session.flush()
    stack = session.undo_stack
    steps = [stack.command(i) for i in range(stack.count())]
    assert len(steps) == 3
    for earlier, later in pairwise(steps):
        assert earlier.after is later.before
    assert steps[-1].after is session.agreement
    _same_as_the_file(session)
    stack.undo()
    stack.undo()
    assert session.agreement is not None
    assert session.agreement.stages[1].rate == Decimal("0.31")
    _same_as_the_file(session)
    stack.redo()
    stack.redo()
    assert session.agreement.stages[1].rate == Decimal("0.33")
    _same_as_the_file(session)
