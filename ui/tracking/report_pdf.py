"""The monthly report as HTML (for the on-screen view) and as a PDF (Qt's text document).

One section per party: its KPIs with this month's target, actual and attainment, year to date,
projected year end and the run rate still needed, with traffic-light colours; then what met or
beat the target (celebrate it), what missed and where the shortfall comes from.
"""

from __future__ import annotations

import html
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from slaworkshop.tracking import KpiTrack, Light, MonthlyReport, PartySection
from ui.models.tracking_format import (
    LIGHT_BACKGROUND,
    LIGHT_FOREGROUND,
    figure,
    finding_text,
    light_text,
    month_name,
    percent,
    run_rate_text,
    target_text,
)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _cell(text: str, status: Light | None = None, align: str = "right") -> str:
    style = f"text-align:{align};"
    if status is not None:
        style += f"background-color:{LIGHT_BACKGROUND[status]};color:{LIGHT_FOREGROUND[status]};"
    return f'<td style="{style}">{_e(text)}</td>'


# Columns left out in large type, so the rest stays readable on a projector.
COMPACT_DROPS = frozenset({"ytd_target", "ytd_actual", "status"})


def _kpi_cells(track: KpiTrack, locale: QLocale) -> list[tuple[str, str]]:
    current = track.current
    return [
        ("kpi", _cell(track.name, align="left")),
        ("target", _cell(target_text(track, current.target, locale))),
        ("actual", _cell(figure(track, current.actual, locale), current.status)),
        ("attainment", _cell(percent(current.attainment, locale), current.status)),
        ("status", _cell(light_text(current.status), current.status, "center")),
        ("ytd_target", _cell(figure(track, track.ytd_target, locale))),
        ("ytd_actual", _cell(figure(track, track.ytd_actual, locale), track.ytd_status)),
        ("ytd", _cell(percent(track.ytd_attainment, locale), track.ytd_status)),
        ("projected", _cell(figure(track, track.projected, locale))),
        ("year", _cell(target_text(track, track.year_target, locale))),
        (
            "run_rate",
            _cell(run_rate_text(track, locale)),
        ),
    ]


def _headers() -> list[tuple[str, str]]:
    return [
        ("kpi", QCoreApplication.translate("MonthlyReport", "KPI")),
        ("target", QCoreApplication.translate("MonthlyReport", "Target")),
        ("actual", QCoreApplication.translate("MonthlyReport", "Actual")),
        ("attainment", QCoreApplication.translate("MonthlyReport", "Attainment")),
        ("status", QCoreApplication.translate("MonthlyReport", "Status")),
        ("ytd_target", QCoreApplication.translate("MonthlyReport", "YTD target")),
        ("ytd_actual", QCoreApplication.translate("MonthlyReport", "YTD actual")),
        ("ytd", QCoreApplication.translate("MonthlyReport", "YTD")),
        ("projected", QCoreApplication.translate("MonthlyReport", "Projected year end")),
        ("year", QCoreApplication.translate("MonthlyReport", "Year target")),
        ("run_rate", QCoreApplication.translate("MonthlyReport", "Run rate needed")),
    ]


def _against(track: KpiTrack, locale: QLocale) -> str:
    """"Leads: 90 against a target of 100 (90 %)"."""
    return (
        QCoreApplication.translate("MonthlyReport", "%1: %2 against a target of %3 (%4)")
        .replace("%1", track.name)
        .replace("%2", figure(track, track.current.actual, locale))
        .replace("%3", target_text(track, track.current.target, locale))
        .replace("%4", percent(track.current.attainment, locale))
    )


def _section(
    section: PartySection,
    locale: QLocale,
    compact: bool,
    new_page: bool = False,
) -> str:
    style = ' style="page-break-before: always;"' if new_page else ""
    party = section.party or QCoreApplication.translate("MonthlyReport", "No owner")
    parts = [f"<div{style}><h2>{_e(party)}</h2></div>"]
    keep = [key for key, _ in _headers() if not (compact and key in COMPACT_DROPS)]
    parts.append(
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
        'style="border-collapse:collapse;border-color:#BBBBBB;">'
    )
    wide = ' width="22%"'
    # A header row in <thead> is repeated on every page the table runs over.
    parts.append(
        "<thead><tr>"
        + "".join(
            f'<th style="background-color:#E8ECF1;"{wide if key == "kpi" else ""}>{_e(text)}</th>'
            for key, text in _headers()
            if key in keep
        )
        + "</tr></thead>"
    )
    for track in section.kpis:
        cells = dict(_kpi_cells(track, locale))
        parts.append("<tr>" + "".join(cells[key] for key in keep) + "</tr>")
    parts.append("</table>")
    # Translation calls stay out of f-strings: lupdate does not look inside them.
    if section.beat:
        items = "".join(f"<li>{_e(_against(t, locale))}</li>" for t in section.beat)
        beat = QCoreApplication.translate("MonthlyReport", "Met or beat the target")
        parts.append(f"<h3>{_e(beat)}</h3><ul>{items}</ul>")
    if section.missed:
        explained = {f.stage: f for f in section.findings}
        lines = []
        for track in section.missed:
            finding = explained.get(track.name)
            text = (finding_text(finding, locale) if finding is not None
                    else _against(track, locale))
            lines.append(f"<li>{_e(text)}</li>")
        missed = QCoreApplication.translate("MonthlyReport", "Missed, and why")
        parts.append(f"<h3>{_e(missed)}</h3><ul>{''.join(lines)}</ul>")
    if section.no_data:
        names = QCoreApplication.translate("MonthlyReport", ", ").join(
            t.name for t in section.no_data
        )
        no_data = QCoreApplication.translate("MonthlyReport", "No data this month: %1").replace(
            "%1", names
        )
        parts.append(f"<p><i>{_e(no_data)}</i></p>")
    return "".join(parts)


def report_html(
    report: MonthlyReport,
    locale: QLocale,
    font_pt: float = 9,
    compact: bool | None = None,
    page_per_party: bool = False,
) -> str:
    """The whole report as HTML; ``font_pt`` sets the body size (large for a projector).

    ``compact`` (by default from 16 pt up) leaves out the status words and the year-to-date
    target and actual columns; the colours and the year-to-date attainment remain.
    """
    if compact is None:
        compact = font_pt >= 16
    agreement = report.agreement
    title = QCoreApplication.translate("MonthlyReport", "Monthly report, %1").replace(
        "%1", month_name(report.month, locale, True)
    )
    details = [
        agreement.organisation,
        QCoreApplication.translate("MonthlyReport", "revision %1").replace(
            "%1", locale.toString(agreement.revision)
        ),
    ]
    if agreement.fingerprint:
        details.append(
            QCoreApplication.translate("MonthlyReport", "fingerprint %1").replace(
                "%1", agreement.fingerprint[:16]
            )
        )
    green = percent(Fraction(agreement.thresholds.green), locale)
    amber = percent(Fraction(agreement.thresholds.amber), locale)
    legend = (
        QCoreApplication.translate(
            "MonthlyReport", "Green: %1 of the target or better; amber: %2 or better; red: below."
        )
        .replace("%1", green)
        .replace("%2", amber)
    )
    body = [
        f"<h1>{_e(agreement.title)}</h1>",
        f"<p><b>{_e(title)}</b><br/>{_e(' · '.join(d for d in details if d))}</p>",
        f"<p style='color:#555555;'>{_e(legend)}</p>",
    ]
    body.extend(
        _section(section, locale, compact, page_per_party and index > 0)
        for index, section in enumerate(report.sections)
    )
    if not report.findings:
        all_met = QCoreApplication.translate(
            "MonthlyReport", "Every stage of the funnel met its target this month."
        )
        body.append(f"<p>{_e(all_met)}</p>")
    text = "".join(body)
    # Qt's rich text keeps its own heading sizes; headings are sized paragraphs instead.
    for tag, scale in (("h1", 1.9), ("h2", 1.5), ("h3", 1.15)):
        size = (
            f"<p style='font-size:{font_pt * scale:.0f}pt;font-weight:bold;"
            f"margin-top:{font_pt * 0.8:.0f}pt;margin-bottom:{font_pt * 0.4:.0f}pt;'>"
        )
        text = text.replace(f"<{tag}>", size).replace(f"</{tag}>", "</p>")
    return f"<html><body style='font-size:{font_pt}pt;font-family:sans-serif;'>{text}</body></html>"


def write_report_pdf(
    report: MonthlyReport, path: str | Path, locale: QLocale | None = None
) -> None:
    """Render the report to an A4 landscape PDF (needs a QGuiApplication)."""
    locale = locale or QLocale()
    target = Path(path)
    temporary = target.with_name(f".{target.name}.partial")
    writer = QPdfWriter(str(temporary))
    writer.setTitle(f"{report.agreement.title} — {report.month}")
    writer.setCreator("SLA Workshop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    document = QTextDocument()
    # Without a page size of its own, the document is paginated for the writer's pages and
    # each page gets its number at the foot.
    document.setHtml(report_html(report, locale, page_per_party=True))
    try:
        document.print_(writer)
        del writer
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
