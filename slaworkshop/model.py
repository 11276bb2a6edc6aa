"""The domain model of an SLA: agreement, parties, objective, stages, protocols, KPIs.

Every number that takes part in the plan is a ``Decimal`` (never a float). Validation lives
here so that the command line, the wizard and the editors refuse the same things with the
same words. Each problem names the field it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar

from slaworkshop import bounds
from slaworkshop.periods import is_month, month_range
from slaworkshop.text import QT_TRANSLATE_NOOP, Text, t

_T = TypeVar("_T")

DEFAULT_MONTHS = 12
# The conversion rate a new stage starts with.
DEFAULT_STAGE_RATE = Decimal("0.5")
MAX_MONTHS = 60
MAX_LAG = 24


class Status(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class KpiKind(StrEnum):
    VOLUME = "volume"
    CONVERSION = "conversion"
    CUSTOM = "custom"


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    CURRENCY = "currency"
    HOURS = "hours"
    DAYS = "days"


class Aggregation(StrEnum):
    """How a KPI's monthly values add up over the months (year to date, projection)."""

    SUM = "sum"
    AVERAGE = "average"
    RATIO = "ratio"  # conversions: a ratio of sums


AVERAGED_UNITS = frozenset({Unit.PERCENT, Unit.HOURS, Unit.DAYS})


def unit_aggregation(unit: Unit) -> Aggregation:
    """What a custom KPI's unit implies (and what every KPI did before it had its own)."""
    return Aggregation.AVERAGE if unit in AVERAGED_UNITS else Aggregation.SUM


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is and what is wrong, in plain words."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """Raised with every problem found, not just the first."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def parse_decimal(value: object, what: str) -> Decimal:
    """A Decimal from a str/int/Decimal, refusing floats (they are not exact) and junk."""
    if isinstance(value, bool | float):
        raise ValidationError(
            [
                Problem(
                    what,
                    t(
                        QT_TRANSLATE_NOOP("core", "{value} must be given as text or an integer"),
                        value=repr(value),
                    ),
                )
            ]
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        too_large = bounds.int_problem(value)
        if too_large is not None:
            raise ValidationError([Problem(what, too_large)])
        result = Decimal(value)
    elif isinstance(value, str):
        parsed = bounds.parse_bounded(value.strip().replace("_", ""))
        if isinstance(parsed, Text):
            raise ValidationError([Problem(what, parsed)])
        result = parsed
    else:
        raise ValidationError(
            [
                Problem(
                    what,
                    t(QT_TRANSLATE_NOOP("core", "“{value}” is not a number"), value=repr(value)),
                )
            ]
        )
    out_of_bounds = bounds.decimal_problem(result)
    if out_of_bounds is not None:
        raise ValidationError([Problem(what, out_of_bounds)])
    return result


def parse_fraction(value: object, what: str) -> Decimal:
    """A share given as a fraction (``0.25``) or a percent (``25%``), as a fraction."""
    if isinstance(value, str) and value.strip().endswith("%"):
        return parse_decimal(value.strip()[:-1], what) / 100
    return parse_decimal(value, what)


def parse_rate(value: object, what: str = "rate") -> Decimal:
    """A conversion rate given as a fraction (``0.25``) or a percent (``25%``).

    The result is a fraction; it must be more than 0 and at most 1.
    """
    rate = parse_fraction(value, what)
    problem = rate_problem(rate, what)
    if problem:
        raise ValidationError([problem])
    return rate.normalize() if rate == rate.to_integral_value() else rate


def rate_problem(rate: Decimal, what: str) -> Problem | None:
    if rate <= 0 or rate > 1:
        return Problem(
            what,
            t(
                QT_TRANSLATE_NOOP(
                    "core", "a conversion rate must be more than 0 and at most 1 (100%), got {rate}"
                ),
                rate=rate,
            ),
        )
    return None


@dataclass
class Party:
    name: str
    representative: str = ""
    role: str = ""


@dataclass
class RevenueObjective:
    revenue: Decimal
    deal_value: Decimal
    marketing_share: Decimal = Decimal(1)


@dataclass
class Stage:
    """A funnel step. ``rate`` is the conversion to the next stage; None on the last one."""

    name: str
    rate: Decimal | None = None
    owner: str = ""
    lag: int = 0
    aliases: list[str] = field(default_factory=list)


@dataclass
class Kpi:
    """A measured figure. Volume and conversion KPIs are derived from the stages."""

    name: str
    kind: KpiKind
    owner: str = ""
    unit: Unit = Unit.COUNT
    direction: Direction = Direction.HIGHER
    # Monthly targets of a custom KPI (None: no target that month). Empty for derived KPIs.
    targets: list[Decimal | None] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    # The stage a volume KPI counts, or the stage a conversion KPI converts from.
    stage: str | None = None
    description: str = ""
    # How a custom KPI's months add up; None: as its unit implies (``unit_aggregation``).
    aggregation: Aggregation | None = None

    @property
    def months_add_up(self) -> Aggregation:
        """How this KPI's months add up: a ratio for conversions, a sum for volumes, and for a
        custom KPI its own aggregation."""
        if self.kind is KpiKind.CONVERSION:
            return Aggregation.RATIO
        if self.kind is KpiKind.VOLUME:
            return Aggregation.SUM
        return self.aggregation or unit_aggregation(self.unit)


@dataclass
class HandoffProtocol:
    """A commitment from one party to another, and the KPI that measures it."""

    title: str
    from_party: str
    to_party: str
    trigger: str = ""
    commitment: str = ""
    kpi: str = ""
    kpi_target: Decimal | None = None


@dataclass
class Signature:
    party: str
    signer: str
    role: str = ""
    signed_on: str = ""  # ISO date
    image: bytes | None = None
    fingerprint: str = ""


@dataclass
class Thresholds:
    green: Decimal = Decimal("1")
    amber: Decimal = Decimal("0.9")


@dataclass
class Segment:
    """A part of the objective with its own deal value and conversion rates (DESIGN §4b).

    ``share`` is the fraction of the revenue objective; ``deal_value`` None means the
    agreement's; ``rates`` maps a stage name to this segment's rate from that stage to the next.
    """

    name: str
    share: Decimal
    deal_value: Decimal | None = None
    rates: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class CapacityLine:
    """A role working a stage: how many of its units one person handles a month."""

    role: str
    stage: str
    per_person: Decimal
    # Monthly cost of one person; None: not part of the budget.
    cost_per_person: Decimal | None = None


@dataclass
class FixedCost:
    """A cost paid every month of the period (tools, events, agency fees)."""

    name: str
    amount: Decimal


@dataclass
class Agreement:
    title: str
    objective: RevenueObjective
    stages: list[Stage]
    start: str
    months: int = DEFAULT_MONTHS
    organisation: str = ""
    currency: str = "EUR"
    parties: list[Party] = field(default_factory=list)
    seasonality: list[Decimal] = field(default_factory=list)
    protocols: list[HandoffProtocol] = field(default_factory=list)
    custom_kpis: list[Kpi] = field(default_factory=list)
    thresholds: Thresholds = field(default_factory=Thresholds)
    reporting_cadence: str = ""
    review_month: str | None = None
    status: Status = Status.DRAFT
    revision: int = 1
    supersedes: int | None = None
    id: int | None = None
    fingerprint: str | None = None
    signatures: list[Signature] = field(default_factory=list)
    # Planning depth (DESIGN §4b); every default leaves the plan exactly as §4's.
    segments: list[Segment] = field(default_factory=list)
    capacity: list[CapacityLine] = field(default_factory=list)
    # Cost of one unit of a stage (a visit, a lead), by stage name.
    stage_costs: dict[str, Decimal] = field(default_factory=dict)
    fixed_costs: list[FixedCost] = field(default_factory=list)
    gross_margin: Decimal = Decimal(1)
    # The custom currency KPI (lower is better) that tracks actual spend against the budget.
    spend_kpi: str = ""

    def copy(self) -> Agreement:
        """A deep copy. Written out rather than ``copy.deepcopy`` because undo snapshots are
        taken on every keystroke and this is ten times faster; Decimals and strings are
        immutable, so they are shared. Each part is copied field by field (``_shallow``):
        ``dataclasses.replace`` ran every constructor again, a third of the copy."""
        copied = _shallow(self)
        copied.objective = _shallow(self.objective)
        copied.stages = [_shallow(s, aliases=list(s.aliases)) for s in self.stages]
        copied.parties = [_shallow(p) for p in self.parties]
        copied.seasonality = list(self.seasonality)
        copied.protocols = [_shallow(p) for p in self.protocols]
        copied.custom_kpis = [_shallow(k, targets=list(k.targets), aliases=list(k.aliases))
                              for k in self.custom_kpis]
        copied.thresholds = _shallow(self.thresholds)
        copied.signatures = [_shallow(s) for s in self.signatures]
        copied.segments = [_shallow(s, rates=dict(s.rates)) for s in self.segments]
        copied.capacity = [_shallow(c) for c in self.capacity]
        copied.stage_costs = dict(self.stage_costs)
        copied.fixed_costs = [_shallow(f) for f in self.fixed_costs]
        return copied

    def new_draft(self, revision: int = 1, supersedes: int | None = None) -> Agreement:
        """A copy to store as a new, unsigned draft: no id, fingerprint or signatures. A
        duplicate starts at revision 1; a revision of a signed one supersedes it."""
        draft = self.copy()
        draft.id, draft.fingerprint, draft.signatures = None, None, []
        draft.status, draft.revision, draft.supersedes = Status.DRAFT, revision, supersedes
        return draft

    @property
    def month_list(self) -> list[str]:
        return month_range(self.start, self.months)

    @property
    def weights(self) -> list[Decimal]:
        """The seasonality weights, all equal when none are set."""
        return list(self.seasonality) if self.seasonality else [Decimal(1)] * self.months

    @property
    def is_editable(self) -> bool:
        return self.status is Status.DRAFT

    def party(self, name: str) -> Party | None:
        return next((p for p in self.parties if p.name == name), None)

    def stage(self, name: str) -> Stage | None:
        return next((s for s in self.stages if s.name == name), None)

    def kpis(self) -> list[Kpi]:
        """All KPIs: a volume KPI per stage, a conversion KPI per pair, then the custom ones."""
        result = [
            Kpi(
                name=s.name,
                kind=KpiKind.VOLUME,
                owner=s.owner,
                stage=s.name,
                aliases=list(s.aliases),
            )
            for s in self.stages
        ]
        for upper, lower in zip(self.stages, self.stages[1:], strict=False):
            result.append(
                Kpi(
                    name=conversion_kpi_name(upper.name, lower.name),
                    kind=KpiKind.CONVERSION,
                    owner=upper.owner,
                    unit=Unit.PERCENT,
                    stage=upper.name,
                )
            )
        result.extend(self.custom_kpis)
        return result

    def kpi(self, name: str) -> Kpi | None:
        return next((k for k in self.kpis() if k.name == name), None)

    def rename_stage(self, index: int, new_name: str) -> None:
        """Rename a stage and every protocol that refers to its KPIs by name."""
        before = [k.name for k in self.kpis() if k.kind is not KpiKind.CUSTOM]
        self.rename_stage_references(self.stages[index].name, new_name)
        self.stages[index].name = new_name
        after = [k.name for k in self.kpis() if k.kind is not KpiKind.CUSTOM]
        renames = {old: new for old, new in zip(before, after, strict=True) if old != new}
        for protocol in self.protocols:
            protocol.kpi = renames.get(protocol.kpi, protocol.kpi)

    def rename_party(self, index: int, new_name: str) -> None:
        """Rename a party; stages, KPIs and protocols it owns or signs follow."""
        old = self.parties[index].name
        self.parties[index].name = new_name
        self.replace_party_references(old, new_name)

    def remove_party(self, index: int) -> None:
        """Remove a party; what it owned is left without an owner."""
        self.replace_party_references(self.parties.pop(index).name, "")

    def replace_party_references(self, old: str, new: str) -> None:
        for stage in self.stages:
            if stage.owner == old:
                stage.owner = new
        for kpi in self.custom_kpis:
            if kpi.owner == old:
                kpi.owner = new
        for protocol in self.protocols:
            if protocol.from_party == old:
                protocol.from_party = new
            if protocol.to_party == old:
                protocol.to_party = new

    def remove_kpi(self, index: int) -> None:
        """Remove a custom KPI; protocols it measured are left unmeasured, without a target."""
        name = self.custom_kpis.pop(index).name
        for protocol in self.protocols:
            if protocol.kpi == name:
                protocol.kpi, protocol.kpi_target = "", None
        if self.spend_kpi == name:
            self.spend_kpi = ""

    def rename_kpi(self, index: int, new_name: str) -> None:
        """Rename a custom KPI and the protocols that refer to it."""
        old = self.custom_kpis[index].name
        self.custom_kpis[index].name = new_name
        for protocol in self.protocols:
            if protocol.kpi == old:
                protocol.kpi = new_name
        if self.spend_kpi == old:
            self.spend_kpi = new_name

    # Planning depth edits (DESIGN §4b). Like the edits above they keep references
    # consistent and leave range checks to validate_agreement, which names the field.

    def rename_stage_references(self, old: str, new: str) -> None:
        """Segment overrides, capacity lines and unit costs follow a stage's new name."""
        if old == new:
            return
        for segment in self.segments:
            if old in segment.rates:
                segment.rates = {new if k == old else k: v for k, v in segment.rates.items()}
        for line in self.capacity:
            if line.stage == old:
                line.stage = new
        if old in self.stage_costs:
            self.stage_costs = {new if k == old else k: v for k, v in self.stage_costs.items()}

    def forget_stage(self, name: str) -> None:
        """A removed stage takes its overrides, capacity lines and unit cost with it."""
        for segment in self.segments:
            segment.rates.pop(name, None)
        self.capacity = [line for line in self.capacity if line.stage != name]
        self.stage_costs.pop(name, None)

    def add_segment(self, name: str) -> int:
        """Add a segment (its name made unique); returns its index.

        Shares keep summing to 1: the first segment takes all of it, a later one whatever is
        left, or else half of the largest share.
        """
        rest = 1 - sum((s.share for s in self.segments), Decimal(0))
        if not self.segments:
            share = Decimal(1)
        elif rest > 0:
            share = rest
        else:
            largest = max(self.segments, key=lambda s: s.share)
            share = largest.share / 2
            largest.share -= share
        self.segments.append(Segment(unique_name(name, (s.name for s in self.segments)), share))
        return len(self.segments) - 1

    def remove_segment(self, index: int) -> None:
        """Remove a segment; its share goes to the one before it (or after, for the first)."""
        removed = self.segments.pop(index)
        if self.segments:
            self.segments[max(index - 1, 0)].share += removed.share

    def rename_segment(self, index: int, new_name: str) -> None:
        self.segments[index].name = new_name

    def set_segment_share(self, index: int, share: Decimal) -> None:
        """Set one share as typed; the editor shows what is left until they sum to 1."""
        self.segments[index].share = share

    def set_segment_shares(self, shares: Sequence[Decimal]) -> None:
        """Set every segment's share at once (one undoable edit that keeps the sum at 1)."""
        for segment, share in zip(self.segments, shares, strict=True):
            segment.share = share

    def move_share(self, index: int, other: int, share: Decimal) -> None:
        """Set segment ``index``'s share, ``other`` taking the rest of what the two had (the
        presenter's slider between two segments); the share is kept within what they had."""
        if index == other:
            return
        together = self.segments[index].share + self.segments[other].share
        share = min(max(share, Decimal(0)), together)
        self.segments[index].share = share
        self.segments[other].share = together - share

    def set_segment_deal_value(self, index: int, deal_value: Decimal | None) -> None:
        """None: the segment uses the agreement's average deal value."""
        self.segments[index].deal_value = deal_value

    def set_segment_rate(self, index: int, stage: str, rate: Decimal | None) -> None:
        """Override the rate from ``stage`` to the next in one segment; None: the agreement's."""
        rates = self.segments[index].rates
        if rate is None:
            rates.pop(stage, None)
        else:
            rates[stage] = rate

    def segment_rate(self, index: int, stage: str) -> Decimal | None:
        """The rate the segment uses from ``stage``: its override, else the agreement's."""
        override = self.segments[index].rates.get(stage)
        if override is not None:
            return override
        found = self.stage(stage)
        return None if found is None else found.rate

    def add_capacity_line(self, role: str, stage: str, per_person: Decimal,
                          cost_per_person: Decimal | None = None) -> int:
        """Add a capacity line (its role made unique); returns its index."""
        self.capacity.append(CapacityLine(unique_name(role, (c.role for c in self.capacity)),
                                          stage, per_person, cost_per_person))
        return len(self.capacity) - 1

    def remove_capacity_line(self, index: int) -> None:
        del self.capacity[index]

    def set_stage_cost(self, stage: str, amount: Decimal | None) -> None:
        """The cost of one unit of ``stage``; None: that stage is not costed."""
        if amount is None:
            self.stage_costs.pop(stage, None)
        else:
            self.stage_costs[stage] = amount

    def add_fixed_cost(self, name: str, amount: Decimal = Decimal(0)) -> int:
        """Add a fixed monthly cost (its name made unique); returns its index."""
        self.fixed_costs.append(FixedCost(unique_name(name, (f.name for f in self.fixed_costs)),
                                          amount))
        return len(self.fixed_costs) - 1

    def remove_fixed_cost(self, index: int) -> None:
        del self.fixed_costs[index]

    @property
    def has_budget(self) -> bool:
        """Whether any cost of any kind is given (DESIGN §4b: else the plan has no budget)."""
        return bool(self.stage_costs or self.fixed_costs
                    or any(c.cost_per_person is not None for c in self.capacity))

    def clear_dangling_kpis(self) -> None:
        """Protocols that name a KPI that no longer exists stop naming it."""
        names = {k.name for k in self.kpis()}
        for protocol in self.protocols:
            if protocol.kpi and protocol.kpi not in names:
                protocol.kpi, protocol.kpi_target = "", None

    def add_stage(self, after_row: int | None, name: str) -> int:
        """Insert a stage after ``after_row`` (at the start for -1), never below the last one,
        the won customers; it takes the owner of the stage it lands on. Returns its row."""
        last = len(self.stages) - 1
        row = last if after_row is None or after_row >= last else after_row + 1
        row = max(row, 0)
        owner = self.stages[min(row, last)].owner if self.stages else ""
        self.stages.insert(row, Stage(unique_name(name, [s.name for s in self.stages]),
                                      DEFAULT_STAGE_RATE if self.stages else None, owner))
        self.clear_dangling_kpis()
        return row

    def remove_stage(self, row: int) -> None:
        """Remove a stage; when it was the last, the one above becomes the won customers.
        Its segment overrides, capacity lines and unit cost go with it."""
        removed = self.stages.pop(row)
        self.forget_stage(removed.name)
        if self.stages and row == len(self.stages):
            # The won customers convert to nothing.
            self.stages[-1].rate = None
            self.stages[-1].lag = 0
        self.clear_dangling_kpis()

    def move_stage(self, row: int, delta: int) -> int:
        """Move a stage up (-1) or down (+1); returns its new row. The rate and lag belong to
        the position "converts to the next stage", so the last position keeps having none."""
        other = row + delta
        stages = self.stages
        if not (0 <= row < len(stages) and 0 <= other < len(stages)):
            return row
        if len(stages) - 1 in (row, other):
            stages[row].rate, stages[other].rate = stages[other].rate, stages[row].rate
            stages[row].lag, stages[other].lag = stages[other].lag, stages[row].lag
        stages[row], stages[other] = stages[other], stages[row]
        self.clear_dangling_kpis()
        return other

    def set_months(self, months: int) -> None:
        """Change the period's length; seasonality repeats its pattern, and each KPI's monthly
        targets are cut or carry their last month on."""
        if self.seasonality:
            weights = self.seasonality
            self.seasonality = [weights[i % len(weights)] for i in range(months)]
        for kpi in self.custom_kpis:
            if kpi.targets:
                targets = kpi.targets
                kpi.targets = [targets[i] if i < len(targets) else targets[-1]
                               for i in range(months)]
        self.months = months


def _shallow(instance: _T, **changes: object) -> _T:
    """A new instance of a (non-frozen, non-slotted) dataclass with the same field values,
    then ``changes``; no constructor runs (the values were checked when it was made)."""
    copied: _T = object.__new__(type(instance))
    copied.__dict__.update(instance.__dict__)
    copied.__dict__.update(changes)
    return copied


def conversion_kpi_name(upper: str, lower: str) -> str:
    return f"{upper} → {lower}"


def _blank(text: str) -> bool:
    return not text or not text.strip()


@lru_cache(maxsize=4096)
def _name_key(name: str) -> str:
    """A name as compared with others (spaces and case aside); asked some sixty times per
    keystroke of a few dozen names, so kept."""
    return " ".join(name.split()).casefold()


def validate_objective(objective: RevenueObjective) -> list[Problem]:
    problems = []
    if objective.revenue <= 0:
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "revenue")),
                t(
                    QT_TRANSLATE_NOOP(
                        "core", "the revenue target must be more than 0, got {value}"
                    ),
                    value=objective.revenue,
                ),
            )
        )
    if objective.deal_value <= 0:
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "deal value")),
                t(
                    QT_TRANSLATE_NOOP(
                        "core", "the average deal value must be more than 0, got {value}"
                    ),
                    value=objective.deal_value,
                ),
            )
        )
    share = objective.marketing_share
    if share <= 0 or share > 1:
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "marketing share")),
                t(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the marketing share must be more than 0 and at most 1 (100%), got {value}",
                    ),
                    value=share,
                ),
            )
        )
    return problems


def validate_stages(stages: Sequence[Stage]) -> list[Problem]:
    problems: list[Problem] = []
    if not stages:
        return [
            Problem(
                t(QT_TRANSLATE_NOOP("core", "stages")),
                t(QT_TRANSLATE_NOOP("core", "the funnel needs at least one stage")),
            )
        ]
    seen: dict[str, int] = {}
    for index, stage in enumerate(stages, start=1):
        # Field names are built only when there is a problem to name: validation runs on
        # every keystroke of a live edit, and almost always finds nothing.
        named = not _blank(stage.name) and _name_key(stage.name) not in seen

        def where(index: int = index, stage: Stage = stage, named: bool = named) -> str:
            if named:
                return t(QT_TRANSLATE_NOOP("core", "stage “{name}”"), name=stage.name)
            return t(QT_TRANSLATE_NOOP("core", "stage {number}"), number=index)

        def rate_field(where: Callable[[], str] = where) -> str:
            return t(QT_TRANSLATE_NOOP("core", "{where} rate"), where=where())

        def lag_field(where: Callable[[], str] = where) -> str:
            return t(QT_TRANSLATE_NOOP("core", "{where} lag"), where=where())

        if _blank(stage.name):
            problems.append(
                Problem(
                    t(QT_TRANSLATE_NOOP("core", "{where} name"), where=where()),
                    t(QT_TRANSLATE_NOOP("core", "a stage needs a name")),
                )
            )
        else:
            key = _name_key(stage.name)
            if key in seen:
                problems.append(
                    Problem(
                        t(QT_TRANSLATE_NOOP("core", "{where} name"), where=where()),
                        t(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "“{name}” is already the name of stage {number}; stage names "
                                "must be unique",
                            ),
                            name=stage.name,
                            number=seen[key],
                        ),
                    )
                )
            else:
                seen[key] = index
        last = index == len(stages)
        if last:
            if stage.rate is not None:
                problems.append(
                    Problem(
                        rate_field(),
                        t(
                            QT_TRANSLATE_NOOP(
                                "core", "the last stage (won customers) has no conversion rate"
                            )
                        ),
                    )
                )
        elif stage.rate is None:
            problems.append(
                Problem(
                    rate_field(),
                    t(QT_TRANSLATE_NOOP("core", "a conversion rate to the next stage is needed")),
                )
            )
        elif stage.rate <= 0 or stage.rate > 1:
            problem = rate_problem(stage.rate, rate_field())
            if problem:
                problems.append(problem)
        if not isinstance(stage.lag, int) or stage.lag < 0 or stage.lag > MAX_LAG:
            problems.append(
                Problem(
                    lag_field(),
                    t(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "the lag must be a whole number of months from 0 to {max}, got {value}",
                        ),
                        max=MAX_LAG,
                        value=stage.lag,
                    ),
                )
            )
        elif last and stage.lag:
            problems.append(
                Problem(
                    lag_field(),
                    t(QT_TRANSLATE_NOOP("core", "the last stage has no next stage, so no lag")),
                )
            )
    return problems


def validate_period(start: str, months: int) -> list[Problem]:
    problems = []
    if not is_month(start):
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "start")),
                t(
                    QT_TRANSLATE_NOOP("core", "“{value}” is not a month in the form YYYY-MM"),
                    value=start,
                ),
            )
        )
    if not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "months")),
                t(
                    QT_TRANSLATE_NOOP("core", "the period must be 1 to {max} months, got {value}"),
                    max=MAX_MONTHS,
                    value=months,
                ),
            )
        )
    return problems


def validate_seasonality(weights: Sequence[Decimal], months: int) -> list[Problem]:
    if not weights:
        return []
    problems = []
    field_name = t(QT_TRANSLATE_NOOP("core", "seasonality"))
    if len(weights) != months:
        problems.append(
            Problem(
                field_name,
                t(
                    QT_TRANSLATE_NOOP(
                        "core", "one weight per month is needed: {months} weights, got {count}"
                    ),
                    months=months,
                    count=len(weights),
                ),
            )
        )
    if any(w < 0 for w in weights):
        problems.append(
            Problem(field_name, t(QT_TRANSLATE_NOOP("core", "weights cannot be negative")))
        )
    elif all(w == 0 for w in weights):
        problems.append(
            Problem(
                field_name,
                t(QT_TRANSLATE_NOOP("core", "at least one month needs a weight above 0")),
            )
        )
    return problems


def validate_plan_inputs(
    objective: RevenueObjective,
    stages: Sequence[Stage],
    start: str,
    months: int,
    weights: Sequence[Decimal],
    *,
    changed: AbstractSet[str] | None = None,
) -> list[Problem]:
    """What is wrong with the plan's inputs. ``changed`` (``validate_change``): only these
    parts differ from inputs that were valid, so the checks of the others are not run
    (they would find nothing)."""
    checks: tuple[tuple[Callable[[], list[Problem]], tuple[str, ...]], ...] = (
        (lambda: validate_objective(objective), ("objective",)),
        (lambda: validate_stages(stages), tuple(STAGE_PARTS)),
        (lambda: validate_period(start, months), ("start", "months")),
        (lambda: validate_seasonality(weights, months), ("seasonality", "months")),
    )
    problems = [problem for check, reads in checks
                if changed is None or not changed.isdisjoint(reads) for problem in check()]
    return problems + validate_plan_bounds(objective, stages, weights, derived=not problems)


def validate_plan_bounds(
    objective: RevenueObjective,
    stages: Sequence[Stage],
    weights: Sequence[Decimal],
    *,
    derived: bool = True,
) -> list[Problem]:
    """The plan's numbers within ``bounds``, and (when ``derived``) the counts it derives."""
    problems: list[Problem] = []
    # Most keystrokes: every number in bounds, settled at once; else each one says.
    if not bounds.all_in_bounds([objective.revenue, objective.deal_value,
                                 objective.marketing_share, *(s.rate for s in stages),
                                 *weights]):
        problems = _plan_number_problems(objective, stages, weights)
    if derived and not problems:
        problem = bounds.derived_count_problem(
            objective.revenue, objective.marketing_share, objective.deal_value,
            [s.rate for s in stages if s.rate is not None])
        if problem is not None:
            problems.append(Problem(t(QT_TRANSLATE_NOOP("core", "stages")), problem))
    return problems


def _plan_number_problems(objective: RevenueObjective, stages: Sequence[Stage],
                          weights: Sequence[Decimal]) -> list[Problem]:
    problems = []
    for name, value in (
        (QT_TRANSLATE_NOOP("core", "revenue"), objective.revenue),
        (QT_TRANSLATE_NOOP("core", "deal value"), objective.deal_value),
        (QT_TRANSLATE_NOOP("core", "marketing share"), objective.marketing_share),
    ):
        problem = bounds.decimal_problem(value)
        if problem is not None:
            problems.append(Problem(t(name), problem))
    for index, stage in enumerate(stages, start=1):
        problem = None if stage.rate is None else bounds.decimal_problem(stage.rate)
        if problem is not None:
            problems.append(Problem(t(QT_TRANSLATE_NOOP("core", "stage {number} rate"),
                                      number=index), problem))
    for index, weight in enumerate(weights, start=1):
        problem = bounds.decimal_problem(weight)
        if problem is not None:
            problems.append(Problem(t(QT_TRANSLATE_NOOP("core", "seasonality weight {number}"),
                                      number=index), problem))
    return problems


def validate_parties(parties: Sequence[Party]) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for index, party in enumerate(parties, start=1):
        field_name = t(QT_TRANSLATE_NOOP("core", "party {number} name"), number=index)
        if _blank(party.name):
            problems.append(
                Problem(field_name, t(QT_TRANSLATE_NOOP("core", "a party needs a name")))
            )
            continue
        key = _name_key(party.name)
        if key in seen:
            problems.append(
                Problem(
                    field_name,
                    t(
                        QT_TRANSLATE_NOOP(
                            "core", "“{name}” is named twice; party names must be unique"
                        ),
                        name=party.name,
                    ),
                )
            )
        seen.add(key)
    return problems


def _not_a_party(name: str) -> str:
    return t(QT_TRANSLATE_NOOP("core", "“{name}” is not a party of this agreement"), name=name)


class _LazyField:
    """A field name built only when a problem needs it (validation runs on every keystroke)."""

    def __init__(self, template: str, where: _LazyField | None = None, **params: object) -> None:
        self.template, self.where, self.params = template, where, params

    def text(self) -> str:
        if self.where is not None:
            return t(self.template, where=self.where.text(), **self.params)
        return t(self.template, **self.params)


def _kpi_where(kpi: Kpi, index: int) -> _LazyField:
    if kpi.name.strip():
        return _LazyField(QT_TRANSLATE_NOOP("core", "KPI “{name}”"), name=kpi.name)
    return _LazyField(QT_TRANSLATE_NOOP("core", "KPI {number}"), number=index)


def _protocol_where(protocol: HandoffProtocol, index: int) -> _LazyField:
    if protocol.title.strip():
        return _LazyField(QT_TRANSLATE_NOOP("core", "protocol “{name}”"), name=protocol.title)
    return _LazyField(QT_TRANSLATE_NOOP("core", "protocol {number}"), number=index)


def validate_agreement(agreement: Agreement) -> list[Problem]:
    """Everything wrong with an agreement; an empty list when it is valid."""
    return [problem for rule, _reads in _RULES for problem in rule(agreement, None)]


def validate_change(before: Agreement, after: Agreement) -> list[Problem]:
    """``validate_agreement(after)`` for an ``after`` made from ``before``, which is valid
    (``validate_agreement(before)`` is empty): only the rules that read a part of the
    agreement that differs are run, in the same order, so the problems are the same.

    A keystroke in the revenue changes the objective alone: the rules of the parties,
    KPIs, protocols and texts, which it cannot break, are not run again.
    """
    changed = {name for name in _PART_NAMES if getattr(before, name) != getattr(after, name)}
    if "stages" in changed:
        # Which of the stages' fields: a rate keystroke concerns only the plan's rules.
        changed.discard("stages")
        if len(before.stages) != len(after.stages):
            changed.update(STAGE_PARTS)
        else:
            changed.update(part for part, fields in STAGE_PARTS.items()
                           if _stage_fields(before.stages, fields)
                           != _stage_fields(after.stages, fields))
    return [problem for rule, reads in _RULES if not reads.isdisjoint(changed)
            for problem in rule(after, changed)]


# The stages' fields in the parts the rules read.
STAGE_PARTS = {"stage names": ("name", "aliases"), "stage owners": ("owner",),
               "stage plan": ("rate", "lag")}


def _stage_fields(stages: Sequence[Stage], fields: tuple[str, ...]) -> list[tuple[object, ...]]:
    return [tuple(getattr(stage, field) for field in fields) for stage in stages]


def _party_names(agreement: Agreement) -> set[str]:
    return {p.name for p in agreement.parties}


def _validate_title_and_currency(agreement: Agreement) -> list[Problem]:
    problems = []
    if _blank(agreement.title):
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "title")),
                t(QT_TRANSLATE_NOOP("core", "the agreement needs a title")),
            )
        )
    if _blank(agreement.currency) or len(agreement.currency.strip()) != 3:
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "currency")),
                t(
                    QT_TRANSLATE_NOOP(
                        "core", "“{value}” is not a three-letter currency code such as EUR or USD"
                    ),
                    value=agreement.currency,
                ),
            )
        )
    return problems


def _unknown_party(agreement: Agreement, owner: str, party_names: set[str]) -> bool:
    """A name given where a party is meant that is none of them (checked once there are
    parties)."""
    return bool(owner) and bool(agreement.parties) and owner not in party_names


def _validate_stage_owners(agreement: Agreement, party_names: set[str]) -> list[Problem]:
    return [
        Problem(t(QT_TRANSLATE_NOOP("core", "stage “{name}” owner"), name=stage.name),
                _not_a_party(stage.owner))
        for stage in agreement.stages if _unknown_party(agreement, stage.owner, party_names)
    ]


def _derived_kpi_keys(agreement: Agreement) -> set[str]:
    """The keys of the names of the KPIs derived from the stages (``Agreement.kpis``: a
    volume KPI per stage, a conversion KPI per pair), without making the KPIs."""
    stages = agreement.stages
    return {*(_name_key(s.name) for s in stages),
            *(_name_key(conversion_kpi_name(upper.name, lower.name))
              for upper, lower in pairwise(stages))}


def _kpi_names(agreement: Agreement) -> set[str]:
    """The keys of every KPI name: derived ones, then the custom ones."""
    return _derived_kpi_keys(agreement) | {_name_key(k.name) for k in agreement.custom_kpis}


def _validate_custom_kpis(agreement: Agreement, party_names: set[str]) -> list[Problem]:
    problems = []
    kpi_names = _derived_kpi_keys(agreement)
    for index, kpi in enumerate(agreement.custom_kpis, start=1):
        where = _kpi_where(kpi, index)
        problems += _validate_kpi_name(kpi, where, kpi_names)
        kpi_names.add(_name_key(kpi.name))
        problems += _validate_kpi_targets(kpi, where, agreement.months)
        if _unknown_party(agreement, kpi.owner, party_names):
            problems.append(
                Problem(
                    t(QT_TRANSLATE_NOOP("core", "{where} owner"), where=where.text()),
                    _not_a_party(kpi.owner),
                )
            )
    return problems


def _validate_kpi_name(kpi: Kpi, where: _LazyField, taken: set[str]) -> list[Problem]:
    """A custom KPI needs a name no KPI before it has (``taken``)."""
    if _blank(kpi.name):
        message = t(QT_TRANSLATE_NOOP("core", "a KPI needs a name"))
    elif _name_key(kpi.name) in taken:
        message = t(QT_TRANSLATE_NOOP("core", "“{name}” is already a KPI name"), name=kpi.name)
    else:
        return []
    return [Problem(t(QT_TRANSLATE_NOOP("core", "{where} name"), where=where.text()), message)]


def _validate_kpi_targets(kpi: Kpi, where: _LazyField, months: int) -> list[Problem]:
    problems = []
    targets_field = _LazyField(QT_TRANSLATE_NOOP("core", "{where} targets"), where)
    if kpi.targets and len(kpi.targets) != months:
        problems.append(
            Problem(
                targets_field.text(),
                t(
                    QT_TRANSLATE_NOOP(
                        "core", "one target per month is needed: {months}, got {count}"
                    ),
                    months=months,
                    count=len(kpi.targets),
                ),
            )
        )
    if any(target is not None and target < 0 for target in kpi.targets):
        problems.append(
            Problem(targets_field.text(),
                    t(QT_TRANSLATE_NOOP("core", "targets cannot be negative")))
        )
    return problems


def _validate_protocols(agreement: Agreement, party_names: set[str]) -> list[Problem]:
    problems = []
    kpi_names = _kpi_names(agreement)
    for index, protocol in enumerate(agreement.protocols, start=1):
        where = _protocol_where(protocol, index)
        if _blank(protocol.title):
            problems.append(
                Problem(
                    t(QT_TRANSLATE_NOOP("core", "{where} title"), where=where.text()),
                    t(QT_TRANSLATE_NOOP("core", "a handoff protocol needs a title")),
                )
            )
        for role_field, name in (
            (_LazyField(QT_TRANSLATE_NOOP("core", "{where} from"), where), protocol.from_party),
            (_LazyField(QT_TRANSLATE_NOOP("core", "{where} to"), where), protocol.to_party),
        ):
            if _unknown_party(agreement, name, party_names):
                problems.append(Problem(role_field.text(), _not_a_party(name)))
        if protocol.kpi and _name_key(protocol.kpi) not in kpi_names:
            problems.append(
                Problem(
                    t(QT_TRANSLATE_NOOP("core", "{where} KPI"), where=where.text()),
                    t(
                        QT_TRANSLATE_NOOP("core", "“{name}” is not a KPI of this agreement"),
                        name=protocol.kpi,
                    ),
                )
            )
    return problems


def _validate_thresholds(thresholds: Thresholds) -> list[Problem]:
    if 0 < thresholds.amber <= thresholds.green:
        return []
    return [
        Problem(
            t(QT_TRANSLATE_NOOP("core", "thresholds")),
            t(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the amber threshold must be above 0 and at most the green threshold",
                )
            ),
        )
    ]


def _validate_review_month(review_month: str | None) -> list[Problem]:
    if review_month is None or is_month(review_month):
        return []
    return [
        Problem(
            t(QT_TRANSLATE_NOOP("core", "review month")),
            t(
                QT_TRANSLATE_NOOP("core", "“{value}” is not a month in the form YYYY-MM"),
                value=review_month,
            ),
        )
    ]


def validate_limits(agreement: Agreement) -> list[Problem]:
    """Texts within their lengths and the numbers outside the plan within ``bounds``."""
    problems: list[Problem] = []

    def text(name: str, value: str, limit: int, **params: object) -> None:
        problem = bounds.length_problem(value, limit)
        if problem is not None:
            problems.append(Problem(t(name, **params), problem))

    def number(name: str, value: Decimal | None, **params: object) -> None:
        problem = None if value is None else bounds.decimal_problem(value)
        if problem is not None:
            problems.append(Problem(t(name, **params), problem))

    text(QT_TRANSLATE_NOOP("core", "title"), agreement.title, bounds.MAX_TITLE)
    text(QT_TRANSLATE_NOOP("core", "organisation"), agreement.organisation, bounds.MAX_NAME)
    text(QT_TRANSLATE_NOOP("core", "reporting cadence"), agreement.reporting_cadence,
         bounds.MAX_TEXT)
    number(QT_TRANSLATE_NOOP("core", "green threshold"), agreement.thresholds.green)
    number(QT_TRANSLATE_NOOP("core", "amber threshold"), agreement.thresholds.amber)
    for index, party in enumerate(agreement.parties, start=1):
        text(QT_TRANSLATE_NOOP("core", "party {number} name"), party.name, bounds.MAX_NAME,
             number=index)
        text(QT_TRANSLATE_NOOP("core", "party {number} representative"), party.representative,
             bounds.MAX_NAME, number=index)
        text(QT_TRANSLATE_NOOP("core", "party {number} role"), party.role, bounds.MAX_NAME,
             number=index)
    for index, stage in enumerate(agreement.stages, start=1):
        text(QT_TRANSLATE_NOOP("core", "stage {number} name"), stage.name, bounds.MAX_NAME,
             number=index)
        for alias in stage.aliases:
            text(QT_TRANSLATE_NOOP("core", "stage {number} alias"), alias, bounds.MAX_NAME,
                 number=index)
    for index, kpi in enumerate(agreement.custom_kpis, start=1):
        text(QT_TRANSLATE_NOOP("core", "KPI {number} name"), kpi.name, bounds.MAX_NAME,
             number=index)
        text(QT_TRANSLATE_NOOP("core", "KPI {number} description"), kpi.description,
             bounds.MAX_TEXT, number=index)
        for alias in kpi.aliases:
            text(QT_TRANSLATE_NOOP("core", "KPI {number} alias"), alias, bounds.MAX_NAME,
                 number=index)
        if bounds.all_in_bounds(kpi.targets):
            continue  # most keystrokes: the twelve (or sixty) targets at once
        for month, target in enumerate(kpi.targets, start=1):
            number(QT_TRANSLATE_NOOP("core", "KPI {number} target {month}"), target,
                   number=index, month=month)
    for index, protocol in enumerate(agreement.protocols, start=1):
        text(QT_TRANSLATE_NOOP("core", "protocol {number} title"), protocol.title,
             bounds.MAX_TITLE, number=index)
        text(QT_TRANSLATE_NOOP("core", "protocol {number} trigger"), protocol.trigger,
             bounds.MAX_TEXT, number=index)
        text(QT_TRANSLATE_NOOP("core", "protocol {number} commitment"), protocol.commitment,
             bounds.MAX_TEXT, number=index)
        number(QT_TRANSLATE_NOOP("core", "protocol {number} KPI target"), protocol.kpi_target,
               number=index)
    for index, segment in enumerate(agreement.segments, start=1):
        text(QT_TRANSLATE_NOOP("core", "segment {number} name"), segment.name, bounds.MAX_NAME,
             number=index)
    for index, line in enumerate(agreement.capacity, start=1):
        text(QT_TRANSLATE_NOOP("core", "capacity line {number} role"), line.role,
             bounds.MAX_NAME, number=index)
    for index, cost in enumerate(agreement.fixed_costs, start=1):
        text(QT_TRANSLATE_NOOP("core", "fixed cost {number} name"), cost.name, bounds.MAX_NAME,
             number=index)
    return problems


def _validate_planning_depth(agreement: Agreement) -> list[Problem]:
    """Segments, capacity lines, costs and the spend KPI (DESIGN §4b)."""
    return [
        *validate_planning_depth(agreement.segments, agreement.capacity, agreement.stage_costs,
                                 agreement.fixed_costs, agreement.gross_margin,
                                 agreement.stages),
        *validate_spend_kpi(agreement),
    ]


# Each rule of ``validate_agreement``, in order, with the parts of the agreement it reads
# (``validate_change`` runs a rule only when one of them changed; a test holds the two to
# the same problems for every part).
_Rule = Callable[[Agreement, AbstractSet[str] | None], list[Problem]]
_RULES: tuple[tuple[_Rule, frozenset[str]], ...] = (
    (lambda a, _c: _validate_title_and_currency(a), frozenset({"title", "currency"})),
    (lambda a, changed: validate_plan_inputs(a.objective, a.stages, a.start, a.months,
                                             a.seasonality, changed=changed),
     frozenset({"objective", *STAGE_PARTS, "start", "months", "seasonality"})),
    (lambda a, _c: validate_parties(a.parties), frozenset({"parties"})),
    (lambda a, _c: _validate_stage_owners(a, _party_names(a)),
     frozenset({"stage names", "stage owners", "parties"})),
    (lambda a, _c: _validate_custom_kpis(a, _party_names(a)),
     frozenset({"custom_kpis", "parties", "stage names", "months"})),
    (lambda a, _c: _validate_protocols(a, _party_names(a)),
     frozenset({"protocols", "parties", "stage names", "custom_kpis"})),
    (lambda a, _c: _validate_thresholds(a.thresholds), frozenset({"thresholds"})),
    (lambda a, _c: _validate_review_month(a.review_month), frozenset({"review_month"})),
    (lambda a, _c: validate_limits(a),
     frozenset({"title", "organisation", "reporting_cadence", "thresholds", "parties",
                "stage names", "custom_kpis", "protocols", "segments", "capacity",
                "fixed_costs"})),
    (lambda a, _c: _validate_planning_depth(a),
     frozenset({"segments", "capacity", "stage_costs", "fixed_costs", "gross_margin",
                "stage names", "spend_kpi", "custom_kpis"})),
)
# The agreement's parts compared (the stages' parts are told apart in validate_change).
_PART_NAMES = tuple(sorted(
    {"stages" if part in STAGE_PARTS else part
     for _rule, reads in _RULES for part in reads}))


def check_agreement(agreement: Agreement) -> None:
    problems = validate_agreement(agreement)
    if problems:
        raise ValidationError(problems)


def unique_name(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base 2``, ``base 3`` … whichever is not taken yet."""
    existing = {_name_key(t) for t in taken}
    if _name_key(base) not in existing:
        return base
    number = 2
    while _name_key(f"{base} {number}") in existing:
        number += 1
    return f"{base} {number}"


def split_aliases(text: str) -> list[str]:
    """``"Sessions, Website visits"`` → ``["Sessions", "Website visits"]`` (no blanks, no
    repeats, whatever the case)."""
    seen: list[str] = []
    for piece in text.replace(";", ",").split(","):
        piece = " ".join(piece.split())
        if piece and piece.casefold() not in (s.casefold() for s in seen):
            seen.append(piece)
    return seen
def plain_number(value: Decimal) -> str:
    """``0.90`` → ``0.9``, ``90.0`` → ``90``: a decimal as people write it, never ``9E+1``."""
    return format(value.normalize(), "f") if value else "0"


def _named_where(kind_named: str, kind_numbered: str, name: str, index: int) -> Callable[[], str]:
    def where() -> str:
        if name.strip():
            return t(kind_named, name=name)
        return t(kind_numbered, number=index)
    return where


def _not_a_stage(name: str) -> str:
    return t(QT_TRANSLATE_NOOP("core", "“{name}” is not a stage of this funnel"), name=name)


def negative_cost_problem(amount: Decimal, field_name: str) -> Problem | None:
    if amount < 0:
        return Problem(field_name, t(QT_TRANSLATE_NOOP("core", "a cost cannot be negative, got "
                                                               "{value}"), value=amount))
    return None


def segment_problems(segment: Segment, stages: Sequence[Stage],
                     where: Callable[[], str]) -> list[Problem]:
    """One segment's share, deal value and rate overrides (its name is checked with the rest)."""
    problems = []
    if segment.share <= 0 or segment.share > 1:
        problems.append(Problem(
            t(QT_TRANSLATE_NOOP("core", "{where} share"), where=where()),
            t(QT_TRANSLATE_NOOP("core", "a segment's share must be more than 0 and at most 1 "
                                        "(100%), got {value}"), value=segment.share)))
    if segment.deal_value is not None and segment.deal_value <= 0:
        problems.append(Problem(
            t(QT_TRANSLATE_NOOP("core", "{where} deal value"), where=where()),
            t(QT_TRANSLATE_NOOP("core", "the average deal value must be more than 0, got "
                                        "{value}"), value=segment.deal_value)))
    if segment.rates:
        positions = {s.name: i for i, s in enumerate(stages)}
        for stage_name, rate in segment.rates.items():
            position = positions.get(stage_name)
            if position is not None and position < len(stages) - 1 and 0 < rate <= 1:
                continue
            field_name = t(QT_TRANSLATE_NOOP("core", "{where} rate from “{stage}”"),
                           where=where(), stage=stage_name)
            if position is None:
                problems.append(Problem(field_name, _not_a_stage(stage_name)))
            elif position == len(stages) - 1:
                problems.append(Problem(field_name, t(QT_TRANSLATE_NOOP(
                    "core", "the last stage (won customers) has no conversion rate"))))
            else:
                problem = rate_problem(rate, field_name)
                if problem:
                    problems.append(problem)
    return problems


def share_sum_problem(segments: Sequence[Segment], field_name: str | Callable[[], str]
                      ) -> Problem | None:
    """Shares must add up to exactly 1; the message gives the sum found."""
    total = sum((s.share for s in segments), Decimal(0))
    if segments and total != 1:
        where = field_name if isinstance(field_name, str) else field_name()
        return Problem(where, t(QT_TRANSLATE_NOOP(
            "core", "the segment shares must add up to exactly 1 (100%); they add up to {sum} "
                    "({percent}%)"), sum=plain_number(total), percent=plain_number(total * 100)))
    return None


def capacity_line_problems(line: CapacityLine, stages: Sequence[Stage],
                           where: Callable[[], str]) -> list[Problem]:
    """One capacity line's stage, units per person and cost (its role is checked with the rest)."""
    problems = []
    if not any(s.name == line.stage for s in stages):
        problems.append(Problem(t(QT_TRANSLATE_NOOP("core", "{where} stage"), where=where()),
                                _not_a_stage(line.stage)))
    if line.per_person <= 0:
        problems.append(Problem(
            t(QT_TRANSLATE_NOOP("core", "{where} units per person"), where=where()),
            t(QT_TRANSLATE_NOOP("core", "the units one person handles a month must be more "
                                        "than 0, got {value}"), value=line.per_person)))
    if line.cost_per_person is not None and line.cost_per_person < 0:
        problem = negative_cost_problem(line.cost_per_person, t(QT_TRANSLATE_NOOP(
            "core", "{where} cost per person"), where=where()))
        if problem:
            problems.append(problem)
    return problems


def gross_margin_problem(margin: Decimal, field_name: str | Callable[[], str]
                         ) -> Problem | None:
    if margin < 0 or margin > 1:
        where = field_name if isinstance(field_name, str) else field_name()
        return Problem(where, t(QT_TRANSLATE_NOOP(
            "core", "the gross margin must be from 0 to 1 (100%), got {value}"),
            value=plain_number(margin)))
    return None


def _duplicate_problems(names: Sequence[str], field_for: Callable[[int], str],
                        needs_name: Callable[[], str]) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for index, name in enumerate(names, start=1):
        if _blank(name):
            problems.append(Problem(field_for(index), needs_name()))
            continue
        key = _name_key(name)
        if key in seen:
            problems.append(Problem(field_for(index), t(QT_TRANSLATE_NOOP(
                "core", "“{name}” is named twice; names must be unique"), name=name)))
        seen.add(key)
    return problems


def validate_segments(segments: Sequence[Segment], stages: Sequence[Stage]) -> list[Problem]:
    if not segments:
        return []
    problems = _duplicate_problems(
        [s.name for s in segments],
        lambda number: t(QT_TRANSLATE_NOOP("core", "segment {number} name"), number=number),
        lambda: t(QT_TRANSLATE_NOOP("core", "a segment needs a name")))
    for index, segment in enumerate(segments, start=1):
        problems += segment_problems(segment, stages, _named_where(
            QT_TRANSLATE_NOOP("core", "segment “{name}”"),
            QT_TRANSLATE_NOOP("core", "segment {number}"), segment.name, index))
    problem = share_sum_problem(segments,
                                lambda: t(QT_TRANSLATE_NOOP("core", "segment shares")))
    if problem:
        problems.append(problem)
    return problems


def validate_capacity(lines: Sequence[CapacityLine], stages: Sequence[Stage]) -> list[Problem]:
    if not lines:
        return []
    problems = _duplicate_problems(
        [c.role for c in lines],
        lambda number: t(QT_TRANSLATE_NOOP("core", "capacity line {number} role"), number=number),
        lambda: t(QT_TRANSLATE_NOOP("core", "a capacity line needs a role")))
    for index, line in enumerate(lines, start=1):
        problems += capacity_line_problems(line, stages, _named_where(
            QT_TRANSLATE_NOOP("core", "capacity “{name}”"),
            QT_TRANSLATE_NOOP("core", "capacity line {number}"), line.role, index))
    return problems


def validate_costs(stage_costs: Mapping[str, Decimal], fixed_costs: Sequence[FixedCost],
                   gross_margin: Decimal, stages: Sequence[Stage]) -> list[Problem]:
    problems: list[Problem] = []
    names = {s.name for s in stages}
    for stage_name, amount in stage_costs.items():
        if stage_name in names and amount >= 0:
            continue
        field_name = t(QT_TRANSLATE_NOOP("core", "cost per unit of “{stage}”"), stage=stage_name)
        if stage_name not in names:
            problems.append(Problem(field_name, _not_a_stage(stage_name)))
        problem = negative_cost_problem(amount, field_name)
        if problem:
            problems.append(problem)
    if fixed_costs:
        problems += _duplicate_problems(
            [f.name for f in fixed_costs],
            lambda number: t(QT_TRANSLATE_NOOP("core", "fixed cost {number} name"),
                             number=number),
            lambda: t(QT_TRANSLATE_NOOP("core", "a fixed cost needs a name")))
        for index, cost in enumerate(fixed_costs, start=1):
            where = _named_where(QT_TRANSLATE_NOOP("core", "fixed cost “{name}”"),
                                 QT_TRANSLATE_NOOP("core", "fixed cost {number}"),
                                 cost.name, index)
            if cost.amount < 0:
                problems.append(Problem(
                    t(QT_TRANSLATE_NOOP("core", "{where} amount"), where=where()),
                    t(QT_TRANSLATE_NOOP("core", "a cost cannot be negative, got {value}"),
                      value=cost.amount)))
    problem = gross_margin_problem(gross_margin,
                                   lambda: t(QT_TRANSLATE_NOOP("core", "gross margin")))
    if problem:
        problems.append(problem)
    return problems


def validate_planning_depth(segments: Sequence[Segment], capacity: Sequence[CapacityLine],
                            stage_costs: Mapping[str, Decimal], fixed_costs: Sequence[FixedCost],
                            gross_margin: Decimal, stages: Sequence[Stage]) -> list[Problem]:
    """Segments, team capacity and budget (DESIGN §4b); nothing to check at their defaults."""
    if not (segments or capacity or stage_costs or fixed_costs) and gross_margin == 1:
        return []
    return (validate_segments(segments, stages) + validate_capacity(capacity, stages)
            + validate_costs(stage_costs, fixed_costs, gross_margin, stages))


def validate_spend_kpi(agreement: Agreement) -> list[Problem]:
    """The spend KPI must be a custom currency KPI where lower is better."""
    if not agreement.spend_kpi:
        return []
    kpi = next((k for k in agreement.custom_kpis if k.name == agreement.spend_kpi), None)
    if kpi is None or kpi.unit is not Unit.CURRENCY or kpi.direction is not Direction.LOWER:
        return [Problem(t(QT_TRANSLATE_NOOP("core", "spend KPI")), t(QT_TRANSLATE_NOOP(
            "core", "“{name}” is not a custom currency KPI where lower is better"),
            name=agreement.spend_kpi))]
    return []
