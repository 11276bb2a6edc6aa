"""What changed between two revisions of an agreement: objective, targets, rates, protocols, KPIs.

``compare(old, new)`` returns a flat list of changes in the order a reader goes through the
document. ``Change.field`` is one of ``FIELDS`` (the dialog translates them); values are
language-neutral text: numbers as written, rates as percents, names and the agreement's own
wording.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from slaworkshop.model import Agreement, ValidationError
from slaworkshop.plan import Plan, cents, plan_for

FIELDS = (
    "title", "organisation", "currency", "start", "months", "revenue", "deal value",
    "marketing share", "seasonality", "representative", "role", "conversion rate",
    "lag in months", "owner", "stage order", "won customers", "annual target", "monthly targets",
    "from and to", "definition", "commitment", "KPI", "KPI target", "unit", "direction",
    "targets", "description", "cadence", "review month", "green threshold", "amber threshold",
    "share", "stage", "per person", "cost per person", "unit cost", "fixed cost",
    "gross margin", "spend KPI", "annual budget",
)


class Section(StrEnum):
    AGREEMENT = "agreement"
    OBJECTIVE = "objective"
    PARTIES = "parties"
    RATES = "rates"
    TARGETS = "targets"
    PROTOCOLS = "protocols"
    KPIS = "kpis"
    REPORTING = "reporting"
    # Segments, team capacity and budget (DESIGN §4b).
    PLANNING = "planning"


@dataclass(frozen=True)
class Change:
    """One difference: ``before`` is None for something added, ``after`` None for removed."""

    section: Section
    item: str
    field: str
    before: str | None
    after: str | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        return "changed"

    def __str__(self) -> str:
        what = f"{self.item} {self.field}".strip()
        if self.before is None:
            return f"{self.section}: {what} added: {self.after}"
        if self.after is None:
            return f"{self.section}: {what} removed (was {self.before})"
        return f"{self.section}: {what}: {self.before} → {self.after}"


def percent(rate: Decimal | None) -> str:
    if rate is None:
        return "—"
    value = (rate * 100).normalize()
    text = f"{value:f}"
    return f"{text}%"


def number(value: Decimal | int | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return str(value)
    normal = value.normalize()
    return f"{normal:f}"


def _targets(values: Sequence[Decimal | None]) -> str:
    """One value when every month has the same target, else the months' values in order."""
    if not values:
        return "—"
    texts = [number(v) for v in values]
    if len(set(texts)) == 1:
        return texts[0]
    return ", ".join(texts)


def _plan(agreement: Agreement) -> Plan | None:
    try:
        return plan_for(agreement)
    except ValidationError:
        return None


def _field(changes: list[Change], section: Section, item: str, field: str, before: str,
           after: str) -> None:
    if before != after:
        changes.append(Change(section, item, field, before, after))


def compare(old: Agreement, new: Agreement) -> list[Change]:
    """Every difference from ``old`` to ``new`` that a reader of the agreement would notice."""
    changes: list[Change] = []
    agreement = Section.AGREEMENT
    _field(changes, agreement, "", "title", old.title, new.title)
    _field(changes, agreement, "", "organisation", old.organisation, new.organisation)
    _field(changes, agreement, "", "currency", old.currency, new.currency)
    _field(changes, agreement, "", "start", old.start, new.start)
    _field(changes, agreement, "", "months", str(old.months), str(new.months))

    objective = Section.OBJECTIVE
    _field(changes, objective, "", "revenue", number(old.objective.revenue),
           number(new.objective.revenue))
    _field(changes, objective, "", "deal value", number(old.objective.deal_value),
           number(new.objective.deal_value))
    _field(changes, objective, "", "marketing share", percent(old.objective.marketing_share),
           percent(new.objective.marketing_share))
    _field(changes, objective, "", "seasonality",
           ", ".join(number(w) for w in old.weights), ", ".join(number(w) for w in new.weights))

    _compare_parties(changes, old, new)
    _compare_stages(changes, old, new)
    _compare_targets(changes, old, new)
    _compare_protocols(changes, old, new)
    _compare_kpis(changes, old, new)
    _compare_planning_depth(changes, old, new)

    reporting = Section.REPORTING
    _field(changes, reporting, "", "cadence", old.reporting_cadence, new.reporting_cadence)
    _field(changes, reporting, "", "review month", old.review_month or "—",
           new.review_month or "—")
    _field(changes, reporting, "", "green threshold", percent(old.thresholds.green),
           percent(new.thresholds.green))
    _field(changes, reporting, "", "amber threshold", percent(old.thresholds.amber),
           percent(new.thresholds.amber))
    return changes


def _compare_parties(changes: list[Change], old: Agreement, new: Agreement) -> None:
    before = {p.name: p for p in old.parties}
    after = {p.name: p for p in new.parties}
    for name, party in before.items():
        if name not in after:
            changes.append(Change(Section.PARTIES, name, "representative",
                                  _party_text(party), None))
    for name, party in after.items():
        if name not in before:
            changes.append(Change(Section.PARTIES, name, "representative", None,
                                  _party_text(party)))
            continue
        was = before[name]
        _field(changes, Section.PARTIES, name, "representative", was.representative,
               party.representative)
        _field(changes, Section.PARTIES, name, "role", was.role, party.role)


def _party_text(party: object) -> str:
    name = getattr(party, "representative", "") or "—"
    role = getattr(party, "role", "")
    return f"{name} ({role})" if role else name


def _compare_stages(changes: list[Change], old: Agreement, new: Agreement) -> None:
    before = {s.name: s for s in old.stages}
    after = {s.name: s for s in new.stages}
    for name, stage in before.items():
        if name not in after:
            changes.append(Change(Section.RATES, name, "conversion rate",
                                  percent(stage.rate), None))
    for name, stage in after.items():
        if name not in before:
            changes.append(Change(Section.RATES, name, "conversion rate", None,
                                  percent(stage.rate)))
            continue
        was = before[name]
        _field(changes, Section.RATES, name, "conversion rate", percent(was.rate),
               percent(stage.rate))
        _field(changes, Section.RATES, name, "lag in months", str(was.lag), str(stage.lag))
        _field(changes, Section.RATES, name, "owner", was.owner or "—", stage.owner or "—")
    if [s.name for s in old.stages if s.name in after] != [
            s.name for s in new.stages if s.name in before]:
        _field(changes, Section.RATES, "", "stage order", " → ".join(s.name for s in old.stages),
               " → ".join(s.name for s in new.stages))


def _compare_targets(changes: list[Change], old: Agreement, new: Agreement) -> None:
    old_plan, new_plan = _plan(old), _plan(new)
    if old_plan is None or new_plan is None:
        return
    _field(changes, Section.TARGETS, "", "won customers", str(old_plan.won), str(new_plan.won))
    for stage in new_plan.stages:
        was = old_plan.stage(stage.name)
        if was is None:
            continue
        _field(changes, Section.TARGETS, stage.name, "annual target", str(was.annual),
               str(stage.annual))
        if was.annual == stage.annual and old_plan.months == new_plan.months:
            months = [m for m, a, b in zip(new_plan.months, was.monthly, stage.monthly,
                                           strict=True) if a != b]
            if months:
                _field(changes, Section.TARGETS, stage.name, "monthly targets",
                       ", ".join(str(v) for v in was.monthly),
                       ", ".join(str(v) for v in stage.monthly))


def _compare_protocols(changes: list[Change], old: Agreement, new: Agreement) -> None:
    before = {p.title: p for p in old.protocols}
    after = {p.title: p for p in new.protocols}
    for title, protocol in before.items():
        if title not in after:
            changes.append(Change(Section.PROTOCOLS, title, "commitment",
                                  protocol.commitment or "—", None))
    for title, protocol in after.items():
        if title not in before:
            changes.append(Change(Section.PROTOCOLS, title, "commitment", None,
                                  protocol.commitment or "—"))
            continue
        was = before[title]
        _field(changes, Section.PROTOCOLS, title, "from and to",
               f"{was.from_party} → {was.to_party}", f"{protocol.from_party} → "
               f"{protocol.to_party}")
        _field(changes, Section.PROTOCOLS, title, "definition", was.trigger, protocol.trigger)
        _field(changes, Section.PROTOCOLS, title, "commitment", was.commitment,
               protocol.commitment)
        _field(changes, Section.PROTOCOLS, title, "KPI", was.kpi or "—", protocol.kpi or "—")
        _field(changes, Section.PROTOCOLS, title, "KPI target", number(was.kpi_target),
               number(protocol.kpi_target))


def _compare_kpis(changes: list[Change], old: Agreement, new: Agreement) -> None:
    before = {k.name: k for k in old.custom_kpis}
    after = {k.name: k for k in new.custom_kpis}
    for name, kpi in before.items():
        if name not in after:
            changes.append(Change(Section.KPIS, name, "targets", _targets(kpi.targets), None))
    for name, kpi in after.items():
        if name not in before:
            changes.append(Change(Section.KPIS, name, "targets", None, _targets(kpi.targets)))
            continue
        was = before[name]
        _field(changes, Section.KPIS, name, "owner", was.owner or "—", kpi.owner or "—")
        _field(changes, Section.KPIS, name, "unit", was.unit.value, kpi.unit.value)
        _field(changes, Section.KPIS, name, "direction", was.direction.value,
               kpi.direction.value)
        _field(changes, Section.KPIS, name, "targets", _targets(was.targets),
               _targets(kpi.targets))
        _field(changes, Section.KPIS, name, "description", was.description, kpi.description)


def _money(value: Fraction | None) -> str:
    return "—" if value is None else cents(value)


def _compare_named(changes: list[Change], item_prefix: str, before: dict[str, str],
                   after: dict[str, str], field: str) -> None:
    for name in [*before, *(n for n in after if n not in before)]:
        was, now = before.get(name), after.get(name)
        if was != now:
            changes.append(Change(Section.PLANNING, f"{item_prefix}{name}", field, was, now))


def _compare_planning_depth(changes: list[Change], old: Agreement, new: Agreement) -> None:
    """Segments, their rates, capacity lines, costs, gross margin and spend KPI."""
    planning = Section.PLANNING
    _compare_named(changes, "", {s.name: percent(s.share) for s in old.segments},
                   {s.name: percent(s.share) for s in new.segments}, "share")
    old_segments = {s.name: s for s in old.segments}
    for segment in new.segments:
        was = old_segments.get(segment.name)
        if was is None:
            continue
        _field(changes, planning, segment.name, "deal value", number(was.deal_value),
               number(segment.deal_value))
        _compare_named(changes, f"{segment.name} · ",
                       {k: percent(v) for k, v in was.rates.items()},
                       {k: percent(v) for k, v in segment.rates.items()}, "conversion rate")
    old_lines = {c.role: c for c in old.capacity}
    _compare_named(changes, "", {c.role: number(c.per_person) for c in old.capacity},
                   {c.role: number(c.per_person) for c in new.capacity}, "per person")
    for line in new.capacity:
        before = old_lines.get(line.role)
        if before is None:
            continue
        _field(changes, planning, line.role, "stage", before.stage, line.stage)
        _field(changes, planning, line.role, "cost per person",
               number(before.cost_per_person), number(line.cost_per_person))
    _compare_named(changes, "", {k: number(v) for k, v in old.stage_costs.items()},
                   {k: number(v) for k, v in new.stage_costs.items()}, "unit cost")
    _compare_named(changes, "", {f.name: number(f.amount) for f in old.fixed_costs},
                   {f.name: number(f.amount) for f in new.fixed_costs}, "fixed cost")
    _field(changes, planning, "", "gross margin", percent(old.gross_margin),
           percent(new.gross_margin))
    _field(changes, planning, "", "spend KPI", old.spend_kpi or "—", new.spend_kpi or "—")
    old_plan, new_plan = _plan(old), _plan(new)
    if old_plan is not None and new_plan is not None and (old_plan.budget or new_plan.budget):
        _field(changes, planning, "", "annual budget",
               _money(old_plan.budget.annual if old_plan.budget else None),
               _money(new_plan.budget.annual if new_plan.budget else None))
