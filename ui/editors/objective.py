"""The revenue objective: revenue target, average deal value and marketing share, with what
they mean in won customers."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement
from ui.editors.base import EditorBase, field_row, heading
from ui.session import AgreementSession
from ui.widgets.numbers import money, parse_number, parse_percent, percent, plain, whole
from ui.widgets.steady_label import WrappedLabelBox


class ObjectiveEditor(EditorBase):
    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        form.addRow(heading(self.tr("Revenue objective")))
        self.revenue = QLineEdit()
        self.revenue.setObjectName("revenue")
        self.deal_value = QLineEdit()
        self.deal_value.setObjectName("dealValue")
        self.share = QLineEdit()
        self.share.setObjectName("marketingShare")
        self.currency_units = [QLabel(), QLabel()]
        revenue_error = field_row(form, self.tr("Revenue target"), self.revenue,
                                  self.currency_units[0])
        deal_error = field_row(form, self.tr("Average deal value"), self.deal_value,
                               self.currency_units[1])
        share_error = field_row(form, self.tr("Marketing share"), self.share, "%")
        self.share.setToolTip(self.tr("Share of new revenue that marketing-sourced leads must "
                                      "bring"))
        self.summary = QLabel()
        self.summary.setObjectName("objectiveSummary")
        # Its text changes with every keystroke in the fields above: laid out again only
        # when it needs another line.
        self._summary_box = WrappedLabelBox(self.summary)
        form.addRow(self._summary_box)

        layout.addLayout(form)

        b = self.binder
        b.line(self.revenue, revenue_error, key="revenue", text=self.tr("Change revenue target"),
               get=lambda a: a.objective.revenue, set=_set_revenue,
               parse=lambda t: parse_number(t, self.tr("revenue")), show=plain)
        b.line(self.deal_value, deal_error, key="deal_value",
               text=self.tr("Change average deal value"),
               get=lambda a: a.objective.deal_value, set=_set_deal_value,
               parse=lambda t: parse_number(t, self.tr("deal value")), show=plain)
        b.line(self.share, share_error, key="marketing_share",
               text=self.tr("Change marketing share"),
               get=lambda a: a.objective.marketing_share, set=_set_share,
               parse=lambda t: parse_percent(t, self.tr("marketing share")), show=percent)
        self.refresh_all()

    def shown_from(self, agreement: Agreement) -> object:
        objective, plan = agreement.objective, self.session.plan
        return (objective.revenue, objective.deal_value, objective.marketing_share,
                agreement.currency, None if plan is None else plan.won)

    def refresh(self) -> None:
        agreement = self.session.agreement
        plan = self.session.plan
        currency = agreement.currency if agreement is not None else ""
        for unit in self.currency_units:
            unit.setText(currency)
        if agreement is None or plan is None:
            self._summary_box.set_text("")
            return
        marketing = agreement.objective.revenue * agreement.objective.marketing_share
        self._summary_box.set_text(self.tr(
            "%1 won customers needed: %2 of new revenue from marketing-sourced leads at %3 "
            "per deal.").replace("%1", whole(plan.won)).replace(
            "%2", money(marketing.quantize(Decimal("0.01")), currency)).replace(
            "%3", money(agreement.objective.deal_value, currency)))


def _set_revenue(agreement: Agreement, value: Decimal) -> None:
    agreement.objective.revenue = value


def _set_deal_value(agreement: Agreement, value: Decimal) -> None:
    agreement.objective.deal_value = value


def _set_share(agreement: Agreement, value: Decimal) -> None:
    agreement.objective.marketing_share = value
