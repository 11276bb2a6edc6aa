"""The domain model of an SLA: agreement, parties, objective, stages, protocols, KPIs.

Every number that takes part in the plan is a ``Decimal`` (never a float). Validation lives
here so that the command line, the wizard and the editors refuse the same things with the
same words. Each problem names the field it is about.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from slaworkshop.periods import is_month, month_range
from slaworkshop.text import QT_TRANSLATE_NOOP, t

DEFAULT_MONTHS = 12
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
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("_", "")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                [
                    Problem(
                        what, t(QT_TRANSLATE_NOOP("core", "“{value}” is not a number"), value=value)
                    )
                ]
            ) from None
    else:
        raise ValidationError(
            [
                Problem(
                    what,
                    t(QT_TRANSLATE_NOOP("core", "“{value}” is not a number"), value=repr(value)),
                )
            ]
        )
    if not result.is_finite():
        raise ValidationError(
            [
                Problem(
                    what,
                    t(QT_TRANSLATE_NOOP("core", "“{value}” is not a finite number"), value=value),
                )
            ]
        )
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

    def copy(self) -> Agreement:
        """A deep copy. Written out rather than ``copy.deepcopy`` because undo snapshots are
        taken on every keystroke and this is ten times faster; Decimals and strings are
        immutable, so they are shared."""
        return dataclasses.replace(
            self,
            objective=dataclasses.replace(self.objective),
            stages=[dataclasses.replace(s, aliases=list(s.aliases)) for s in self.stages],
            parties=[dataclasses.replace(p) for p in self.parties],
            seasonality=list(self.seasonality),
            protocols=[dataclasses.replace(p) for p in self.protocols],
            custom_kpis=[dataclasses.replace(k, targets=list(k.targets), aliases=list(k.aliases))
                         for k in self.custom_kpis],
            thresholds=dataclasses.replace(self.thresholds),
            signatures=[dataclasses.replace(s) for s in self.signatures],
        )

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
        """Remove a custom KPI; protocols it measured are left unmeasured."""
        name = self.custom_kpis.pop(index).name
        for protocol in self.protocols:
            if protocol.kpi == name:
                protocol.kpi = ""

    def rename_kpi(self, index: int, new_name: str) -> None:
        """Rename a custom KPI and the protocols that refer to it."""
        old = self.custom_kpis[index].name
        self.custom_kpis[index].name = new_name
        for protocol in self.protocols:
            if protocol.kpi == old:
                protocol.kpi = new_name


def conversion_kpi_name(upper: str, lower: str) -> str:
    return f"{upper} → {lower}"


def _blank(text: str) -> bool:
    return not text or not text.strip()


def _name_key(name: str) -> str:
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
) -> list[Problem]:
    return (
        validate_objective(objective)
        + validate_stages(stages)
        + validate_period(start, months)
        + validate_seasonality(weights, months)
    )


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
    problems: list[Problem] = []
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
    problems += validate_plan_inputs(
        agreement.objective,
        agreement.stages,
        agreement.start,
        agreement.months,
        agreement.seasonality,
    )
    problems += validate_parties(agreement.parties)
    party_names = {p.name for p in agreement.parties}
    for stage in agreement.stages:
        if stage.owner and agreement.parties and stage.owner not in party_names:
            problems.append(
                Problem(
                    t(QT_TRANSLATE_NOOP("core", "stage “{name}” owner"), name=stage.name),
                    _not_a_party(stage.owner),
                )
            )
    kpi_names = {_name_key(k.name) for k in agreement.kpis() if k.kind is not KpiKind.CUSTOM}
    for index, kpi in enumerate(agreement.custom_kpis, start=1):
        where = _kpi_where(kpi, index)
        if _blank(kpi.name):
            problems.append(
                Problem(
                    t(QT_TRANSLATE_NOOP("core", "{where} name"), where=where.text()),
                    t(QT_TRANSLATE_NOOP("core", "a KPI needs a name")),
                )
            )
        elif _name_key(kpi.name) in kpi_names:
            problems.append(
                Problem(
                    t(QT_TRANSLATE_NOOP("core", "{where} name"), where=where.text()),
                    t(QT_TRANSLATE_NOOP("core", "“{name}” is already a KPI name"), name=kpi.name),
                )
            )
        kpi_names.add(_name_key(kpi.name))
        targets_field = _LazyField(QT_TRANSLATE_NOOP("core", "{where} targets"), where)
        if kpi.targets and len(kpi.targets) != agreement.months:
            problems.append(
                Problem(
                    targets_field.text(),
                    t(
                        QT_TRANSLATE_NOOP(
                            "core", "one target per month is needed: {months}, got {count}"
                        ),
                        months=agreement.months,
                        count=len(kpi.targets),
                    ),
                )
            )
        if any(target is not None and target < 0 for target in kpi.targets):
            problems.append(
                Problem(targets_field.text(),
                        t(QT_TRANSLATE_NOOP("core", "targets cannot be negative")))
            )
        if kpi.owner and agreement.parties and kpi.owner not in party_names:
            problems.append(
                Problem(
                    t(QT_TRANSLATE_NOOP("core", "{where} owner"), where=where.text()),
                    _not_a_party(kpi.owner),
                )
            )
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
            if agreement.parties and name and name not in party_names:
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
    thresholds = agreement.thresholds
    if not (0 < thresholds.amber <= thresholds.green):
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "thresholds")),
                t(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the amber threshold must be above 0 and at most the green threshold",
                    )
                ),
            )
        )
    if agreement.review_month is not None and not is_month(agreement.review_month):
        problems.append(
            Problem(
                t(QT_TRANSLATE_NOOP("core", "review month")),
                t(
                    QT_TRANSLATE_NOOP("core", "“{value}” is not a month in the form YYYY-MM"),
                    value=agreement.review_month,
                ),
            )
        )
    return problems


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
