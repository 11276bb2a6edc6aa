"""The monthly meeting's pictures as figures: the funnel against the plan, where it leaks, and
each KPI's pace. Plain Python over ``slaworkshop.tracking`` (its public API only), shared by the
screen, the report PDF and the report xlsx.

- **Funnel against the plan**, for the report month or the year to date: each stage's target
  and actual (the stage's volume KPI), and between adjacent stages the agreed conversion rate
  beside the actual one (the conversion KPI).
- **The leak**: the first conversion from the top whose actual is below amber (a red light),
  with the parties owning the two stages it joins, and how many of the lower stage are short of
  their target year to date. The further misses are tracking's shortfall findings for the same
  scope, except the lower stage of the leak, which the leak already explains.
- **Pace** of a KPI: its projected year end against the year's target, or *out of reach* when no
  result in the months left can meet the year's target: no month is left; a summed KPI where
  lower is better has already used more than the year allows; an averaged KPI would need the
  rest of the year to average below zero (lower is better) or above 100 % (a percent where
  higher is better).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from slaworkshop.model import KpiKind
from slaworkshop.tracking import (
    Finding,
    KpiTrack,
    Light,
    RunRateNote,
    Tracking,
    decimal_text,
    light,
    percent_text,
    shortfall_findings,
)

SCOPES = ("month", "ytd")


@dataclass(frozen=True)
class StageFigure:
    """One stage's target and actual for the scope (a month or the year to date)."""

    stage: str
    owner: str
    target: Fraction | None
    actual: Fraction | None
    attainment: Fraction | None
    status: Light


@dataclass(frozen=True)
class Handoff:
    """The conversion from one stage to the next: the agreed rate beside the actual one."""

    kpi: str
    upper: str
    lower: str
    upper_owner: str
    lower_owner: str
    agreed: Fraction | None
    actual: Fraction | None
    attainment: Fraction | None
    status: Light


@dataclass(frozen=True)
class Leak:
    """Where the funnel starts to leak: a handoff below amber, and the lower stage's shortfall
    against its year-to-date target (None when it is not short)."""

    index: int
    handoff: Handoff
    short_ytd: Fraction | None


@dataclass(frozen=True)
class FunnelAgainstPlan:
    scope: str
    through: str
    stages: tuple[StageFigure, ...]
    handoffs: tuple[Handoff, ...]
    leak: Leak | None
    misses: tuple[Finding, ...]


@dataclass(frozen=True)
class Pace:
    """Where a KPI is heading: its projected year end against the year's target."""

    projected: Fraction | None
    year_target: Fraction | None
    status: Light
    out_of_reach: bool


def _scoped(track: KpiTrack, scope: str) -> tuple[Fraction | None, Fraction | None,
                                                  Fraction | None, Light]:
    if scope == "ytd":
        return track.ytd_target, track.ytd_actual, track.ytd_attainment, track.ytd_status
    current = track.current
    return current.target, current.actual, current.attainment, current.status


def funnel_against_plan(tracking: Tracking, scope: str = "month") -> FunnelAgainstPlan:
    """The funnel of ``tracking``'s report month (``"month"``) or year to date (``"ytd"``)."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")
    agreement = tracking.agreement
    stages: list[StageFigure] = []
    for stage in agreement.stages:
        track = tracking.kpi(stage.name)
        if track is None:
            stages.append(StageFigure(stage.name, stage.owner, None, None, None, Light.NO_DATA))
            continue
        target, actual, ratio, status = _scoped(track, scope)
        stages.append(StageFigure(stage.name, stage.owner, target, actual, ratio, status))
    handoffs: list[Handoff] = []
    for upper, lower in zip(agreement.stages, agreement.stages[1:], strict=False):
        conversion = next((k for k in tracking.kpis if k.kpi.kind is KpiKind.CONVERSION
                           and k.kpi.stage == upper.name), None)
        if conversion is None:
            agreed = None if upper.rate is None else Fraction(upper.rate)
            handoffs.append(Handoff(f"{upper.name} → {lower.name}", upper.name, lower.name,
                                    upper.owner, lower.owner, agreed, None, None,
                                    Light.NO_DATA))
            continue
        target, actual, ratio, status = _scoped(conversion, scope)
        handoffs.append(Handoff(conversion.name, upper.name, lower.name, upper.owner,
                                lower.owner, target, actual, ratio, status))
    leak = None
    for index, handoff in enumerate(handoffs):
        if handoff.status is Light.RED:
            lower_track = tracking.kpi(handoff.lower)
            short = None
            if lower_track is not None and lower_track.ytd_target is not None \
                    and lower_track.ytd_actual is not None \
                    and lower_track.ytd_actual < lower_track.ytd_target:
                short = lower_track.ytd_target - lower_track.ytd_actual
            leak = Leak(index, handoff, short)
            break
    misses = tuple(f for f in shortfall_findings(tracking, scope)
                   if leak is None or f.stage != leak.handoff.lower)
    return FunnelAgainstPlan(scope, tracking.through, tuple(stages), tuple(handoffs), leak,
                             misses)


def pace(tracking: Tracking, track: KpiTrack) -> Pace:
    """The projected year end of ``track`` against its year target, or out of reach."""
    agreement = tracking.agreement
    months = agreement.month_list
    remaining = len(months) - (months.index(track.through) + 1)
    projected, year_target = track.projected, track.year_target
    status = light(projected, year_target, track.kpi.direction, agreement.thresholds)
    met = status is Light.GREEN
    # Out of reach: no month is left, or tracking's run rate says none could do it.
    out = (year_target is not None and track.ytd_actual is not None and not met
           and (remaining == 0 or track.run_rate_note is RunRateNote.OUT_OF_REACH))
    return Pace(projected, year_target, status, out)


def handoff_phrase(handoff: Handoff) -> str:
    """"the handoff from Marketing's MQL to Sales' SQL" (plain English, for non-Qt output)."""
    if handoff.upper_owner and handoff.lower_owner and handoff.upper_owner != handoff.lower_owner:
        return (f"the handoff from {_possessive(handoff.upper_owner)} {handoff.upper} to "
                f"{_possessive(handoff.lower_owner)} {handoff.lower}")
    owner = handoff.upper_owner or handoff.lower_owner
    if owner:
        return f"within {owner}, from {handoff.upper} to {handoff.lower}"
    return f"from {handoff.upper} to {handoff.lower}"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def leak_sentence(leak: Leak) -> str:
    """"MQL → SQL at 38 % against 50 %: the handoff from Marketing's MQL to Sales' SQL; 14 SQL
    short year to date." — plain English; the app translates its own."""
    handoff = leak.handoff
    text = (f"{handoff.kpi} at {percent_text(handoff.actual)} against "
            f"{percent_text(handoff.agreed)}: {handoff_phrase(handoff)}")
    if leak.short_ytd is not None:
        text += f"; {decimal_text(leak.short_ytd, 0)} {handoff.lower} short year to date"
    return text + "."
