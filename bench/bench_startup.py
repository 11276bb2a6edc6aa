"""Start-up: time to the first painted main window with the demo agreement loaded, as a whole
process (``main.py --db X --screenshot out.png``), against a bare PySide6 + pyqtgraph window
(a bar chart grabbed to PNG) in the same run. Several runs each, median; target ≤ 1.3×.
Run: python bench/bench_startup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.addItem(pg.BarGraphItem(x0=0, y=list(range(6)), height=0.6, width=[6, 5, 4, 3, 2, 1]))
window.setCentralWidget(plot)
window.resize(1280, 800)
window.show()
for _ in range(5):
    app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   SLAWORKSHOP_CONFIG_DIR=str(base / "config"),
                   SLAWORKSHOP_DATA_DIR=str(base / "data"))
        # As installed: bytecode cached (pip compiles it at install; the warm-up runs below
        # write it for a source checkout). Without this, a shell that sets
        # PYTHONDONTWRITEBYTECODE would time the compiling of the app's own modules.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = base / "bench.slaw"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db)],
                       env=env, check=True, capture_output=True)
        bare_script = base / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        app_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--screenshot",
                   str(base / "app.png")]
        bare_cmd = [sys.executable, str(bare_script), str(base / "bare.png")]
        # One warm-up each so both start from the same (warm) file cache and bytecode.
        timed(app_cmd, env)
        timed(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(runs):
            app_times.append(timed(app_cmd, env))
            bare_times.append(timed(bare_cmd, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"start-up to a painted window, {runs} runs each (median):")
    print(f"  SLA Workshop main window with the demo: {app_median * 1000:.0f} ms")
    print(f"  bare PySide6 + pyqtgraph window:        {bare_median * 1000:.0f} ms")
    print(f"  ratio {app_median / bare_median:.2f}× (target ≤ 1.3×)")


if __name__ == "__main__":
    main()
