"""The Import actuals dialog: a preview of what a workbook would change, then Apply.

The preview lists errors (with their places), changed values (old → new), new values, ignored
rows and unchanged values. Apply is enabled only when there are no errors and something would
change; applying is one undo step (``ImportActualsCommand``). An ignored row label can be added
as an import alias of a KPI, so next month's file matches without help.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.excel.names import name_key
from slaworkshop.excel.reader import UNKNOWN_REASON, ImportPreview, Status, preview_import
from slaworkshop.model import Agreement, KpiKind
from slaworkshop.store import ImportSource
from ui.core_text import translated
from ui.models.seasonality_model import month_label
from ui.session import AgreementSession, run_write
from ui.widgets.numbers import number_text


class ImportActualsCommand(QUndoCommand):
    """Redo writes the imported values (one transaction); undo puts the old ones back."""

    def __init__(self, session: AgreementSession, agreement_id: int,
                 preview: ImportPreview) -> None:
        super().__init__(QCoreApplication.translate("ImportActualsCommand",
                                                    "Import actuals from %1")
                         .replace("%1", preview.file_name))
        self.session = session
        self.agreement_id = agreement_id
        self.new_values = preview.values()
        self.old_values = preview.previous_values()
        self.source: ImportSource = preview.source()

    def redo(self) -> None:
        run_write(self, self.session, lambda: self._apply(self.new_values, self.source))

    def undo(self) -> None:
        run_write(self, self.session, lambda: self._apply(self.old_values, None))

    def _apply(self, values: Mapping[tuple[str, str], Decimal | None],
               source: ImportSource | None) -> None:
        self.session.store.apply_actuals(self.agreement_id, values, source)
        self.session.reload()


# Row kinds, in the order the preview lists them.
ERROR, CHANGED, NEW, IGNORED, UNCHANGED = "error", "changed", "new", "ignored", "unchanged"


@dataclass(frozen=True)
class PreviewRow:
    kind: str
    place: str
    kpi: str = ""
    month: str = ""
    old: Decimal | None = None
    new: Decimal | None = None
    details: str = ""
    # An ignored name that may become an alias of a KPI (not a conversion rate).
    mappable: bool = False


def preview_rows(preview: ImportPreview) -> list[PreviewRow]:
    """The preview as the dialog lists it; messages in the user's language."""
    rows = [PreviewRow(ERROR, p.field, details=translated(p.message)) for p in preview.errors]
    by_status = {Status.CHANGED: CHANGED, Status.NEW: NEW, Status.UNCHANGED: UNCHANGED}
    for status in (Status.CHANGED, Status.NEW):
        rows += [PreviewRow(by_status[status], c.place, c.kpi, c.month, c.old, c.new)
                 for c in preview.changes if c.status is status]
    for ignored in preview.ignored:
        reason = translated(ignored.reason)
        details = reason if ignored.rows == 1 else f"{reason} ({ignored.rows})"
        rows.append(PreviewRow(IGNORED, ignored.place, ignored.label, details=details,
                               mappable=ignored.reason == UNKNOWN_REASON))
    rows += [PreviewRow(UNCHANGED, c.place, c.kpi, c.month, c.old, c.new)
             for c in preview.changes if c.status is Status.UNCHANGED]
    return rows


class ImportPreviewModel(QAbstractTableModel):
    """The preview's rows: status, place, KPI, month, old, new, details."""

    STATUS, PLACE, KPI, MONTH, OLD, NEW, DETAILS = range(7)
    COLUMN_COUNT = 7
    COLOURS = {"error": "#f8d0d0", "changed": "#fcebc0", "new": "#d4efd6"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._locale = QLocale()

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Status"), self.tr("Place"), self.tr("KPI"), self.tr("Month"),
                  self.tr("Old"), self.tr("New"), self.tr("Details"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.kind in self.COLOURS:
            return QBrush(QColor(self.COLOURS[row.kind]))
        if role == Qt.ItemDataRole.ForegroundRole and row.kind in self.COLOURS:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.OLD, self.NEW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS and row.details:
            return row.details
        return None

    def _display(self, row: PreviewRow, column: int) -> str:
        if column == self.STATUS:
            return {ERROR: self.tr("Error"), CHANGED: self.tr("Changed"), "new": self.tr("New"),
                    IGNORED: self.tr("Ignored"), UNCHANGED: self.tr("Unchanged")}[row.kind]
        if column == self.PLACE:
            return row.place
        if column == self.KPI:
            return row.kpi
        if column == self.MONTH:
            return self._month(row.month)
        if column == self.OLD:
            return self._number(row.old) if row.kind in (CHANGED, UNCHANGED) else ""
        if column == self.NEW:
            return self._number(row.new) if row.kind != IGNORED else ""
        if column == self.DETAILS:
            if row.kind == CHANGED:
                return f"{self._number(row.old)} → {self._number(row.new)}"
            return row.details
        return ""

    def _month(self, month: str) -> str:
        return month_label(month, self._locale) if month else ""

    def _number(self, value: Decimal | None) -> str:
        # Every decimal the sheet gave, so a change in the fifth place is seen.
        return "" if value is None else number_text(value, self._locale, max_places=15)


class ImportDialog(QDialog):
    """Shows what importing ``path`` into the current agreement would do; Apply imports it."""

    # Emitted after Apply pushed the import on the undo stack: new and changed counts.
    imported = Signal(int, int)

    def __init__(self, session: AgreementSession, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = Path(path)
        self.agreement_id = session.current_id
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import actuals"))
        self.resize(900, 560)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)

        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._update_alias_controls)

        self.alias_label = QLabel(self.tr("Read the selected ignored name as:"))
        self.alias_combo = QComboBox()
        self.alias_button = QPushButton(self.tr("Add as alias"))
        self.alias_button.setToolTip(self.tr(
            "Remember this name as another name of the chosen KPI, so that files using it "
            "are imported without help"))
        self.alias_button.clicked.connect(self.add_alias)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.alias_label)
        alias_row.addWidget(self.alias_combo, 1)
        alias_row.addWidget(self.alias_button)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Apply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(alias_row)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the workbook again and show what it would change now."""
        agreement = self.session.agreement
        if agreement is None or agreement.id is None or agreement.id != self.agreement_id:
            self.preview = None
            self.model.set_rows([])
            self.title_label.setText(self.tr("No agreement is selected."))
            self.summary_label.clear()
            self.notes_label.hide()
            self._update_buttons()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = preview_import(self.path, agreement,
                                          self.session.actuals(agreement.id))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.title_label.setText(self.tr("Import actuals from <b>%1</b> into <b>%2</b>")
                                 .replace("%1", escape(self.path.name))
                                 .replace("%2", escape(agreement.title)))
        self.model.set_rows(preview_rows(self.preview))
        self.summary_label.setText(self._summary(self.preview))
        notes = [translated(note) for note in self.preview.notes]
        if self.session.read_only:
            notes.append(self.tr("The workshop file is open read-only; nothing can be imported."))
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self._fill_kpis(agreement)
        self._update_buttons()

    def _summary(self, preview: ImportPreview) -> str:
        # %Ln: the count in the user's locale, with the translation's plural forms.
        parts = [
            self.tr("%Ln new", "", preview.new),
            self.tr("%Ln changed", "", preview.changed),
            self.tr("%Ln unchanged", "", preview.unchanged),
            self.tr("%Ln ignored", "", len(preview.ignored)),
            self.tr("%Ln error(s)", "", len(preview.errors)),
        ]
        text = " · ".join(parts)
        if preview.errors:
            text += "\n" + self.tr("Nothing can be imported until the errors are corrected "
                                   "in the workbook.")
        elif not preview.values():
            text += "\n" + self.tr("The workbook holds nothing new; there is nothing to apply.")
        return text

    def _fill_kpis(self, agreement: Agreement) -> None:
        self.alias_combo.clear()
        for kpi in agreement.kpis():
            if kpi.kind is not KpiKind.CONVERSION:
                self.alias_combo.addItem(kpi.name, kpi.name)

    def _selected_ignored(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row.kpi if row.kind == IGNORED and row.mappable else None

    def _update_alias_controls(self, *_args: object) -> None:
        can = self._selected_ignored() is not None and self.session.editable
        for widget in (self.alias_label, self.alias_combo, self.alias_button):
            widget.setEnabled(can)

    def _update_buttons(self) -> None:
        preview = self.preview
        self.apply_button.setEnabled(
            preview is not None and preview.ok and bool(preview.values())
            and not self.session.read_only)
        self._update_alias_controls()

    def add_alias(self) -> bool:
        """Add the selected ignored name as an alias of the chosen KPI (one undo step)."""
        label = self._selected_ignored()
        kpi_name = self.alias_combo.currentData()
        if label is None or not kpi_name:
            return False

        def mutate(agreement: Agreement) -> None:
            stage = agreement.stage(kpi_name)
            kpi = next((k for k in agreement.custom_kpis if k.name == kpi_name), None)
            aliases = stage.aliases if stage is not None else kpi.aliases if kpi else None
            if aliases is not None and name_key(label) not in {name_key(a) for a in aliases}:
                aliases.append(label)

        text = self.tr("Add “%1” as an import name of %2").replace("%1", label).replace(
            "%2", kpi_name)
        if not self.session.edit(text, mutate):
            return False
        self.refresh()
        return True

    def apply(self) -> None:
        preview = self.preview
        if (preview is None or not preview.ok or not preview.values()
                or self.agreement_id is None or self.session.read_only):
            return
        if not self.session.push(ImportActualsCommand(self.session, self.agreement_id, preview)):
            return  # not written; the window has said why, and the preview stays open
        self.imported.emit(preview.new, preview.changed)
        self.accept()
