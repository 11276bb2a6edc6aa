"""Start-up: time to the first painted main window as a whole process
(``main.py --db X --screenshot out.png``) with 1, 200 and 1,000 agreements in the file, against
a bare PySide6 + pyqtgraph window (a bar chart grabbed to PNG) in the same run. The programs
alternate run by run, so a busy machine slows them alike; prints the medians and quartiles and
the ratios (targets: 200 agreements ≤ 1.15× one agreement; the app with one ≤ 1.2× the bare
window, first painted window). Also the cost of ``PRAGMA quick_check``, which every open of a
workshop file runs (DESIGN §6), on the 200-agreement file.

Run: python bench/bench_startup.py [RUNS]   (PYTHONDONTWRITEBYTECODE is ignored: bytecode is
cached, as for an installed app)
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slaworkshop.demo import demo_agreement  # noqa: E402
from slaworkshop.store import Store  # noqa: E402

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

SIZES = (1, 200, 1000)


def timed(command: list[str], env: dict[str, str], png: Path) -> tuple[float, float]:
    """(whole process, start to the painted window's PNG written) in seconds.

    The second leaves out the interpreter's exit; it is read from the PNG's modification
    time, so it is as fine as the file system's clock.
    """
    png.unlink(missing_ok=True)
    wall_start, start = time.time_ns(), time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    whole = time.perf_counter() - start
    return whole, (png.stat().st_mtime_ns - wall_start) / 1e9


def make_file(path: Path, agreements: int) -> None:
    with Store.open(path) as store:
        for n in range(agreements):
            agreement = demo_agreement("en")
            if agreements > 1:
                agreement.title = f"{agreement.title} — team {n + 1:04d}"
            store.create(agreement)


def quick_check_ms(path: Path, runs: int = 30) -> float:
    """Median milliseconds of ``PRAGMA quick_check`` on ``path`` (warm file cache)."""
    samples = []
    for _ in range(runs):
        conn = sqlite3.connect(path)
        start = time.perf_counter()
        conn.execute("PRAGMA quick_check").fetchall()
        samples.append((time.perf_counter() - start) * 1000)
        conn.close()
    return statistics.median(samples)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   SLAWORKSHOP_CONFIG_DIR=str(base / "config"),
                   SLAWORKSHOP_DATA_DIR=str(base / "data"))
        # As installed: bytecode cached (the warm-up runs write it for a source checkout).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare_script = base / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        commands: dict[str, tuple[list[str], Path]] = {}
        files = {}
        for size in SIZES:
            db = base / f"w{size}.slaw"
            make_file(db, size)
            files[size] = db
            png = base / f"app{size}.png"
            commands[f"app {size}"] = ([sys.executable, str(ROOT / "main.py"), "--db", str(db),
                                        "--screenshot", str(png)], png)
        bare_png = base / "bare.png"
        commands["bare"] = ([sys.executable, str(bare_script), str(bare_png)], bare_png)
        for command, png in commands.values():  # warm-up: file cache and bytecode
            timed(command, env, png)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (command, png) in commands.items():
                results[name].append(timed(command, env, png))
        check = {size: quick_check_ms(db) for size, db in files.items()}
        sizes = {size: db.stat().st_size for size, db in files.items()}

    def median(name: str, which: int) -> float:
        return statistics.median(r[which] for r in results[name])

    def spread(name: str) -> str:
        low, _, high = statistics.quantiles([r[0] for r in results[name]], n=4)
        return f"quartiles {low * 1000:.0f}–{high * 1000:.0f} ms"

    print(f"start-up to a painted 1280×800 window, {runs} runs each, alternating (median):")
    for name in commands:
        label = ("bare PySide6 + pyqtgraph window" if name == "bare"
                 else f"SLA Workshop, {name.split()[1]} agreement(s) in the file")
        print(f"  {label}: whole process {median(name, 0) * 1000:.0f} ms ({spread(name)}), "
              f"to the PNG written {median(name, 1) * 1000:.0f} ms")
    for size in SIZES[1:]:
        print(f"  {size} agreements vs 1: whole process "
              f"{median(f'app {size}', 0) / median('app 1', 0):.2f}×, to the PNG "
              f"{median(f'app {size}', 1) / median('app 1', 1):.2f}× (target for 200 ≤ 1.15×)")
    print(f"  app (1 agreement) vs bare window: whole process "
          f"{median('app 1', 0) / median('bare', 0):.2f}×, first painted window (PNG written) "
          f"{median('app 1', 1) / median('bare', 1):.2f}× (target ≤ 1.2×)")
    print("PRAGMA quick_check on open (kept, DESIGN §6), median of 30:")
    for size in SIZES:
        print(f"  {size} agreement(s), {sizes[size] / 1024:.0f} KiB: {check[size]:.2f} ms")
    print(f"  at 200 agreements that is {check[200] / (median('app 200', 1) * 1000) * 100:.1f} % "
          "of the start-up to the painted window")


if __name__ == "__main__":
    main()
