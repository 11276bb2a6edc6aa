"""The editors: every change is planned, shown and in the file at once, and undoable."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement
from slaworkshop.plan import plan_for
from slaworkshop.store import Store
from ui.models.parties_model import NAME as PARTY_NAME
from ui.models.stages_model import LAG, NAME, OWNER, RATE
from ui.session import AgreementSession
from ui.window.main_window import MainWindow
from ui.window.settings import Settings


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "editors.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement("en"))
    return path


@pytest.fixture
def window(db: Path, qtbot: object) -> Iterator[MainWindow]:
    store = Store.open(db)
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    result = MainWindow(session, Settings(), extensions=())
    qtbot.addWidget(result)  # type: ignore[attr-defined]
    result.show()
    qtbot.waitExposed(result)  # type: ignore[attr-defined]
    yield result
    result.close()
    store.close()


def stored(db: Path) -> Agreement:
    """The agreement as a second reader of the file sees it (no save step exists) once the
    event loop has had its turn after the last keystroke (the edit is written after the paint)."""
    QApplication.processEvents()
    with Store.open(db, read_only=True) as other:
        return other.load(other.list_agreements()[0].id)


def type_into(qtbot: object, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)  # type: ignore[attr-defined]


def table_numbers(window: MainWindow) -> list[list[int]]:
    model = window.monthly_table.model_
    return [[int(window.monthly_table.shown(r, c).replace(",", ""))
             for c in range(1, model.columnCount())] for r in range(model.rowCount())]


def plan_numbers(agreement: Agreement) -> list[list[int]]:
    plan = plan_for(agreement)
    return [[s.before_start, *s.monthly, s.annual] for s in plan.stages]


def test_revenue_change_updates_chart_table_file_and_undoes(window: MainWindow, db: Path,
                                                            qtbot: object) -> None:
    session = window.session
    before = session.agreement.copy()  # type: ignore[union-attr]
    old_labels = window.funnel_chart.bar_labels()  # type: ignore[union-attr]
    old_widths = window.funnel_chart.bar_widths()  # type: ignore[union-attr]
    assert table_numbers(window) == plan_numbers(before)

    type_into(qtbot, window.objective_editor.revenue, "2400000")

    after = session.agreement
    assert after is not None and after.objective.revenue == Decimal("2400000")
    assert table_numbers(window) == plan_numbers(after)
    assert plan_for(after).won == 60
    labels = window.funnel_chart.bar_labels()  # type: ignore[union-attr]
    assert labels != old_labels
    assert any("60" in label for label in labels)
    assert window.funnel_chart.bar_widths() != old_widths  # type: ignore[union-attr]
    assert "60 won customers" in window.objective_editor.summary.text()
    # In the file at once, without saving.
    assert stored(db).objective.revenue == Decimal("2400000")
    # The keystrokes of one field are one undo step.
    assert session.undo_stack.count() == 1
    window.undo_action.trigger()
    assert session.agreement.objective.revenue == Decimal("1200000")  # type: ignore[union-attr]
    assert table_numbers(window) == plan_numbers(before)
    assert window.funnel_chart.bar_labels() == old_labels  # type: ignore[union-attr]
    assert window.objective_editor.revenue.text() == "1200000"
    assert stored(db).objective.revenue == Decimal("1200000")
    window.redo_action.trigger()
    assert stored(db).objective.revenue == Decimal("2400000")


def test_invalid_input_shows_the_message_and_is_not_written(window: MainWindow, db: Path,
                                                            qtbot: object) -> None:
    editor = window.objective_editor
    type_into(qtbot, editor.deal_value, "-5")
    error_texts = [label.text() for label in editor.findChildren(type(editor.summary))
                   if label.objectName() == "errorLabel" and label.isVisible()]
    assert any("more than 0" in text for text in error_texts)
    assert "more than 0" in window.statusBar().currentMessage()
    assert stored(db).objective.deal_value == Decimal("24000")
    type_into(qtbot, editor.share, "abc")
    assert "not a number" in window.statusBar().currentMessage()
    assert stored(db).objective.marketing_share == Decimal("0.6")
    # Leaving the field puts back what the agreement says.
    editor.share.clearFocus()
    editor.share.editingFinished.emit()
    assert editor.share.text() == "60"


def test_stage_rate_edit_through_the_table(window: MainWindow, db: Path) -> None:
    model = window.stages_editor.model
    assert model.setData(model.index(0, RATE), "4")
    assert stored(db).stages[0].rate == Decimal("0.04")
    assert window.monthly_table.shown(0, 14) == "25,000"
    window.undo_action.trigger()
    assert stored(db).stages[0].rate == Decimal("0.02")
    assert window.monthly_table.shown(0, 14) == "50,000"


def test_stage_add_remove_reorder_land_in_the_file_and_undo(window: MainWindow, db: Path,
                                                           qtbot: object) -> None:
    editor = window.stages_editor
    names = ["Visits", "Leads", "MQL", "SQL", "Proposals", "Customers"]
    window.input_tabs.setCurrentWidget(editor)
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [s.name for s in stored(db).stages] == [*names[:2], "New stage", *names[2:]]
    assert stored(db).stages[2].rate == Decimal("0.5")
    assert window.monthly_table.model_.rowCount() == 7

    editor.table.selectRow(2)
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [s.name for s in stored(db).stages] == names

    editor.table.selectRow(3)
    qtbot.mouseClick(editor.up, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [s.name for s in stored(db).stages] == ["Visits", "Leads", "SQL", "MQL",
                                                   "Proposals", "Customers"]
    assert window.monthly_table.shown(2, 0) == "SQL"

    # Removing the last stage makes the one above it the won customers.
    editor.table.selectRow(5)
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert stored(db).stages[-1].name == "Proposals"
    assert stored(db).stages[-1].rate is None

    stack = window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert [s.name for s in stored(db).stages] == names
    assert [str(s.rate) for s in stored(db).stages] == ["0.02", "0.4", "0.5", "0.5", "0.3",
                                                        "None"]


def test_stage_owner_lag_and_aliases(window: MainWindow, db: Path) -> None:
    model = window.stages_editor.model
    assert model.setData(model.index(2, OWNER), "Sales")
    assert model.setData(model.index(2, LAG), "2")
    assert model.setData(model.index(0, 4), "Sessions, Pageviews ,Sessions")
    agreement = stored(db)
    assert agreement.stages[2].owner == "Sales"
    assert agreement.stages[2].lag == 2
    assert agreement.stages[0].aliases == ["Sessions", "Pageviews"]
    # A stage name already taken is refused with the core's words.
    assert not model.setData(model.index(1, NAME), "visits")
    assert "unique" in window.statusBar().currentMessage()


def test_party_rename_follows_everywhere_and_undoes(window: MainWindow, db: Path) -> None:
    model = window.parties_editor.model
    assert model.setData(model.index(0, PARTY_NAME), "Growth")
    agreement = stored(db)
    assert [p.name for p in agreement.parties] == ["Growth", "Sales"]
    assert agreement.stages[0].owner == "Growth"
    assert agreement.protocols[0].from_party == "Growth"
    assert model.setData(model.index(1, 1), "Ana Ruiz")
    assert stored(db).parties[1].representative == "Ana Ruiz"
    window.undo_action.trigger()
    window.undo_action.trigger()
    agreement = stored(db)
    assert [p.name for p in agreement.parties] == ["Marketing", "Sales"]
    assert agreement.stages[0].owner == "Marketing"
    assert agreement.parties[1].representative == "Daniel Ortega"


def test_party_add_and_remove(window: MainWindow, db: Path, qtbot: object) -> None:
    editor = window.parties_editor
    window.show_tab_of(editor)
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [p.name for p in stored(db).parties] == ["Marketing", "Sales", "New party"]
    editor.table.selectRow(0)
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    agreement = stored(db)
    assert [p.name for p in agreement.parties] == ["Sales", "New party"]
    assert agreement.stages[0].owner == ""
    window.undo_action.trigger()
    assert [p.name for p in stored(db).parties] == ["Marketing", "Sales", "New party"]


def test_protocol_form_edits_and_undo(window: MainWindow, db: Path, qtbot: object) -> None:
    editor = window.protocols_editor
    window.show_tab_of(editor)
    editor.table.selectRow(1)
    assert editor.title.text() == "First contact with a new SQL"
    type_into(qtbot, editor.title, "First call")
    assert stored(db).protocols[1].title == "First call"
    type_into(qtbot, editor.target, "12")
    assert stored(db).protocols[1].kpi_target == Decimal("12")
    editor.commitment.setFocus()
    editor.commitment.selectAll()
    qtbot.keyClicks(editor.commitment, "Within a day.")  # type: ignore[attr-defined]
    assert stored(db).protocols[1].commitment == "Within a day."
    index = editor.to_party.findText("Sales")
    editor.to_party.activated.emit(index)
    assert stored(db).protocols[1].to_party == "Sales"
    assert editor.model.data(editor.model.index(1, 0)) == "First call"
    assert window.session.undo_stack.count() == 4
    window.undo_action.trigger()
    assert stored(db).protocols[1].to_party == "Marketing"
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert stored(db).protocols[1].title == "First contact with a new SQL"
    assert editor.title.text() == "First contact with a new SQL"

    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert stored(db).protocols[-1].title == "New protocol"
    assert (stored(db).protocols[-1].from_party, stored(db).protocols[-1].to_party) == (
        "Marketing", "Sales")
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(stored(db).protocols) == 5


def test_kpi_editor(window: MainWindow, db: Path, qtbot: object) -> None:
    editor = window.kpis_editor
    window.show_tab_of(editor)
    editor.table.selectRow(0)
    type_into(qtbot, editor.name, "Response hours")
    agreement = stored(db)
    assert agreement.custom_kpis[0].name == "Response hours"
    assert agreement.protocols[1].kpi == "Response hours"
    editor.fill_value.setText("20")
    qtbot.mouseClick(editor.fill, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert stored(db).custom_kpis[0].targets == [Decimal(20)] * 12
    type_into(qtbot, editor.aliases, "Reply time, SLA hours")
    assert stored(db).custom_kpis[0].aliases == ["Reply time", "SLA hours"]
    unit = editor.unit.findText("days")
    editor.unit.activated.emit(unit)
    assert stored(db).custom_kpis[0].unit.value == "days"
    # Days average by default; summed is this KPI's own choice, stored in the file.
    assert editor.aggregation.currentText() == "averaged"
    editor.aggregation.activated.emit(editor.aggregation.findText("summed"))
    assert stored(db).custom_kpis[0].months_add_up.value == "sum"
    editor.table.selectRow(1)
    assert editor.aggregation.currentText() == "averaged"  # the demo's attempts per SQL
    editor.table.selectRow(0)
    target = stored(db).protocols[1].kpi_target
    assert target is not None
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [k.name for k in stored(db).custom_kpis] == ["Follow-up attempts per SQL",
                                                        "Rejected leads with a reason"]
    # The protocol it measured keeps no target for a KPI that is gone.
    assert (stored(db).protocols[1].kpi, stored(db).protocols[1].kpi_target) == ("", None)
    assert editor.name.text() == "Follow-up attempts per SQL"  # the form follows the list
    window.undo_action.trigger()
    assert stored(db).custom_kpis[0].name == "Response hours"
    assert stored(db).protocols[1].kpi == "Response hours"
    assert stored(db).protocols[1].kpi_target == target


def test_seasonality_and_reporting(window: MainWindow, db: Path, qtbot: object) -> None:
    model = window.seasonality_editor.model
    assert model.setData(model.index(7, 1), "8")
    assert stored(db).seasonality[7] == Decimal(8)
    assert window.monthly_table.model_.value(5, 9) == plan_for(stored(db)).stages[5].monthly[7]
    window.seasonality_editor.equal.click()
    assert stored(db).seasonality == []
    editor = window.reporting_editor
    window.show_tab_of(editor)
    type_into(qtbot, editor.amber, "85")
    assert stored(db).thresholds.amber == Decimal("0.85")
    type_into(qtbot, editor.review, "2027-10")
    assert stored(db).review_month == "2027-10"
    type_into(qtbot, editor.review, "Oct")
    assert stored(db).review_month == "2027-10"
    assert "YYYY-MM" in window.statusBar().currentMessage()


def test_months_change_keeps_seasonality_and_targets_consistent(window: MainWindow,
                                                                db: Path) -> None:
    window.details_editor.months.setValue(18)
    agreement = stored(db)
    assert agreement.months == 18
    assert len(agreement.seasonality) == 18
    assert agreement.seasonality[12] == agreement.seasonality[0]
    assert all(len(k.targets) == 18 for k in agreement.custom_kpis)
    assert window.monthly_table.model_.columnCount() == 18 + 3


def test_title_edit_updates_the_list(window: MainWindow, db: Path, qtbot: object) -> None:
    window.input_tabs.setCurrentWidget(window.input_tabs.widget(2))
    type_into(qtbot, window.details_editor.title, "SLA 2028")
    model = window.agreement_list.model
    assert model.data(model.index(0, 0)) == "SLA 2028"
    assert stored(db).title == "SLA 2028"
    window.details_editor.title.selectAll()
    qtbot.keyClick(window.details_editor.title, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    assert "needs a title" in window.statusBar().currentMessage()
    assert stored(db).title == "SLA 2028"


def test_editors_follow_another_agreement(window: MainWindow, db: Path) -> None:
    session = window.session
    other = demo_agreement("en")
    other.title = "Second"
    other.objective.revenue = Decimal("600000")
    new_id = session.create(other)
    assert window.objective_editor.revenue.text() == "600000"
    model = window.agreement_list.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "Sales & Marketing SLA 2027", "Second"]
    assert session.current_id == new_id
    window.agreement_list.view.selectRow(0)
    assert window.objective_editor.revenue.text() == "1200000"
    # The editors on other tabs show the agreement now selected when they are opened.
    window.input_tabs.setCurrentIndex(window.input_tabs.count() - 1)
    assert window.details_editor.title.text() == "Sales & Marketing SLA 2027"
    window.show_tab_of(window.reporting_editor)
    assert window.reporting_editor.cadence.toPlainText() == demo_agreement("en").reporting_cadence
    window.agreement_list.view.selectRow(1)
    assert window.reporting_editor.cadence.toPlainText() == other.reporting_cadence
    window.tabs.setCurrentIndex(0)
    assert window.details_editor.title.text() == "Second"


def test_reordering_stages_keeps_each_stages_actuals(window: MainWindow, db: Path,
                                                     qtbot: object) -> None:
    store = window.session.store
    agreement_id = window.session.current_id
    assert agreement_id is not None
    store.apply_actuals(agreement_id, {("MQL", "2027-01"): Decimal(33),
                                       ("SQL", "2027-01"): Decimal(11)})
    editor = window.stages_editor
    editor.table.selectRow(3)
    qtbot.mouseClick(editor.up, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [s.name for s in stored(db).stages][2:4] == ["SQL", "MQL"]
    assert store.actuals(agreement_id) == {"MQL": {"2027-01": Decimal(33)},
                                           "SQL": {"2027-01": Decimal(11)}}
    # A real rename carries the actuals along.
    model = editor.model
    assert model.setData(model.index(2, NAME), "Sales leads")
    QApplication.processEvents()  # the turn after the edit: painted, then written
    assert store.actuals(agreement_id)["Sales leads"] == {"2027-01": Decimal(11)}


def test_stage_owner_is_picked_from_the_parties(window: MainWindow, db: Path) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    table = window.stages_editor.table
    model = window.stages_editor.model
    index = model.index(0, OWNER)
    delegate = table.itemDelegateForColumn(OWNER)
    combo = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Marketing", "Sales"]
    delegate.setEditorData(combo, index)
    assert combo.currentText() == "Marketing"
    combo.setCurrentIndex(2)
    delegate.setModelData(combo, model, index)
    assert stored(db).stages[0].owner == "Sales"
    assert model.index(0, OWNER).data() == "Sales"


def test_numbers_and_titles_out_of_bounds_are_refused_with_the_field_named(
        window: MainWindow, db: Path, qtbot: object) -> None:
    editor = window.objective_editor
    # Pasted at once (typed key by key, "1e9" on the way would be a valid revenue).
    editor.revenue.setText("1e999999999")
    editor.revenue.textEdited.emit("1e999999999")
    assert "revenue: “1e999999999” is too large; numbers must be at most 10^15" in (
        window.statusBar().currentMessage())
    assert stored(db).objective.revenue == Decimal("1200000")
    editor.deal_value.setText("0.0000001")
    editor.deal_value.textEdited.emit("0.0000001")
    assert "stages: the rates are too small for this revenue" in (
        window.statusBar().currentMessage())
    assert stored(db).objective.deal_value == Decimal("24000")
    window.input_tabs.setCurrentWidget(window.input_tabs.widget(2))
    window.details_editor.title.setText("T" * 201)
    window.details_editor.title.textEdited.emit("T" * 201)
    assert "title: 201 characters is too long; at most 200" in (
        window.statusBar().currentMessage())
    assert stored(db).title == "Sales & Marketing SLA 2027"
