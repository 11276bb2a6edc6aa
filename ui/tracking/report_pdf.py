"""The monthly report as HTML (for the on-screen view) and as a PDF (Qt's text document).

One section per party: its KPIs with this month's target, actual and attainment, year to date,
projected year end and the run rate still needed, with traffic-light colours; then what met or
beat the target (celebrate it), what missed and where the shortfall comes from.
"""

from __future__ import annotations

import html
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from slaworkshop.tracking import KpiTrack, Light, MonthlyReport, PartySection, budget_track
from ui.document.fonts import document_font
from ui.document.pdf import draw_page
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
from ui.tracking.report_pictures import add_report_pictures


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _cell(text: str, status: Light | None = None, align: str = "right") -> str:
    style = f"text-align:{align};"
    if align != "left":
        # Figures and status words are read whole ("43.160", "on target"), never wrapped.
        style += "white-space:nowrap;"
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
    # The KPI's name gets a fifth of the width, the figures share the rest evenly; a column
    # whose heading has a longer word is widened by the layout, never broken in the word.
    share = 80 // max(1, len(keep) - 1)

    def width(key: str) -> str:
        return f' width="{20 if key == "kpi" else share}%"'

    # A header row in <thead> is repeated on every page the table runs over.
    parts.append(
        "<thead><tr>"
        + "".join(
            f'<th style="background-color:#E8ECF1;"{width(key)}>{_e(text)}</th>'
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


def _budget_section(report: MonthlyReport, locale: QLocale) -> str:
    """Spend against the budget, month by month, when the agreement names a spend KPI."""
    budget = budget_track(report.tracking)
    spend = report.tracking.kpi(budget.kpi) if budget is not None else None
    if budget is None or spend is None:
        return ""

    def money(value: Fraction | None) -> str:
        return "—" if value is None else figure(spend, value, locale)

    heading = QCoreApplication.translate("MonthlyReport", "Spend against the budget (%1)").replace(
        "%1", budget.kpi
    )
    headers = [
        QCoreApplication.translate("MonthlyReport", "Month"),
        QCoreApplication.translate("MonthlyReport", "Budget"),
        QCoreApplication.translate("MonthlyReport", "Spent"),
        QCoreApplication.translate("MonthlyReport", "Over (+) or under (−)"),
    ]
    rows: list[tuple[str, Fraction | None, Fraction | None, Fraction | None, Light | None]] = [
        (month_name(m.month, locale), m.budget, m.spent, m.variance, None) for m in budget.months
    ]
    year_to_date = QCoreApplication.translate("MonthlyReport", "Year to date")
    rows.append(
        (year_to_date, budget.ytd_budget, budget.ytd_spent, budget.ytd_variance, budget.status)
    )
    parts = [
        f"<h2>{_e(heading)}</h2>",
        '<table cellspacing="0" cellpadding="4" border="1" '
        'style="border-collapse:collapse;border-color:#BBBBBB;"><thead><tr>',
        "".join(f'<th style="background-color:#E8ECF1;">{_e(h)}</th>' for h in headers),
        "</tr></thead>",
    ]
    for label, planned, spent, variance, status in rows:
        over = "—" if variance is None else ("+" if variance > 0 else "") + money(variance)
        parts.append(
            "<tr>"
            + _cell(label, align="left")
            + _cell(money(planned))
            + _cell(money(spent), status)
            + _cell(over, status)
            + "</tr>"
        )
    parts.append("</table>")
    left = (
        QCoreApplication.translate("MonthlyReport", "%1 of the annual budget of %2 is left.")
        .replace("%1", money(budget.left))
        .replace("%2", money(budget.annual))
    )
    parts.append(f"<p>{_e(left)}</p>")
    return "".join(parts)


def report_html(
    report: MonthlyReport,
    locale: QLocale,
    font_pt: float = 9,
    compact: bool | None = None,
    page_per_party: bool = False,
    for_print: bool = False,
) -> str:
    """The whole report as HTML; ``font_pt`` sets the body size (large for a projector).

    ``for_print`` leaves the font to the document (the PDF's, without ligatures).

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
    budget = _budget_section(report, locale)
    if budget:
        body.append(budget)
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
    family = "" if for_print else "font-family:sans-serif;"
    return f"<html><body style='font-size:{font_pt}pt;{family}'>{text}</body></html>"


# The PDF's page: A4 landscape at 300 dpi, 12 mm margins, a footer line on every page.
PDF_DPI = 300
PDF_MM = PDF_DPI / 25.4
PDF_MARGIN = 12 * PDF_MM
PDF_FOOTER = 8 * PDF_MM


def _footer_text(report: MonthlyReport, locale: QLocale) -> str:
    agreement = report.agreement
    parts = [agreement.title, month_name(report.month, locale, True)]
    if agreement.fingerprint:
        parts.append(
            QCoreApplication.translate("MonthlyReport", "fingerprint %1").replace(
                "%1", agreement.fingerprint[:16]
            )
        )
    return " · ".join(parts)


def report_document(
    report: MonthlyReport, locale: QLocale, device: QPdfWriter, body: QSizeF
) -> QTextDocument:
    """The report laid out in pages of ``body`` on ``device`` (fonts measured on it)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(document_font(9))
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    # A heading too long for its column widens the column; it is never broken in a word.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setPageSize(body)
    document.setHtml(report_html(report, locale, page_per_party=True, for_print=True))
    return document


def write_report_pdf(
    report: MonthlyReport, path: str | Path, locale: QLocale | None = None
) -> None:
    """Render the report to an A4 landscape PDF (needs a QGuiApplication); every page has
    the agreement, the month, the fingerprint and "page X of Y" at its foot."""
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
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(PDF_DPI)
    page_w, page_h = float(writer.width()), float(writer.height())
    body = QSizeF(page_w - 2 * PDF_MARGIN, page_h - 2 * PDF_MARGIN - PDF_FOOTER)
    document = report_document(report, locale, writer, body)
    # The meeting's pictures first; the tables follow as the appendix.
    add_report_pictures(document, report, locale)
    footer = _footer_text(report, locale)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            draw_page(painter, document, body, page, PDF_MARGIN, PDF_MARGIN)
            painter.restore()
            painter.setFont(document_font(7.5))
            painter.setPen(QColor("#555555"))
            line = QRectF(PDF_MARGIN, page_h - PDF_MARGIN - PDF_FOOTER / 2, body.width(),
                          PDF_FOOTER / 2)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             footer)
            page_text = (
                QCoreApplication.translate("MonthlyReport", "page %1 of %2")
                .replace("%1", locale.toString(page + 1))
                .replace("%2", locale.toString(pages))
            )
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             page_text)
    finally:
        painter.end()
    try:
        del writer
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
