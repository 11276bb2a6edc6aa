"""report: the monthly report for the company meeting, as text, JSON, PDF or xlsx.

--json and --xlsx need no Qt; --pdf starts an offscreen-capable QGuiApplication inside the
handler (Qt is imported only then).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from slaworkshop.cli import Rejected
from slaworkshop.commands._common import add_agreement_id, add_db_option, open_store, print_json
from slaworkshop.model import ValidationError, validate_agreement
from slaworkshop.periods import is_month
from slaworkshop.tracking import (
    KpiTrack,
    MonthlyReport,
    RunRateNote,
    TrackingError,
    budget_sentence,
    budget_track,
    decimal_text,
    finding_sentence,
    monthly_report,
    percent_text,
    report_json,
)

RUN_RATE_TEXT = {RunRateNote.OUT_OF_REACH: "out of reach", RunRateNote.MET: "target met"}



def run_rate_text(track: KpiTrack, places: int) -> str:
    """"out of reach", "target met" or the figure."""
    if track.run_rate_note is not None:
        return RUN_RATE_TEXT[track.run_rate_note]
    return decimal_text(track.run_rate, places)

def register(subparsers: Any) -> None:
    report = subparsers.add_parser(
        "report", help="the monthly report: targets against actuals, traffic lights, pace",
        description="The monthly report for the company meeting: per party, each KPI's target, "
                    "actual, attainment and status, year to date, projected year end and the "
                    "run rate still needed, and where each shortfall comes from.")
    add_db_option(report)
    add_agreement_id(report)
    report.add_argument("--month", required=True, metavar="YYYY-MM", help="the report month")
    report.add_argument("--lang", choices=("en", "es"), default="en",
                        help="language of the PDF and xlsx report (default en)")
    output = report.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument("--pdf", metavar="OUT", help="write the report as a PDF")
    output.add_argument("--xlsx", metavar="OUT", help="write the report as an xlsx workbook")
    report.set_defaults(func=cmd_report)


def _output_path(text: str, suffix: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != suffix:
        raise Rejected(f"{text}: the output file must end in {suffix}")
    if path.is_dir():
        raise Rejected(f"{text}: is a folder")
    if not path.parent.exists():
        raise Rejected(f"{text}: the folder {path.parent} does not exist")
    return path


def build_report(args: argparse.Namespace) -> MonthlyReport:
    if not is_month(args.month):
        raise Rejected(f"--month: “{args.month}” is not a month in the form YYYY-MM")
    with open_store(args, read_only=True) as store:
        agreement = store.load(args.id)
        actuals = store.actuals(args.id)
    problems = validate_agreement(agreement)
    if problems:
        raise ValidationError(problems)
    try:
        return monthly_report(agreement, actuals, args.month)
    except TrackingError as exc:
        raise Rejected(f"--month: {exc}") from None


def text_lines(report: MonthlyReport) -> list[str]:
    agreement = report.agreement
    lines = [f"{agreement.title} — monthly report {report.month} (revision "
             f"{agreement.revision})"]
    for section in report.sections:
        lines += ["", f"{section.party or 'No owner'}"]
        for track in section.kpis:
            current = track.current
            places = 4 if track.aggregation.value == "ratio" else 1
            lines.append(
                f"  {track.name}: target {decimal_text(current.target, places)}, actual "
                f"{decimal_text(current.actual, places)}, {percent_text(current.attainment)} "
                f"[{current.status.value}]; YTD {decimal_text(track.ytd_actual, places)} of "
                f"{decimal_text(track.ytd_target, places)}; projected "
                f"{decimal_text(track.projected, places)}; run rate "
                f"{run_rate_text(track, places)}")
        if section.beat:
            lines.append("  Met or beat the target: " + ", ".join(t.name for t in section.beat))
        for finding in section.findings:
            lines.append(f"  {finding_sentence(finding)}")
    budget = budget_track(report.tracking)
    if budget is not None:
        lines += ["", budget_sentence(budget)]
    return lines


def _write_xlsx(report: MonthlyReport, path: Path, language: str) -> None:
    from slaworkshop.report_xlsx import write_report_xlsx

    if language == "en":
        write_report_xlsx(report, path)
        return
    # Translated with the app's translation file; Qt Core only, no display needed.
    from PySide6.QtCore import QCoreApplication

    from ui.document.blocks import document_locale
    from ui.document.export import in_language
    from ui.models.tracking_format import finding_text
    from ui.tracking.dashboard_text import leak_text

    app = QCoreApplication.instance() or QCoreApplication(["slaworkshop"])
    locale = document_locale(language)
    with in_language(language):
        write_report_xlsx(
            report, path,
            translate=lambda text: QCoreApplication.translate("report_xlsx", text),
            sentence=lambda finding: finding_text(finding, locale),
            leak_sentence=lambda leak: leak_text(leak, locale))
    del app


def _write_pdf(report: MonthlyReport, path: Path, language: str) -> None:
    from ui.document.blocks import document_locale
    from ui.document.export import gui_application, in_language
    from ui.tracking.report_pdf import write_report_pdf

    app = gui_application()
    with in_language(language):
        write_report_pdf(report, path, document_locale(language))
    del app


def cmd_report(args: argparse.Namespace) -> int:
    report = build_report(args)
    language = getattr(args, "lang", None) or "en"
    if args.json:
        print_json(report_json(report))
    elif args.xlsx:
        _write_xlsx(report, _output_path(args.xlsx, ".xlsx"), language)
    elif args.pdf:
        _write_pdf(report, _output_path(args.pdf, ".pdf"), language)
    else:
        print("\n".join(text_lines(report)))
    return 0
