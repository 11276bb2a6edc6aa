"""The main window: menus, read-only files and signed revisions, agreements, extensions,
layout memory."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Signature
from slaworkshop.store import Store
from ui.models.stages_model import RATE
from ui.session import AgreementSession
from ui.window.main_window import MainWindow
from ui.window.settings import Settings, settings_path


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def make_file(path: Path, *, signed: bool = False) -> int:
    with Store.open(path) as store:
        agreement_id = store.create(demo_agreement("en"))
        if signed:
            for party, signer in (("Marketing", "Laura Méndez"), ("Sales", "Daniel Ortega")):
                store.sign(agreement_id, Signature(party, signer))
    return agreement_id


def open_window(qtbot: object, path: Path, *, read_only: bool = False,
                extensions: tuple[str, ...] = ()) -> MainWindow:
    store = Store.open(path, read_only=read_only)
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    window = MainWindow(session, Settings(), extensions=extensions)
    window.on_close.append(store.close)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    return window


def inputs(window: MainWindow) -> list[object]:
    found: list[object] = []
    for editor in window.editors:
        found += [w for w in editor.findChildren(QLineEdit) if w.objectName()]
        found += editor.findChildren(QPlainTextEdit)
    return found


def test_menus_and_shortcuts(tmp_path: Path, qtbot: object) -> None:
    make_file(tmp_path / "a.slaw")
    window = open_window(qtbot, tmp_path / "a.slaw")
    assert set(window.menus) == {"file", "edit", "agreement", "view", "help"}
    assert window.tabs.tabText(0) == "Plan"
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert window.redo_action.shortcuts() == [QKeySequence("Ctrl+Shift+Z"),
                                              QKeySequence("Ctrl+Y")]
    assert window.wizard_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.presenter_action.shortcut() == QKeySequence("F5")
    titles = [a.text().replace("&", "") for a in window.menus["agreement"].actions()]
    assert titles == ["New with the wizard…", "Duplicate", "Delete draft…"]
    assert window.windowTitle() == "a.slaw — SLA Workshop"
    assert window.save_state.text().startswith("All changes saved")
    assert not window.banner.isVisible()
    assert all(w.isEnabled() for w in inputs(window))  # type: ignore[attr-defined]


def test_read_only_file_disables_every_editor_and_says_why(tmp_path: Path,
                                                          qtbot: object) -> None:
    make_file(tmp_path / "ro.slaw")
    window = open_window(qtbot, tmp_path / "ro.slaw", read_only=True)
    assert window.banner.isVisible()
    assert "read-only" in window.banner.text()
    assert "opened read-only" in window.banner.text()
    assert "(read-only)" in window.windowTitle()
    assert window.save_state.text() == "Read-only"
    assert inputs(window)
    assert not any(w.isEnabled() for w in inputs(window))  # type: ignore[attr-defined]
    for editor in window.editors:
        for button in editor.findChildren(QPushButton):
            assert not button.isEnabled(), button.text()
        for table in editor.findChildren(QTableView):
            model = table.model()
            if model.rowCount():
                assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not window.wizard_action.isEnabled()
    assert not window.delete_action.isEnabled()
    before = (tmp_path / "ro.slaw").read_bytes()
    model = window.stages_editor.model
    assert not model.setData(model.index(0, 1), "3")
    assert (tmp_path / "ro.slaw").read_bytes() == before


def test_signed_revision_is_read_only_with_a_note(tmp_path: Path, qtbot: object) -> None:
    make_file(tmp_path / "s.slaw", signed=True)
    window = open_window(qtbot, tmp_path / "s.slaw")
    assert window.banner.isVisible()
    assert "signed" in window.banner.text() and "new revision" in window.banner.text()
    assert not any(w.isEnabled() for w in inputs(window))  # type: ignore[attr-defined]
    assert window.agreement_list.model.data(window.agreement_list.model.index(0, 3)) == "Signed"
    assert not window.delete_action.isEnabled()
    assert window.duplicate_action.isEnabled()
    window.duplicate_action.trigger()
    assert window.session.agreement is not None
    assert window.session.agreement.title == "Sales & Marketing SLA 2027 (copy)"
    assert not window.banner.isVisible()
    assert all(w.isEnabled() for w in inputs(window))  # type: ignore[attr-defined]


def test_delete_draft_asks_and_undoes(tmp_path: Path, qtbot: object,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "d.slaw"
    make_file(path)
    window = open_window(qtbot, path)
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    window.delete_action.trigger()
    assert asked and "Sales & Marketing SLA 2027" in asked[0]
    assert len(window.session.summaries()) == 1
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.session.summaries() == []
    assert window.agreement_list.model.rowCount() == 0
    assert window.empty_note.isVisible() and not window.tabs.isVisible()
    window.undo_action.trigger()
    assert [s.title for s in window.session.summaries()] == ["Sales & Marketing SLA 2027"]
    assert window.session.agreement is not None
    assert window.objective_editor.revenue.text() == "1200000"


def test_extensions_are_installed_with_the_api(tmp_path: Path, qtbot: object,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[Path] = []
    module = types.ModuleType("fake_extension")

    def install(window: MainWindow) -> None:
        window.menus["file"].addAction("Fake import…")
        from PySide6.QtWidgets import QLabel

        window.tabs.addTab(QLabel("fake"), "Tracking")

        def handler(path: Path) -> bool:
            seen.append(path)
            return path.suffix == ".xlsx"
        window.drop_handlers.append(handler)
        window.show_status("fake installed")

    module.install = install  # type: ignore[attr-defined]
    broken = types.ModuleType("broken_extension")
    monkeypatch.setitem(sys.modules, "fake_extension", module)
    monkeypatch.setitem(sys.modules, "broken_extension", broken)
    make_file(tmp_path / "e.slaw")
    window = open_window(qtbot, tmp_path / "e.slaw",
                         extensions=("broken_extension", "fake_extension"))
    file_actions = [a.text().replace("&", "") for a in window.menus["file"].actions()]
    assert "Fake import…" in file_actions
    assert file_actions[-1] == "Quit"
    assert window.tabs.tabText(window.tabs.count() - 1) == "Tracking"
    assert window.statusBar().currentMessage() == "fake installed"
    # A broken extension is reported and the window still works.
    assert "slaworkshop: extension broken_extension: " in capsys.readouterr().err

    workbook = tmp_path / "actuals.xlsx"
    workbook.write_bytes(b"PK")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(workbook))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert seen == [workbook]
    assert not window.handle_dropped_file(tmp_path / "notes.txt")
    assert "notes.txt" in window.statusBar().currentMessage()


def test_settings_live_in_the_test_folder_and_remember_layout(tmp_path: Path, qtbot: object,
                                                              isolated_home: Path) -> None:
    assert settings_path().is_relative_to(isolated_home)
    make_file(tmp_path / "g.slaw")
    window = open_window(qtbot, tmp_path / "g.slaw")
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.main_splitter.width() > 1200)
    window.show_agreement_list(True)  # folded away at first at 1280 px; remembered shown
    window.main_splitter.setSizes([320, 940])
    geometry, splitter = window.saveGeometry(), window.main_splitter.saveState()
    window.close()
    assert settings_path().exists()
    settings = Settings()
    # What a new window restores (Qt then fits it to the screen: 800x600 offscreen).
    assert settings.geometry("mainWindow") == geometry
    assert settings.splitter("main") == splitter
    assert settings.last_agreement(tmp_path / "g.slaw") == window.session.current_id
    settings.add_recent_file(tmp_path / "g.slaw")
    settings.add_recent_file(tmp_path / "h.slaw")
    assert Settings().recent_files() == [str((tmp_path / "h.slaw").resolve()),
                                         str((tmp_path / "g.slaw").resolve())]
    settings.set_language("es")
    settings.set_language("xx")
    assert Settings().language() == "es"
    store = Store.open(tmp_path / "g.slaw")
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    again = MainWindow(session, Settings())
    again.on_close.append(store.close)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    # The offscreen screen is 800 px wide, smaller than the saved window: give it room.
    again.resize(1280, 800)
    again.show()
    assert abs(again.main_splitter.sizes()[0] - 320) <= 10  # not the default 280


def test_recent_files_menu_opens_through_the_launcher(tmp_path: Path, qtbot: object) -> None:
    make_file(tmp_path / "r.slaw")
    make_file(tmp_path / "other.slaw")
    Settings().add_recent_file(tmp_path / "other.slaw")
    opened: list[tuple[str, bool]] = []
    store = Store.open(tmp_path / "r.slaw")
    session = AgreementSession(store)
    window = MainWindow(session, Settings(), extensions=(),
                        open_file=lambda p, ro: opened.append((p, ro)) is None)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window._fill_recent()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == [str((tmp_path / "other.slaw").resolve())]
    actions[0].trigger()
    assert opened == [(str((tmp_path / "other.slaw").resolve()), False)]
    store.close()


def test_presenter_mode_opens_full_screen(tmp_path: Path, qtbot: object) -> None:
    make_file(tmp_path / "p.slaw")
    window = open_window(qtbot, tmp_path / "p.slaw")
    assert window.presenter_action.isEnabled()
    window.presenter_action.trigger()
    assert window.presenter is not None
    assert window.presenter.isVisible()
    assert window.presenter.windowState() & Qt.WindowState.WindowFullScreen
    window.presenter.close()


def test_an_editor_on_a_hidden_tab_shows_the_new_values_when_opened(tmp_path: Path,
                                                                     qtbot: object) -> None:
    make_file(tmp_path / "h.slaw")
    window = open_window(qtbot, tmp_path / "h.slaw")
    editor = window.reporting_editor
    assert window.tabs.currentIndex() == 0 and not editor.isVisible()
    assert editor.green.text() == "100"

    def set_green(agreement: object) -> None:
        agreement.thresholds.green = Decimal("0.95")  # type: ignore[attr-defined]

    assert window.session.edit("Change thresholds", set_green)
    assert editor.green.text() == "100"  # not refilled while nobody can see it
    window.show_tab_of(editor)
    assert editor.isVisible()
    assert editor.green.text() == "95"
    window.session.undo_stack.undo()  # visible now: follows at once
    assert editor.green.text() == "100"


def test_the_agreement_list_is_reloaded_only_when_what_it_shows_changes(
        tmp_path: Path, qtbot: object) -> None:
    make_file(tmp_path / "l.slaw")
    window = open_window(qtbot, tmp_path / "l.slaw")
    session = window.session
    reloads: list[int] = []
    session.agreementsChanged.connect(lambda: reloads.append(1))
    model = window.stages_editor.model
    assert model.setData(model.index(1, RATE), "33")
    assert reloads == []
    assert session.edit("Rename", lambda a: setattr(a, "title", "Renamed SLA"))
    assert reloads == [1]
    assert window.agreement_list.model.data(window.agreement_list.model.index(0, 0)) == \
        "Renamed SLA"
    session.undo_stack.undo()
    assert reloads == [1, 1]
    assert [s.title for s in session.summaries()] == ["Sales & Marketing SLA 2027"]


def test_undoing_a_delete_brings_back_the_drafts_actuals(tmp_path: Path, qtbot: object,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.slaw"
    agreement_id = make_file(path)
    with Store.open(path) as store:
        store.apply_actuals(agreement_id, {("Leads", "2027-02"): Decimal(88)})
    window = open_window(qtbot, path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.session.summaries() == []
    assert window.session.store.actuals(agreement_id) == {}
    window.undo_action.trigger()
    assert window.session.current_id == agreement_id
    assert window.session.store.actuals(agreement_id) == {"Leads": {"2027-02": Decimal(88)}}
    window.redo_action.trigger()
    assert window.session.store.actuals(agreement_id) == {}
    window.undo_action.trigger()
    assert window.session.store.actuals(agreement_id) == {"Leads": {"2027-02": Decimal(88)}}


def test_the_list_of_agreements_sees_what_another_program_wrote(tmp_path: Path,
                                                                 qtbot: object) -> None:
    path = tmp_path / "shared.slaw"
    make_file(path)
    window = open_window(qtbot, path)
    assert window.agreement_list.model.rowCount() == 1
    with Store.open(path) as other:  # the command line, say, makes the copy's usual title
        copy = demo_agreement("en")
        copy.title = "Sales & Marketing SLA 2027 (copy)"
        other.create(copy)
    # Duplicate knows that title is taken, and the list shows all three.
    window.duplicate_action.trigger()
    model = window.agreement_list.model
    titles = sorted(str(model.data(model.index(row, 0))) for row in range(model.rowCount()))
    assert titles == ["Sales & Marketing SLA 2027", "Sales & Marketing SLA 2027 (copy)",
                      "Sales & Marketing SLA 2027 (copy) 2"]


def test_a_change_that_cannot_be_written_is_not_made_and_says_why(
        tmp_path: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "stick.slaw"
    make_file(path)
    window = open_window(qtbot, path)
    session, stack = window.session, window.session.undo_stack
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warnings.append(text))
    model = window.stages_editor.model
    assert model.setData(model.index(1, RATE), "35")
    QApplication.processEvents()  # shown, then written in the same turn
    assert stack.count() == 1
    before = path.read_bytes()
    # The drive stops taking writes (SQLite refuses them as it would a pulled USB stick).
    session.store.conn.execute("PRAGMA query_only = ON")
    refused: list[list[object]] = []
    session.editRefused.connect(refused.append)
    # Each is shown, then its write fails in the same event-loop turn and the view goes back.
    for text in ("36", "37"):
        assert model.setData(model.index(1, RATE), text)
        QApplication.processEvents()
    assert stack.count() == 1 and stack.index() == 1
    assert session.agreement is not None and str(session.agreement.stages[1].rate) == "0.35"
    assert model.data(model.index(1, RATE)) == "35"
    assert path.read_bytes() == before
    # One dialog for the streak, the reason under the field / in the status bar each time.
    assert len(warnings) == 1 and "could not be written" in warnings[0]
    assert "attempt to write a readonly database" in warnings[0]
    assert "Free some space or reconnect the drive" in warnings[0]
    assert len(refused) == 2 and "could not be written" in str(refused[-1][0])
    assert window.save_state.text() == "Last change not saved"
    # Undo cannot write either: the step leaves the stack, the file and the view keep 35 %.
    window.undo_action.trigger()
    assert stack.count() == 0
    assert str(session.agreement.stages[1].rate) == "0.35"
    assert path.read_bytes() == before
    # The drive is back: changes are written again, and the next failure warns again.
    session.store.conn.execute("PRAGMA query_only = OFF")
    assert model.setData(model.index(1, RATE), "38")
    QApplication.processEvents()
    assert window.save_state.text().startswith("All changes saved")
    with Store.open(path, read_only=True) as other:
        assert str(other.load(session.current_id).stages[1].rate) == "0.38"


def test_a_failed_write_in_presenter_mode_is_reported_over_the_presenter(
        tmp_path: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "room.slaw"
    make_file(path)
    window = open_window(qtbot, path)
    parents: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, _title, _text, *a: parents.append(parent))
    window.show_presenter()
    presenter = window.presenter
    presenter.activateWindow()
    qtbot.waitUntil(lambda: presenter.isActiveWindow())  # type: ignore[attr-defined]
    window.session.store.conn.execute("PRAGMA query_only = ON")
    presenter.revenue_spin.setValue(presenter.revenue_spin.value() + 100000)
    QApplication.processEvents()  # shown, then written (and refused) in the same turn
    assert parents == [presenter]
    assert str(window.session.agreement.objective.revenue) == "1200000"
    presenter.close()
