"""Live update: from a conversion-rate change in the stages editor to the plan recomputed,
the funnel chart, monthly chart and monthly table updated and the window painted.

Each change goes through the editor's table model (``setData`` → ``session.edit`` → one
transaction in the workshop file → plan → widgets), then ``window.repaint()`` paints it
synchronously. Prints median and p95 over 400 changes (target p95 ≤ 16 ms), and the share
spent writing the file. Run: QT_QPA_PLATFORM=offscreen python bench/bench_live_update.py
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

from PySide6.QtWidgets import QApplication

from slaworkshop.demo import demo_agreement
from slaworkshop.store import Store
from ui.main_window import MainWindow
from ui.models.stages_model import RATE
from ui.session import AgreementSession

CHANGES = 400


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SLAWORKSHOP_CONFIG_DIR"] = folder
        path = Path(folder) / "bench.slaw"
        store = Store.open(path)
        agreement_id = store.create(demo_agreement("en"))
        session = AgreementSession(store)
        session.select(agreement_id)
        window = MainWindow(session, None, extensions=())
        window.resize(1280, 800)
        window.show()
        for _ in range(5):
            app.processEvents()
        model = window.stages_editor.model
        write_times: list[float] = []
        original_save = store.save

        def timed_save(agreement: object) -> bool:
            start = time.perf_counter()
            result = original_save(agreement)  # type: ignore[arg-type]
            write_times.append((time.perf_counter() - start) * 1000)
            return result

        store.save = timed_save  # type: ignore[method-assign]
        samples: list[float] = []
        for i in range(CHANGES):
            rate = f"{10 + (i % 40)}.5"
            start = time.perf_counter()
            if not model.setData(model.index(1, RATE), rate):
                raise SystemExit(f"change {i} was refused")
            window.repaint()
            samples.append((time.perf_counter() - start) * 1000)
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
    print(f"  of which writing the file: median {statistics.median(write_times):.2f} ms, "
          f"p95 {percentile(write_times, 0.95):.2f} ms")


if __name__ == "__main__":
    main()
