"""Start-up: time to the first painted main window with the demo agreement loaded, as a whole
process (``main.py --db X --screenshot out.png``), against a bare PySide6 + pyqtgraph window
(a bar chart grabbed to PNG) in the same run. The two alternate, 15 runs each by default;
prints the medians (target ≤ 1.3×) and the quartiles, since a shared machine is noisy.
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


def timed(command: list[str], env: dict[str, str], png: Path) -> tuple[float, float]:
    """(whole process, start to the painted window's PNG written) in seconds.

    The second leaves out the interpreter's exit (100–200 ms here for both programs); it is
    read from the PNG's modification time, so it is as fine as the file system's clock.
    """
    png.unlink(missing_ok=True)
    wall_start, start = time.time_ns(), time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    whole = time.perf_counter() - start
    return whole, (png.stat().st_mtime_ns - wall_start) / 1e9


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
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
        app_png, bare_png = base / "app.png", base / "bare.png"
        app_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--screenshot",
                   str(app_png)]
        bare_cmd = [sys.executable, str(bare_script), str(bare_png)]
        # One warm-up each so both start from the same (warm) file cache and bytecode.
        timed(app_cmd, env, app_png)
        timed(bare_cmd, env, bare_png)
        app_runs, bare_runs = [], []
        for _ in range(runs):
            app_runs.append(timed(app_cmd, env, app_png))
            bare_runs.append(timed(bare_cmd, env, bare_png))
    app_times, bare_times = [r[0] for r in app_runs], [r[0] for r in bare_runs]
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    app_painted = statistics.median(r[1] for r in app_runs)
    bare_painted = statistics.median(r[1] for r in bare_runs)

    def spread(times: list[float]) -> str:
        low, _, high = statistics.quantiles(times, n=4)
        return f"(quartiles {low * 1000:.0f}–{high * 1000:.0f} ms)"

    print(f"start-up to a painted window, {runs} runs each (median):")
    print(f"  SLA Workshop main window with the demo: {app_median * 1000:.0f} ms "
          f"{spread(app_times)}")
    print(f"  bare PySide6 + pyqtgraph window:        {bare_median * 1000:.0f} ms "
          f"{spread(bare_times)}")
    print(f"  ratio {app_median / bare_median:.2f}× (target ≤ 1.3×)")
    print("start to the painted window's PNG written, leaving out the exit (median):")
    print(f"  SLA Workshop {app_painted * 1000:.0f} ms, bare {bare_painted * 1000:.0f} ms, "
          f"ratio {app_painted / bare_painted:.2f}×")


if __name__ == "__main__":
    main()
