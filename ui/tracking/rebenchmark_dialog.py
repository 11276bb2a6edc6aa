"""Agreement ▸ Revise with re-benchmarked rates…: propose new rates from the actuals, show the
old and new rates and targets side by side, and create the new draft revision on OK."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement, ValidationError
from slaworkshop.rebenchmark import Rebenchmark, create_revision, rebenchmark
from slaworkshop.store import Store, StoreError
from slaworkshop.tracking import latest_reported_month
from ui.core_text import error_text, translated
from ui.models.tracking_format import month_name
from ui.widgets.month_box import MonthBox
from ui.widgets.numbers import money, percent
from ui.widgets.screen_fit import fit_to_screen


class RebenchmarkDialog(QDialog):
    COLUMNS = 6

    def __init__(self, store: Store, agreement: Agreement, parent: QWidget | None = None,
                 locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revise with re-benchmarked rates"))
        self.store = store
        self.agreement = agreement
        self._locale = locale or QLocale()
        assert agreement.id is not None
        self.actuals = store.actuals(agreement.id)
        self.proposal: Rebenchmark | None = None
        self.new_id: int | None = None
        self.month_box = MonthBox(self, self._locale)
        self.month_box.set_months(agreement.month_list[:-1],
                                  latest_reported_month(agreement, self.actuals),
                                  otherwise_last=True)
        self.summary = QLabel(self)
        self.summary.setObjectName("arithmetic")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setHorizontalHeaderLabels([
            self.tr("Stage"), self.tr("Agreed rate"), self.tr("Re-benchmarked rate"),
            self.tr("Old target, rest of period"), self.tr("New target"),
            self.tr("Pipeline at start")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create the new revision"))
        form = QFormLayout()
        form.addRow(self.tr("Re-benchmark from the actuals through:"), self.month_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.month_box.currentIndexChanged.connect(lambda _i: self.recompute())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Room for the arithmetic and every stage without scrolling, where the screen has it.
        fit_to_screen(self, QSize(960, 640))
        self.recompute()

    def through(self) -> str | None:
        return self.month_box.current_month()

    def _item(self, text: str, align_right: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if align_right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def recompute(self) -> None:
        through = self.through()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.table.setRowCount(0)
        self.notes.clear()
        self.proposal = None
        if through is None:
            self.summary.setText(self.tr("The period has no month to re-benchmark from."))
            ok.setEnabled(False)
            return
        try:
            proposal = rebenchmark(self.agreement, self.actuals, through)
        except ValidationError as exc:
            self.summary.setText("\n".join(translated(p.message) for p in exc.problems))
            ok.setEnabled(False)
            return
        self.proposal = proposal
        self.summary.setText(self.arithmetic(proposal))
        self.table.setRowCount(len(proposal.stages))
        for row, stage in enumerate(proposal.stages):
            self.table.setItem(row, 0, self._item(stage.stage, align_right=False))
            for column, rate in ((1, stage.old_rate), (2, stage.new_rate)):
                text = "" if rate is None else self.tr("%1 %").replace(
                    "%1", percent(rate, self._locale))
                self.table.setItem(row, column, self._item(text))
            self.table.setItem(row, 3, self._item(self._locale.toString(stage.old_remaining)))
            self.table.setItem(row, 4, self._item(self._locale.toString(stage.new_in_period)))
            self.table.setItem(row, 5, self._item(self._locale.toString(stage.new_before_start)))
        reasons = {
            "no data": self.tr("no months with both stages reported"),
            "no volume": self.tr("no volume at the first stage"),
            "above 100 %": self.tr("the measured conversion is above 100 %"),
            "no conversions": self.tr("no conversions were reported"),
        }
        kept = [self.tr("%1 keeps the agreed rate (%2).").replace("%1", r.kpi)
                .replace("%2", reasons.get(r.reason, r.kept_because))
                for r in proposal.rates if r.kept_because]
        self.notes.setText(" ".join(kept))
        ok.setEnabled(True)

    def arithmetic(self, proposal: Rebenchmark) -> str:
        """The revision's sums in words the room can follow: what was agreed, what is already
        won (and how much of the revenue target that covers), and what remains."""
        currency, locale = self.agreement.currency, self._locale
        objective = self.agreement.objective
        share = objective.marketing_share
        revised = proposal.revised

        def cash(value: Decimal) -> str:
            return money(value.quantize(Decimal("0.01")).normalize(), currency, locale)

        share_text = self.tr("%1 %").replace("%1", percent(share, locale))
        through = month_name(proposal.through, locale, long=True)
        agreed = (self.tr("<b>Agreed</b> for the whole period: %1 of revenue; %2 of it (%3) "
                          "from marketing leads, that is %4 at %5 each.")
                  .replace("%1", cash(objective.revenue)).replace("%2", share_text)
                  .replace("%3", cash(objective.revenue * share))
                  .replace("%4", self.tr("%Ln customer(s)", "", proposal.old_plan.won))
                  .replace("%5", cash(objective.deal_value)))
        covered = proposal.revenue_won / share
        won = (self.tr("<b>Won</b> through %1: %2, %3 of revenue from marketing leads. At "
                       "the %4 share that covers %5 of the revenue target.")
               .replace("%1", through)
               .replace("%2", self.tr("%Ln customer(s)", "", int(proposal.won_so_far)))
               .replace("%3", cash(proposal.revenue_won)).replace("%4", share_text)
               .replace("%5", cash(covered)))
        rest = (self.tr("<b>What remains</b>: %1 − %2 = %3 of revenue for %4 to %5 (%6); "
                        "%7 of it (%8) from marketing leads, that is %9 more. The new rates "
                        "below say what each stage must bring for that.")
                .replace("%1", cash(objective.revenue)).replace("%2", cash(covered))
                .replace("%3", cash(proposal.remaining_revenue))
                .replace("%4", month_name(revised.month_list[0], locale, long=True))
                .replace("%5", month_name(revised.month_list[-1], locale, long=True))
                .replace("%6", self.tr("%n month(s)", "", revised.months))
                .replace("%7", share_text)
                .replace("%8", cash(proposal.remaining_revenue * share))
                .replace("%9", self.tr("%Ln customer(s)", "", proposal.new_plan.won)))
        return "<p>" + "</p><p>".join((agreed, won, rest)) + "</p>"

    def accept(self) -> None:
        if self.proposal is None:
            return
        try:
            self.new_id = create_revision(self.store, self.proposal)
        except (StoreError, ValidationError) as exc:
            QMessageBox.warning(self, self.tr("The revision was not created"), error_text(exc))
            return
        super().accept()
