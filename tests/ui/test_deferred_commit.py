"""Paint first, then commit (DESIGN §5): an edit is shown at once and written in the same
event-loop turn, right after the window painted it. What people are told stays true: the
status bar says "saved" only for what is in the file; whatever else touches the file writes the
waiting edit first; a kill -9 while typing loses at most the edit not yet reported saved; a
write that fails is reported at once and the agreement shown goes back to the file's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store
from ui.models.stages_model import RATE
from ui.session import AgreementSession
from ui.window.main_window import MainWindow
from ui.window.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def us_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def open_window(qtbot: Any, path: Path, agreements: int = 1,
                extensions: tuple[str, ...] = ()) -> MainWindow:
    with Store.open(path) as store:
        for n in range(agreements):
            agreement = demo_agreement("en")
            agreement.title = f"Agreement {n:04d}" if agreements > 1 else agreement.title
            store.create(agreement)
    store = Store.open(path)
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    window = MainWindow(session, Settings(), extensions=extensions)
    window.on_close.append(store.close)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):  # shown and idle, as before someone starts typing
        one_turn()
    return window


def in_file(path: Path, agreement_id: int | None) -> Any:
    assert agreement_id is not None
    with Store.open(path, read_only=True) as other:
        return other.load(agreement_id)


def one_turn() -> None:
    """What the event loop does after a keystroke: posted events (paints, the write)."""
    QApplication.processEvents()


def type_rate(window: MainWindow, text: str) -> None:
    model = window.stages_editor.model
    assert model.setData(model.index(1, RATE), text)


def set_revenue(agreement: Any) -> None:
    agreement.objective.revenue = Decimal(2500000)


def shown_totals(window: MainWindow) -> list[str]:
    """The monthly table's Total column as people read it."""
    table = window.monthly_table
    last = table.model_.columnCount() - 1
    return [table.shown(row, last) for row in range(table.model_.rowCount())]


class Counted(QObject):
    """Counts the events of one type the widgets it is installed on get (paints, to order
    the paint and the write; layout requests)."""

    def __init__(self, kind: QEvent.Type = QEvent.Type.Paint, *widgets: QObject) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.count += 1
        return False


def test_an_edit_is_painted_then_written_in_the_same_turn_and_only_then_saved(
        tmp_path: Path, qtbot: Any) -> None:
    path = tmp_path / "a.slaw"
    window = open_window(qtbot, path)
    session, table = window.session, window.monthly_table
    painted = Counted()
    table.viewport().installEventFilter(painted)
    paints_at_write: list[int] = []
    original = session.store.save_returning

    def watched(agreement: Any) -> Any:
        paints_at_write.append(painted.count)
        return original(agreement)

    session.store.save_returning = watched  # type: ignore[method-assign]
    totals_before = shown_totals(window)
    type_rate(window, "47")
    # Shown at once: the table holds the new plan, the status bar does not claim it is saved.
    assert shown_totals(window) != totals_before
    assert window.save_state.text() == "Saving…"
    assert str(in_file(path, session.current_id).stages[1].rate) != "0.47"
    one_turn()
    # Contract (DESIGN §5, "after the window has painted the change"): the write began after
    # the table's paint of that turn, and there was exactly one write.
    assert len(paints_at_write) == 1 and paints_at_write[0] >= 1
    assert window.save_state.text().startswith("All changes saved")
    assert str(in_file(path, session.current_id).stages[1].rate) == "0.47"


def test_whenever_the_status_bar_says_saved_the_file_holds_what_is_shown(
        tmp_path: Path, qtbot: Any) -> None:
    path = tmp_path / "a.slaw"
    window = open_window(qtbot, path)
    session = window.session
    checked: list[str] = []

    def on_saved() -> None:
        if window.save_state.text().startswith("All changes saved"):
            shown = window.stages_editor.model.data(window.stages_editor.model.index(1, RATE))
            stored = in_file(path, session.current_id)
            assert str(stored.stages[1].rate * 100).rstrip("0").rstrip(".") == shown
            checked.append(shown)

    for text in ("3", "31", "31.", "31.5", "2", "27"):
        type_rate(window, text)
        assert window.save_state.text() == "Saving…"
        one_turn()
        on_saved()
    assert session.edit("Revenue", set_revenue)
    one_turn()
    on_saved()
    assert checked == ["3", "31", "31", "31.5", "2", "27", "27"]
    assert session.agreement is not None
    assert in_file(path, session.current_id).objective.revenue == Decimal(2500000)
    assert session.agreement.objective.revenue == Decimal(2500000)


@pytest.mark.parametrize("action", ["close", "quit", "switch", "undo", "export", "sign",
                                    "duplicate", "revise-list"])
def test_whatever_touches_the_file_writes_the_waiting_edit_first(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    path = tmp_path / "a.slaw"
    window = open_window(qtbot, path, agreements=2,
                         extensions=("ui.signing.actions",))
    session = window.session
    first = session.current_id
    type_rate(window, "44")
    assert session.pending
    if action == "close":
        window.close()
    elif action == "quit":
        window.quit_action.trigger()
    elif action == "switch":
        second = next(s.id for s in session.summaries() if s.id != first)
        session.select(second)
        assert session.current_id == second
    elif action == "undo":
        window.undo_action.trigger()
        # Undone before it was written: the file and the view hold the rate from before.
        assert str(in_file(path, first).stages[1].rate) == str(
            demo_agreement("en").stages[1].rate)
        assert window.stages_editor.model.data(window.stages_editor.model.index(1, RATE)) != "44"
        window.redo_action.trigger()
        assert window.stages_editor.model.data(window.stages_editor.model.index(1, RATE)) == "44"
    elif action == "export":
        out = tmp_path / "a.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(out), ""))
        window.signing_actions.export(".pdf")  # type: ignore[attr-defined]
        assert out.exists()
    elif action == "sign":
        monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
        window.signing_actions.sign()  # type: ignore[attr-defined]
    elif action == "duplicate":
        window.duplicate_action.trigger()
        copy = session.current_id
        assert copy != first
        assert str(in_file(path, copy).stages[1].rate) == "0.44"
    elif action == "revise-list":
        # Reading the list of agreements from the file (another program wrote it) too.
        with Store.open(path) as other:
            other.create(demo_agreement("en"))
        assert len(session.summaries()) == 3
    assert not session.pending
    assert str(in_file(path, first).stages[1].rate) == "0.44"


def test_a_write_that_fails_is_reported_at_once_and_the_view_goes_back_to_the_file(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "stick.slaw"
    window = open_window(qtbot, path)
    session, stack = window.session, window.session.undo_stack
    model = window.stages_editor.model
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warnings.append(text))
    type_rate(window, "3")
    one_turn()
    assert stack.count() == 1
    before = path.read_bytes()
    totals = shown_totals(window)
    # The drive stops taking writes; the next keystrokes merge into the step written above.
    session.store.conn.execute("PRAGMA query_only = ON")
    type_rate(window, "35")
    assert model.data(model.index(1, RATE)) == "35"  # shown first
    one_turn()
    assert len(warnings) == 1 and "could not be written" in warnings[0]
    assert window.save_state.text() == "Last change not saved"
    # Back to what the file holds, in every view; the step keeps what was written.
    assert model.data(model.index(1, RATE)) == "3"
    assert shown_totals(window) == totals
    assert str(session.agreement.stages[1].rate) == "0.03"  # type: ignore[union-attr]
    assert stack.count() == 1 and path.read_bytes() == before
    # A step of its own that cannot be written leaves the stack.
    assert session.edit("Revenue", set_revenue)
    assert window.objective_editor.revenue.text().replace(",", "") == "2500000"
    one_turn()
    assert stack.count() == 1
    assert session.agreement.objective.revenue == demo_agreement("en").objective.revenue  # type: ignore[union-attr]
    assert window.objective_editor.revenue.text().replace(",", "") == str(
        demo_agreement("en").objective.revenue)
    assert path.read_bytes() == before
    assert len(warnings) == 1  # one dialog for the streak
    session.store.conn.execute("PRAGMA query_only = OFF")
    type_rate(window, "38")
    one_turn()
    assert window.save_state.text().startswith("All changes saved")
    assert str(in_file(path, session.current_id).stages[1].rate) == "0.38"


def test_a_file_gone_is_reported_and_the_view_goes_back(tmp_path: Path, qtbot: Any,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "a.slaw"
    window = open_window(qtbot, path)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warnings.append(text))
    model = window.stages_editor.model
    shown = model.data(model.index(1, RATE))
    # The stick is pulled: the file and its folder are gone (the journal cannot be made).
    path.unlink()
    folder.rmdir()
    type_rate(window, "41")
    one_turn()
    assert len(warnings) == 1 and "could not be written" in warnings[0]
    assert model.data(model.index(1, RATE)) == shown
    assert window.save_state.text() == "Last change not saved"
    assert window.session.undo_stack.count() == 0


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from slaworkshop.store import Store
    from ui.models.stages_model import RATE
    from ui.session import AgreementSession
    from ui.window.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    store = Store.open(Path(sys.argv[1]))
    session = AgreementSession(store)
    session.select(store.list_agreements()[0].id)
    window = MainWindow(session, None)
    window.show()
    model = window.stages_editor.model
    typed = []
    # What the status bar reports, as the user reads it after each turn.
    def report():
        if window.save_state.text().startswith("All changes saved"):
            print("saved", typed[-1], flush=True)
    session.saved.connect(report)
    n = 0
    while True:
        text = str(10 + n % 80)
        typed.append(text)
        print("typed", text, flush=True)
        model.setData(model.index(1, RATE), text)
        app.processEvents()
        n += 1
""")


@pytest.mark.parametrize("after", [7, 23, 61])
def test_kill_9_while_typing_loses_at_most_the_edit_not_yet_reported_saved(
        tmp_path: Path, after: int) -> None:
    path = tmp_path / "typing.slaw"
    with Store.open(path) as store:
        agreement_id = store.create(demo_agreement("en"))
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SLAWORKSHOP_CONFIG_DIR=str(tmp_path),
               PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    saved = 0
    read: list[str] = []
    try:
        for line in child.stdout:
            read.append(line)
            saved += line.startswith("saved")
            if saved >= after:
                break
        # Killed in the middle of typing: the next keystrokes are on their way.
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        # Everything it printed before it died, as the person at the screen read it.
        rest = child.stdout.read()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    # A line cut by the kill is left out.
    printed = [line.split() for line in [*read, *rest.splitlines()] if len(line.split()) == 2]
    last = max(i for i, (kind, _v) in enumerate(printed) if kind == "saved") if any(
        kind == "saved" for kind, _v in printed) else None
    assert last is not None, "typing went on after the first edits were saved"
    last_saved = printed[last][1]
    typed_after = [v for kind, v in printed[last + 1:] if kind == "typed"][:1]
    # The file opens (the hot journal is rolled back) and holds the last edit reported saved,
    # or the one typed after it, which the status bar had not yet reported.
    with Store.open(path, read_only=True) as store:
        stored = store.load(agreement_id).stages[1].rate * 100
    assert stored in {Decimal(v) for v in (last_saved, *typed_after)}, (
        stored, last_saved, typed_after)
    assert Decimal(last_saved) > 0


def test_typing_with_hundreds_of_agreements_reads_no_list_and_labels_each_row_once(
        tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.models import agreement_list_model

    labelled: list[str] = []
    original_label = agreement_list_model.period_label

    def counting_label(start: str, months: int) -> str:
        labelled.append(start)
        return original_label(start, months)

    from ui.agreement import agreement_picker

    monkeypatch.setattr(agreement_list_model, "period_label", counting_label)
    # The drop-down that stands in for the folded list labels its items the same way.
    monkeypatch.setattr(agreement_picker, "period_label", counting_label)
    path = tmp_path / "many.slaw"
    window = open_window(qtbot, path, agreements=200,
                         extensions=("ui.signing.actions", "ui.tracking.actions",
                                     "ui.excel.actions"))
    session = window.session
    rows = window.agreement_list.model
    # Contract (issue 15, "labels computed once per change"): one period label per row at
    # start-up, however often the view painted or measured them: once in the list's model and
    # once in the drop-down that stands in for the folded list.
    assert window.agreement_picker.isVisible()
    assert len(labelled) == 400
    assert rows.rowCount() == 200
    listed, loaded = [], []
    store = session.store
    original_list, original_load = store.list_agreements, store.load
    monkeypatch.setattr(store, "list_agreements",
                        lambda: listed.append(1) or original_list())
    monkeypatch.setattr(store, "load", lambda i: loaded.append(i) or original_load(i))
    labelled.clear()
    walked: list[int] = []
    original_summaries = session.summaries
    monkeypatch.setattr(session, "summaries", lambda: walked.append(1) or original_summaries())
    for n, text in enumerate(("12", "12.5", "13", "30")):
        type_rate(window, text)
        session.edit("Revenue", lambda a, n=n: setattr(a.objective, "revenue",
                                                       Decimal(1_000_000 + n)))
        one_turn()
    # What people see: the plan follows, and the file holds it.
    assert window.stages_editor.model.data(window.stages_editor.model.index(1, RATE)) == "30"
    assert in_file(path, session.current_id).objective.revenue == Decimal(1_000_003)
    # Contract: rates and revenue are not in the list, which is not even walked for them.
    assert walked == []
    # A new title: the list shows it in its place, in the file's order.
    first = session.current_id

    def retitle(a: Any) -> None:
        a.title = "Agreement 0150b"

    assert session.edit("Title", retitle)
    one_turn()
    titles = [rows.data(rows.index(row, 0)) for row in range(rows.rowCount())]
    assert titles.index("Agreement 0150b") == titles.index("Agreement 0150") + 1
    assert window.agreement_list.selected_id() == first
    assert titles == sorted(titles, key=str.lower)
    # Contract (issue 15, "nothing in the live path reads the whole file or the whole list"):
    # no read of the list of agreements; one agreement read per write (Store.save_returning
    # compares with what the file holds), nothing read before the paint; one label per change.
    assert listed == []
    assert len(loaded) == 9 and set(loaded) == {first}
    # The new title: one label in the list and one in the drop-down, no more.
    assert len(labelled) <= 2
    assert window.agreement_picker.findText("Agreement 0150b", Qt.MatchFlag.MatchContains) >= 0
