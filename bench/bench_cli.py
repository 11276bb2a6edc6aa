"""The command line as whole processes: ``slaworkshop list`` and ``show`` against
``python -c 'import sqlite3'`` (the floor: an interpreter that loads SQLite), alternating run
by run in the same process so a busy machine slows them alike. Target: ``list`` ≤ 2.5×.

Run: python bench/bench_cli.py [RUNS]   (bytecode cached, as for an installed command)
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


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "w.slaw"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db)],
                       env=env, check=True, capture_output=True)
        commands = {
            "python -c 'import sqlite3'": [sys.executable, "-c", "import sqlite3"],
            "slaworkshop list": [sys.executable, str(ROOT / "main.py"), "list", "--db", str(db)],
            "slaworkshop show 1": [sys.executable, str(ROOT / "main.py"), "show", "1", "--db",
                                   str(db)],
        }
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm-up: bytecode and file cache
            subprocess.run(command, env=env, check=True, capture_output=True)
        for _ in range(runs):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, env=env, check=True, capture_output=True)
                samples[name].append(time.perf_counter() - start)
    floor = statistics.median(samples["python -c 'import sqlite3'"])
    print(f"command line as whole processes, {runs} runs each, alternating (median):")
    for name, times in samples.items():
        median = statistics.median(times)
        print(f"  {name}: {median * 1000:.0f} ms ({median / floor:.2f}× the floor)")
    print(f"list ratio to python -c 'import sqlite3': "
          f"{statistics.median(samples['slaworkshop list']) / floor:.2f} (target ≤ 2.5)")


if __name__ == "__main__":
    main()
