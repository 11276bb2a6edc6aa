"""Live update: from an edit (a conversion rate in the stages table, or the revenue target
typed into the objective) to the plan recomputed, the funnel chart and monthly table updated
and the window painted — against the cheapest pyqtgraph update of the same bars, measured in
the same process, interleaved change by change so both see the same load.

The app: each change goes through the real widgets (``StagesModel.setData`` or the revenue
field's ``textEdited``, as a keystroke does) → session → plan → widgets; then one turn of the
event loop (``processEvents``) paints the window and, right after the paint, writes the edit
to the workshop file (DESIGN §5). "Painted" is when that write begins: the funnel chart's and
the monthly table's viewports must have had their paint events by then (counted; the
benchmark stops if not). The write (one durable transaction) is timed on its own.

The anchor: a bare pyqtgraph ViewBox in a GraphicsView of the funnel chart's size, holding
one BarGraphItem with the same bars and one text item per bar; each change is
``BarGraphItem.setOpts`` with the plan's widths, the texts set, and the events processed until
its viewport has painted (counted paint events).

Also a 30-stage × 60-month plan (target p95 ≤ 16 ms on a quiet machine).

Run: QT_QPA_PLATFORM=offscreen python bench/bench_live_update.py [--quick]
The last line reads ``p95 ratio to a bare pyqtgraph update: X.XX`` (target ≤ 2.0).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyqtgraph as pg
from big_plan import big_agreement
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsTextItem

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement
from slaworkshop.plan import Plan
from slaworkshop.store import Saved, Store
from ui.models.stages_model import RATE
from ui.plan.funnel_shape import log_widths
from ui.session import AgreementSession
from ui.window.main_window import MainWindow


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class PaintCounter(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Anchor:
    """The bare pyqtgraph update: one BarGraphItem and its texts, repainted."""

    def __init__(self, app: QApplication, size: tuple[int, int], stages: int,
                 qt_texts: bool = False) -> None:
        self.app = app
        self.view = pg.GraphicsView()
        self.box = pg.ViewBox(enableMouse=False)
        self.view.setCentralItem(self.box)
        self.bars = pg.BarGraphItem(x0=[-0.5] * stages, y=list(range(stages)), height=0.64,
                                    width=[1.0] * stages, brush="#1f77b4")
        self.box.addItem(self.bars)
        self.texts: list[Any] = []
        for y in range(stages):
            # pyqtgraph's own TextItem, or (``qt_texts``) Qt's plain text item, which
            # pyqtgraph does not repaint through Python.
            text: Any
            if qt_texts:
                text = QGraphicsTextItem("0")
                text.setFlag(QGraphicsTextItem.GraphicsItemFlag.ItemIgnoresTransformations)
            else:
                text = pg.TextItem("0", anchor=(0.5, 0.5))
            text.setPos(0, y)
            self.box.addItem(text, ignoreBounds=True)
            self.texts.append(text)
        self.box.setRange(xRange=(-0.6, 0.6), yRange=(-0.5, stages - 0.5), padding=0)
        self.view.resize(*size)
        self.view.show()
        self.painted = PaintCounter()
        self.view.viewport().installEventFilter(self.painted)
        for _ in range(5):
            app.processEvents()

    def update(self, plan: Plan) -> float:
        """One update in place; milliseconds to its painted viewport."""
        values = [s.annual for s in plan.stages]
        widths = log_widths(values)
        before = self.painted.count
        start = time.perf_counter()
        self.bars.setOpts(x0=[-w / 2 for w in widths], width=widths)
        for text, value in zip(self.texts, values, strict=True):
            if isinstance(text, pg.TextItem):
                text.setText(f"{value:,}")
            else:
                text.setPlainText(f"{value:,}")
        for _ in range(20):
            self.app.processEvents()
            if self.painted.count > before:
                break
        else:
            raise SystemExit("the bare pyqtgraph view was not painted")
        return (time.perf_counter() - start) * 1000


class App:
    """A main window over a file holding ``agreement``, edited through its widgets."""

    def __init__(self, app: QApplication, folder: Path, agreement: Agreement,
                 write_first: bool = False) -> None:
        self.app = app
        self.write_first = write_first
        self.store = Store.open(folder / f"bench-{id(self)}.slaw")
        agreement_id = self.store.create(agreement)
        self.session = AgreementSession(self.store)
        self.session.select(agreement_id)
        self.window = MainWindow(self.session, None)
        self.window.resize(1280, 800)
        self.window.show()
        for _ in range(5):
            app.processEvents()
        self.funnel_painted, self.table_painted = PaintCounter(), PaintCounter()
        assert self.window.funnel_chart is not None
        self.funnel_view = self.window.funnel_chart.findChildren(pg.GraphicsView)[0]
        self.funnel_view.viewport().installEventFilter(self.funnel_painted)
        self.window.monthly_table.viewport().installEventFilter(self.table_painted)
        self.write_started: float | None = None
        self.writes: list[float] = []
        original_save = self.store.save_returning

        def timed_save(agreement: Agreement) -> Saved:
            self.write_started = time.perf_counter()
            # Painted before the write began (DESIGN §5): else the figure would be wrong.
            self.painted_at_write = (self.funnel_painted.count > self._funnel_before
                                     and self.table_painted.count > self._table_before)
            result = original_save(agreement)
            self.writes.append((time.perf_counter() - self.write_started) * 1000)
            return result

        self.store.save_returning = timed_save  # type: ignore[method-assign]
        self._funnel_before = self._table_before = 0
        self.painted_at_write = False
        if write_first:
            # For comparison, as before paint-first: the edit is written before the widgets
            # are updated and painted.
            session = self.session
            defer = session._defer

            def write_now(command: object) -> None:
                defer(command)  # type: ignore[arg-type]
                session.flush()

            session._defer = write_now  # type: ignore[method-assign]

    def change(self, edit: Callable[[], None]) -> tuple[float, float]:
        """One edit; (ms to the painted window, ms of the whole turn with the write)."""
        self._funnel_before, self._table_before = (self.funnel_painted.count,
                                                   self.table_painted.count)
        self.write_started = None
        start = time.perf_counter()
        edit()
        if self.write_first:
            for _ in range(20):
                self.app.processEvents()
                if (self.funnel_painted.count > self._funnel_before
                        and self.table_painted.count > self._table_before):
                    break
            else:
                raise SystemExit("the funnel chart or the table was not painted")
            end = time.perf_counter()
            return (end - start) * 1000, (end - start) * 1000
        for _ in range(20):
            self.app.processEvents()
            if self.write_started is not None:
                break
        else:
            raise SystemExit("the edit was not written in the turn after it")
        end = time.perf_counter()
        if not self.painted_at_write:
            raise SystemExit("the funnel chart or the table was not painted before the write "
                             f"(funnel {self.funnel_painted.count - self._funnel_before}, "
                             f"table {self.table_painted.count - self._table_before})")
        assert self.write_started is not None
        return (self.write_started - start) * 1000, (end - start) * 1000

    def rate(self, text: str) -> Callable[[], None]:
        model = self.window.stages_editor.model

        def edit() -> None:
            if not model.setData(model.index(1, RATE), text):
                raise SystemExit(f"the rate {text} was refused")

        return edit

    def revenue(self, text: str) -> Callable[[], None]:
        field = self.window.objective_editor.revenue

        def edit() -> None:
            field.setText(text)
            field.textEdited.emit(text)  # what a keystroke in the field sends

        return edit

    def check(self, folder: Path) -> None:
        """What the window shows is the plan, and the file holds it."""
        plan = self.session.plan
        assert plan is not None
        last = self.window.monthly_table.model_.columnCount() - 1
        shown = self.window.monthly_table.shown(0, last).replace(",", "")
        assert shown == str(plan.stages[0].annual), (shown, plan.stages[0].annual)
        assert self.session.current_id is not None
        with Store.open(self.store.path, read_only=True) as other:
            assert other.load(self.session.current_id) == self.session.agreement

    def close(self) -> None:
        self.window.close()
        self.store.close()


def run(app: QApplication, agreement: Agreement, changes: int, folder: Path,
        write_first: bool = False) -> dict[str, list[float]]:
    """``changes`` edits, rates and revenue alternating, each followed by one anchor update."""
    subject = App(app, folder, agreement, write_first)
    assert subject.window.funnel_chart is not None
    size = subject.funnel_view.size()
    anchor = Anchor(app, (size.width(), size.height()), len(agreement.stages))
    qt_anchor = Anchor(app, (size.width(), size.height()), len(agreement.stages),
                       qt_texts=True)
    times: dict[str, list[float]] = {"rate": [], "revenue": [], "turn": [], "anchor": [],
                                     "qt anchor": []}
    for i in range(changes):
        if i % 2 == 0:
            kind, edit = "rate", subject.rate(f"{10 + (i // 2) % 40}.5")
        else:
            # Steps of 48,000 (two deals): every edit changes numbers the table shows.
            kind, edit = "revenue", subject.revenue(str(1_000_000 + 48_000 * (i % 23)))
        try:
            painted, turn = subject.change(edit)
        except SystemExit as exc:
            raise SystemExit(f"change {i} ({kind}): {exc}") from None
        # What the write's turn left to paint (the status bar's "saved") is painted before the
        # anchor is timed, so it is not counted against the anchor.
        for _ in range(3):
            app.processEvents()
        times[kind].append(painted)
        times["turn"].append(turn)
        assert subject.session.plan is not None
        times["anchor"].append(anchor.update(subject.session.plan))
        times["qt anchor"].append(qt_anchor.update(subject.session.plan))
    times["write"] = subject.writes
    subject.check(folder)
    subject.close()
    anchor.view.close()
    qt_anchor.view.close()
    return times


def line(name: str, samples: list[float]) -> str:
    return (f"  {name}: median {statistics.median(samples):.2f} ms, "
            f"p95 {percentile(samples, 0.95):.2f} ms, max {max(samples):.2f} ms "
            f"({len(samples)} changes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer changes (under a minute)")
    args = parser.parse_args()
    changes, large_changes = (300, 100) if args.quick else (800, 300)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["SLAWORKSHOP_CONFIG_DIR"] = str(folder)
        demo = run(app, demo_agreement("en"), changes, folder)
        before = run(app, demo_agreement("en"), changes // 2, folder, write_first=True)
        large = run(app, big_agreement(30, 60), large_changes, folder)
    edits = demo["rate"] + demo["revenue"]
    print(f"live update, edit → window painted (1280×800), demo plan, {changes} changes "
          "(rates and revenue alternating), each followed by a bare pyqtgraph update:")
    print(line("rate edits", demo["rate"]))
    print(line("revenue edits", demo["revenue"]))
    print(line("all edits", edits))
    print(line("bare pyqtgraph update (setOpts + pg.TextItem texts + painted viewport)",
               demo["anchor"]))
    print(line("the same with Qt's QGraphicsTextItem texts", demo["qt anchor"]))
    print(f"  p95 ratio to the bare update with QGraphicsTextItem texts: "
          f"{percentile(edits, 0.95) / percentile(demo['qt anchor'], 0.95):.2f}")
    print(line("the whole turn: painted, then written", demo["turn"]))
    print(line("the write after the paint (Store.save_returning, synchronous=FULL)",
               demo["write"]))
    before_edits = before["rate"] + before["revenue"]
    print("for comparison, writing first and painting after (as before paint-first), "
          f"{changes // 2} changes:")
    print(line("all edits, edit → written → painted", before_edits))
    print(line("its bare pyqtgraph updates", before["anchor"]))
    print(f"  p95 ratio to a bare pyqtgraph update, writing first: "
          f"{percentile(before_edits, 0.95) / percentile(before['anchor'], 0.95):.2f}")
    large_edits = large["rate"] + large["revenue"]
    print(f"30 stages × 60 months, {large_changes} changes (target p95 ≤ 16 ms on a quiet "
          "machine):")
    print(line("all edits", large_edits))
    print(line("bare pyqtgraph update of 30 bars", large["anchor"]))
    print(line("the write after the paint", large["write"]))
    print(f"  p95 ratio to a bare pyqtgraph update of the same 30 bars: "
          f"{percentile(large_edits, 0.95) / percentile(large['anchor'], 0.95):.2f}")
    ratio = percentile(edits, 0.95) / percentile(demo["anchor"], 0.95)
    print(f"p95 ratio to a bare pyqtgraph update: {ratio:.2f}")


if __name__ == "__main__":
    main()
