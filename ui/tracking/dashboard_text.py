"""What the meeting's pictures say, in the user's language, and the colours they say it in.

Shared by the plan-against-actual funnel, the KPI tiles, meeting mode and the report PDF's
pictures, so the screen and the paper read alike.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale

from slaworkshop.dashboard import FunnelAgainstPlan, Handoff, Leak, Pace
from slaworkshop.model import Unit
from slaworkshop.tracking import Aggregation, KpiTrack, Light
from ui.models.tracking_format import figure, finding_text, month_name, number, percent

# Bar fills in the traffic-light colours, strong enough to read on white and on the dark
# projector background alike (the grid's pale cell colours vanish on a projector).
FILL = {
    Light.GREEN: "#2EA85A",
    Light.AMBER: "#E8A700",
    Light.RED: "#E0384B",
    Light.NO_DATA: "#8A939C",
    Light.NOT_APPLICABLE: "#8A939C",
}
# The same lights as text on a dark background.
DARK_TEXT = {
    Light.GREEN: "#5BDB8A",
    Light.AMBER: "#FFC933",
    Light.RED: "#FF6B7A",
    Light.NO_DATA: "#AAB4BE",
    Light.NOT_APPLICABLE: "#AAB4BE",
}
# ... and on white paper.
LIGHT_TEXT = {
    Light.GREEN: "#1B7A3E",
    Light.AMBER: "#8A5A00",
    Light.RED: "#B0182B",
    Light.NO_DATA: "#5F6870",
    Light.NOT_APPLICABLE: "#5F6870",
}

# Short, so the sentences fit their lines; lupdate reads any X.translate(context, text).
_qt = QCoreApplication



def scope_title(funnel: FunnelAgainstPlan, locale: QLocale) -> str:
    """"March 2027" or "Year to date, January to March 2027"."""
    month = month_name(funnel.through, locale, True)
    if funnel.scope == "month":
        return _qt.translate("Dashboard", "Funnel against the plan, %1").replace("%1", month)
    return _qt.translate(
        "Dashboard", "Funnel against the plan, year to date through %1").replace("%1", month)


def count_text(value: Fraction | None, locale: QLocale) -> str:
    return number(value, locale, 0)


def stage_value_text(target: Fraction | None, actual: Fraction | None,
                     attainment: Fraction | None, locale: QLocale) -> str:
    """"14 of 18 · 78 %"."""
    if actual is None:
        return _qt.translate("Dashboard", "no data (target %1)").replace(
            "%1", count_text(target, locale))
    if target is None:
        return count_text(actual, locale)
    return (_qt.translate("Dashboard", "%1 of %2 · %3").replace("%1", count_text(actual, locale))
            .replace("%2", count_text(target, locale)).replace("%3", percent(attainment, locale)))


def rate_text(rate: Fraction | None, locale: QLocale) -> str:
    """A conversion rate: whole percents, one decimal below 10 % (2.3 % of visits)."""
    return percent(rate, locale, 1 if rate is not None and rate * 100 < 10 else 0)


def handoff_rate_text(handoff: Handoff, locale: QLocale) -> str:
    """"↓ 38 % (agreed 50 %)"."""
    if handoff.actual is None:
        return _qt.translate("Dashboard", "↓ no data (agreed %1)").replace(
            "%1", rate_text(handoff.agreed, locale))
    return (_qt.translate("Dashboard", "↓ %1 (agreed %2)")
            .replace("%1", rate_text(handoff.actual, locale))
            .replace("%2", rate_text(handoff.agreed, locale)))


def handoff_text(handoff: Handoff) -> str:
    """"the handoff from Marketing's MQL to Sales' SQL"."""
    if handoff.upper_owner and handoff.lower_owner and handoff.upper_owner != handoff.lower_owner:
        template = _qt.translate("Dashboard", "the handoff from %1's %2 to %3's %4")
        # English: "Sales' SQL", not "Sales's SQL" (other languages word it their own way).
        for marker, owner in (("%1", handoff.upper_owner), ("%3", handoff.lower_owner)):
            if owner.endswith("s"):
                template = template.replace(f"{marker}'s", f"{marker}'")
        return (template.replace("%1", handoff.upper_owner).replace("%2", handoff.upper)
                .replace("%3", handoff.lower_owner).replace("%4", handoff.lower))
    owner = handoff.upper_owner or handoff.lower_owner
    if owner:
        return (_qt.translate("Dashboard", "within %1, from %2 to %3").replace("%1", owner)
                .replace("%2", handoff.upper).replace("%3", handoff.lower))
    return (_qt.translate("Dashboard", "from %1 to %2").replace("%1", handoff.upper)
            .replace("%2", handoff.lower))


def leak_mark_text(leak: Leak) -> str:
    """The short label beside the marked handoff: "Leak: Marketing → Sales"."""
    owners = [o for o in (leak.handoff.upper_owner, leak.handoff.lower_owner) if o]
    if len(owners) == 2 and owners[0] != owners[1]:
        who = (_qt.translate("Dashboard", "%1 → %2").replace("%1", owners[0])
               .replace("%2", owners[1]))
    else:
        who = owners[0] if owners else ""
    if not who:
        return _qt.translate("Dashboard", "◀ Leak")
    return _qt.translate("Dashboard", "◀ Leak: %1").replace("%1", who)


def leak_text(leak: Leak, locale: QLocale) -> str:
    """"MQL → SQL at 38 % against 50 %: the handoff from Marketing's MQL to Sales' SQL; 14 SQL
    short year to date."."""
    handoff = leak.handoff
    head = (_qt.translate("Dashboard", "%1 at %2 against %3: %4").replace("%1", handoff.kpi)
            .replace("%2", rate_text(handoff.actual, locale))
            .replace("%3", rate_text(handoff.agreed, locale))
            .replace("%4", handoff_text(handoff)))
    if leak.short_ytd is None:
        return _qt.translate("Dashboard", "%1.").replace("%1", head)
    return (_qt.translate("Dashboard", "%1; %2 %3 short year to date.").replace("%1", head)
            .replace("%2", count_text(leak.short_ytd, locale)).replace("%3", handoff.lower))


def no_leak_text(funnel: FunnelAgainstPlan) -> str:
    if all(h.actual is None for h in funnel.handoffs):
        return _qt.translate("Dashboard",
                             "No conversion to compare yet: import the month's actuals.")
    return _qt.translate("Dashboard", "No conversion is below amber: the funnel holds.")


def miss_texts(funnel: FunnelAgainstPlan, locale: QLocale) -> list[str]:
    return [finding_text(f, locale) for f in funnel.misses]


def ytd_text(track: KpiTrack, locale: QLocale) -> str:
    """"Year to date: 44 of 58 (76 %)"; an average reads as one."""
    if track.ytd_actual is None:
        return _qt.translate("Dashboard", "Year to date: no data")
    if track.aggregation is Aggregation.AVERAGE:
        template = _qt.translate("Dashboard", "Year to date: average %1 against %2")
    else:
        template = _qt.translate("Dashboard", "Year to date: %1 of %2")
    return (template.replace("%1", figure(track, track.ytd_actual, locale))
            .replace("%2", figure(track, track.ytd_target, locale) if track.ytd_target
                     is not None else _qt.translate("Dashboard", "no target")))


def pace_text(track: KpiTrack, pace: Pace, locale: QLocale) -> str:
    """"Year end: 126 projected, target 166" or "Year end: out of reach (target 100 %)"."""
    target = figure(track, pace.year_target, locale) if pace.year_target is not None \
        else _qt.translate("Dashboard", "no target")
    if pace.out_of_reach:
        return _qt.translate("Dashboard", "Year end: out of reach (target %1)").replace(
            "%1", target)
    if pace.projected is None:
        return _qt.translate("Dashboard", "Year end: no projection yet (target %1)").replace(
            "%1", target)
    if track.aggregation is Aggregation.AVERAGE:
        template = _qt.translate("Dashboard", "Year end: average %1 projected, target %2")
    else:
        template = _qt.translate("Dashboard", "Year end: %1 projected, target %2")
    projected = pace.projected
    if track.aggregation is Aggregation.SUM and track.kpi.unit is Unit.COUNT:
        # A projection of a count is a whole number: 126 SQL, not 125.9.
        projected = Fraction(round(projected))
    return template.replace("%1", figure(track, projected, locale)).replace("%2", target)


def month_text(track: KpiTrack, locale: QLocale) -> str:
    """"March: 14 against 18"."""
    current = track.current
    if current.actual is None:
        return _qt.translate("Dashboard", "This month: no data")
    target = figure(track, current.target, locale) if current.target is not None \
        else _qt.translate("Dashboard", "no target")
    return (_qt.translate("Dashboard", "This month: %1 against %2")
            .replace("%1", figure(track, current.actual, locale))
            .replace("%2", target))
