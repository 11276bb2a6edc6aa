"""Live update: from a conversion-rate change in the stages editor to the plan recomputed,
the funnel chart, monthly chart and monthly table updated and the window painted.

Each change goes through the editor's table model (``setData`` → ``session.edit`` → one
transaction in the workshop file → plan → widgets), then the window is painted synchronously:
the events Qt posts on the way are delivered first (without that, the funnel's graphics scene
never tells its view that it changed, and the chart would not be painted at all), then
``window.repaint()`` paints the window and every widget marked dirty. The benchmark checks
that the funnel chart and the monthly table were painted after every change.

Prints median and p95 over 400 changes (target p95 ≤ 16 ms) and per phase: writing the file
(``Store.save_returning``, one durable transaction), updating the plan and widgets (the rest of
``setData``) and painting. Run: QT_QPA_PLATFORM=offscreen python bench/bench_live_update.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Saved, Store
from ui.main_window import MainWindow
from ui.models.stages_model import RATE
from ui.session import AgreementSession

CHANGES = 400


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


def summary(name: str, samples: list[float]) -> str:
    return (f"  {name}: median {statistics.median(samples):.2f} ms, "
            f"p95 {percentile(samples, 0.95):.2f} ms")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SLAWORKSHOP_CONFIG_DIR"] = folder
        path = Path(folder) / "bench.slaw"
        store = Store.open(path)
        agreement_id = store.create(demo_agreement("en"))
        session = AgreementSession(store)
        session.select(agreement_id)
        window = MainWindow(session, None)
        window.resize(1280, 800)
        window.show()
        for _ in range(5):
            app.processEvents()
        model = window.stages_editor.model
        write_times: list[float] = []
        original_save = store.save_returning

        def timed_save(agreement: object) -> Saved:
            start = time.perf_counter()
            result = original_save(agreement)  # type: ignore[arg-type]
            write_times.append((time.perf_counter() - start) * 1000)
            return result

        store.save_returning = timed_save  # type: ignore[method-assign]
        funnel_painted, table_painted = PaintCounter(), PaintCounter()
        assert window.funnel_chart is not None
        window.funnel_chart.findChildren(pg.GraphicsView)[0].viewport().installEventFilter(
            funnel_painted)
        window.monthly_table.viewport().installEventFilter(table_painted)
        samples: list[float] = []
        update_times: list[float] = []
        paint_times: list[float] = []
        for i in range(CHANGES):
            rate = f"{10 + (i % 40)}.5"
            funnel_before, table_before = funnel_painted.count, table_painted.count
            start = time.perf_counter()
            if not model.setData(model.index(1, RATE), rate):
                raise SystemExit(f"change {i} was refused")
            edited = time.perf_counter()
            app.sendPostedEvents()
            window.repaint()
            end = time.perf_counter()
            samples.append((end - start) * 1000)
            update_times.append((edited - start) * 1000 - write_times[-1])
            paint_times.append((end - edited) * 1000)
            if funnel_painted.count == funnel_before or table_painted.count == table_before:
                raise SystemExit(f"change {i}: the funnel chart or the table was not painted")
        expected = window.session.plan
        assert expected is not None
        shown = window.monthly_table.shown(0, len(expected.months) + 2).replace(",", "")
        assert shown == str(expected.stages[0].annual), (shown, expected.stages[0].annual)
        window.close()
        store.close()
    print(f"live update over {CHANGES} rate changes (edit → file → plan → chart, table → "
          "painted 1280×800 window):")
    print(f"  median {statistics.median(samples):.2f} ms, p95 {percentile(samples, 0.95):.2f} ms, "
          f"max {max(samples):.2f} ms (target p95 ≤ 16 ms)")
    print("per phase:")
    print(summary("writing the file (Store.save_returning, synchronous=FULL)", write_times))
    print(summary("plan + widgets updated (rest of the edit)", update_times))
    print(summary("painting (posted events + window.repaint())", paint_times))


if __name__ == "__main__":
    main()
