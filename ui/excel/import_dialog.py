"""The Import actuals dialog: a preview of what a workbook or CSV would change, then Apply.

The preview lists errors (with their places), changed values (old → new, marked when they go
down), new values, ignored rows and unchanged values, and says which layout it found and how
many rows it read. Apply is enabled only when there are no errors and something would change;
applying is one undo step (``ImportActualsCommand``). An unmatched label can be mapped to a KPI:
the preview is read again with it, and Apply saves it as an import alias, so next month's file
matches without help. A month choice limits what is applied.

The file is read in a worker thread (the xlsx parser itself in a child process) while a busy
indicator with Cancel shows; Cancel ends the reading, and the window never freezes.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
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
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from slaworkshop.excel.names import stage_date_header
from slaworkshop.excel.reader import (
    UNKNOWN_REASON,
    Cancelled,
    ImportPreview,
    ReadControl,
    Status,
    preview_again,
    preview_import,
)
from slaworkshop.model import Agreement, KpiKind, Unit
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
        saved = session.store.import_aliases(agreement_id)
        self.new_aliases: dict[str, str | None] = dict(preview.mapping)
        self.old_aliases: dict[str, str | None] = {label: saved.get(label)
                                                   for label in preview.mapping}

    def redo(self) -> None:
        run_write(self, self.session,
                  lambda: self._apply(self.new_values, self.source, self.new_aliases))

    def undo(self) -> None:
        run_write(self, self.session,
                  lambda: self._apply(self.old_values, None, self.old_aliases))

    def _apply(self, values: Mapping[tuple[str, str], Decimal | None],
               source: ImportSource | None, aliases: Mapping[str, str | None]) -> None:
        self.session.store.apply_actuals(self.agreement_id, values, source, aliases=aliases)
        self.session.actualsImported.emit()
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
    # A changed value that goes down (a records export of one month holds partial counts).
    down: bool = False


def preview_rows(preview: ImportPreview) -> list[PreviewRow]:
    """The preview as the dialog lists it; messages in the user's language."""
    rows = [PreviewRow(ERROR, p.field, details=translated(p.message)) for p in preview.errors]
    by_status = {Status.CHANGED: CHANGED, Status.NEW: NEW, Status.UNCHANGED: UNCHANGED}
    for status in (Status.CHANGED, Status.NEW):
        rows += [PreviewRow(by_status[status], c.place, c.kpi, c.month, c.old, c.new,
                            down=c.down)
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
                change = f"{self._number(row.old)} → {self._number(row.new)}"
                return change + "  " + self.tr("↓ would go down") if row.down else change
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
        # Labels the user mapped to KPIs in this dialog (saved as import aliases on Apply).
        self.mapping: dict[str, str] = {}
        # The months found in the file, and the one chosen (None: all of them).
        self.months_found: list[str] = []
        # What the last reading was made with: the same again needs no new reading.
        self._read_key: object = None
        self.chosen_month: str | None = None
        self.control: ReadControl | None = None
        self.cancelled = False
        # KPI → (FROM column, TO column): response times measured from two record dates.
        self.measures: dict[str, tuple[str, str]] = {}
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

        self.alias_label = QLabel(self.tr("Read the selected unmatched label as:"))
        self.alias_combo = QComboBox()
        self.alias_button = QPushButton(self.tr("Map"))
        self.alias_button.setToolTip(self.tr(
            "Read this label as the chosen KPI; Apply remembers it, so that next month's file "
            "is imported without help"))
        self.alias_button.clicked.connect(self.add_alias)
        self.month_label = QLabel(self.tr("Apply:"))
        self.month_combo = QComboBox()
        self.month_combo.activated.connect(self._month_chosen)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.alias_label)
        alias_row.addWidget(self.alias_combo, 1)
        alias_row.addWidget(self.alias_button)
        alias_row.addSpacing(16)
        alias_row.addWidget(self.month_label)
        alias_row.addWidget(self.month_combo)

        # A records export with two dates per record can measure a response time.
        self.measure_kpi = QComboBox()
        self.measure_from = QComboBox()
        self.measure_to = QComboBox()
        self.measure_button = QPushButton(self.tr("Measure"))
        self.measure_button.setToolTip(self.tr(
            "Compute the KPI as the average, per month of the first date, of the time between "
            "the two dates of each record"))
        self.measure_button.clicked.connect(self._measure_chosen)
        self.measure_row = QWidget()
        measure_layout = QHBoxLayout(self.measure_row)
        measure_layout.setContentsMargins(0, 0, 0, 0)
        measure_layout.addWidget(QLabel(self.tr("Measure")))
        measure_layout.addWidget(self.measure_kpi, 1)
        measure_layout.addWidget(QLabel(self.tr("from")))
        measure_layout.addWidget(self.measure_from, 1)
        measure_layout.addWidget(QLabel(self.tr("to")))
        measure_layout.addWidget(self.measure_to, 1)
        measure_layout.addWidget(self.measure_button)
        self.measure_row.hide()

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
        layout.addWidget(self.measure_row)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the workbook again and show what it would change now."""
        if self.control is not None:
            return  # a reading is under way (its event loop runs): it shows when done
        agreement = self.session.agreement
        if agreement is None or agreement.id is None or agreement.id != self.agreement_id:
            self.preview = None
            self.model.set_rows([])
            self.title_label.setText(self.tr("No agreement is selected."))
            self.summary_label.clear()
            self.notes_label.hide()
            self._update_buttons()
            return
        preview = self._preview(agreement)
        if preview is None:
            self.preview = None
            self.model.set_rows([])
            self.title_label.setText(self.tr("Reading %1 was cancelled; nothing was imported.")
                                     .replace("%1", escape(self.path.name)))
            self.summary_label.clear()
            self.notes_label.hide()
            self._update_buttons()
            return
        self.preview = preview
        self._fill_months(preview)
        self._fill_measures(agreement, preview)
        self.title_label.setText(self.tr("Import actuals from <b>%1</b> into <b>%2</b>")
                                 .replace("%1", escape(self.path.name))
                                 .replace("%2", escape(agreement.title)))
        self.model.set_rows(preview_rows(self.preview))
        self.summary_label.setText(self._summary(self.preview))
        notes = [translated(note) for note in self.preview.notes]
        notes += [self.tr("“%1” is read as %2 (remembered when you apply).")
                  .replace("%1", label).replace("%2", kpi)
                  for label, kpi in self.preview.mapping.items()]
        if self.session.read_only:
            notes.append(self.tr("The workshop file is open read-only; nothing can be imported."))
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self._fill_kpis(agreement)
        self._update_buttons()

    def _preview(self, agreement: Agreement) -> ImportPreview | None:
        """The preview for the month chosen and the actuals in the file now: from the last
        reading when only those changed (choosing a month in a 100,000-row export is then
        instant), else from a new reading."""
        assert agreement.id is not None
        try:
            status = self.path.stat()
            stamp: object = (status.st_mtime_ns, status.st_size)
        except OSError:
            stamp = None  # the reading says what is wrong
        aliases = self.session.store.import_aliases(agreement.id)
        key = (agreement, dict(self.mapping), dict(self.measures),
               QLocale().decimalPoint() == ",", stamp, aliases)
        if (self.preview is not None and self.preview.reading is not None and stamp is not None
                and key == self._read_key):
            months = {self.chosen_month} if self.chosen_month else None
            return preview_again(self.preview, agreement, self.session.actuals(agreement.id),
                                 months)
        preview = self._read(agreement, aliases)
        self._read_key = key if preview is not None else None
        return preview

    def _read(self, agreement: Agreement, aliases: dict[str, str]) -> ImportPreview | None:
        """The preview, read in a worker thread while the window stays live; None when the
        user cancelled."""
        assert agreement.id is not None
        actuals = self.session.actuals(agreement.id)
        progress: list[float] = []
        control = self.control = ReadControl(progress.append)
        result: dict[str, object] = {}
        # The app's language decides an ambiguous "1.234" last (after the file's own signals).
        comma = QLocale().decimalPoint() == ","
        months = {self.chosen_month} if self.chosen_month else None

        def work() -> None:
            try:
                result["preview"] = preview_import(
                    self.path, agreement, actuals, aliases=aliases, mapping=self.mapping,
                    months=months, app_decimal_comma=comma, measures=self.measures,
                    control=control)
            except Cancelled:
                result["cancelled"] = True
            except BaseException as exc:  # shown as a bug, not lost in the thread
                result["error"] = exc

        worker = threading.Thread(target=work, name="import-preview", daemon=True)
        worker.start()
        busy = QProgressDialog(self.tr("Reading %1…").replace("%1", self.path.name),
                               self.tr("Cancel"), 0, 0, self)
        busy.setWindowTitle(self.tr("Import actuals"))
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(400)
        busy.canceled.connect(control.cancel)
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(30)

        def poll() -> None:
            if progress:
                busy.setRange(0, 100)
                busy.setValue(int(progress[-1] * 100))
            if not worker.is_alive():
                loop.quit()

        timer.timeout.connect(poll)
        timer.start()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            if worker.is_alive():
                loop.exec()
            worker.join()
        finally:
            timer.stop()
            busy.reset()
            busy.deleteLater()
            QGuiApplication.restoreOverrideCursor()
            self.control = None
        if "error" in result:
            raise result["error"]  # type: ignore[misc]
        self.cancelled = "cancelled" in result
        preview = result.get("preview")
        return preview if isinstance(preview, ImportPreview) else None

    def cancel_reading(self) -> None:
        """End a reading under way (what the busy indicator's Cancel does)."""
        if self.control is not None:
            self.control.cancel()

    def _fill_months(self, preview: ImportPreview) -> None:
        if self.chosen_month is None:
            self.months_found = sorted({c.month for c in preview.changes})
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("all months"), None)
        for month in self.months_found:
            self.month_combo.addItem(month_label(month, QLocale()), month)
        self.month_combo.setCurrentIndex(max(self.month_combo.findData(self.chosen_month), 0))
        self.month_combo.setEnabled(len(self.months_found) > 1 or self.chosen_month is not None)

    def _fill_measures(self, agreement: Agreement, preview: ImportPreview) -> None:
        kpis = [k.name for k in agreement.custom_kpis if k.unit in (Unit.HOURS, Unit.DAYS)]
        headers = preview.record_headers
        self.measure_row.setVisible(bool(kpis and len(headers) > 1))
        # A first guess: from the first stage date to the last column (e.g. Last Contacted).
        dated = [h for h in headers if (found := stage_date_header(h)) is not None and found[1]]
        guesses = (kpis[:1], dated[:1], headers[-1:])
        for combo, items, guess in zip((self.measure_kpi, self.measure_from, self.measure_to),
                                       (kpis, headers, headers), guesses, strict=True):
            chosen = combo.currentText() if combo.count() else ""
            combo.clear()
            combo.addItems(items)
            if chosen in items:
                combo.setCurrentText(chosen)
            elif guess:
                combo.setCurrentText(guess[0])

    def measure(self, kpi: str, start: str, end: str) -> None:
        """Measure ``kpi`` as the time from the column ``start`` to ``end``, and read again."""
        self.measures[kpi] = (start, end)
        self.refresh()

    def _measure_chosen(self) -> None:
        kpi, start, end = (c.currentText() for c in (self.measure_kpi, self.measure_from,
                                                       self.measure_to))
        if kpi and start and end:
            self.measure(kpi, start, end)

    def choose_month(self, month: str | None) -> None:
        """Apply only ``month`` (None: every month the file gives) and read again."""
        self.chosen_month = month
        self.refresh()

    def _month_chosen(self, index: int) -> None:
        self.choose_month(self.month_combo.itemData(index))

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
        if preview.layout:
            layouts = {"wide": self.tr("KPIs in rows, months in columns"),
                       "long": self.tr("a table of month, KPI and value"),
                       "summary": self.tr("a summary report (date, stage, count)"),
                       "records": self.tr("one row per record, a date per stage")}
            text += "\n" + self.tr("Layout: %1 · %Ln row(s) read", "", preview.rows_read).replace(
                "%1", "; ".join(f"{table}: {layouts.get(kind, kind)}"
                                for table, kind in preview.layouts))
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
        can = self._selected_ignored() is not None and not self.session.read_only
        for widget in (self.alias_label, self.alias_combo, self.alias_button):
            widget.setEnabled(can)

    def _update_buttons(self) -> None:
        preview = self.preview
        self.apply_button.setEnabled(
            preview is not None and preview.ok
            and bool(preview.values() or preview.mapping) and not self.session.read_only)
        self._update_alias_controls()

    def add_alias(self) -> bool:
        """Map the selected unmatched label to the chosen KPI and read the file again; Apply
        saves the mapping as an import alias."""
        label = self._selected_ignored()
        kpi_name = self.alias_combo.currentData()
        if label is None or not kpi_name:
            return False
        return self.map_label(label, kpi_name)

    def map_label(self, label: str, kpi_name: str) -> bool:
        self.mapping[label] = kpi_name
        self.refresh()
        return True

    def apply(self) -> None:
        preview = self.preview
        if (preview is None or not preview.ok or not (preview.values() or preview.mapping)
                or self.agreement_id is None or self.session.read_only):
            return
        if not self.session.push(ImportActualsCommand(self.session, self.agreement_id, preview)):
            return  # not written; the window has said why, and the preview stays open
        self.imported.emit(preview.new, preview.changed)
        self.accept()
