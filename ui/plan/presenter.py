"""Presenter mode: the funnel and the few numbers a workshop argues about, on a projector.

Large type on a dark background, readable from the back of the room at 1280×720. Each change
of a control is one edit through the session (validated, saved at once, undoable with
Ctrl+Z here too); the window follows every change of the session, including undo.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement, Problem
from slaworkshop.plan import Plan, StagePlan
from ui.core_text import any_problem_text
from ui.plan.funnel_chart import (
    PRESENTER_BACKGROUND,
    PRESENTER_FOREGROUND,
    FunnelChart,
    format_count,
    format_rate,
)
from ui.session import AgreementSession
from ui.widgets.numbers import money

PANEL = "#1B222A"
ACCENT = "#56B4E9"
MUTED = "#AAB4BE"
WARNING = "#FF8C42"
MAX_MONEY = 1e13
# Room for a rate's "Stage → Stage" label beside its spin box in the controls panel.
CONTROLS_WIDTH = 470
MONEY_SPIN_WIDTH = 230
RATE_LABEL_WIDTH = CONTROLS_WIDTH - 2 * 18 - MONEY_SPIN_WIDTH - 14

STYLE = f"""
PresenterWindow {{ background: {PRESENTER_BACKGROUND}; }}
QLabel {{ color: {PRESENTER_FOREGROUND}; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#problem {{ color: {WARNING}; }}
QFrame#tile, QFrame#controls {{ background: {PANEL}; border-radius: 8px; }}
QDoubleSpinBox {{ background: #0B0F13; color: {PRESENTER_FOREGROUND};
    border: 2px solid #3A4650; border-radius: 6px; padding: 2px 6px;
    selection-background-color: {ACCENT}; selection-color: #000000; }}
QDoubleSpinBox:focus {{ border-color: {ACCENT}; }}
QDoubleSpinBox:disabled {{ color: {MUTED}; }}
QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{ width: 28px; }}
"""


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class _KeepUndoForTheWindow(QObject):
    """Spin boxes swallow Ctrl+Z for their own text; let the session's undo have it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo)
                     or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y"))):
            event.ignore()
            return True
        return False


class RateSpinBox(QDoubleSpinBox):
    """A percent with only the decimals it needs: 2 %, 2.5 %, 1.25 %."""

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


class PresenterWindow(QWidget):
    """Full-screen presenter mode; the caller calls ``showFullScreen()``."""

    # The presenter left (Esc, F5 or closed).
    left = Signal()

    def __init__(self, session: AgreementSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("Presenter mode"))
        self.setStyleSheet(STYLE)
        self.setAutoFillBackground(True)
        self.setMinimumSize(960, 600)
        locale = self.locale()
        self._locale = locale
        self._undo_filter = _KeepUndoForTheWindow(self)

        self.title_label = QLabel()
        self.title_label.setFont(_font(26, True))
        hint = QLabel(self.tr("Esc or F5: leave · Ctrl+Z: undo · Ctrl+Y: redo"))
        hint.setObjectName("muted")
        hint.setFont(_font(13))
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(hint, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.tiles_layout = QHBoxLayout()
        self.tiles_layout.setSpacing(12)
        self._tiles: list[tuple[QFrame, QLabel, QLabel]] = []

        self.chart = FunnelChart(presenter=True)

        self.revenue_spin = self._money_spin()
        self.revenue_spin.setSingleStep(50000)
        self.deal_spin = self._money_spin()
        self.deal_spin.setSingleStep(1000)
        self.revenue_spin.valueChanged.connect(self._revenue_changed)
        self.deal_spin.valueChanged.connect(self._deal_changed)
        self.rate_spins: list[QDoubleSpinBox] = []
        self._rate_labels: list[QLabel] = []
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setFont(_font(13))
        self.problem_label.setWordWrap(True)

        controls = QFrame()
        controls.setObjectName("controls")
        controls.setFixedWidth(CONTROLS_WIDTH)
        self.controls_grid = QGridLayout(controls)
        self.controls_grid.setContentsMargins(18, 14, 18, 14)
        self.controls_grid.setVerticalSpacing(8)
        self.revenue_label = self._add_control_row(0, "", self.revenue_spin)
        self.deal_label = self._add_control_row(1, "", self.deal_spin)
        self.controls_grid.setColumnStretch(0, 1)
        for label in (self.revenue_label, self.deal_label):
            # Longer words (other languages, currency codes) wrap instead of being cut.
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        rates_heading = QLabel(self.tr("Conversion rates"))
        rates_heading.setObjectName("muted")
        rates_heading.setFont(_font(15, True))
        self.controls_grid.addWidget(rates_heading, 2, 0, 1, 2)
        self._rates_first_row = 3

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.chart, 1)
        side = QVBoxLayout()
        side.addWidget(controls)
        self.explain_label = QLabel()
        self.explain_label.setObjectName("muted")
        self.explain_label.setFont(_font(14))
        self.explain_label.setWordWrap(True)
        self.explain_label.setFixedWidth(CONTROLS_WIDTH)
        self.problem_label.setFixedWidth(CONTROLS_WIDTH)
        side.addWidget(self.explain_label)
        side.addWidget(self.problem_label)
        side.addStretch(1)
        body.addLayout(side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(self.tiles_layout)
        layout.addLayout(body, 1)

        self.undo_action = session.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = session.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.leave_action = QAction(self.tr("Leave presenter mode"), self)
        self.leave_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape),
                                        QKeySequence(Qt.Key.Key_F5)])
        self.leave_action.triggered.connect(self.close)
        for action in (self.undo_action, self.redo_action, self.leave_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        session.changed.connect(self.refresh)
        session.editRefused.connect(self._show_refusal)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _money_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(0)
        spin.setRange(1, MAX_MONEY)
        spin.setGroupSeparatorShown(True)
        spin.setKeyboardTracking(False)
        spin.setFont(_font(22, True))
        spin.setFixedWidth(MONEY_SPIN_WIDTH)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        spin.installEventFilter(self._undo_filter)
        return spin

    def _rate_spin(self) -> QDoubleSpinBox:
        spin = RateSpinBox()
        spin.setFixedWidth(150)
        spin.setDecimals(2)
        spin.setRange(0.01, 100)
        spin.setSingleStep(0.5)
        spin.setSuffix(" %")
        spin.setKeyboardTracking(False)
        spin.setFont(_font(20, True))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.installEventFilter(self._undo_filter)
        return spin

    def _add_control_row(self, row: int, text: str, spin: QDoubleSpinBox) -> QLabel:
        label = QLabel(text)
        label.setFont(_font(17))
        label.setBuddy(spin)
        self.controls_grid.addWidget(label, row, 0)
        self.controls_grid.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignRight)
        return label

    def _ensure_rate_rows(self, count: int) -> None:
        """One rate control per pair of adjacent stages; rebuilt only when that changes."""
        while len(self.rate_spins) < count:
            index = len(self.rate_spins)
            spin = self._rate_spin()
            spin.valueChanged.connect(lambda value, i=index: self._rate_changed(i, value))
            label = self._add_control_row(self._rates_first_row + index, "", spin)
            label.setFont(_font(14))
            label.setWordWrap(True)
            # A long stage name must not push the spin boxes out of the panel.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.rate_spins.append(spin)
            self._rate_labels.append(label)
        while len(self.rate_spins) > count:
            spin, label = self.rate_spins.pop(), self._rate_labels.pop()
            self.controls_grid.removeWidget(spin)
            self.controls_grid.removeWidget(label)
            spin.deleteLater()
            label.deleteLater()

    def _ensure_tiles(self, count: int) -> None:
        while len(self._tiles) < count:
            tile = QFrame()
            tile.setObjectName("tile")
            tile_layout = QVBoxLayout(tile)
            tile_layout.setContentsMargins(16, 8, 16, 8)
            tile_layout.setSpacing(0)
            caption = QLabel()
            caption.setObjectName("muted")
            caption.setFont(_font(14))
            value = QLabel()
            value.setFont(_font(30, True))
            tile_layout.addWidget(caption)
            tile_layout.addWidget(value)
            # The money tile is the widest figure.
            self.tiles_layout.addWidget(tile, 3 if not self._tiles else 2)
            self._tiles.append((tile, caption, value))
        while len(self._tiles) > count:
            old_tile, _caption, _value = self._tiles.pop()
            self.tiles_layout.removeWidget(old_tile)
            old_tile.deleteLater()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        agreement, plan = self.session.agreement, self.session.plan
        self.chart.set_plan(plan, agreement)
        if agreement is None:
            self.title_label.setText(self.tr("No agreement is selected"))
            self._ensure_tiles(0)
            self._ensure_rate_rows(0)
            self._set_enabled(False)
            return
        self.title_label.setText(agreement.title)
        self._show_tiles(agreement, plan)
        self._show_controls(agreement)
        self._set_enabled(self.session.editable)
        if not self.session.editable:
            self.problem_label.setText(self.tr(
                "This revision is signed or the file is read-only: the numbers can be shown "
                "but not changed."))
        elif self.session.problems:
            self.problem_label.setText(any_problem_text(self.session.problems[0]))
        else:
            self.problem_label.setText("")

    def tile_texts(self) -> list[tuple[str, str]]:
        """(caption, value) of each key figure, left to right."""
        return [(caption.text(), value.text()) for _tile, caption, value in self._tiles]

    def _money(self, value: Decimal, currency: str) -> str:
        return money(Decimal(int(value)), currency, self._locale)

    def _show_tiles(self, agreement: Agreement, plan: Plan | None) -> None:
        objective = agreement.objective
        if plan is None:
            self.explain_label.setText("")
        else:
            self.explain_label.setText(self.tr(
                "%1 of the revenue from marketing leads: %Ln customer(s) × %3 = %4.", "",
                plan.won)
                .replace("%1", format_rate(self._locale, objective.marketing_share))
                .replace("%3", self._money(objective.deal_value, agreement.currency))
                .replace("%4", self._money(plan.planned_revenue, agreement.currency)))
        tiles = [(self.tr("Revenue objective"),
                  self._money(agreement.objective.revenue, agreement.currency))]
        if plan is not None:
            tiles.append((self.tr("New customers"), format_count(self._locale, plan.won)))
            for stage in self._run_rate_stages(plan):
                per_month = Decimal(stage.annual) / len(plan.months)
                tiles.append((self.tr("%1 a month").replace("%1", stage.name),
                              self._locale.toString(float(per_month), "f",
                                                    0 if per_month >= 100 else 1)))
        self._ensure_tiles(len(tiles))
        for (_tile, caption, value), (caption_text, value_text) in zip(self._tiles, tiles,
                                                                        strict=True):
            caption.setText(caption_text)
            value.setText(value_text)

    @staticmethod
    def _run_rate_stages(plan: Plan) -> list[StagePlan]:
        """The qualified-lead stages the room watches month by month (MQL and SQL)."""
        chosen = [s for s in plan.stages
                  if s.name.casefold() in ("mql", "sql") or "qualified" in s.name.casefold()]
        if not chosen:
            chosen = list(plan.stages[-3:-1])
        return chosen[:2]

    def _fit_label_heights(self) -> None:
        """Rows grow to the lines a wrapped label needs beside its spin box."""
        for label in (self.revenue_label, self.deal_label, *self._rate_labels):
            label.setMinimumHeight(label.heightForWidth(RATE_LABEL_WIDTH)
                                   if label.wordWrap() else 0)

    def _show_controls(self, agreement: Agreement) -> None:
        objective = agreement.objective
        self.revenue_label.setText(self.tr("Revenue (%1)").replace("%1", agreement.currency))
        self.deal_label.setText(self.tr("Deal value (%1)").replace("%1", agreement.currency))
        for spin, value in ((self.revenue_spin, objective.revenue),
                            (self.deal_spin, objective.deal_value)):
            spin.blockSignals(True)
            spin.setValue(float(value))
            spin.blockSignals(False)
        pairs = list(zip(agreement.stages, agreement.stages[1:], strict=False))
        self._ensure_rate_rows(len(pairs))
        for spin, label, (upper, lower) in zip(self.rate_spins, self._rate_labels, pairs,
                                               strict=True):
            text = self.tr("%1 → %2").replace("%1", upper.name).replace("%2", lower.name)
            label.setToolTip(text)
            # Two lines fit beside a spin box only while the rows have room to grow.
            crowded = len(pairs) > 5
            label.setWordWrap(not crowded)
            if crowded:
                text = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                      RATE_LABEL_WIDTH)
            label.setText(text)
            spin.blockSignals(True)
            spin.setValue(float(upper.rate * 100) if upper.rate is not None else 0.0)
            spin.blockSignals(False)
        self._fit_label_heights()

    def _set_enabled(self, enabled: bool) -> None:
        for spin in (self.revenue_spin, self.deal_spin, *self.rate_spins):
            spin.setEnabled(enabled)

    def _show_refusal(self, problems: list[Problem]) -> None:
        if problems:
            self.problem_label.setText(any_problem_text(problems[0]))
        self.refresh_controls_only()

    def refresh_controls_only(self) -> None:
        """Put the controls back to the stored values after a refused edit."""
        if self.session.agreement is not None:
            self._show_controls(self.session.agreement)

    # -- editing ----------------------------------------------------------------------------

    def _revenue_changed(self, value: float) -> None:
        amount = Decimal(round(value))
        agreement = self.session.agreement
        if agreement is None or agreement.objective.revenue == amount:
            return

        def mutate(target: Agreement) -> None:
            target.objective.revenue = amount

        self.session.edit(self.tr("Change revenue to %1").replace(
            "%1", format_count(self._locale, int(amount))), mutate)

    def _deal_changed(self, value: float) -> None:
        amount = Decimal(round(value))
        agreement = self.session.agreement
        if agreement is None or agreement.objective.deal_value == amount:
            return

        def mutate(target: Agreement) -> None:
            target.objective.deal_value = amount

        self.session.edit(self.tr("Change deal value to %1").replace(
            "%1", format_count(self._locale, int(amount))), mutate)

    def _rate_changed(self, index: int, value: float) -> None:
        agreement = self.session.agreement
        if agreement is None or index >= len(agreement.stages) - 1:
            return
        rate = (Decimal(str(round(value, 2))) / 100).normalize()
        stage_name = agreement.stages[index].name
        if agreement.stages[index].rate == rate:
            return

        def mutate(target: Agreement) -> None:
            target.stages[index].rate = rate

        self.session.edit(self.tr("Change the rate of %1").replace("%1", stage_name), mutate)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.left.emit()
        super().closeEvent(event)
