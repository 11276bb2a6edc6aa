"""One suggested handoff protocol on the protocols page: include it, and edit every word."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from slaworkshop.model import Direction, HandoffProtocol, Kpi, Unit
from ui.wizard.defaults import ProtocolSuggestion, protocol_and_kpi
from ui.wizard.models import unit_name


class ProtocolCard(QGroupBox):
    """A checkable group: title, from → to, trigger, commitment and the KPI with its target.

    The trigger and commitment follow the numbers (target, parameter) until the user edits
    their wording by hand; from then on the words are the user's.
    """

    def __init__(self, suggestion: ProtocolSuggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setCheckable(True)
        self.setChecked(True)
        self.setTitle(suggestion.title)
        self.title_edit = QLineEdit(suggestion.title)
        self.title_edit.textChanged.connect(lambda text: self.setTitle(text or " "))
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        self.trigger_edit = QPlainTextEdit()
        self.commitment_edit = QPlainTextEdit()
        for edit in (self.trigger_edit, self.commitment_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        self.kpi_edit = QLineEdit(suggestion.kpi)
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setDecimals(1)
        self.target_spin.setRange(0, 1e6)
        self.target_spin.setValue(float(suggestion.target))
        self.param_spin = QSpinBox()
        self.param_spin.setRange(0, 100000)
        self.param_spin.setValue(suggestion.param)
        measured = suggestion.kpi_unit is not None
        self._last_trigger = self._render(suggestion.trigger)
        self._last_commitment = self._render(suggestion.commitment)
        self.trigger_edit.setPlainText(self._last_trigger)
        self.commitment_edit.setPlainText(self._last_commitment)
        self.target_spin.valueChanged.connect(self._numbers_changed)
        self.param_spin.valueChanged.connect(self._numbers_changed)

        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Title:")), 0, 0)
        grid.addWidget(self.title_edit, 0, 1)
        parties = QHBoxLayout()
        parties.addWidget(QLabel(self.tr("From:")))
        parties.addWidget(self.from_combo, 1)
        parties.addWidget(QLabel(self.tr("to:")))
        parties.addWidget(self.to_combo, 1)
        if suggestion.param_label:
            parties.addWidget(QLabel(suggestion.param_label + ":"))
            parties.addWidget(self.param_spin)
        else:
            self.param_spin.setVisible(False)
        grid.addLayout(parties, 0, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("When:")), 1, 0)
        grid.addWidget(self.trigger_edit, 1, 1)
        grid.addWidget(QLabel(self.tr("Promise:")), 1, 2)
        grid.addWidget(self.commitment_edit, 1, 3)
        grid.addWidget(QLabel(self.tr("Measured by:")), 2, 0)
        grid.addWidget(self.kpi_edit, 2, 1)
        target_row = QHBoxLayout()
        if measured:
            assert suggestion.kpi_unit is not None
            better = (self.tr("lower is better") if suggestion.direction is Direction.LOWER
                      else self.tr("higher is better"))
            target_row.addWidget(QLabel(self.tr("Monthly target:")))
            target_row.addWidget(self.target_spin)
            target_row.addWidget(QLabel(f"{unit_name(suggestion.kpi_unit)} · {better}"))
            self.kpi_edit.setToolTip(self.tr("A new KPI with this name is created."))
        else:
            self.target_spin.setVisible(False)
            self.kpi_edit.setReadOnly(True)
            target_row.addWidget(QLabel(self.tr(
                "the stage's volume; its target comes from the plan")))
        target_row.addStretch(1)
        grid.addLayout(target_row, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _render(self, template: str) -> str:
        return self.suggestion.render(template, self.target(), self.param_spin.value())

    def target(self) -> Decimal:
        value = Decimal(str(round(self.target_spin.value(), 1)))
        return value.to_integral_value() if value == value.to_integral_value() else value

    def _numbers_changed(self) -> None:
        for edit, template, attribute in (
                (self.trigger_edit, self.suggestion.trigger, "_last_trigger"),
                (self.commitment_edit, self.suggestion.commitment, "_last_commitment")):
            if edit.toPlainText() == getattr(self, attribute):
                rendered = self._render(template)
                edit.setPlainText(rendered)
                setattr(self, attribute, rendered)

    def set_parties(self, names: list[str], default_from: str, default_to: str) -> None:
        """Offer the draft's parties, keeping the current choice when it still exists."""
        for combo, default in ((self.from_combo, default_from), (self.to_combo, default_to)):
            current = combo.currentText() or default
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(max(combo.findText(current), 0))
            combo.blockSignals(False)
        self._fit_party_combos()

    def _fit_party_combos(self) -> None:
        """Each party name shows whole in its list, in any language (longer names wrap the
        row's other fields, not the names)."""
        for combo in (self.from_combo, self.to_combo):
            widest = max((combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                          for i in range(combo.count())), default=0)
            combo.setMinimumContentsLength(0)
            combo.setMinimumWidth(0)
            combo.setMinimumWidth(max(combo.minimumSizeHint().width(),
                                      widest + combo.minimumSizeHint().width()))

    def rename_party(self, old: str, new: str) -> None:
        for combo in (self.from_combo, self.to_combo):
            position = combo.findText(old)
            if position >= 0:
                combo.setItemText(position, new)
        self._fit_party_combos()

    def set_volume_kpi(self, name: str) -> None:
        if self.suggestion.kpi_unit is None:
            self.kpi_edit.setText(name)

    def follow(self, protocol: HandoffProtocol) -> None:
        """Take the KPI name and target the draft now has for this card's protocol."""
        if self.suggestion.kpi_unit is None:
            return
        self.kpi_edit.setText(protocol.kpi)
        if protocol.kpi_target is not None:
            self.target_spin.setValue(float(protocol.kpi_target))

    def protocol_and_kpi(self, months: int) -> tuple[HandoffProtocol, Kpi | None]:
        return protocol_and_kpi(
            self.suggestion, title=self.title_edit.text().strip(),
            from_party=self.from_combo.currentText(), to_party=self.to_combo.currentText(),
            trigger=self.trigger_edit.toPlainText().strip(),
            commitment=self.commitment_edit.toPlainText().strip(),
            kpi=self.kpi_edit.text().strip(), target=self.target(), months=months)

    @property
    def unit(self) -> Unit | None:
        return self.suggestion.kpi_unit
