"""Plan recompute time: a 6-stage, 12-month plan with lags and seasonality (the demo's),
the same with two segments, team capacity and a budget, and 5 segments × 10 stages × 24 months.

Prints the median and p95 of single recomputes (the live workshop recomputes on every
keystroke; the target is well under a millisecond for the demo, under 5 ms for the large one).
Run: python bench/bench_plan.py
"""

from __future__ import annotations

import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement, CapacityLine, FixedCost, Segment, Stage
from slaworkshop.plan import plan_for

D = Decimal


def with_depth(agreement: Agreement) -> Agreement:
    """The demo with two segments, SDR and AE capacity and a budget."""
    agreement.segments = [Segment("SMB inbound", D("0.55")),
                          Segment("Enterprise outbound", D("0.45"), D(60000),
                                  {"SQL": D("0.35"), "Proposals": D("0.25")})]
    agreement.capacity = [CapacityLine("SDR", "MQL", D(120), D(4500)),
                          CapacityLine("AE", "Proposals", D("7.5"), D(8000))]
    agreement.stage_costs = {"Visits": D("0.85"), "Leads": D(35)}
    agreement.fixed_costs = [FixedCost("Marketing tools", D(1800)), FixedCost("Events", D(2500))]
    agreement.gross_margin = D("0.7")
    return agreement


def large() -> Agreement:
    """5 segments × 10 stages × 24 months, lags, seasonality, capacity on 4 stages, costs."""
    agreement = demo_agreement()
    agreement.months = 24
    agreement.seasonality = [D(8 + (i * 7) % 5) for i in range(24)]
    agreement.stages = [*(Stage(f"Stage {i}", D(f"0.{40 + i * 5}"), lag=i % 2) for i in range(9)),
                        Stage("Customers")]
    agreement.objective.revenue = D(12_000_000)
    agreement.segments = [Segment(f"Segment {i}", D("0.2"), D(20000 + i * 9000),
                                  {f"Stage {i}": D("0.33"), f"Stage {i + 3}": D("0.61")})
                          for i in range(5)]
    agreement.capacity = [CapacityLine(f"Role {i}", f"Stage {i * 2}", D(40 + i), D(5000))
                          for i in range(4)]
    agreement.stage_costs = {f"Stage {i}": D(f"{i + 1}.25") for i in range(5)}
    agreement.fixed_costs = [FixedCost(f"Fixed {i}", D(1000 + i)) for i in range(3)]
    return agreement


def measure(label: str, agreement: Agreement, runs: int, stage: int) -> None:
    samples = []
    base = agreement.objective.revenue
    for i in range(runs):
        # Vary the input like a room typing numbers, so no cache can help.
        agreement.objective.revenue = base + i * 37
        agreement.stages[stage].rate = Decimal(f"0.{(i % 89) + 10}")
        start = time.perf_counter_ns()
        plan_for(agreement)
        samples.append(time.perf_counter_ns() - start)
    samples.sort()
    median = statistics.median(samples) / 1000
    p95 = samples[int(len(samples) * 0.95)] / 1000
    p99 = samples[int(len(samples) * 0.99)] / 1000
    print(f"{label}, {len(samples)} runs:")
    print(f"  median {median:.1f} µs   p95 {p95:.1f} µs   p99 {p99:.1f} µs")


def main() -> None:
    measure("plan recompute (6 stages, 12 months, lags, seasonality)", demo_agreement(),
            20000, 1)
    measure("demo with 2 segments, SDR and AE capacity, a budget", with_depth(demo_agreement()),
            20000, 1)
    measure("5 segments x 10 stages x 24 months, capacity and budget", large(), 3000, 1)


if __name__ == "__main__":
    main()
