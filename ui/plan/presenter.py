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
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.model import Agreement, Problem
from slaworkshop.plan import Plan, StagePlan, round_half_away
from ui.core_text import any_problem_text
from ui.plan.funnel_chart import (
    PRESENTER_BACKGROUND,
    PRESENTER_FOREGROUND,
    FunnelChart,
    format_count,
    format_rate,
)
from ui.plan.what_if_panel import WhatIfPanel
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
QLineEdit, QComboBox {{ background: #0B0F13; color: {PRESENTER_FOREGROUND};
    border: 2px solid #3A4650; border-radius: 6px; padding: 2px 6px; }}
QPushButton {{ background: {PANEL}; color: {PRESENTER_FOREGROUND}; border: 2px solid #3A4650;
    border-radius: 6px; padding: 4px 12px; }}
QPushButton:checked {{ border-color: {ACCENT}; }}
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
        self.what_if_button = QPushButton(self.tr("What if… (W)"))
        self.what_if_button.setObjectName("whatIfButton")
        self.what_if_button.setCheckable(True)
        self.what_if_button.setFont(_font(13))
        self.what_if_button.setShortcut(QKeySequence(Qt.Key.Key_W))
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
        # Segment shares (each against the last segment, which takes the rest) and the costs
        # per unit of the costed stages, below the rates.
        self.share_spins: list[QDoubleSpinBox] = []
        self._share_labels: list[QLabel] = []
        self.cost_spins: list[QDoubleSpinBox] = []
        self._cost_labels: list[QLabel] = []
        self._cost_stages: list[str] = []
        self._depth_headings: list[QLabel] = []
        self._depth_key: object = None
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

        self.what_if = WhatIfPanel(presenter=True)
        self.what_if.setVisible(False)
        self.what_if_button.toggled.connect(self._toggle_what_if)
        left = QVBoxLayout()
        left.addWidget(self.chart, 1)
        left.addWidget(self.what_if)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        side = QVBoxLayout()
        side.addWidget(controls)
        side.addWidget(self.what_if_button, 0, Qt.AlignmentFlag.AlignLeft)
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

    def _ensure_depth_rows(self, agreement: Agreement) -> None:
        """Share and cost controls under the rates; rebuilt only when their rows change."""
        shares = [s.name for s in agreement.segments[:-1]]
        costs = [s.name for s in agreement.stages if s.name in agreement.stage_costs]
        key = (len(self.rate_spins), len(shares), costs,
               agreement.segments[-1].name if agreement.segments else "")
        if key == self._depth_key:
            return
        self._depth_key = key
        for widget in (*self.share_spins, *self._share_labels, *self.cost_spins,
                       *self._cost_labels, *self._depth_headings):
            self.controls_grid.removeWidget(widget)
            widget.deleteLater()
        self.share_spins, self._share_labels, self.cost_spins, self._cost_labels = [], [], [], []
        self._depth_headings = []
        self._cost_stages = costs
        row = self._rates_first_row + len(self.rate_spins)
        share_title = self.tr("Segment shares")
        for title, names, spins, labels in ((share_title, shares,
                                             self.share_spins, self._share_labels),
                                            (self.tr("Cost per unit"), costs, self.cost_spins,
                                             self._cost_labels)):
            if not names:
                continue
            heading = QLabel(title)
            heading.setWordWrap(True)
            heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            heading.setObjectName("muted")
            heading.setFont(_font(15, True))
            self.controls_grid.addWidget(heading, row, 0, 1, 2)
            heading.setMinimumHeight(heading.heightForWidth(CONTROLS_WIDTH - 2 * 18))
            self._depth_headings.append(heading)
            row += 1
            for index in range(len(names)):
                spin = self._rate_spin() if spins is self.share_spins else self._cost_spin()
                if spins is self.share_spins:
                    spin.setRange(0, 100)
                    spin.valueChanged.connect(lambda value, i=index: self._share_changed(i, value))
                else:
                    spin.valueChanged.connect(lambda value, i=index: self._cost_changed(i, value))
                label = self._add_control_row(row, "", spin)
                label.setFont(_font(14))
                label.setWordWrap(True)
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                spins.append(spin)
                labels.append(label)
                row += 1

    @staticmethod
    def _depth_rows(agreement: Agreement) -> int:
        """Rows the share and cost controls take (headings count as one each)."""
        shares = len(agreement.segments) - 1
        costs = len(agreement.stage_costs)
        return (shares + 1 if shares > 0 else 0) + (costs + 1 if costs else 0)

    def _cost_spin(self) -> QDoubleSpinBox:
        spin = RateSpinBox()
        spin.setFixedWidth(150)
        spin.setDecimals(2)
        spin.setRange(0, MAX_MONEY)
        spin.setSingleStep(1)
        spin.setKeyboardTracking(False)
        spin.setFont(_font(20, True))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.installEventFilter(self._undo_filter)
        return spin

    def _toggle_what_if(self, shown: bool) -> None:
        self.what_if.setVisible(shown)
        if shown:
            self.what_if.set_plan(self.session.plan, self.session.agreement)

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
        if self.what_if.isVisible():
            self.what_if.set_plan(plan, agreement)
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
        elif plan.segments:
            # Each segment has its own deal value: no single "customers × deal value".
            self.explain_label.setText(self.tr(
                "%1 of the revenue from marketing leads: %2 customers in %3 segments = %4.")
                .replace("%1", format_rate(self._locale, objective.marketing_share))
                .replace("%2", format_count(self._locale, plan.won))
                .replace("%3", format_count(self._locale, len(plan.segments)))
                .replace("%4", self._money(plan.planned_revenue, agreement.currency)))
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
            if plan.capacity:
                tiles.append((self.tr("People at the peak"),
                              format_count(self._locale, plan.peak_headcount)))
            if plan.budget is not None:
                tiles.append((self.tr("Budget"), money(round_half_away(plan.budget.annual, 0),
                                                        agreement.currency, self._locale)))
        self._ensure_tiles(len(tiles))
        # Six figures share the width of a projector only in smaller type.
        size = 30 if len(tiles) <= 4 else 22
        for _tile, _caption, value in self._tiles:
            if value.font().pointSizeF() != size:
                value.setFont(_font(size, True))
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
        self.revenue_label.setToolTip(self.tr("Revenue (%1)").replace("%1", agreement.currency))
        self.deal_label.setToolTip(self.tr("Deal value (%1)").replace("%1", agreement.currency))
        self.revenue_label.setText(self.revenue_label.toolTip())
        self.deal_label.setText(self.deal_label.toolTip())
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
            crowded = len(pairs) + self._depth_rows(agreement) > 5
            label.setWordWrap(not crowded)
            if crowded:
                text = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                      RATE_LABEL_WIDTH)
            label.setText(text)
            spin.blockSignals(True)
            spin.setValue(float(upper.rate * 100) if upper.rate is not None else 0.0)
            spin.blockSignals(False)
        self._ensure_depth_rows(agreement)
        last = agreement.segments[-1].name if agreement.segments else ""
        for spin, label, segment in zip(self.share_spins, self._share_labels,
                                        agreement.segments, strict=False):
            label.setToolTip(self.tr("%1 (the rest: %2)").replace("%1", segment.name)
                             .replace("%2", last))
            label.setWordWrap(False)
            label.setText(label.fontMetrics().elidedText(
                segment.name, Qt.TextElideMode.ElideRight, RATE_LABEL_WIDTH))
            spin.blockSignals(True)
            spin.setValue(float(segment.share * 100))
            spin.blockSignals(False)
        for spin, label, stage in zip(self.cost_spins, self._cost_labels, self._cost_stages,
                                      strict=True):
            label.setText(self.tr("%1 (%2)").replace("%1", stage).replace(
                "%2", agreement.currency))
            spin.blockSignals(True)
            spin.setValue(float(agreement.stage_costs.get(stage, Decimal(0))))
            spin.blockSignals(False)
        # A long list of controls must still fit the projector's height: smaller type.
        crowded = len(pairs) + self._depth_rows(agreement) > 5
        size = 16 if crowded else 20
        self.controls_grid.setVerticalSpacing(4 if crowded else 8)
        for spin in (*self.rate_spins, *self.share_spins, *self.cost_spins):
            if spin.font().pointSizeF() != size:
                spin.setFont(_font(size, True))
        for spin in (self.revenue_spin, self.deal_spin):
            spin.setFont(_font(18 if crowded else 22, True))
        for label in (self.revenue_label, self.deal_label):
            label.setFont(_font(15 if crowded else 17))
            # One line each when crowded (the whole text in the tooltip), as the rates do.
            text = label.toolTip()
            label.setWordWrap(not crowded)
            label.setText(label.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, RATE_LABEL_WIDTH) if crowded else text)
        self._fit_label_heights()

    def _set_enabled(self, enabled: bool) -> None:
        for spin in (self.revenue_spin, self.deal_spin, *self.rate_spins, *self.share_spins,
                     *self.cost_spins):
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

    def _share_changed(self, index: int, value: float) -> None:
        agreement = self.session.agreement
        if agreement is None or index >= len(agreement.segments) - 1:
            return
        share = (Decimal(str(round(value, 2))) / 100).normalize()
        if agreement.segments[index].share == share:
            return
        other = len(agreement.segments) - 1
        name = agreement.segments[index].name
        self.session.edit(self.tr("Change the share of %1").replace("%1", name),
                          lambda target: target.move_share(index, other, share))

    def _cost_changed(self, index: int, value: float) -> None:
        agreement = self.session.agreement
        if agreement is None or index >= len(self._cost_stages):
            return
        stage = self._cost_stages[index]
        amount = Decimal(str(round(value, 2))).normalize()
        if agreement.stage_costs.get(stage) == amount:
            return
        self.session.edit(self.tr("Change the cost per unit of %1").replace("%1", stage),
                          lambda target: target.set_stage_cost(stage, amount))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.left.emit()
        super().closeEvent(event)
