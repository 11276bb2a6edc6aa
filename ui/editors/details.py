"""The agreement's heading and period: title, organisation, currency, first month, months."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from slaworkshop.model import MAX_MONTHS, Agreement, Problem, ValidationError
from slaworkshop.periods import is_month
from ui.editors.base import EditorBase, field_row, heading
from ui.session import AgreementSession


class DetailsEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        form.addRow(heading(self.tr("Agreement")))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.currency = QLineEdit()
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(3)
        self.start = QLineEdit()
        self.start.setObjectName("start")
        self.start.setPlaceholderText(self.tr("YYYY-MM"))
        self.months = QSpinBox()
        self.months.setObjectName("months")
        self.months.setRange(1, MAX_MONTHS)
        title_error = field_row(form, self.tr("Title"), self.title)
        organisation_error = field_row(form, self.tr("Organisation"), self.organisation)
        currency_error = field_row(form, self.tr("Currency"), self.currency)
        start_error = field_row(form, self.tr("First month"), self.start)
        months_error = field_row(form, self.tr("Months"), self.months)
        layout.addLayout(form)
        layout.addStretch(1)

        b = self.binder
        b.line(self.title, title_error, key="title", text=self.tr("Change title"),
               get=lambda a: a.title, set=_set_title)
        b.line(self.organisation, organisation_error, key="organisation",
               text=self.tr("Change organisation"),
               get=lambda a: a.organisation, set=_set_organisation)
        b.line(self.currency, currency_error, key="currency", text=self.tr("Change currency"),
               get=lambda a: a.currency, set=_set_currency, parse=lambda t: t.strip().upper())
        b.line(self.start, start_error, key="start", text=self.tr("Change first month"),
               get=lambda a: a.start, set=_set_start, parse=self._parse_month)
        b.spin(self.months, months_error, key="months", text=self.tr("Change number of months"),
               get=lambda a: a.months, set=Agreement.set_months)
        self.refresh_all()

    def _parse_month(self, text: str) -> str:
        text = text.strip()
        if not is_month(text):
            raise ValidationError([Problem(self.tr("first month"), self.tr(
                "“%1” is not a month in the form YYYY-MM").replace("%1", text))])
        return text


def _set_title(agreement: Agreement, value: str) -> None:
    agreement.title = value


def _set_organisation(agreement: Agreement, value: str) -> None:
    agreement.organisation = value


def _set_currency(agreement: Agreement, value: str) -> None:
    agreement.currency = value


def _set_start(agreement: Agreement, value: str) -> None:
    agreement.start = value
