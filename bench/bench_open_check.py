"""Time to open a workshop file, which checks every stored value it will read back.

A file with the demo agreement and N actuals (default 100,000: far more than 20 KPIs over 60
months) is opened read-only several times in this process; prints the median and the range.
Run: python bench/bench_open_check.py [ACTUALS] [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slaworkshop.demo import demo_agreement  # noqa: E402
from slaworkshop.store import Store  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.slaw"
        with Store.open(path) as store:
            agreement_id = store.create(demo_agreement())
            store.apply_actuals(agreement_id, {
                (f"KPI {i % 100}", f"{2000 + i // 1200}-{i // 100 % 12 + 1:02d}"):
                    Decimal(i) / 7 if i % 3 else Decimal(i) for i in range(count)})
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            Store.open(path, read_only=True).close()
            times.append(time.perf_counter() - started)
    print(f"open with {count} actuals: median {statistics.median(times) * 1000:.0f} ms "
          f"(range {min(times) * 1000:.0f}–{max(times) * 1000:.0f} ms, {runs} runs)")


if __name__ == "__main__":
    main()
