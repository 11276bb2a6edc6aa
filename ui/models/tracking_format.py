"""How tracking figures read on screen and in the report: locale numbers, colours, sentences.

Shared by the tracking grid, the report view and the report PDF so they all say the same thing.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale

from slaworkshop.model import Unit
from slaworkshop.tracking import (
    Aggregation,
    CauseKind,
    Check,
    Finding,
    KpiTrack,
    Light,
    RunRateNote,
    to_decimal,
)
from ui.widgets.numbers import money
from ui.widgets.numbers import month_name as month_name  # its home is widgets/: month_box

# Background and text colours of the traffic lights (the spreadsheet conventions people know).
LIGHT_BACKGROUND = {
    Light.GREEN: "#C6EFCE",
    Light.AMBER: "#FFEB9C",
    Light.RED: "#FFC7CE",
    Light.NO_DATA: "#EDEDED",
    Light.NOT_APPLICABLE: "#F5F5F5",
}
LIGHT_FOREGROUND = {
    Light.GREEN: "#006100",
    Light.AMBER: "#7A4A00",
    Light.RED: "#9C0006",
    Light.NO_DATA: "#6B6B6B",
    Light.NOT_APPLICABLE: "#6B6B6B",
}


def light_text(status: Light) -> str:
    return {
        Light.GREEN: QCoreApplication.translate("Tracking", "on target"),
        Light.AMBER: QCoreApplication.translate("Tracking", "close"),
        Light.RED: QCoreApplication.translate("Tracking", "below"),
        Light.NO_DATA: QCoreApplication.translate("Tracking", "no data"),
        Light.NOT_APPLICABLE: QCoreApplication.translate("Tracking", "n/a"),
    }[status]


def number(value: Fraction | Decimal | None, locale: QLocale, places: int = 1) -> str:
    """A figure with the locale's marks; whole numbers without decimals; "no data" for None."""
    if value is None:
        return QCoreApplication.translate("Tracking", "no data")
    rounded = to_decimal(value, places)
    assert rounded is not None
    if rounded == rounded.to_integral_value():
        return locale.toString(int(rounded))
    return locale.toString(float(rounded), "f", places)


def percent(value: Fraction | None, locale: QLocale, places: int = 0) -> str:
    if value is None:
        return QCoreApplication.translate("Tracking", "n/a")
    return QCoreApplication.translate("Tracking", "%1 %").replace(
        "%1", number(value * 100, locale, places)
    )


def figure(track: KpiTrack, value: Fraction | None, locale: QLocale) -> str:
    """A target, actual, projection or run rate of ``track`` as people read it."""
    if value is None:
        return QCoreApplication.translate("Tracking", "no data")
    if track.aggregation is Aggregation.RATIO or track.kpi.unit is Unit.PERCENT:
        scaled = value * 100 if track.aggregation is Aggregation.RATIO else value
        return QCoreApplication.translate("Tracking", "%1 %").replace(
            "%1", number(scaled, locale, 1)
        )
    if track.kpi.unit is Unit.CURRENCY:
        rounded = to_decimal(value, 2)
        assert rounded is not None
        return money(rounded, track.currency, locale)
    if track.kpi.unit is Unit.HOURS:
        return QCoreApplication.translate("Tracking", "%1 h").replace(
            "%1", number(value, locale, 1)
        )
    if track.kpi.unit is Unit.DAYS:
        return QCoreApplication.translate("Tracking", "%1 d").replace(
            "%1", number(value, locale, 1)
        )
    return number(value, locale, 1)


def run_rate_text(track: KpiTrack, locale: QLocale) -> str:
    """The run rate still needed, or why there is none to aim at."""
    if track.run_rate_note is RunRateNote.OUT_OF_REACH:
        return QCoreApplication.translate("Tracking", "out of reach")
    if track.run_rate_note is RunRateNote.MET:
        return QCoreApplication.translate("Tracking", "target met")
    return "—" if track.run_rate is None else figure(track, track.run_rate, locale)


def target_text(track: KpiTrack, value: Fraction | None, locale: QLocale) -> str:
    return (
        QCoreApplication.translate("Tracking", "no target")
        if value is None
        else figure(track, value, locale)
    )


def _check_text(check: Check, locale: QLocale) -> str:
    owner = check.owner
    if check.kind is CauseKind.TOP_OF_FUNNEL:
        text = QCoreApplication.translate(
            "Tracking", "it is the top of the funnel, with no stage before it"
        )
    elif check.kind is CauseKind.VOLUME:
        if check.status is Light.NO_DATA:
            text = QCoreApplication.translate("Tracking", "no data for %1").replace("%1", check.kpi)
        elif check.on_plan or check.shortfall is None:
            text = QCoreApplication.translate("Tracking", "%1 were on plan").replace(
                "%1", check.kpi
            )
        else:
            text = (
                QCoreApplication.translate("Tracking", "%1 were %2 under target")
                .replace("%1", check.kpi)
                .replace("%2", percent(check.shortfall, locale))
            )
    elif check.status in (Light.NO_DATA, Light.NOT_APPLICABLE):
        text = QCoreApplication.translate("Tracking", "no %1 rate to compare").replace(
            "%1", check.kpi
        )
    elif check.on_plan or check.shortfall is None:
        text = QCoreApplication.translate("Tracking", "the %1 rate is on plan").replace(
            "%1", check.kpi
        )
    else:
        text = (
            QCoreApplication.translate("Tracking", "the %1 rate is %2 under the agreed rate")
            .replace("%1", check.kpi)
            .replace("%2", percent(check.shortfall, locale))
        )
    return (
        QCoreApplication.translate("Tracking", "%1 (%2)").replace("%1", text).replace("%2", owner)
        if owner
        else text
    )


def finding_text(finding: Finding, locale: QLocale) -> str:
    """E.g. "MQL 15 % under: Leads were 14 % under target (Marketing); the Leads → MQL rate is
    on plan (Marketing)." — facts, translated."""
    head = (
        QCoreApplication.translate("Tracking", "%1 %2 under")
        .replace("%1", finding.stage)
        .replace("%2", percent(finding.shortfall, locale))
    )
    parts = [
        _check_text(c, locale) for c in (finding.upstream, finding.conversion) if c is not None
    ]
    if not parts:
        return QCoreApplication.translate("Tracking", "%1.").replace("%1", head)
    return (
        QCoreApplication.translate("Tracking", "%1: %2.")
        .replace("%1", head)
        .replace("%2", QCoreApplication.translate("Tracking", "; ").join(parts))
    )
