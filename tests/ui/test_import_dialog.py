"""The Import actuals dialog and the File menu actions, on a small fake main window."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QTabWidget

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store
from ui.excel.actions import install
from ui.excel.import_dialog import ImportDialog, ImportPreviewModel
from ui.session import AgreementSession


@pytest.fixture
def session(tmp_path: Path, english) -> AgreementSession:
    store = Store.open(tmp_path / "team.slaw")
    agreement_id = store.create(demo_agreement("en"))
    store.apply_actuals(agreement_id, {("Leads", "2027-01"): Decimal(170),
                                       ("MQL", "2027-01"): Decimal(80)})
    result = AgreementSession(store)
    result.select(agreement_id)
    yield result
    store.close()


class FakeWindow(QMainWindow):
    def __init__(self, session: AgreementSession) -> None:
        super().__init__()
        self.session = session
        self.menus = {key: QMenu(key, self) for key in ("file", "edit", "agreement", "view",
                                                         "help")}
        self.tabs = QTabWidget()
        self.drop_handlers = []
        self.statuses: list[str] = []

    def show_status(self, text: str) -> None:
        self.statuses.append(text)


@pytest.fixture
def window(qtbot, session: AgreementSession) -> FakeWindow:
    host = FakeWindow(session)
    qtbot.addWidget(host)
    install(host)
    return host


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Hoja1"
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def table(model: ImportPreviewModel) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_preview_with_a_change_and_an_error(qtbot, qtmodeltester, tmp_path: Path,
                                            session: AgreementSession) -> None:
    path = workbook(tmp_path / "enero.xlsx", [
        ["Indicador", "ene-2027", "feb-2027"],
        ["Leads", 175, 1234.5],
        ["MQL", 80, "n/a"],
        ["Churn", 4, 5],
    ])
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.summary_label.text() == (
        "1 new · 1 changed · 1 unchanged · 1 ignored · 1 error\n"
        "Layout: Hoja1: KPIs in rows, months in columns · 3 rows read\n"
        "Nothing can be imported until the errors are corrected in the workbook.")
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(7)] == ["Status", "Place", "KPI", "Month", "Old", "New", "Details"]
    assert table(dialog.model) == [
        ["Error", "Hoja1!C3", "", "", "", "", '"n/a" is not a number'],
        ["Changed", "Hoja1!B2", "Leads", "Jan 2027", "170", "175", "170 → 175"],
        ["New", "Hoja1!C2", "Leads", "Feb 2027", "", "1,234.5", ""],
        ["Ignored", "Hoja1!A4", "Churn", "", "", "", "not a KPI of this agreement"],
        ["Unchanged", "Hoja1!B3", "MQL", "Jan 2027", "80", "80", ""],
    ]
    backgrounds = [dialog.model.data(dialog.model.index(r, 0), Qt.ItemDataRole.BackgroundRole)
                   for r in range(5)]
    assert [b.color().name() if b else None for b in backgrounds] == [
        "#f8d0d0", "#fcebc0", "#d4efd6", None, None]
    assert not dialog.apply_button.isEnabled()
    dialog.apply()
    assert session.store.actuals(session.current_id)["Leads"] == {"2027-01": Decimal(170)}


def test_apply_then_undo_restores_the_old_values(qtbot, tmp_path: Path,
                                                 session: AgreementSession) -> None:
    path = workbook(tmp_path / "enero.xlsx", [
        ["Month", "KPI", "Value"],
        ["2027-01", "Leads", 175],
        ["2027-02", "Leads", 190],
        ["2027-01", "MQL", 80],
    ])
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text() == (
        "1 new · 1 changed · 1 unchanged · 0 ignored · 0 errors\n"
        "Layout: Hoja1: a table of month, KPI and value · 3 rows read")
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1, 1]
    agreement_id = session.current_id
    assert session.store.actuals(agreement_id) == {
        "Leads": {"2027-01": Decimal(175), "2027-02": Decimal(190)},
        "MQL": {"2027-01": Decimal(80)}}
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Import actuals from enero.xlsx"
    history = session.store.actual_history(agreement_id, "Leads", "2027-01")
    assert [(r.value, r.file_name) for r in history] == [(Decimal(170), None),
                                                          (Decimal(175), "enero.xlsx")]
    session.undo_stack.undo()
    assert session.store.actuals(agreement_id) == {"Leads": {"2027-01": Decimal(170)},
                                                   "MQL": {"2027-01": Decimal(80)}}
    session.undo_stack.redo()
    assert session.store.actuals(agreement_id)["Leads"]["2027-02"] == Decimal(190)


def test_an_import_the_file_cannot_take_is_not_applied(qtbot, tmp_path: Path,
                                                       session: AgreementSession) -> None:
    path = workbook(tmp_path / "marzo.xlsx", [["Month", "KPI", "Value"], ["2027-03", "Leads", 99]])
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    before = session.store.actuals(session.current_id)
    failures: list[str] = []
    session.writeFailed.connect(failures.append)
    imported: list[object] = []
    dialog.imported.connect(lambda *args: imported.append(args))
    session.store.conn.execute("PRAGMA query_only = ON")  # the drive stops taking writes
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert len(failures) == 1 and "could not be written" in failures[0]
    assert imported == [] and dialog.result() == 0
    assert session.undo_stack.count() == 0
    session.store.conn.execute("PRAGMA query_only = OFF")
    assert session.store.actuals(session.current_id) == before
    # With the drive back, Apply imports.
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert imported == [(1, 0)]
    assert session.store.actuals(session.current_id)["Leads"]["2027-03"] == Decimal(99)


def test_unmatched_label_is_mapped_and_saved_as_an_import_alias(
        qtbot, tmp_path: Path, session: AgreementSession) -> None:
    path = workbook(tmp_path / "crm.xlsx", [["KPI", "ene-2027"], ["Oportunidades", 12],
                                            ["SQL → Proposals", 0.3]])
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    assert table(dialog.model) == [
        ["Error", "crm.xlsx", "", "", "", "", "no data: no row names a KPI of this agreement "
         '(unmatched: "Oportunidades"; map them to KPIs to import them)'],
        ["Ignored", "Hoja1!A2", "Oportunidades", "", "", "", "not a KPI of this agreement"],
        ["Ignored", "Hoja1!A3", "SQL → Proposals", "", "", "",
         "conversion rates are derived from the volumes, never imported"]]
    assert not dialog.alias_button.isEnabled()
    dialog.table.setCurrentIndex(dialog.model.index(2, 0))
    assert not dialog.alias_button.isEnabled()
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    assert dialog.alias_button.isEnabled()
    dialog.alias_combo.setCurrentIndex(dialog.alias_combo.findData("Proposals"))
    qtbot.mouseClick(dialog.alias_button, Qt.MouseButton.LeftButton)
    assert table(dialog.model)[0] == ["New", "Hoja1!B2", "Proposals", "Jan 2027", "", "12", ""]
    agreement_id = session.current_id
    assert session.store.import_aliases(agreement_id) == {}  # not before Apply
    assert dialog.apply_button.isEnabled()
    dialog.apply()
    assert session.store.import_aliases(agreement_id) == {"Oportunidades": "Proposals"}
    assert session.store.actuals(agreement_id)["Proposals"] == {"2027-01": Decimal(12)}
    # Next month's file needs nothing.
    again = ImportDialog(session, path)
    qtbot.addWidget(again)
    assert table(again.model)[1] == ["Unchanged", "Hoja1!B2", "Proposals", "Jan 2027", "12",
                                     "12", ""]
    session.undo_stack.undo()  # one step: the values and the alias
    assert session.store.import_aliases(agreement_id) == {}
    assert "Proposals" not in session.store.actuals(agreement_id)


def test_views_follow_the_imported_month(qtbot, tmp_path: Path,
                                         session: AgreementSession) -> None:
    from ui.tracking.report_view import ReportView
    from ui.tracking.tracking_view import TrackingView

    tracking = TrackingView(session)
    report = ReportView(session)
    for view in (tracking, report):
        qtbot.addWidget(view)
        view.show()
    assert tracking.current_month() == "2027-01" and report.current_month() == "2027-01"
    path = workbook(tmp_path / "marzo.xlsx", [["KPI", "mar-2027"], ["Leads", 180]])
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.apply()
    assert tracking.current_month() == "2027-03" and report.current_month() == "2027-03"
    assert report.report is not None and report.report.month == "2027-03"
    session.undo_stack.undo()
    assert tracking.current_month() == "2027-01" and report.current_month() == "2027-01"
    # A month picked by hand stays picked.
    session.undo_stack.redo()
    tracking.month_box.setCurrentIndex(tracking.month_box.findData("2027-02"))
    tracking.month_box.activated.emit(tracking.month_box.currentIndex())
    session.undo_stack.undo()
    assert tracking.current_month() == "2027-02"


def test_month_choice_limits_what_is_applied(qtbot, tmp_path: Path,
                                            session: AgreementSession) -> None:
    path = workbook(tmp_path / "two.xlsx", [["KPI", "ene-2027", "feb-2027"], ["Leads", 150, 90]])
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    assert [r[:6] for r in table(dialog.model)[:2]] == [
        ["Changed", "Hoja1!B2", "Leads", "Jan 2027", "170", "150"],
        ["New", "Hoja1!C2", "Leads", "Feb 2027", "", "90"]]
    assert table(dialog.model)[0][6] == "170 → 150  ↓ would go down"
    dialog.choose_month("2027-02")
    assert [r[0] for r in table(dialog.model)] == ["New", "Ignored"]
    dialog.apply()
    assert session.store.actuals(session.current_id)["Leads"] == {
        "2027-01": Decimal(170), "2027-02": Decimal(90)}


def test_menu_actions_and_drop(qtbot, tmp_path: Path, window: FakeWindow,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    actions = {a.text(): a for a in window.menus["file"].actions() if a.text()}
    assert list(actions) == ["Import actuals…", "Export actuals…", "Save template…"]
    assert actions["Import actuals…"].shortcut().toString() == "Ctrl+I"
    assert all(a.isEnabled() for a in actions.values())

    export = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(export), "Excel workbooks (*.xlsx)"))
    actions["Export actuals…"].trigger()
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book["Actuals"]["D3"].value == 170
    assert window.statuses[-1] == f"Actuals exported to {tmp_path / 'out.xlsx'}"

    [handler] = window.drop_handlers
    assert handler(tmp_path / "notes.txt") is False
    assert handler(tmp_path / "out.xlsx") is True
    dialog = window.excel_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary_label.text().startswith("0 new · 0 changed · 2 unchanged")
    assert not dialog.apply_button.isEnabled()
    dialog.reject()

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(tmp_path / "out.xlsx"), ""))
    actions["Import actuals…"].trigger()
    assert window.excel_actions.dialog is not dialog
    window.excel_actions.dialog.reject()

    window.session.select(None)
    assert not any(a.isEnabled() for a in actions.values())


def test_read_only_file_disables_import(qtbot, tmp_path: Path, english) -> None:
    path = tmp_path / "team.slaw"
    with Store.open(path) as store:
        store.create(demo_agreement("en"))
    store = Store.open(path, read_only=True)
    session = AgreementSession(store)
    session.select(1)
    host = FakeWindow(session)
    qtbot.addWidget(host)
    install(host)
    actions = {a.text(): a for a in host.menus["file"].actions() if a.text()}
    assert not actions["Import actuals…"].isEnabled()
    assert actions["Export actuals…"].isEnabled()
    assert host.drop_handlers[0](tmp_path / "march.xlsx") is True
    assert host.excel_actions.dialog is None
    assert host.statuses == ["The workshop file is open read-only; nothing can be imported."]
    store.close()


@pytest.fixture
def spanish_translator(qapp):
    """The shipped Spanish translation, installed for one test."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    qm = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "slaworkshop_es.qm"
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_spanish_preview_shows_translated_messages_with_their_places(
        qtbot, qtmodeltester, tmp_path: Path, session: AgreementSession,
        spanish_translator) -> None:
    path = workbook(tmp_path / "enero.xlsx", [
        ["Indicador", "ene-2027", "feb-2027"],
        ["Leads", 175, "12,345"],
        ["MQL", 80, "n/a"],
        ["Churn", 4, 5],
        ["Leads → MQL", 0.5, 0.4],
    ])
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = table(dialog.model)
    errors = [row[1:] for row in rows if row[1] in ("Hoja1!C2", "Hoja1!C3")]
    assert errors == [
        ["Hoja1!C2", "", "", "", "", "«12,345» es ambiguo (¿separador de miles o coma "
                                     "decimal?); escríbalo sin separadores"],
        ["Hoja1!C3", "", "", "", "", "«n/a» no es un número"],
    ]
    ignored = {row[2]: row[6] for row in rows if row[1] in ("Hoja1!A4", "Hoja1!A5")}
    assert ignored == {
        "Churn": "no es un KPI de este acuerdo",
        "Leads → MQL": "las tasas de conversión se calculan a partir de los volúmenes, nunca "
                       "se importan"}
    # The unknown name can still become an alias: the reason is compared untranslated.
    rows_of = {dialog.model.row_at(r).kpi: r for r in range(dialog.model.rowCount())}
    dialog.table.setCurrentIndex(dialog.model.index(rows_of["Churn"], 0))
    assert dialog.alias_button.isEnabled()
    dialog.table.setCurrentIndex(dialog.model.index(rows_of["Leads → MQL"], 0))
    assert not dialog.alias_button.isEnabled()


def test_spanish_app_notes_an_export_of_another_agreement(
        qtbot, tmp_path: Path, session: AgreementSession, spanish_translator) -> None:
    store = session.store
    other = store.load(store.create(demo_agreement("en")))
    store.apply_actuals(other.id, {("Leads", "2027-01"): Decimal(5)})
    from slaworkshop.excel.writer import write_export

    path = tmp_path / "otro.xlsx"
    write_export(other, store.actuals(other.id), path)
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    assert dialog.notes_label.text() == (
        f"este libro se hizo para otro acuerdo («{other.title}», ID {other.id}); compruebe "
        "que es el archivo correcto")


def test_spanish_app_writes_spanish_workbooks(qtbot, tmp_path: Path, window: FakeWindow,
                                             spanish_translator,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    export = tmp_path / "reales"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(export), ""))
    assert window.excel_actions.export_actuals() == tmp_path / "reales.xlsx"
    book = openpyxl.load_workbook(tmp_path / "reales.xlsx")
    assert book.sheetnames == ["Reales", "Objetivos", "Cumplimiento", "Acerca de"]
    assert [c.value for c in book["Reales"][1][:3]] == ["Indicador", "Responsable", "Unidad"]
    assert book["Reales"]["D3"].value == 170
    export = tmp_path / "plantilla"
    assert window.excel_actions.save_template() == tmp_path / "plantilla.xlsx"
    assert openpyxl.load_workbook(tmp_path / "plantilla.xlsx").sheetnames[0] == "Reales"
    # Its own Spanish export reads back with nothing to change.
    dialog = window.excel_actions.import_file(tmp_path / "reales.xlsx")
    assert dialog is not None
    assert dialog.summary_label.text().startswith("0 nuevos · 0 modificados · 2 sin cambios")
    assert [r[0] for r in table(dialog.model)] == ["Sin cambios", "Sin cambios"]
    dialog.reject()


def test_cancel_ends_the_reading(qtbot, tmp_path: Path, session: AgreementSession,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import ui.excel.import_dialog as module

    started = []

    def slow_read(*_args: object, control, **_kwargs: object):
        started.append(True)
        while not control.cancelled:  # a big file: reading until cancelled
            time.sleep(0.01)
        control.check()

    monkeypatch.setattr(module, "preview_import", slow_read)
    path = workbook(tmp_path / "big.xlsx", [["KPI", "ene-2027"], ["Leads", 1]])
    dialog = ImportDialog.__new__(ImportDialog)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, lambda: dialog.cancel_reading())
    ImportDialog.__init__(dialog, session, path)
    qtbot.addWidget(dialog)
    assert started and dialog.cancelled
    assert dialog.title_label.text() == "Reading big.xlsx was cancelled; nothing was imported."
    assert not dialog.apply_button.isEnabled()


def test_response_time_chosen_in_the_preview(qtbot, tmp_path: Path,
                                             session: AgreementSession) -> None:
    path = tmp_path / "sqls.csv"
    path.write_text("Record ID,Became a Sales Qualified Lead Date,Last Contacted\n"
                    "1,2027-03-01 09:00,2027-03-01 15:00\n2,2027-03-02 10:00,2027-03-03 16:00\n",
                    encoding="utf-8")
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    assert not dialog.measure_row.isHidden()
    dialog.measure_kpi.setCurrentText("Hours to first contact")
    dialog.measure_from.setCurrentText("Became a Sales Qualified Lead Date")
    dialog.measure_to.setCurrentText("Last Contacted")
    qtbot.mouseClick(dialog.measure_button, Qt.MouseButton.LeftButton)
    assert ["New", "sqls.csv:line 2", "Hours to first contact", "Mar 2027", "", "18", ""] in \
        table(dialog.model)


def test_choosing_a_month_reuses_the_reading(qtbot, tmp_path: Path, monkeypatch,
                                             session: AgreementSession) -> None:
    """A month chosen, or actuals changed meanwhile, need no new reading of the file; a
    changed file or a new mapping does."""
    import ui.excel.import_dialog as module

    reads: list[Path] = []
    original = module.preview_import

    def counted(path, *args, **kwargs):
        reads.append(Path(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(module, "preview_import", counted)
    path = workbook(tmp_path / "three.xlsx", [
        ["KPI", "ene-2027", "feb-2027", "mar-2027"], ["Leads", 150, 90, 95], ["MQL", 40, 41, 42],
        ["Churn", 1, 2, 3]])
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    assert len(reads) == 1
    dialog.choose_month("2027-02")
    assert len(reads) == 1
    assert [r[:6] for r in table(dialog.model)] == [
        ["New", "Hoja1!C2", "Leads", "Feb 2027", "", "90"],
        ["New", "Hoja1!C3", "MQL", "Feb 2027", "", "41"],
        ["Ignored", "Hoja1!A4", "Churn", "", "", ""],
        ["Ignored", "Hoja1!B2", "2027-01", "", "", ""],
        ["Ignored", "Hoja1!D2", "2027-03", "", "", ""]]
    assert [r[6] for r in table(dialog.model)[3:]] == ["not one of the chosen months (2)"] * 2
    # The same as a reading made for that month alone.
    fresh = original(path, session.agreement, session.actuals(session.current_id),
                     months={"2027-02"})
    assert [(c.kpi, c.month, c.old, c.new, c.place) for c in dialog.preview.changes] == [
        (c.kpi, c.month, c.old, c.new, c.place) for c in fresh.changes]
    assert dialog.preview.ignored == fresh.ignored
    dialog.choose_month(None)
    assert len(reads) == 1 and len(dialog.preview.changes) == 6
    path.write_bytes(path.read_bytes())  # saved again: it may hold other values now
    os.utime(path, ns=(1, 1))
    dialog.refresh()
    assert len(reads) == 2
    dialog.mapping["Churn"] = "Leads"
    dialog.refresh()
    assert len(reads) == 3
