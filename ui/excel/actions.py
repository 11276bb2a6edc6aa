"""File menu actions for the KPI actuals workbook, and importing a dropped .xlsx.

``install(window)`` adds Import actuals… (Ctrl+I), Export actuals… and Save template… to the
File menu and a drop handler, as the main window's extension API describes. Workbooks are
written in the app's language: sheet names, headers, labels and units go through the installed
translator (context ``excel_workbook``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from slaworkshop.bounds import file_name
from ui.session import AgreementSession

if TYPE_CHECKING:
    from ui.excel.import_dialog import ImportDialog

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
IMPORT_SUFFIXES = (*WORKBOOK_SUFFIXES, ".csv", ".tsv")


def workbook_text(text: str) -> str:
    """A text of the workbook writer in the app's current language."""
    return QCoreApplication.translate("excel_workbook", text)


class ExcelActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window: QWidget = window
        self.session: AgreementSession = window.session
        self.dialog: ImportDialog | None = None

        self.import_action = QAction(self.tr("Import actuals…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(self.tr(
            "Import a month's KPI actuals from an Excel workbook or a CRM's CSV export, with a "
            "preview first"))
        self.import_action.triggered.connect(self.choose_and_import)
        self.export_action = QAction(self.tr("Export actuals…"), window)
        self.export_action.setStatusTip(self.tr(
            "Write the actuals, targets and attainment to an Excel workbook"))
        self.export_action.triggered.connect(self.export_actuals)
        self.template_action = QAction(self.tr("Save template…"), window)
        self.template_action.setStatusTip(self.tr(
            "Write an empty actuals workbook to fill in every month"))
        self.template_action.triggered.connect(self.save_template)

        menu = window.menus["file"]
        menu.addSeparator()
        for action in (self.import_action, self.export_action, self.template_action):
            menu.addAction(action)
        window.drop_handlers.append(self.handle_drop)
        self.session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        has_agreement = self.session.agreement is not None
        self.import_action.setEnabled(has_agreement and not self.session.read_only)
        self.export_action.setEnabled(has_agreement)
        self.template_action.setEnabled(has_agreement)

    def _status(self, text: str) -> None:
        show = getattr(self.window, "show_status", None)
        if show is not None:
            show(text)

    def choose_and_import(self) -> ImportDialog | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import actuals"), "",
            self.tr("Workbooks and CSV files (*.xlsx *.xlsm *.csv *.tsv);;All files (*)"))
        return self.import_file(Path(path)) if path else None

    def import_file(self, path: Path) -> ImportDialog | None:
        """Open the preview dialog for ``path`` (window-modal, not blocking)."""
        if self.session.agreement is None:
            self._status(self.tr("Select an agreement before importing actuals."))
            return None
        if self.session.read_only:
            self._status(self.tr("The workshop file is open read-only; nothing can be "
                                 "imported."))
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        # The dialog (and the Excel reader behind it) loads on first use, not at start-up.
        from ui.excel.import_dialog import ImportDialog

        self.dialog = ImportDialog(self.session, path, self.window)
        self.dialog.imported.connect(self._imported)
        self.dialog.open()
        return self.dialog

    def _imported(self, new: int, changed: int) -> None:
        self._status(self.tr("Imported %1 and %2 (Undo takes them back).")
                     .replace("%1", self.tr("%Ln new value(s)", "", new))
                     .replace("%2", self.tr("%Ln changed value(s)", "", changed)))

    def handle_drop(self, path: Path) -> bool:
        if Path(path).suffix.lower() not in IMPORT_SUFFIXES:
            return False
        self.import_file(Path(path))
        return True

    def _suggested(self, what: str) -> str:
        agreement = self.session.agreement
        title = agreement.title if agreement is not None else "agreement"
        return file_name(f"{title} - {what}", ".xlsx")

    def _ask_path(self, caption: str, suggested: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, caption, suggested, self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return None
        file = Path(path)
        return file if file.suffix.lower() == ".xlsx" else file.with_name(file.name + ".xlsx")

    def export_actuals(self) -> Path | None:
        agreement = self.session.agreement
        if agreement is None or agreement.id is None:
            return None
        path = self._ask_path(self.tr("Export actuals"), self._suggested(self.tr("actuals")))
        if path is None:
            return None
        from slaworkshop.excel.writer import write_export

        self.session.flush()  # the workbook matches the file: the edit shown last is in it
        actuals = self.session.actuals(agreement.id)
        return self._write(
            path, lambda target: write_export(agreement, actuals, target,
                                              translate=workbook_text),
            self.tr("Actuals exported to %1"))

    def save_template(self) -> Path | None:
        agreement = self.session.agreement
        if agreement is None:
            return None
        path = self._ask_path(self.tr("Save actuals template"),
                              self._suggested(self.tr("actuals template")))
        if path is None:
            return None
        from slaworkshop.excel.writer import write_template

        return self._write(
            path, lambda target: write_template(agreement, target, translate=workbook_text),
            self.tr("Template saved to %1"))

    def _write(self, path: Path, write: Any, done: str) -> Path | None:
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot write the workbook"),
                                self.tr("%1 cannot be written: %2").replace("%1", str(path))
                                .replace("%2", exc.strerror or str(exc)))
            return None
        self._status(done.replace("%1", str(path)))
        return path


def install(window: Any) -> None:
    window.excel_actions = ExcelActions(window)
