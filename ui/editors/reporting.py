"""How the agreement is kept: traffic-light thresholds, reporting cadence, review month."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from slaworkshop.model import Agreement, Problem, ValidationError
from slaworkshop.periods import is_month
from ui.editors.base import EditorBase, field_row, heading
from ui.session import AgreementSession
from ui.widgets.numbers import parse_percent, percent


class ReportingEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reporting")))
        hint = QLabel(self.tr("A KPI is green at or above the green threshold of its target, "
                              "amber at or above the amber threshold, red below."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.green = QLineEdit()
        self.green.setObjectName("greenThreshold")
        self.amber = QLineEdit()
        self.amber.setObjectName("amberThreshold")
        self.cadence = QPlainTextEdit()
        self.cadence.setObjectName("reportingCadence")
        self.cadence.setTabChangesFocus(True)
        self.cadence.setPlaceholderText(self.tr("When and where the teams report the KPIs "
                                                "together, e.g. at the monthly company meeting"))
        self.review = QLineEdit()
        self.review.setObjectName("reviewMonth")
        self.review.setPlaceholderText(self.tr("YYYY-MM (no review planned)"))
        for short in (self.green, self.amber, self.review):
            short.setMaximumWidth(short.fontMetrics().horizontalAdvance("0" * 24))
        green_error = field_row(form, self.tr("Green from"), self.green, "%")
        amber_error = field_row(form, self.tr("Amber from"), self.amber, "%")
        cadence_error = field_row(form, self.tr("Reporting cadence"), self.cadence)
        review_error = field_row(form, self.tr("Review month"), self.review)
        layout.addLayout(form, 1)

        b = self.binder
        b.line(self.green, green_error, key="green", text=self.tr("Change thresholds"),
               get=lambda a: a.thresholds.green, set=_set_green,
               parse=lambda t: parse_percent(t, self.tr("green threshold")), show=percent)
        b.line(self.amber, amber_error, key="amber", text=self.tr("Change thresholds"),
               get=lambda a: a.thresholds.amber, set=_set_amber,
               parse=lambda t: parse_percent(t, self.tr("amber threshold")), show=percent)
        b.plain_text(self.cadence, cadence_error, key="cadence",
                     text=self.tr("Change reporting cadence"),
                     get=lambda a: a.reporting_cadence, set=_set_cadence)
        b.line(self.review, review_error, key="review", text=self.tr("Change review month"),
               get=lambda a: a.review_month, set=_set_review, parse=self._parse_review,
               show=lambda v: v or "")
        self.refresh_all()

    def _parse_review(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        if not is_month(text):
            raise ValidationError([Problem(self.tr("review month"), self.tr(
                "“%1” is not a month in the form YYYY-MM").replace("%1", text))])
        return text


def _set_green(agreement: Agreement, value: Decimal) -> None:
    agreement.thresholds.green = value


def _set_amber(agreement: Agreement, value: Decimal) -> None:
    agreement.thresholds.amber = value


def _set_cadence(agreement: Agreement, value: str) -> None:
    agreement.reporting_cadence = value


def _set_review(agreement: Agreement, value: str | None) -> None:
    agreement.review_month = value
