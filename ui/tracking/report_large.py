"""The monthly report in large type, for the projector at the monthly meeting.

One narrow table per party, each KPI one row of four figures people read from the back of the
room: the traffic light, this month's actual, its target and one pace figure (where the year
ends at this pace, against the year's target). Everything else (year to date, the projection,
the run rate still needed, why a KPI missed) is a click away: clicking a KPI's name opens its
details under it (the ``kpi:`` links, see ``ReportView``).
"""

from __future__ import annotations

import html
from collections.abc import Collection
from fractions import Fraction
from urllib.parse import quote, unquote

from PySide6.QtCore import QCoreApplication, QLocale

from slaworkshop.tracking import KpiTrack, Light, MonthlyReport, PartySection, attainment
from ui.models.tracking_format import (
    LIGHT_BACKGROUND,
    LIGHT_FOREGROUND,
    figure,
    finding_text,
    light_text,
    month_name,
    percent,
    target_text,
)

LINK_PREFIX = "kpi:"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def kpi_link(name: str) -> str:
    return LINK_PREFIX + quote(name, safe="")


def kpi_of_link(link: str) -> str | None:
    return unquote(link[len(LINK_PREFIX):]) if link.startswith(LINK_PREFIX) else None


def pace(track: KpiTrack) -> Fraction | None:
    """Where the year ends at this pace, as a share of the year's target (None: unknown)."""
    return attainment(track.projected, track.year_target, track.kpi.direction)


def _light_cell(status: Light) -> str:
    style = (f"background-color:{LIGHT_BACKGROUND[status]};color:{LIGHT_FOREGROUND[status]};"
             "white-space:nowrap;")
    return f'<td style="{style}">&#9679;&nbsp;{_e(light_text(status))}</td>'


def _figure_cell(text: str, status: Light | None = None) -> str:
    style = "text-align:right;white-space:nowrap;"
    if status is not None:
        style += f"background-color:{LIGHT_BACKGROUND[status]};color:{LIGHT_FOREGROUND[status]};"
    return f'<td style="{style}">{_e(text)}</td>'


def _details(track: KpiTrack, section: PartySection, locale: QLocale) -> str:
    """The KPI's other figures and, when it missed, why (in sentences)."""
    lines = [
        QCoreApplication.translate("LargeReport", "This month: %1 of the target.").replace(
            "%1", percent(track.current.attainment, locale)),
        QCoreApplication.translate("LargeReport", "Year to date: %1 against a target of %2 (%3).")
        .replace("%1", figure(track, track.ytd_actual, locale))
        .replace("%2", target_text(track, track.ytd_target, locale))
        .replace("%3", percent(track.ytd_attainment, locale)),
        QCoreApplication.translate("LargeReport", "Projected year end: %1; year target %2.")
        .replace("%1", figure(track, track.projected, locale))
        .replace("%2", target_text(track, track.year_target, locale)),
    ]
    if track.run_rate is not None:
        lines.append(QCoreApplication.translate(
            "LargeReport", "Needed each remaining month to reach it: %1.").replace(
            "%1", figure(track, track.run_rate, locale)))
    finding = next((f for f in section.findings if f.stage == track.name), None)
    if finding is not None:
        lines.append(finding_text(finding, locale))
    return "<br/>".join(_e(line) for line in lines)


def _section(section: PartySection, locale: QLocale, font_pt: float,
             opened: Collection[str]) -> str:
    party = section.party or QCoreApplication.translate("MonthlyReport", "No owner")
    head = "".join(
        f'<th width="{width}%" style="background-color:#E8ECF1;text-align:{align};'
        f'white-space:nowrap;">{_e(text)}</th>'
        # The same widths in every party's table, so the columns line up down the page.
        for text, align, width in (
            (QCoreApplication.translate("LargeReport", "KPI"), "left", 34),
            (QCoreApplication.translate("LargeReport", "Light"), "left", 21),
            (QCoreApplication.translate("LargeReport", "Actual"), "right", 16),
            (QCoreApplication.translate("LargeReport", "Target"), "right", 13),
            (QCoreApplication.translate("LargeReport", "At this pace"), "right", 16)))
    rows = []
    for track in section.kpis:
        current = track.current
        mark = "▾" if track.name in opened else "▸"
        name = (f'<a href="{_e(kpi_link(track.name))}" style="color:#1d2733;'
                f'text-decoration:none;">{mark}&nbsp;{_e(track.name)}</a>')
        rows.append(
            f"<tr><td>{name}</td>"
            + _light_cell(current.status)
            + _figure_cell(figure(track, current.actual, locale), current.status)
            + _figure_cell(target_text(track, current.target, locale))
            + _figure_cell(percent(pace(track), locale))
            + "</tr>")
        if track.name in opened:
            rows.append(f'<tr><td colspan="5" style="font-size:{font_pt * 0.7:.0f}pt;'
                        f'color:#333333;">{_details(track, section, locale)}</td></tr>')
    return (f"<p style='font-size:{font_pt * 1.2:.0f}pt;font-weight:bold;"
            f"margin-top:{font_pt * 0.6:.0f}pt;margin-bottom:{font_pt * 0.2:.0f}pt;'>"
            f"{_e(party)}</p>"
            '<table width="100%" cellspacing="0" cellpadding="6" border="1" '
            'style="border-collapse:collapse;border-color:#BBBBBB;">'
            f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>")


def large_report_html(report: MonthlyReport, locale: QLocale, font_pt: float,
                      opened: Collection[str] = ()) -> str:
    """The report for the projector; the KPIs named in ``opened`` show their details."""
    title = (QCoreApplication.translate("LargeReport", "%1 — %2")
             .replace("%1", report.agreement.title)
             .replace("%2", month_name(report.month, locale, True)))
    hint = QCoreApplication.translate(
        "LargeReport", "Click a KPI for its details. “At this pace”: where the year ends if "
        "every month goes like the months so far, against the year's target.")
    body = [f"<p style='font-size:{font_pt * 1.2:.0f}pt;font-weight:bold;margin-bottom:0;'>"
            f"{_e(title)}</p>",
            f"<p style='font-size:{font_pt * 0.6:.0f}pt;color:#555555;margin-top:2pt;'>"
            f"{_e(hint)}</p>"]
    body.extend(_section(section, locale, font_pt, opened) for section in report.sections)
    return (f"<html><body style='font-size:{font_pt}pt;font-family:sans-serif;'>"
            f"{''.join(body)}</body></html>")
