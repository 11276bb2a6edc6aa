"""Wizard page 6: how and when the parties report, and the month they review the agreement."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout

from slaworkshop.model import Problem
from slaworkshop.periods import add_months
from ui.models.seasonality_model import month_label
from ui.models.tracking_format import month_name
from ui.wizard.page import DraftPage, WizardHost


class ReportingPage(DraftPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Reporting and review"))
        self.setSubTitle(self.tr(
            "Reporting must be easy or it does not happen. Agree when the KPIs are presented, "
            "and the month to re-benchmark the rates from real data."))
        self.cadence_edit = QPlainTextEdit()
        self.cadence_edit.setTabChangesFocus(True)
        self.review_combo = QComboBox()
        self.green_spin = QSpinBox()
        self.amber_spin = QSpinBox()
        for spin in (self.green_spin, self.amber_spin):
            spin.setRange(0, 200)
            spin.setSuffix(" %")
            spin.setMaximumWidth(120)
        self.review_combo.setMaximumWidth(320)
        self.cadence_edit.setFixedHeight(self.cadence_edit.fontMetrics().lineSpacing() * 6 + 14)
        form = QFormLayout()
        form.addRow(self.tr("&Reporting cadence:"), self.cadence_edit)
        form.addRow(self.tr("Re&view the agreement in:"), self.review_combo)
        form.addRow(self.tr("&Green from:"), self.green_spin)
        form.addRow(self.tr("&Amber from:"), self.amber_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        legend = QLabel(self.tr(
            "A KPI is green at or above the green share of its target, amber at or above the "
            "amber share, and red below."))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        layout.addSpacing(12)
        heading = QLabel(self.tr("<b>The year of meetings</b>"))
        layout.addWidget(heading)
        # Each month's figures are presented the month after; the review month stands out.
        self.calendar_label = QLabel()
        self.calendar_label.setWordWrap(True)
        layout.addWidget(self.calendar_label)
        layout.addStretch(1)
        self.review_combo.currentIndexChanged.connect(self._show_calendar)
        layout.addWidget(self.problems_label)

    def load(self) -> None:
        draft = self.draft
        self.cadence_edit.setPlainText(draft.reporting_cadence)
        self.review_combo.clear()
        self.review_combo.addItem(self.tr("No review month"), None)
        # Any month of the period, and the half year after it.
        for offset in range(draft.months + 6):
            month = add_months(draft.start, offset)
            self.review_combo.addItem(month_name(month, self.locale(), long=True), month)
        position = self.review_combo.findData(draft.review_month)
        if position < 0 and draft.review_month:
            self.review_combo.addItem(draft.review_month, draft.review_month)
            position = self.review_combo.count() - 1
        self.review_combo.setCurrentIndex(max(position, 0))
        self._show_calendar()
        self.green_spin.setValue(int(draft.thresholds.green * 100))
        self.amber_spin.setValue(int(draft.thresholds.amber * 100))

    def store(self) -> None:
        draft = self.draft
        draft.reporting_cadence = self.cadence_edit.toPlainText().strip()
        draft.review_month = self.review_combo.currentData()
        draft.thresholds.green = _fraction(self.green_spin.value())
        draft.thresholds.amber = _fraction(self.amber_spin.value())

    def calendar_rows(self) -> list[tuple[str, str, bool]]:
        """(meeting month, the month whose figures it shows, is it the review month)."""
        draft = self.draft
        review = self.review_combo.currentData()
        rows = []
        for offset in range(draft.months):
            month = add_months(draft.start, offset)
            meeting = add_months(month, 1)
            rows.append((meeting, month, meeting == review))
        return rows

    def _show_calendar(self) -> None:
        cells = []
        for meeting, month, is_review in self.calendar_rows():
            text = self.tr("%1: %2 figures").replace(
                "%1", month_name(meeting, self.locale(), long=True)).replace(
                "%2", month_label(month, self.locale()))
            if is_review:
                text = "<b>" + text + " — " + self.tr("review of the agreement") + "</b>"
            cells.append(f"<td style='padding:2px 14px 2px 0'>{text}</td>")
        columns = 3
        rows = ["<tr>" + "".join(cells[i:i + columns]) + "</tr>"
                for i in range(0, len(cells), columns)]
        review = self.review_combo.currentData()
        note = ""
        if review and review not in {m for m, _f, _r in self.calendar_rows()}:
            note = "<p><b>" + self.tr("Review of the agreement: %1").replace(
                "%1", month_name(review, self.locale(), long=True)) + "</b></p>"
        self.calendar_label.setText("<table>" + "".join(rows) + "</table>" + note)

    def owns(self, problem: Problem) -> bool:
        return problem.field in ("review month", "thresholds")


def _fraction(percent: int) -> Decimal:
    value = Decimal(percent) / 100
    return value.to_integral_value() if value == value.to_integral_value() else value
