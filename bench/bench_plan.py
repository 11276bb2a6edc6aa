"""Plan recompute time: a 6-stage, 12-month plan with lags and seasonality (the demo's).

Prints the median and p95 of single recomputes (the live workshop recomputes on every
keystroke; the target is well under a millisecond). Run: python bench/bench_plan.py
"""

from __future__ import annotations

import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from slaworkshop.demo import demo_agreement
from slaworkshop.plan import plan_for


def main() -> None:
    agreement = demo_agreement()
    samples = []
    for i in range(20000):
        # Vary the input like a room typing numbers, so no cache can help.
        agreement.objective.revenue = Decimal(1_000_000 + i * 37)
        agreement.stages[1].rate = Decimal(f"0.{(i % 89) + 10}")
        start = time.perf_counter_ns()
        plan_for(agreement)
        samples.append(time.perf_counter_ns() - start)
    samples.sort()
    median = statistics.median(samples) / 1000
    p95 = samples[int(len(samples) * 0.95)] / 1000
    p99 = samples[int(len(samples) * 0.99)] / 1000
    print(f"plan recompute (6 stages, 12 months, lags, seasonality), {len(samples)} runs:")
    print(f"  median {median:.1f} µs   p95 {p95:.1f} µs   p99 {p99:.1f} µs")


if __name__ == "__main__":
    main()
