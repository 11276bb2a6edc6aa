"""Edits that keep an agreement consistent: renames and removals carried to every reference.

Plain functions over the core's objects (no Qt), used inside ``session.edit`` mutations.
"""

from __future__ import annotations

from decimal import Decimal

from slaworkshop.model import Agreement, Stage, unique_name

DEFAULT_RATE = Decimal("0.5")


def clear_dangling_kpis(agreement: Agreement) -> None:
    """Protocols that name a KPI that no longer exists stop naming it."""
    names = {k.name for k in agreement.kpis()}
    for protocol in agreement.protocols:
        if protocol.kpi and protocol.kpi not in names:
            protocol.kpi = ""


def add_stage(agreement: Agreement, after_row: int | None, name: str) -> int:
    """Insert a stage (never below the last one, the won customers); returns its row."""
    last = len(agreement.stages) - 1
    row = last if after_row is None or after_row >= last else after_row + 1
    row = max(row, 0)
    owner = agreement.stages[min(row, last)].owner if agreement.stages else ""
    taken = [s.name for s in agreement.stages]
    agreement.stages.insert(row, Stage(unique_name(name, taken),
                                       DEFAULT_RATE if agreement.stages else None, owner))
    clear_dangling_kpis(agreement)
    return row


def remove_stage(agreement: Agreement, row: int) -> None:
    removed = agreement.stages.pop(row)
    agreement.forget_stage(removed.name)
    if agreement.stages and row == len(agreement.stages):
        # The stage above becomes the won customers: it converts to nothing.
        agreement.stages[-1].rate = None
        agreement.stages[-1].lag = 0
    del removed
    clear_dangling_kpis(agreement)


def move_stage(agreement: Agreement, row: int, delta: int) -> int:
    """Move a stage up (-1) or down (+1); the last position keeps having no rate or lag."""
    other = row + delta
    stages = agreement.stages
    if not (0 <= row < len(stages) and 0 <= other < len(stages)):
        return row
    last = len(stages) - 1
    if last in (row, other):
        # The rate and lag belong to the position "converts to the next stage".
        stages[row].rate, stages[other].rate = stages[other].rate, stages[row].rate
        stages[row].lag, stages[other].lag = stages[other].lag, stages[row].lag
    stages[row], stages[other] = stages[other], stages[row]
    clear_dangling_kpis(agreement)
    return other


def set_months(agreement: Agreement, months: int) -> None:
    """Change the period's length; seasonality repeats its pattern and KPI targets follow."""
    if agreement.seasonality:
        weights = agreement.seasonality
        agreement.seasonality = [weights[i % len(weights)] for i in range(months)]
    for kpi in agreement.custom_kpis:
        if kpi.targets:
            targets = kpi.targets
            agreement_targets = [targets[i] if i < len(targets) else targets[-1]
                                 for i in range(months)]
            kpi.targets = agreement_targets
    agreement.months = months


def split_aliases(text: str) -> list[str]:
    """``"Sessions, Website visits"`` → ``["Sessions", "Website visits"]`` (no blanks, no
    repeats)."""
    seen: list[str] = []
    for piece in text.replace(";", ",").split(","):
        piece = " ".join(piece.split())
        if piece and piece.casefold() not in (s.casefold() for s in seen):
            seen.append(piece)
    return seen
