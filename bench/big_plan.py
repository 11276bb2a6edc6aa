"""A large agreement for benchmarks and tests: 30 stages × 60 months (the size the live edit
must stay fast at)."""

from __future__ import annotations

from decimal import Decimal

from slaworkshop.demo import demo_agreement
from slaworkshop.model import Agreement, Stage


def big_agreement(stages: int = 30, months: int = 60, language: str = "en") -> Agreement:
    agreement = demo_agreement(language)
    owners = [party.name for party in agreement.parties]
    agreement.months = months
    agreement.seasonality = [Decimal(1 + (m % 12) % 3) for m in range(months)]
    agreement.stages = [
        Stage(f"Stage {n + 1}", None if n == stages - 1 else Decimal("0.8"),
              owners[0 if n < stages // 2 else -1], 0 if n == stages - 1 else n % 2)
        for n in range(stages)]
    agreement.custom_kpis = []
    agreement.protocols = []
    agreement.title = f"Large plan ({stages} stages × {months} months)"
    return agreement
