"""What a keystroke leaves alone, and what it must still get right: texts that change on
every keystroke (the objective's summary, the status bar's "Saving…" and "All changes saved")
make Qt lay nothing out again and are never cut; a table on a tab behind others waits, and
shows the agreement as it is when its tab comes to the front."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QTime
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.test_deferred_commit import Counted, open_window
from tests.ui.test_deferred_commit import us_locale as us_locale  # an autouse fixture
from ui.widgets.steady_label import WrappedLabelBox


def type_revenue(window: Any, text: str) -> None:
    field = window.objective_editor.revenue
    field.setText(text)
    field.textEdited.emit(text)


def test_keystrokes_in_the_revenue_lay_nothing_out_again(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "steady.slaw")
    editor = window.objective_editor
    requests = Counted(QEvent.Type.LayoutRequest, editor, window.statusBar(),
                       editor.parentWidget())
    for revenue in ("1248000", "1296000", "1344000"):
        type_revenue(window, revenue)
        for _ in range(3):
            QApplication.processEvents()
    assert window.save_state.text().startswith("All changes saved (")
    plan = window.session.plan
    assert plan is not None and plan.won == 34  # 1,344,000 × 60 % / 24,000 = 33.6
    assert editor.summary.text() == ("34 won customers needed: €806,400 of new revenue "
                                     "from marketing-sourced leads at €24,000 per deal.")
    assert requests.count == 0


def test_a_summary_that_needs_another_line_gets_it(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel()
    box = WrappedLabelBox(label, holder)
    box.set_text("Thirty won customers needed.")
    box.setGeometry(0, 0, 200, box.heightForWidth(200))
    holder.resize(220, 300)
    holder.show()
    qtbot.waitExposed(holder)
    one_line = label.height()
    asked = Counted(QEvent.Type.LayoutRequest, holder)
    # Another text of one line: nothing asked of the layout.
    box.set_text("Forty won customers needed.")
    QApplication.processEvents()
    assert asked.count == 0
    # A long one: the box asks for the height of its lines (and would get it in a layout).
    long_text = ("1,234 won customers needed: €1,234,567,890.00 of new revenue from "
                 "marketing-sourced leads at €1,000,000.00 per deal.")
    box.set_text(long_text)
    QApplication.processEvents()
    assert asked.count == 1
    needed = box.heightForWidth(200)
    assert needed >= 3 * one_line
    box.setGeometry(0, 0, 200, needed)
    assert label.text() == long_text and label.height() == needed
    assert label.heightForWidth(200) <= label.height()


def test_every_save_state_text_fits_its_fixed_width(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "fits.slaw")
    label = window.save_state
    assert label.minimumWidth() == label.maximumWidth()
    # Every time of day, as the window writes it (en_US: "10:58 AM", with a narrow space).
    times = [QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
             for hour in range(24) for minute in range(60)]
    assert times[658].endswith("58\u202fAM") or times[658].endswith("58 AM")
    for text in ("Saving…", "Last change not saved", "Read-only", "All changes saved",
                 *(f"All changes saved ({time})" for time in times)):
        label.setText(text)
        assert label.sizeHint().width() <= label.width(), text


def test_every_save_state_text_fits_in_spanish_too(qtbot: Any, tmp_path: Path) -> None:
    """In Spanish the texts are longer and the times 24-hour ("0:46", "23:58"): each
    still fits."""
    from ui.window.app import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_language(app, "es")
    try:
        window = open_window(qtbot, tmp_path / "es.slaw")
        label = window.save_state
        texts = ["Guardando…", "Último cambio sin guardar", "Solo lectura",
                 "Todos los cambios guardados",
                 *(f"Todos los cambios guardados ({hour}:{minute:02})"
                   for hour in range(24) for minute in range(60))]
        for text in texts:
            label.setText(text)
            assert label.sizeHint().width() <= label.width(), text
        # What the window itself writes after a save reads like that.
        window._saved()
        assert label.text().startswith("Todos los cambios guardados (")
        assert label.text() in texts
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_a_hidden_tab_table_catches_up_when_shown(qtbot: Any, tmp_path: Path) -> None:
    """The seasonality table (on a tab behind the stages) waits while people type in the
    plan, and shows the agreement as it is when its tab comes to the front."""
    from decimal import Decimal

    from PySide6.QtTest import QSignalSpy

    window = open_window(qtbot, tmp_path / "held.slaw")
    editor, model = window.seasonality_editor, window.seasonality_editor.model
    assert not editor.isVisible()
    spy = QSignalSpy(model.dataChanged)

    def twelve(agreement: Any) -> None:
        agreement.seasonality = [Decimal(12), *agreement.seasonality[1:]]

    type_revenue(window, "1248000")
    assert window.session.edit("January weight", twelve)
    QApplication.processEvents()
    assert model.held and model.waiting and spy.count() == 0
    window.input_tabs.setCurrentWidget(editor)
    qtbot.waitUntil(editor.isVisible)
    assert not model.held and not model.waiting
    assert model.data(model.index(0, 1)) == "12"
    assert spy.count() == 1
    # Shown, it follows every change again at once.
    window.session.undo_stack.undo()
    assert model.data(model.index(0, 1)) == "8"


def test_an_editor_is_refreshed_only_by_changes_it_shows(qtbot: Any, tmp_path: Path,
                                                         monkeypatch: Any) -> None:
    """A rate keystroke leaves the objective's fields and summary be; a revenue keystroke
    leaves the stages editor be; each still follows what it shows, and undo."""
    from decimal import Decimal

    from ui.models.stages_model import NAME, RATE

    window = open_window(qtbot, tmp_path / "shown.slaw")
    objective, stages = window.objective_editor, window.stages_editor
    refreshed: list[str] = []
    for editor, name in ((objective, "objective"), (stages, "stages")):
        original = editor.refresh_all
        monkeypatch.setattr(editor, "refresh_all",
                            lambda original=original, name=name: (refreshed.append(name),
                                                                  original()))
    model = stages.model
    assert model.setData(model.index(1, RATE), "31.5")
    assert refreshed == []
    summary = objective.summary.text()
    type_revenue(window, "1190000")  # 29.75 won customers: still 30, another amount
    assert refreshed == ["objective"]
    assert objective.summary.text() != summary
    assert window.session.agreement is not None
    assert window.session.agreement.stages[1].rate == Decimal("0.315")
    refreshed.clear()
    assert model.setData(model.index(2, NAME), "Qualified leads")
    assert refreshed == ["stages"]
    refreshed.clear()
    window.session.flush()
    window.session.undo_stack.undo()  # the name again: the stages editor follows
    window.session.undo_stack.undo()  # the revenue again: the objective follows
    assert refreshed == ["stages", "objective"]
    assert objective.summary.text() == summary
    assert objective.revenue.text() == "1200000"


def test_a_summary_whose_digits_change_keeps_its_lines_and_its_height(qtbot: Any) -> None:
    """Other digits in the same places break the lines where they broke (the font's digits
    are all as wide, and kern with nothing next to them): the box asks for nothing; other
    characters are measured again."""
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel()
    box = WrappedLabelBox(label, holder)
    text = ("30 won customers needed: €714,000 of new revenue from marketing-sourced leads at "
            "€24,000 per deal.")
    box.set_text(text)
    box.setGeometry(0, 0, 260, box.heightForWidth(260))
    holder.resize(280, 300)
    holder.show()
    qtbot.waitExposed(holder)
    asked = Counted(QEvent.Type.LayoutRequest, holder)
    other = text.replace("714,000", "986,000").replace("30", "41")
    box.set_text(other)
    QApplication.processEvents()
    assert asked.count == 0
    assert label.heightForWidth(260) == box.height()  # what a measure would have said
    # More digits: measured again, and the lines they need asked for.
    longer = other.replace("986,000", "1,986,000,000,000,000,000,000,000,000")
    box.set_text(longer)
    QApplication.processEvents()
    assert asked.count > 0


def test_a_keystroke_repaints_the_changing_labels_not_what_is_under_them(
        qtbot: Any, tmp_path: Path) -> None:
    """The save state and the objective's summary fill their own background (the same
    colour as under them): their new texts repaint them alone, not the status bar, the
    summary's box or the window."""
    window = open_window(qtbot, tmp_path / "opaque.slaw")
    for _ in range(3):
        QApplication.processEvents()
    under = Counted(QEvent.Type.Paint, window.statusBar(), window.objective_editor._summary_box)
    labels = Counted(QEvent.Type.Paint, window.save_state, window.objective_editor.summary)
    for revenue in ("1296000", "1344000"):
        type_revenue(window, revenue)
        for _ in range(3):
            QApplication.processEvents()
    assert labels.count >= 4  # each label, at least once a keystroke
    assert under.count == 0
    # And they look as before: the colour of what is under them.
    label = window.save_state
    assert label.autoFillBackground()
    assert (label.palette().color(label.backgroundRole())
            == window.statusBar().palette().color(window.statusBar().backgroundRole()))


def test_the_digits_check_refuses_proportional_or_kerned_digits(qtbot: Any,
                                                                monkeypatch: Any) -> None:
    """A font whose digits differ in width, or kern with a neighbour, changes a word's
    width with its digits: the summary is then measured again (the installed fonts all
    have tabular, unkerned digits, so the font's metrics are stood in for here)."""
    from PySide6.QtGui import QFont

    from ui.widgets import steady_label

    def metrics(widths: Callable[[str], float]) -> type:
        class Metrics:
            def __init__(self, font: object) -> None:
                pass

            def horizontalAdvance(self, text: str) -> float:
                return widths(text)
        return Metrics

    def tabular(text: str) -> float:
        return 7.0 * len(text)

    def proportional(text: str) -> float:
        return sum(7.0 + (0.5 if c == "1" else 0.0) for c in text)

    def kerned(text: str) -> float:  # "€7" closer than "€0"
        return 7.0 * len(text) - (1.0 if "€7" in text else 0.0)

    def compensated(text: str) -> float:
        # A wider "1" kerned tighter next to anything: every pair of digits is as wide as
        # every other, yet "111" is narrower than "000".
        alone = sum(7.5 if c == "1" else 7.0 for c in text)
        return alone - sum(0.5 * ((a == "1") + (b == "1")) for a, b in pairwise(text))

    for name, widths, neighbours, alike in (("tabular", tabular, ["€", ","], True),
                                            ("proportional", proportional, [], False),
                                            ("kerned", kerned, ["€"], False),
                                            ("compensated", compensated, [], False),
                                            ("kerned, other neighbours", kerned, [","], True)):
        monkeypatch.setattr(steady_label, "QFontMetricsF", metrics(widths))
        steady_label._ALIKE.clear()
        assert steady_label._digits_alike(QFont(f"Stand-in {name}"), neighbours) is alike, name
    steady_label._ALIKE.clear()
